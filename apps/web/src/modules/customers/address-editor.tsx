import { useMutation } from '@apollo/client';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Col, Form, Input, Modal, Popconfirm, Row, Select, Space, Table, Tag } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../app/auth/auth-context';
import type { ChangeRequestFieldsFragment } from '../../gql/graphql';
import { can } from '../../shared/lib/permissions';
import { useErrorMessage, useFormErrors } from '../../shared/lib/use-server-errors';
import { ADDRESS_KINDS } from './account-input';
import { toAddressFormValues, toSaveAddressInput, type AddressFormValues, type CustomerAddress } from './address-form';
import { RemoveAccountAddressMutation, SaveAccountAddressMutation } from './operations';

const FIELDS = ['kind', 'country', 'province', 'city', 'district', 'street', 'postcode', 'isPrimary'] as const;

type ChangeRequest = ChangeRequestFieldsFragment | null | undefined;
/** The customer page's history (by operation name): an address change is audited but leaves the version as it is. */
const HISTORY_QUERY = 'CustomerAuditTrail';

/**
 * Adds or changes one address of a customer (CUS-02). Field errors of the server (`input.postcode`, …)
 * show on their inputs; a billing address change that needs approval (DQ-04) comes back as a change
 * request, handed to `onSaved` so the page can say so.
 */
