import { useMutation, useQuery } from '@apollo/client';
import { RollbackOutlined, ShareAltOutlined, SwapOutlined, UserSwitchOutlined } from '@ant-design/icons';
import { App, Button, Form, Modal, Popconfirm, Radio, Select, Space, Tooltip, Typography, type ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../app/auth/auth-context';
import { can } from '../../shared/lib/permissions';
import { useErrorMessage, useFormErrors } from '../../shared/lib/use-server-errors';
import { accountOfError, type SelectedAccount } from './bulk-errors';
import {
  AssignAccountsMutation,
  OwnershipTargetsQuery,
  ReleaseAccountsMutation,
  ShareAccountsMutation,
  TransferAccountsMutation,
  UnshareAccountsMutation,
} from './operations';

type Action = 'assign' | 'transfer' | 'share';

const FORM_FIELDS = ['ownerId', 'fromUserId', 'toUserId', 'userIds', 'unitIds'];

/**
 * ACC-02 bulk actions for the customers selected in the list: assign to a user, transfer one user's
 * customers to another, share with users or units (or stop sharing), return to the public pool.
 * Each is all-or-nothing on the server; an error names the customer in the way.
 */
export function OwnershipBulkActions({ ids, accounts, onDone }: { ids: string[]; accounts: SelectedAccount[]; onDone(): void }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [action, setAction] = useState<Action | undefined>();
  const [release, releasing] = useMutation(ReleaseAccountsMutation);
  const { message } = App.useApp();
  const describe = useErrorMessage();
  if (!can(me.permissions, 'customer', 'edit')) return null;
  // Managers (who see users) and customer administrators may reassign; the server checks the team.
  const mayReassign = can(me.permissions, 'customer', 'admin') || can(me.permissions, 'user', 'view');
  const none = ids.length === 0;
  const hint = none ? t('ownership.selectHint') : undefined;

  const onRelease = async () => {
    try {
      await release({ variables: { input: { accountIds: ids } } });
      void message.success(t('ownership.released', { count: ids.length }));
      onDone();
    } catch (error) {
      const name = accountOfError(error, ids, accounts);
      void message.error(name ? `${name}: ${describe(error)}` : describe(error));
    }
  };

  return (
    <>
      {mayReassign && (
        <Tooltip title={hint}>
          <Button icon={<UserSwitchOutlined />} disabled={none} onClick={() => setAction('assign')} data-testid="bulk-assign">
            {t('ownership.assign')}
          </Button>
        </Tooltip>
      )}
      {mayReassign && (
        <Button icon={<SwapOutlined />} onClick={() => setAction('transfer')} data-testid="bulk-transfer">
          {t('ownership.transfer')}
        </Button>
      )}
      <Tooltip title={hint}>
        <Button icon={<ShareAltOutlined />} disabled={none} onClick={() => setAction('share')} data-testid="bulk-share">
          {t('ownership.share')}
        </Button>
      </Tooltip>
      <Popconfirm title={t('ownership.releaseConfirm', { count: ids.length })} onConfirm={onRelease} disabled={none} okButtonProps={{ loading: releasing.loading, 'data-testid': 'bulk-release-confirm' } as ButtonProps}>
        <Tooltip title={hint}>
          <Button icon={<RollbackOutlined />} disabled={none} data-testid="bulk-release">
            {t('ownership.release')}
          </Button>
        </Tooltip>
      </Popconfirm>
      {action && (
        <OwnershipDialog
          action={action}
          ids={ids}
          accounts={accounts}
          onClose={() => setAction(undefined)}
          onDone={() => {
            setAction(undefined);
            onDone();
          }}
        />
      )}
    </>
  );
}

interface DialogValues {
  ownerId?: string;
  fromUserId?: string;
  toUserId?: string;
  scope?: 'selected' | 'all';
  mode?: 'share' | 'unshare';
  userIds?: string[];
  unitIds?: string[];
  access?: 'view' | 'edit';
}

function OwnershipDialog({ action, ids, accounts, onClose, onDone }: { action: Action; ids: string[]; accounts: SelectedAccount[]; onClose(): void; onDone(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<DialogValues>();
  const showErrors = useFormErrors(form, FORM_FIELDS);
  const describe = useErrorMessage();
  const targets = useQuery(OwnershipTargetsQuery, { fetchPolicy: 'cache-and-network' });
  const [assign, assigning] = useMutation(AssignAccountsMutation);
  const [transfer, transferring] = useMutation(TransferAccountsMutation);
  const [share, sharing] = useMutation(ShareAccountsMutation);
  const [unshare, unsharing] = useMutation(UnshareAccountsMutation);
  const busy = assigning.loading || transferring.loading || sharing.loading || unsharing.loading;
  const scope = Form.useWatch('scope', form);

  const owners = [...new Set(accounts.filter((a) => ids.includes(a.id)).map((a) => a.owner?.id ?? ''))];
  const users = (targets.data?.ownershipTargets.users ?? []).map((u) => ({ value: u.id, label: `${u.displayName} (${u.email})` }));
  const units = (targets.data?.ownershipTargets.units ?? []).map((u) => ({ value: u.id, label: u.name }));
  const userSelect = (testId: string, multiple = false) => (
    <Select
      showSearch
      allowClear
      mode={multiple ? 'multiple' : undefined}
      optionFilterProp="label"
      options={users}
      loading={targets.loading}
      data-testid={testId}
      placeholder={t('ownership.pickUser')}
    />
  );

  const submit = async (values: DialogValues) => {
    try {
      if (action === 'assign') {
        await assign({ variables: { input: { accountIds: ids, ownerId: values.ownerId! } } });
        void message.success(t('ownership.assigned', { count: ids.length }));
      } else if (action === 'transfer') {
        const res = await transfer({
          variables: { input: { fromUserId: values.fromUserId!, toUserId: values.toUserId!, accountIds: values.scope === 'all' ? null : ids } },
        });
        void message.success(t('ownership.transferred', { count: res.data?.transferAccounts.accounts.length ?? 0 }));
      } else if (values.mode === 'unshare') {
        await unshare({ variables: { input: { accountIds: ids, userIds: values.userIds ?? [], unitIds: values.unitIds ?? [] } } });
        void message.success(t('ownership.unshared', { count: ids.length }));
      } else {
        await share({ variables: { input: { accountIds: ids, userIds: values.userIds ?? [], unitIds: values.unitIds ?? [], access: values.access === 'edit' ? 'EDIT' : 'VIEW' } } });
        void message.success(t('ownership.shared', { count: ids.length }));
      }
      onDone();
    } catch (error) {
      const name = accountOfError(error, ids, accounts);
      if (name) void message.error(`${name}: ${describe(error)}`);
      else showErrors(error);
    }
  };

  return (
    <Modal
      open
      title={t(`ownership.${action}Title`, { count: ids.length })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t(`ownership.${action}`)}
      okButtonProps={{ loading: busy, 'data-testid': 'ownership-submit' } as ButtonProps}
      destroyOnClose
    >
      <Form<DialogValues>
        data-testid="ownership-dialog"
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ scope: ids.length ? 'selected' : 'all', mode: 'share', access: 'view', fromUserId: owners.length === 1 && owners[0] ? owners[0] : undefined }}
      >
        {action === 'assign' && (
          <Form.Item name="ownerId" label={t('ownership.newOwner')} rules={[{ required: true, message: t('ownership.required') }]}>
            {userSelect('ownership-owner')}
          </Form.Item>
        )}
        {action === 'transfer' && (
          <>
            <Form.Item name="fromUserId" label={t('ownership.fromUser')} rules={[{ required: true, message: t('ownership.required') }]}>
              {userSelect('ownership-from')}
            </Form.Item>
            <Form.Item name="toUserId" label={t('ownership.toUser')} rules={[{ required: true, message: t('ownership.required') }]}>
              {userSelect('ownership-to')}
            </Form.Item>
            <Form.Item name="scope" label={t('ownership.scope')}>
              <Radio.Group data-testid="ownership-scope">
                <Radio value="selected" disabled={ids.length === 0}>
                  {t('ownership.scopeSelected', { count: ids.length })}
                </Radio>
                <Radio value="all">{t('ownership.scopeAll')}</Radio>
              </Radio.Group>
            </Form.Item>
            {scope === 'all' && <Typography.Text type="warning">{t('ownership.scopeAllWarning')}</Typography.Text>}
          </>
        )}
        {action === 'share' && (
          <>
            <Form.Item name="mode">
              <Radio.Group>
                <Radio value="share">{t('ownership.shareMode')}</Radio>
                <Radio value="unshare">{t('ownership.unshareMode')}</Radio>
              </Radio.Group>
            </Form.Item>
            <Form.Item name="userIds" label={t('ownership.users')}>
              {userSelect('ownership-users', true)}
            </Form.Item>
            <Form.Item name="unitIds" label={t('ownership.units')}>
              <Select mode="multiple" allowClear optionFilterProp="label" options={units} loading={targets.loading} data-testid="ownership-units" placeholder={t('ownership.pickUnit')} />
            </Form.Item>
            <Form.Item noStyle shouldUpdate={(a, b) => a.mode !== b.mode}>
              {({ getFieldValue }) =>
                getFieldValue('mode') === 'share' && (
                  <Form.Item name="access" label={t('ownership.access')}>
                    <Radio.Group>
                      <Space>
                        <Radio value="view">{t('ownership.accessView')}</Radio>
                        <Radio value="edit">{t('ownership.accessEdit')}</Radio>
                      </Space>
                    </Radio.Group>
                  </Form.Item>
                )
              }
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
