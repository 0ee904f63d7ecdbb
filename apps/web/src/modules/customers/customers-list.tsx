import { useQuery } from '@apollo/client';
import { AuditOutlined, MergeCellsOutlined, PlusOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Input, Select, Space, Table, Tag, Tooltip, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useCurrentUser } from '../../app/auth/auth-context';
import type { AccountFilter, AccountKind, AccountOrderField, AccountRowFieldsFragment, LifecycleStage } from '../../gql/graphql';
import { useSortedPaging } from '../../shared/lib/sorted-paging';
import { formatDateTime } from '../../shared/lib/format';
import { can } from '../../shared/lib/permissions';
import { CursorPager } from '../../shared/ui/cursor-pager';
import { PageHeader } from '../../shared/ui/page-header';
import { QueryError } from '../../shared/ui/query-error';
import { ACCOUNT_KINDS, LIFECYCLE_STAGES } from './account-input';
import { AccountFormDrawer } from './account-form-drawer';
import { MergeDialog } from './merge-dialog';
import { OwnershipBulkActions } from '../ownership/ownership-bulk-actions';
import { ColumnChooser } from '../saved-views/column-chooser';
import { SavedViewsSelector } from '../saved-views/saved-views-selector';
import { useListColumns } from '../saved-views/use-list-columns';
import { visibleColumns } from '../saved-views/view-columns';
import { ACCOUNT_VIEWS } from '../saved-views/view-filter';
import { AccountsQuery } from './operations';
import { StageTag } from './stage-tag';
import { CustomerListActions } from '../import-export/customer-list-actions';

const SORT_FIELDS: Record<string, AccountOrderField> = { name: 'NAME', createdAt: 'CREATED_AT', updatedAt: 'UPDATED_AT' };

/** The first phone or e-mail worth showing in a row: the primary one when there is one. */
function mainContact(row: AccountRowFieldsFragment): string {
  const points = [...row.contactPoints].sort((a, b) => Number(b.isPrimary) - Number(a.isPrimary));
  return points[0]?.value ?? '—';
}

