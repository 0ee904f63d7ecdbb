import { DownOutlined, ExportOutlined, ImportOutlined } from '@ant-design/icons';
import { App, Button, Dropdown } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '../../app/auth/auth-context';
import type { AccountFilter, AccountOrderBy } from '../../gql/graphql';
import { exportPath } from './export-path';
import { can } from '../../shared/lib/permissions';
import { downloadFile } from './rest';
import { useRestErrorMessage } from './use-rest-error';

/** The customers list's import and export buttons (CUS-04); the export takes the list's current filters. */
export function CustomerListActions({ filter, orderBy }: { filter: AccountFilter; orderBy?: AccountOrderBy }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const { message } = App.useApp();
  const describe = useRestErrorMessage();
  const [exporting, setExporting] = useState(false);

  const runExport = async (format: 'csv' | 'xlsx') => {
    setExporting(true);
    try {
      await downloadFile(exportPath(format, filter, orderBy), `customers.${format}`);
    } catch (error) {
      void message.error(describe(error));
    } finally {
      setExporting(false);
    }
  };

  return (
    <>
      {can(me.permissions, 'customer', 'export') && (
        <Dropdown
          menu={{
            items: [
              { key: 'csv', label: t('importExport.export.csv'), onClick: () => void runExport('csv') },
              { key: 'xlsx', label: t('importExport.export.xlsx'), onClick: () => void runExport('xlsx') },
            ],
          }}
        >
          <Button icon={<ExportOutlined />} loading={exporting} data-testid="export-customers">
            {t('importExport.export.button')} <DownOutlined />
          </Button>
        </Dropdown>
      )}
      {can(me.permissions, 'customer', 'create') && (
        <Link to="/customers/import">
          <Button icon={<ImportOutlined />} data-testid="open-import">
            {t('importExport.import')}
          </Button>
        </Link>
      )}
    </>
  );
}
