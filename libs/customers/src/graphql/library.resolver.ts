import { Args, Field, Info, Mutation, ObjectType, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { ConnectionType, GraphqlContext, mapPage, selectsField, TenantDb, UserType, userLoader } from '@crm/platform';
import { LibraryService } from '../application/library/library.service';
import { CustomerDocumentType } from './document.types';
import {
  DeleteLibraryDocumentInput,
  DeleteLibraryDocumentPayload,
  FileLibraryDocumentInput,
  LibraryDocumentConnection,
  LibraryDocumentOrderBy,
  LibraryDocumentsArgs,
  LibraryDocumentType,
  LibraryFolderType,
  UpdateLibraryDocumentInput,
  UpdateLibraryDocumentPayload,
} from './library.types';

@ObjectType('FileLibraryDocumentPayload')
export class FileLibraryDocumentPayload {
  @Field(() => CustomerDocumentType, { description: 'The copy filed under the customer.' }) document: CustomerDocumentType;
}

/** CUS-08: the shared document library over GraphQL; upload and download are REST (`/api/library/documents`). */
@Resolver(() => LibraryDocumentType)
export class LibraryResolver {
  constructor(
    private readonly library: LibraryService,
    private readonly db: TenantDb,
  ) {}

  @Query(() => LibraryDocumentConnection, { description: 'Documents of the shared library, filtered and sorted (newest first by default).' })
  async libraryDocuments(@Args() args: LibraryDocumentsArgs, @Info() info: GraphQLResolveInfo): Promise<ConnectionType<LibraryDocumentType>> {
    const page = await this.library.list(
      args.filter,
      LibraryDocumentOrderBy.toSort(args.orderBy),
      { first: args.first, after: args.after, last: args.last, before: args.before },
      selectsField(info, 'totalCount'),
    );
    return mapPage(page, LibraryDocumentType.from) as ConnectionType<LibraryDocumentType>;
  }

  @Query(() => [LibraryFolderType], { description: 'Folders of the shared library that hold documents, with their counts.' })
  libraryFolders(): Promise<LibraryFolderType[]> {
    return this.library.folders();
  }

  @Query(() => [String], { description: 'Tags used in the shared library.' })
  libraryTags(): Promise<string[]> {
    return this.library.tags();
  }

  @Mutation(() => UpdateLibraryDocumentPayload, { description: 'Renames, moves or re-tags a library document (library_document:edit).' })
  async updateLibraryDocument(@Args('input') input: UpdateLibraryDocumentInput): Promise<UpdateLibraryDocumentPayload> {
    const { id, ...fields } = input;
    return { document: LibraryDocumentType.from(await this.library.update(id, fields)) };
  }

  @Mutation(() => DeleteLibraryDocumentPayload, { description: 'Removes a library document (library_document:delete); the audit log keeps what it was.' })
  async deleteLibraryDocument(@Args('input') input: DeleteLibraryDocumentInput): Promise<DeleteLibraryDocumentPayload> {
    return { deletedLibraryDocumentId: (await this.library.delete(input.id)).id };
  }

  @Mutation(() => FileLibraryDocumentPayload, { description: 'Files a copy of a library document under a customer the caller may edit.' })
  async fileLibraryDocumentUnderCustomer(@Args('input') input: FileLibraryDocumentInput): Promise<FileLibraryDocumentPayload> {
    return { document: CustomerDocumentType.from(await this.library.fileUnderCustomer(input.id, input.accountId, input.category)) };
  }

  @ResolveField(() => UserType, { nullable: true })
  async uploadedBy(document: LibraryDocumentType, _args: unknown, context: GraphqlContext): Promise<UserType | null> {
    if (!document.uploadedById) return null;
    const user = await userLoader(context.loaders, this.db).load(document.uploadedById);
    return user ? UserType.from(user) : null;
  }
}
