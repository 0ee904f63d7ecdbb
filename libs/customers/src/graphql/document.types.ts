import { ArgsType, Field, Float, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { Connection, ForwardConnectionArgs } from '@crm/platform';
import type { DocumentEntity } from '../infrastructure/document.entity';

@ObjectType('CustomerDocument', {
  description: 'A file filed under a customer (CUS-08). Upload with POST /api/customers/{accountId}/documents; download from contentPath.',
})
export class CustomerDocumentType {
  @Field(() => ID) id: string;
  @Field(() => ID) accountId: string;
  @Field() fileName: string;
  @Field(() => String, { nullable: true }) title: string | null;
  @Field(() => String, { nullable: true, description: 'e.g. quote, proposal, contract, requirements.' }) category: string | null;
  @Field() contentType: string;
  @Field(() => Float, { description: 'Bytes.' }) size: number;
  @Field({ description: 'SHA-256 of the content, hex.' }) checksum: string;
  @Field(() => ID, { nullable: true }) uploadedById: string | null;
  @Field() createdAt: Date;
  @Field({ description: 'GET this path (authenticated) for the content.' }) contentPath: string;

  static from(row: DocumentEntity): CustomerDocumentType {
    return Object.assign(new CustomerDocumentType(), {
      id: row.id,
      accountId: row.accountId,
      fileName: row.fileName,
      title: row.title,
      category: row.category,
      contentType: row.contentType,
      size: Number(row.sizeBytes),
      checksum: row.checksum,
      uploadedById: row.uploadedById,
      createdAt: row.createdAt,
      contentPath: `/api/customers/documents/${row.id}/content`,
    });
  }
}

export const CustomerDocumentConnection = Connection(CustomerDocumentType);

@ArgsType()
export class CustomerDocumentsArgs extends ForwardConnectionArgs {
  @Field(() => ID) @IsUUID() accountId: string;
}

@InputType('DeleteDocumentInput')
export class DeleteDocumentInput {
  @Field(() => ID) @IsUUID() id: string;
}

@ObjectType('DeleteDocumentPayload')
export class DeleteDocumentPayload {
  @Field(() => ID) deletedDocumentId: string;
}
