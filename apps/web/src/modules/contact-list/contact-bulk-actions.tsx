import { useMutation, useQuery } from '@apollo/client';
import { CloseOutlined, InboxOutlined, RollbackOutlined, TagOutlined, UserSwitchOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Modal, Popconfirm, Select, Space, Typography, type ButtonProps } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../app/auth/auth-context';
import type { ContactArchiveState } from '../../gql/graphql';
import { can } from '../../shared/lib/permissions';
import { useErrorMessage, useFormErrors } from '../../shared/lib/use-server-errors';
import { recordOfBulkError } from '../ownership/bulk-errors';
import { OwnershipTargetsQuery } from '../ownership/operations';
import { ArchiveContactsMutation, AssignContactsMutation, RestoreContactsMutation, TagContactsMutation } from './operations';

interface Props {
  ids: string[];
  /** Names of the ticked people (also of pages left behind), so an error says who is in the way. */
  names: ReadonlyMap<string, string>;
  /** The list's archive filter: Archive shows unless only archived people are listed, Restore unless only active ones. */
  archived: ContactArchiveState;
  /** More actions of the bar (the merge button). */
  extra?: ReactNode;
  onClear(): void;
  onDone(): void;
}

/**
 * CUS-03 / ACC-02: the bar over the contacts list while people are ticked: archive, restore, add a tag,
 * assign an owner (each all-or-nothing on the server, an error names the person in the way), then the selection
 * is cleared and the list reloaded.
 */
export function ContactBulkActions({ ids, names, archived, extra, onClear, onDone }: Props) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const { message } = App.useApp();
  const describe = useErrorMessage();
  const [assigning, setAssigning] = useState(false);
  const [tagging, setTagging] = useState(false);
  const [archive, archiveState] = useMutation(ArchiveContactsMutation);
  const [restore, restoreState] = useMutation(RestoreContactsMutation);
  if (ids.length === 0) return null;
  const mayEdit = can(me.permissions, 'contact', 'edit');
  // managers (who see users) and customer administrators may give people away; the server checks the team
  const mayAssign = mayEdit && can(me.permissions, 'customer', 'edit') && (can(me.permissions, 'customer', 'admin') || can(me.permissions, 'user', 'view'));
  const count = ids.length;

  const run = async (which: 'archive' | 'restore') => {
    try {
      if (which === 'archive') await archive({ variables: { input: { contactIds: ids } } });
      else await restore({ variables: { input: { contactIds: ids } } });
      void message.success(t(which === 'archive' ? 'contactList.bulk.archived' : 'contactList.bulk.restored', { count }));
      onDone();
    } catch (error) {
      const who = recordOfBulkError(error, 'contactIds', ids, (id) => names.get(id));
      void message.error(who ? `${who}: ${describe(error)}` : describe(error));
    }
  };

  return (
    <Space wrap data-testid="contacts-bulk-bar" style={{ marginBottom: 12, padding: '8px 12px', background: 'rgba(22, 119, 255, 0.06)', borderRadius: 6, width: '100%' }}>
      <Typography.Text strong data-testid="contacts-bulk-count">
        {t('contactList.bulk.selected', { count })}
      </Typography.Text>
      {mayEdit && archived !== 'ARCHIVED' && (
        <Popconfirm
          title={t('contactList.bulk.archiveConfirm', { count })}
          onConfirm={() => run('archive')}
          okButtonProps={{ loading: archiveState.loading, 'data-testid': 'contacts-bulk-archive-confirm' } as ButtonProps}
        >
          <Button icon={<InboxOutlined />} loading={archiveState.loading} data-testid="contacts-bulk-archive">
            {t('contactList.bulk.archive')}
          </Button>
        </Popconfirm>
      )}
      {mayEdit && archived !== 'ACTIVE' && (
        <Popconfirm
          title={t('contactList.bulk.restoreConfirm', { count })}
          onConfirm={() => run('restore')}
          okButtonProps={{ loading: restoreState.loading, 'data-testid': 'contacts-bulk-restore-confirm' } as ButtonProps}
        >
          <Button icon={<RollbackOutlined />} loading={restoreState.loading} data-testid="contacts-bulk-restore">
            {t('contactList.bulk.restore')}
          </Button>
        </Popconfirm>
      )}
      {mayEdit && (
        <Button icon={<TagOutlined />} onClick={() => setTagging(true)} data-testid="contacts-bulk-tag">
          {t('contactList.bulk.tag')}
        </Button>
      )}
      {mayAssign && (
        <Button icon={<UserSwitchOutlined />} onClick={() => setAssigning(true)} data-testid="contacts-bulk-assign">
          {t('contactList.bulk.assign')}
        </Button>
      )}
      {extra}
      <Button type="text" icon={<CloseOutlined />} onClick={onClear} data-testid="contacts-bulk-clear">
        {t('contactList.bulk.clear')}
      </Button>
      {tagging && (
        <TagDialog
          ids={ids}
          names={names}
          onClose={() => setTagging(false)}
          onDone={() => {
            setTagging(false);
            onDone();
          }}
        />
      )}
      {assigning && (
        <AssignOwnerDialog
          ids={ids}
          names={names}
          onClose={() => setAssigning(false)}
          onDone={() => {
            setAssigning(false);
            onDone();
          }}
        />
      )}
    </Space>
  );
}

