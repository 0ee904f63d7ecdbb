import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * A document of the tenant's shared library (CUS-08): product sheets, templates, price lists, tied to no
 * customer. Everyone in the tenant who may view the library reads it; the bytes live behind FileStorage.
 */
@Entity({ schema: 'customers', name: 'library_document' })
@Index('ix_library_document_created', ['tenantId', 'createdAt', 'id'])
@Index('ix_library_document_title', ['tenantId', 'title', 'id'])
@Index('ix_library_document_folder', ['tenantId', 'folder', 'title'])
// GIN trigram index on search_text, created by hand in the migration LibrarySearch (TypeORM cannot express it; ADR 0016).
@Index('ix_library_document_search', { synchronize: false })
export class LibraryDocumentEntity {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  title: string;

  /** Slash-separated folder path; '' is the top level. */
  @Column({ type: 'text', default: '' })
  folder: string;

  @Column({ type: 'text', array: true, default: '{}' })
  tags: string[];

  @Column({ type: 'text', nullable: true })
  description: string | null;

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

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  /**
   * Title, file name, description and tags in the partial-text search form (`searchText` in domain/search,
   * one field per line; ADR 0016). Written by a database trigger on every insert and update; never written
   * or read by the entity.
   */
  @Column({ type: 'text', select: false, insert: false, update: false })
  searchText?: string;
}
