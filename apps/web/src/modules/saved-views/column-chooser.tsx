import { TableOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Popover, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { CUSTOMER_COLUMNS, toggleColumn, type CustomerColumn } from './view-columns';

/** CUS-03: which columns the customer list shows; saved with a view. */
export function ColumnChooser({ value, labels, onChange }: { value: CustomerColumn[]; labels: Record<CustomerColumn, string>; onChange(columns: CustomerColumn[]): void }) {
  const { t } = useTranslation();
  const content = (
    <Flex vertical gap={4} data-testid="column-chooser">
      {CUSTOMER_COLUMNS.map((column) => (
        <Checkbox
          key={column}
          checked={value.includes(column)}
          disabled={column === 'name'}
          onChange={(e) => onChange(toggleColumn(value, column, e.target.checked))}
          data-testid={`column-${column}`}
        >
          {labels[column]}
        </Checkbox>
      ))}
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
