import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { FieldProblem } from '@crm/platform';

export type ImportRowOutcome = 'failed' | 'skipped';

/**
 * One data row of an import that was not applied: refused (every problem by field, nothing of it saved)
 * or skipped as a duplicate. Keeps the original cells so the error report can show the row as uploaded.
 */
@Entity({ schema: 'customers', name: 'import_row_error' })
export class ImportRowErrorEntity {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryColumn('uuid')
  jobId: string;

  /** 1-based data row number (the header is row 0), as a spreadsheet user counts rows below the header. */
  @PrimaryColumn('int')
  rowNumber: number;

  @Column({ type: 'text' })
  outcome: ImportRowOutcome;

  @Column({ type: 'jsonb' })
  problems: FieldProblem[];

  @Column({ type: 'jsonb' })
  cells: string[];
}
