import { Args, Info, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { ConnectionType, GraphqlContext, mapPage, requirePrincipal, selectsField, TenantDb, UserType, userLoader } from '@crm/platform';
import { DocumentService, DOCUMENT_RECORD } from '../application/documents/document.service';
import { INTERACTION_RECORD, InteractionService } from '../application/interactions/interaction.service';
import { TimelineService } from '../application/timeline/timeline.service';
import type { DocumentEntity } from '../infrastructure/document.entity';
import type { InteractionEntity } from '../infrastructure/interaction.entity';
import { CustomerDocumentType } from './document.types';
import { CustomerTimelineArgs, InteractionType, TimelineEntryConnection, TimelineEntryType } from './interaction.types';

@Resolver(() => TimelineEntryType)
export class TimelineResolver {
  constructor(
    private readonly timeline: TimelineService,
    private readonly interactions: InteractionService,
    private readonly documents: DocumentService,
    private readonly db: TenantDb,
  ) {}

  @Query(() => TimelineEntryConnection, {
    description: 'INT-01 / CUS-05: everything that happened with a customer (interactions, documents, milestones, and what other contexts contribute), newest first.',
  })
  async customerTimeline(@Args() args: CustomerTimelineArgs, @Info() info: GraphQLResolveInfo): Promise<ConnectionType<TimelineEntryType>> {
    const page = await this.timeline.page({
      accountId: args.accountId,
      first: args.first,
      after: args.after,
      kinds: args.filter?.kinds ?? null,
      withTotalCount: selectsField(info, 'totalCount'),
    });
    return mapPage(page, TimelineEntryType.from) as ConnectionType<TimelineEntryType>;
  }

  @ResolveField(() => UserType, { nullable: true, description: 'Who did it.' })
  async actor(entry: TimelineEntryType, _args: unknown, context: GraphqlContext): Promise<UserType | null> {
    if (!entry.actorId) return null;
    const user = await userLoader(context.loaders, this.db).load(entry.actorId);
    return user ? UserType.from(user) : null;
  }

  @ResolveField(() => InteractionType, { nullable: true, description: 'The interaction, for entries of interactions (with the manager’s reply).' })
  async interaction(entry: TimelineEntryType, _args: unknown, context: GraphqlContext): Promise<InteractionType | null> {
    if (entry.link?.recordType !== INTERACTION_RECORD) return null;
    const row = await context.loaders
      .get<string, InteractionEntity | null>('customers.interactions.visibleById', async (ids) => {
        const principal = requirePrincipal();
        const rows = await this.db.transaction((em) => this.interactions.visibleInteractions(em, principal).andWhere('i.id IN (:...ids)', { ids: [...ids] }).getMany());
        return ids.map((id) => rows.find((r) => r.id === id) ?? null);
      })
      .load(entry.link.recordId);
    return row ? InteractionType.from(row) : null;
  }

  @ResolveField(() => CustomerDocumentType, { nullable: true, description: 'The document, for entries of documents.' })
  async document(entry: TimelineEntryType, _args: unknown, context: GraphqlContext): Promise<CustomerDocumentType | null> {
    if (entry.link?.recordType !== DOCUMENT_RECORD) return null;
    const row = await context.loaders
      .get<string, DocumentEntity | null>('customers.documents.visibleById', async (ids) => {
        const principal = requirePrincipal();
        const rows = await this.db.transaction((em) => this.documents.visibleDocuments(em, principal).andWhere('d.id IN (:...ids)', { ids: [...ids] }).getMany());
        return ids.map((id) => rows.find((r) => r.id === id) ?? null);
      })
      .load(entry.link.recordId);
    return row ? CustomerDocumentType.from(row) : null;
  }
}
