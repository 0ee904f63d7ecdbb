import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { Connection, ConnectionArgs, OrderByInput, SortDirection } from '@crm/platform';
import type { LibraryDocumentEntity } from '../infrastructure/library-document.entity';

export const libraryContentPath = (id: string) => `/api/library/documents/${id}/content`;

@ObjectType('LibraryDocument', {
  description: 'A document of the shared library (CUS-08), tied to no customer. Upload with POST /api/library/documents; download from contentPath.',
})
export class LibraryDocumentType {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field({ description: "Slash-separated folder path; '' is the top level." }) folder: string;
  @Field(() => [String]) tags: string[];
  @Field(() => String, { nullable: true }) description: string | null;
  @Field() fileName: string;
  @Field() contentType: string;
  @Field(() => Float, { description: 'Bytes.' }) size: number;
  @Field({ description: 'SHA-256 of the content, hex.' }) checksum: string;
  @Field(() => ID, { nullable: true }) uploadedById: string | null;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
  @Field({ description: 'GET this path (authenticated) for the content.' }) contentPath: string;

  static from(row: LibraryDocumentEntity): LibraryDocumentType {
    return Object.assign(new LibraryDocumentType(), {
      id: row.id,
      title: row.title,
      folder: row.folder,
      tags: row.tags,
      description: row.description,
      fileName: row.fileName,
      contentType: row.contentType,
      size: Number(row.sizeBytes),
      checksum: row.checksum,
      uploadedById: row.uploadedById,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
      contentPath: libraryContentPath(row.id),
    });
  }
}

export const LibraryDocumentConnection = Connection(LibraryDocumentType);

@InputType('LibraryDocumentFilter')
export class LibraryDocumentFilterInput {
  @Field(() => String, { nullable: true, description: 'Words found in the title, file name, description or tags.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string | null;
  @Field(() => String, { nullable: true, description: "Documents of this folder ('' for the top level)." }) @IsOptional() @IsString() @MaxLength(200) folder?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'With folder: its sub-folders too.' }) @IsOptional() @IsBoolean() includeSubfolders?: boolean | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(40) tag?: string | null;
}

export enum LibraryDocumentOrderField {
  TITLE = 'TITLE',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
  SIZE = 'SIZE',
}

export const LibraryDocumentOrderBy = OrderByInput(
  'LibraryDocument',
  LibraryDocumentOrderField,
  { TITLE: 'title', CREATED_AT: 'createdAt', UPDATED_AT: 'updatedAt', SIZE: 'sizeBytes' },
  { field: LibraryDocumentOrderField.CREATED_AT, direction: SortDirection.DESC },
);
export type LibraryDocumentOrderBy = InstanceType<typeof LibraryDocumentOrderBy>;

@ArgsType()
export class LibraryDocumentsArgs extends ConnectionArgs {
  @Field(() => LibraryDocumentFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LibraryDocumentFilterInput)
  filter?: LibraryDocumentFilterInput | null;

  @Field(() => LibraryDocumentOrderBy, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LibraryDocumentOrderBy)
  orderBy?: LibraryDocumentOrderBy | null;
}

@ObjectType('LibraryFolder')
export class LibraryFolderType {
  @Field() folder: string;
  @Field(() => Int) documentCount: number;
}

@InputType('UpdateLibraryDocumentInput', { description: 'Only the fields given change.' })
export class UpdateLibraryDocumentInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() title?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() folder?: string;
  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(100) @IsString({ each: true }) tags?: string[];
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() description?: string | null;
}

@ObjectType('UpdateLibraryDocumentPayload')
export class UpdateLibraryDocumentPayload {
  @Field(() => LibraryDocumentType) document: LibraryDocumentType;
}

@InputType('DeleteLibraryDocumentInput')
export class DeleteLibraryDocumentInput {
  @Field(() => ID) @IsUUID() id: string;
}

@ObjectType('DeleteLibraryDocumentPayload')
export class DeleteLibraryDocumentPayload {
  @Field(() => ID) deletedLibraryDocumentId: string;
}

@InputType('FileLibraryDocumentInput')
export class FileLibraryDocumentInput {
  @Field(() => ID, { description: 'The library document.' }) @IsUUID() id: string;
  @Field(() => ID, { description: 'The customer to file a copy under.' }) @IsUUID() accountId: string;
  @Field(() => String, { nullable: true, description: 'e.g. quote, proposal, contract.' }) @IsOptional() @IsString() @MaxLength(50) category?: string | null;
}
