import { EntityManager } from 'typeorm';
import { AppError, AuditService } from '@crm/platform';
import type { AccountEntity } from '../infrastructure/account.entity';
import { AddressEntity, type AddressKind } from '../infrastructure/address.entity';
import { CUSTOMER_RECORD } from './visible-accounts';

/** The name under which the billing address is protected and held in change requests (DQ-04). */
export const BILLING_ADDRESS_FIELD = 'billingAddress';

/** An address as stored in a change request: its id when it exists already. */
export interface AddressValue {
  id?: string;
  kind: AddressKind;
  country: string;
  province: string | null;
  city: string | null;
  district: string | null;
  street: string;
  postcode: string | null;
  isPrimary: boolean;
}

/** before null: a new address; after null: the address is removed. */
export interface AddressChange {
  before: AddressValue | null;
  after: AddressValue | null;
}

export function addressValue(row: AddressEntity): AddressValue {
  const { id, kind, country, province, city, district, street, postcode, isPrimary } = row;
  return { id, kind, country, province, city, district, street, postcode, isPrimary };
}

/**
 * Applies one address change of an account in the caller's transaction, audited on the account.
 * Used directly by someone allowed to, and on approval of a held billing-address change.
 */
export async function applyAddressChange(em: EntityManager, audit: AuditService, account: AccountEntity, change: AddressChange): Promise<AddressEntity | null> {
  const id = change.before?.id ?? change.after?.id;
  let row: AddressEntity | null = null;
  if (id) {
    row = await em.findOneBy(AddressEntity, { tenantId: account.tenantId, id, partyType: 'account', partyId: account.id });
    if (!row) throw AppError.conflict('The address was removed meanwhile; enter the change again', 'input.id');
  }
  const before = row ? addressValue(row) : null;
  if (!change.after) {
    await em.delete(AddressEntity, { tenantId: account.tenantId, id: row!.id });
  } else {
    const { id: _id, ...fields } = change.after;
    row = await em.save(Object.assign(row ?? em.create(AddressEntity, { tenantId: account.tenantId, partyType: 'account', partyId: account.id }), fields));
  }
  if (change.after?.isPrimary && row) {
    await em
      .createQueryBuilder()
      .update(AddressEntity)
      .set({ isPrimary: false })
      .where('party_type = :type AND party_id = :party AND kind = :kind AND id <> :id', { type: 'account', party: account.id, kind: row.kind, id: row.id })
      .execute();
  }
  if (change.after && account.unknownFields.includes('address')) {
    // DQ-05: a known address replaces "unknown"
    account.unknownFields = account.unknownFields.filter((f) => f !== 'address');
    await em.save(account);
  }
  await audit.record(em, {
    recordType: CUSTOMER_RECORD,
    recordId: account.id,
    action: change.after ? (before ? 'address_updated' : 'address_added') : 'address_removed',
    before: before ? { address: before } : null,
    after: change.after && row ? { address: addressValue(row) } : null,
  });
  return change.after ? row : null;
}
