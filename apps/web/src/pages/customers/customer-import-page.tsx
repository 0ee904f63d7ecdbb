import { CustomerImport } from '../../modules/import-export/customer-import';

export default function CustomerImportPage() {
  return <CustomerImport />;
}
