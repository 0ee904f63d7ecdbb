import { useQuery } from '@apollo/client';
import { Col } from 'antd';
import { AccountPeopleQuery } from './operations';
import { ContactsCard } from './contacts-card';
import { RelationshipsCard } from './relationships-card';

/** The people at a customer and its relationships, as columns of the customer 360° page's grid (CUS-01, CUS-06, DQ-06). */
export function CustomerPeople({ accountId, accountName }: { accountId: string; accountName: string }) {
  const { data, loading, error, refetch } = useQuery(AccountPeopleQuery, { variables: { id: accountId }, fetchPolicy: 'cache-and-network' });
  const reload = () => void refetch();
  return (
    <>
      <Col xs={24} lg={14}>
        <ContactsCard accountId={accountId} accountName={accountName} contacts={data?.account.contacts} loading={loading} error={error} onChanged={reload} />
      </Col>
      <Col xs={24} lg={10}>
        <RelationshipsCard accountId={accountId} relationships={data?.account.relationships} loading={loading} error={error} onChanged={reload} />
      </Col>
    </>
  );
}
