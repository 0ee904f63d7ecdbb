import { UploadOutlined } from '@ant-design/icons';
import { App, Button, type ButtonProps, Form, Modal, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { authorizedFetch, restError } from '../documents/authorized-fetch';
import { LIBRARY_FIELD_NAMES, LibraryFieldItems, type LibraryFieldValues } from './library-fields';

interface Values extends LibraryFieldValues {
  file?: UploadFile[];
}

const FIELDS = ['file', ...LIBRARY_FIELD_NAMES] as const;
type FieldName = (typeof FIELDS)[number];
const isField = (name: string | undefined): name is FieldName => (FIELDS as readonly (string | undefined)[]).includes(name);

/** The name a file is known by, without its extension: the title suggested for it. */
function titleOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(0, dot) : fileName;
}

/** CUS-08: adds a document to the shared library (multipart POST /api/library/documents); the server's field errors show by their fields. */
export function LibraryUploadModal(props: { open: boolean; folder?: string; folders: string[]; tags: string[]; onClose(): void; onUploaded(): void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);

  const submit = async (values: Values) => {
    const file = values.file?.[0]?.originFileObj;
    if (!file) return;
    setSaving(true);
    try {
      const body = new FormData();
      body.append('file', file, file.name);
      body.append('title', values.title ?? '');
      if (values.folder) body.append('folder', values.folder);
      if (values.tags?.length) body.append('tags', values.tags.join(','));
      if (values.description) body.append('description', values.description);
      const response = await authorizedFetch('/api/library/documents', { method: 'POST', body });
      if (!response.ok) {
        const problem = await restError(response);
        if (response.status === 413) form.setFields([{ name: 'file', errors: [t('library.tooLarge')] }]);
        else if (isField(problem.field)) form.setFields([{ name: problem.field, errors: [problem.message] }]);
        else void message.error(i18n.exists(`errors.${problem.code}`) ? t(`errors.${problem.code}`) : problem.message);
        return;
      }
      void message.success(t('library.uploaded', { name: values.title }));
      form.resetFields();
      props.onUploaded();
    } catch {
      void message.error(t('errors.NETWORK_ERROR'));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={props.open}
      title={t('library.uploadTitle')}
      okText={t('library.upload')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={props.onClose}
      okButtonProps={{ 'data-testid': 'library-upload-save' } as ButtonProps}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" onFinish={(v) => void submit(v)} initialValues={{ folder: props.folder }} data-testid="library-upload-form" preserve={false}>
        <Form.Item
          name="file"
          label={t('library.file')}
          valuePropName="fileList"
          getValueFromEvent={(e: { fileList: UploadFile[] }) => e.fileList.slice(-1)}
          rules={[{ required: true, message: t('library.fileRequired') }]}
        >
          <Upload
            maxCount={1}
            beforeUpload={(file) => {
              if (!form.getFieldValue('title')) form.setFieldValue('title', titleOf(file.name));
              return false; // sent with the form, not on its own
            }}
          >
            <Button icon={<UploadOutlined />} data-testid="library-file">
              {t('library.chooseFile')}
            </Button>
          </Upload>
        </Form.Item>
        <LibraryFieldItems folders={props.folders} tags={props.tags} />
      </Form>
    </Modal>
  );
}
