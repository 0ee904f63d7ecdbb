import { Card, Descriptions, Empty, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuth, useCurrentUser } from '../../app/auth/auth-context';
import { groupPermissions } from '../../shared/lib/permissions';

export function HomePage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { tenant } = useAuth();
  const groups = groupPermissions(user.permissions);
  const label = (value: string, kind: 'recordTypes' | 'actions') => t(`${kind}.${value}`, { defaultValue: value });

  return (
    <Card>
      <Typography.Title level={3} data-testid="welcome">
        {t('home.welcome', { name: user.displayName })}
      </Typography.Title>
      <Descriptions column={{ xs: 1, md: 2 }} style={{ marginBottom: 24 }}>
        <Descriptions.Item label={t('home.tenant')}>{tenant ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('home.email')}>{user.email}</Descriptions.Item>
        <Descriptions.Item label={t('home.unit')}>{user.unit?.name ?? t('home.noUnit')}</Descriptions.Item>
        <Descriptions.Item label={t('home.roles')}>
          {user.roles.length ? user.roles.map((r) => <Tag key={r.id}>{r.name}</Tag>) : t('home.noRoles')}
        </Descriptions.Item>
      </Descriptions>
      <Typography.Title level={5}>{t('home.permissions')}</Typography.Title>
      {groups.length === 0 ? (
        <Empty description={t('home.noPermissions')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <Descriptions bordered size="small" column={1}>
          {groups.map((g) => (
            <Descriptions.Item key={g.recordType} label={label(g.recordType, 'recordTypes')}>
              <Space wrap>
                {g.actions.map((a) => (
                  <Tag color={a === '*' ? 'gold' : 'blue'} key={a}>
                    {label(a, 'actions')}
                  </Tag>
                ))}
              </Space>
            </Descriptions.Item>
          ))}
        </Descriptions>
      )}
    </Card>
  );
}
