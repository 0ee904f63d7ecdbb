import { useQuery } from '@apollo/client';
import { Descriptions, Empty, List, Skeleton, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/lib/format';
import { QueryError } from '../../shared/ui/query-error';
import { displayValue } from './account-edit';
import { AccountMergeHistoryQuery } from './operations';
import { FieldLabel } from './pending-changes';

export interface MergeRecordView {
  id: string;
  mergedAt: string;
  mergedIds: string[];
  mergedNames: string[];
  provenance: { field: string; fromId: string; value?: string | null }[];
  moved: { kind: string; count: number }[];
}

/**
 * The merges that formed one record (DQ-03), of any kind: the names merged in, where each field came from,
 * what moved. `ns` is the i18n prefix of the texts (`mergedIn`, `provenance`, `from`, `thisRecord`, `moved`, `kinds.*`).
 */
export function MergeRecordList({
  merges,
  recordId,
  recordName,
  ns,
  fieldLabel,
  showValue = (_field, value) => displayValue(value),
}: {
  merges: readonly MergeRecordView[];
  recordId: string;
  recordName: string;
  ns: string;
  fieldLabel(field: string): ReactNode;
  showValue?: (field: string, value: string | null | undefined) => string;
}) {
  const { t, i18n } = useTranslation();
  return (
    <List
      data-testid="merge-history"
      dataSource={[...merges]}
      rowKey="id"
      renderItem={(m) => {
        const names = new Map(m.mergedIds.map((id, i) => [id, m.mergedNames[i] ?? id]));
        const moved = m.moved.filter((mv) => mv.count > 0);
        const source = (id: string) => (id === recordId ? t(`${ns}.thisRecord`, { name: recordName }) : (names.get(id) ?? id));
        return (
          <List.Item data-testid="merge-record">
            <Space direction="vertical" style={{ width: '100%' }}>
              <Typography.Text>
                {t(`${ns}.mergedIn`, { when: formatDateTime(m.mergedAt, i18n.language) })}{' '}
                {m.mergedNames.map((n, i) => (
                  <Tag key={`${n}-${i}`} data-testid="merged-name">
                    {n}
                  </Tag>
                ))}
              </Typography.Text>
              <Descriptions size="small" column={1} bordered title={t(`${ns}.provenance`)}>
                {m.provenance.map((p) => (
                  <Descriptions.Item key={p.field} label={fieldLabel(p.field)}>
                    <span data-testid="merge-provenance">
                      {showValue(p.field, p.value)} <Typography.Text type="secondary">({t(`${ns}.from`, { source: source(p.fromId) })})</Typography.Text>
                    </span>
                  </Descriptions.Item>
                ))}
              </Descriptions>
              {m.moved.length > 0 && (
                <Space wrap data-testid="merge-moved">
                  <Typography.Text type="secondary">{t(`${ns}.moved`)}</Typography.Text>
                  {moved.map((mv) => (
                    <Tag key={mv.kind}>
                      {i18n.exists(`${ns}.kinds.${mv.kind}`) ? t(`${ns}.kinds.${mv.kind}`) : mv.kind}: {mv.count}
                    </Tag>
                  ))}
                  {moved.length === 0 && <Typography.Text type="secondary">—</Typography.Text>}
                </Space>
              )}
            </Space>
          </List.Item>
        );
      }}
    />
  );
}

/** The merges that formed this customer: the names merged in, where each field came from, what moved. */
export function MergeHistory({ accountId, accountName }: { accountId: string; accountName: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(AccountMergeHistoryQuery, { variables: { accountId }, fetchPolicy: 'cache-and-network' });
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Skeleton active />;
  const merges = data?.accountMergeHistory ?? [];
  if (merges.length === 0) return <Empty description={t('customers.merge.noHistory')} />;
  return <MergeRecordList merges={merges} recordId={accountId} recordName={accountName} ns="customers.merge" fieldLabel={(f) => <FieldLabel field={f} />} />;
}
