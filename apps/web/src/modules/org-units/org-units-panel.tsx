import { useMutation, useQuery } from '@apollo/client';
import { DeleteOutlined, DragOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Descriptions, Empty, Popconfirm, Row, Space, Spin, Tree, type TreeDataNode } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../app/auth/auth-context';
import type { OrgUnitsQuery as OrgUnitsResult } from '../../gql/graphql';
import { buildUnitTree, type UnitNode } from '../../shared/lib/org-tree';
import { can } from '../../shared/lib/permissions';
import { useErrorMessage } from '../../shared/lib/use-server-errors';
import { PageHeader } from '../../shared/ui/page-header';
import { QueryError } from '../../shared/ui/query-error';
import { DeleteOrgUnitMutation, OrgUnitsQuery } from './operations';
import { UnitFormModal, type UnitAction } from './unit-form-modal';

type Unit = OrgUnitsResult['orgUnits'][number];

function toTreeData(nodes: UnitNode<Unit>[]): TreeDataNode[] {
  return nodes.map((n) => ({ key: n.unit.id, title: n.unit.name, children: toTreeData(n.children) }));
}

export function OrgUnitsPanel() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const describe = useErrorMessage();
  const me = useCurrentUser();
  const { data, loading, error, refetch } = useQuery(OrgUnitsQuery);
  const [deleteUnit, deleting] = useMutation(DeleteOrgUnitMutation);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [action, setAction] = useState<UnitAction | null>(null);
  const units = useMemo(() => data?.orgUnits ?? [], [data]);
  const treeData = useMemo(() => toTreeData(buildUnitTree(units)), [units]);
  const selected = units.find((u) => u.id === selectedId);
  const parent = selected?.parentId ? units.find((u) => u.id === selected.parentId) : undefined;
  const mayCreate = can(me.permissions, 'org_unit', 'create');
  const mayEdit = can(me.permissions, 'org_unit', 'edit');
  const mayDelete = can(me.permissions, 'org_unit', 'delete');

  const remove = async (unit: Unit) => {
    try {
      await deleteUnit({ variables: { input: { id: unit.id } } });
      void message.success(t('orgUnits.deleted', { name: unit.name }));
      setSelectedId(null);
      void refetch();
    } catch (e) {
      // e.g. CONFLICT: the unit still has members or children; the server says which.
      void message.error(describe(e), 6);
    }
  };

  return (
    <>
      <PageHeader
        title={t('orgUnits.title')}
        extra={
          mayCreate && (
            <Button icon={<PlusOutlined />} onClick={() => setAction({ kind: 'add' })}>
              {t('orgUnits.addTopLevel')}
            </Button>
          )
        }
      />
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} md={12}>
          <Card>
            {loading && !data ? (
              <Spin />
            ) : treeData.length === 0 ? (
              <Empty description={t('orgUnits.empty')} />
            ) : (
              <Tree treeData={treeData} defaultExpandAll showLine selectedKeys={selectedId ? [selectedId] : []} onSelect={(keys) => setSelectedId(keys[0] ? String(keys[0]) : null)} />
            )}
          </Card>
        </Col>
        <Col xs={24} md={12}>
          <Card title={selected?.name ?? t('orgUnits.details')}>
            {!selected ? (
              <Empty description={t('orgUnits.selectHint')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
            ) : (
              <>
                <Descriptions column={1} size="small" style={{ marginBottom: 16 }}>
                  <Descriptions.Item label={t('orgUnits.parent')}>{parent?.name ?? t('orgUnits.topLevel')}</Descriptions.Item>
                  <Descriptions.Item label={t('orgUnits.path')}>{selected.path}</Descriptions.Item>
                  <Descriptions.Item label={t('orgUnits.members')}>{selected.memberCount}</Descriptions.Item>
                </Descriptions>
                <Space wrap>
                  {mayCreate && (
                    <Button icon={<PlusOutlined />} onClick={() => setAction({ kind: 'add', parent: selected })}>
                      {t('orgUnits.addChild')}
                    </Button>
                  )}
                  {mayEdit && (
                    <Button icon={<EditOutlined />} onClick={() => setAction({ kind: 'rename', unit: selected })}>
                      {t('orgUnits.rename')}
                    </Button>
                  )}
                  {mayEdit && (
                    <Button icon={<DragOutlined />} onClick={() => setAction({ kind: 'move', unit: selected })}>
                      {t('orgUnits.move')}
                    </Button>
                  )}
                  {mayDelete && (
                    <Popconfirm title={t('orgUnits.confirmDelete', { name: selected.name })} okText={t('common.delete')} cancelText={t('common.cancel')} okButtonProps={{ danger: true }} onConfirm={() => remove(selected)}>
                      <Button danger icon={<DeleteOutlined />} loading={deleting.loading}>
                        {t('common.delete')}
                      </Button>
                    </Popconfirm>
                  )}
                </Space>
              </>
            )}
          </Card>
        </Col>
      </Row>
      <UnitFormModal
        action={action}
        units={units}
        onClose={() => setAction(null)}
        onSaved={() => {
          setAction(null);
          void refetch();
        }}
      />
    </>
  );
}
