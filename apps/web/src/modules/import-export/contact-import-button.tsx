import { ImportOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '../../app/auth/auth-context';
import { can } from '../../shared/lib/permissions';

/** The contacts list's way to the import screen, set to import contacts (CUS-04); shown with contact:create. */
export function ContactImportButton() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  if (!can(me.permissions, 'contact', 'create')) return null;
  return (
    <Link to="/contacts/import">
      <Button icon={<ImportOutlined />} data-testid="open-contact-import">
        {t('importExport.import')}
      </Button>
    </Link>
  );
}
