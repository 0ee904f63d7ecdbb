import { useApolloClient, useMutation, useQuery } from '@apollo/client';
import { HistoryOutlined, MergeCellsOutlined } from '@ant-design/icons';
import { Alert, App, Button, Empty, Modal, Skeleton, Space, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactMergeCandidateQuery } from '../../gql/graphql';
import { useErrorMessage } from '../../shared/lib/use-server-errors';
import { QueryError } from '../../shared/ui/query-error';
import { displayValue } from '../customers/account-edit';
import { RecordMergeDialog, useMergeRecords } from '../customers/merge-dialog';
import { MergeRecordList } from '../customers/merge-history';
import { choiceList, isEmptyValue } from '../customers/merge-input';
import { CONSENT_COLORS } from '../contacts/consent-modal';
import { CONTACT_MERGE_FIELDS, previewConsents, type ContactMergeField } from './contact-merge-input';
import { ContactMergeCandidateQuery as CandidateQuery, ContactMergeHistoryQuery, MergeContactsMutation } from './operations';

type Candidate = ContactMergeCandidateQuery['contact'];
type MergeRow = { id: string; name: string; jobTitle: string | null; department: string | null; birthday: string | null; profileNotes: string; source: Candidate };

const rowOf = (c: Candidate): MergeRow => ({ id: c.id, name: c.displayName, jobTitle: c.jobTitle, department: c.department, birthday: c.birthday, profileNotes: c.profileNotes, source: c });

/** Merges the chosen people (DQ-03): pick the one that stays and, per field, whose value wins; everything else moves over. */
export function ContactMergeDialog({ ids, open, onClose, onMerged }: { ids: string[]; open: boolean; onClose(): void; onMerged(survivorId: string): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const describe = useErrorMessage();
  const client = useApolloClient();
  const [merge, merging] = useMutation(MergeContactsMutation);
  const { records, loadError } = useMergeRecords<MergeRow>(open, ids, (id) =>
    client.query({ query: CandidateQuery, variables: { id }, fetchPolicy: 'network-only' }).then((r) => rowOf(r.data.contact)),
  );
  const labelOf = (r: MergeRow) => (r.source.account ? `${r.name} · ${r.source.account.name}` : r.name);

  const confirm = async (survivorId: string, choices: Record<ContactMergeField, string>) => {
    if (!records) return;
    try {
      await merge({
        variables: {
          input: {
            survivorId,
            mergedIds: records.map((r) => r.id).filter((id) => id !== survivorId),
            fieldChoices: choiceList(choices, CONTACT_MERGE_FIELDS).map(({ field, fromId }) => ({ field, fromContactId: fromId })),
          },
        },
      });
      void message.success(t('contactMerge.done'));
      await client.resetStore();
      onMerged(survivorId);
    } catch (e) {
      void message.error(describe(e));
    }
  };

  return (
    <RecordMergeDialog<ContactMergeField, MergeRow>
      open={open}
      records={records}
      loadError={loadError}
      fields={CONTACT_MERGE_FIELDS}
      labelOf={labelOf}
      fieldLabel={(f) => t(`contactMerge.fields.${f}`)}
      show={(r, f) => (isEmptyValue(r[f]) ? '—' : String(r[f]))}
      texts={{
        title: t('contactMerge.title', { count: ids.length }),
        pickSurvivor: t('contactMerge.pickSurvivor'),
        survivor: t('contactMerge.survivor'),
        warning: t('contactMerge.warning'),
        field: t('contactMerge.field'),
        confirm: t('contactMerge.confirm'),
      }}
      extra={(rows) => (
        <Space direction="vertical" style={{ width: '100%' }}>
          {new Set(rows.map((r) => r.source.account?.id ?? null)).size > 1 && <Alert type="info" showIcon message={t('contactMerge.differentCustomers')} data-testid="merge-different-customers" />}
          <Typography.Text type="secondary">{t('contactMerge.tagsCombined', { tags: [...new Set(rows.flatMap((r) => r.source.tags))].join(', ') || '—' })}</Typography.Text>
          <Typography.Text type="secondary">{t('contactMerge.pointsKept')}</Typography.Text>
          <Typography.Text type="secondary">{t('contactMerge.consentsCombined')}</Typography.Text>
          <Space size={2} wrap data-testid="merge-consents-preview">
            {previewConsents(rows.map((r) => r.source)).map((c) => (
              <Tag key={c.channel} color={CONSENT_COLORS[c.status]} data-testid={`merge-consent-${c.channel}`} data-status={c.status}>
                {t('contacts.consent.badge', { channel: t(`contacts.consent.channels.${c.channel}`), status: t(`contacts.consent.statuses.${c.status}`) })}
              </Tag>
            ))}
          </Space>
        </Space>
      )}
      confirming={merging.loading}
      onConfirm={confirm}
      onClose={onClose}
    />
  );
}

/** "Merge (n)" for the people ticked on a list; shown once two or more are ticked. */
export function ContactMergeButton({ ids, onMerged }: { ids: string[]; onMerged(survivorId: string): void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (ids.length < 2) return null;
  return (
    <>
      <Button size="small" icon={<MergeCellsOutlined />} onClick={() => setOpen(true)} data-testid="merge-contacts">
        {t('contactMerge.button', { count: ids.length })}
      </Button>
      {open && (
        <ContactMergeDialog
          ids={ids}
          open
          onClose={() => setOpen(false)}
          onMerged={(survivorId) => {
            setOpen(false);
            onMerged(survivorId);
          }}
        />
      )}
    </>
  );
}

function ContactMergeHistory({ contactId, name }: { contactId: string; name: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(ContactMergeHistoryQuery, { variables: { contactId }, fetchPolicy: 'cache-and-network' });
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Skeleton active />;
  const merges = data?.contactMergeHistory ?? [];
  if (merges.length === 0) return <Empty description={t('contactMerge.noHistory')} />;
  const consentChannel = (field: string) => field.slice('consent.'.length).toUpperCase();
  return (
    <MergeRecordList
      merges={merges}
      recordId={contactId}
      recordName={name}
      ns="contactMerge"
      fieldLabel={(f) =>
        f.startsWith('consent.') ? t('contactMerge.consentField', { channel: t(`contacts.consent.channels.${consentChannel(f)}`) }) : t(`contactMerge.fields.${f}`, { defaultValue: f })
      }
      showValue={(f, value) => {
        const shown = displayValue(value);
        return f.startsWith('consent.') ? t(`contacts.consent.statuses.${shown.toUpperCase()}`, { defaultValue: shown }) : shown;
      }}
    />
  );
}

/** The merges that formed one person, behind a small button on the person's row. */
export function ContactMergeHistoryButton({ contactId, name }: { contactId: string; name: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Tooltip title={t('contactMerge.historyButton')}>
        <Button size="small" icon={<HistoryOutlined />} aria-label={t('contactMerge.historyButton')} onClick={() => setOpen(true)} data-testid="contact-merge-history" />
      </Tooltip>
      <Modal open={open} title={t('contactMerge.historyTitle', { name })} footer={null} width={720} onCancel={() => setOpen(false)} destroyOnHidden>
        {open && <ContactMergeHistory contactId={contactId} name={name} />}
      </Modal>
    </>
  );
}
