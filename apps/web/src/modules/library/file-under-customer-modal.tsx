import { useMutation, useQuery } from '@apollo/client';
import { App, type ButtonProps, Form, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../shared/lib/graphql-errors';
import { useErrorMessage } from '../../shared/lib/use-server-errors';
import { FileLibraryDocumentMutation, LibraryCustomerPickerQuery } from './operations';

const CATEGORIES = ['quote', 'proposal', 'contract', 'requirements', 'other'] as const;

/** CUS-08: files a copy of a library document under a customer the user may edit. */
export function FileUnderCustomerModal(props: { document: { id: string; title: string } | null; onClose(): void; onFiled(accountId: string, accountName: string): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const describe = useErrorMessage();
  const [form] = Form.useForm<{ accountId: string; category?: string }>();
  const [search, setSearch] = useState('');
  const customers = useQuery(LibraryCustomerPickerQuery, { variables: { search: search.trim() || null }, skip: !props.document });
  const [file, { loading }] = useMutation(FileLibraryDocumentMutation);

  const options = (customers.data ?? customers.previousData)?.accounts.edges.map((e) => ({ value: e.node.id, label: e.node.name })) ?? [];

  const submit = async (values: { accountId: string; category?: string }) => {
    if (!props.document) return;
    try {
      const res = await file({ variables: { input: { id: props.document.id, accountId: values.accountId, category: values.category ?? null } } });
      const accountId = res.data?.fileLibraryDocumentUnderCustomer.document.accountId ?? values.accountId;
      void message.success(t('library.filed', { title: props.document.title }));
      props.onFiled(accountId, options.find((o) => o.value === accountId)?.label ?? '');
      props.onClose();
    } catch (e) {
      const byField = fieldErrors(e, ['accountId']);
      if (byField.accountId) form.setFields([{ name: 'accountId', errors: [describe(e)] }]);
      else void message.error(describe(e));
    }
  };

  return (
    <Modal
      open={!!props.document}
      title={t('library.fileUnderTitle', { title: props.document?.title ?? '' })}
      okText={t('library.fileUnder')}
      cancelText={t('common.cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={props.onClose}
      okButtonProps={{ 'data-testid': 'library-file-under-save' } as ButtonProps}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} preserve={false}>
        <Form.Item name="accountId" label={t('library.customer')} rules={[{ required: true, message: t('validation.required') }]}>
          <Select
            showSearch
            data-testid="library-customer"
            placeholder={t('library.customerPlaceholder')}
            filterOption={false}
            onSearch={setSearch}
            loading={customers.loading}
            options={options}
          />
        </Form.Item>
        <Form.Item name="category" label={t('documents.category')}>
          <Select allowClear options={CATEGORIES.map((c) => ({ value: c, label: t(`documents.categories.${c}`) }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
