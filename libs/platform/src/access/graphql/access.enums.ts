import { registerEnumType } from '@nestjs/graphql';

/** GraphQL names (OWN, SUBTREE, ALL) over the stored values ('own', 'subtree', 'all'). */
export enum DataScopeValue {
  OWN = 'own',
  SUBTREE = 'subtree',
  ALL = 'all',
}
registerEnumType(DataScopeValue, { name: 'DataScope', description: 'Which records a role holder sees: own and shared, plus their unit subtree, or all.' });

/** The fields the `users` connection sorts by (registered as a GraphQL enum by `UserOrderBy`). */
export enum UserOrderField {
  EMAIL = 'EMAIL',
  DISPLAY_NAME = 'DISPLAY_NAME',
  CREATED_AT = 'CREATED_AT',
}

export { SortDirection } from '../../graphql/connection/paginate';
