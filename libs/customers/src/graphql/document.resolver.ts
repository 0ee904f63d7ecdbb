import { Args, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ConnectionType, GraphqlContext, mapPage, TenantDb, UserType, userLoader } from '@crm/platform';
import { DocumentService } from '../application/documents/document.service';
import { CustomerDocumentConnection, CustomerDocumentsArgs, CustomerDocumentType, DeleteDocumentInput, DeleteDocumentPayload } from './document.types';

@Resolver(() => CustomerDocumentType)
export class DocumentResolver {
  constructor(
    private readonly documents: DocumentService,
    private readonly db: TenantDb,
  ) {}

  @Query(() => CustomerDocumentConnection, { description: 'CUS-08: documents filed under a customer the caller sees, newest first.' })
  async customerDocuments(@Args() { accountId, first, after }: CustomerDocumentsArgs): Promise<ConnectionType<CustomerDocumentType>> {
    return mapPage(await this.documents.list(accountId, { first, after }), CustomerDocumentType.from) as ConnectionType<CustomerDocumentType>;
  }

  @Mutation(() => DeleteDocumentPayload, { description: 'Removes a document (its uploader or a customer admin); the audit log keeps what it was.' })
  async deleteDocument(@Args('input') input: DeleteDocumentInput): Promise<DeleteDocumentPayload> {
    const document = await this.documents.delete(input.id);
    return { deletedDocumentId: document.id };
  }

  @ResolveField(() => UserType, { nullable: true })
  async uploadedBy(document: CustomerDocumentType, _args: unknown, context: GraphqlContext): Promise<UserType | null> {
    if (!document.uploadedById) return null;
    const user = await userLoader(context.loaders, this.db).load(document.uploadedById);
    return user ? UserType.from(user) : null;
  }
}
