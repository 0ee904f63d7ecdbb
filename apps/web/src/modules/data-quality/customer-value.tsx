import { useQuery } from '@apollo/client';
import { Card, Descriptions, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../shared/ui/query-error';
import { formatMoney } from './money';
import { CustomerValueQuery } from './operations';

/** CUS-05/CUS-07 on the customer's page: value, tier and whether the tier follows the tenant's rules. */
export function CustomerValue({ accountId }: { accountId: string }) {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(CustomerValueQuery, { variables: { id: accountId }, fetchPolicy: 'cache-and-network' });
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Skeleton active paragraph={{ rows: 1 }} />;
  if (!data) return null;
  const { account, customerTierRules: rules } = data;
  const unknown = new Set(account.unknownFields);
  const computed = Boolean(rules && account.value && account.value.currency === rules.currency);
  return (
    <Card title={t('dataQuality.valueTitle')} size="small" data-testid="customer-value">
      <Descriptions column={{ xs: 1, sm: 2 }} size="small">
        <Descriptions.Item label={t('dataQuality.value')}>
          <span data-testid="customer-value-amount">{account.value ? formatMoney(account.value, i18n.language) : unknown.has('value') ? t('dataQuality.unknown') : t('dataQuality.noValue')}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('dataQuality.tier')}>
          <span data-testid="customer-value-tier">{account.tier ? <Tag color="gold">{account.tier}</Tag> : unknown.has('tier') ? t('dataQuality.unknown') : t('dataQuality.noValue')}</span>
          {computed && <Typography.Text type="secondary"> {t('dataQuality.tierComputed')}</Typography.Text>}
        </Descriptions.Item>
      </Descriptions>
      <Typography.Text type="secondary">{t('dataQuality.valuePartial')}</Typography.Text>
    </Card>
  );
}
