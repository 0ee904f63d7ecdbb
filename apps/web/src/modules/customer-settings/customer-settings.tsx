import { useMutation, useQuery } from '@apollo/client';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, type ButtonProps, Card, Empty, Flex, Form, Input, InputNumber, Select, Skeleton, Space, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormErrors } from '../../shared/lib/use-server-errors';
import { PageHeader } from '../../shared/ui/page-header';
import { QueryError } from '../../shared/ui/query-error';
import { CURRENCIES } from '../data-quality/money';
import { CustomerAdminSettingsQuery, RunCustomerLifecycleDetectionMutation, UpdateCustomerLifecycleSettingsMutation, UpdateCustomerTierRulesMutation, UpdatePoolSettingsMutation } from './operations';
import { isTierAmount, toTierRulesValues, toTierThresholdsInput, type TierRulesValues } from './tier-rules-form';

const MAX_POOL_LIMIT = 100000;
const MAX_TIERS = 20;
const MAX_LIFECYCLE_MONTHS = 120;

/** ACC-02, CUS-05 and CUS-07 for administrators: the pool claim limit per rep, the tier rules and the automatic lifecycle stages, each saved on its own. */
export function CustomerSettings() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(CustomerAdminSettingsQuery);
  const settings = data?.customerSettings;

  let body;
  if (error) body = <QueryError error={error} onRetry={() => void refetch()} />;
  else if (loading || !settings) body = <Skeleton active />;
  else
    body = (
      <Flex vertical gap={16} style={{ maxWidth: 720 }}>
        <PoolLimitCard limit={settings.poolClaimLimit} />
        <TierRulesCard rules={settings.tierRules ?? null} />
        <LifecycleCard inactiveAfterMonths={settings.lifecycle.inactiveAfterMonths ?? null} churnedAfterMonths={settings.lifecycle.churnedAfterMonths ?? null} />
      </Flex>
    );
  return (
    <>
      <PageHeader title={t('customerSettings.title')} />
      {body}
    </>
  );
}

function PoolLimitCard({ limit }: { limit: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ poolClaimLimit: number }>();
  const showErrors = useFormErrors(form, ['poolClaimLimit']);
  const [save, { loading }] = useMutation(UpdatePoolSettingsMutation, { refetchQueries: ['CustomerAdminSettings'] });

  useEffect(() => form.setFieldsValue({ poolClaimLimit: limit }), [form, limit]);

  return (
    <Card title={t('customerSettings.pool.title')} size="small" data-testid="pool-settings">
      <Typography.Paragraph type="secondary">{t('customerSettings.pool.hint')}</Typography.Paragraph>
      <Form
        form={form}
        layout="inline"
        initialValues={{ poolClaimLimit: limit }}
        onFinish={async (values) => {
          try {
            await save({ variables: { input: { poolClaimLimit: values.poolClaimLimit } } });
            void message.success(t('customerSettings.saved'));
          } catch (e) {
            showErrors(e);
          }
        }}
      >
        <Form.Item
          name="poolClaimLimit"
          label={t('customerSettings.pool.limit')}
          rules={[
            { required: true, message: t('validation.required') },
            { type: 'integer', min: 0, max: MAX_POOL_LIMIT, message: t('customerSettings.pool.range', { max: MAX_POOL_LIMIT }) },
          ]}
        >
          <InputNumber data-testid="pool-claim-limit" style={{ width: 140 }} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={loading} data-testid="pool-settings-save">
            {t('common.save')}
          </Button>
        </Form.Item>
      </Form>
    </Card>
  );
}

function TierRulesCard({ rules }: { rules: Parameters<typeof toTierRulesValues>[0] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TierRulesValues>();
  const showErrors = useFormErrors(form, ['thresholds', 'currency']);
  const [save, { loading }] = useMutation(UpdateCustomerTierRulesMutation, { refetchQueries: ['CustomerAdminSettings'] });
  const currency = Form.useWatch('currency', form) ?? 'CNY';

  useEffect(() => form.setFieldsValue(toTierRulesValues(rules)), [form, rules]);

  return (
    <Card title={t('customerSettings.tiers.title')} size="small" data-testid="tier-settings">
      <Typography.Paragraph type="secondary">{t('customerSettings.tiers.hint')}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        initialValues={toTierRulesValues(rules)}
        onFinish={async (values) => {
          try {
            const res = await save({ variables: { input: { thresholds: toTierThresholdsInput(values) } } });
            void message.success(res.data?.updateCustomerTierRules.recomputeJobId ? t('customerSettings.tiers.savedRecompute') : t('customerSettings.saved'));
          } catch (e) {
            showErrors(e);
          }
        }}
      >
        <Form.Item name="currency" label={t('customerSettings.tiers.currency')} rules={[{ required: true, message: t('validation.required') }]}>
          <Select style={{ width: 140 }} options={CURRENCIES.map((c) => ({ value: c, label: c }))} data-testid="tier-currency" />
        </Form.Item>
        <Form.List name="thresholds">
          {(rows, { add, remove }) => (
            <>
              {rows.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('customerSettings.tiers.none')} />}
              {rows.map((row) => (
                <Space key={row.key} align="start" wrap data-testid="tier-row">
                  <Form.Item
                    name={[row.name, 'tier']}
                    label={t('customerSettings.tiers.tier')}
                    rules={[
                      { required: true, whitespace: true, message: t('validation.required') },
                      { max: 20, message: t('customerSettings.tiers.tierTooLong', { max: 20 }) },
                    ]}
                  >
                    <Input data-testid="tier-name" style={{ width: 180 }} />
                  </Form.Item>
                  <Form.Item
                    name={[row.name, 'minValue']}
                    label={t('customerSettings.tiers.minValue', { currency })}
                    rules={[
                      { required: true, message: t('validation.required') },
                      { validator: (_, value: string | undefined) => (!value || isTierAmount(value, currency) ? Promise.resolve() : Promise.reject(new Error(t('customerSettings.tiers.badAmount')))) },
                    ]}
                  >
                    <Input data-testid="tier-min-value" style={{ width: 180 }} inputMode="decimal" />
                  </Form.Item>
                  <Form.Item label=" ">
                    <Button icon={<DeleteOutlined />} aria-label={t('customerSettings.tiers.remove')} onClick={() => remove(row.name)} data-testid="tier-remove" />
                  </Form.Item>
                </Space>
              ))}
              <Form.Item>
                <Button icon={<PlusOutlined />} disabled={rows.length >= MAX_TIERS} onClick={() => add({ tier: '', minValue: '' })} data-testid="tier-add">
                  {t('customerSettings.tiers.add')}
                </Button>
              </Form.Item>
            </>
          )}
        </Form.List>
        <Button type="primary" htmlType="submit" loading={loading} {...({ 'data-testid': 'tier-settings-save' } as ButtonProps)}>
          {t('common.save')}
        </Button>
      </Form>
    </Card>
  );
}

