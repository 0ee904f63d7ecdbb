import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Form, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ContactPointKind } from '../../gql/graphql';
import { reachFacts } from '../data-quality/unknown-fields';
import { UnknownFactToggle } from '../data-quality/unknown-toggle';

/**
 * The phones, e-mails and handles of a customer or person as rows of a form (the list `contactPoints`),
 * the same in every form that edits them. With `unknownToggles`, "phone unknown" and "e-mail unknown"
 * (DQ-05) sit under the list, each only while no row of its kind is given.
 */
export function ContactPointsFields({
  kinds,
  addLabel,
  unknownToggles = false,
}: {
  kinds: readonly ContactPointKind[];
  addLabel: string;
  unknownToggles?: boolean;
}) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const points = Form.useWatch<{ kind?: ContactPointKind; value?: string }[] | undefined>('contactPoints', form);
  const has = reachFacts(points);
  const required = { required: true, message: t('validation.required') };
  const kindOptions = kinds.map((k) => ({ value: k, label: t(`customers.contactKinds.${k}`) }));
  return (
    <>
      <Form.List name="contactPoints">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <Space key={field.key} align="baseline" style={{ display: 'flex' }} data-testid="contact-point-row">
                <Form.Item name={[field.name, 'kind']} rules={[required]} style={{ width: 140 }}>
                  <Select options={kindOptions} aria-label={t('customers.contactKind')} />
                </Form.Item>
                <Form.Item name={[field.name, 'value']} rules={[required]} style={{ width: 340 }}>
                  <Input placeholder={t('customers.contactValue')} maxLength={320} data-testid={`contact-point-value-${field.name}`} />
                </Form.Item>
                {/* kept as they are: an edit of the list must not drop a row's label or primary mark */}
                <Form.Item name={[field.name, 'label']} hidden>
                  <Input />
                </Form.Item>
                <Form.Item name={[field.name, 'isPrimary']} hidden valuePropName="checked">
                  <Checkbox />
                </Form.Item>
                <MinusCircleOutlined aria-label={t('common.delete')} onClick={() => remove(field.name)} data-testid={`contact-point-remove-${field.name}`} />
              </Space>
            ))}
            <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({ kind: 'MOBILE', value: '' })} data-testid="add-contact-point">
              {addLabel}
            </Button>
          </>
        )}
      </Form.List>
      {unknownToggles && (
        <Space style={{ marginTop: 8 }}>
          <UnknownFactToggle fact="phone" given={has.phone} />
          <UnknownFactToggle fact="email" given={has.email} />
        </Space>
      )}
    </>
  );
}
