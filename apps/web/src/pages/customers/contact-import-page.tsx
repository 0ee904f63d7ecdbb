import { CustomerImport } from '../../modules/import-export/customer-import';

export default function ContactImportPage() {
  return <CustomerImport defaultTarget="contacts" />;
}
