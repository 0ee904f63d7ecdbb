import { useApolloClient, useMutation } from '@apollo/client';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Col, Divider, Drawer, Form, Input, Row, Select, Space } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode } from '../../shared/lib/graphql-errors';
import { useFormErrors } from '../../shared/lib/use-server-errors';
import {
  ACCOUNT_KINDS,
  ADDRESS_KINDS,
  CONTACT_POINT_KINDS,
  duplicateCandidates,
  LIFECYCLE_STAGES,
  toCreateAccountInput,
  toDuplicateCheckInput,
  type AccountFormValues,
  type Candidate,
} from './account-input';
import { AccountProfileFields } from './account-profile-fields';
import { ContactPointsFields } from './contact-points-fields';
import { UnknownFactToggle } from '../data-quality/unknown-toggle';
import { DuplicateCandidates } from './duplicate-candidates';
import { CheckAccountDuplicatesQuery, CreateAccountMutation } from './operations';

const FIELDS = ['kind', 'name', 'lifecycleStage', 'industry', 'source', 'website', 'tags', 'contactPoints', 'addresses'] as const;
const CHECK_DELAY_MS = 500;

/**
 * Creates a customer. The duplicate check runs while the name is typed (debounced) and again on save;
 * when it finds candidates the user picks one or says "none of these" and the create is sent with
 * allowDuplicate. Server field errors, also inside the lists (contactPoints.0.value), appear next to their input.
 */
