import { useMutation } from '@apollo/client';
import { App, Button, Col, DatePicker, Form, Input, Row, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { InteractionDirection } from '../../gql/graphql';
import { useFormErrors } from '../../shared/lib/use-server-errors';
import { INTERACTION_KINDS, toInteractionKind, type LoggableKind } from './interaction-kinds';
import { LogInteractionMutation } from './operations';

interface Values {
  kind: LoggableKind;
  direction?: 'inbound' | 'outbound';
  occurredAt: Dayjs;
  subject: string;
  summary?: string;
}

const FIELDS = ['kind', 'direction', 'occurredAt', 'subject', 'summary', 'contactId'] as const;

/** INT-01: logs a call, e-mail, meeting, visit, ... on one customer; server field errors show next to their inputs. */
export function LogInteractionForm({ accountId, onDone, onCancel }: { accountId: string; onDone(): void; onCancel(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const showErrors = useFormErrors(form, FIELDS);
  const [log, { loading }] = useMutation(LogInteractionMutation);
  const kind = Form.useWatch('kind', form);

  const submit = async (values: Values) => {
    try {
      await log({
        variables: {
          input: {
            accountId,
            kind: toInteractionKind(values.kind),
            direction: values.kind === 'note' || !values.direction ? null : (values.direction.toUpperCase() as InteractionDirection),
            subject: values.subject,
            summary: values.summary ?? null,
            occurredAt: values.occurredAt.toISOString(),
          },
        },
      });
      void message.success(t('timeline.logged'));
      form.resetFields();
      onDone();
    } catch (error) {
      showErrors(error);
    }
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      data-testid="log-interaction-form"
      initialValues={{ kind: 'call', direction: 'outbound', occurredAt: dayjs() }}
      onFinish={(values) => void submit(values)}
      style={{ marginBottom: 16 }}
    >
      <Row gutter={12}>
        <Col xs={12} md={6}>
          <Form.Item name="kind" label={t('timeline.fields.kind')} rules={[{ required: true, message: t('validation.required') }]}>
            <Select data-testid="interaction-kind" options={INTERACTION_KINDS.map((k) => ({ value: k, label: t(`timeline.kinds.${k}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="direction" label={t('timeline.fields.direction')} hidden={kind === 'note'}>
            <Select allowClear options={(['outbound', 'inbound'] as const).map((d) => ({ value: d, label: t(`timeline.directions.${d}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="occurredAt" label={t('timeline.fields.occurredAt')} rules={[{ required: true, message: t('validation.required') }]}>
            <DatePicker showTime style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs().endOf('day'))} data-testid="interaction-time" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="subject" label={t('timeline.fields.subject')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
        <Input maxLength={200} placeholder={t('timeline.subjectPlaceholder')} data-testid="interaction-subject" />
      </Form.Item>
      <Form.Item name="summary" label={t('timeline.fields.summary')}>
        <Input.TextArea rows={3} maxLength={10000} placeholder={t('timeline.summaryPlaceholder')} data-testid="interaction-summary" />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" loading={loading} data-testid="interaction-save">
          {t('common.save')}
        </Button>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
      </Space>
    </Form>
  );
}
