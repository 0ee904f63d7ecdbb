import { useQuery } from '@apollo/client';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Input, Select, Table, Tag, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../app/auth/auth-context';
import type { UserFilter, UserOrderField, UserRowFieldsFragment } from '../../gql/graphql';
import { useSortedPaging } from '../../shared/lib/sorted-paging';
import { formatDateTime } from '../../shared/lib/format';
import { can } from '../../shared/lib/permissions';
import { CursorPager } from '../../shared/ui/cursor-pager';
import { PageHeader } from '../../shared/ui/page-header';
import { QueryError } from '../../shared/ui/query-error';
import { OrgUnitsQuery } from '../org-units/operations';
import { UnitTreeSelect } from '../org-units/unit-tree-select';
import { UsersQuery } from './operations';
import { UserFormDrawer } from './user-form-drawer';

type ActiveFilter = 'all' | 'active' | 'inactive';
const SORT_FIELDS: Record<string, UserOrderField> = { displayName: 'DISPLAY_NAME', email: 'EMAIL', createdAt: 'CREATED_AT' };

export function UsersList() {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const { paging, orderBy, changeFilter, sortOrder, onTableChange } = useSortedPaging(SORT_FIELDS);
  const [search, setSearch] = useState('');
  const [unitId, setUnitId] = useState<string | undefined>();
  const [active, setActive] = useState<ActiveFilter>('all');
  const [drawer, setDrawer] = useState<{ open: boolean; user?: UserRowFieldsFragment }>({ open: false });

  const filter: UserFilter = { search: search || undefined, unitId, isActive: active === 'all' ? undefined : active === 'active' };
  const { data, previousData, loading, error, refetch } = useQuery(UsersQuery, { variables: { first: paging.first, after: paging.after, filter, orderBy } });
  const units = useQuery(OrgUnitsQuery);
  const connection = (data ?? previousData)?.users;
  const rows = connection?.edges.map((e) => e.node) ?? [];


  const columns: TableProps<UserRowFieldsFragment>['columns'] = [
    { key: 'displayName', title: t('users.displayName'), dataIndex: 'displayName', sorter: true, sortOrder: sortOrder('DISPLAY_NAME') },
    { key: 'email', title: t('users.email'), dataIndex: 'email', sorter: true, sortOrder: sortOrder('EMAIL') },
    { key: 'unit', title: t('users.unit'), render: (_, u) => u.unit?.name ?? '—', responsive: ['md'] },
    { key: 'roles', title: t('users.roles'), render: (_, u) => u.roles.map((r) => <Tag key={r.id}>{r.name}</Tag>), responsive: ['lg'] },
    {
      key: 'isActive',
      title: t('users.status'),
      render: (_, u) => (u.isActive ? <Tag color="green">{t('users.activeTag')}</Tag> : <Tag>{t('users.inactiveTag')}</Tag>),
    },
    { key: 'createdAt', title: t('users.createdAt'), sorter: true, sortOrder: sortOrder('CREATED_AT'), render: (_, u) => formatDateTime(u.createdAt, i18n.language), responsive: ['md'] },
    { key: 'lastSignInAt', title: t('users.lastSignInAt'), render: (_, u) => formatDateTime(u.lastSignInAt, i18n.language) || '—', responsive: ['xl'] },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, u) => (
        <Button size="small" icon={<EditOutlined />} disabled={!can(me.permissions, 'user', 'edit')} onClick={() => setDrawer({ open: true, user: u })}>
          {t('common.edit')}
        </Button>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('users.title')}
        extra={
          can(me.permissions, 'user', 'create') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawer({ open: true })} data-testid="create-user">
              {t('users.create')}
            </Button>
          )
        }
      />
      <Flex wrap gap={8} style={{ marginBottom: 16 }}>
        <Input.Search data-testid="users-search" allowClear placeholder={t('users.searchPlaceholder')} onSearch={changeFilter(setSearch)} style={{ width: 260 }} />
        <UnitTreeSelect units={units.data?.orgUnits ?? []} value={unitId} onChange={changeFilter(setUnitId)} placeholder={t('users.filterUnit')} style={{ width: 220 }} />
        <Select<ActiveFilter>
          value={active}
          onChange={changeFilter(setActive)}
          style={{ width: 140 }}
          options={[
            { value: 'all', label: t('users.allStatuses') },
            { value: 'active', label: t('users.activeTag') },
            { value: 'inactive', label: t('users.inactiveTag') },
          ]}
        />
      </Flex>
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      <Table<UserRowFieldsFragment>
        rowKey="id"
        columns={columns}
        dataSource={rows}
        loading={loading}
        pagination={false}
        onChange={onTableChange}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={error ? t('common.loadFailed') : t('users.empty')} /> }}
        data-testid="users-table"
      />
      <CursorPager
        page={paging.page}
        totalCount={connection?.totalCount}
        hasPrevious={paging.hasPrevious}
        hasNext={connection?.pageInfo.hasNextPage ?? false}
        onPrevious={paging.previous}
        onNext={() => paging.next(connection?.pageInfo.endCursor)}
      />
      <UserFormDrawer
        open={drawer.open}
        user={drawer.user}
        onClose={() => setDrawer({ open: false })}
        onSaved={() => {
          setDrawer({ open: false });
          void refetch();
        }}
      />
    </>
  );
}
