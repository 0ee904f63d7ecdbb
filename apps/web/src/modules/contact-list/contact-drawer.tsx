import { useQuery } from '@apollo/client';
import { Alert, Button, Descriptions, Drawer, Empty, Flex, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../shared/lib/format';
import { QueryError } from '../../shared/ui/query-error';
import { InteractionItem } from '../timeline/interaction-item';
import { ArchiveContactButton } from './archive-contact-button';
import { ContactDetailQuery, ContactInteractionsQuery } from './operations';

const PAGE = 10;

/** INT-01: the interactions about one person, newest first, each editable by its author until reviewed. */
function ContactTimeline({ contactId }: { contactId: string }) {
  const { t } = useTranslation();
  const [loadingMore, setLoadingMore] = useState(false);
  const { data, loading, error, refetch, fetchMore } = useQuery(ContactInteractionsQuery, { variables: { contactId, first: PAGE }, fetchPolicy: 'cache-and-network' });
  const connection = data?.contactInteractions;

  const more = async () => {
    if (!connection) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: connection.pageInfo.endCursor },
        updateQuery: (prev, { fetchMoreResult }) => ({
          contactInteractions: { ...fetchMoreResult.contactInteractions, edges: [...prev.contactInteractions.edges, ...fetchMoreResult.contactInteractions.edges] },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  };

  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (loading && !connection) return <Skeleton active />;
  if (!connection?.edges.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('contactList.detail.timelineEmpty')} />;
  return (
    <Flex vertical gap={12} data-testid="contact-timeline">
      {connection.edges.map(({ node }) => (
        <InteractionItem key={node.id} interaction={node} accountId={node.accountId} onChanged={() => void refetch()} />
      ))}
      {connection.pageInfo.hasNextPage && (
        <Button onClick={() => void more()} loading={loadingMore} data-testid="contact-timeline-more">
          {t('contactList.detail.more')}
        </Button>
      )}
    </Flex>
  );
}

/** A person's details and own timeline (INT-01), with archive / restore; opened from the contacts list. */
export function ContactDrawer({ contactId, onClose, onChanged }: { contactId: string | null; onClose(): void; onChanged(): void }) {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(ContactDetailQuery, { variables: { id: contactId ?? '' }, skip: !contactId });
  const contact = contactId ? data?.contact : undefined;

  let body;
  if (error) body = <QueryError error={error} onRetry={() => void refetch()} />;
  else if (loading || !contact) body = <Skeleton active />;
  else
    body = (
      <Flex vertical gap={16}>
        {contact.archivedAt && (
          <Alert
            type="warning"
            showIcon
            data-testid="contact-archived-alert"
            message={t('contactList.detail.archivedBy', { who: contact.archivedBy?.displayName ?? '—', when: formatDateTime(contact.archivedAt, i18n.language) })}
          />
        )}
        <Descriptions size="small" column={1} bordered>
          <Descriptions.Item label={t('contactList.detail.customer')}>
            {contact.account ? (
              <Link to={`/customers/${contact.account.id}`} data-testid="contact-drawer-customer">
                {contact.account.name}
              </Link>
            ) : (
              t('contactList.noCustomer')
            )}
          </Descriptions.Item>
          {(contact.jobTitle || contact.department) && <Descriptions.Item label={t('contactList.jobTitle')}>{[contact.jobTitle, contact.department].filter(Boolean).join(' · ')}</Descriptions.Item>}
          {contact.contactPoints.map((p) => (
            <Descriptions.Item key={p.id} label={t(`customers.contactKinds.${p.kind}`)}>
              <Typography.Text copyable={{ text: p.value }}>{p.value}</Typography.Text>
            </Descriptions.Item>
          ))}
          {contact.birthday && <Descriptions.Item label={t('contactList.detail.birthday')}>{contact.birthday}</Descriptions.Item>}
          {contact.owner && <Descriptions.Item label={t('contactList.detail.owner')}>{contact.owner.displayName}</Descriptions.Item>}
          {contact.tags.length > 0 && (
            <Descriptions.Item label={t('contactList.tags')}>
              {contact.tags.map((tg) => (
                <Tag key={tg}>{tg}</Tag>
              ))}
            </Descriptions.Item>
          )}
          {contact.profileNotes && (
            <Descriptions.Item label={t('contactList.detail.notes')}>
              <span style={{ whiteSpace: 'pre-wrap' }}>{contact.profileNotes}</span>
            </Descriptions.Item>
          )}
        </Descriptions>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('contactList.detail.timeline')}
        </Typography.Title>
        <ContactTimeline contactId={contact.id} />
      </Flex>
    );

  return (
    <Drawer
      open={!!contactId}
      onClose={onClose}
      width={560}
      title={contact ? contact.displayName : t('contactList.detail.title')}
      data-testid="contact-drawer"
      extra={
        contact && (
          <Space>
            <ArchiveContactButton
              contact={contact}
              onDone={() => {
                void refetch();
                onChanged();
              }}
            />
          </Space>
        )
      }
    >
      {body}
    </Drawer>
  );
}
