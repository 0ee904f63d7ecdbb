import { Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { AccessModule } from '../access/access.module';
import { AuditTrailService } from '../audit/audit-trail.service';
import { AuditTrailResolver } from '../audit/graphql/audit-trail.resolver';
import { AppExceptionFilter } from './errors/app-exception.filter';
import { AppValidationPipe } from './errors/validation.pipe';

/**
 * What the API process adds on top of PlatformModule: the global validation pipe, the error filter
 * (REST bodies; GraphQL errors are shaped by formatGraphqlError) and the platform's own resolvers.
 */
@Module({
  imports: [AccessModule],
  providers: [
    { provide: APP_PIPE, useClass: AppValidationPipe },
    { provide: APP_FILTER, useClass: AppExceptionFilter },
    AuditTrailService,
    AuditTrailResolver,
  ],
  exports: [AuditTrailService],
})
export class GraphqlPlumbingModule {}
