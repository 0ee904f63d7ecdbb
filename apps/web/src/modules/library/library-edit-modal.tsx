import { useMutation } from '@apollo/client';
import { App, type ButtonProps, Form, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LibraryDocumentFieldsFragment } from '../../gql/graphql';
import { useFormErrors } from '../../shared/lib/use-server-errors';
import { LIBRARY_FIELD_NAMES, LibraryFieldItems, type LibraryFieldValues } from './library-fields';
import { UpdateLibraryDocumentMutation } from './operations';

/** CUS-08: changes a library document's title, folder, tags and description (updateLibraryDocument); the server's field errors show by their fields. */
export function LibraryEditModal(props: { document: LibraryDocumentFieldsFragment | null; folders: string[]; tags: string[]; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<LibraryFieldValues>();
  const showErrors = useFormErrors(form, LIBRARY_FIELD_NAMES);
  const [update, updating] = useMutation(UpdateLibraryDocumentMutation);
  const { document } = props;

  const save = async (values: LibraryFieldValues) => {
    if (!document) return;
    try {
      await update({
        variables: {
          input: { id: document.id, title: values.title ?? '', folder: values.folder ?? '', tags: values.tags ?? [], description: values.description?.trim() ? values.description : null },
        },
      });
      void message.success(t('library.saved', { name: values.title }));
      props.onSaved();
    } catch (e) {
      showErrors(e);
    }
  };

  return (
    <Modal
      open={!!document}
      title={t('library.editTitle', { title: document?.title ?? '' })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={updating.loading}
      onOk={() => form.submit()}
      onCancel={props.onClose}
      okButtonProps={{ 'data-testid': 'library-edit-save' } as ButtonProps}
      destroyOnHidden
    >
      <Form<LibraryFieldValues>
        key={document?.id}
        form={form}
        layout="vertical"
        onFinish={(v) => void save(v)}
        initialValues={document ? { title: document.title, folder: document.folder, tags: document.tags, description: document.description ?? '' } : undefined}
        data-testid="library-edit-form"
        preserve={false}
      >
        <LibraryFieldItems folders={props.folders} tags={props.tags} />
      </Form>
    </Modal>
  );
}
