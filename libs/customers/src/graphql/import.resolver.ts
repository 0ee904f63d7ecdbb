import { Args, Query, Resolver } from '@nestjs/graphql';
import { ConnectionType, ForwardConnectionArgs, mapPage } from '@crm/platform';
import { ImportService } from '../application/import/import.service';
import { ImportJobConnection, ImportJobIdArgs, ImportJobType } from './import.types';

@Resolver(() => ImportJobType)
export class ImportResolver {
  constructor(private readonly imports: ImportService) {}

  @Query(() => ImportJobType, { description: 'One of the caller\'s customer imports: status, counts and progress.' })
  async importJob(@Args() { id }: ImportJobIdArgs): Promise<ImportJobType> {
    return ImportJobType.from(await this.imports.get(id));
  }

  @Query(() => ImportJobConnection, { description: 'The caller\'s customer imports (every one for customer admins), newest first.' })
  async customerImportJobs(@Args() args: ForwardConnectionArgs): Promise<ConnectionType<ImportJobType>> {
    const page = await this.imports.list({ first: args.first, after: args.after });
    return mapPage(page, ImportJobType.from) as ConnectionType<ImportJobType>;
  }
}
