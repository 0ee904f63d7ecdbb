import { Injectable } from '@nestjs/common';
import { AppError, assertCan, AuditService, can, requirePrincipal, TenantDb } from '@crm/platform';
import { addressProblems } from '../domain/validation/contact-data';
import type { AccountEntity } from '../infrastructure/account.entity';
import { AddressEntity, type AddressKind } from '../infrastructure/address.entity';
import { ChangeRequestEntity } from '../infrastructure/change-request.entity';
import { AccountChangesService } from './account-changes.service';
import { addressValue, applyAddressChange, BILLING_ADDRESS_FIELD, type AddressChange, type AddressValue } from './address-changes';
import { CUSTOMER_RECORD } from './visible-accounts';

export interface SaveAddressCommand {
  accountId: string;
  /** The address to change; none: a new one. */
  id?: string | null;
  kind: AddressKind;
  country?: string | null;
  province?: string | null;
  city?: string | null;
  district?: string | null;
  street: string;
  postcode?: string | null;
  isPrimary?: boolean | null;
}

export interface AddressOutcome {
  account: AccountEntity;
  address: AddressEntity | null;
  /** Set when the change touches a protected billing address and waits for approval. */
  changeRequest: ChangeRequestEntity | null;
}

const text = (v: string | null | undefined) => v?.trim() || null;

/**
 * Adding, changing and removing an account's addresses. A billing address is a protected key field
 * (DQ-04): when `billingAddress` is protected, a change that makes, alters or removes one by someone
 * without customer:admin becomes a change request, applied only on approval.
 */
@Injectable()
export class AccountAddressService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly accounts: AccountChangesService,
  ) {}

  async save(command: SaveAddressCommand): Promise<AddressOutcome> {
    const principal = requirePrincipal();
    assertCan(principal, CUSTOMER_RECORD, 'edit');
    const problems = addressProblems([{ ...command, street: command.street ?? '' }], 'input').map((p) => ({ ...p, field: p.field.replace('input.0.', 'input.') }));
    if (problems.length) throw AppError.validation(problems);
    const after: AddressValue = {
      ...(command.id ? { id: command.id } : {}),
      kind: command.kind,
      country: (command.country ?? 'CN').toUpperCase(),
      province: text(command.province),
      city: text(command.city),
      district: text(command.district),
      street: command.street.trim(),
      postcode: text(command.postcode),
      isPrimary: command.isPrimary ?? false,
    };
    return this.change(command.accountId, command.id ?? null, after);
  }

  async remove(accountId: string, id: string): Promise<AddressOutcome> {
    const principal = requirePrincipal();
    assertCan(principal, CUSTOMER_RECORD, 'edit');
    return this.change(accountId, id, null);
  }

  private change(accountId: string, id: string | null, after: AddressValue | null): Promise<AddressOutcome> {
    const principal = requirePrincipal();
    return this.db.transaction(async (em) => {
      const account = await this.accounts.lockVisible(em, principal, accountId, 'input.accountId');
      let before: AddressValue | null = null;
      if (id) {
        const row = await em.findOneBy(AddressEntity, { id, partyType: 'account', partyId: account.id });
        if (!row) throw AppError.notFound('Address', id, 'input.id');
        before = addressValue(row);
      }
      const change: AddressChange = { before, after };
      const billing = before?.kind === 'billing' || after?.kind === 'billing';
      const held = billing && !can(principal, CUSTOMER_RECORD, 'admin') && (await this.accounts.protectedFields(em, principal.tenantId)).includes(BILLING_ADDRESS_FIELD);
      if (!held) {
        const address = await applyAddressChange(em, this.audit, account, change);
        return { account, address, changeRequest: null };
      }
      const changeRequest = await em.save(
        em.create(ChangeRequestEntity, {
          tenantId: principal.tenantId,
          recordType: CUSTOMER_RECORD,
          recordId: account.id,
          changes: { [BILLING_ADDRESS_FIELD]: change as unknown as { before: unknown; after: unknown } },
          requestedById: principal.userId ?? null,
        }),
      );
      await this.audit.record(em, { recordType: CUSTOMER_RECORD, recordId: account.id, action: 'change_requested', after: { changeRequestId: changeRequest.id, fields: [BILLING_ADDRESS_FIELD] } });
      return { account, address: null, changeRequest };
    });
  }
}
