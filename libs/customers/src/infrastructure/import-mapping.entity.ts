import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { ColumnMapping } from '../domain/import/column-mapping';

/**
 * The column mapping a tenant last confirmed for one set of headers (CUS-04): the next file with the
 * same headers (in any order of spelling case and spacing, see `headerSetKey`) is mapped the same way.
 */
@Entity({ schema: 'customers', name: 'import_mapping' })
export class ImportMappingEntity {
  @PrimaryColumn('uuid')
  tenantId: string;

  /** `headerSetKey(headers)`: the folded headers in file order. */
  @PrimaryColumn('text')
  headerKey: string;

  @Column({ type: 'jsonb' })
  headers: string[];

  /** Column index → import field, as confirmed with the last import of these headers. */
  @Column({ type: 'jsonb' })
  mapping: ColumnMapping;

  @Column({ type: 'uuid', nullable: true })
  updatedById: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
