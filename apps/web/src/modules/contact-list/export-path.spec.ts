import { contactExportPath } from './export-path';

describe('contactExportPath', () => {
  it('CUS-04 carries the contacts list’s filters and order into the export URL', () => {
    const url = new URL(
      contactExportPath('xlsx', { search: '张 伟', accountId: 'a1', tag: 'VIP', hasEmail: true, hasPhone: false, archived: 'ARCHIVED' }, { field: 'UPDATED_AT', direction: 'DESC' }),
      'http://x',
    );
    expect(url.pathname).toBe('/api/customers/contacts/export');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      format: 'xlsx',
      search: '张 伟',
      accountId: 'a1',
      tag: 'VIP',
      hasEmail: 'true',
      hasPhone: 'false',
      archived: 'archived',
      orderBy: 'UPDATED_AT',
      direction: 'DESC',
    });
  });

  it('CUS-04 leaves out filters that are not set', () => {
    expect(contactExportPath('csv', {})).toBe('/api/customers/contacts/export?format=csv');
  });
});
