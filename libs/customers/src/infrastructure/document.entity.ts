import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** A file filed under a customer (CUS-08); the bytes live behind the storage interface under `storageKey`. */
@Entity({ schema: 'customers', name: 'document' })
@Index('ix_document_account', ['tenantId', 'accountId', 'createdAt'])
export class DocumentEntity {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  accountId: string;

  @Column({ type: 'text' })
  fileName: string;

  @Column({ type: 'text' })
  contentType: string;

  @Column({ type: 'bigint' })
  sizeBytes: string;

  /** SHA-256 of the content, hex. */
  @Column({ type: 'text' })
  checksum: string;

  @Column({ type: 'text' })
  storageKey: string;

  @Column({ type: 'uuid', nullable: true })
  uploadedById: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
