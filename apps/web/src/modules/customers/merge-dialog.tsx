import { useApolloClient, useMutation } from '@apollo/client';
import { Alert, App, Modal, Radio, Select, Skeleton, Space, Table, Tag, Typography, type ButtonProps } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MergeCandidateQuery } from '../../gql/graphql';
import { useErrorMessage } from '../../shared/lib/use-server-errors';
import { defaultChoices, isEmptyValue, MERGE_CHOICE_FIELDS, toFieldChoices, type MergeChoiceField } from './merge-input';
import { MergeAccountsMutation, MergeCandidatesQuery } from './operations';
import { FieldLabel } from './pending-changes';

type MergeSource = MergeCandidateQuery['account'];

function show(t: (k: string) => string, field: MergeChoiceField, value: unknown): string {
  if (isEmptyValue(value)) return '—';
  if (field === 'lifecycleStage') return t(`customers.stages.${String(value)}`);
  return String(value);
}

/**
 * Merges the selected customers: pick the one that stays, then per field whose value wins
 * (by default the survivor's, else the first non-empty). Tags are combined; everything related moves over.
 */
export function MergeDialog({ ids, open, onClose, onMerged }: { ids: string[]; open: boolean; onClose(): void; onMerged(survivorId: string): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const describe = useErrorMessage();
  const client = useApolloClient();
  const [records, setRecords] = useState<MergeSource[] | undefined>();
  const [loadError, setLoadError] = useState<unknown>();
  const [survivorId, setSurvivorId] = useState<string>('');
  const [choices, setChoices] = useState<Partial<{ [F in MergeChoiceField]: string }>>({});
  const [merge, merging] = useMutation(MergeAccountsMutation);
  const idsKey = ids.join(',');

  useEffect(() => {
    if (!open) return;
    let live = true;
    setRecords(undefined);
    setLoadError(undefined);
    Promise.all(ids.map((id) => client.query({ query: MergeCandidatesQuery, variables: { id }, fetchPolicy: 'network-only' }).then((r) => r.data.account)))
      .then((loaded) => {
        if (!live) return;
        setRecords(loaded);
        setSurvivorId(loaded[0]?.id ?? '');
        setChoices(defaultChoices(loaded, loaded[0]?.id ?? ''));
      })
      .catch((e: unknown) => live && setLoadError(e));
    return () => {
      live = false;
    };
  }, [open, idsKey, client]);

  const pickSurvivor = (id: string) => {
    setSurvivorId(id);
    if (records) setChoices(defaultChoices(records, id));
  };

  const columns = useMemo(
    () => [
      { key: 'field', title: t('customers.merge.field'), render: (_: unknown, f: MergeChoiceField) => <FieldLabel field={f} />, fixed: 'left' as const },
      ...(records ?? []).map((r) => ({
        key: r.id,
        title: (
          <Space size={4}>
            {r.name}
            {r.id === survivorId && <Tag color="blue">{t('customers.merge.survivor')}</Tag>}
          </Space>
        ),
        render: (_: unknown, f: MergeChoiceField) => (
          <Radio checked={choices[f] === r.id} onChange={() => setChoices((c) => ({ ...c, [f]: r.id }))} data-testid={`merge-choice-${f}-${r.id}`}>
            {show(t, f, r[f])}
          </Radio>
        ),
      })),
    ],
    [records, survivorId, choices, t],
  );

  const confirm = async () => {
    if (!records) return;
    try {
      const full = { ...defaultChoices(records, survivorId), ...choices };
      await merge({
        variables: { input: { survivorId, mergedIds: records.map((r) => r.id).filter((id) => id !== survivorId), fieldChoices: toFieldChoices(full) } },
      });
      void message.success(t('customers.merge.done'));
      await client.resetStore();
      onMerged(survivorId);
    } catch (e) {
      void message.error(describe(e));
    }
  };

  return (
    <Modal
      open={open}
      width={960}
      title={t('customers.merge.title', { count: ids.length })}
      okText={t('customers.merge.confirm')}
      okButtonProps={{ disabled: !records, 'data-testid': 'merge-confirm' } as ButtonProps}
      cancelButtonProps={{ 'data-testid': 'merge-cancel' } as ButtonProps}
      confirmLoading={merging.loading}
      onOk={() => void confirm()}
      onCancel={onClose}
      destroyOnHidden
    >
      {loadError ? (
        <Alert type="error" showIcon message={t('common.loadFailed')} description={describe(loadError)} />
      ) : !records ? (
        <Skeleton active />
      ) : (
        <Space direction="vertical" style={{ width: '100%' }} data-testid="merge-dialog">
          <Space wrap>
            <Typography.Text>{t('customers.merge.pickSurvivor')}</Typography.Text>
            <Select
              value={survivorId}
              onChange={pickSurvivor}
              style={{ minWidth: 320 }}
              options={records.map((r) => ({ value: r.id, label: r.name }))}
              data-testid="merge-survivor"
            />
          </Space>
          <Alert type="warning" showIcon message={t('customers.merge.warning')} />
          <Table<MergeChoiceField>
            size="small"
            rowKey={(f) => f}
            pagination={false}
            dataSource={[...MERGE_CHOICE_FIELDS]}
            columns={columns}
            scroll={{ x: 'max-content' }}
            data-testid="merge-fields"
          />
          <Typography.Text type="secondary">
            {t('customers.merge.tagsCombined', { tags: [...new Set(records.flatMap((r) => r.tags))].join(', ') || '—' })}
          </Typography.Text>
        </Space>
      )}
    </Modal>
  );
}
