import { tmpdir } from 'node:os';
import { Module, OnModuleInit } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { AccessModule, AppConfig, PermissionCatalog, PrincipalLoader } from '@crm/platform';
import { AccountChangesService } from './application/account-changes.service';
import { AccountMergeService } from './application/account-merge.service';
import { AccountService } from './application/account.service';
import { DuplicateFinder } from './application/duplicate-finder';
import { ImportJobHandler } from './application/import/import-job.handler';
import { ImportService } from './application/import/import.service';
import { ImportResolver } from './graphql/import.resolver';
import { ImportController } from './http/import.controller';
import { AccountChangesResolver } from './graphql/account-changes.resolver';
import { AccountMergeResolver } from './graphql/account-merge.resolver';
import { AccountResolver } from './graphql/account.resolver';
import { AccountAddressService } from './application/account-address.service';
import { DataQualityService } from './application/data-quality.service';
import { RecomputeTiersHandler } from './application/tiers/recompute-tiers.job';
import { TierRulesService } from './application/tiers/tier-rules.service';
import { AccountAddressResolver } from './graphql/account-address.resolver';
import { DataQualityResolver, DuplicateClusterResolver } from './graphql/data-quality.resolver';
import { TierRulesResolver } from './graphql/tier-rules.resolver';
import './events/customer-events';
import './application/tiers/tier-jobs';

/** Customers and contacts: the shared core other contexts refer to by id. */
@Module({
  imports: [
    AccessModule,
    // uploads go to a temporary file (never whole in memory), limited in size; the service moves them to FileStorage
    MulterModule.registerAsync({
      useFactory: (config: AppConfig) => ({ dest: tmpdir(), limits: { fileSize: config.IMPORT_MAX_FILE_BYTES, files: 1 } }),
      inject: [AppConfig],
    }),
  ],
  controllers: [ImportController],
  providers: [
    ImportService,
    ImportResolver,
    AccountService,
    AccountChangesService,
    AccountMergeService,
    DuplicateFinder,
    AccountResolver,
    AccountChangesResolver,
    AccountMergeResolver,
    DataQualityService,
    DataQualityResolver,
    DuplicateClusterResolver,
    AccountAddressService,
    AccountAddressResolver,
    TierRulesService,
    TierRulesResolver,
  ],
  exports: [AccountService, AccountChangesService, AccountMergeService, DuplicateFinder],
})
export class CustomersModule implements OnModuleInit {
  constructor(private readonly catalog: PermissionCatalog) {}

  onModuleInit(): void {
    this.catalog.register('customer', ['view', 'create', 'edit', 'delete', 'export', 'admin']);
    this.catalog.register('contact', ['view', 'create', 'edit', 'delete', 'export']);
    this.catalog.register('interaction', ['view', 'create', 'edit', 'delete']);
  }
}

/** The customers context's job handlers, for the worker process (CUS-04 imports, CUS-05 tiers). */
@Module({
  providers: [AccountService, DuplicateFinder, PrincipalLoader, ImportJobHandler, RecomputeTiersHandler],
  exports: [ImportJobHandler, RecomputeTiersHandler],
})
export class CustomersWorkerModule {}
