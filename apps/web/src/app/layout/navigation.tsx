import { ApiOutlined, ApartmentOutlined, AuditOutlined, ContactsOutlined, ControlOutlined, DashboardOutlined, FolderOpenOutlined, HomeOutlined, InboxOutlined, SafetyCertificateOutlined, SafetyOutlined, SettingOutlined, ShopOutlined, TeamOutlined } from '@ant-design/icons';
import type { MenuProps } from 'antd';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import { can, canSeeAdminArea, type AdminArea } from '../../shared/lib/permissions';

/** The worker's queue dashboard (@bull-board), proxied by the dev and preview servers. */
export const QUEUE_DASHBOARD_PATH = '/admin/queues';
/** INT-02: the managers' queue of interactions to reply to. */
export const REVIEW_PATH = '/customers/review';

const ADMIN_ITEMS: { area: AdminArea; path: string; icon: React.ReactNode; label: string }[] = [
  { area: 'users', path: '/admin/users', icon: <TeamOutlined />, label: 'nav.users' },
  { area: 'roles', path: '/admin/roles', icon: <SafetyOutlined />, label: 'nav.roles' },
  { area: 'orgUnits', path: '/admin/org-units', icon: <ApartmentOutlined />, label: 'nav.orgUnits' },
  { area: 'apiKeys', path: '/admin/api-keys', icon: <ApiOutlined />, label: 'nav.apiKeys' },
];

/** Only areas that exist and that the user may open; the menu keys are the route paths. */
export function navigationItems(permissions: readonly string[], t: TFunction, options: { reviewer?: boolean } = {}): NonNullable<MenuProps['items']> {
  const admin = ADMIN_ITEMS.filter((item) => canSeeAdminArea(permissions, item.area)).map((item) => ({
    key: item.path,
    icon: item.icon,
    label: <Link to={item.path}>{t(item.label)}</Link>,
  }));
  const items: NonNullable<MenuProps['items']> = [{ key: '/', icon: <HomeOutlined />, label: <Link to="/">{t('nav.home')}</Link> }];
  if (can(permissions, 'customer', 'view')) {
    items.push({ key: '/customers', icon: <ShopOutlined />, label: <Link to="/customers">{t('nav.customers')}</Link> });
    if (can(permissions, 'contact', 'view')) {
      items.push({ key: '/contacts', icon: <ContactsOutlined />, label: <Link to="/contacts" data-testid="nav-contacts">{t('contactList.nav')}</Link> });
    }
    items.push({ key: '/customers/pool', icon: <InboxOutlined />, label: <Link to="/customers/pool">{t('ownership.pool.nav')}</Link> });
    items.push({ key: '/customers/data-quality', icon: <SafetyCertificateOutlined />, label: <Link to="/customers/data-quality">{t('dataQuality.title')}</Link> });
    if (can(permissions, 'customer', 'admin')) {
      items.push({ key: '/customers/settings', icon: <ControlOutlined />, label: <Link to="/customers/settings" data-testid="nav-customer-settings">{t('customerSettings.nav')}</Link> });
    }
    if (options.reviewer) items.push({ key: REVIEW_PATH, icon: <AuditOutlined />, label: <Link to={REVIEW_PATH} data-testid="nav-review">{t('timeline.review.nav')}</Link> });
  }
  if (can(permissions, 'library_document', 'view')) {
    items.push({ key: '/library', icon: <FolderOpenOutlined />, label: <Link to="/library" data-testid="nav-library">{t('library.nav')}</Link> });
  }
  if (admin.length > 0) {
    admin.push({
      key: QUEUE_DASHBOARD_PATH,
      icon: <DashboardOutlined />,
      label: (
        <a href={QUEUE_DASHBOARD_PATH} target="_blank" rel="noreferrer">
          {t('nav.queues')}
        </a>
      ),
    });
    items.push({ key: 'admin', icon: <SettingOutlined />, label: t('nav.admin'), children: admin });
  }
  return items;
}
