import { registerEnumType } from '@nestjs/graphql';

/** GraphQL names (OWN, SUBTREE, ALL) over the stored values ('own', 'subtree', 'all'). */
export enum DataScopeValue {
  OWN = 'own',
  SUBTREE = 'subtree',
  ALL = 'all',
}
registerEnumType(DataScopeValue, { name: 'DataScope', description: 'Which records a role holder sees: own and shared, plus their unit subtree, or all.' });

export enum UserOrderField {
  EMAIL = 'email',
  DISPLAY_NAME = 'display_name',
  CREATED_AT = 'created_at',
}
registerEnumType(UserOrderField, { name: 'UserOrderField' });

export { SortDirection } from '../../graphql/connection/paginate';
