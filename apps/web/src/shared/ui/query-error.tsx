import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../lib/use-server-errors';

/** The error state of a list or page: what went wrong, and a way to try again. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  return (
    <Alert
      type="error"
      showIcon
      message={t('common.loadFailed')}
      description={describe(error)}
      action={onRetry && <Button size="small" onClick={onRetry}>{t('common.retry')}</Button>}
      style={{ marginBottom: 16 }}
    />
  );
}
