import { CustomersList } from '../../modules/customers/customers-list';

export default function CustomersPage() {
  return <CustomersList />;
}
