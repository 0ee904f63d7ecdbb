import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ChangeRequestFieldsFragment } from '../../gql/graphql';
import { formatDateTime } from '../../shared/lib/format';
import { displayValue } from './account-edit';

/** One row per requested field: which field, from → to, when it was asked for. */
export function changeRows(requests: readonly ChangeRequestFieldsFragment[]) {
  return requests.flatMap((r) => r.changes.map((c) => ({ key: `${r.id}:${c.field}`, request: r, ...c })));
}

export function FieldLabel({ field }: { field: string }) {
  const { t, i18n } = useTranslation();
  return <>{i18n.exists(`customers.fields.${field}`) ? t(`customers.fields.${field}`) : field}</>;
}

export function FromTo({ before, after }: { before?: string | null; after?: string | null }) {
  return (
    <span data-testid="change-from-to">
      {displayValue(before)} → <strong>{displayValue(after)}</strong>
    </span>
  );
}

/** Protected-field changes of one customer still waiting for a decision. */
export function PendingChanges({ requests }: { requests: readonly ChangeRequestFieldsFragment[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Table
      size="small"
      pagination={false}
      data-testid="pending-changes"
      dataSource={changeRows(requests)}
      locale={{ emptyText: t('customers.approvals.noneForRecord') }}
      columns={[
        { key: 'field', title: t('customers.approvals.field'), render: (_, row) => <FieldLabel field={row.field} /> },
        { key: 'change', title: t('customers.approvals.change'), render: (_, row) => <FromTo before={row.before} after={row.after} /> },
        { key: 'requestedAt', title: t('customers.approvals.requestedAt'), render: (_, row) => formatDateTime(row.request.requestedAt, i18n.language) },
      ]}
      scroll={{ x: 'max-content' }}
    />
  );
}
