import { tmpdir } from 'node:os';
import { Module, OnModuleInit } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { AccessModule, AppConfig, PermissionCatalog, PrincipalLoader, RecordVisibilityRegistry } from '@crm/platform';
import { CustomerRecordVisibility } from './application/record-visibility';
import { AccountChangesService } from './application/account-changes.service';
import { AccountMergeService } from './application/account-merge.service';
import { ContactMergeService } from './application/contact-merge.service';
import { AccountOwnershipService } from './application/account-ownership.service';
import { AccountService } from './application/account.service';
import { CustomerViewsService } from './application/customer-views.service';
import { ConsentService } from './application/consent.service';
import { ContactBulkService } from './application/contact-bulk.service';
import { ContactService } from './application/contact.service';
import { RelationshipService } from './application/relationship.service';
import { DuplicateFinder } from './application/duplicate-finder';
import { ContactImportBatchWriter } from './application/import/contact-import-batch';
import { ImportBatchWriter } from './application/import/import-batch';
import { ImportJobHandler } from './application/import/import-job.handler';
import { ImportSweeper } from './application/import/import-sweeper';
import { ImportService } from './application/import/import.service';
import { ImportResolver } from './graphql/import.resolver';
import { ImportController } from './http/import.controller';
import { CustomerExportController } from './http/customer-export.controller';
import { ContactExportController } from './http/contact-export.controller';
import { ContactExportService } from './application/export/contact-export.service';
import { CustomerExportService } from './application/export/customer-export.service';
import { AccountChangesResolver } from './graphql/account-changes.resolver';
import { AccountMergeResolver } from './graphql/account-merge.resolver';
import { ContactMergeResolver } from './graphql/contact-merge.resolver';
import { AccountResolver } from './graphql/account.resolver';
import { CustomerViewsResolver } from './graphql/customer-views.resolver';
import { OwnershipChangeResolver, OwnershipResolver } from './graphql/ownership.resolver';
import { ContactBulkResolver } from './graphql/contact-bulk.resolver';
import { AccountContactsResolver, ContactResolver } from './graphql/contact.resolver';
import { DocumentService } from './application/documents/document.service';
import { InteractionService } from './application/interactions/interaction.service';
import { AccountMilestoneTimelineProvider, DocumentTimelineProvider, InteractionTimelineProvider } from './application/timeline/customer-timeline-providers';
import { TimelineRegistry } from './application/timeline/timeline-registry';
import { TimelineService } from './application/timeline/timeline.service';
import { DocumentResolver } from './graphql/document.resolver';
import { LibraryService, LIBRARY_RECORD } from './application/library/library.service';
import { LibraryResolver } from './graphql/library.resolver';
import { LibraryController } from './http/library.controller';
import { InteractionResolver } from './graphql/interaction.resolver';
import { TimelineResolver } from './graphql/timeline.resolver';
import { DocumentController, DocumentUploadInterceptor } from './http/document.controller';
import { AccountAddressService } from './application/account-address.service';
import { DataQualityService } from './application/data-quality.service';
import { RecomputeTiersHandler } from './application/tiers/recompute-tiers.job';
import { TierRulesService } from './application/tiers/tier-rules.service';
import { AccountAddressResolver } from './graphql/account-address.resolver';
import { DataQualityResolver, DuplicateClusterResolver } from './graphql/data-quality.resolver';
import { TierRulesResolver } from './graphql/tier-rules.resolver';
import { CustomerSettingsResolver } from './graphql/customer-settings.resolver';
import './events/customer-events';
import './application/tiers/tier-jobs';
import './application/quality/cluster-jobs';
import { DuplicateClustersHandler } from './application/quality/duplicate-clusters.job';
import { LifecycleSettingsService } from './application/lifecycle/lifecycle-settings.service';
import { LifecycleStagesHandler } from './application/lifecycle/lifecycle-stages.job';
import { LifecycleSettingsResolver } from './graphql/lifecycle-settings.resolver';

