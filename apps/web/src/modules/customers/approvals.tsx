import { useMutation, useQuery } from '@apollo/client';
import { ArrowLeftOutlined, CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { App, Button, Card, Checkbox, Empty, Input, Modal, Skeleton, Space, Table, Typography, type ButtonProps } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ChangeRequestFieldsFragment } from '../../gql/graphql';
import { useCursorPaging } from '../../shared/lib/cursor-paging';
import { formatDateTime } from '../../shared/lib/format';
import { useErrorMessage } from '../../shared/lib/use-server-errors';
import { CursorPager } from '../../shared/ui/cursor-pager';
import { PageHeader } from '../../shared/ui/page-header';
import { QueryError } from '../../shared/ui/query-error';
import { PROTECTABLE_ACCOUNT_FIELDS } from './account-edit';
import {
  AccountNameQuery,
  ApproveChangeRequestMutation,
  CustomerSettingsQuery,
  PendingChangeRequestsQuery,
  RejectChangeRequestMutation,
  UpdateCustomerSettingsMutation,
} from './operations';
import { FieldLabel, FromTo } from './pending-changes';

function RecordLink({ id }: { id: string }) {
  const { data } = useQuery(AccountNameQuery, { variables: { id } });
  return (
    <Link to={`/customers/${id}`} data-testid="approval-record">
      {data?.account.name ?? id.slice(0, 8)}
    </Link>
  );
}

type Decision = { request: ChangeRequestFieldsFragment; approve: boolean };

/** Which account fields need approval when changed by someone without customer:admin. */
function ProtectedFieldsPanel() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const describe = useErrorMessage();
  const { data, loading, error, refetch } = useQuery(CustomerSettingsQuery);
  const [save, saving] = useMutation(UpdateCustomerSettingsMutation);
  const [fields, setFields] = useState<string[]>([]);
  const current = data?.customerSettings.protectedAccountFields;
  useEffect(() => {
    if (current) setFields(current);
  }, [current]);

  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Skeleton active />;
  const submit = async () => {
    try {
      await save({ variables: { input: { protectedAccountFields: fields } } });
      void message.success(t('customers.approvals.settingsSaved'));
    } catch (e) {
      void message.error(describe(e));
    }
  };
  return (
    <Space direction="vertical" data-testid="protected-fields">
      <Typography.Text type="secondary">{t('customers.approvals.settingsHint')}</Typography.Text>
      <Checkbox.Group
        value={fields}
        onChange={(v) => setFields(v.map(String))}
        options={PROTECTABLE_ACCOUNT_FIELDS.map((f) => ({ value: f, label: t(`customers.fields.${f}`) }))}
      />
      <Button onClick={() => void submit()} loading={saving.loading} data-testid="protected-fields-save">
        {t('common.save')}
      </Button>
    </Space>
  );
}

/** Pending protected-field changes across all customers, for those with customer:admin. */
export function Approvals() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const describe = useErrorMessage();
  const paging = useCursorPaging();
  const { data, previousData, loading, error, refetch } = useQuery(PendingChangeRequestsQuery, {
    variables: { first: paging.first, after: paging.after },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const [approve, approving] = useMutation(ApproveChangeRequestMutation);
  const [reject, rejecting] = useMutation(RejectChangeRequestMutation);
  const [decision, setDecision] = useState<Decision | undefined>();
  const [note, setNote] = useState('');
  const connection = (data ?? previousData)?.pendingChangeRequests;
  const rows = error ? [] : (connection?.edges.map((e) => e.node) ?? []);

  const open = (request: ChangeRequestFieldsFragment, isApprove: boolean) => {
    setNote('');
    setDecision({ request, approve: isApprove });
  };
  const decide = async () => {
    if (!decision) return;
    const input = { id: decision.request.id, note: note.trim() || undefined };
    try {
      if (decision.approve) await approve({ variables: { input } });
      else await reject({ variables: { input } });
      void message.success(t(decision.approve ? 'customers.approvals.approved' : 'customers.approvals.rejected'));
      setDecision(undefined);
      await refetch();
    } catch (e) {
      void message.error(describe(e));
    }
  };

  return (
    <>
      <PageHeader
        title={t('customers.approvals.title')}
        extra={
          <Link to="/customers">
            <Button icon={<ArrowLeftOutlined />}>{t('customers.backToList')}</Button>
          </Link>
        }
      />
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      <Table<ChangeRequestFieldsFragment>
        rowKey="id"
        data-testid="approvals-table"
        loading={loading}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={error ? t('common.loadFailed') : t('customers.approvals.empty')} /> }}
        columns={[
          { key: 'record', title: t('customers.approvals.record'), render: (_, r) => <RecordLink id={r.recordId} /> },
          {
            key: 'changes',
            title: t('customers.approvals.changes'),
            render: (_, r) => (
              <Space direction="vertical" size={2}>
                {r.changes.map((c) => (
                  <span key={c.field}>
                    <Typography.Text type="secondary">
                      <FieldLabel field={c.field} />:
                    </Typography.Text>{' '}
                    <FromTo before={c.before} after={c.after} />
                  </span>
                ))}
              </Space>
            ),
          },
          { key: 'requestedAt', title: t('customers.approvals.requestedAt'), render: (_, r) => formatDateTime(r.requestedAt, i18n.language) },
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_, r) => (
              <Space>
                <Button type="primary" size="small" icon={<CheckOutlined />} onClick={() => open(r, true)} data-testid="approve-change">
                  {t('customers.approvals.approve')}
                </Button>
                <Button danger size="small" icon={<CloseOutlined />} onClick={() => open(r, false)} data-testid="reject-change">
                  {t('customers.approvals.reject')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <CursorPager
        page={paging.page}
        totalCount={error ? undefined : connection?.totalCount}
        hasPrevious={paging.hasPrevious}
        hasNext={!error && (connection?.pageInfo.hasNextPage ?? false)}
        onPrevious={paging.previous}
        onNext={() => paging.next(connection?.pageInfo.endCursor)}
      />
      <Card title={t('customers.approvals.settingsTitle')} size="small" style={{ marginTop: 24 }}>
        <ProtectedFieldsPanel />
      </Card>
      <Modal
        open={Boolean(decision)}
        title={t(decision?.approve ? 'customers.approvals.approveTitle' : 'customers.approvals.rejectTitle')}
        okText={t(decision?.approve ? 'customers.approvals.approve' : 'customers.approvals.reject')}
        okButtonProps={{ danger: decision ? !decision.approve : false, 'data-testid': 'decision-confirm' } as ButtonProps}
        confirmLoading={approving.loading || rejecting.loading}
        onOk={() => void decide()}
        onCancel={() => setDecision(undefined)}
        destroyOnHidden
      >
        <Input.TextArea rows={3} maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} placeholder={t('customers.approvals.notePlaceholder')} data-testid="decision-note" />
      </Modal>
    </>
  );
}
