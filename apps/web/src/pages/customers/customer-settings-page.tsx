import { CustomerSettings } from '../../modules/customer-settings/customer-settings';

export default function CustomerSettingsPage() {
  return <CustomerSettings />;
}
