import { assignField, isFinished, mappingProblems } from './import-mapping';

describe('CUS-04 import mapping in the web screen', () => {
  it('CUS-04 assigning a field to a column takes it from the column that had it, and null clears a column', () => {
    const mapping = { 0: 'name', 1: 'phone' } as const;
    expect(assignField(mapping, 2, 'phone')).toEqual({ 0: 'name', 2: 'phone' });
    expect(assignField(mapping, 1, null)).toEqual({ 0: 'name' });
    expect(assignField(mapping, 0, 'email')).toEqual({ 0: 'email', 1: 'phone' });
  });

  it('CUS-04 a mapping without a name column cannot start', () => {
    expect(mappingProblems({ 1: 'phone' })).toEqual(['importExport.mapping.nameRequired']);
    expect(mappingProblems({ 0: 'name' })).toEqual([]);
  });

  it('CUS-04 a contacts mapping needs the person\'s name and the customer they belong to', () => {
    expect(mappingProblems({ 0: 'email' }, 'contacts')).toEqual(['importExport.mapping.contactNameRequired', 'importExport.mapping.customerRequired']);
    expect(mappingProblems({ 0: 'familyName', 1: 'customerId' }, 'contacts')).toEqual([]);
    expect(mappingProblems({ 0: 'displayName', 1: 'customerName' }, 'contacts')).toEqual([]);
    expect(mappingProblems({ 0: 'name' }, 'contacts')).toHaveLength(2);
  });

  it('CUS-04 polling stops once the job is completed or failed', () => {
    expect(['QUEUED', 'RUNNING', 'COMPLETED', 'FAILED'].map(isFinished)).toEqual([false, false, true, true]);
  });
});
