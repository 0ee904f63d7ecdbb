import { EditOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../app/auth/auth-context';
import type { InteractionFieldsFragment } from '../../gql/graphql';
import { formatDateTime } from '../../shared/lib/format';
import { canEditInteraction } from './interaction-editing';
import { kindIcon } from './interaction-kinds';
import { LogInteractionForm } from './log-interaction-form';

/** The author's edit button and, once pressed, the form in place of the entry (INT-01). */
export function EditableInteraction({
  interaction,
  accountId,
  onChanged,
  children,
}: {
  interaction: InteractionFieldsFragment;
  accountId: string;
  onChanged(): void;
  children: React.ReactNode;
}) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [editing, setEditing] = useState(false);
  if (editing) {
    return (
      <LogInteractionForm
        accountId={accountId}
        interaction={interaction}
        onCancel={() => setEditing(false)}
        onDone={() => {
          setEditing(false);
          onChanged();
        }}
      />
    );
  }
  return (
    <>
      {children}
      {canEditInteraction(me, interaction) && (
        <Button type="link" size="small" icon={<EditOutlined />} style={{ paddingInline: 0 }} onClick={() => setEditing(true)} data-testid="interaction-edit">
          {t('common.edit')}
        </Button>
      )}
    </>
  );
}

/** One interaction as a person's timeline shows it: kind, subject, who and when, the reply; editable by its author until reviewed. */
export function InteractionItem({ interaction, accountId, onChanged }: { interaction: InteractionFieldsFragment; accountId: string; onChanged(): void }) {
  const { t, i18n } = useTranslation();
  const kind = interaction.kind.toLowerCase();
  const { icon, color } = kindIcon(kind);
  return (
    <div data-testid="contact-interaction">
      <EditableInteraction interaction={interaction} accountId={accountId} onChanged={onChanged}>
        <Space wrap size={4}>
          <Tag icon={icon} color={color}>
            {t(`timeline.kinds.${kind}`)}
          </Tag>
          <Typography.Text strong>{interaction.subject}</Typography.Text>
          {!interaction.reviewedAt && (
            <Tag color="warning" bordered={false}>
              {t('timeline.awaitingReview')}
            </Tag>
          )}
        </Space>
        <div>
          <Typography.Text type="secondary">{t('timeline.by', { who: interaction.author?.displayName ?? t('timeline.system'), when: formatDateTime(interaction.occurredAt, i18n.language) })}</Typography.Text>
        </div>
        {interaction.summary && <Typography.Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>{interaction.summary}</Typography.Paragraph>}
        {interaction.managerReply && (
          <Alert
            type="info"
            style={{ marginTop: 8 }}
            message={t('timeline.replyBy', { who: interaction.reviewedBy?.displayName ?? '—', when: formatDateTime(interaction.reviewedAt, i18n.language) })}
            description={<span style={{ whiteSpace: 'pre-wrap' }}>{interaction.managerReply}</span>}
          />
        )}
      </EditableInteraction>
    </div>
  );
}
