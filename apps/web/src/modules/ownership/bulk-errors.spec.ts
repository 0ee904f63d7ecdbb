import { accountOfError, recordOfBulkError } from './bulk-errors';

const error = (field: string) => ({ graphQLErrors: [{ message: 'x', extensions: { code: 'NOT_FOUND', field } }] });

describe('bulk ownership errors', () => {
  it('ACC-02 an error naming input.accountIds.N points at that customer by name', () => {
    const accounts = [
      { id: 'a', name: 'Alpha' },
      { id: 'b', name: 'Beta' },
    ];
    expect(accountOfError(error('input.accountIds.1'), ['a', 'b'], accounts)).toBe('Beta');
    expect(accountOfError(error('input.accountIds.0'), ['z'], accounts)).toBe('z');
    expect(accountOfError(error('input.ownerId'), ['a'], accounts)).toBeUndefined();
  });
});

describe('bulk errors of any list', () => {
  it('CUS-03 an error naming input.contactIds.N points at that person by name, or by id when the name is unknown', () => {
    const names = new Map([['c1', '张伟']]);
    expect(recordOfBulkError(error('input.contactIds.1'), 'contactIds', ['c0', 'c1'], (id) => names.get(id))).toBe('张伟');
    expect(recordOfBulkError(error('input.contactIds.0'), 'contactIds', ['c0'], (id) => names.get(id))).toBe('c0');
    expect(recordOfBulkError(error('input.contactIds.5'), 'contactIds', ['c0'], (id) => names.get(id))).toBeUndefined();
    expect(recordOfBulkError(error('input.accountIds.0'), 'contactIds', ['c0'], (id) => names.get(id))).toBeUndefined();
  });
});
