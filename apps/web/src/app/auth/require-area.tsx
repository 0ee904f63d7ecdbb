import { Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { canSeeAdminArea, type AdminArea } from '../../shared/lib/permissions';
import { useCurrentUser } from './auth-context';

/** An administration screen for those whose permissions allow it; a clear refusal for the others. */
export function RequireArea({ area, children }: { area: AdminArea; children: ReactNode }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  if (!canSeeAdminArea(user.permissions, area)) return <Result status="403" title={t('errors.FORBIDDEN')} />;
  return <>{children}</>;
}
