import { useMutation } from '@apollo/client';
import { DeleteOutlined, EditOutlined, PlusOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { App, Button, Card, Checkbox, Empty, Flex, List, Popconfirm, Skeleton, Space, Switch, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../app/auth/auth-context';
import type { ContactCardFieldsFragment } from '../../gql/graphql';
import { errorCode } from '../../shared/lib/graphql-errors';
import { can } from '../../shared/lib/permissions';
import { useErrorMessage } from '../../shared/lib/use-server-errors';
import { QueryError } from '../../shared/ui/query-error';
import { ArchiveContactButton } from '../contact-list/archive-contact-button';
import { CONSENT_COLORS, ConsentModal } from './consent-modal';
import { ContactFormDrawer } from './contact-form-drawer';
import { DeleteContactMutation } from './operations';
import { ContactMergeButton, ContactMergeHistoryButton } from '../contact-merge/contact-merge';

/** The people at a customer with their phones, e-mails and consent per channel; add, edit, consent, delete. */
export function ContactsCard({
  accountId,
  accountName,
  contacts,
  loading,
  error,
  onChanged,
  showArchived = false,
  onShowArchived,
}: {
  accountId: string;
  accountName: string;
  contacts: ContactCardFieldsFragment[] | undefined;
  loading: boolean;
  error: unknown;
  onChanged(): void;
  /** CUS-02: archived people are listed (marked) only when asked. */
  showArchived?: boolean;
  onShowArchived?(show: boolean): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const describe = useErrorMessage();
  const me = useCurrentUser();
  const [editing, setEditing] = useState<ContactCardFieldsFragment | null | 'new'>(null);
  const [consentOf, setConsentOf] = useState<string | null>(null);
  const [deleteContact] = useMutation(DeleteContactMutation);
  const consentContact = contacts?.find((c) => c.id === consentOf) ?? null;
  // DQ-03: people ticked for a merge
  const canMerge = can(me.permissions, 'contact', 'edit') && can(me.permissions, 'contact', 'delete') && (contacts?.length ?? 0) > 1;
  const [mergeIds, setMergeIds] = useState<string[]>([]);

  const remove = async (contact: ContactCardFieldsFragment) => {
    try {
      await deleteContact({ variables: { input: { id: contact.id, version: contact.version } } });
      void message.success(t('contacts.deleted'));
      onChanged();
    } catch (e) {
      void message.error(errorCode(e) === 'CONTACT_IN_USE' ? t('contacts.inUse') : describe(e));
    }
  };

  let body;
  if (error) body = <QueryError error={error} onRetry={onChanged} />;
  else if (loading && !contacts) body = <Skeleton active />;
  else if (!contacts?.length) body = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('contacts.empty')} />;
  else
    body = (
      <List
        size="small"
        dataSource={contacts}
        rowKey="id"
        renderItem={(c) => (
          <List.Item
            data-testid="contact-row"
            actions={[
              can(me.permissions, 'contact', 'edit') && (
                <Button key="consent" size="small" icon={<SafetyCertificateOutlined />} onClick={() => setConsentOf(c.id)} data-testid="contact-consent">
                  {t('contacts.consent.button')}
                </Button>
              ),
              can(me.permissions, 'contact', 'edit') && <Button key="edit" size="small" icon={<EditOutlined />} aria-label={t('common.edit')} onClick={() => setEditing(c)} data-testid="contact-edit" />,
              can(me.permissions, 'contact', 'edit') && <ArchiveContactButton key="archive" contact={c} onDone={onChanged} />,
              <ContactMergeHistoryButton key="merges" contactId={c.id} name={c.displayName} />,
              can(me.permissions, 'contact', 'delete') && (
                <Popconfirm key="delete" title={t('contacts.deleteConfirm', { name: c.displayName })} onConfirm={() => void remove(c)}>
                  <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('common.delete')} />
                </Popconfirm>
              ),
            ].filter(Boolean)}
          >
            <Flex vertical gap={4}>
              <Space size={8} wrap>
                {canMerge && (
                  <Checkbox
                    checked={mergeIds.includes(c.id)}
                    onChange={(e) => setMergeIds((ids) => (e.target.checked ? [...ids, c.id] : ids.filter((id) => id !== c.id)))}
                    aria-label={t('contactMerge.select', { name: c.displayName })}
                    data-testid="contact-merge-select"
                  />
                )}
                <Typography.Text strong data-testid="contact-name">
                  {c.displayName}
                </Typography.Text>
                {c.archivedAt && <Tag data-testid="contact-archived-tag">{t('contactList.archivedTag')}</Tag>}
                {c.jobTitle && <Typography.Text type="secondary">{[c.jobTitle, c.department].filter(Boolean).join(' · ')}</Typography.Text>}
              </Space>
              {c.contactPoints.length > 0 && (
                <Space size={4} wrap>
                  {c.contactPoints.map((p) => (
                    <Typography.Text key={p.id} copyable={{ text: p.value }} data-testid="contact-point">
                      <Tag>{t(`customers.contactKinds.${p.kind}`)}</Tag>
                      {p.value}
                    </Typography.Text>
                  ))}
                </Space>
              )}
              <Space size={2} wrap>
                {c.consents.map((consent) => (
                  <Tag key={consent.channel} color={CONSENT_COLORS[consent.status]} data-testid={`consent-badge-${consent.channel}`} data-status={consent.status} title={consent.source ?? undefined}>
                    {t('contacts.consent.badge', { channel: t(`contacts.consent.channels.${consent.channel}`), status: t(`contacts.consent.statuses.${consent.status}`) })}
                  </Tag>
                ))}
              </Space>
            </Flex>
          </List.Item>
        )}
      />
    );

  return (
    <Card
      size="small"
      title={contacts ? `${t('contacts.title')} (${contacts.length})` : t('contacts.title')}
      data-testid="contacts-card"
      extra={
        <Space size={8}>
          {onShowArchived && (
            <Space size={4}>
              <Switch size="small" checked={showArchived} onChange={onShowArchived} data-testid="contacts-show-archived" />
              <Typography.Text type="secondary">{t('contactList.showArchived')}</Typography.Text>
            </Space>
          )}
          <ContactMergeButton
            ids={mergeIds.filter((id) => contacts?.some((c) => c.id === id))}
            onMerged={() => {
              setMergeIds([]);
              onChanged();
            }}
          />
          {can(me.permissions, 'contact', 'create') && (
            <Button size="small" type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="add-contact">
              {t('contacts.add')}
            </Button>
          )}
        </Space>
      }
    >
      {body}
      <ContactFormDrawer
        accountId={accountId}
        accountName={accountName}
        contact={editing === 'new' ? null : editing}
        open={editing !== null}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          onChanged();
        }}
      />
      <ConsentModal contact={consentContact} onClose={() => setConsentOf(null)} />
    </Card>
  );
}
