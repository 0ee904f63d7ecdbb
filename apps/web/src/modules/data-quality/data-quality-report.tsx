import { useMutation, useQuery } from '@apollo/client';
import { ArrowLeftOutlined, EditOutlined, MergeCellsOutlined, ReloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Empty, InputNumber, List, Row, Skeleton, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useCurrentUser } from '../../app/auth/auth-context';
import type { DataQualityAccountFieldsFragment, DataQualityField } from '../../gql/graphql';
import { formatDateTime } from '../../shared/lib/format';
import { can } from '../../shared/lib/permissions';
import { PageHeader } from '../../shared/ui/page-header';
import { QueryError } from '../../shared/ui/query-error';
import { MergeDialog } from '../customers/merge-dialog';
import { DataQualitySummaryQuery, DuplicateClustersQuery, MissingFieldQuery, RecomputeDuplicateClustersMutation, StaleAccountsQuery } from './operations';

const PAGE = 20;
const DEFAULT_STALE_MONTHS = 6;

const customerLink = (a: { id: string; name: string }, edit = false) => <Link to={`/customers/${a.id}${edit ? '?edit=1' : ''}`}>{a.name}</Link>;

/** Appends the next page of a connection under `customerDataQuality.<field>`. */
function appendPage<K extends 'missing' | 'duplicateClusters' | 'stale'>(key: K) {
  return (prev: Record<string, unknown>, { fetchMoreResult }: { fetchMoreResult: Record<string, unknown> }) => {
    const before = (prev.customerDataQuality as Record<K, { edges: unknown[] }>)[key];
    const next = (fetchMoreResult.customerDataQuality as Record<K, { edges: unknown[] }>)[key];
    return { customerDataQuality: { ...(prev.customerDataQuality as object), [key]: { ...next, edges: [...before.edges, ...next.edges] } } };
  };
}

function MissingList({ field }: { field: DataQualityField }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch, fetchMore } = useQuery(MissingFieldQuery, { variables: { field, first: PAGE }, fetchPolicy: 'cache-and-network' });
  const conn = data?.customerDataQuality.missing;
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (loading && !conn) return <Skeleton active />;
  return (
    <List<DataQualityAccountFieldsFragment>
      size="small"
      header={<Typography.Text strong>{t('dataQuality.missing.listTitle', { field: t(`dataQuality.missing.fields.${field}`) })}</Typography.Text>}
      dataSource={conn?.edges.map((e) => e.node) ?? []}
      locale={{ emptyText: <Empty description={t('dataQuality.missing.none')} /> }}
      data-testid="missing-list"
      renderItem={(a) => (
        <List.Item
          data-testid="missing-customer"
          actions={[
            <Link key="edit" to={`/customers/${a.id}?edit=1`} data-testid="missing-edit">
              <EditOutlined /> {t('dataQuality.missing.edit')}
            </Link>,
          ]}
        >
          {customerLink(a)}
        </List.Item>
      )}
      loadMore={conn?.pageInfo.hasNextPage && <Button onClick={() => void fetchMore({ variables: { after: conn.pageInfo.endCursor }, updateQuery: appendPage('missing') as never })}>{t('dataQuality.more')}</Button>}
    />
  );
}

function MissingSection({ counts }: { counts: { field: DataQualityField; count: number }[] }) {
  const { t } = useTranslation();
  const [field, setField] = useState<DataQualityField | undefined>(counts.find((c) => c.count > 0)?.field);
  return (
    <Card title={t('dataQuality.missing.title')} size="small" extra={<Typography.Text type="secondary">{t('dataQuality.missing.hint')}</Typography.Text>} data-testid="missing-section">
      <Row gutter={[16, 16]}>
        <Col xs={24} md={10}>
          <Table
            size="small"
            rowKey="field"
            pagination={false}
            dataSource={counts}
            rowClassName={(r) => (r.field === field ? 'ant-table-row-selected' : '')}
            onRow={(r) => ({ onClick: () => setField(r.field), style: { cursor: 'pointer' } })}
            columns={[
              { key: 'field', title: t('dataQuality.title'), render: (_, r) => <span data-testid={`missing-field-${r.field}`}>{t(`dataQuality.missing.fields.${r.field}`)}</span> },
              { key: 'count', title: t('dataQuality.missing.count'), align: 'right', render: (_, r) => (r.count > 0 ? <Tag color="orange">{r.count}</Tag> : <Tag color="green">0</Tag>) },
            ]}
          />
        </Col>
        <Col xs={24} md={14}>{field ? <MissingList key={field} field={field} /> : <Empty description={t('dataQuality.missing.none')} />}</Col>
      </Row>
    </Card>
  );
}

