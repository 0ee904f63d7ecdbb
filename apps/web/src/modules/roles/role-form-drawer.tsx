import { useMutation, useQuery } from '@apollo/client';
import { Alert, App, Button, Drawer, Form, Input, Select, Space } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { DataScope, RoleFieldsFragment } from '../../gql/graphql';
import { useFormErrors } from '../../shared/lib/use-server-errors';
import { QueryError } from '../../shared/ui/query-error';
import { CreateRoleMutation, PermissionCatalogQuery, UpdateRoleMutation } from './operations';
import { PermissionMatrix } from './permission-matrix';

interface RoleFormValues {
  name: string;
  description: string;
  dataScope: DataScope;
  permissions: string[];
}
const FIELDS = ['name', 'description', 'dataScope', 'permissions'] as const;
export const DATA_SCOPES: DataScope[] = ['OWN', 'SUBTREE', 'ALL'];

/** Creates or edits a role; a system role opens read-only. */
export function RoleFormDrawer({ open, role, onClose, onSaved }: { open: boolean; role?: RoleFieldsFragment; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<RoleFormValues>();
  const showErrors = useFormErrors(form, FIELDS);
  const catalog = useQuery(PermissionCatalogQuery, { skip: !open });
  const [createRole, creating] = useMutation(CreateRoleMutation);
  const [updateRole, updating] = useMutation(UpdateRoleMutation);
  const readOnly = role?.isSystem ?? false;

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (role) form.setFieldsValue({ name: role.name, description: role.description, dataScope: role.dataScope, permissions: role.permissions });
  }, [open, role, form]);

  const onFinish = async (values: RoleFormValues) => {
    try {
      if (role) await updateRole({ variables: { input: { id: role.id, ...values } } });
      else await createRole({ variables: { input: values } });
      void message.success(t(role ? 'roles.updated' : 'roles.created'));
      onSaved();
    } catch (error) {
      showErrors(error);
    }
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      width={720}
      title={t(readOnly ? 'roles.viewTitle' : role ? 'roles.editTitle' : 'roles.createTitle')}
      extra={
        <Space>
          <Button onClick={onClose}>{t(readOnly ? 'common.close' : 'common.cancel')}</Button>
          {!readOnly && (
            <Button type="primary" loading={creating.loading || updating.loading} onClick={() => form.submit()}>
              {t('common.save')}
            </Button>
          )}
        </Space>
      }
    >
      {readOnly && <Alert type="info" showIcon message={t('roles.systemReadOnly')} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={onFinish} disabled={readOnly} initialValues={{ description: '', dataScope: 'OWN', permissions: [] }}>
        <Form.Item name="name" label={t('roles.name')} rules={[{ required: true, message: t('validation.required') }]}>
          <Input />
        </Form.Item>
        <Form.Item name="description" label={t('roles.description')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} />
        </Form.Item>
        <Form.Item name="dataScope" label={t('roles.dataScope')} extra={t('roles.dataScopeHint')}>
          <Select options={DATA_SCOPES.map((s) => ({ value: s, label: t(`dataScopes.${s}`) }))} />
        </Form.Item>
        <Form.Item name="permissions" label={t('roles.permissions')}>
          {catalog.error ? (
            <QueryError error={catalog.error} onRetry={() => void catalog.refetch()} />
          ) : (
            <PermissionMatrix catalog={catalog.data?.permissionCatalog ?? []} disabled={readOnly} />
          )}
        </Form.Item>
      </Form>
    </Drawer>
  );
}
