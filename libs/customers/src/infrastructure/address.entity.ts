import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { PartyType } from './contact-point.entity';

export type AddressKind = 'billing' | 'shipping' | 'office' | 'home' | 'other';

@Entity({ schema: 'customers', name: 'address' })
@Index('ix_address_party', ['tenantId', 'partyType', 'partyId'])
// GIN trigram index on search_text, created by hand in the migration (TypeORM cannot express it; ADR 0016).
@Index('ix_address_search', { synchronize: false })
export class AddressEntity {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  partyType: PartyType;

  @Column({ type: 'uuid' })
  partyId: string;

  /** A billing address is protected (DQ-04). */
  @Column({ type: 'text' })
  kind: AddressKind;

  /** ISO 3166-1 alpha-2. */
  @Column({ type: 'text', default: 'CN' })
  country: string;

  @Column({ type: 'text', nullable: true })
  province: string | null;

  @Column({ type: 'text', nullable: true })
  city: string | null;

  @Column({ type: 'text', nullable: true })
  district: string | null;

  @Column({ type: 'text' })
  street: string;

  @Column({ type: 'text', nullable: true })
  postcode: string | null;

  @Column({ type: 'boolean', default: false })
  isPrimary: boolean;

  /**
   * Province, city, district, street and postcode in the partial-text search form (`searchText` in
   * domain/search; CUS-02, ADR 0016). Written by a database trigger on every insert and update, so
   * every writer (services, import, merges, seeds) keeps it; never written or read by the entity.
   */
  @Column({ type: 'text', select: false, insert: false, update: false })
  searchText?: string;
}