const CLUSTER_POLL_MS = 3000;

/** When the stored clusters were computed, and the administrator's "Recompute now" (DQ-05, ADR 0012). */
function ClusterRun({ run, onRequested }: { run: { computedAt?: string | null; requestedAt?: string | null } | undefined; onRequested: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const [recompute, { loading }] = useMutation(RecomputeDuplicateClustersMutation);
  const pending = !!run?.requestedAt;
  return (
    <Space wrap>
      <Typography.Text type="secondary" data-testid="clusters-computed-at">
        {run?.computedAt ? t('dataQuality.duplicates.computedAt', { time: formatDateTime(run.computedAt, i18n.language) }) : t('dataQuality.duplicates.notComputed')}
      </Typography.Text>
      {pending && <Tag data-testid="clusters-pending">{t('dataQuality.duplicates.pending')}</Tag>}
      {can(me.permissions, 'customer', 'admin') && (
        <Button
          size="small"
          icon={<ReloadOutlined />}
          loading={loading}
          data-testid="clusters-recompute"
          onClick={() =>
            void recompute()
              .then(() => {
                void message.info(t('dataQuality.duplicates.recomputeRequested'));
                onRequested();
              })
              .catch((e: Error) => void message.error(e.message))
          }
        >
          {t('dataQuality.duplicates.recompute')}
        </Button>
      )}
    </Space>
  );
}

function DuplicateSection() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const canMerge = can(me.permissions, 'customer', 'edit') && can(me.permissions, 'customer', 'delete');
  const [merging, setMerging] = useState<string[] | undefined>();
  const { data, loading, error, refetch, fetchMore, startPolling, stopPolling } = useQuery(DuplicateClustersQuery, {
    variables: { first: PAGE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: false,
  });
  const conn = data?.customerDataQuality.duplicateClusters;
  const run = data?.customerDataQuality.duplicateClusterRun;
  // While a recompute waits, look again every few seconds; stop when it is done.
  useEffect(() => {
    if (run?.requestedAt) startPolling(CLUSTER_POLL_MS);
    else stopPolling();
    return () => stopPolling();
  }, [run?.requestedAt, startPolling, stopPolling]);
  let body;
  if (error) body = <QueryError error={error} onRetry={() => void refetch()} />;
  else if (loading && !conn) body = <Skeleton active />;
  else
    body = (
      <List
        dataSource={conn?.edges.map((e) => e.node) ?? []}
        locale={{ emptyText: <Empty description={t('dataQuality.duplicates.none')} /> }}
        renderItem={(cluster) => (
          <List.Item
            data-testid="duplicate-cluster"
            actions={
              canMerge
                ? [
                    <Button key="merge" icon={<MergeCellsOutlined />} onClick={() => setMerging(cluster.accounts.map((a) => a.id))} disabled={cluster.accounts.length < 2} data-testid="cluster-merge">
                      {t('dataQuality.duplicates.merge')}
                    </Button>,
                  ]
                : []
            }
          >
            <Space direction="vertical" size={4}>
              <Space wrap>
                <Typography.Text type="secondary">{t('dataQuality.duplicates.cluster', { count: cluster.size })}</Typography.Text>
                {cluster.accounts.map((a) => (
                  <span key={a.id} data-testid="cluster-customer">
                    {customerLink(a)}
                  </span>
                ))}
                {cluster.hiddenCount > 0 && (
                  <Tag title={t('dataQuality.duplicates.hiddenHint')} data-testid="cluster-hidden">
                    {t('dataQuality.duplicates.hidden', { count: cluster.hiddenCount })}
                  </Tag>
                )}
              </Space>
              <Space wrap size={4}>
                {cluster.reasons.map((r) => (
                  <Tag key={`${r.code}:${r.key}`} title={t('dataQuality.duplicates.key', { key: r.key })}>
                    {t(`customers.reasons.${r.code}`)}: {r.key}
                  </Tag>
                ))}
              </Space>
            </Space>
          </List.Item>
        )}
        loadMore={conn?.pageInfo.hasNextPage && <Button onClick={() => void fetchMore({ variables: { after: conn.pageInfo.endCursor }, updateQuery: appendPage('duplicateClusters') as never })}>{t('dataQuality.more')}</Button>}
      />
    );
  return (
    <Card title={t('dataQuality.duplicates.title')} size="small" extra={<Typography.Text type="secondary">{t('dataQuality.duplicates.hint')}</Typography.Text>} data-testid="duplicates-section">
      <div style={{ marginBottom: 8 }}>
        <ClusterRun run={run} onRequested={() => void refetch()} />
      </div>
      {body}
      {merging && (
        <MergeDialog
          ids={merging}
          open
          onClose={() => setMerging(undefined)}
          onMerged={(survivorId) => {
            setMerging(undefined);
            void navigate(`/customers/${survivorId}`);
          }}
        />
      )}
    </Card>
  );
}

function StaleSection({ months }: { months: number }) {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch, fetchMore } = useQuery(StaleAccountsQuery, { variables: { staleMonths: months, first: PAGE }, fetchPolicy: 'cache-and-network' });
  const conn = data?.customerDataQuality.stale;
  let body;
  if (error) body = <QueryError error={error} onRetry={() => void refetch()} />;
  else if (loading && !conn) body = <Skeleton active />;
  else
    body = (
      <>
        <Table<DataQualityAccountFieldsFragment>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={conn?.edges.map((e) => e.node) ?? []}
          locale={{ emptyText: <Empty description={t('dataQuality.stale.none')} /> }}
          columns={[
            { key: 'name', title: t('customers.name'), render: (_, a) => <span data-testid="stale-customer">{customerLink(a)}</span> },
            { key: 'owner', title: t('customers.owner'), render: (_, a) => a.owner?.displayName ?? t('customers.publicPool') },
            { key: 'updatedAt', title: t('dataQuality.stale.updatedAt'), render: (_, a) => formatDateTime(a.updatedAt, i18n.language) },
          ]}
          scroll={{ x: 'max-content' }}
        />
        {conn?.pageInfo.hasNextPage && (
          <Button style={{ marginTop: 8 }} onClick={() => void fetchMore({ variables: { after: conn.pageInfo.endCursor }, updateQuery: appendPage('stale') as never })}>
            {t('dataQuality.more')}
          </Button>
        )}
      </>
    );
  return (
    <Card title={t('dataQuality.stale.title')} size="small" extra={<Typography.Text type="secondary">{t('dataQuality.stale.hint', { count: months })}</Typography.Text>} data-testid="stale-section">
      {body}
    </Card>
  );
}

