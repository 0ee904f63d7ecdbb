import { useMutation, useQuery } from '@apollo/client';
import { DeleteOutlined, EditOutlined, EyeOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Empty, Popconfirm, Space, Table, Tag, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../app/auth/auth-context';
import type { RoleFieldsFragment } from '../../gql/graphql';
import { can } from '../../shared/lib/permissions';
import { useErrorMessage } from '../../shared/lib/use-server-errors';
import { PageHeader } from '../../shared/ui/page-header';
import { QueryError } from '../../shared/ui/query-error';
import { DeleteRoleMutation, RolesQuery } from './operations';
import { RoleFormDrawer } from './role-form-drawer';

export function RolesList() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const describe = useErrorMessage();
  const me = useCurrentUser();
  const { data, loading, error, refetch } = useQuery(RolesQuery);
  const [deleteRole] = useMutation(DeleteRoleMutation);
  const [drawer, setDrawer] = useState<{ open: boolean; role?: RoleFieldsFragment }>({ open: false });
  const mayEdit = can(me.permissions, 'role', 'edit');
  const mayDelete = can(me.permissions, 'role', 'delete');

  const remove = async (role: RoleFieldsFragment) => {
    try {
      await deleteRole({ variables: { input: { id: role.id } } });
      void message.success(t('roles.deleted', { name: role.name }));
      void refetch();
    } catch (e) {
      void message.error(describe(e));
    }
  };

  const columns: TableProps<RoleFieldsFragment>['columns'] = [
    { key: 'name', title: t('roles.name'), render: (_, r) => <Space>{r.name}{r.isSystem && <Tag color="purple">{t('roles.system')}</Tag>}</Space> },
    { key: 'description', title: t('roles.description'), dataIndex: 'description', responsive: ['md'] },
    { key: 'dataScope', title: t('roles.dataScope'), render: (_, r) => t(`dataScopes.${r.dataScope}`) },
    { key: 'permissions', title: t('roles.permissions'), render: (_, r) => t('roles.permissionCount', { count: r.permissions.length }), responsive: ['sm'] },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, r) =>
        r.isSystem || !mayEdit ? (
          <Button size="small" icon={<EyeOutlined />} onClick={() => setDrawer({ open: true, role: r })}>
            {t('common.view')}
          </Button>
        ) : (
          <Space>
            <Button size="small" icon={<EditOutlined />} onClick={() => setDrawer({ open: true, role: r })}>
              {t('common.edit')}
            </Button>
            {mayDelete && (
              <Popconfirm title={t('roles.confirmDelete', { name: r.name })} okText={t('common.delete')} cancelText={t('common.cancel')} okButtonProps={{ danger: true }} onConfirm={() => remove(r)}>
                <Button size="small" danger icon={<DeleteOutlined />}>
                  {t('common.delete')}
                </Button>
              </Popconfirm>
            )}
          </Space>
        ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('roles.title')}
        extra={
          can(me.permissions, 'role', 'create') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawer({ open: true })}>
              {t('roles.create')}
            </Button>
          )
        }
      />
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      <Table<RoleFieldsFragment>
        rowKey="id"
        columns={columns}
        dataSource={data?.roles ?? []}
        loading={loading}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={error ? t('common.loadFailed') : t('roles.empty')} /> }}
      />
      <RoleFormDrawer
        open={drawer.open}
        role={drawer.role}
        onClose={() => setDrawer({ open: false })}
        onSaved={() => {
          setDrawer({ open: false });
          void refetch();
        }}
      />
    </>
  );
}
