import { Injectable } from '@nestjs/common';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { Principal, RecordVisibilityRegistry, visibilityCondition } from '@crm/platform';
import { AccountEntity } from '../infrastructure/account.entity';
import { ImportJobEntity } from '../infrastructure/import-job.entity';
import { DOCUMENT_RECORD, DocumentService } from './documents/document.service';
import { INTERACTION_RECORD, InteractionService } from './interactions/interaction.service';
import { IMPORT_JOB_RECORD, mayReadImportJob } from './import/import.service';
import { CONTACT_RECORD, visibleContacts } from './visible-contacts';
import { CUSTOMER_RECORD } from './visible-accounts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function exists<T extends object>(qb: SelectQueryBuilder<T>): Promise<boolean> {
  return (await qb.select('1').limit(1).getRawOne()) !== undefined;
}

/**
 * Who sees one record of this context by type and id (ACC-01), for the platform's audit trail: the same
 * rules as the context's own reads. A merged-away customer keeps its visibility, so its history stays
 * readable to those who could see it.
 */
@Injectable()
export class CustomerRecordVisibility {
  constructor(
    private readonly interactions: InteractionService,
    private readonly documents: DocumentService,
  ) {}

  register(registry: RecordVisibilityRegistry): void {
    const byId =
      (check: (em: EntityManager, principal: Principal, id: string) => Promise<boolean>) =>
      (em: EntityManager, principal: Principal, id: string) =>
        UUID.test(id) ? check(em, principal, id) : Promise.resolve(false);

    registry.register(
      CUSTOMER_RECORD,
      byId((em, principal, id) => {
        const visible = visibilityCondition(principal, { recordType: CUSTOMER_RECORD, alias: 'a' });
        return exists(em.getRepository(AccountEntity).createQueryBuilder('a').where(visible.sql, visible.params).andWhere('a.id = :id', { id }));
      }),
    );
    registry.register(CONTACT_RECORD, byId((em, principal, id) => exists(visibleContacts(em, principal).andWhere('c.id = :id', { id }))));
    registry.register(INTERACTION_RECORD, byId((em, principal, id) => exists(this.interactions.visibleInteractions(em, principal).andWhere('i.id = :id', { id }))));
    registry.register(DOCUMENT_RECORD, byId((em, principal, id) => exists(this.documents.visibleDocuments(em, principal).andWhere('d.id = :id', { id }))));
    registry.register(
      IMPORT_JOB_RECORD,
      byId(async (em, principal, id) => {
        const job = await em.findOneBy(ImportJobEntity, { id });
        return !!job && mayReadImportJob(principal, job);
      }),
    );
  }
}
