import { useQuery } from '@apollo/client';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Select, Skeleton, Space, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../app/auth/auth-context';
import type { CustomerTimelineQuery as TimelineData } from '../../gql/graphql';
import { formatDateTime } from '../../shared/lib/format';
import { can } from '../../shared/lib/permissions';
import { QueryError } from '../../shared/ui/query-error';
import { downloadFile } from '../documents/authorized-fetch';
import { kindIcon, TIMELINE_KINDS } from './interaction-kinds';
import { EditableInteraction } from './interaction-item';
import { LogInteractionForm } from './log-interaction-form';
import { CustomerTimelineQuery } from './operations';

const PAGE = 20;

type Entry = TimelineData['customerTimeline']['edges'][number]['node'];

function EntryBody({ entry, accountId, onChanged }: { entry: Entry; accountId: string; onChanged(): void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const title = entry.titleKey && i18n.exists(`timeline.milestones.${entry.titleKey}`) ? t(`timeline.milestones.${entry.titleKey}`) : entry.title;
  const interaction = entry.interaction;
  const path = entry.link?.path;
  const content = (
    <>
      <Space wrap size={4}>
        <Typography.Text strong>{title}</Typography.Text>
        <Tag>{i18n.exists(`timeline.kinds.${entry.kind}`) ? t(`timeline.kinds.${entry.kind}`) : entry.kind}</Tag>
        {interaction?.direction && <Tag bordered={false}>{t(`timeline.directions.${interaction.direction.toLowerCase()}`)}</Tag>}
        {interaction && !interaction.managerReply && <Tag color="warning" bordered={false}>{t('timeline.awaitingReview')}</Tag>}
        {interaction?.contact && (
          <Tag bordered={false} color="blue" data-testid="timeline-entry-contact">
            {t('contactList.interaction.with', { name: interaction.contact.displayName })}
          </Tag>
        )}
      </Space>
      <div>
        <Typography.Text type="secondary">
          {t('timeline.by', { who: entry.actor?.displayName ?? t('timeline.system'), when: formatDateTime(entry.occurredAt, i18n.language) })}
        </Typography.Text>
      </div>
      {entry.summary && <Typography.Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>{entry.summary}</Typography.Paragraph>}
      {entry.document && path && (
        <Button
          type="link"
          size="small"
          icon={<DownloadOutlined />}
          style={{ paddingInline: 0 }}
          onClick={() => void downloadFile(path, entry.document!.fileName).catch(() => message.error(t('documents.downloadFailed')))}
        >
          {entry.document.fileName}
        </Button>
      )}
      {interaction?.managerReply && (
        <Alert
          type="info"
          style={{ marginTop: 8 }}
          data-testid="manager-reply"
          message={t('timeline.replyBy', { who: interaction.reviewedBy?.displayName ?? '—', when: formatDateTime(interaction.reviewedAt, i18n.language) })}
          description={<span style={{ whiteSpace: 'pre-wrap' }}>{interaction.managerReply}</span>}
        />
      )}
    </>
  );
  return (
    <div data-testid="timeline-entry" data-kind={entry.kind}>
      {interaction ? (
        <EditableInteraction interaction={interaction} accountId={accountId} onChanged={onChanged}>
          {content}
        </EditableInteraction>
      ) : (
        content
      )}
    </div>
  );
}

/** INT-01 / CUS-05: the customer's timeline on its 360° page, with a form to log an interaction. */
export function CustomerTimelineCard({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [kinds, setKinds] = useState<string[]>([]);
  const [logging, setLogging] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);
  const { data, loading, error, refetch, fetchMore } = useQuery(CustomerTimelineQuery, {
    variables: { accountId, first: PAGE, filter: kinds.length ? { kinds } : null },
  });
  const timeline = data?.customerTimeline;

  const more = async () => {
    if (!timeline) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: timeline.pageInfo.endCursor },
        updateQuery: (prev, { fetchMoreResult }) => ({
          customerTimeline: { ...fetchMoreResult.customerTimeline, edges: [...prev.customerTimeline.edges, ...fetchMoreResult.customerTimeline.edges] },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  };

  let body;
  if (error) body = <QueryError error={error} onRetry={() => void refetch()} />;
  else if (loading && !timeline) body = <Skeleton active />;
  else if (!timeline || timeline.edges.length === 0) body = <Empty description={t('timeline.empty')} />;
  else
    body = (
      <>
        <Timeline
          data-testid="customer-timeline"
          items={timeline.edges.map(({ node }) => {
            const { icon, color } = kindIcon(node.kind);
            return { key: node.id, dot: icon, color, children: <EntryBody entry={node} accountId={accountId} onChanged={() => void refetch()} /> };
          })}
        />
        {timeline.pageInfo.hasNextPage && (
          <Button onClick={() => void more()} loading={loadingMore} data-testid="timeline-more">
            {t('timeline.more')}
          </Button>
        )}
      </>
    );

  return (
    <Card
      title={t('timeline.title')}
      size="small"
      extra={
        <Space wrap>
          <Select
            mode="multiple"
            allowClear
            size="small"
            style={{ minWidth: 160 }}
            placeholder={t('timeline.filter')}
            value={kinds}
            onChange={setKinds}
            options={TIMELINE_KINDS.map((k) => ({ value: k, label: t(`timeline.kinds.${k}`) }))}
            data-testid="timeline-filter"
          />
          {can(me.permissions, 'interaction', 'create') && !logging && (
            <Button size="small" type="primary" icon={<PlusOutlined />} onClick={() => setLogging(true)} data-testid="log-interaction">
              {t('timeline.log')}
            </Button>
          )}
        </Space>
      }
    >
      {logging && (
        <LogInteractionForm
          accountId={accountId}
          onCancel={() => setLogging(false)}
          onDone={() => {
            setLogging(false);
            void refetch();
          }}
        />
      )}
      {body}
    </Card>
  );
}
