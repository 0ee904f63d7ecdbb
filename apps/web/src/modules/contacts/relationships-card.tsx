import { useApolloClient, useMutation } from '@apollo/client';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Form, Input, List, Modal, Popconfirm, Radio, Select, Skeleton, Tag, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '../../app/auth/auth-context';
import type { PartyType, RelationshipFieldsFragment, RelationshipRole } from '../../gql/graphql';
import { can } from '../../shared/lib/permissions';
import { fieldErrors } from '../../shared/lib/graphql-errors';
import { useErrorMessage } from '../../shared/lib/use-server-errors';
import { QueryError } from '../../shared/ui/query-error';
import { RELATIONSHIP_ROLES } from './contact-input';
import { AddRelationshipMutation, PartyAccountsQuery, PartyContactsQuery, RemoveRelationshipMutation } from './operations';

interface AddValues {
  direction: 'INCOMING' | 'OUTGOING';
  otherType: PartyType;
  otherId?: string;
  role: RelationshipRole;
  note?: string;
}

const SEARCH_DELAY_MS = 300;

/** A select that searches customers or people by name (any spelling), phone or e-mail as the user types. */
function PartySelect({ id, type, value, onChange, excludeId }: { id?: string; type: PartyType; value?: string; onChange?(id: string): void; excludeId: string }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [options, setOptions] = useState<{ value: string; label: string }[]>([]);
  const [searching, setSearching] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const seq = useRef(0);

  const search = (text: string) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(async () => {
      const mine = ++seq.current;
      setSearching(true);
      try {
        const found =
          type === 'ACCOUNT'
            ? (await client.query({ query: PartyAccountsQuery, variables: { search: text || null }, fetchPolicy: 'network-only' })).data.accounts.edges.map((e) => ({ value: e.node.id, label: e.node.name }))
            : (await client.query({ query: PartyContactsQuery, variables: { search: text || null }, fetchPolicy: 'network-only' })).data.contacts.edges.map((e) => ({
                value: e.node.id,
                label: e.node.account ? `${e.node.displayName} · ${e.node.account.name}` : e.node.displayName,
              }));
        if (mine === seq.current) setOptions(found.filter((o) => o.value !== excludeId));
      } finally {
        if (mine === seq.current) setSearching(false);
      }
    }, SEARCH_DELAY_MS);
  };

  useEffect(() => {
    setOptions([]);
    search('');
    return () => clearTimeout(timer.current);
    // a new party type starts a new search
  }, [type]);

  return (
    <Select
      id={id}
      showSearch
      value={value}
      onChange={onChange}
      filterOption={false}
      onSearch={search}
      loading={searching}
      options={options}
      placeholder={t('contacts.relationships.searchPlaceholder')}
      data-testid="relationship-party"
    />
  );
}

