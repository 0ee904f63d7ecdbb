import { Injectable } from '@nestjs/common';
import { Brackets } from 'typeorm';
import { AppError, assertCan, AuditService, can, isUniqueViolation, Principal, requirePrincipal, TenantDb } from '@crm/platform';
import { viewColumnProblems, viewColumnsOf, type SavedViewList, type ViewColumnDescription } from '../domain/saved-views/view-lists';
import { CustomerViewEntity } from '../infrastructure/customer-view.entity';
import type { AccountFilter } from './account.service';
import type { ContactFilter } from './contact-filter';
import { CUSTOMER_RECORD } from './visible-accounts';

export interface SaveCustomerViewCommand {
  /** The list the view is of; the accounts list when left out. */
  list?: SavedViewList;
  name: string;
  /** The list's own filter (checked against its input type by the caller). */
  filter: AccountFilter | ContactFilter;
  orderBy?: { field: string; direction: string } | null;
  columns?: string[] | null;
  shared?: boolean | null;
}

const VIEW_RECORD = 'customer_view';

/**
 * Saved views of the customers context's lists (CUS-03: accounts, contacts): each user's own, plus those
 * others shared with the tenant, one list at a time. Saving under a name the user already used for that
 * list replaces that view; columns must be the list's. Only the owner (or customer:admin, for a shared
 * view) deletes one.
 */
@Injectable()
export class CustomerViewsService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
  ) {}

  /** The list's columns a chooser offers, for whoever may use saved views. */
  columns(list: SavedViewList): ViewColumnDescription[] {
    this.viewer();
    return viewColumnsOf(list);
  }

  async list(list: SavedViewList = 'accounts'): Promise<CustomerViewEntity[]> {
    const principal = this.viewer();
    const views = await this.db.transaction((em) =>
      em
        .getRepository(CustomerViewEntity)
        .createQueryBuilder('v')
        .where('v.list = :list', { list })
        .andWhere(new Brackets((w) => w.where('v.ownerId = :me', { me: principal.userId }).orWhere('v.shared')))
        .orderBy('v.name', 'ASC')
        .getMany(),
    );
    // the user's own views first
    return [...views.filter((v) => v.ownerId === principal.userId), ...views.filter((v) => v.ownerId !== principal.userId)];
  }

  async save(command: SaveCustomerViewCommand): Promise<CustomerViewEntity> {
    const principal = this.viewer();
    const list = command.list ?? 'accounts';
    const name = command.name.trim();
    if (!name) throw AppError.badField('input.name', 'must not be empty');
    const columnProblems = viewColumnProblems(list, command.columns ?? [], 'input.columns');
    if (columnProblems.length) throw AppError.validation(columnProblems);
    const filter = Object.fromEntries(Object.entries(command.filter ?? {}).filter(([, v]) => v !== null && v !== undefined && v !== ''));
    return this.db.transaction(async (em) => {
      const existing = await em.findOneBy(CustomerViewEntity, { ownerId: principal.userId, list, name });
      const values = {
        filter,
        orderBy: command.orderBy ? { field: command.orderBy.field, direction: command.orderBy.direction } : null,
        columns: command.columns?.length ? command.columns : null,
        shared: command.shared ?? false,
      };
      let saved: CustomerViewEntity;
      try {
        saved = existing
          ? await em.save(CustomerViewEntity, { ...existing, ...values })
          : await em.save(CustomerViewEntity, em.create(CustomerViewEntity, { tenantId: principal.tenantId, ownerId: principal.userId, list, name, ...values }));
      } catch (error) {
        if (isUniqueViolation(error)) throw AppError.conflict('You already have a view of this name', 'input.name');
        throw error;
      }
      await this.audit.record(em, {
        recordType: VIEW_RECORD,
        recordId: saved.id,
        action: existing ? 'update' : 'create',
        before: existing ? snapshot(existing) : null,
        after: snapshot(saved),
      });
      return saved;
    });
  }

  async delete(id: string): Promise<void> {
    const principal = this.viewer();
    await this.db.transaction(async (em) => {
      const view = await em.findOneBy(CustomerViewEntity, { id });
      if (!view || (view.ownerId !== principal.userId && !view.shared)) throw AppError.notFound('CustomerView', id, 'input.id');
      if (view.ownerId !== principal.userId && !can(principal, CUSTOMER_RECORD, 'admin')) {
        throw AppError.forbidden('Only its owner (or a customer administrator) may delete a shared view');
      }
      await em.delete(CustomerViewEntity, { tenantId: view.tenantId, id: view.id });
      await this.audit.record(em, { recordType: VIEW_RECORD, recordId: view.id, action: 'delete', before: snapshot(view), after: null });
    });
  }

  private viewer(): Principal & { userId: string } {
    const principal = requirePrincipal();
    assertCan(principal, CUSTOMER_RECORD, 'view');
    if (!principal.userId) throw AppError.forbidden('Saved views belong to users');
    return principal as Principal & { userId: string };
  }
}

function snapshot(view: CustomerViewEntity): Record<string, unknown> {
  return { list: view.list, name: view.name, filter: view.filter, orderBy: view.orderBy, columns: view.columns, shared: view.shared };
}
