import type { AddressKind, SaveAccountAddressInput } from '../../gql/graphql';

/** An address as the customer page holds it. */
export interface CustomerAddress {
  id: string;
  kind: AddressKind;
  country: string;
  province?: string | null;
  city?: string | null;
  district?: string | null;
  street: string;
  postcode?: string | null;
  isPrimary: boolean;
}

/** What the address form holds: free text as typed. */
export interface AddressFormValues {
  kind?: AddressKind;
  country?: string;
  province?: string;
  city?: string;
  district?: string;
  street?: string;
  postcode?: string;
  isPrimary?: boolean;
}

export const DEFAULT_COUNTRY = 'CN';

const text = (value: string | null | undefined): string | null => value?.trim() || null;

/** The form filled from an existing address, or empty for a new one (an office address in China). */
export function toAddressFormValues(address: CustomerAddress | null | undefined): AddressFormValues {
  if (!address) return { kind: 'OFFICE', country: DEFAULT_COUNTRY, isPrimary: false };
  return {
    kind: address.kind,
    country: address.country,
    province: address.province ?? undefined,
    city: address.city ?? undefined,
    district: address.district ?? undefined,
    street: address.street,
    postcode: address.postcode ?? undefined,
    isPrimary: address.isPrimary,
  };
}

/**
 * The form as `SaveAccountAddressInput`: trimmed, blanks cleared (null, so a field emptied on edit is
 * emptied on the server), the country upper-cased (CN when left blank). The street is sent even when
 * blank, so the server names it (`input.street`) if the form's own check was bypassed.
 */
export function toSaveAddressInput(accountId: string, addressId: string | null | undefined, values: AddressFormValues): SaveAccountAddressInput {
  return {
    accountId,
    ...(addressId ? { id: addressId } : {}),
    kind: values.kind ?? 'OTHER',
    country: (text(values.country) ?? DEFAULT_COUNTRY).toUpperCase(),
    province: text(values.province),
    city: text(values.city),
    district: text(values.district),
    street: values.street?.trim() ?? '',
    postcode: text(values.postcode),
    isPrimary: values.isPrimary ?? false,
  };
}
