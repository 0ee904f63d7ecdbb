import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ColumnMapping, ImportTarget } from '../domain/import/column-mapping';

export type ImportJobStatus = 'queued' | 'running' | 'completed' | 'failed';
export type DuplicatePolicy = 'skip' | 'update' | 'create';

/**
 * One CSV/XLSX import of accounts or of contacts (CUS-04). Rows are applied in file order, a batch per transaction that also
 * advances `processedRows` and the counts, so a retried job resumes after the last committed row and
 * never applies a row twice.
 */
@Entity({ schema: 'customers', name: 'import_job' })
@Index('ix_import_job_created', ['tenantId', 'createdAt'])
export class ImportJobEntity {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The uploading user: the job runs with their permissions and data scope. */
  @Column({ type: 'uuid' })
  createdById: string;

  @Column({ type: 'text' })
  fileName: string;

  @Column({ type: 'text' })
  storageKey: string;

  @Column({ type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  fileSize: number;

  /** The file's header row as uploaded, for the mapping screen and the error report. */
  @Column({ type: 'jsonb' })
  headers: string[];

  /** Column index → import field. */
  @Column({ type: 'jsonb' })
  mapping: ColumnMapping;

  @Column({ type: 'text' })
  duplicatePolicy: DuplicatePolicy;

  /** What the rows become: customers (accounts) or people at existing customers (contacts). */
  @Column({ type: 'text', default: 'accounts' })
  target: ImportTarget;

  @Column({ type: 'text', default: 'queued' })
  status: ImportJobStatus;

  /** Data rows in the file; null until the worker has counted them. */
  @Column({ type: 'int', nullable: true })
  totalRows: number | null;

  /** Data rows (1-based, after the header) whose outcome is committed; the job resumes after this one. */
  @Column({ type: 'int', default: 0 })
  processedRows: number;

  @Column({ type: 'int', default: 0 })
  createdRows: number;

  @Column({ type: 'int', default: 0 })
  updatedRows: number;

  @Column({ type: 'int', default: 0 })
  skippedRows: number;

  @Column({ type: 'int', default: 0 })
  failedRows: number;

  /** Runs started (the first and every resume); a job that keeps dying is failed after a few. */
  @Column({ type: 'int', default: 0 })
  attempts: number;

  /** Why the whole job failed (unreadable file, ...); row problems are in import_row_error. */
  @Column({ type: 'text', nullable: true })
  error: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}
