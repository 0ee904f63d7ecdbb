import { Col, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';

/** Industry, source and website: the same inputs in the create and the edit form. */
export function AccountProfileFields() {
  const { t } = useTranslation();
  return (
    <>
      <Col xs={24} sm={12}>
        <Form.Item name="industry" label={t('customers.industry')}>
          <Input maxLength={100} />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item name="source" label={t('customers.source')}>
          <Input maxLength={100} />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item name="website" label={t('customers.website')}>
          <Input maxLength={300} placeholder="https://" />
        </Form.Item>
      </Col>
    </>
  );
}
