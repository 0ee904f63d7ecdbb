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

  /** What people call it ("2026 framework quote"); the file name when not given. */
  @Column({ type: 'text', nullable: true })
  title: string | null;

  /** Free classification, e.g. quote, proposal, contract, requirements. */
  @Column({ type: 'text', nullable: true })
  category: string | null;

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
