import { useQuery } from '@apollo/client';
import { Col } from 'antd';
import { useState } from 'react';
import { AccountPeopleQuery } from './operations';
import { ContactsCard } from './contacts-card';
import { RelationshipsCard } from './relationships-card';

/** The people at a customer and its relationships, as columns of the customer 360° page's grid (CUS-01, CUS-06, DQ-06). */
export function CustomerPeople({ accountId, accountName }: { accountId: string; accountName: string }) {
  const [showArchived, setShowArchived] = useState(false);
  const { data, loading, error, refetch } = useQuery(AccountPeopleQuery, { variables: { id: accountId, includeArchived: showArchived }, fetchPolicy: 'cache-and-network' });
  const reload = () => void refetch();
  return (
    <>
      <Col xs={24} lg={14}>
        <ContactsCard
          accountId={accountId}
          accountName={accountName}
          contacts={data?.account.contacts}
          loading={loading}
          error={error}
          onChanged={reload}
          showArchived={showArchived}
          onShowArchived={setShowArchived}
        />
      </Col>
      <Col xs={24} lg={10}>
        <RelationshipsCard accountId={accountId} relationships={data?.account.relationships} loading={loading} error={error} onChanged={reload} />
      </Col>
    </>
  );
}
