import { useMutation, useQuery } from '@apollo/client';
import { App, Button, Col, DatePicker, Form, Input, Row, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { InteractionDirection, InteractionFieldsFragment } from '../../gql/graphql';
import { useFormErrors } from '../../shared/lib/use-server-errors';
import { INTERACTION_KINDS, toInteractionKind, type LoggableKind } from './interaction-kinds';
import { InteractionContactOptionsQuery, LogInteractionMutation, UpdateInteractionMutation } from './operations';

interface Values {
  kind: LoggableKind;
  direction?: 'inbound' | 'outbound';
  occurredAt: Dayjs;
  contactId?: string | null;
  subject: string;
  summary?: string;
}

const FIELDS = ['kind', 'direction', 'occurredAt', 'subject', 'summary', 'contactId'] as const;

function initialValues(interaction: InteractionFieldsFragment | undefined): Partial<Values> {
  if (!interaction) return { kind: 'call', direction: 'outbound', occurredAt: dayjs() };
  return {
    kind: interaction.kind.toLowerCase() as LoggableKind,
    direction: interaction.direction ? (interaction.direction.toLowerCase() as Values['direction']) : undefined,
    occurredAt: dayjs(interaction.occurredAt),
    contactId: interaction.contactId ?? undefined,
    subject: interaction.subject,
    summary: interaction.summary,
  };
}

/** The customer's active people; an edited interaction's own person stays a choice even when archived since. */
function contactOptions(people: { id: string; displayName: string; jobTitle?: string | null }[], current: { id: string; displayName: string } | null | undefined) {
  const options = people.map((c) => ({ value: c.id, label: c.jobTitle ? `${c.displayName} · ${c.jobTitle}` : c.displayName }));
  if (current && !people.some((c) => c.id === current.id)) options.push({ value: current.id, label: current.displayName });
  return options;
}

/**
 * INT-01: logs a call, e-mail, meeting, visit, ... on one customer, with whom of its people it was; given an
 * interaction, edits it instead (its author, until reviewed). Server field errors show next to their inputs.
 */
export function LogInteractionForm({
  accountId,
  interaction,
  onDone,
  onCancel,
}: {
  accountId: string;
  interaction?: InteractionFieldsFragment;
  onDone(): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const showErrors = useFormErrors(form, FIELDS);
  const [log, logging] = useMutation(LogInteractionMutation);
  const [update, updating] = useMutation(UpdateInteractionMutation);
  const people = useQuery(InteractionContactOptionsQuery, { variables: { accountId } });
  const kind = Form.useWatch('kind', form);

  const submit = async (values: Values) => {
    const fields = {
      kind: toInteractionKind(values.kind),
      direction: values.kind === 'note' || !values.direction ? null : (values.direction.toUpperCase() as InteractionDirection),
      subject: values.subject,
      summary: values.summary ?? null,
      occurredAt: values.occurredAt.toISOString(),
      contactId: values.contactId ?? null,
    };
    try {
      if (interaction) {
        await update({ variables: { input: { id: interaction.id, ...fields, summary: values.summary ?? '' } } });
        void message.success(t('contactList.interaction.saved'));
      } else {
        await log({ variables: { input: { accountId, ...fields } } });
        void message.success(t('timeline.logged'));
        form.resetFields();
      }
      onDone();
    } catch (error) {
      showErrors(error);
    }
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      data-testid={interaction ? 'edit-interaction-form' : 'log-interaction-form'}
      initialValues={initialValues(interaction)}
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
      <Form.Item name="contactId" label={t('contactList.interaction.contact')}>
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          loading={people.loading}
          placeholder={t('contactList.interaction.contactPlaceholder')}
          options={contactOptions(people.data?.account.contacts ?? [], interaction?.contact)}
          data-testid="interaction-contact"
        />
      </Form.Item>
      <Form.Item name="subject" label={t('timeline.fields.subject')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
        <Input maxLength={200} placeholder={t('timeline.subjectPlaceholder')} data-testid="interaction-subject" />
      </Form.Item>
      <Form.Item name="summary" label={t('timeline.fields.summary')}>
        <Input.TextArea rows={3} maxLength={10000} placeholder={t('timeline.summaryPlaceholder')} data-testid="interaction-summary" />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" loading={logging.loading || updating.loading} data-testid="interaction-save">
          {t('common.save')}
        </Button>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
      </Space>
    </Form>
  );
}
