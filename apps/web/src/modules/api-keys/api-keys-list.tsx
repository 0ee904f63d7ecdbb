import { useMutation, useQuery } from '@apollo/client';
import { PlusOutlined, StopOutlined } from '@ant-design/icons';
import { App, Button, Empty, Popconfirm, Space, Table, Tag, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../app/auth/auth-context';
import type { ApiKeyFieldsFragment } from '../../gql/graphql';
import { apiKeyStatus, type ApiKeyStatus } from '../../shared/lib/api-key-status';
import { useCursorPaging } from '../../shared/lib/cursor-paging';
import { formatDateTime } from '../../shared/lib/format';
import { can } from '../../shared/lib/permissions';
import { useErrorMessage } from '../../shared/lib/use-server-errors';
import { CursorPager } from '../../shared/ui/cursor-pager';
import { PageHeader } from '../../shared/ui/page-header';
import { QueryError } from '../../shared/ui/query-error';
import { ApiKeySecretModal, CreateApiKeyModal } from './create-api-key-modal';
import { ApiKeysQuery, RevokeApiKeyMutation } from './operations';

const STATUS_COLOR: Record<ApiKeyStatus, string> = { active: 'green', revoked: 'red', expired: 'default' };

export function ApiKeysList() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const describe = useErrorMessage();
  const me = useCurrentUser();
  const paging = useCursorPaging();
  const { data, previousData, loading, error, refetch } = useQuery(ApiKeysQuery, { variables: { first: paging.first, after: paging.after } });
  const [revokeApiKey] = useMutation(RevokeApiKeyMutation);
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<{ secret: string; name: string } | null>(null);
  const connection = (data ?? previousData)?.apiKeys;
  const mayCreate = can(me.permissions, 'api_key', 'create');
  const mayRevoke = can(me.permissions, 'api_key', 'delete') || can(me.permissions, 'api_key', 'edit');
  const date = (iso: string | null | undefined) => formatDateTime(iso, i18n.language) || '—';

  const revoke = async (key: ApiKeyFieldsFragment) => {
    try {
      await revokeApiKey({ variables: { input: { id: key.id } } });
      void message.success(t('apiKeys.revoked', { name: key.name }));
    } catch (e) {
      void message.error(describe(e));
    }
  };

  const columns: TableProps<ApiKeyFieldsFragment>['columns'] = [
    { key: 'name', title: t('apiKeys.name'), dataIndex: 'name' },
    { key: 'prefix', title: t('apiKeys.prefix'), render: (_, k) => <code>{k.prefix}…</code> },
    { key: 'scopes', title: t('apiKeys.scopes'), render: (_, k) => <Space wrap size={4}>{k.scopes.map((s) => <Tag key={s}>{s}</Tag>)}</Space> },
    {
      key: 'status',
      title: t('apiKeys.status'),
      render: (_, k) => {
        const status = apiKeyStatus(k);
        return <Tag color={STATUS_COLOR[status]}>{t(`apiKeys.statuses.${status}`)}</Tag>;
      },
    },
    { key: 'createdAt', title: t('apiKeys.createdAt'), render: (_, k) => date(k.createdAt), responsive: ['md'] },
    { key: 'lastUsedAt', title: t('apiKeys.lastUsedAt'), render: (_, k) => date(k.lastUsedAt), responsive: ['md'] },
    { key: 'expiresAt', title: t('apiKeys.expiresAt'), render: (_, k) => (k.expiresAt ? date(k.expiresAt) : t('apiKeys.never')), responsive: ['lg'] },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, k) =>
        mayRevoke &&
        apiKeyStatus(k) === 'active' && (
          <Popconfirm title={t('apiKeys.confirmRevoke', { name: k.name })} description={t('apiKeys.revokeWarning')} okText={t('apiKeys.revoke')} cancelText={t('common.cancel')} okButtonProps={{ danger: true }} onConfirm={() => revoke(k)}>
            <Button size="small" danger icon={<StopOutlined />}>
              {t('apiKeys.revoke')}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('apiKeys.title')}
        extra={
          mayCreate && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('apiKeys.create')}
            </Button>
          )
        }
      />
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      <Table<ApiKeyFieldsFragment>
        rowKey="id"
        columns={columns}
        dataSource={connection?.edges.map((e) => e.node) ?? []}
        loading={loading}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={error ? t('common.loadFailed') : t('apiKeys.empty')} /> }}
      />
      <CursorPager
        page={paging.page}
        totalCount={connection?.totalCount}
        hasPrevious={paging.hasPrevious}
        hasNext={connection?.pageInfo.hasNextPage ?? false}
        onPrevious={paging.previous}
        onNext={() => paging.next(connection?.pageInfo.endCursor)}
      />
      <CreateApiKeyModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(secret, name) => {
          setCreating(false);
          setCreated({ secret, name });
          paging.reset();
          void refetch();
        }}
      />
      <ApiKeySecretModal secret={created?.secret ?? null} name={created?.name ?? ''} onClose={() => setCreated(null)} />
    </>
  );
}
