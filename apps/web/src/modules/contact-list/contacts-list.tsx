import { useQuery } from '@apollo/client';
import { Button, Empty, Flex, Input, Select, Space, Table, Tag, Typography, type TableProps } from 'antd';
import { useState, type Key } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '../../app/auth/auth-context';
import type { ContactArchiveState, ContactFilter, ContactOrderField, ContactRowFieldsFragment } from '../../gql/graphql';
import { useSortedPaging } from '../../shared/lib/sorted-paging';
import { formatDateTime } from '../../shared/lib/format';
import { can } from '../../shared/lib/permissions';
import { CursorPager } from '../../shared/ui/cursor-pager';
import { PageHeader } from '../../shared/ui/page-header';
import { QueryError } from '../../shared/ui/query-error';
import { ContactImportButton } from '../import-export/contact-import-button';
import { ArchiveContactButton } from './archive-contact-button';
import { ContactBulkActions } from './contact-bulk-actions';
import { ContactDrawer } from './contact-drawer';
import { ContactExportButton } from './contact-export-button';
import { ContactFilterAccountQuery, ContactFilterAccountsQuery, ContactsListQuery } from './operations';
import { ContactMergeButton } from '../contact-merge/contact-merge';
import { ColumnChooser } from '../saved-views/column-chooser';
import { SavedViewsSelector } from '../saved-views/saved-views-selector';
import { useListColumns } from '../saved-views/use-list-columns';
import { visibleColumns } from '../saved-views/view-columns';
import { CONTACT_VIEWS } from '../saved-views/view-filter';

const SORT_FIELDS: Record<string, ContactOrderField> = { name: 'NAME', createdAt: 'CREATED_AT', updatedAt: 'UPDATED_AT' };
const ARCHIVE_STATES: ContactArchiveState[] = ['ACTIVE', 'ARCHIVED', 'ALL'];
type Has = 'any' | 'yes' | 'no';
const hasValue = (v: Has) => (v === 'any' ? undefined : v === 'yes');
const hasOf = (v: boolean | null | undefined): Has => (v == null ? 'any' : v ? 'yes' : 'no');

/** The primary point of the given kinds, or the first one. */
function pointOf(row: ContactRowFieldsFragment, kinds: string[]): string {
  const points = row.contactPoints.filter((p) => kinds.includes(p.kind)).sort((a, b) => Number(b.isPrimary) - Number(a.isPrimary));
  return points[0]?.value ?? '—';
}