/** Typed relationships of a customer in both directions (DQ-06): list, add (pick a customer or person), remove. */
export function RelationshipsCard({
  accountId,
  relationships,
  loading,
  error,
  onChanged,
}: {
  accountId: string;
  relationships: RelationshipFieldsFragment[] | undefined;
  loading: boolean;
  error: unknown;
  onChanged(): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const describe = useErrorMessage();
  const me = useCurrentUser();
  const [adding, setAdding] = useState(false);
  const [form] = Form.useForm<AddValues>();
  const [addRelationship, added] = useMutation(AddRelationshipMutation);
  const [removeRelationship] = useMutation(RemoveRelationshipMutation);
  const otherType = Form.useWatch('otherType', form) ?? 'ACCOUNT';
  const mayEdit = can(me.permissions, 'customer', 'edit');

  const add = async (values: AddValues) => {
    const other = { type: values.otherType, id: values.otherId! };
    const self = { type: 'ACCOUNT' as const, id: accountId };
    const [from, to] = values.direction === 'INCOMING' ? [other, self] : [self, other];
    try {
      await addRelationship({ variables: { input: { fromType: from.type, fromId: from.id, toType: to.type, toId: to.id, role: values.role, note: values.note?.trim() || null } } });
      void message.success(t('contacts.relationships.added'));
      setAdding(false);
      onChanged();
    } catch (e) {
      // the server names the ends by their input fields; the picked party is whichever end is not this customer
      const byField = fieldErrors(e);
      const onParty = byField[values.direction === 'INCOMING' ? 'fromId' : 'toId'] ?? byField.toId;
      const fields = [
        ...(onParty ? [{ name: 'otherId' as const, errors: onParty }] : []),
        ...(byField.role ? [{ name: 'role' as const, errors: byField.role }] : []),
      ];
      if (fields.length) form.setFields(fields);
      else void message.error(describe(e));
    }
  };

  const remove = async (id: string) => {
    try {
      await removeRelationship({ variables: { input: { id } } });
      void message.success(t('contacts.relationships.removed'));
      onChanged();
    } catch (e) {
      void message.error(describe(e));
    }
  };

  const partyLabel = (r: RelationshipFieldsFragment) => {
    const name = r.other.name ?? t('contacts.relationships.hidden');
    const text = r.other.accountName ? `${name}（${r.other.accountName}）` : name;
    return r.other.visible && r.other.type === 'ACCOUNT' ? <Link to={`/customers/${r.other.id}`}>{text}</Link> : <span>{text}</span>;
  };
  const sentence = (r: RelationshipFieldsFragment) => {
    const self = t('contacts.relationships.thisCustomer');
    const [from, to] = r.direction === 'OUTGOING' ? [self, '\u0000'] : ['\u0000', self];
    const parts = t(`contacts.relationships.sentences.${r.role}`, { from, to }).split('\u0000');
    return (
      <>
        {parts[0]}
        {partyLabel(r)}
        {parts[1]}
      </>
    );
  };

  let body;
  if (error) body = <QueryError error={error} onRetry={onChanged} />;
  else if (loading && !relationships) body = <Skeleton active />;
  else if (!relationships?.length) body = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('contacts.relationships.empty')} />;
  else
    body = (
      <List
        size="small"
        dataSource={relationships}
        rowKey="id"
        renderItem={(r) => (
          <List.Item
            data-testid="relationship-row"
            actions={
              mayEdit
                ? [
                    <Popconfirm key="remove" title={t('contacts.relationships.removeConfirm')} onConfirm={() => void remove(r.id)}>
                      <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('common.delete')} data-testid="relationship-remove" />
                    </Popconfirm>,
                  ]
                : []
            }
          >
            <div>
              <Tag color="purple">{t(`contacts.relationships.roles.${r.role}`)}</Tag>
              <Typography.Text>{sentence(r)}</Typography.Text>
              {r.note && (
                <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                  {r.note}
                </Typography.Paragraph>
              )}
            </div>
          </List.Item>
        )}
      />
    );

  const required = { required: true, message: t('validation.required') };
  return (
    <Card
      size="small"
      title={t('contacts.relationships.title')}
      data-testid="relationships-card"
      extra={
        mayEdit && (
          <Button
            size="small"
            icon={<PlusOutlined />}
            onClick={() => {
              form.resetFields();
              setAdding(true);
            }}
            data-testid="add-relationship"
          >
            {t('contacts.relationships.add')}
          </Button>
        )
      }
    >
      {body}
      <Modal
        open={adding}
        title={t('contacts.relationships.addTitle')}
        onCancel={() => setAdding(false)}
        onOk={() => form.submit()}
        okButtonProps={{ loading: added.loading, 'data-testid': 'relationship-submit' } as never}
        >
        <Form form={form} layout="vertical" onFinish={(v) => void add(v)} initialValues={{ direction: 'INCOMING', otherType: 'ACCOUNT', role: 'PARTNER' }}>
          <Form.Item name="direction" label={t('contacts.relationships.direction')}>
            <Radio.Group
              options={[
                { value: 'INCOMING', label: t('contacts.relationships.incoming') },
                { value: 'OUTGOING', label: t('contacts.relationships.outgoing') },
              ]}
            />
          </Form.Item>
          <Form.Item name="otherType" label={t('contacts.relationships.otherType')}>
            <Radio.Group
              optionType="button"
              onChange={() => form.setFieldValue('otherId', undefined)}
              options={(['ACCOUNT', 'CONTACT'] as const).map((v) => ({ value: v, label: t(`contacts.relationships.types.${v}`) }))}
            />
          </Form.Item>
          <Form.Item name="otherId" label={t('contacts.relationships.other')} rules={[required]}>
            <PartySelect type={otherType} excludeId={accountId} />
          </Form.Item>
          <Form.Item name="role" label={t('contacts.relationships.role')} rules={[required]}>
            <Select options={RELATIONSHIP_ROLES.map((r) => ({ value: r, label: t(`contacts.relationships.roles.${r}`) }))} data-testid="relationship-role" />
          </Form.Item>
          <Form.Item name="note" label={t('contacts.relationships.note')}>
            <Input.TextArea maxLength={500} rows={2} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
