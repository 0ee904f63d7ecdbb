import { assignField, isFinished, mappingProblems, type ImportFieldDescription } from './import-mapping';

const field = (key: string, requiredGroup: string | null = null): ImportFieldDescription => ({ key, required: !!requiredGroup, requiredGroup, labelKey: `importExport.fields.${key}` });
/** As the preview describes each target's fields (the server's list; the screen keeps none of its own). */
const ACCOUNT_FIELDS = [field('name', 'name'), field('phone'), field('email')];
const CONTACT_FIELDS = [
  field('displayName', 'contactName'),
  field('familyName', 'contactName'),
  field('givenName', 'contactName'),
  field('customerName', 'customer'),
  field('customerId', 'customer'),
  field('email'),
];

describe('CUS-04 import mapping in the web screen', () => {
  it('CUS-04 assigning a field to a column takes it from the column that had it, and null clears a column', () => {
    const mapping = { 0: 'name', 1: 'phone' } as const;
    expect(assignField(mapping, 2, 'phone')).toEqual({ 0: 'name', 2: 'phone' });
    expect(assignField(mapping, 1, null)).toEqual({ 0: 'name' });
    expect(assignField(mapping, 0, 'email')).toEqual({ 0: 'email', 1: 'phone' });
  });

  it('CUS-04 a mapping without a name column cannot start', () => {
    expect(mappingProblems({ 1: 'phone' }, ACCOUNT_FIELDS)).toEqual(['importExport.mapping.nameRequired']);
    expect(mappingProblems({ 0: 'name' }, ACCOUNT_FIELDS)).toEqual([]);
  });

  it('CUS-04 a contacts mapping needs one field of each needed group the preview names: the person\'s name and their customer', () => {
    expect(mappingProblems({ 0: 'email' }, CONTACT_FIELDS)).toEqual(['importExport.mapping.contactNameRequired', 'importExport.mapping.customerRequired']);
    expect(mappingProblems({ 0: 'familyName', 1: 'customerId' }, CONTACT_FIELDS)).toEqual([]);
    expect(mappingProblems({ 0: 'displayName', 1: 'customerName' }, CONTACT_FIELDS)).toEqual([]);
    expect(mappingProblems({ 0: 'name' }, CONTACT_FIELDS)).toHaveLength(2);
  });

  it('CUS-04 before a preview describes the fields nothing is needed, and a needed group the server adds is asked for', () => {
    expect(mappingProblems({}, [])).toEqual([]);
    expect(mappingProblems({ 0: 'name' }, [...ACCOUNT_FIELDS, field('taxId', 'taxId')])).toEqual(['importExport.mapping.taxIdRequired']);
  });

  it('CUS-04 polling stops once the job is completed or failed', () => {
    expect(['QUEUED', 'RUNNING', 'COMPLETED', 'FAILED'].map(isFinished)).toEqual([false, false, true, true]);
  });
});