function AddressModal({
  accountId,
  address,
  open,
  onClose,
  onSaved,
}: {
  accountId: string;
  /** The address to change; null: a new one. */
  address: CustomerAddress | null;
  open: boolean;
  onClose(): void;
  onSaved(changeRequest: ChangeRequest): void;
}) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [form] = Form.useForm<AddressFormValues>();
  const showErrors = useFormErrors(form, FIELDS);
  const [save, saving] = useMutation(SaveAccountAddressMutation, { refetchQueries: [HISTORY_QUERY] });
  const kind = Form.useWatch('kind', form);
  const billingNeedsApproval = !can(me.permissions, 'customer', 'admin') && (kind === 'BILLING' || address?.kind === 'BILLING');

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(toAddressFormValues(address));
  }, [open, address, form]);

  const submit = async (values: AddressFormValues) => {
    try {
      const result = await save({ variables: { input: toSaveAddressInput(accountId, address?.id, values) } });
      onSaved(result.data?.saveAccountAddress.changeRequest);
    } catch (error) {
      showErrors(error);
    }
  };

  const required = { required: true, whitespace: true, message: t('validation.required') };
  return (
    <Modal
      open={open}
      forceRender
      title={address ? t('customers.addressEditor.editTitle') : t('customers.addressEditor.addTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving.loading}
      okButtonProps={{ 'data-testid': 'address-save' }}
      width={600}
    >
      <Form form={form} name="address" layout="vertical" onFinish={(values) => void submit(values)} data-testid="address-form">
        {billingNeedsApproval && <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('customers.addressEditor.billingNeedsApproval')} data-testid="address-billing-hint" />}
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item name="kind" label={t('customers.addressKind')} rules={[{ required: true, message: t('validation.required') }]}>
              <Select data-testid="address-kind" options={ADDRESS_KINDS.map((k) => ({ value: k, label: t(`customers.addressKinds.${k}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="country"
              label={t('customers.countryCode')}
              rules={[{ pattern: /^\s*[A-Za-z]{2}\s*$/, message: t('customers.addressEditor.countryFormat') }]}
              tooltip={t('customers.addressEditor.countryHint')}
            >
              <Input maxLength={2} data-testid="address-country" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="province" label={t('customers.addressEditor.province')}>
              <Input maxLength={100} data-testid="address-province" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="city" label={t('customers.city')}>
              <Input maxLength={100} data-testid="address-city" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="district" label={t('customers.addressEditor.district')}>
              <Input maxLength={100} data-testid="address-district" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="street" label={t('customers.street')} rules={[required]}>
              <Input maxLength={300} data-testid="address-street" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="postcode" label={t('customers.postcode')}>
              <Input maxLength={20} data-testid="address-postcode" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="isPrimary" valuePropName="checked" label=" ">
              <Checkbox data-testid="address-primary">{t('customers.addressEditor.primary')}</Checkbox>
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}

/**
 * The addresses card of the customer page (CUS-02): the list, and for users who may edit customers
 * "add", "edit" and "remove" (after a confirmation). `onChanged` gets the change request when the change
 * waits for approval (DQ-04), else null, once the server has answered.
 */
export function CustomerAddressesCard({
  accountId,
  addresses,
  unknownFacts,
  onChanged,
}: {
  accountId: string;
  addresses: readonly CustomerAddress[];
  /** DQ-05: an "address unknown" mark, shown beside the add button. */
  unknownFacts?: ReactNode;
  onChanged(changeRequest: ChangeRequest): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const describe = useErrorMessage();
  const canEdit = can(me.permissions, 'customer', 'edit');
  const [editing, setEditing] = useState<{ address: CustomerAddress | null } | null>(null);
  const [remove, removing] = useMutation(RemoveAccountAddressMutation, { refetchQueries: [HISTORY_QUERY] });

  const done = (changeRequest: ChangeRequest, savedKey: string) => {
    if (changeRequest) void message.info(t('customers.addressEditor.sentForApproval'));
    else void message.success(t(savedKey));
    onChanged(changeRequest);
  };

  const removeAddress = async (address: CustomerAddress) => {
    try {
      const result = await remove({ variables: { input: { accountId, id: address.id } } });
      done(result.data?.removeAccountAddress.changeRequest, 'customers.addressEditor.removed');
    } catch (error) {
      void message.error(describe(error));
    }
  };

  return (
    <Card
      title={t('customers.addresses')}
      size="small"
      data-testid="customer-addresses"
      extra={
        <Space size={8}>
          {unknownFacts}
          {canEdit && (
            <Button size="small" icon={<PlusOutlined />} onClick={() => setEditing({ address: null })} data-testid="address-add">
              {t('customers.addAddress')}
            </Button>
          )}
        </Space>
      }
    >
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={addresses as CustomerAddress[]}
        locale={{ emptyText: t('customers.noAddresses') }}
        onRow={() => ({ 'data-testid': 'customer-address' }) as object}
        columns={[
          {
            key: 'kind',
            title: t('customers.addressKind'),
            render: (_, ad) => (
              <Space size={4} wrap>
                {t(`customers.addressKinds.${ad.kind}`)}
                {ad.isPrimary && <Tag color="blue">{t('customers.primary')}</Tag>}
              </Space>
            ),
          },
          { key: 'street', title: t('customers.street'), render: (_, ad) => <span data-testid="customer-address-street">{[ad.street, ad.district].filter(Boolean).join(', ')}</span> },
          { key: 'city', title: t('customers.city'), render: (_, ad) => [ad.city, ad.province].filter(Boolean).join(', ') || '—' },
          { key: 'postcode', title: t('customers.postcode'), render: (_, ad) => ad.postcode ?? '—' },
          { key: 'country', title: t('customers.countryCode'), dataIndex: 'country' },
          ...(canEdit
            ? [
                {
                  key: 'actions',
                  title: t('common.actions'),
                  render: (_: unknown, ad: CustomerAddress) => (
                    <Space size={0}>
                      <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setEditing({ address: ad })} data-testid="address-edit" aria-label={t('common.edit')} />
                      <Popconfirm
                        title={t('customers.addressEditor.confirmRemove')}
                        description={[ad.street, ad.city].filter(Boolean).join(', ')}
                        okText={t('customers.addressEditor.remove')}
                        cancelText={t('common.cancel')}
                        okButtonProps={{ danger: true, loading: removing.loading, 'data-testid': 'address-remove-confirm' }}
                        onConfirm={() => removeAddress(ad)}
                      >
                        <Button type="link" size="small" danger icon={<DeleteOutlined />} data-testid="address-remove" aria-label={t('customers.addressEditor.remove')} />
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
        scroll={{ x: 'max-content' }}
      />
      {canEdit && (
        <AddressModal
          accountId={accountId}
          address={editing?.address ?? null}
          open={editing !== null}
          onClose={() => setEditing(null)}
          onSaved={(changeRequest) => {
            setEditing(null);
            done(changeRequest, 'customers.addressEditor.saved');
          }}
        />
      )}
    </Card>
  );
}
