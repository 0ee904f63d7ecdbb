import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * DQ-02: the distinct name keys of a tenant's live contacts (not merged away) with how many carry each,
 * kept by statement triggers on `customers.contact` (migration ContactNameKeys, ADR 0006). The
 * similar-name search of the duplicate check runs on this table, not on every contact: a name a
 * thousand people share is one row here.
 */
@Entity({ schema: 'customers', name: 'contact_name_key' })
// GIN trigram index on name_key, created by hand in the migration (TypeORM cannot express it).
@Index('ix_contact_name_key_trgm', { synchronize: false })
export class ContactNameKeyEntity {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryColumn('text')
  nameKey: string;

  /** Live contacts with this key; a key whose count falls to zero is deleted. */
  @Column({ type: 'int' })
  contacts: number;
}
