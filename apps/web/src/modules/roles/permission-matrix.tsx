import { Checkbox, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PermissionCatalogQuery } from '../../gql/graphql';
import { can } from '../../shared/lib/permissions';

type Catalog = PermissionCatalogQuery['permissionCatalog'];

/** The actions that make up the matrix's columns, in the catalog's order. */
function actionColumns(catalog: Catalog): string[] {
  const seen: string[] = [];
  catalog.forEach((entry) => entry.actions.forEach((a) => seen.includes(a) || seen.push(a)));
  return seen;
}

/**
 * A form control over a role's permissions ("recordType:action"): one row per record type of the
 * catalog, one checkbox per action it offers. Wildcard grants the matrix cannot express are kept
 * and shown; the cells they cover show as granted.
 */
export function PermissionMatrix({ catalog, value = [], onChange, disabled }: { catalog: Catalog; value?: string[]; onChange?: (value: string[]) => void; disabled?: boolean }) {
  const { t } = useTranslation();
  const actions = actionColumns(catalog);
  const explicit = new Set(value);
  const wildcards = value.filter((p) => p.includes('*'));
  const toggle = (permission: string, on: boolean) => {
    const next = new Set(value);
    if (on) next.add(permission);
    else next.delete(permission);
    onChange?.([...next].sort());
  };
  const toggleRow = (entry: Catalog[number], on: boolean) => {
    const next = new Set(value);
    entry.actions.forEach((a) => (on ? next.add(`${entry.recordType}:${a}`) : next.delete(`${entry.recordType}:${a}`)));
    onChange?.([...next].sort());
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {wildcards.length > 0 && (
        <Typography.Text type="secondary">
          {t('roles.wildcards')}{' '}
          {wildcards.map((w) => (
            <Tag key={w} color="gold" closable={!disabled} onClose={() => toggle(w, false)}>
              {w}
            </Tag>
          ))}
        </Typography.Text>
      )}
      <Table<Catalog[number]>
        size="small"
        rowKey="recordType"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={catalog}
        columns={[
          {
            key: 'recordType',
            title: t('roles.recordType'),
            fixed: 'left',
            render: (_, entry) => {
              const granted = entry.actions.filter((a) => explicit.has(`${entry.recordType}:${a}`)).length;
              return (
                <Checkbox
                  disabled={disabled}
                  checked={granted === entry.actions.length && granted > 0}
                  indeterminate={granted > 0 && granted < entry.actions.length}
                  onChange={(e) => toggleRow(entry, e.target.checked)}
                >
                  {t(`recordTypes.${entry.recordType}`, { defaultValue: entry.recordType })}
                </Checkbox>
              );
            },
          },
          ...actions.map((action) => ({
            key: action,
            title: t(`actions.${action}`, { defaultValue: action }),
            align: 'center' as const,
            render: (_: unknown, entry: Catalog[number]) => {
              if (!entry.actions.includes(action)) return null;
              const permission = `${entry.recordType}:${action}`;
              const byWildcard = !explicit.has(permission) && can(value, entry.recordType, action);
              return (
                <Checkbox
                  aria-label={permission}
                  disabled={disabled || byWildcard}
                  checked={explicit.has(permission) || byWildcard}
                  onChange={(e) => toggle(permission, e.target.checked)}
                />
              );
            },
          })),
        ]}
      />
    </Space>
  );
}