export function CustomersList() {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const { paging, orderBy, setOrderBy, changeFilter, sortOrder, onTableChange } = useSortedPaging(SORT_FIELDS);
  const [search, setSearch] = useState('');
  const [kind, setKind] = useState<AccountKind | undefined>();
  const [stage, setStage] = useState<LifecycleStage | undefined>();
  const [tag, setTag] = useState('');
  const [creating, setCreating] = useState(false);
  const [selected, setSelected] = useState<string[]>([]);
  const [merging, setMerging] = useState(false);
  const [viewKey, setViewKey] = useState(0);
  // CUS-03: the columns a view or the chooser picked (null: the list's defaults)
  const [chosen, setChosen] = useState<string[] | null>(null);
  const navigate = useNavigate();
  const canMerge = can(me.permissions, 'customer', 'edit') && can(me.permissions, 'customer', 'delete');
  const canSelect = can(me.permissions, 'customer', 'edit');

  const filter: AccountFilter = { search: search.trim() || undefined, kind, lifecycleStage: stage, tag: tag.trim() || undefined };
  const { data, previousData, loading, error, refetch } = useQuery(AccountsQuery, {
    variables: { first: paging.first, after: paging.after, filter, orderBy },
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.accounts;
  const rows = error ? [] : (connection?.edges.map((e) => e.node) ?? []);


  const renderers: NonNullable<TableProps<AccountRowFieldsFragment>['columns']> = [
    {
      key: 'name',
      sorter: true,
      sortOrder: sortOrder('NAME'),
      render: (_, a) => (
        <Link to={`/customers/${a.id}`} data-testid="customer-link">
          {a.name}
        </Link>
      ),
    },
    { key: 'kind', render: (_, a) => t(`customers.kinds.${a.kind}`), responsive: ['sm'] },
    { key: 'stage', render: (_, a) => <StageTag stage={a.lifecycleStage} /> },
    { key: 'contact', render: (_, a) => mainContact(a), responsive: ['md'] },
    { key: 'industry', render: (_, a) => a.industry ?? '—', responsive: ['md'] },
    { key: 'tier', render: (_, a) => a.tier ?? '—', responsive: ['md'] },
    { key: 'tags', render: (_, a) => a.tags.map((tg) => <Tag key={tg}>{tg}</Tag>), responsive: ['lg'] },
    { key: 'owner', render: (_, a) => a.owner?.displayName ?? t('customers.publicPool'), responsive: ['lg'] },
    { key: 'createdAt', sorter: true, sortOrder: sortOrder('CREATED_AT'), render: (_, a) => formatDateTime(a.createdAt, i18n.language), responsive: ['md'] },
    { key: 'updatedAt', sorter: true, sortOrder: sortOrder('UPDATED_AT'), render: (_, a) => formatDateTime(a.updatedAt, i18n.language), responsive: ['xl'] },
  ];
  // CUS-03: the server's columns of the list, shown as chosen (a saved view brings its own); until they load, the name
  const listColumns = useListColumns('ACCOUNTS', renderers.map((c) => String(c.key)));
  const shown = listColumns.columns ? visibleColumns(listColumns.columns, chosen) : ['name'];
  const columns = shown.flatMap((key) => renderers.filter((c) => c.key === key).map((c) => ({ ...c, title: listColumns.columns ? t(listColumns.columns.labelKeys[key] ?? key) : '' })));

  return (
    <>
      <PageHeader
        title={t('customers.title')}
        extra={
          <Space wrap>
            <OwnershipBulkActions
              ids={selected}
              accounts={rows}
              onDone={() => {
                setSelected([]);
                void refetch();
              }}
            />
            <CustomerListActions filter={filter} orderBy={orderBy} />
            {canMerge && (
              <Tooltip title={selected.length < 2 ? t('customers.merge.selectHint') : undefined}>
                <Button icon={<MergeCellsOutlined />} disabled={selected.length < 2} onClick={() => setMerging(true)} data-testid="merge-customers">
                  {t('customers.merge.button', { count: selected.length })}
                </Button>
              </Tooltip>
            )}
            <Link to="/customers/data-quality">
              <Button icon={<SafetyCertificateOutlined />} data-testid="open-data-quality">
                {t('dataQuality.open')}
              </Button>
            </Link>
            {can(me.permissions, 'customer', 'admin') && (
              <Link to="/customers/approvals">
                <Button icon={<AuditOutlined />} data-testid="open-approvals">
                  {t('customers.approvals.title')}
                </Button>
              </Link>
            )}
            {can(me.permissions, 'customer', 'create') && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="create-customer">
                {t('customers.create')}
              </Button>
            )}
          </Space>
        }
      />
      <Flex wrap gap={8} style={{ marginBottom: 16 }}>
        <SavedViewsSelector
          viewList={ACCOUNT_VIEWS}
          filter={filter}
          orderBy={orderBy}
          columns={listColumns.columns ? shown : undefined}
          onApply={(v) => {
            setChosen(v.columns ?? null);
            setSearch(v.filter.search ?? '');
            setKind(v.filter.kind ?? undefined);
            setStage(v.filter.lifecycleStage ?? undefined);
            setTag(v.filter.tag ?? '');
            setOrderBy(v.orderBy);
            setViewKey((k) => k + 1); // the search boxes show the view's text
            paging.reset();
          }}
        />
        <ColumnChooser state={listColumns} value={shown} onChange={setChosen} />
        <Input.Search key={`search-${viewKey}`} defaultValue={search} data-testid="customers-search" allowClear placeholder={t('customers.searchPlaceholder')} onSearch={changeFilter(setSearch)} style={{ width: 280 }} />
        <Select<AccountKind>
          allowClear
          value={kind}
          onChange={changeFilter(setKind)}
          placeholder={t('customers.allKinds')}
          style={{ width: 140 }}
          options={ACCOUNT_KINDS.map((k) => ({ value: k, label: t(`customers.kinds.${k}`) }))}
          data-testid="customers-kind"
        />
        <Select<LifecycleStage>
          allowClear
          value={stage}
          onChange={changeFilter(setStage)}
          placeholder={t('customers.allStages')}
          style={{ width: 160 }}
          options={LIFECYCLE_STAGES.map((s) => ({ value: s, label: t(`customers.stages.${s}`) }))}
          data-testid="customers-stage"
        />
        <Input.Search key={`tag-${viewKey}`} defaultValue={tag} data-testid="customers-tag" allowClear placeholder={t('customers.tagPlaceholder')} onSearch={changeFilter(setTag)} style={{ width: 180 }} />
      </Flex>
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      <Table<AccountRowFieldsFragment>
        rowKey="id"
        columns={columns}
        dataSource={rows}
        loading={loading}
        pagination={false}
        onChange={onTableChange}
        rowSelection={canSelect ? { selectedRowKeys: selected, onChange: (keys) => setSelected(keys.map(String)), preserveSelectedRowKeys: true } : undefined}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={error ? t('common.loadFailed') : t('customers.empty')} /> }}
        data-testid="customers-table"
      />
      <CursorPager
        page={paging.page}
        totalCount={error ? undefined : connection?.totalCount}
        hasPrevious={paging.hasPrevious}
        hasNext={!error && (connection?.pageInfo.hasNextPage ?? false)}
        onPrevious={paging.previous}
        onNext={() => paging.next(connection?.pageInfo.endCursor)}
      />
      {canMerge && (
        <MergeDialog
          ids={selected}
          open={merging}
          onClose={() => setMerging(false)}
          onMerged={(survivorId) => {
            setMerging(false);
            setSelected([]);
            void navigate(`/customers/${survivorId}`);
          }}
        />
      )}
      <AccountFormDrawer
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={() => {
          setCreating(false);
          void refetch();
        }}
      />
    </>
  );
}
