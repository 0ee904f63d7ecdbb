import { useMutation } from '@apollo/client';
import { InboxOutlined, RollbackOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../app/auth/auth-context';
import { can } from '../../shared/lib/permissions';
import { useErrorMessage } from '../../shared/lib/use-server-errors';
import { ArchiveContactMutation, RestoreContactMutation } from './operations';

/** CUS-02: archives a person (after a confirmation) or restores an archived one; only for who may edit contacts. */
export function ArchiveContactButton({
  contact,
  onDone,
  size = 'small',
}: {
  contact: { id: string; version: number; displayName: string; archivedAt?: unknown };
  onDone(): void;
  size?: 'small' | 'middle';
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const describe = useErrorMessage();
  const me = useCurrentUser();
  const [archive, archiving] = useMutation(ArchiveContactMutation);
  const [restore, restoring] = useMutation(RestoreContactMutation);
  if (!can(me.permissions, 'contact', 'edit')) return null;
  const input = { id: contact.id, version: contact.version };

  const run = async (which: 'archive' | 'restore') => {
    try {
      if (which === 'archive') await archive({ variables: { input } });
      else await restore({ variables: { input } });
      void message.success(t(which === 'archive' ? 'contactList.archived' : 'contactList.restored', { name: contact.displayName }));
      onDone();
    } catch (error) {
      void message.error(describe(error));
      onDone();
    }
  };

  if (contact.archivedAt) {
    return (
      <Button size={size} icon={<RollbackOutlined />} loading={restoring.loading} onClick={() => void run('restore')} data-testid="contact-restore">
        {t('contactList.restore')}
      </Button>
    );
  }
  return (
    <Popconfirm title={t('contactList.archiveConfirm', { name: contact.displayName })} onConfirm={() => void run('archive')}>
      <Button size={size} icon={<InboxOutlined />} loading={archiving.loading} data-testid="contact-archive">
        {t('contactList.archive')}
      </Button>
    </Popconfirm>
  );
}
