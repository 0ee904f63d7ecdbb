import { DownOutlined, ExportOutlined } from '@ant-design/icons';
import { App, Button, Dropdown } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../app/auth/auth-context';
import type { ContactFilter, ContactOrderBy } from '../../gql/graphql';
import { can } from '../../shared/lib/permissions';
import { downloadFile } from '../import-export/rest';
import { useRestErrorMessage } from '../import-export/use-rest-error';
import { contactExportPath } from './export-path';

/** CUS-04: exports the contacts list as it is filtered and sorted now, as CSV or Excel; for who may export customers. */
export function ContactExportButton({ filter, orderBy }: { filter: ContactFilter; orderBy?: ContactOrderBy | null }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const { message } = App.useApp();
  const describe = useRestErrorMessage();
  const [exporting, setExporting] = useState(false);
  if (!can(me.permissions, 'customer', 'export')) return null;

  const run = async (format: 'csv' | 'xlsx') => {
    setExporting(true);
    try {
      await downloadFile(contactExportPath(format, filter, orderBy), `contacts.${format}`);
    } catch (error) {
      void message.error(describe(error));
    } finally {
      setExporting(false);
    }
  };

  return (
    <Dropdown
      menu={{
        items: [
          { key: 'csv', label: <span data-testid="export-contacts-csv">{t('contactList.export.csv')}</span>, onClick: () => void run('csv') },
          { key: 'xlsx', label: <span data-testid="export-contacts-xlsx">{t('contactList.export.xlsx')}</span>, onClick: () => void run('xlsx') },
        ],
      }}
    >
      <Button icon={<ExportOutlined />} loading={exporting} data-testid="export-contacts">
        {t('contactList.export.button')} <DownOutlined />
      </Button>
    </Dropdown>
  );
}
