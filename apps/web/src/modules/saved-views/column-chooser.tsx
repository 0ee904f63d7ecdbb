import { ArrowDownOutlined, ArrowUpOutlined, ExclamationCircleOutlined, TableOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Popover, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ListColumnsState } from './use-list-columns';
import { moveColumn, toggleColumn, type ListColumns } from './view-columns';

/**
 * CUS-03: which columns a list shows and in what order; saved with a view. The columns are the server's
 * (`useListColumns`): while they load the button waits, when they fail it says so and tries again on click.
 */
export function ColumnChooser({ state, value, onChange }: { state: ListColumnsState; value: string[]; onChange(columns: string[]): void }) {
  const { t } = useTranslation();
  if (state.columns) return <ColumnList columns={state.columns} value={value} onChange={onChange} />;
  if (state.error)
    return (
      <Tooltip title={t('savedViews.columnsLoadFailed')}>
        <Button danger icon={<ExclamationCircleOutlined />} loading={state.loading} onClick={state.retry} aria-label={t('savedViews.columnsLoadFailed')} data-testid="choose-columns-failed" />
      </Tooltip>
    );
  return <Button icon={<TableOutlined />} loading disabled aria-label={t('savedViews.columns')} data-testid="choose-columns" />;
}

/** The shown ones come first in their order (each movable up or down), then the hidden ones; the list's first column is always shown. */
function ColumnList({ columns, value, onChange }: { columns: ListColumns; value: string[]; onChange(columns: string[]): void }) {
  const { t } = useTranslation();
  const labels = Object.fromEntries(columns.all.map((c) => [c, t(columns.labelKeys[c] ?? c, { defaultValue: c })]));
  const fixed = columns.all[0];
  const hidden = columns.all.filter((c) => !value.includes(c));
  const content = (
    <Flex vertical gap={4} data-testid="column-chooser">
      {[...value, ...hidden].map((column) => {
        const shown = value.includes(column);
        const index = value.indexOf(column);
        const movable = shown && column !== fixed;
        return (
          <Flex key={column} align="center" justify="space-between" gap={8}>
            <Checkbox checked={shown} disabled={column === fixed} onChange={(e) => onChange(toggleColumn(columns, value, column, e.target.checked))} data-testid={`column-${column}`}>
              {labels[column]}
            </Checkbox>
            {movable && (
              <span>
                <Button
                  size="small"
                  type="text"
                  icon={<ArrowUpOutlined />}
                  disabled={index <= 1}
                  aria-label={t('savedViews.moveUp', { column: labels[column] })}
                  onClick={() => onChange(moveColumn(columns, value, column, -1))}
                  data-testid={`column-${column}-up`}
                />
                <Button
                  size="small"
                  type="text"
                  icon={<ArrowDownOutlined />}
                  disabled={index === value.length - 1}
                  aria-label={t('savedViews.moveDown', { column: labels[column] })}
                  onClick={() => onChange(moveColumn(columns, value, column, 1))}
                  data-testid={`column-${column}-down`}
                />
              </span>
            )}
          </Flex>
        );
      })}
    </Flex>
  );
  return (
    <Popover content={content} title={t('savedViews.columns')} trigger="click" placement="bottomLeft">
      <Tooltip title={t('savedViews.columns')}>
        <Button icon={<TableOutlined />} aria-label={t('savedViews.columns')} data-testid="choose-columns" />
      </Tooltip>
    </Popover>
  );
}
