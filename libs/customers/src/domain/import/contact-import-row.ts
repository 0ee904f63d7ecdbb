import type { FieldProblem } from '@crm/platform';
import { contactName, type ContactName } from '../contacts/contact-name';
import { normalizeContactPoints, type NormalizedContactPoint } from '../validation/contact-data';
import type { ImportField } from './column-mapping';
import { splitTags } from './import-row';

/** How a contacts row names the existing customer the person belongs to: by id, or by name (exact, else name key). */
export type CustomerReference = { by: 'id'; id: string } | { by: 'name'; name: string };

export interface ContactImportRowValue {
  name: ContactName;
  customer: CustomerReference;
  jobTitle: string | null;
  department: string | null;
  contactPoints: NormalizedContactPoint[];
  tags: string[];
  notes: string;
}

export type ContactImportRowResult = { ok: true; value: ContactImportRowValue } | { ok: false; problems: FieldProblem[] };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const POINT_FIELDS = ['email', 'phone', 'mobile', 'wechat'] as const;

/**
 * Validates one mapped row of a contacts import (CUS-04, DQ-01): a name (display name, or family/given
 * name to compose it), the customer it belongs to (`customerId` wins over `customerName`), e-mails and
 * phones normalised as on the contact form. Every problem names the column's field; a row with any
 * problem is saved not at all. Whether the customer exists and is the importer's to see is the batch's
 * lookup (it needs the database).
 */
export function validateContactImportRow(row: Partial<Record<ImportField, string>>): ContactImportRowResult {
  const problems: FieldProblem[] = [];
  const { name, problems: nameProblems } = contactName({ displayName: row.displayName, familyName: row.familyName, givenName: row.givenName });
  if (nameProblems.length) problems.push({ field: 'displayName', message: 'is required (or a family name or given name)' });
  else if (name.displayName.length > 200) problems.push({ field: 'displayName', message: 'must be at most 200 characters' });

  let customer: CustomerReference | null = null;
  if (row.customerId) {
    if (UUID.test(row.customerId)) customer = { by: 'id', id: row.customerId.toLowerCase() };
    else problems.push({ field: 'customerId', message: `"${row.customerId}" is not a customer id` });
  } else if (row.customerName) {
    customer = { by: 'name', name: row.customerName };
  } else {
    problems.push({ field: 'customerName', message: 'is required: the customer (name or id) the person belongs to' });
  }

  const points = POINT_FIELDS.filter((f) => row[f]).map((f) => ({ kind: f, value: row[f]! }));
  const checked = normalizeContactPoints(points, 'contactPoints');
  for (const p of checked.problems) problems.push({ field: points[Number(p.field.split('.')[1])].kind, message: p.message });

  if (problems.length > 0 || !customer) return { ok: false, problems };
  return {
    ok: true,
    value: {
      name,
      customer,
      jobTitle: row.jobTitle ?? null,
      department: row.department ?? null,
      contactPoints: checked.points,
      tags: splitTags(row.tags),
      notes: row.notes ?? '',
    },
  };
}