/** DQ-05: the data-quality report of the customers the user may see, three sections with their own lists. */
export function DataQualityReport() {
  const { t } = useTranslation();
  const [months, setMonths] = useState(DEFAULT_STALE_MONTHS);
  const { data, loading, error, refetch } = useQuery(DataQualitySummaryQuery, { variables: { staleMonths: months }, fetchPolicy: 'cache-and-network' });
  const summary = data?.customerDataQuality;
  return (
    <>
      <PageHeader
        title={t('dataQuality.title')}
        extra={
          <Space wrap>
            <Space>
              <Typography.Text>{t('dataQuality.staleMonths')}</Typography.Text>
              <InputNumber
                min={1}
                max={120}
                precision={0}
                value={months}
                onChange={(v) => typeof v === 'number' && v >= 1 && v <= 120 && setMonths(v)}
                addonAfter={t('dataQuality.months')}
                style={{ width: 140 }}
                data-testid="stale-months"
              />
            </Space>
            <Link to="/customers">
              <Button icon={<ArrowLeftOutlined />}>{t('customers.backToList')}</Button>
            </Link>
          </Space>
        }
      />
      <Typography.Paragraph type="secondary">{t('dataQuality.subtitle')}</Typography.Paragraph>
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      {loading && !summary && <Skeleton active />}
      {summary && (
        <Row gutter={[16, 16]}>
          <Col xs={12} md={6}>
            <Card size="small">
              <Statistic title={t('dataQuality.customerCount')} value={summary.customerCount} />
            </Card>
          </Col>
          <Col xs={12} md={6}>
            <Card size="small">
              <Statistic title={t('dataQuality.missing.title')} value={summary.missingFields.reduce((n, m) => n + m.count, 0)} />
            </Card>
          </Col>
          <Col xs={12} md={6}>
            <Card size="small">
              <Statistic title={t('dataQuality.duplicates.title')} value={summary.duplicateClusterCount} data-testid="duplicate-count" />
            </Card>
          </Col>
          <Col xs={12} md={6}>
            <Card size="small">
              <Statistic title={t('dataQuality.stale.title')} value={summary.staleCount} />
            </Card>
          </Col>
          <Col span={24}>
            <MissingSection counts={summary.missingFields} />
          </Col>
          <Col span={24}>
            <DuplicateSection />
          </Col>
          <Col span={24}>
            <StaleSection months={months} />
          </Col>
        </Row>
      )}
    </>
  );
}
