import { useApolloClient, useMutation, useQuery } from '@apollo/client';
import { DeleteOutlined, DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, type ButtonProps, Card, Empty, List, Popconfirm, Select, Skeleton, Space, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../app/auth/auth-context';
import { formatDateTime, formatSize } from '../../shared/lib/format';
import { can } from '../../shared/lib/permissions';
import { useErrorMessage } from '../../shared/lib/use-server-errors';
import { QueryError } from '../../shared/ui/query-error';
import { authorizedFetch, downloadFile, restError } from './authorized-fetch';
import { CustomerDocumentsQuery, DeleteDocumentMutation } from './operations';

const PAGE = 20;
const CATEGORIES = ['quote', 'proposal', 'contract', 'requirements', 'other'] as const;

/** CUS-08: documents filed under the customer, on its 360° page: upload, download, delete. */
export function CustomerDocumentsCard({ accountId }: { accountId: string }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const describe = useErrorMessage();
  const me = useCurrentUser();
  const client = useApolloClient();
  const [category, setCategory] = useState<string | undefined>();
  const [uploading, setUploading] = useState(false);
  const { data, loading, error, refetch, fetchMore } = useQuery(CustomerDocumentsQuery, { variables: { accountId, first: PAGE } });
  const [remove] = useMutation(DeleteDocumentMutation);
  const documents = data?.customerDocuments;
  const mayEdit = can(me.permissions, 'customer', 'edit');
  const refreshAll = () => client.refetchQueries({ include: ['CustomerDocuments', 'CustomerTimeline'] });

  const upload = async (file: File) => {
    setUploading(true);
    try {
      const form = new FormData();
      form.append('file', file, file.name);
      if (category) form.append('category', category);
      const response = await authorizedFetch(`/api/customers/${accountId}/documents`, { method: 'POST', body: form });
      if (!response.ok) {
        const problem = await restError(response);
        const reason = response.status === 413 ? t('documents.tooLarge') : i18n.exists(`errors.${problem.code}`) ? t(`errors.${problem.code}`) : problem.message;
        void message.error(t('documents.uploadFailed', { name: file.name, reason }));
        return;
      }
      void message.success(t('documents.uploaded', { name: file.name }));
      await refreshAll();
    } catch (e) {
      void message.error(t('documents.uploadFailed', { name: file.name, reason: describe(e) || t('errors.NETWORK_ERROR') }));
    } finally {
      setUploading(false);
    }
  };

  const more = () =>
    fetchMore({
      variables: { after: documents?.pageInfo.endCursor },
      updateQuery: (prev, { fetchMoreResult }) => ({
        customerDocuments: { ...fetchMoreResult.customerDocuments, edges: [...prev.customerDocuments.edges, ...fetchMoreResult.customerDocuments.edges] },
      }),
    });

  let body;
  if (error) body = <QueryError error={error} onRetry={() => void refetch()} />;
  else if (loading && !documents) body = <Skeleton active />;
  else if (!documents || documents.edges.length === 0) body = <Empty description={t('documents.empty')} />;
  else
    body = (
      <>
        <List
          size="small"
          data-testid="customer-documents"
          dataSource={documents.edges.map((e) => e.node)}
          rowKey="id"
          renderItem={(doc) => (
            <List.Item
              data-testid="customer-document"
              actions={[
                <Button
                  key="download"
                  size="small"
                  icon={<DownloadOutlined />}
                  aria-label={t('documents.download')}
                  data-testid="document-download"
                  onClick={() => void downloadFile(doc.contentPath, doc.fileName).catch(() => message.error(t('documents.downloadFailed')))}
                />,
                ...(mayEdit && (doc.uploadedById === me.id || can(me.permissions, 'customer', 'admin'))
                  ? [
                      <Popconfirm
                        key="delete"
                        title={t('documents.deleteConfirm', { name: doc.title ?? doc.fileName })}
                        okText={t('documents.delete')}
                        cancelText={t('common.cancel')}
                        okButtonProps={{ danger: true, ...({ 'data-testid': 'document-delete-confirm' } as ButtonProps) }}
                        onConfirm={async () => {
                          try {
                            await remove({ variables: { input: { id: doc.id } } });
                            void message.success(t('documents.deleted'));
                            await refreshAll();
                          } catch (e) {
                            void message.error(describe(e));
                          }
                        }}
                      >
                        <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('documents.delete')} data-testid="document-delete" />
                      </Popconfirm>,
                    ]
                  : []),
              ]}
            >
              <List.Item.Meta
                title={
                  <Space wrap size={4}>
                    <Typography.Text>{doc.title ?? doc.fileName}</Typography.Text>
                    {doc.category && <Tag>{i18n.exists(`documents.categories.${doc.category}`) ? t(`documents.categories.${doc.category}`) : doc.category}</Tag>}
                  </Space>
                }
                description={
                  <Typography.Text type="secondary">
                    {doc.title ? `${doc.fileName} · ` : ''}
                    {formatSize(doc.size)} · {t('documents.by', { who: doc.uploadedBy?.displayName ?? '—', when: formatDateTime(doc.createdAt, i18n.language) })}
                  </Typography.Text>
                }
              />
            </List.Item>
          )}
        />
        {documents.pageInfo.hasNextPage && <Button onClick={() => void more()}>{t('documents.more')}</Button>}
      </>
    );

  return (
    <Card
      title={t('documents.title')}
      size="small"
      extra={
        mayEdit && (
          <Space wrap>
            <Select
              size="small"
              allowClear
              style={{ minWidth: 120 }}
              placeholder={t('documents.categoryPlaceholder')}
              value={category}
              onChange={setCategory}
              options={CATEGORIES.map((c) => ({ value: c, label: t(`documents.categories.${c}`) }))}
            />
            <Upload
              showUploadList={false}
              multiple={false}
              customRequest={({ file, onSuccess }) => {
                void upload(file as File).then(() => onSuccess?.(null));
              }}
            >
              <Button size="small" icon={<UploadOutlined />} loading={uploading} data-testid="document-upload">
                {uploading ? t('documents.uploading') : t('documents.upload')}
              </Button>
            </Upload>
          </Space>
        )
      }
    >
      {body}
    </Card>
  );
}
