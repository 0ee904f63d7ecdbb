import { Col, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { UnknownableItem } from '../data-quality/unknown-toggle';

/** Industry, source and website: the same inputs in the create and the edit form, each answerable "unknown" (DQ-05). */
export function AccountProfileFields() {
  const { t } = useTranslation();
  return (
    <>
      <Col xs={24} sm={12}>
        <UnknownableItem field="industry" label={t('customers.industry')}>
          <Input maxLength={100} />
        </UnknownableItem>
      </Col>
      <Col xs={24} sm={12}>
        <UnknownableItem field="source" label={t('customers.source')}>
          <Input maxLength={100} />
        </UnknownableItem>
      </Col>
      <Col xs={24} sm={12}>
        <UnknownableItem field="website" label={t('customers.website')}>
          <Input maxLength={300} placeholder="https://" />
        </UnknownableItem>
      </Col>
    </>
  );
}
