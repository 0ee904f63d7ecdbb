import { Checkbox, Form, Tooltip } from 'antd';
import { cloneElement, isValidElement, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnknowableField } from './unknown-fields';

/**
 * DQ-05: a form field that can be answered "unknown" apart from leaving it blank. Renders the field's
 * Form.Item (label, name, rules as given) with the input disabled while the "unknown" box beside the
 * label is ticked; the box is the form value `unknown.<field>`.
 */
export function UnknownableItem({ field, name = field, label, children }: { field: UnknowableField; name?: string; label: ReactNode; children: ReactNode }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const unknown = Form.useWatch(['unknown', field], form) === true;
  return (
    <Form.Item
      label={
        <>
          {label}
          <Tooltip title={t('dataQuality.unknownHint')}>
            <Form.Item name={['unknown', field]} valuePropName="checked" noStyle>
              <Checkbox style={{ marginInlineStart: 8, fontWeight: 'normal' }} data-testid={`unknown-${field}`}>
                {t('dataQuality.unknown')}
              </Checkbox>
            </Form.Item>
          </Tooltip>
        </>
      }
    >
      <Form.Item name={name} noStyle>
        {disable(children, unknown)}
      </Form.Item>
    </Form.Item>
  );
}

function disable(children: ReactNode, disabled: boolean): ReactNode {
  return disabled && isValidElement<{ disabled?: boolean }>(children) ? cloneElement(children, { disabled: true }) : children;
}

/** DQ-05: "phone unknown" and the like, for a fact held in rows of the form; disabled while a row gives it. */
export function UnknownFactToggle({ fact, given }: { fact: 'phone' | 'email' | 'address'; given: boolean }) {
  const { t } = useTranslation();
  return (
    <Form.Item name={['unknown', fact]} valuePropName="checked" noStyle>
      <Checkbox disabled={given} data-testid={`unknown-${fact}`}>
        {t(`dataQuality.${fact}Unknown`)}
      </Checkbox>
    </Form.Item>
  );
}
