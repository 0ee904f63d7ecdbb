import { useMutation, useQuery } from '@apollo/client';
import { App, Button, Card, Empty, Input, List, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { InteractionsToReviewQuery as ReviewData } from '../../gql/graphql';
import { useCursorPaging } from '../../shared/lib/cursor-paging';
import { formatDateTime } from '../../shared/lib/format';
import { useErrorMessage } from '../../shared/lib/use-server-errors';
import { CursorPager } from '../../shared/ui/cursor-pager';
import { PageHeader } from '../../shared/ui/page-header';
import { QueryError } from '../../shared/ui/query-error';
import { kindIcon } from './interaction-kinds';
import { InteractionsToReviewQuery, ReviewInteractionMutation } from './operations';

type Item = ReviewData['interactionsToReview']['edges'][number]['node'];

function ReviewItem({ item, onReviewed }: { item: Item; onReviewed(): void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const describe = useErrorMessage();
  const [reply, setReply] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [review, { loading }] = useMutation(ReviewInteractionMutation);
  const kind = item.kind.toLowerCase();
  const send = async () => {
    setProblem(null);
    try {
      await review({ variables: { input: { interactionId: item.id, reply } } });
      void message.success(t('timeline.review.sent'));
      onReviewed();
    } catch (error) {
      setProblem(describe(error));
    }
  };
  return (
    <List.Item data-testid="review-item">
      <Card size="small" style={{ width: '100%' }}>
        <Space direction="vertical" style={{ width: '100%' }}>
          <Space wrap size={4}>
            <Tag icon={kindIcon(kind).icon} color={kindIcon(kind).color}>
              {t(`timeline.kinds.${kind}`)}
            </Tag>
            <Typography.Text strong>{item.subject}</Typography.Text>
            {item.account && (
              <Link to={`/customers/${item.account.id}`} data-testid="review-customer">
                {item.account.name}
              </Link>
            )}
          </Space>
          <Typography.Text type="secondary">
            {t('timeline.by', { who: item.author?.displayName ?? t('timeline.system'), when: formatDateTime(item.occurredAt, i18n.language) })}
          </Typography.Text>
          {item.summary && <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{item.summary}</Typography.Paragraph>}
          <Input.TextArea
            rows={2}
            maxLength={5000}
            value={reply}
            onChange={(e) => setReply(e.target.value)}
            placeholder={t('timeline.review.replyPlaceholder')}
            status={problem ? 'error' : undefined}
            data-testid="review-reply"
          />
          {problem && <Typography.Text type="danger">{problem}</Typography.Text>}
          <Button type="primary" onClick={() => void send()} loading={loading} disabled={!reply.trim()} data-testid="review-send">
            {t('timeline.review.send')}
          </Button>
        </Space>
      </Card>
    </List.Item>
  );
}

/** INT-02: a manager's queue of the team's interactions still waiting for a reply. */
export function InteractionsToReview() {
  const { t } = useTranslation();
  const paging = useCursorPaging();
  const { data, previousData, loading, error, refetch } = useQuery(InteractionsToReviewQuery, { variables: { first: paging.first, after: paging.after } });
  const shown = data ?? previousData;
  const page = shown?.interactionsToReview;
  let body;
  if (error) body = <QueryError error={error} onRetry={() => void refetch()} />;
  else if (loading && !page) body = <Skeleton active />;
  else if (!page || page.edges.length === 0) body = <Empty description={t('timeline.review.empty')} data-testid="review-empty" />;
  else
    body = (
      <>
        <List dataSource={page.edges.map((e) => e.node)} rowKey="id" renderItem={(item) => <ReviewItem item={item} onReviewed={() => void refetch()} />} />
        <CursorPager
          page={paging.page}
          hasPrevious={paging.hasPrevious}
          hasNext={page.pageInfo.hasNextPage}
          onPrevious={paging.previous}
          onNext={() => paging.next(page.pageInfo.endCursor)}
        />
      </>
    );
  return (
    <>
      <PageHeader title={t('timeline.review.title')} />
      <Typography.Paragraph type="secondary">{t('timeline.review.hint')}</Typography.Paragraph>
      {body}
    </>
  );
}
