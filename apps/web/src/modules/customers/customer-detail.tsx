import { useQuery } from '@apollo/client';
import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Descriptions, Empty, List, Result, Row, Skeleton, Space, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '../../app/auth/auth-context';
import { can } from '../../shared/lib/permissions';
import { CustomerPeople } from '../contacts/customer-people';
import { AccountEditDrawer } from './account-edit-drawer';
import { CustomerAddressesCard } from './address-editor';
import { MergeHistory } from './merge-history';
import { OwnershipHistoryCard } from '../ownership/ownership-history';
import { CustomerValue } from '../data-quality/customer-value';
import { PendingChanges } from './pending-changes';
import { errorCode } from '../../shared/lib/graphql-errors';
import { formatDateTime } from '../../shared/lib/format';
import { PageHeader } from '../../shared/ui/page-header';
import { QueryError } from '../../shared/ui/query-error';
import { AccountQuery, CustomerAuditTrailQuery } from './operations';
import { StageTag } from './stage-tag';
import { CustomerTimelineCard } from '../timeline/customer-timeline';
import { CustomerDocumentsCard } from '../documents/customer-documents';

const HISTORY_PAGE = 20;

/** Audit values are JSON-encoded; show strings bare and everything else as JSON. */
function auditValue(value: string | null | undefined): string {
  if (value === null || value === undefined) return '—';
  try {
    const parsed: unknown = JSON.parse(value);
    return typeof parsed === 'string' ? parsed : JSON.stringify(parsed);
  } catch {
    return value;
  }
}

function CustomerHistory({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch, fetchMore } = useQuery(CustomerAuditTrailQuery, { variables: { recordId: id, first: HISTORY_PAGE }, fetchPolicy: 'cache-and-network' });
  const trail = data?.auditTrail;
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (loading && !trail) return <Skeleton active />;
  if (!trail || trail.edges.length === 0) return <Empty description={t('customers.history.empty')} />;
  return (
    <>
      <Timeline
        data-testid="customer-history"
        items={trail.edges.map(({ node }) => ({
          key: node.id,
          children: (
            <>
              <Typography.Text strong>{i18n.exists(`customers.history.actions.${node.action}`) ? t(`customers.history.actions.${node.action}`) : node.action}</Typography.Text>{' '}
              <Typography.Text type="secondary">
                {t('customers.history.by', { who: node.actor?.displayName ?? t('customers.history.system'), when: formatDateTime(node.occurredAt, i18n.language), channel: node.channel })}
              </Typography.Text>
              {node.changes.length > 0 && (
                <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
                  {node.changes.map((c) => (
                    <li key={c.field}>
                      <Typography.Text code>{c.field}</Typography.Text> {auditValue(c.before)} → {auditValue(c.after)}
                    </li>
                  ))}
                </ul>
              )}
            </>
          ),
        }))}
      />
      {trail.pageInfo.hasNextPage && (
        <Button onClick={() => void fetchMore({ variables: { after: trail.pageInfo.endCursor }, updateQuery: (prev, { fetchMoreResult }) => ({ auditTrail: { ...fetchMoreResult.auditTrail, edges: [...prev.auditTrail.edges, ...fetchMoreResult.auditTrail.edges] } }) })}>
          {t('customers.history.more')}
        </Button>
      )}
    </>
  );
}