export function AccountFormDrawer({ open, onClose, onSaved }: { open: boolean; onClose(): void; onSaved(id: string): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useApolloClient();
  const [form] = Form.useForm<AccountFormValues>();
  const showErrors = useFormErrors(form, FIELDS);
  const [createAccount, creating] = useMutation(CreateAccountMutation);
  const [candidates, setCandidates] = useState<Candidate[]>([]);
  const checkSeq = useRef(0);
  const checkTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const kind = Form.useWatch('kind', form);
  const name = Form.useWatch('name', form);
  const contactPoints = Form.useWatch('contactPoints', form);
  const addresses = Form.useWatch('addresses', form);
  const checkKey = JSON.stringify(toDuplicateCheckInput({ kind: kind ?? 'COMPANY', name, contactPoints }) ?? null);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    checkSeq.current++; // an answer still on its way belongs to the previous form
    setCandidates([]);
  }, [open, form]);

  /** Runs the check; only the newest answer counts. */
  const check = async (values: AccountFormValues): Promise<Candidate[]> => {
    const input = toDuplicateCheckInput(values);
    const seq = ++checkSeq.current;
    if (!input) {
      setCandidates([]);
      return [];
    }
    try {
      const { data } = await client.query({ query: CheckAccountDuplicatesQuery, variables: { input }, fetchPolicy: 'network-only' });
      const found = data.checkAccountDuplicates;
      if (seq === checkSeq.current) setCandidates(found);
      return found;
    } catch {
      return []; // The check is advice; the server checks again on create.
    }
  };

  useEffect(() => {
    if (!open) return;
    const input = JSON.parse(checkKey) as ReturnType<typeof toDuplicateCheckInput> | null;
    if (!input) {
      checkSeq.current++;
      setCandidates([]);
      return;
    }
    checkTimer.current = setTimeout(() => void check(input), CHECK_DELAY_MS);
    return () => clearTimeout(checkTimer.current);
    // `check` reads only refs and setters; the key alone says when to check again.
  }, [checkKey, open]);

  const save = async (values: AccountFormValues, allowDuplicate: boolean) => {
    clearTimeout(checkTimer.current); // saving checks now; a pending check would be stale
    if (!allowDuplicate) {
      const found = await check(values);
      if (found.length > 0) return;
    }
    try {
      const result = await createAccount({ variables: { input: toCreateAccountInput(values, allowDuplicate) } });
      void message.success(t('customers.created'));
      checkSeq.current++; // a check still on its way would find the customer just created
      setCandidates([]);
      onSaved(result.data!.createAccount.account.id);
    } catch (error) {
      if (errorCode(error) === 'DUPLICATE_SUSPECTED') {
        setCandidates(duplicateCandidates(error));
        return;
      }
      showErrors(error);
    }
  };

  const createAnyway = async () => {
    try {
      await save(await form.validateFields(), true);
    } catch {
      // validateFields marks the invalid inputs itself.
    }
  };

  const required = { required: true, message: t('validation.required') };
  const selectOptions = (values: readonly string[], prefix: string) => values.map((v) => ({ value: v, label: t(`${prefix}.${v}`) }));
  return (
    <Drawer
      open={open}
      onClose={onClose}
      width={640}
      title={t('customers.createTitle')}
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={creating.loading} onClick={() => form.submit()} data-testid="customer-form-submit">
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      <DuplicateCandidates candidates={candidates} onCreateAnyway={() => void createAnyway()} creating={creating.loading} />
      <Form form={form} layout="vertical" onFinish={(values) => save(values, false)} initialValues={{ kind: 'COMPANY', lifecycleStage: 'PROSPECT', tags: [], contactPoints: [], addresses: [] }}>
        <Row gutter={16}>
          <Col xs={24} sm={8}>
            <Form.Item name="kind" label={t('customers.kind')} rules={[required]}>
              <Select options={selectOptions(ACCOUNT_KINDS, 'customers.kinds')} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={16}>
            <Form.Item name="name" label={t('customers.name')} rules={[required]}>
              <Input autoComplete="off" maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="lifecycleStage" label={t('customers.lifecycleStage')}>
              <Select options={selectOptions(LIFECYCLE_STAGES, 'customers.stages')} />
            </Form.Item>
          </Col>
          <AccountProfileFields />
          <Col span={24}>
            <Form.Item name="tags" label={t('customers.tags')}>
              <Select mode="tags" tokenSeparators={[',', '，']} open={false} suffixIcon={null} placeholder={t('customers.tagsHint')} />
            </Form.Item>
          </Col>
        </Row>

        <Divider orientation="left">{t('customers.contactPoints')}</Divider>
        <ContactPointsFields kinds={CONTACT_POINT_KINDS} addLabel={t('customers.addContactPoint')} unknownToggles />

        <Divider orientation="left">{t('customers.addresses')}</Divider>
        <Form.List name="addresses">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Row key={field.key} gutter={8} align="top" data-testid="address-row">
                  <Col xs={12} sm={6}>
                    <Form.Item name={[field.name, 'kind']} rules={[required]}>
                      <Select options={selectOptions(ADDRESS_KINDS, 'customers.addressKinds')} aria-label={t('customers.addressKind')} />
                    </Form.Item>
                  </Col>
                  <Col xs={12} sm={18}>
                    <Form.Item name={[field.name, 'street']} rules={[required]}>
                      <Input placeholder={t('customers.street')} maxLength={300} />
                    </Form.Item>
                  </Col>
                  <Col xs={12} sm={8}>
                    <Form.Item name={[field.name, 'city']}>
                      <Input placeholder={t('customers.city')} maxLength={100} />
                    </Form.Item>
                  </Col>
                  <Col xs={12} sm={7}>
                    <Form.Item name={[field.name, 'postcode']}>
                      <Input placeholder={t('customers.postcode')} maxLength={20} />
                    </Form.Item>
                  </Col>
                  <Col xs={20} sm={7}>
                    <Form.Item name={[field.name, 'country']}>
                      <Input placeholder={t('customers.country')} maxLength={2} />
                    </Form.Item>
                  </Col>
                  <Col xs={4} sm={2} style={{ paddingTop: 6 }}>
                    <MinusCircleOutlined aria-label={t('common.delete')} onClick={() => remove(field.name)} />
                  </Col>
                </Row>
              ))}
              <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({ kind: 'OFFICE', country: 'CN' })} data-testid="add-address">
                {t('customers.addAddress')}
              </Button>
            </>
          )}
        </Form.List>
        <div style={{ marginTop: 8 }}>
          <UnknownFactToggle fact="address" given={(addresses ?? []).some((a) => a?.street?.trim())} />
        </div>
      </Form>
    </Drawer>
  );
}