/** Customers and contacts: the shared core other contexts refer to by id. */
@Module({
  imports: [
    AccessModule,
    // uploads go to a temporary file (never whole in memory), limited in size; the service moves them to FileStorage
    MulterModule.registerAsync({
      // browsers send a file name's UTF-8 bytes as they are (multer would read them as latin1: 客户.csv garbled)
      useFactory: (config: AppConfig) => ({ dest: tmpdir(), limits: { fileSize: config.IMPORT_MAX_FILE_BYTES, files: 1 }, defParamCharset: 'utf8' }),
      inject: [AppConfig],
    }),
  ],
  controllers: [ImportController, CustomerExportController, ContactExportController, DocumentController, LibraryController],
  providers: [
    ImportService,
    CustomerExportService,
    ContactExportService,
    ImportResolver,
    AccountService,
    AccountChangesService,
    AccountMergeService,
    DuplicateFinder,
    AccountResolver,
    AccountChangesResolver,
    AccountMergeResolver,
    AccountOwnershipService,
    OwnershipResolver,
    OwnershipChangeResolver,
    CustomerViewsService,
    CustomerViewsResolver,
    ContactService,
    ContactBulkService,
    ContactBulkResolver,
    PrincipalLoader,
    ConsentService,
    RelationshipService,
    ContactResolver,
    ContactMergeService,
    ContactMergeResolver,
    AccountContactsResolver,
    InteractionService,
    DocumentService,
    DocumentUploadInterceptor,
    LibraryService,
    LibraryResolver,
    TimelineRegistry,
    TimelineService,
    InteractionTimelineProvider,
    DocumentTimelineProvider,
    AccountMilestoneTimelineProvider,
    InteractionResolver,
    DocumentResolver,
    TimelineResolver,
    DataQualityService,
    DataQualityResolver,
    DuplicateClusterResolver,
    AccountAddressService,
    AccountAddressResolver,
    TierRulesService,
    TierRulesResolver,
    CustomerSettingsResolver,
    LifecycleSettingsService,
    LifecycleSettingsResolver,
    CustomerRecordVisibility,
  ],
  exports: [AccountService, AccountChangesService, AccountMergeService, DuplicateFinder, ContactService, ConsentService, RelationshipService, TimelineRegistry],
})
export class CustomersModule implements OnModuleInit {
  constructor(
    private readonly catalog: PermissionCatalog,
    private readonly recordVisibility: RecordVisibilityRegistry,
    private readonly customerRecords: CustomerRecordVisibility,
    private readonly timeline: TimelineRegistry,
    private readonly interactionEntries: InteractionTimelineProvider,
    private readonly documentEntries: DocumentTimelineProvider,
    private readonly milestoneEntries: AccountMilestoneTimelineProvider,
  ) {}

  onModuleInit(): void {
    // INT-01: this context's own contributions to the customer timeline; other contexts add theirs (ADR 0011)
    this.timeline.register(this.interactionEntries);
    this.timeline.register(this.documentEntries);
    this.timeline.register(this.milestoneEntries);
    this.catalog.register('customer', ['view', 'create', 'edit', 'delete', 'export', 'admin']);
    this.catalog.register('contact', ['view', 'create', 'edit', 'delete', 'export']);
    this.catalog.register('interaction', ['view', 'create', 'edit', 'delete']);
    // CUS-08 shared library: view lists and downloads; create, edit and delete manage it
    this.catalog.register(LIBRARY_RECORD, ['view', 'create', 'edit', 'delete']);
    // ACC-01: the audit trail shows a record's history only to those who see the record
    this.customerRecords.register(this.recordVisibility);
  }
}

/** The customers context's job handlers, for the worker process (CUS-04 imports, CUS-05 tiers, DQ-05 duplicate clusters, CUS-07 lifecycle stages). */
@Module({
  providers: [AccountService, DuplicateFinder, PrincipalLoader, ImportBatchWriter, ContactImportBatchWriter, ImportJobHandler, ImportSweeper, ConsentService, RecomputeTiersHandler, DuplicateClustersHandler, LifecycleStagesHandler],
  exports: [ImportJobHandler, ImportSweeper, ConsentService, RecomputeTiersHandler, DuplicateClustersHandler, LifecycleStagesHandler],
})
export class CustomersWorkerModule {}
