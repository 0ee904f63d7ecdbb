import { useMutation } from '@apollo/client';
import { Alert, App, Button, Col, Divider, Drawer, Flex, Form, Input, List, Row, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactCardFieldsFragment } from '../../gql/graphql';
import { errorCode } from '../../shared/lib/graphql-errors';
import { useFormErrors } from '../../shared/lib/use-server-errors';
import { contactCandidates, PERSON_POINT_KINDS, toContactFormValues, toCreateContactInput, toUpdateContactInput, type ContactCandidate, type ContactFormValues } from './contact-input';
import { ContactPointsFields } from '../customers/contact-points-fields';
import { CreateContactMutation, UpdateContactMutation } from './operations';

const FIELDS = ['familyName', 'givenName', 'displayName', 'jobTitle', 'department', 'contactPoints'] as const;

/** "Is it one of these people?": existing people that look like the one being saved, best first, with the reasons. */
function ContactDuplicates({ candidates, editing, saving, onSaveAnyway }: { candidates: ContactCandidate[]; editing: boolean; saving: boolean; onSaveAnyway(): void }) {
  const { t, i18n } = useTranslation();
  if (candidates.length === 0) return null;
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="contact-duplicates"
      message={t('contacts.duplicates.title')}
      description={
        <>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            {t('contacts.duplicates.hint')}
          </Typography.Paragraph>
          <List
            size="small"
            dataSource={candidates}
            rowKey="contactId"
            renderItem={(c) => (
              <List.Item data-testid="contact-duplicate">
                <Flex vertical gap={4} style={{ width: '100%' }}>
                  <Flex justify="space-between" gap={8} wrap>
                    <Space size={4} wrap>
                      <Typography.Text strong>{c.name}</Typography.Text>
                      {c.accountName && <Typography.Text type="secondary">{t('contacts.duplicates.at', { customer: c.accountName })}</Typography.Text>}
                      {!c.visible && <Tag>{t('contacts.duplicates.otherOwner')}</Tag>}
                    </Space>
                    <Typography.Text type="secondary">{t('customers.duplicates.score', { score: percent.format(c.score) })}</Typography.Text>
                  </Flex>
                  <Space size={4} wrap>
                    {c.reasons.map((code) => (
                      <Tag key={code} color="orange" data-testid="contact-duplicate-reason">
                        {i18n.exists(`customers.reasons.${code}`) ? t(`customers.reasons.${code}`) : code}
                      </Tag>
                    ))}
                  </Space>
                </Flex>
              </List.Item>
            )}
          />
          <Button style={{ marginTop: 8 }} onClick={onSaveAnyway} loading={saving} data-testid="contact-save-anyway">
            {t(editing ? 'contacts.duplicates.saveAnyway' : 'contacts.duplicates.createAnyway')}
          </Button>
        </>
      }
    />
  );
}

/**
 * Adds a person to a customer, or edits one (with the version it was loaded at). The server checks for
 * duplicates (DQ-02) and validates every field (DQ-01); its answers appear next to the inputs or as
 * "is it one of these?" with "save anyway".
 */
export function ContactFormDrawer({
  accountId,
  accountName,
  contact,
  open,
  onClose,
  onSaved,
}: {
  accountId: string;
  accountName: string;
  /** Given: edit this person; absent: add a new one. */
  contact?: ContactCardFieldsFragment | null;
  open: boolean;
  onClose(): void;
  onSaved(): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ContactFormValues>();
  const showErrors = useFormErrors(form, FIELDS);
  const [createContact, creating] = useMutation(CreateContactMutation);
  const [updateContact, updating] = useMutation(UpdateContactMutation);
  const [candidates, setCandidates] = useState<ContactCandidate[]>([]);
  const [conflict, setConflict] = useState(false);
  const saving = creating.loading || updating.loading;

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (contact) form.setFieldsValue(toContactFormValues(contact));
    setCandidates([]);
    setConflict(false);
    // Only when the drawer opens: the form is the user's while it is open.
  }, [open, form]);

  const save = async (values: ContactFormValues, allowDuplicate: boolean) => {
    try {
      if (contact) await updateContact({ variables: { input: toUpdateContactInput(contact, values, allowDuplicate) } });
      else await createContact({ variables: { input: toCreateContactInput(accountId, values, allowDuplicate) } });
      void message.success(t(contact ? 'contacts.saved' : 'contacts.created'));
      setCandidates([]);
      onSaved();
    } catch (error) {
      const code = errorCode(error);
      if (code === 'DUPLICATE_SUSPECTED') setCandidates(contactCandidates(error));
      else if (code === 'VERSION_CONFLICT') setConflict(true);
      else showErrors(error);
    }
  };

  const saveAnyway = async () => {
    try {
      await save(await form.validateFields(), true);
    } catch {
      // validateFields marks the invalid inputs itself.
    }
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      width={560}
      title={contact ? t('contacts.editTitle', { name: contact.displayName }) : t('contacts.addTitle', { customer: accountName })}
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={saving} onClick={() => form.submit()} data-testid="contact-form-submit">
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      {conflict && <Alert type="error" showIcon style={{ marginBottom: 16 }} message={t('contacts.versionConflict')} data-testid="contact-version-conflict" />}
      <ContactDuplicates candidates={candidates} editing={Boolean(contact)} saving={saving} onSaveAnyway={() => void saveAnyway()} />
      <Form form={form} layout="vertical" onFinish={(values) => save(values, false)} initialValues={{ contactPoints: [] }}>
        <Row gutter={16}>
          <Col xs={12} sm={8}>
            <Form.Item name="familyName" label={t('contacts.familyName')}>
              <Input autoComplete="off" maxLength={100} data-testid="contact-family-name" />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8}>
            <Form.Item name="givenName" label={t('contacts.givenName')}>
              <Input autoComplete="off" maxLength={100} data-testid="contact-given-name" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="displayName" label={t('contacts.displayName')} tooltip={t('contacts.displayNameHint')}>
              <Input autoComplete="off" maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="jobTitle" label={t('contacts.jobTitle')}>
              <Input maxLength={100} data-testid="contact-job-title" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="department" label={t('contacts.department')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
        </Row>
        <Divider orientation="left">{t('contacts.contactPoints')}</Divider>
        <ContactPointsFields kinds={PERSON_POINT_KINDS} addLabel={t('contacts.addContactPoint')} />
      </Form>
    </Drawer>
  );
}
