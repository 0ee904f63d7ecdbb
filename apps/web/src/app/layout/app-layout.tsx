import { MenuFoldOutlined, MenuOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { Button, Drawer, Grid, Layout, Menu, theme, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { useCurrentUser } from '../auth/auth-context';
import { reviewsInteractions } from '../../modules/timeline/reviewer';
import { navigationItems, REVIEW_PATH } from './navigation';
import { UserMenu } from './user-menu';

const { Header, Sider, Content } = Layout;

/** Side navigation, header with the user menu, and the page. Below 768px the navigation becomes a drawer. */
export function AppLayout() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const location = useLocation();
  const screens = Grid.useBreakpoint();
  const phone = screens.md === false;
  const [collapsed, setCollapsed] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const { token } = theme.useToken();

  const items = useMemo(() => navigationItems(user.permissions, t, { reviewer: reviewsInteractions(user) }), [user, t]);
  const path = location.pathname === '/' ? '/' : location.pathname.replace(/\/$/, '');
  // A record's page highlights the list it belongs to (/customers/:id → /customers).
  const selected = path.startsWith('/customers/') && path !== '/customers/pool' && path !== REVIEW_PATH ? '/customers' : path;
  const menu = (
    <Menu
      mode="inline"
      items={items}
      selectedKeys={[selected]}
      defaultOpenKeys={selected.startsWith('/admin') ? ['admin'] : []}
      onClick={() => setDrawerOpen(false)}
      style={{ borderInlineEnd: 'none' }}
    />
  );
  const brand = (
    <Typography.Title level={4} style={{ margin: 0, padding: '16px 24px', whiteSpace: 'nowrap', overflow: 'hidden' }}>
      {collapsed && !phone ? t('app.shortName') : t('app.name')}
    </Typography.Title>
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {phone ? (
        <Drawer placement="left" open={drawerOpen} onClose={() => setDrawerOpen(false)} width={260} styles={{ body: { padding: 0 } }} title={t('app.name')}>
          {menu}
        </Drawer>
      ) : (
        <Sider theme="light" collapsible collapsed={collapsed} onCollapse={setCollapsed} trigger={null} width={220} style={{ borderInlineEnd: `1px solid ${token.colorBorderSecondary}` }}>
          {brand}
          {menu}
        </Sider>
      )}
      <Layout>
        <Header style={{ background: token.colorBgContainer, padding: '0 16px', display: 'flex', alignItems: 'center', justifyContent: 'space-between', borderBottom: `1px solid ${token.colorBorderSecondary}` }}>
          <Button
            type="text"
            aria-label={t(phone ? 'layout.openNavigation' : collapsed ? 'layout.expand' : 'layout.collapse')}
            icon={phone ? <MenuOutlined /> : collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
            onClick={() => (phone ? setDrawerOpen(true) : setCollapsed(!collapsed))}
          />
          <UserMenu compact={phone} />
        </Header>
        <Content style={{ margin: phone ? 8 : 24 }}>
          <Outlet />
        </Content>
      </Layout>
    </Layout>
  );
}
