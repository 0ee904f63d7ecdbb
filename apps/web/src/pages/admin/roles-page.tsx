import { RolesList } from '../../modules/roles/roles-list';

export default function RolesPage() {
  return <RolesList />;
}
