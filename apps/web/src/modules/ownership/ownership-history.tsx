import { useQuery } from '@apollo/client';
import { Card, Col, Empty, Skeleton, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/lib/format';
import { QueryError } from '../../shared/ui/query-error';
import { OwnershipHistoryQuery } from './operations';

/** ACC-02 on the customer 360 page: who owned the customer when (the pool when nobody), and who moved it. */
export function OwnershipHistoryCard({ accountId }: { accountId: string }) {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(OwnershipHistoryQuery, { variables: { id: accountId }, fetchPolicy: 'cache-and-network' });
  const changes = data?.account.ownershipHistory ?? [];
  const who = (user: { displayName: string } | null | undefined) => user?.displayName ?? t('customers.publicPool');
  let body;
  if (error) body = <QueryError error={error} onRetry={() => void refetch()} />;
  else if (loading && !data) body = <Skeleton active />;
  else if (changes.length === 0) body = <Empty description={t('ownership.history.empty')} />;
  else
    body = (
      <Timeline
        data-testid="ownership-history"
        items={changes.map((c, i) => ({
          key: i,
          children: (
            <span data-testid="ownership-change">
              <Typography.Text strong>{i18n.exists(`ownership.history.actions.${c.action}`) ? t(`ownership.history.actions.${c.action}`) : c.action}</Typography.Text>{' '}
              {t('ownership.history.fromTo', { from: who(c.fromOwner), to: who(c.toOwner) })}{' '}
              <Typography.Text type="secondary">
                {t('ownership.history.by', { who: c.actor?.displayName ?? t('ownership.history.system'), when: formatDateTime(c.occurredAt, i18n.language) })}
              </Typography.Text>
            </span>
          ),
        }))}
      />
    );
  return (
    <Col span={24}>
      <Card title={t('ownership.history.title')} size="small">
        {body}
      </Card>
    </Col>
  );
}
