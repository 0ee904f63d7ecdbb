import type { DatabaseParts } from '@crm/platform';
import { AccountEntity } from './account.entity';
import { AddressEntity } from './address.entity';
import { ChangeRequestEntity } from './change-request.entity';
import { CustomerSettingsEntity } from './customer-settings.entity';
import { CustomerViewEntity } from './customer-view.entity';
import { MergeRecordEntity } from './merge-record.entity';
import { ConsentEntity } from './consent.entity';
import { ContactPointEntity } from './contact-point.entity';
import { ContactEntity } from './contact.entity';
import { ContactNameKeyEntity } from './contact-name-key.entity';
import { DocumentEntity } from './document.entity';
import { DuplicateClusterEntity, DuplicateClusterMemberEntity, DuplicateClusterRunEntity } from './duplicate-cluster.entity';
import { LibraryDocumentEntity } from './library-document.entity';
import { ImportJobEntity } from './import-job.entity';
import { ImportMappingEntity } from './import-mapping.entity';
import { ImportRowErrorEntity } from './import-row-error.entity';
import { InteractionEntity } from './interaction.entity';
import { CUSTOMERS_MIGRATIONS } from './migrations';
import { RelationshipEntity } from './relationship.entity';

export const customersDatabaseParts: DatabaseParts = {
  entities: [
    AccountEntity,
    ContactEntity,
    ContactNameKeyEntity,
    ContactPointEntity,
    AddressEntity,
    RelationshipEntity,
    ConsentEntity,
    InteractionEntity,
    DocumentEntity,
    LibraryDocumentEntity,
    ChangeRequestEntity,
    CustomerSettingsEntity,
    MergeRecordEntity,
    ImportJobEntity,
    ImportRowErrorEntity,
    CustomerViewEntity,
    ImportMappingEntity,
    DuplicateClusterEntity,
    DuplicateClusterMemberEntity,
    DuplicateClusterRunEntity,
  ],
  migrations: CUSTOMERS_MIGRATIONS,
};
