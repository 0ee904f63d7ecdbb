import { Col, Form, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { CURRENCIES } from './money';
import { UnknownableItem } from './unknown-toggle';

/** CUS-07: customer value in the edit form, typed in major units with its currency (sent as minor units). */
export function CustomerValueFields() {
  const { t } = useTranslation();
  return (
    <Col xs={24} sm={12}>
      <UnknownableItem field="value" name="valueAmount" label={t('dataQuality.value')}>
        <ValueInput />
      </UnknownableItem>
    </Col>
  );
}

/** The amount input (the form value `valueAmount`) with the currency (`valueCurrency`) beside it. */
function ValueInput({ value, onChange, disabled, id }: { value?: string | null; onChange?: (v: string) => void; disabled?: boolean; id?: string }) {
  const { t } = useTranslation();
  return (
    <Space.Compact style={{ width: '100%' }}>
      <Input id={id} value={value ?? ''} onChange={(e) => onChange?.(e.target.value)} disabled={disabled} inputMode="decimal" aria-label={t('dataQuality.valueAmount')} />
      <Form.Item name="valueCurrency" noStyle>
        <Select style={{ width: 100 }} disabled={disabled} options={CURRENCIES.map((c) => ({ value: c, label: c }))} aria-label={t('dataQuality.valueCurrency')} />
      </Form.Item>
    </Space.Compact>
  );
}
