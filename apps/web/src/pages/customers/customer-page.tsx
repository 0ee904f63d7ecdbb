import { useParams } from 'react-router';
import { CustomerDetail } from '../../modules/customers/customer-detail';

export default function CustomerPage() {
  const { id = '' } = useParams();
  return <CustomerDetail key={id} id={id} />;
}
