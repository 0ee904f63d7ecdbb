import { useMutation, useQuery } from '@apollo/client';
import { DeleteOutlined, DownloadOutlined, EditOutlined, FileAddOutlined, FolderOpenOutlined, FolderOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, type ButtonProps, Card, Empty, Flex, Input, Menu, Popconfirm, Select, Space, Table, Tag, Tooltip, Typography, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '../../app/auth/auth-context';
import type { LibraryDocumentFieldsFragment, LibraryDocumentFilter, LibraryDocumentOrderField } from '../../gql/graphql';
import { useSortedPaging } from '../../shared/lib/sorted-paging';
import { formatDateTime, formatSize } from '../../shared/lib/format';
import { can } from '../../shared/lib/permissions';
import { useErrorMessage } from '../../shared/lib/use-server-errors';
import { CursorPager } from '../../shared/ui/cursor-pager';
import { PageHeader } from '../../shared/ui/page-header';
import { QueryError } from '../../shared/ui/query-error';
import { downloadFile } from '../documents/authorized-fetch';
import { FileUnderCustomerModal } from './file-under-customer-modal';
import { LibraryEditModal } from './library-edit-modal';
import { LibraryUploadModal } from './library-upload-modal';
import { DeleteLibraryDocumentMutation, LibraryDocumentsQuery, LibraryFoldersQuery } from './operations';

const SORT_FIELDS: Record<string, LibraryDocumentOrderField> = { title: 'TITLE', size: 'SIZE', createdAt: 'CREATED_AT' };
const ALL = '\u0000all';

/** CUS-08: the tenant's shared document library: folders, search, tags, upload, download, file a copy under a customer. */
export function DocumentLibrary() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const describe = useErrorMessage();
  const me = useCurrentUser();
  const { paging, orderBy, changeFilter, sortOrder, onTableChange } = useSortedPaging(SORT_FIELDS);
  const [search, setSearch] = useState('');
  const [folder, setFolder] = useState<string>(ALL);
  const [tag, setTag] = useState<string | undefined>();
  const [uploading, setUploading] = useState(false);
  const [editing, setEditing] = useState<LibraryDocumentFieldsFragment | null>(null);
  const [filing, setFiling] = useState<{ id: string; title: string } | null>(null);
  const [filed, setFiled] = useState<{ title: string; accountId: string; accountName: string } | null>(null);
  const mayUpload = can(me.permissions, 'library_document', 'create');
  const mayEdit = can(me.permissions, 'library_document', 'edit');
  const mayDelete = can(me.permissions, 'library_document', 'delete');
  const mayFile = can(me.permissions, 'customer', 'edit');

  const filter: LibraryDocumentFilter = {
    search: search.trim() || undefined,
    folder: folder === ALL ? undefined : folder,
    includeSubfolders: folder === ALL || folder === '' ? undefined : true,
    tag,
  };
  const filtered = !!(filter.search || filter.folder !== undefined || tag);
  const { data, previousData, loading, error, refetch } = useQuery(LibraryDocumentsQuery, {
    variables: { first: paging.first, after: paging.after, filter, orderBy },
    notifyOnNetworkStatusChange: true,
  });
  const folders = useQuery(LibraryFoldersQuery);
  const [remove] = useMutation(DeleteLibraryDocumentMutation);
  const connection = (data ?? previousData)?.libraryDocuments;
  const rows = error ? [] : (connection?.edges.map((e) => e.node) ?? []);
  const folderNames = folders.data?.libraryFolders.map((f) => f.folder) ?? [];

  const refresh = () => {
    void refetch();
    void folders.refetch();
  };

  const columns: TableProps<LibraryDocumentFieldsFragment>['columns'] = [
    {
      key: 'title',
      title: t('library.fields.title'),
      sorter: true,
      sortOrder: sortOrder('TITLE'),
      render: (_, d) => (
        <Space direction="vertical" size={0}>
          <Typography.Text strong>{d.title}</Typography.Text>
          <Typography.Text type="secondary">{d.description ?? d.fileName}</Typography.Text>
        </Space>
      ),
    },
    { key: 'folder', title: t('library.fields.folder'), render: (_, d) => d.folder || t('library.topLevel'), responsive: ['md'] },
    {
      key: 'tags',
      title: t('library.fields.tags'),
      render: (_, d) =>
        d.tags.map((tg) => (
          <Tag key={tg} style={{ cursor: 'pointer' }} onClick={() => changeFilter(setTag)(tg)}>
            {tg}
          </Tag>
        )),
      responsive: ['lg'],
    },
    { key: 'size', title: t('library.fields.size'), sorter: true, sortOrder: sortOrder('SIZE'), render: (_, d) => formatSize(d.size), responsive: ['md'] },
    {
      key: 'createdAt',
      title: t('library.fields.uploaded'),
      sorter: true,
      sortOrder: sortOrder('CREATED_AT'),
      render: (_, d) => t('library.by', { who: d.uploadedBy?.displayName ?? '—', when: formatDateTime(d.createdAt, i18n.language) }),
      responsive: ['lg'],
    },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, d) => (
        <Space>
          <Tooltip title={t('library.download')}>
            <Button
              size="small"
              icon={<DownloadOutlined />}
              aria-label={t('library.download')}
              data-testid="library-download"
              onClick={() => void downloadFile(d.contentPath, d.fileName).catch(() => message.error(t('library.downloadFailed')))}
            />
          </Tooltip>
          {mayEdit && (
            <Tooltip title={t('common.edit')}>
              <Button size="small" icon={<EditOutlined />} aria-label={t('common.edit')} data-testid="library-edit" onClick={() => setEditing(d)} />
            </Tooltip>
          )}
          {mayFile && (
            <Tooltip title={t('library.fileUnder')}>
              <Button size="small" icon={<FileAddOutlined />} aria-label={t('library.fileUnder')} data-testid="library-file-under" onClick={() => setFiling({ id: d.id, title: d.title })} />
            </Tooltip>
          )}
          {mayDelete && (
            <Popconfirm
              title={t('library.deleteConfirm', { title: d.title })}
              okText={t('common.delete')}
              cancelText={t('common.cancel')}
              okButtonProps={{ danger: true, ...({ 'data-testid': 'library-delete-confirm' } as ButtonProps) }}
              onConfirm={async () => {
                try {
                  await remove({ variables: { input: { id: d.id } } });
                  void message.success(t('library.deleted'));
                  refresh();
                } catch (e) {
                  void message.error(describe(e));
                }
              }}
            >
              <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('common.delete')} data-testid="library-delete" />
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];

  const folderItems = [
    { key: ALL, icon: <FolderOpenOutlined />, label: t('library.allDocuments') },
    ...(folders.data?.libraryFolders ?? []).map((f) => ({
      key: f.folder,
      icon: <FolderOutlined />,
      label: (
        <span data-testid="library-folder-item" title={f.folder || t('library.topLevel')}>
          {f.folder || t('library.topLevel')} ({f.documentCount})
        </span>
      ),
    })),
  ];

  return (
    <>
      <PageHeader
        title={t('library.title')}
        extra={
          mayUpload && (
            <Button type="primary" icon={<UploadOutlined />} onClick={() => setUploading(true)} data-testid="library-upload">
              {t('library.upload')}
            </Button>
          )
        }
      />
      <Flex gap={16} wrap align="flex-start">
        <Card size="small" title={t('library.folders')} style={{ width: 240, flex: '0 0 auto' }} styles={{ body: { padding: 0 } }}>
          {folders.error ? (
            <QueryError error={folders.error} onRetry={() => void folders.refetch()} />
          ) : (
            <Menu mode="inline" selectedKeys={[folder]} items={folderItems} onClick={(e) => changeFilter(setFolder)(e.key)} data-testid="library-folders" style={{ borderInlineEnd: 0 }} />
          )}
        </Card>
        <div style={{ flex: '1 1 480px', minWidth: 0 }}>
          <Flex wrap gap={8} style={{ marginBottom: 16 }}>
            <Input.Search data-testid="library-search" allowClear placeholder={t('library.searchPlaceholder')} onSearch={changeFilter(setSearch)} style={{ width: 280 }} />
            <Select
              allowClear
              showSearch
              value={tag}
              onChange={changeFilter(setTag)}
              placeholder={t('library.allTags')}
              style={{ width: 180 }}
              options={(folders.data?.libraryTags ?? []).map((tg) => ({ value: tg, label: tg }))}
              data-testid="library-tag"
            />
          </Flex>
          {filed && (
            <Alert
              type="success"
              showIcon
              closable
              onClose={() => setFiled(null)}
              style={{ marginBottom: 16 }}
              data-testid="library-filed"
              message={t('library.filedUnder', { title: filed.title, customer: filed.accountName })}
              action={<Link to={`/customers/${filed.accountId}`}>{t('library.openCustomer')}</Link>}
            />
          )}
          {error && <QueryError error={error} onRetry={() => void refetch()} />}
          <Table<LibraryDocumentFieldsFragment>
            rowKey="id"
            columns={columns}
            dataSource={rows}
            loading={loading}
            pagination={false}
            onChange={onTableChange}
            scroll={{ x: 'max-content' }}
            onRow={() => ({ 'data-testid': 'library-row' }) as object}
            locale={{ emptyText: <Empty description={error ? t('common.loadFailed') : filtered ? t('library.noMatch') : t('library.empty')} /> }}
            data-testid="library-table"
          />
          <CursorPager
            page={paging.page}
            totalCount={error ? undefined : connection?.totalCount}
            hasPrevious={paging.hasPrevious}
            hasNext={!error && (connection?.pageInfo.hasNextPage ?? false)}
            onPrevious={paging.previous}
            onNext={() => paging.next(connection?.pageInfo.endCursor)}
          />
        </div>
      </Flex>
      {mayUpload && (
        <LibraryUploadModal
          open={uploading}
          folder={folder === ALL ? undefined : folder}
          folders={folderNames}
          tags={folders.data?.libraryTags ?? []}
          onClose={() => setUploading(false)}
          onUploaded={() => {
            setUploading(false);
            refresh();
          }}
        />
      )}
      {mayEdit && (
        <LibraryEditModal
          document={editing}
          folders={folderNames}
          tags={folders.data?.libraryTags ?? []}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            refresh();
          }}
        />
      )}
      <FileUnderCustomerModal
        document={filing}
        onClose={() => setFiling(null)}
        onFiled={(accountId, accountName) => filing && setFiled({ title: filing.title, accountId, accountName })}
      />
    </>
  );
}
