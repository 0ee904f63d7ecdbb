import { useQuery } from '@apollo/client';
import { Descriptions, Empty, List, Skeleton, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/lib/format';
import { QueryError } from '../../shared/ui/query-error';
import { displayValue } from './account-edit';
import { AccountMergeHistoryQuery } from './operations';
import { FieldLabel } from './pending-changes';

/** The merges that formed this customer: the names merged in, where each field came from, what moved. */
export function MergeHistory({ accountId, accountName }: { accountId: string; accountName: string }) {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(AccountMergeHistoryQuery, { variables: { accountId }, fetchPolicy: 'cache-and-network' });
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Skeleton active />;
  const merges = data?.accountMergeHistory ?? [];
  if (merges.length === 0) return <Empty description={t('customers.merge.noHistory')} />;
  return (
    <List
      data-testid="merge-history"
      dataSource={merges}
      rowKey="id"
      renderItem={(m) => {
        const names = new Map(m.mergedIds.map((id, i) => [id, m.mergedNames[i] ?? id]));
        const source = (id: string) => (id === accountId ? t('customers.merge.thisRecord', { name: accountName }) : (names.get(id) ?? id));
        return (
          <List.Item data-testid="merge-record">
            <Space direction="vertical" style={{ width: '100%' }}>
              <Typography.Text>
                {t('customers.merge.mergedIn', { when: formatDateTime(m.mergedAt, i18n.language) })}{' '}
                {m.mergedNames.map((n) => (
                  <Tag key={n} data-testid="merged-name">
                    {n}
                  </Tag>
                ))}
              </Typography.Text>
              <Descriptions size="small" column={1} bordered title={t('customers.merge.provenance')}>
                {m.provenance.map((p) => (
                  <Descriptions.Item key={p.field} label={<FieldLabel field={p.field} />}>
                    <span data-testid="merge-provenance">
                      {displayValue(p.value)} <Typography.Text type="secondary">({t('customers.merge.from', { source: source(p.fromAccountId) })})</Typography.Text>
                    </span>
                  </Descriptions.Item>
                ))}
              </Descriptions>
              {m.moved.length > 0 && (
                <Space wrap data-testid="merge-moved">
                  <Typography.Text type="secondary">{t('customers.merge.moved')}</Typography.Text>
                  {m.moved.map((mv) => (
                    <Tag key={mv.kind}>
                      {i18n.exists(`customers.merge.kinds.${mv.kind}`) ? t(`customers.merge.kinds.${mv.kind}`) : mv.kind}: {mv.count}
                    </Tag>
                  ))}
                </Space>
              )}
            </Space>
          </List.Item>
        );
      }}
    />
  );
}