interface LifecycleValues {
  inactiveAfterMonths: number | null;
  churnedAfterMonths: number | null;
}

/** CUS-07: months without interaction after which customers become inactive, then churned (empty: off), and a "run now". */
function LifecycleCard(values: LifecycleValues) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<LifecycleValues>();
  const showErrors = useFormErrors(form, ['inactiveAfterMonths', 'churnedAfterMonths']);
  const [save, { loading }] = useMutation(UpdateCustomerLifecycleSettingsMutation, { refetchQueries: ['CustomerAdminSettings'] });
  const [runNow, { loading: running }] = useMutation(RunCustomerLifecycleDetectionMutation);
  const { inactiveAfterMonths, churnedAfterMonths } = values;

  useEffect(() => form.setFieldsValue({ inactiveAfterMonths, churnedAfterMonths }), [form, inactiveAfterMonths, churnedAfterMonths]);

  const months = (min: number) => ({ type: 'integer' as const, min, max: MAX_LIFECYCLE_MONTHS, message: t('customerSettings.lifecycle.range', { min, max: MAX_LIFECYCLE_MONTHS }) });
  return (
    <Card title={t('customerSettings.lifecycle.title')} size="small" data-testid="lifecycle-settings">
      <Typography.Paragraph type="secondary">{t('customerSettings.lifecycle.hint')}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ inactiveAfterMonths, churnedAfterMonths }}
        onFinish={async (v) => {
          try {
            await save({ variables: { input: { inactiveAfterMonths: v.inactiveAfterMonths ?? null, churnedAfterMonths: v.churnedAfterMonths ?? null } } });
            void message.success(t('customerSettings.saved'));
          } catch (e) {
            showErrors(e);
          }
        }}
      >
        <Space align="start" wrap>
          <Form.Item name="inactiveAfterMonths" label={t('customerSettings.lifecycle.inactiveAfter')} rules={[months(1)]}>
            <InputNumber data-testid="lifecycle-inactive-months" placeholder={t('customerSettings.lifecycle.off')} style={{ width: 180 }} />
          </Form.Item>
          <Form.Item
            name="churnedAfterMonths"
            label={t('customerSettings.lifecycle.churnedAfter')}
            dependencies={['inactiveAfterMonths']}
            rules={[
              months(2),
              ({ getFieldValue }) => ({
                validator: (_, churned: number | null | undefined) => {
                  const inactive = getFieldValue('inactiveAfterMonths') as number | null | undefined;
                  if (churned == null) return Promise.resolve();
                  if (inactive == null) return Promise.reject(new Error(t('customerSettings.lifecycle.needsInactive')));
                  return churned > inactive ? Promise.resolve() : Promise.reject(new Error(t('customerSettings.lifecycle.afterInactive')));
                },
              }),
            ]}
          >
            <InputNumber data-testid="lifecycle-churned-months" placeholder={t('customerSettings.lifecycle.off')} style={{ width: 180 }} />
          </Form.Item>
        </Space>
        <Space>
          <Button type="primary" htmlType="submit" loading={loading} {...({ 'data-testid': 'lifecycle-settings-save' } as ButtonProps)}>
            {t('common.save')}
          </Button>
          <Button
            loading={running}
            disabled={inactiveAfterMonths === null}
            data-testid="lifecycle-run-now"
            onClick={async () => {
              try {
                await runNow();
                void message.success(t('customerSettings.lifecycle.runQueued'));
              } catch (e) {
                showErrors(e);
              }
            }}
          >
            {t('customerSettings.lifecycle.runNow')}
          </Button>
        </Space>
      </Form>
    </Card>
  );
}
