import { Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../shared/lib/permissions';
import { useCurrentUser } from './auth-context';

/** A screen for those granted `recordType:action`; a clear refusal for the others (the server decides anyway). */
export function RequirePermission({ recordType, action, children }: { recordType: string; action: string; children: ReactNode }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  if (!can(user.permissions, recordType, action)) return <Result status="403" title={t('errors.FORBIDDEN')} />;
  return <>{children}</>;
}
