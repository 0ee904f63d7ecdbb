import { AutoComplete, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';

/** What a user types about a library document, on upload and on edit. */
export interface LibraryFieldValues {
  title: string;
  folder?: string;
  tags?: string[];
  description?: string;
}

/** The form fields the server may name in its errors (without the "input." prefix). */
export const LIBRARY_FIELD_NAMES = ['title', 'folder', 'tags', 'description'] as const;

/** CUS-08: the title, folder, tags and description inputs shared by the upload and the edit dialogs. */
export function LibraryFieldItems(props: { folders: string[]; tags: string[] }) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item name="title" label={t('library.fields.title')} rules={[{ required: true, whitespace: true, message: t('validation.required') }, { max: 200 }]}>
        <Input data-testid="library-title" />
      </Form.Item>
      <Form.Item name="folder" label={t('library.fields.folder')} extra={t('library.folderHint')}>
        <AutoComplete data-testid="library-folder" options={props.folders.filter(Boolean).map((f) => ({ value: f }))} filterOption />
      </Form.Item>
      <Form.Item name="tags" label={t('library.fields.tags')}>
        <Select mode="tags" data-testid="library-tags" tokenSeparators={[',', '，']} options={props.tags.map((tg) => ({ value: tg }))} />
      </Form.Item>
      <Form.Item name="description" label={t('library.fields.description')}>
        <Input.TextArea rows={2} maxLength={2000} data-testid="library-description" />
      </Form.Item>
    </>
  );
}
