import { useMutation } from '@apollo/client';
import { Alert, App, Button, Col, Divider, Drawer, Form, Input, InputNumber, Row, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChangeRequestFieldsFragment } from '../../gql/graphql';
import { errorCode } from '../../shared/lib/graphql-errors';
import { useFormErrors } from '../../shared/lib/use-server-errors';
import { toEditValues, toUpdateAccountInput, type AccountEditValues, type EditableAccount } from './account-edit';
import { CONTACT_POINT_KINDS, duplicateCandidates, LIFECYCLE_STAGES, type Candidate } from './account-input';
import { ContactPointsFields } from './contact-points-fields';
import { AccountProfileFields } from './account-profile-fields';
import { CustomerValueFields } from '../data-quality/customer-value-fields';
import { UnknownableItem, UnknownFactToggle } from '../data-quality/unknown-toggle';
import { DuplicateCandidates } from './duplicate-candidates';
import { UpdateAccountMutation } from './operations';

const FIELDS = ['name', 'lifecycleStage', 'industry', 'source', 'website', 'taxId', 'creditTermsDays', 'tier', 'tags', 'notes', 'contactPoints'] as const;

/**
 * Edits a customer, sending the version it was loaded at. A newer version on the server (VERSION_CONFLICT)
 * shows a reload action; a rename that looks like another customer shows the candidates with "save anyway";
 * protected fields come back as a change request, handed to `onSaved` so the page can say so.
 */
export function AccountEditDrawer({
  account,
  open,
  onClose,
  onSaved,
  onReload,
}: {
  account: EditableAccount;
  open: boolean;
  onClose(): void;
  onSaved(changeRequest: ChangeRequestFieldsFragment | null | undefined): void;
  onReload(): Promise<unknown>;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<AccountEditValues>();
  const showErrors = useFormErrors(form, FIELDS);
  const [updateAccount, updating] = useMutation(UpdateAccountMutation);
  const [candidates, setCandidates] = useState<Candidate[]>([]);
  const [conflict, setConflict] = useState(false);
  const [reloading, setReloading] = useState(false);

  useEffect(() => {
    if (!open) return;
    form.setFieldsValue(toEditValues(account));
    setCandidates([]);
    setConflict(false);
    // Only when the drawer opens; a reload after a conflict resets the form below.
  }, [open, form]);

  const save = async (values: AccountEditValues, allowDuplicate: boolean) => {
    const input = toUpdateAccountInput(account, values, allowDuplicate);
    if (Object.keys(input).filter((k) => !['id', 'version', 'allowDuplicate'].includes(k)).length === 0) {
      onClose();
      return;
    }
    try {
      const result = await updateAccount({ variables: { input } });
      const changeRequest = result.data?.updateAccount.changeRequest;
      if (!changeRequest) void message.success(t('customers.edit.saved'));
      setCandidates([]);
      onSaved(changeRequest);
    } catch (error) {
      const code = errorCode(error);
      if (code === 'VERSION_CONFLICT') {
        setConflict(true);
        return;
      }
      if (code === 'DUPLICATE_SUSPECTED') {
        setCandidates(duplicateCandidates(error));
        return;
      }
      showErrors(error);
    }
  };

  const saveAnyway = async () => {
    try {
      await save(await form.validateFields(), true);
    } catch {
      // validateFields marks the invalid inputs itself.
    }
  };

  const reload = async () => {
    setReloading(true);
    try {
      await onReload();
      setConflict(false);
    } finally {
      setReloading(false);
    }
  };

  // After a reload the account prop carries the newer version and values: start again from them.
  useEffect(() => {
    if (open) form.setFieldsValue(toEditValues(account));
  }, [account.version]);

  const required = { required: true, message: t('validation.required') };
  return (
    <Drawer
      open={open}
      onClose={onClose}
      width={640}
      title={t('customers.edit.title')}
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={updating.loading} disabled={conflict} onClick={() => form.submit()} data-testid="customer-edit-submit">
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      {conflict && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="version-conflict"
          message={t('customers.edit.conflictTitle')}
          description={t('customers.edit.conflictHint')}
          action={
            <Button onClick={() => void reload()} loading={reloading} data-testid="version-conflict-reload">
              {t('customers.edit.reload')}
            </Button>
          }
        />
      )}
      <DuplicateCandidates candidates={candidates} onCreateAnyway={() => void saveAnyway()} creating={updating.loading} editing />
      <Form form={form} layout="vertical" onFinish={(values) => save(values, false)}>
        <Row gutter={16}>
          <Col span={24}>
            <Form.Item name="name" label={t('customers.name')} rules={[required]}>
              <Input autoComplete="off" maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="lifecycleStage" label={t('customers.lifecycleStage')}>
              <Select options={LIFECYCLE_STAGES.map((s) => ({ value: s, label: t(`customers.stages.${s}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <UnknownableItem field="tier" label={t('customers.tier')}>
              <Input maxLength={50} />
            </UnknownableItem>
          </Col>
          <AccountProfileFields />
          <Col xs={24} sm={12}>
            <UnknownableItem field="taxId" label={t('customers.taxId')}>
              <Input maxLength={50} />
            </UnknownableItem>
          </Col>
          <Col xs={24} sm={12}>
            <UnknownableItem field="creditTermsDays" label={t('customers.creditTermsDays')}>
              <InputNumber min={0} max={3650} precision={0} style={{ width: '100%' }} addonAfter={t('customers.days')} />
            </UnknownableItem>
          </Col>
          <CustomerValueFields />
          <Col span={24}>
            <Form.Item name="tags" label={t('customers.tags')}>
              <Select mode="tags" tokenSeparators={[',', '，']} open={false} suffixIcon={null} placeholder={t('customers.tagsHint')} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="notes" label={t('customers.notes')}>
              <Input.TextArea rows={4} maxLength={5000} />
            </Form.Item>
          </Col>
        </Row>
        <Divider orientation="left">{t('customers.contactPoints')}</Divider>
        <ContactPointsFields kinds={CONTACT_POINT_KINDS} addLabel={t('customers.addContactPoint')} unknownToggles />
        {(account.addresses?.length ?? 0) === 0 && (
          <>
            <Divider orientation="left">{t('customers.addresses')}</Divider>
            <UnknownFactToggle fact="address" given={false} />
          </>
        )}
      </Form>
    </Drawer>
  );
}
