import { useApolloClient, useMutation } from '@apollo/client';
import { Alert, App, Modal, Radio, Select, Skeleton, Space, Table, Tag, Typography, type ButtonProps } from 'antd';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MergeCandidateQuery } from '../../gql/graphql';
import { useErrorMessage } from '../../shared/lib/use-server-errors';
import { defaultChoices, isEmptyValue, MERGE_CHOICE_FIELDS, toFieldChoices, type MergeChoiceField, type MergeRecordValues } from './merge-input';
import { MergeAccountsMutation, MergeCandidatesQuery } from './operations';
import { FieldLabel } from './pending-changes';

type MergeSource = MergeCandidateQuery['account'];

function show(t: (k: string) => string, field: MergeChoiceField, value: unknown): string {
  if (isEmptyValue(value)) return '—';
  if (field === 'lifecycleStage') return t(`customers.stages.${String(value)}`);
  return String(value);
}

/** Loads the records of a merge when the dialog opens (in the order given); `undefined` while loading. */
export function useMergeRecords<R>(open: boolean, ids: string[], load: (id: string) => Promise<R>): { records: R[] | undefined; loadError: unknown } {
  const [records, setRecords] = useState<R[] | undefined>();
  const [loadError, setLoadError] = useState<unknown>();
  const idsKey = ids.join(',');
  useEffect(() => {
    if (!open) return;
    let live = true;
    setRecords(undefined);
    setLoadError(undefined);
    Promise.all(ids.map(load))
      .then((loaded) => live && setRecords(loaded))
      .catch((e: unknown) => live && setLoadError(e));
    return () => {
      live = false;
    };
    // `load` is a new function on every render: the ids decide what to load
  }, [open, idsKey]);
  return { records, loadError };
}

export interface RecordMergeTexts {
  title: string;
  pickSurvivor: string;
  survivor: string;
  warning: string;
  field: string;
  confirm: string;
}

/**
 * The merge of duplicates of any kind (DQ-03): pick the record that stays, then per field whose value
 * wins (by default the survivor's, else the first non-empty). What is combined rather than chosen is
 * said in `extra`.
 */
export function RecordMergeDialog<F extends string, R extends MergeRecordValues<F>>({
  open,
  records,
  loadError,
  fields,
  labelOf,
  fieldLabel,
  show: showValue,
  texts,
  extra,
  confirming,
  onConfirm,
  onClose,
}: {
  open: boolean;
  records: R[] | undefined;
  loadError: unknown;
  fields: readonly F[];
  labelOf(record: R): string;
  fieldLabel(field: F): ReactNode;
  show(record: R, field: F): string;
  texts: RecordMergeTexts;
  extra?: (records: R[]) => ReactNode;
  confirming: boolean;
  onConfirm(survivorId: string, choices: Record<F, string>): Promise<void> | void;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const [survivorId, setSurvivorId] = useState<string>('');
  const [choices, setChoices] = useState<Partial<Record<F, string>>>({});

  useEffect(() => {
    const first = records?.[0]?.id ?? '';
    setSurvivorId(first);
    setChoices(records ? defaultChoices(records, first, fields) : {});
  }, [records]);

  const pickSurvivor = (id: string) => {
    setSurvivorId(id);
    if (records) setChoices(defaultChoices(records, id, fields));
  };

  const columns = useMemo(
    () => [
      { key: 'field', title: texts.field, render: (_: unknown, f: F) => fieldLabel(f), fixed: 'left' as const },
      ...(records ?? []).map((r) => ({
        key: r.id,
        title: (
          <Space size={4}>
            {labelOf(r)}
            {r.id === survivorId && <Tag color="blue">{texts.survivor}</Tag>}
          </Space>
        ),
        render: (_: unknown, f: F) => (
          <Radio checked={choices[f] === r.id} onChange={() => setChoices((c) => ({ ...c, [f]: r.id }))} data-testid={`merge-choice-${f}-${r.id}`}>
            {showValue(r, f)}
          </Radio>
        ),
      })),
    ],
    [records, survivorId, choices, texts, fieldLabel, labelOf, showValue],
  );

  const confirm = () => {
    if (!records) return;
    return onConfirm(survivorId, { ...defaultChoices(records, survivorId, fields), ...choices } as Record<F, string>);
  };

  return (
    <Modal
      open={open}
      width={960}
      title={texts.title}
      okText={texts.confirm}
      okButtonProps={{ disabled: !records, 'data-testid': 'merge-confirm' } as ButtonProps}
      cancelButtonProps={{ 'data-testid': 'merge-cancel' } as ButtonProps}
      confirmLoading={confirming}
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
            <Typography.Text>{texts.pickSurvivor}</Typography.Text>
            <Select
              value={survivorId}
              onChange={pickSurvivor}
              style={{ minWidth: 320 }}
              options={records.map((r) => ({ value: r.id, label: labelOf(r) }))}
              data-testid="merge-survivor"
            />
          </Space>
          <Alert type="warning" showIcon message={texts.warning} />
          <Table<F> size="small" rowKey={(f) => f} pagination={false} dataSource={[...fields]} columns={columns} scroll={{ x: 'max-content' }} data-testid="merge-fields" />
          {extra?.(records)}
        </Space>
      )}
    </Modal>
  );
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
  const [merge, merging] = useMutation(MergeAccountsMutation);
  const { records, loadError } = useMergeRecords<MergeSource>(open, ids, (id) =>
    client.query({ query: MergeCandidatesQuery, variables: { id }, fetchPolicy: 'network-only' }).then((r) => r.data.account),
  );

  const confirm = async (survivorId: string, choices: Record<MergeChoiceField, string>) => {
    if (!records) return;
    try {
      await merge({ variables: { input: { survivorId, mergedIds: records.map((r) => r.id).filter((id) => id !== survivorId), fieldChoices: toFieldChoices(choices) } } });
      void message.success(t('customers.merge.done'));
      await client.resetStore();
      onMerged(survivorId);
    } catch (e) {
      void message.error(describe(e));
    }
  };

  return (
    <RecordMergeDialog<MergeChoiceField, MergeSource>
      open={open}
      records={records}
      loadError={loadError}
      fields={MERGE_CHOICE_FIELDS}
      labelOf={(r) => r.name}
      fieldLabel={(f) => <FieldLabel field={f} />}
      show={(r, f) => show(t, f, r[f])}
      texts={{
        title: t('customers.merge.title', { count: ids.length }),
        pickSurvivor: t('customers.merge.pickSurvivor'),
        survivor: t('customers.merge.survivor'),
        warning: t('customers.merge.warning'),
        field: t('customers.merge.field'),
        confirm: t('customers.merge.confirm'),
      }}
      extra={(loaded) => <Typography.Text type="secondary">{t('customers.merge.tagsCombined', { tags: [...new Set(loaded.flatMap((r) => r.tags))].join(', ') || '—' })}</Typography.Text>}
      confirming={merging.loading}
      onConfirm={confirm}
      onClose={onClose}
    />
  );
}
