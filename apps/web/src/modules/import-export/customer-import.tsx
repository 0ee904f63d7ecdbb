import { useQuery } from '@apollo/client';
import { ArrowLeftOutlined, InboxOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Radio, Select, Space, Table, Typography, Upload, type TableProps } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '../../app/auth/auth-context';
import type { ImportJobFieldsFragment, ImportTarget as ImportTargetValue } from '../../gql/graphql';
import { can } from '../../shared/lib/permissions';
import { formatDateTime } from '../../shared/lib/format';
import { PageHeader } from '../../shared/ui/page-header';
import { QueryError } from '../../shared/ui/query-error';
import {
  assignField,
  mappingProblems,
  type ColumnMapping,
  type DuplicatePolicy,
  type ImportField,
  type ImportPreview,
  type ImportTarget,
} from './import-mapping';
import { ErrorReportButton, ImportProgress, ImportStatusTag } from './import-progress';
import { CustomerImportJobsQuery } from './operations';
import { postFile } from './rest';
import { useRestErrorMessage } from './use-rest-error';

const PREVIEW_PATH = '/api/customers/imports/preview';
const IMPORT_PATH = '/api/customers/imports';
const POLICIES: DuplicatePolicy[] = ['skip', 'update', 'create'];
const HISTORY_SIZE = 20;
/** Each target's record type (whose create permission it needs), list page and its screen's texts. */
const TARGETS: Record<ImportTarget, { recordType: string; listPath: string; title: string; back: string; policy: string; value: ImportTargetValue }> = {
  accounts: { recordType: 'customer', listPath: '/customers', title: 'importExport.title', back: 'importExport.backToCustomers', policy: 'importExport.policy', value: 'ACCOUNTS' },
  contacts: { recordType: 'contact', listPath: '/contacts', title: 'importExport.titleContacts', back: 'importExport.backToContacts', policy: 'importExport.policyContacts', value: 'CONTACTS' },
};

interface ColumnRow {
  index: number;
  header: string;
  samples: string[];
}

/**
 * CUS-04: choose what the rows are (customers or contacts), a CSV/XLSX file, check the column mapping and
 * the duplicate policy, start, watch it run. One screen for both targets; they differ in their fields.
 */
