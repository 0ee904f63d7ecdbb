import { Module, OnModuleInit } from '@nestjs/common';
import { AccessModule, PermissionCatalog } from '@crm/platform';
import { AccountService } from './application/account.service';
import { DuplicateFinder } from './application/duplicate-finder';
import { AccountResolver } from './graphql/account.resolver';
import './events/customer-events';

/** Customers and contacts: the shared core other contexts refer to by id. */
@Module({
  imports: [AccessModule],
  providers: [AccountService, DuplicateFinder, AccountResolver],
  exports: [AccountService, DuplicateFinder],
})
export class CustomersModule implements OnModuleInit {
  constructor(private readonly catalog: PermissionCatalog) {}

  onModuleInit(): void {
    this.catalog.register('customer', ['view', 'create', 'edit', 'delete', 'export', 'admin']);
    this.catalog.register('contact', ['view', 'create', 'edit', 'delete', 'export']);
    this.catalog.register('interaction', ['view', 'create', 'edit', 'delete']);
  }
}
