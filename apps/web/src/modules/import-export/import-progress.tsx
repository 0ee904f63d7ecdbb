import { useQuery } from '@apollo/client';
import { DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Progress, Row, Skeleton, Space, Statistic, Tag } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportJobFieldsFragment } from '../../gql/graphql';
import { isFinished } from './import-mapping';
import { ImportJobQuery } from './operations';
import { downloadFile } from './rest';
import { useRestErrorMessage } from './use-rest-error';

const POLL_MS = 1000;

const STATUS_COLORS: Record<string, string> = { QUEUED: 'default', RUNNING: 'processing', COMPLETED: 'success', FAILED: 'error' };

export function ImportStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLORS[status]} data-testid="import-status">{t(`importExport.status.${status}`)}</Tag>;
}

/** Downloads a job's per-row error report (CSV). */
export function ErrorReportButton({ job, size }: { job: ImportJobFieldsFragment; size?: 'small' }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const describe = useRestErrorMessage();
  const download = () => downloadFile(job.errorReportPath, 'import-errors.csv').catch((error: unknown) => void message.error(describe(error)));
  return (
    <Button size={size} icon={<DownloadOutlined />} onClick={() => void download()} data-testid="download-error-report">
      {t('importExport.progress.errorReport')}
    </Button>
  );
}

/** One import's live progress: polled until it is completed or failed. */
export function ImportProgress({ id, onFinished }: { id: string; onFinished?: () => void }) {
  const { t } = useTranslation();
  const { data, error, startPolling, stopPolling } = useQuery(ImportJobQuery, { variables: { id }, fetchPolicy: 'network-only', notifyOnNetworkStatusChange: false });
  const job = data?.importJob;
  const finished = isFinished(job?.status);

  useEffect(() => {
    if (finished) {
      stopPolling();
      onFinished?.();
    } else startPolling(POLL_MS);
    return () => stopPolling();
  }, [finished, startPolling, stopPolling, onFinished]);

  if (error && !job) return <Alert type="error" showIcon message={t('common.loadFailed')} />;
  if (!job) return <Skeleton active />;
  const percent = Math.round(job.progress * 100);
  return (
    <Card title={job.fileName} extra={<ImportStatusTag status={job.status} />} data-testid="import-progress">
      <Progress
        percent={percent}
        status={job.status === 'FAILED' ? 'exception' : job.status === 'COMPLETED' ? 'success' : 'active'}
        data-testid="import-progress-bar"
      />
      <Row gutter={16} style={{ marginTop: 16 }}>
        <Col xs={12} md={4}>
          <Statistic title={t('importExport.progress.total')} value={job.totalRows ?? '—'} />
        </Col>
        <Col xs={12} md={4}>
          <Statistic title={t('importExport.progress.processed')} value={job.processedRows} />
        </Col>
        <Col xs={12} md={4}>
          <Statistic title={t('importExport.progress.created')} value={job.createdRows} valueStyle={{ color: '#3f8600' }} />
        </Col>
        <Col xs={12} md={4}>
          <Statistic title={t('importExport.progress.updated')} value={job.updatedRows} />
        </Col>
        <Col xs={12} md={4}>
          <Statistic title={t('importExport.progress.skipped')} value={job.skippedRows} />
        </Col>
        <Col xs={12} md={4}>
          <span data-testid="import-failed-rows">
            <Statistic title={t('importExport.progress.failed')} value={job.failedRows} valueStyle={job.failedRows ? { color: '#cf1322' } : undefined} />
          </span>
        </Col>
      </Row>
      {job.error && <Alert type="error" showIcon style={{ marginTop: 16 }} message={t('importExport.progress.jobFailed')} description={job.error} />}
      {finished && job.failedRows + job.skippedRows > 0 && (
        <Space style={{ marginTop: 16 }}>
          <ErrorReportButton job={job} />
        </Space>
      )}
    </Card>
  );
}
