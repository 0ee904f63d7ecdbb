import { useMutation, useQuery } from '@apollo/client';
import { Alert, App, DatePicker, Form, Input, Modal, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormErrors } from '../../shared/lib/use-server-errors';
import { PermissionCatalogQuery } from '../roles/operations';
import { CreateApiKeyMutation } from './operations';

interface Values {
  name: string;
  scopes: string[];
  expiresAt?: Dayjs | null;
}
const FIELDS = ['name', 'scopes', 'expiresAt'] as const;
const SCOPE_LEVELS = ['read', 'write', 'admin'] as const;

/** Creates a key, then hands its secret to `onCreated` (the only time the server reveals it). */
export function CreateApiKeyModal({ open, onClose, onCreated }: { open: boolean; onClose(): void; onCreated(secret: string, name: string): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const showErrors = useFormErrors(form, FIELDS);
  const catalog = useQuery(PermissionCatalogQuery, { skip: !open });
  const [createApiKey, creating] = useMutation(CreateApiKeyMutation);

  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);

  const scopeOptions = useMemo(() => {
    const recordTypes = ['*', ...(catalog.data?.permissionCatalog ?? []).map((e) => e.recordType)];
    return recordTypes.map((rt) => ({
      label: rt === '*' ? t('apiKeys.allRecordTypes') : t(`recordTypes.${rt}`, { defaultValue: rt }),
      options: SCOPE_LEVELS.map((level) => ({ value: `${rt}:${level}`, label: `${rt}:${level} · ${t(`apiKeys.levels.${level}`)}` })),
    }));
  }, [catalog.data, t]);

  const onFinish = async (values: Values) => {
    try {
      const { data } = await createApiKey({ variables: { input: { name: values.name, scopes: values.scopes, expiresAt: values.expiresAt?.toISOString() ?? null } } });
      if (!data) return;
      void message.success(t('apiKeys.created'));
      onCreated(data.createApiKey.secret, data.createApiKey.apiKey.name);
    } catch (error) {
      showErrors(error);
    }
  };

  return (
    <Modal open={open} title={t('apiKeys.createTitle')} onCancel={onClose} onOk={() => form.submit()} okText={t('apiKeys.create')} cancelText={t('common.cancel')} confirmLoading={creating.loading}>
      <Form form={form} layout="vertical" onFinish={onFinish} initialValues={{ scopes: ['*:read'] }}>
        <Form.Item name="name" label={t('apiKeys.name')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]} extra={t('apiKeys.nameHint')}>
          <Input autoFocus />
        </Form.Item>
        <Form.Item name="scopes" label={t('apiKeys.scopes')} rules={[{ required: true, message: t('validation.required') }]}>
          <Select mode="multiple" options={scopeOptions} loading={catalog.loading} />
        </Form.Item>
        <Form.Item name="expiresAt" label={t('apiKeys.expiresAt')} extra={t('apiKeys.expiresHint')}>
          <DatePicker showTime style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The new key's secret, shown once with a copy button and a warning that it cannot be shown again. */
export function ApiKeySecretModal({ secret, name, onClose }: { secret: string | null; name: string; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Modal open={secret !== null} title={t('apiKeys.secretTitle', { name })} onOk={onClose} onCancel={onClose} okText={t('apiKeys.secretDone')} cancelButtonProps={{ style: { display: 'none' } }} maskClosable={false}>
      <Alert type="warning" showIcon message={t('apiKeys.secretWarning')} style={{ marginBottom: 16 }} />
      <Typography.Paragraph copyable={{ text: secret ?? '', tooltips: [t('common.copy'), t('common.copied')] }} code data-testid="api-key-secret" style={{ wordBreak: 'break-all' }}>
        {secret}
      </Typography.Paragraph>
    </Modal>
  );
}
