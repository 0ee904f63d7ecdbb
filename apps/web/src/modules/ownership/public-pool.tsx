import { useMutation, useQuery } from '@apollo/client';
import { InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Empty, Flex, Input, Table, Tag, Tooltip, Typography, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '../../app/auth/auth-context';
import type { PublicPoolQuery as PoolData } from '../../gql/graphql';
import { useCursorPaging } from '../../shared/lib/cursor-paging';
import { formatDateTime } from '../../shared/lib/format';
import { can } from '../../shared/lib/permissions';
import { useErrorMessage } from '../../shared/lib/use-server-errors';
import { CursorPager } from '../../shared/ui/cursor-pager';
import { PageHeader } from '../../shared/ui/page-header';
import { QueryError } from '../../shared/ui/query-error';
import { accountOfError } from './bulk-errors';
import { ClaimAccountsMutation, PublicPoolQuery } from './operations';

type PoolRow = PoolData['publicPool']['edges'][number]['node'];

/** ACC-02: customers nobody owns; any rep may claim some, up to the tenant's limit. */
export function PublicPool() {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const { message } = App.useApp();
  const describe = useErrorMessage();
  const paging = useCursorPaging();
  const [search, setSearch] = useState('');
  const [selected, setSelected] = useState<string[]>([]);
  const { data, previousData, loading, error, refetch } = useQuery(PublicPoolQuery, {
    variables: { first: paging.first, after: paging.after, filter: { search: search.trim() || undefined } },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  const [claim, claiming] = useMutation(ClaimAccountsMutation);
  const shown = data ?? previousData;
  const rows = error ? [] : (shown?.publicPool.edges.map((e) => e.node) ?? []);
  const quota = shown?.poolQuota;
  const mayClaim = can(me.permissions, 'customer', 'edit');

  const onClaim = async () => {
    try {
      await claim({ variables: { input: { accountIds: selected } } });
      void message.success(t('ownership.pool.claimed', { count: selected.length }));
      setSelected([]);
    } catch (e) {
      const name = accountOfError(e, selected, rows);
      void message.error(name ? `${name}: ${describe(e)}` : describe(e));
    }
    await refetch();
  };

  const columns: TableProps<PoolRow>['columns'] = [
    { key: 'name', title: t('customers.name'), render: (_, a) => <span data-testid="pool-name">{a.name}</span> },
    { key: 'kind', title: t('customers.kind'), render: (_, a) => t(`customers.kinds.${a.kind}`), responsive: ['sm'] },
    { key: 'industry', title: t('customers.industry'), render: (_, a) => a.industry ?? '—', responsive: ['md'] },
    { key: 'tags', title: t('customers.tags'), render: (_, a) => a.tags.map((tg) => <Tag key={tg}>{tg}</Tag>), responsive: ['lg'] },
    { key: 'createdAt', title: t('customers.createdAt'), render: (_, a) => formatDateTime(a.createdAt, i18n.language), responsive: ['md'] },
  ];

  return (
    <>
      <PageHeader
        title={t('ownership.pool.title')}
        extra={
          mayClaim && (
            <Tooltip title={selected.length === 0 ? t('ownership.pool.selectHint') : undefined}>
              <Button
                type="primary"
                icon={<InboxOutlined />}
                disabled={selected.length === 0 || (quota !== undefined && selected.length > quota.remaining)}
                loading={claiming.loading}
                onClick={() => void onClaim()}
                data-testid="pool-claim"
              >
                {t('ownership.pool.claim', { count: selected.length })}
              </Button>
            </Tooltip>
          )
        }
      />
      {quota && (
        <Alert
          type={quota.remaining > 0 ? 'info' : 'warning'}
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="pool-quota"
          message={t('ownership.pool.quota', { remaining: quota.remaining, held: quota.held, limit: quota.limit })}
        />
      )}
      <Flex wrap gap={8} style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          placeholder={t('customers.searchPlaceholder')}
          onSearch={(v) => {
            setSearch(v);
            paging.reset();
          }}
          style={{ width: 280 }}
          data-testid="pool-search"
        />
        <Link to="/customers">
          <Typography.Link>{t('ownership.pool.backToCustomers')}</Typography.Link>
        </Link>
      </Flex>
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      <Table<PoolRow>
        rowKey="id"
        columns={columns}
        dataSource={rows}
        loading={loading}
        pagination={false}
        rowSelection={mayClaim ? { selectedRowKeys: selected, onChange: (keys) => setSelected(keys.map(String)), preserveSelectedRowKeys: true } : undefined}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={error ? t('common.loadFailed') : t('ownership.pool.empty')} /> }}
        data-testid="pool-table"
      />
      <CursorPager
        page={paging.page}
        totalCount={error ? undefined : shown?.publicPool.totalCount}
        hasPrevious={paging.hasPrevious}
        hasNext={!error && (shown?.publicPool.pageInfo.hasNextPage ?? false)}
        onPrevious={paging.previous}
        onNext={() => paging.next(shown?.publicPool.pageInfo.endCursor)}
      />
    </>
  );
}
