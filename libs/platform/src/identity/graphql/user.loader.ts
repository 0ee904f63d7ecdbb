import DataLoader from 'dataloader';
import { loadByIds, LoaderRegistry } from '../../graphql/loaders/loader-registry';
import { TenantDb } from '../../tenancy/tenant-db';
import { UserEntity } from '../user.entity';

/** The request's shared loader of users by id (null for an unknown id); use it wherever a field resolves to a User. */
export function userLoader(loaders: LoaderRegistry, db: TenantDb): DataLoader<string, UserEntity | null> {
  return loaders.get('platform.user.byId', loadByIds(db, UserEntity));
}
