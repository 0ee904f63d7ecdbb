import type { ApiHarness } from './api-harness';

const CREATE_ACCOUNT = `mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id } } }`;
const CREATE_CONTACT = `mutation($input: CreateContactInput!) { createContact(input: $input) { contact { id } } }`;
const ACCOUNTS = `query($filter: AccountFilter) { accounts(filter: $filter, first: 100) { edges { node { name } } } }`;
const CONTACTS = `query($filter: ContactFilter) { contacts(filter: $filter, first: 100) { edges { node { displayName } } } }`;

/**
 * What the search e2e files (CUS-02, CUS-03) drive over GraphQL: the accounts and contacts lists' one search
 * box (the names found, sorted) and the create mutations that give it something to find (duplicates
 * allowed), each as `token`, by default the one the driver was made with.
 */
export class SearchDriver {
  constructor(
    private readonly api: ApiHarness,
    private readonly token: string,
  ) {}

  async accountNames(search: string, token = this.token): Promise<string[]> {
    const res = await this.api.gql<{ accounts: { edges: { node: { name: string } }[] } }>(ACCOUNTS, { filter: { search } }, token);
    expect(res.errors).toBeUndefined();
    return res.data!.accounts.edges.map((e) => e.node.name).sort();
  }

  async contactNames(search: string, token = this.token): Promise<string[]> {
    const res = await this.api.gql<{ contacts: { edges: { node: { displayName: string } }[] } }>(CONTACTS, { filter: { search } }, token);
    expect(res.errors).toBeUndefined();
    return res.data!.contacts.edges.map((e) => e.node.displayName).sort();
  }

  async createAccount(input: Record<string, unknown>, token = this.token): Promise<string> {
    const res = await this.api.gql<{ createAccount: { account: { id: string } } }>(CREATE_ACCOUNT, { input: { allowDuplicate: true, ...input } }, token);
    expect(res.errors).toBeUndefined();
    return res.data!.createAccount.account.id;
  }

  async createContact(input: Record<string, unknown>, token = this.token): Promise<string> {
    const res = await this.api.gql<{ createContact: { contact: { id: string } } }>(CREATE_CONTACT, { input: { allowDuplicate: true, ...input } }, token);
    expect(res.errors).toBeUndefined();
    return res.data!.createContact.contact.id;
  }
}
