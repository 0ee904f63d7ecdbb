import { UsersList } from '../../modules/users/users-list';

export default function UsersPage() {
  return <UsersList />;
}
