import { useMutation, useQuery } from '@apollo/client';
import { App, Button, Drawer, Form, Input, Select, Space, Switch } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../app/i18n/i18n';
import type { UserRowFieldsFragment } from '../../gql/graphql';
import { useFormErrors } from '../../shared/lib/use-server-errors';
import { OrgUnitsQuery } from '../org-units/operations';
import { UnitTreeSelect } from '../org-units/unit-tree-select';
import { RolesQuery } from '../roles/operations';
import { CreateUserMutation, UpdateUserMutation } from './operations';

interface UserFormValues {
  email: string;
  displayName: string;
  password: string;
  unitId?: string | null;
  roleIds: string[];
  locale: string;
  isActive: boolean;
}
const FIELDS = ['email', 'displayName', 'password', 'unitId', 'roleIds', 'locale', 'isActive'] as const;

/** Creates a user (`user` undefined) or edits one; the server's field errors appear next to their inputs. */
export function UserFormDrawer({ open, user, onClose, onSaved }: { open: boolean; user?: UserRowFieldsFragment; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<UserFormValues>();
  const showErrors = useFormErrors(form, FIELDS);
  const units = useQuery(OrgUnitsQuery, { skip: !open });
  const roles = useQuery(RolesQuery, { skip: !open });
  const [createUser, creating] = useMutation(CreateUserMutation);
  const [updateUser, updating] = useMutation(UpdateUserMutation);
  const editing = user !== undefined;

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (user) {
      form.setFieldsValue({ email: user.email, displayName: user.displayName, unitId: user.unit?.id ?? null, roleIds: user.roles.map((r) => r.id), locale: user.locale, isActive: user.isActive });
    }
  }, [open, user, form]);

  const onFinish = async (values: UserFormValues) => {
    try {
      if (user) {
        await updateUser({
          variables: { input: { id: user.id, displayName: values.displayName, unitId: values.unitId ?? null, roleIds: values.roleIds, locale: values.locale, isActive: values.isActive } },
        });
      } else {
        await createUser({
          variables: { input: { email: values.email, displayName: values.displayName, password: values.password, unitId: values.unitId ?? null, roleIds: values.roleIds, locale: values.locale } },
        });
      }
      void message.success(t(editing ? 'users.updated' : 'users.created'));
      onSaved();
    } catch (error) {
      showErrors(error);
    }
  };

  const required = { required: true, message: t('validation.required') };
  return (
    <Drawer
      open={open}
      onClose={onClose}
      width={480}
      title={t(editing ? 'users.editTitle' : 'users.createTitle')}
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={creating.loading || updating.loading} onClick={() => form.submit()} data-testid="user-form-submit">
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      <Form form={form} layout="vertical" onFinish={onFinish} initialValues={{ roleIds: [], locale: 'zh-CN', isActive: true }}>
        <Form.Item name="email" label={t('users.email')} rules={editing ? [] : [required, { type: 'email', message: t('validation.email') }]}>
          <Input disabled={editing} autoComplete="off" />
        </Form.Item>
        <Form.Item name="displayName" label={t('users.displayName')} rules={[required]}>
          <Input />
        </Form.Item>
        {!editing && (
          <Form.Item name="password" label={t('users.password')} rules={[required]} extra={t('users.passwordHint')}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        )}
        <Form.Item name="unitId" label={t('users.unit')}>
          <UnitTreeSelect units={units.data?.orgUnits ?? []} loading={units.loading} placeholder={t('users.noUnit')} />
        </Form.Item>
        <Form.Item name="roleIds" label={t('users.roles')}>
          <Select mode="multiple" loading={roles.loading} options={(roles.data?.roles ?? []).map((r) => ({ value: r.id, label: r.name }))} optionFilterProp="label" />
        </Form.Item>
        <Form.Item name="locale" label={t('users.locale')}>
          <Select options={LANGUAGES.map((lng) => ({ value: lng, label: t(`languages.${lng}`) }))} />
        </Form.Item>
        {editing && (
          <Form.Item name="isActive" label={t('users.active')} valuePropName="checked">
            <Switch />
          </Form.Item>
        )}
      </Form>
    </Drawer>
  );
}
