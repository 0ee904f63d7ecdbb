import { SortDirection } from './paginate';
import { OrderByInput } from './connection.types';

enum ThingOrderField {
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
}

describe('OrderByInput', () => {
  const ThingOrderBy = OrderByInput('Thing', ThingOrderField, { NAME: 'name', CREATED_AT: 'createdAt' }, {
    field: ThingOrderField.CREATED_AT,
    direction: SortDirection.DESC,
  });

  it('PLT-05 maps the chosen sortable field to its entity column', () => {
    expect(ThingOrderBy.toSort({ field: ThingOrderField.NAME, direction: SortDirection.ASC })).toEqual([{ column: 'name', direction: 'ASC' }]);
  });

  it('PLT-05 falls back to the declared default order', () => {
    expect(ThingOrderBy.toSort(undefined)).toEqual([{ column: 'createdAt', direction: 'DESC' }]);
  });
});
