import { Module, OnModuleInit } from '@nestjs/common';
import { AccessModule, PermissionCatalog } from '@crm/platform';
import { AccountChangesService } from './application/account-changes.service';
import { AccountMergeService } from './application/account-merge.service';
import { AccountService } from './application/account.service';
import { DuplicateFinder } from './application/duplicate-finder';
import { AccountChangesResolver } from './graphql/account-changes.resolver';
import { AccountMergeResolver } from './graphql/account-merge.resolver';
import { AccountResolver } from './graphql/account.resolver';
import './events/customer-events';

/** Customers and contacts: the shared core other contexts refer to by id. */
@Module({
  imports: [AccessModule],
  providers: [
    AccountService,
    AccountChangesService,
    AccountMergeService,
    DuplicateFinder,
    AccountResolver,
    AccountChangesResolver,
    AccountMergeResolver,
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
