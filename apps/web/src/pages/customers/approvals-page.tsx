import { Approvals } from '../../modules/customers/approvals';

export default function ApprovalsPage() {
  return <Approvals />;
}
