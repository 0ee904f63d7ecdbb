import { useMutation, useQuery } from '@apollo/client';
import { DeleteOutlined, SaveOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, Form, Input, Modal, Popconfirm, Select, Space, Tooltip, type ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerViewFieldsFragment, SaveCustomerViewInput } from '../../gql/graphql';
import { useFormErrors } from '../../shared/lib/use-server-errors';
import type { AppliedView, ViewList } from './view-filter';
import { CustomerViewsQuery, DeleteCustomerViewMutation, SaveCustomerViewMutation } from './operations';

/**
 * CUS-03 saved views of a list (`viewList`: the customers or the contacts list): pick one to apply it,
 * save the current filter, sort and columns under a name (optionally shared with everyone), delete your own.
 */
export function SavedViewsSelector<F, O>({
  viewList,
  filter,
  orderBy,
  columns,
  onApply,
}: {
  viewList: ViewList<F, O>;
  filter: F;
  orderBy?: O;
  columns?: string[];
  onApply(view: AppliedView<F, O>): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data, loading, error } = useQuery(CustomerViewsQuery, { variables: { list: viewList.list } });
  const views: CustomerViewFieldsFragment[] = data?.customerViews ?? [];
  const [current, setCurrent] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const [remove, removing] = useMutation(DeleteCustomerViewMutation, { refetchQueries: [CustomerViewsQuery] });
  const chosen = views.find((v) => v.id === current);

  const apply = (id: string | undefined) => {
    setCurrent(id);
    const view = views.find((v) => v.id === id);
    onApply(view ? viewList.fromView(view) : { filter: {} as F });
  };
  const option = (v: CustomerViewFieldsFragment) => ({ value: v.id, label: v.name, title: v.name });
  const mine = views.filter((v) => v.mine);
  const shared = views.filter((v) => !v.mine);

  return (
    <Space.Compact>
      <Select
        allowClear
        value={current}
        onChange={apply}
        loading={loading}
        status={error ? 'error' : undefined}
        placeholder={error ? t('savedViews.loadFailed') : t('savedViews.placeholder')}
        style={{ width: 220 }}
        notFoundContent={t('savedViews.none')}
        options={[
          ...(mine.length ? [{ label: t('savedViews.mine'), options: mine.map(option) }] : []),
          ...(shared.length ? [{ label: t('savedViews.sharedWithMe'), options: shared.map(option) }] : []),
        ]}
        data-testid="saved-views"
      />
      <Tooltip title={t('savedViews.save')}>
        <Button icon={<SaveOutlined />} onClick={() => setSaving(true)} data-testid="save-view" aria-label={t('savedViews.save')} />
      </Tooltip>
      {chosen?.mine && (
        <Popconfirm
          title={t('savedViews.deleteConfirm', { name: chosen.name })}
          okButtonProps={{ loading: removing.loading, 'data-testid': 'delete-view-confirm' } as ButtonProps}
          onConfirm={async () => {
            try {
              await remove({ variables: { input: { id: chosen.id } } });
              setCurrent(undefined);
              void message.success(t('savedViews.deleted'));
            } catch {
              void message.error(t('savedViews.deleteFailed'));
            }
          }}
        >
          <Button icon={<DeleteOutlined />} danger data-testid="delete-view" aria-label={t('savedViews.delete')} />
        </Popconfirm>
      )}
      {saving && (
        <SaveViewDialog
          initialName={chosen?.mine ? chosen.name : ''}
          input={{ list: viewList.list, ...viewList.toInput(filter, orderBy), columns: columns ?? null }}
          onClose={() => setSaving(false)}
          onSaved={(id) => {
            setSaving(false);
            setCurrent(id);
          }}
        />
      )}
    </Space.Compact>
  );
}

function SaveViewDialog({
  initialName,
  input,
  onClose,
  onSaved,
}: {
  initialName: string;
  /** The list's filter, sort and columns as saved. */
  input: Omit<SaveCustomerViewInput, 'name' | 'shared'>;
  onClose(): void;
  onSaved(id: string): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ name: string; shared: boolean }>();
  const showErrors = useFormErrors(form, ['name', 'shared']);
  const [save, { loading }] = useMutation(SaveCustomerViewMutation, { refetchQueries: [CustomerViewsQuery], awaitRefetchQueries: true });
  const submit = async (values: { name: string; shared: boolean }) => {
    try {
      const res = await save({ variables: { input: { ...input, name: values.name, shared: values.shared } } });
      void message.success(t('savedViews.saved'));
      onSaved(res.data!.saveCustomerView.view.id);
    } catch (error) {
      showErrors(error);
    }
  };
  return (
    <Modal
      open
      title={t('savedViews.saveTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      okButtonProps={{ loading, 'data-testid': 'save-view-submit' } as ButtonProps}
      destroyOnClose
    >
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ name: initialName, shared: false }}>
        <Form.Item name="name" label={t('savedViews.name')} rules={[{ required: true, whitespace: true, message: t('savedViews.nameRequired') }]} extra={t('savedViews.sameNameReplaces')}>
          <Input maxLength={100} data-testid="save-view-name" />
        </Form.Item>
        <Form.Item name="shared" valuePropName="checked">
          <Checkbox data-testid="save-view-shared">{t('savedViews.shareWithEveryone')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
