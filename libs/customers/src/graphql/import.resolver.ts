import { Args, Query, Resolver } from '@nestjs/graphql';
import { ConnectionType, mapPage } from '@crm/platform';
import { ImportService } from '../application/import/import.service';
import { ImportJobConnection, ImportJobIdArgs, ImportJobsArgs, ImportJobType } from './import.types';

@Resolver(() => ImportJobType)
export class ImportResolver {
  constructor(private readonly imports: ImportService) {}

  @Query(() => ImportJobType, { description: 'One of the caller\'s imports (customers or contacts): status, counts and progress.' })
  async importJob(@Args() { id }: ImportJobIdArgs): Promise<ImportJobType> {
    return ImportJobType.from(await this.imports.get(id));
  }

  @Query(() => ImportJobConnection, {
    description: 'The caller\'s imports of customers and contacts (every one for customer admins), newest first; of one target when given.',
  })
  async customerImportJobs(@Args() args: ImportJobsArgs): Promise<ConnectionType<ImportJobType>> {
    const page = await this.imports.list({ first: args.first, after: args.after }, args.target);
    return mapPage(page, ImportJobType.from) as ConnectionType<ImportJobType>;
  }
}
