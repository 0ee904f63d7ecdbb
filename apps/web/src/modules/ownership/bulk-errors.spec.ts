import { accountOfError } from './bulk-errors';

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