/** A customer to filter by, searched as the user types. */
function CustomerFilter({ value, onChange }: { value?: string; onChange(id: string | undefined): void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const { data, loading } = useQuery(ContactFilterAccountsQuery, { variables: { search: search || undefined } });
  const options = data?.accounts.edges.map((e) => ({ value: e.node.id, label: e.node.name })) ?? [];
  // a saved view's customer may not be among the first matches: its name is looked up
  const missing = !!value && !loading && !options.some((o) => o.value === value);
  const chosen = useQuery(ContactFilterAccountQuery, { variables: { id: value ?? '' }, skip: !missing });
  if (missing && value) options.push({ value, label: chosen.data?.account.name ?? (chosen.error ? t('contactList.unknownCustomer') : '…') });
  return (
    <Select
      allowClear
      showSearch
      filterOption={false}
      value={value}
      onSearch={setSearch}
      onChange={(id: string | undefined) => onChange(id)}
      loading={loading}
      placeholder={t('contactList.customerPlaceholder')}
      style={{ width: 220 }}
      options={options}
      data-testid="contacts-customer"
    />
  );
}

/** CUS-02 / CUS-03: every person the user may see, searchable in any spelling, filtered, sorted, paged; archive, restore, export; bulk actions on ticked people. */
export function ContactsList() {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const { paging, orderBy, setOrderBy, changeFilter, sortOrder, onTableChange } = useSortedPaging(SORT_FIELDS);
  const [search, setSearch] = useState('');
  const [accountId, setAccountId] = useState<string | undefined>();
  const [tag, setTag] = useState('');
  const [hasEmail, setHasEmail] = useState<Has>('any');
  const [hasPhone, setHasPhone] = useState<Has>('any');
  const [archived, setArchived] = useState<ContactArchiveState>('ACTIVE');
  const [openId, setOpenId] = useState<string | null>(null);
  // CUS-03: the columns a view or the chooser picked (null: the list's defaults)
  const [chosen, setChosen] = useState<string[] | null>(null);
  const [viewKey, setViewKey] = useState(0);
  const [selected, setSelected] = useState<string[]>([]);
  // names of ticked people, kept when the page changes, so a bulk error can say who is in the way
  const [selectedNames, setSelectedNames] = useState<ReadonlyMap<string, string>>(new Map());
  const canSelect = can(me.permissions, 'contact', 'edit');
  const canMerge = canSelect && can(me.permissions, 'contact', 'delete');
  const clearSelection = () => {
    setSelected([]);
    setSelectedNames(new Map());
  };
  const select = (keys: Key[], ticked: (ContactRowFieldsFragment | undefined)[]) => {
    const ids = keys.map(String);
    setSelected(ids);
    setSelectedNames((before) => {
      const next = new Map([...before].filter(([id]) => ids.includes(id)));
      ticked.forEach((row) => row && next.set(row.id, row.displayName));
      return next;
    });
  };

  const filter: ContactFilter = {
    search: search.trim() || undefined,
    accountId,
    tag: tag.trim() || undefined,
    hasEmail: hasValue(hasEmail),
    hasPhone: hasValue(hasPhone),
    archived,
  };
  const { data, previousData, loading, error, refetch } = useQuery(ContactsListQuery, {
    variables: { first: paging.first, after: paging.after, filter, orderBy },
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.contacts;
  const rows = error ? [] : (connection?.edges.map((e) => e.node) ?? []);

  const hasOptions = (label: string) =>
    (['any', 'yes', 'no'] as const).map((v) => ({ value: v, label: t(`contactList.has.${v}`, { what: label }) }));

  const renderers: NonNullable<TableProps<ContactRowFieldsFragment>['columns']> = [
    {
      key: 'name',
      sorter: true,
      sortOrder: sortOrder('NAME'),
      render: (_, c) => (
        <Space size={4}>
          <Typography.Link onClick={() => setOpenId(c.id)} data-testid="contact-open">
            {c.displayName}
          </Typography.Link>
          {c.archivedAt && <Tag data-testid="contact-archived-tag">{t('contactList.archivedTag')}</Tag>}
        </Space>
      ),
    },
    {
      key: 'customer',
      render: (_, c) =>
        c.account ? (
          <Link to={`/customers/${c.account.id}`} data-testid="contact-customer-link">
            {c.account.name}
          </Link>
        ) : (
          <Typography.Text type="secondary">{t('contactList.noCustomer')}</Typography.Text>
        ),
    },
    { key: 'jobTitle', render: (_, c) => [c.jobTitle, c.department].filter(Boolean).join(' · ') || '—', responsive: ['md'] },
    { key: 'phone', render: (_, c) => pointOf(c, ['mobile', 'phone']), responsive: ['sm'] },
    { key: 'email', render: (_, c) => pointOf(c, ['email']), responsive: ['lg'] },
    { key: 'tags', render: (_, c) => c.tags.map((tg) => <Tag key={tg}>{tg}</Tag>), responsive: ['lg'] },
    {
      key: 'owner',
      render: (_, c) => (c.owner ? <span data-testid="contact-owner">{c.owner.displayName}</span> : <Typography.Text type="secondary">{t('contactList.noOwner')}</Typography.Text>),
      responsive: ['lg'],
    },
    { key: 'createdAt', sorter: true, sortOrder: sortOrder('CREATED_AT'), render: (_, c) => formatDateTime(c.createdAt, i18n.language), responsive: ['xl'] },
    { key: 'updatedAt', sorter: true, sortOrder: sortOrder('UPDATED_AT'), render: (_, c) => formatDateTime(c.updatedAt, i18n.language), responsive: ['xl'] },
  ];
  // CUS-03: the server's columns of the list, shown as chosen (a saved view brings its own), then the actions;
  // until they load, the name
  const listColumns = useListColumns('CONTACTS', renderers.map((c) => String(c.key)));
  const shown = listColumns.columns ? visibleColumns(listColumns.columns, chosen) : ['name'];
  const columns: TableProps<ContactRowFieldsFragment>['columns'] = [
    ...shown.flatMap((key) => renderers.filter((c) => c.key === key).map((c) => ({ ...c, title: listColumns.columns ? t(listColumns.columns.labelKeys[key] ?? key) : '' }))),
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, c) => (
        <Space size={4}>
          <Button size="small" onClick={() => setOpenId(c.id)}>
            {t('contactList.detail.open')}
          </Button>
          <ArchiveContactButton contact={c} onDone={() => void refetch()} />
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={t('contactList.title')} extra={<Space><ContactImportButton /><ContactExportButton filter={filter} orderBy={orderBy} /></Space>} />
      <Flex wrap gap={8} style={{ marginBottom: 16 }}>
        <SavedViewsSelector
          viewList={CONTACT_VIEWS}
          filter={filter}
          orderBy={orderBy}
          columns={listColumns.columns ? shown : undefined}
          onApply={(v) => {
            setChosen(v.columns ?? null);
            setSearch(v.filter.search ?? '');
            setAccountId(v.filter.accountId == null ? undefined : String(v.filter.accountId));
            setTag(v.filter.tag ?? '');
            setHasEmail(hasOf(v.filter.hasEmail));
            setHasPhone(hasOf(v.filter.hasPhone));
            setArchived(v.filter.archived ?? 'ACTIVE');
            setOrderBy(v.orderBy);
            setViewKey((k) => k + 1); // the search boxes show the view's text
            paging.reset();
          }}
        />
        <ColumnChooser state={listColumns} value={shown} onChange={setChosen} />
        <Input.Search key={`search-${viewKey}`} defaultValue={search} data-testid="contacts-search" allowClear placeholder={t('contactList.searchPlaceholder')} onSearch={changeFilter(setSearch)} style={{ width: 300 }} />
        <CustomerFilter value={accountId} onChange={changeFilter(setAccountId)} />
        <Input.Search key={`tag-${viewKey}`} defaultValue={tag} data-testid="contacts-tag" allowClear placeholder={t('contactList.tagPlaceholder')} onSearch={changeFilter(setTag)} style={{ width: 160 }} />
        <Select<Has> value={hasEmail} onChange={changeFilter(setHasEmail)} options={hasOptions(t('contactList.hasEmail'))} style={{ width: 130 }} data-testid="contacts-has-email" />
        <Select<Has> value={hasPhone} onChange={changeFilter(setHasPhone)} options={hasOptions(t('contactList.hasPhone'))} style={{ width: 130 }} data-testid="contacts-has-phone" />
        <Select<ContactArchiveState>
          value={archived}
          onChange={changeFilter(setArchived)}
          options={ARCHIVE_STATES.map((s) => ({ value: s, label: t(`contactList.archiveState.${s}`) }))}
          style={{ width: 160 }}
          data-testid="contacts-archived"
        />
      </Flex>
      <ContactBulkActions
        ids={selected}
        names={selectedNames}
        archived={archived}
        onClear={clearSelection}
        onDone={() => {
          clearSelection();
          void refetch();
        }}
        extra={
          canMerge && (
            <ContactMergeButton
              ids={selected}
              onMerged={(survivorId) => {
                clearSelection();
                setOpenId(survivorId);
                void refetch();
              }}
            />
          )
        }
      />
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      <Table<ContactRowFieldsFragment>
        rowKey="id"
        columns={columns}
        dataSource={rows}
        loading={loading}
        pagination={false}
        onChange={onTableChange}
        rowSelection={canSelect ? { selectedRowKeys: selected, onChange: select, preserveSelectedRowKeys: true } : undefined}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={error ? t('common.loadFailed') : t(archived === 'ARCHIVED' ? 'contactList.emptyArchived' : 'contactList.empty')} /> }}
        data-testid="contacts-table"
      />
      <CursorPager
        page={paging.page}
        totalCount={error ? undefined : connection?.totalCount}
        hasPrevious={paging.hasPrevious}
        hasNext={!error && (connection?.pageInfo.hasNextPage ?? false)}
        onPrevious={paging.previous}
        onNext={() => paging.next(connection?.pageInfo.endCursor)}
      />
      <ContactDrawer contactId={openId} onClose={() => setOpenId(null)} onChanged={() => void refetch()} />
    </>
  );
}
