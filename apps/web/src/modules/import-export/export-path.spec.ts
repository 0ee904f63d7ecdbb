import { exportPath } from './export-path';

describe('CUS-04 export of the customers list', () => {
  it('CUS-04 the export URL carries the list filters and order as they are now', () => {
    expect(exportPath('xlsx', { search: '宏达', kind: 'COMPANY', lifecycleStage: 'CUSTOMER', tag: 'vip' }, { field: 'NAME', direction: 'ASC' })).toBe(
      `/api/customers/export?format=xlsx&search=${encodeURIComponent('宏达')}&kind=COMPANY&stage=CUSTOMER&tag=vip&orderBy=NAME&direction=ASC`,
    );
    expect(exportPath('csv', {})).toBe('/api/customers/export?format=csv');
  });
});
