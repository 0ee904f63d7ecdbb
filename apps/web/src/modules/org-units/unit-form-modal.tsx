import { useMutation } from '@apollo/client';
import { App, Form, Input, Modal } from 'antd';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgUnitsQuery } from '../../gql/graphql';
import { subtreeIds } from '../../shared/lib/org-tree';
import { useFormErrors } from '../../shared/lib/use-server-errors';
import { CreateOrgUnitMutation, UpdateOrgUnitMutation } from './operations';
import { UnitTreeSelect } from './unit-tree-select';

type Unit = OrgUnitsQuery['orgUnits'][number];
/** add: a child of `unit` (or a top-level unit without one); rename and move: `unit` itself. */
export type UnitAction = { kind: 'add'; parent?: Unit } | { kind: 'rename'; unit: Unit } | { kind: 'move'; unit: Unit };

interface Values {
  name?: string;
  parentId?: string;
}
const FIELDS = ['name', 'parentId'] as const;

export function UnitFormModal({ action, units, onClose, onSaved }: { action: UnitAction | null; units: readonly Unit[]; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const showErrors = useFormErrors(form, FIELDS);
  const [createUnit, creating] = useMutation(CreateOrgUnitMutation);
  const [updateUnit, updating] = useMutation(UpdateOrgUnitMutation);
  const moving = action?.kind === 'move' ? action.unit : undefined;
  const excluded = useMemo(() => (moving ? subtreeIds(units, moving.id) : undefined), [units, moving]);

  useEffect(() => {
    if (!action) return;
    form.resetFields();
    if (action.kind === 'rename') form.setFieldsValue({ name: action.unit.name });
    if (action.kind === 'move') form.setFieldsValue({ parentId: action.unit.parentId ?? undefined });
  }, [action, form]);

  const onFinish = async (values: Values) => {
    if (!action) return;
    try {
      if (action.kind === 'add') await createUnit({ variables: { input: { name: values.name ?? '', parentId: action.parent?.id ?? null } } });
      if (action.kind === 'rename') await updateUnit({ variables: { input: { id: action.unit.id, name: values.name } } });
      if (action.kind === 'move') await updateUnit({ variables: { input: { id: action.unit.id, parentId: values.parentId } } });
      void message.success(t('orgUnits.saved'));
      onSaved();
    } catch (error) {
      showErrors(error);
    }
  };

  const title = !action ? '' : action.kind === 'add' ? (action.parent ? t('orgUnits.addChildOf', { name: action.parent.name }) : t('orgUnits.addTopLevel')) : t(`orgUnits.${action.kind}Title`, { name: action.unit.name });
  return (
    <Modal open={action !== null} title={title} onCancel={onClose} onOk={() => form.submit()} okText={t('common.save')} cancelText={t('common.cancel')} confirmLoading={creating.loading || updating.loading}>
      <Form form={form} layout="vertical" onFinish={onFinish}>
        {action?.kind !== 'move' ? (
          <Form.Item name="name" label={t('orgUnits.name')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
            <Input autoFocus />
          </Form.Item>
        ) : (
          <Form.Item name="parentId" label={t('orgUnits.newParent')} rules={[{ required: true, message: t('validation.required') }]} extra={t('orgUnits.moveHint')}>
            <UnitTreeSelect units={units} excluded={excluded} allowClear={false} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