/** A first cut of the 360° view: details, contact points, addresses, owner, tags and the change history. */
export function CustomerDetail({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const { data, loading, error, refetch } = useQuery(AccountQuery, { variables: { id } });
  const [editing, setEditing] = useState(() => new URLSearchParams(window.location.search).get('edit') === '1');
  const [sentForApproval, setSentForApproval] = useState(false);
  const historyRefetchKey = data?.account.version;
  const back = (
    <Link to="/customers">
      <Button icon={<ArrowLeftOutlined />}>{t('customers.backToList')}</Button>
    </Link>
  );

  if (error && errorCode(error) === 'NOT_FOUND') {
    return (
      <div data-testid="customer-not-found">
        <Result status="404" title={t('customers.notFound')} subTitle={t('customers.notFoundHint')} extra={back} />
      </div>
    );
  }
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (loading || !data) return <Skeleton active />;

  const a = data.account;
  const unknown = new Set(a.unknownFields);
  const fact = (field: string, value: string | null | undefined) => value || (unknown.has(field) ? t('customers.unknown') : '—');
  return (
    <>
      <PageHeader
        title={
          <Space wrap>
            <span data-testid="customer-name">{a.name}</span>
            <StageTag stage={a.lifecycleStage} />
          </Space>
        }
        extra={
          <Space wrap>
            {can(me.permissions, 'customer', 'edit') && (
              <Button type="primary" icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="edit-customer">
                {t('common.edit')}
              </Button>
            )}
            {back}
          </Space>
        }
      />
      {sentForApproval && (
        <Alert
          type="info"
          showIcon
          closable
          onClose={() => setSentForApproval(false)}
          style={{ marginBottom: 16 }}
          data-testid="sent-for-approval"
          message={t('customers.edit.sentForApproval')}
          description={t('customers.edit.sentForApprovalHint')}
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card title={t('customers.details')} size="small">
            <Descriptions column={{ xs: 1, sm: 2 }} size="small">
              <Descriptions.Item label={t('customers.kind')}>{t(`customers.kinds.${a.kind}`)}</Descriptions.Item>
              <Descriptions.Item label={t('customers.lifecycleStage')}>{t(`customers.stages.${a.lifecycleStage}`)}</Descriptions.Item>
              <Descriptions.Item label={t('customers.industry')}>{fact('industry', a.industry)}</Descriptions.Item>
              <Descriptions.Item label={t('customers.source')}>{fact('source', a.source)}</Descriptions.Item>
              <Descriptions.Item label={t('customers.website')}>
                {a.website ? (
                  <a href={/^https?:\/\//i.test(a.website) ? a.website : `https://${a.website}`} target="_blank" rel="noreferrer noopener">
                    {a.website}
                  </a>
                ) : (
                  fact('website', a.website)
                )}
              </Descriptions.Item>
              <Descriptions.Item label={t('customers.taxId')}>{fact('taxId', a.taxId)}</Descriptions.Item>
              <Descriptions.Item label={t('customers.creditTermsDays')}>
                <span data-testid="customer-credit-terms">{a.creditTermsDays === null || a.creditTermsDays === undefined ? fact('creditTermsDays', null) : t('customers.daysValue', { count: a.creditTermsDays })}</span>
              </Descriptions.Item>
              <Descriptions.Item label={t('customers.tier')}>{fact('tier', a.tier)}</Descriptions.Item>
              <Descriptions.Item label={t('customers.owner')}>{a.owner ? `${a.owner.displayName} (${a.owner.email})` : t('customers.publicPool')}</Descriptions.Item>
              <Descriptions.Item label={t('customers.tags')}>{a.tags.length ? a.tags.map((tg) => <Tag key={tg}>{tg}</Tag>) : '—'}</Descriptions.Item>
              <Descriptions.Item label={t('customers.createdAt')}>{formatDateTime(a.createdAt, i18n.language)}</Descriptions.Item>
              <Descriptions.Item label={t('customers.updatedAt')}>{formatDateTime(a.updatedAt, i18n.language)}</Descriptions.Item>
            </Descriptions>
            {a.notes && <Typography.Paragraph style={{ marginTop: 8, whiteSpace: 'pre-wrap' }}>{a.notes}</Typography.Paragraph>}
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title={t('customers.contactPoints')} size="small" style={{ marginBottom: 16 }} extra={<UnknownFacts facts={['phone', 'email']} unknown={unknown} />}>
            <List
              size="small"
              dataSource={a.contactPoints}
              locale={{ emptyText: t('customers.noContactPoints') }}
              renderItem={(c) => (
                <List.Item data-testid="customer-contact-point">
                  <Space wrap>
                    <Tag>{t(`customers.contactKinds.${c.kind}`)}</Tag>
                    <Typography.Text copyable>{c.value}</Typography.Text>
                    {c.normalized !== c.value && <Typography.Text type="secondary">{c.normalized}</Typography.Text>}
                    {c.isPrimary && <Tag color="blue">{t('customers.primary')}</Tag>}
                  </Space>
                </List.Item>
              )}
            />
          </Card>
          <CustomerAddressesCard
            accountId={a.id}
            addresses={a.addresses}
            unknownFacts={<UnknownFacts facts={['address']} unknown={unknown} />}
            onChanged={(changeRequest) => {
              setSentForApproval(Boolean(changeRequest));
              void refetch();
            }}
          />
        </Col>
        <CustomerPeople accountId={a.id} accountName={a.name} />
        <Col span={24}><CustomerValue accountId={a.id} /></Col>
        {a.pendingChangeRequests.length > 0 && (
          <Col span={24}>
            <Card title={t('customers.approvals.pendingForRecord')} size="small">
              <PendingChanges requests={a.pendingChangeRequests} />
            </Card>
          </Col>
        )}
        <Col xs={24} lg={14}><CustomerTimelineCard accountId={a.id} /></Col>
        <Col xs={24} lg={10}><CustomerDocumentsCard accountId={a.id} /></Col>
        <Col span={24}>
          <Card title={t('customers.merge.historyTitle')} size="small">
            <MergeHistory accountId={a.id} accountName={a.name} />
          </Card>
        </Col>
        <OwnershipHistoryCard accountId={a.id} />
        <Col span={24}>
          <Card title={t('customers.history.title')} size="small">
            <CustomerHistory key={historyRefetchKey} id={a.id} />
          </Card>
        </Col>
      </Row>
      <AccountEditDrawer
        account={a}
        open={editing}
        onClose={() => setEditing(false)}
        onReload={() => refetch()}
        onSaved={(changeRequest) => {
          setEditing(false);
          setSentForApproval(Boolean(changeRequest));
          void refetch();
        }}
      />
    </>
  );
}

/** DQ-05: facts recorded as unknown on a card of lists (phone, e-mail, address). */
function UnknownFacts({ facts, unknown }: { facts: ('phone' | 'email' | 'address')[]; unknown: Set<string> }) {
  const { t } = useTranslation();
  const shown = facts.filter((f) => unknown.has(f));
  if (shown.length === 0) return null;
  return (
    <Space size={4}>
      {shown.map((f) => (
        <Tag key={f} data-testid={`fact-unknown-${f}`}>
          {t(`dataQuality.${f}Unknown`)}
        </Tag>
      ))}
    </Space>
  );
}