export function CustomerImport({ defaultTarget = 'accounts' }: { defaultTarget?: ImportTarget }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const describe = useRestErrorMessage();
  const me = useCurrentUser();
  const targets = (Object.keys(TARGETS) as ImportTarget[]).filter((k) => can(me.permissions, TARGETS[k].recordType, 'create'));
  const [target, setTarget] = useState<ImportTarget>(defaultTarget);
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [policy, setPolicy] = useState<DuplicatePolicy>('skip');
  const [reading, setReading] = useState(false);
  const [starting, setStarting] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const history = useQuery(CustomerImportJobsQuery, { variables: { first: HISTORY_SIZE, target: TARGETS[target].value } });

  const choose = async (chosen: File, of: ImportTarget = target) => {
    setFile(chosen);
    setPreview(null);
    setProblem(null);
    setJobId(null);
    setReading(true);
    try {
      const answer = await postFile<ImportPreview>(PREVIEW_PATH, chosen, { target: of });
      setPreview(answer);
      setMapping(answer.suggestedMapping);
    } catch (error) {
      setProblem(describe(error));
    } finally {
      setReading(false);
    }
  };

  const start = async () => {
    if (!file) return;
    setStarting(true);
    setProblem(null);
    try {
      const job = await postFile<{ id: string }>(IMPORT_PATH, file, { target, mapping: JSON.stringify(mapping), duplicatePolicy: policy });
      setJobId(job.id);
      void message.success(t('importExport.started'));
      void history.refetch();
    } catch (error) {
      setProblem(describe(error));
    } finally {
      setStarting(false);
    }
  };

  const reset = () => {
    setFile(null);
    setPreview(null);
    setMapping({});
    setJobId(null);
    setProblem(null);
  };

  // another target maps the same file to other fields: ask for its suggestion again
  const changeTarget = (next: ImportTarget) => {
    setTarget(next);
    if (file && !jobId) void choose(file, next);
  };

  const refetchHistory = history.refetch;
  const onFinished = useCallback(() => void refetchHistory(), [refetchHistory]);

  const fields = preview?.fields ?? [];
  const problems = mappingProblems(mapping, fields);
  const columnRows: ColumnRow[] = (preview?.headers ?? []).map((header, index) => ({
    index,
    header,
    samples: (preview?.sampleRows ?? []).map((row) => row[index] ?? '').filter(Boolean),
  }));
  const mappingColumns: TableProps<ColumnRow>['columns'] = [
    { key: 'header', title: t('importExport.mapping.column'), render: (_, c) => <Typography.Text strong>{c.header || t('importExport.mapping.noHeader', { n: c.index + 1 })}</Typography.Text> },
    {
      key: 'samples',
      title: t('importExport.mapping.samples'),
      render: (_, c) => <Typography.Text type="secondary" ellipsis style={{ maxWidth: 320 }}>{c.samples.slice(0, 3).join(' · ') || '—'}</Typography.Text>,
      responsive: ['md'],
    },
    {
      key: 'field',
      title: t('importExport.mapping.field'),
      render: (_, c) => (
        <Select<ImportField>
          allowClear
          value={mapping[c.index]}
          placeholder={t('importExport.mapping.ignore')}
          onChange={(field) => setMapping((m) => assignField(m, c.index, field ?? null))}
          options={fields.map((f) => ({ value: f.key, label: t(f.labelKey, { defaultValue: f.key }) }))}
          style={{ width: 220 }}
          data-testid={`mapping-select-${c.index}`}
        />
      ),
    },
  ];

  const historyColumns: TableProps<ImportJobFieldsFragment>['columns'] = [
    { key: 'file', title: t('importExport.history.file'), render: (_, j) => j.fileName },
    { key: 'target', title: t('importExport.history.target'), render: (_, j) => t(`importExport.targetShort.${j.target}`), responsive: ['md'] },
    { key: 'status', title: t('importExport.history.status'), render: (_, j) => <ImportStatusTag status={j.status} /> },
    {
      key: 'counts',
      title: t('importExport.history.counts'),
      render: (_, j) => t('importExport.history.countsText', { created: j.createdRows, updated: j.updatedRows, skipped: j.skippedRows, failed: j.failedRows }),
    },
    { key: 'createdAt', title: t('importExport.history.createdAt'), render: (_, j) => formatDateTime(j.createdAt, i18n.language), responsive: ['md'] },
    { key: 'report', title: '', render: (_, j) => (j.failedRows + j.skippedRows > 0 ? <ErrorReportButton job={j} size="small" /> : null) },
  ];
  const historyRows = history.data?.customerImportJobs.edges.map((e) => e.node) ?? [];

  return (
    <>
      <PageHeader
        title={t(TARGETS[target].title)}
        extra={
          <Link to={TARGETS[target].listPath}>
            <Button icon={<ArrowLeftOutlined />}>{t(TARGETS[target].back)}</Button>
          </Link>
        }
      />
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        {!jobId && (
          <Card title={t('importExport.steps.file')}>
            {targets.length > 1 && (
              <Space style={{ marginBottom: 16 }}>
                <Typography.Text strong>{t('importExport.target.title')}</Typography.Text>
                <Radio.Group value={target} onChange={(e) => changeTarget(e.target.value as ImportTarget)} optionType="button" data-testid="import-target">
                  {targets.map((k) => (
                    <Radio key={k} value={k} data-testid={`import-target-${k}`}>
                      {t(`importExport.target.${k}`)}
                    </Radio>
                  ))}
                </Radio.Group>
              </Space>
            )}
            <Upload.Dragger
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              maxCount={1}
              showUploadList={false}
              disabled={reading}
              beforeUpload={(chosen) => {
                void choose(chosen);
                return false;
              }}
              data-testid="import-file"
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">{file ? file.name : t('importExport.dropHint')}</p>
              <p className="ant-upload-hint">{t('importExport.formatsHint')}</p>
            </Upload.Dragger>
          </Card>
        )}
        {problem && <Alert type="error" showIcon message={t('importExport.refused')} description={problem} data-testid="import-problem" />}
        {preview && !jobId && (
          <Card title={t('importExport.steps.mapping')} loading={reading}>
            {preview.remembered && <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('importExport.mapping.remembered')} data-testid="mapping-remembered" />}
            <Table<ColumnRow> rowKey="index" columns={mappingColumns} dataSource={columnRows} pagination={false} size="small" data-testid="mapping-table" />
            <Space direction="vertical" style={{ marginTop: 16 }}>
              <Typography.Text strong>{t(`${TARGETS[target].policy}.title`)}</Typography.Text>
              <Radio.Group value={policy} onChange={(e) => setPolicy(e.target.value as DuplicatePolicy)} data-testid="duplicate-policy">
                {POLICIES.map((p) => (
                  <Radio key={p} value={p} data-testid={`policy-${p}`}>
                    {t(`${TARGETS[target].policy}.${p}`)}
                  </Radio>
                ))}
              </Radio.Group>
              {problems.map((key) => (
                <Alert key={key} type="warning" showIcon message={t(key)} data-testid="mapping-problem" />
              ))}
              <Button type="primary" disabled={problems.length > 0} loading={starting} onClick={() => void start()} data-testid="start-import">
                {t('importExport.start')}
              </Button>
            </Space>
          </Card>
        )}
        {jobId && (
          <>
            <ImportProgress id={jobId} onFinished={onFinished} />
            <Button icon={<ReloadOutlined />} onClick={reset} data-testid="import-another">
              {t('importExport.another')}
            </Button>
          </>
        )}
        <Card title={t('importExport.history.title')}>
          {history.error && <QueryError error={history.error} onRetry={() => void history.refetch()} />}
          <Table<ImportJobFieldsFragment>
            rowKey="id"
            columns={historyColumns}
            dataSource={history.error ? [] : historyRows}
            loading={history.loading}
            pagination={false}
            size="small"
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: <Empty description={history.error ? t('common.loadFailed') : t('importExport.history.empty')} /> }}
            data-testid="import-history"
          />
        </Card>
      </Space>
    </>
  );
}