interface DialogProps {
  ids: string[];
  names: ReadonlyMap<string, string>;
  onClose(): void;
  onDone(): void;
}

interface FormDialogProps extends DialogProps {
  /** The form's one field, where a server error naming it is shown. */
  field: string;
  title: string;
  okText: string;
  /** Prefix of the dialog's and its submit button's test ids. */
  testId: string;
  loading: boolean;
  /** Runs the action with the form's values; returns the success message. */
  run(values: Record<string, string | undefined>): Promise<string>;
  children: ReactNode;
}

/** A bulk action that asks for one value: on error it names the person in the way, or shows the field's error. */
function BulkFormDialog({ ids, names, onClose, onDone, field, title, okText, testId, loading, run, children }: FormDialogProps) {
  const { message } = App.useApp();
  const describe = useErrorMessage();
  const [form] = Form.useForm<Record<string, string | undefined>>();
  const showErrors = useFormErrors(form, [field]);

  const submit = async (values: Record<string, string | undefined>) => {
    try {
      void message.success(await run(values));
      onDone();
    } catch (error) {
      const who = recordOfBulkError(error, 'contactIds', ids, (id) => names.get(id));
      if (who) void message.error(`${who}: ${describe(error)}`);
      else showErrors(error);
    }
  };

  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={okText}
      okButtonProps={{ loading, 'data-testid': `${testId}-submit` } as ButtonProps}
      destroyOnClose
    >
      <Form form={form} layout="vertical" onFinish={submit} data-testid={`${testId}-dialog`}>
        {children}
      </Form>
    </Modal>
  );
}

function AssignOwnerDialog(props: DialogProps) {
  const { t } = useTranslation();
  const { ids } = props;
  const targets = useQuery(OwnershipTargetsQuery, { fetchPolicy: 'cache-and-network' });
  const [assign, assigning] = useMutation(AssignContactsMutation);
  const users = (targets.data?.ownershipTargets.users ?? []).map((u) => ({ value: u.id, label: `${u.displayName} (${u.email})` }));

  return (
    <BulkFormDialog
      {...props}
      field="ownerId"
      title={t('contactList.bulk.assignTitle', { count: ids.length })}
      okText={t('contactList.bulk.assign')}
      testId="contacts-assign"
      loading={assigning.loading}
      run={async ({ ownerId }) => {
        await assign({ variables: { input: { contactIds: ids, ownerId: ownerId! } } });
        return t('contactList.bulk.assigned', { count: ids.length });
      }}
    >
      <Form.Item name="ownerId" label={t('contactList.bulk.newOwner')} rules={[{ required: true, message: t('contactList.bulk.ownerRequired') }]} extra={t('contactList.bulk.assignHint')}>
        <Select showSearch allowClear optionFilterProp="label" options={users} loading={targets.loading} placeholder={t('contactList.bulk.pickUser')} data-testid="contacts-assign-owner" />
      </Form.Item>
    </BulkFormDialog>
  );
}

function TagDialog(props: DialogProps) {
  const { t } = useTranslation();
  const { ids } = props;
  const [tag, tagging] = useMutation(TagContactsMutation);

  return (
    <BulkFormDialog
      {...props}
      field="tag"
      title={t('contactList.bulk.tagTitle', { count: ids.length })}
      okText={t('contactList.bulk.tag')}
      testId="contacts-tag"
      loading={tagging.loading}
      run={async (values) => {
        await tag({ variables: { input: { contactIds: ids, tag: values.tag ?? '' } } });
        return t('contactList.bulk.tagged', { count: ids.length, tag: values.tag?.trim() });
      }}
    >
      <Form.Item name="tag" label={t('contactList.bulk.tagLabel')} rules={[{ required: true, whitespace: true, message: t('contactList.bulk.tagRequired') }, { max: 50 }]}>
        <Input maxLength={50} data-testid="contacts-tag-input" />
      </Form.Item>
    </BulkFormDialog>
  );
}
