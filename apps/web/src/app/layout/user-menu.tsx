import { CheckOutlined, DownOutlined, GlobalOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Dropdown, Space, Typography, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useAuth, useCurrentUser } from '../auth/auth-context';
import { LANGUAGES } from '../i18n/i18n';

export function UserMenu({ compact }: { compact: boolean }) {
  const { t, i18n } = useTranslation();
  const { signOut } = useAuth();
  const user = useCurrentUser();
  const navigate = useNavigate();

  const items: MenuProps['items'] = [
    {
      key: 'language',
      icon: <GlobalOutlined />,
      label: t('userMenu.language'),
      children: LANGUAGES.map((lng) => ({
        key: `lng:${lng}`,
        label: t(`languages.${lng}`),
        icon: i18n.language === lng ? <CheckOutlined /> : <span style={{ display: 'inline-block', width: 14 }} />,
      })),
    },
    { type: 'divider' },
    { key: 'sign-out', icon: <LogoutOutlined />, label: t('userMenu.signOut'), danger: true },
  ];

  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key.startsWith('lng:')) void i18n.changeLanguage(key.slice(4));
    if (key === 'sign-out') void signOut().then(() => navigate('/sign-in', { replace: true }));
  };

  return (
    <Dropdown menu={{ items, onClick }} trigger={['click']} placement="bottomRight">
      <a onClick={(e) => e.preventDefault()} data-testid="user-menu" aria-label={t('userMenu.open')}>
        <Space>
          <Avatar size="small" icon={<UserOutlined />} />
          {!compact && <Typography.Text data-testid="user-name">{user.displayName}</Typography.Text>}
          <DownOutlined />
        </Space>
      </a>
    </Dropdown>
  );
}
