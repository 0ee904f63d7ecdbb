import { errorCode, errorExtension, fieldErrors, formFieldName, toFormFields } from './graphql-errors';

const apolloError = (...graphQLErrors: unknown[]) => ({ graphQLErrors, networkError: null, message: 'x' });

describe('mapping API errors to form fields', () => {
  it('PLT-07 a single offending field lands on the input of that name', () => {
    const error = apolloError({ message: 'Email is already used', extensions: { code: 'CONFLICT', field: 'input.email' } });
    expect(fieldErrors(error)).toEqual({ email: ['Email is already used'] });
    expect(toFormFields(fieldErrors(error))).toEqual([{ name: 'email', errors: ['Email is already used'] }]);
  });

  it('PLT-07 every listed problem lands on its own field, unknown fields are left for a general message', () => {
    const error = apolloError({
      message: 'Invalid input',
      extensions: {
        code: 'VALIDATION_FAILED',
        field: 'input.email',
        problems: [
          { field: 'input.email', message: 'must be an email' },
          { field: 'input.password', message: 'too short' },
          { field: 'input.somethingElse', message: 'nope' },
        ],
      },
    });
    expect(fieldErrors(error, ['email', 'password', 'displayName'])).toEqual({ email: ['must be an email'], password: ['too short'] });
  });

  it('PLT-07 the code comes from extensions.code, and a failure without GraphQL errors is a network error', () => {
    expect(errorCode(apolloError({ message: 'no', extensions: { code: 'INVALID_CREDENTIALS' } }))).toBe('INVALID_CREDENTIALS');
    expect(errorCode({ graphQLErrors: [], networkError: new Error('offline') })).toBe('NETWORK_ERROR');
    expect(errorCode(undefined)).toBeUndefined();
  });

  it('PLT-07 errors of a request refused before resolving (HTTP 400) are read from the network error', () => {
    const error = {
      graphQLErrors: [],
      networkError: { statusCode: 400, result: { errors: [{ message: 'not an email', extensions: { code: 'BAD_USER_INPUT', field: 'input.email' } }] } },
    };
    expect(errorCode(error)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(error)).toEqual({ email: ['not an email'] });
  });

  it('PLT-07 field paths lose only the input prefix', () => {
    expect(formFieldName('input.roleIds')).toBe('roleIds');
    expect(formFieldName('tenant')).toBe('tenant');
  });

  it('CUS-01 a nested path (an entry of a dynamic list) lands on that entry as a name path', () => {
    const error = apolloError({
      message: 'Invalid input',
      extensions: { code: 'VALIDATION_FAILED', problems: [{ field: 'input.contactPoints.1.value', message: 'not a phone number' }] },
    });
    const byField = fieldErrors(error, ['name', 'contactPoints']);
    expect(byField).toEqual({ 'contactPoints.1.value': ['not a phone number'] });
    expect(toFormFields(byField)).toEqual([{ name: ['contactPoints', 1, 'value'], errors: ['not a phone number'] }]);
    expect(fieldErrors(error, ['name'])).toEqual({});
  });

  it('DQ-02 an extension such as the duplicate candidates is read from the error that carries it', () => {
    const error = apolloError({ message: 'dup', extensions: { code: 'DUPLICATE_SUSPECTED', candidates: [{ accountId: 'a' }] } });
    expect(errorExtension(error, 'candidates')).toEqual([{ accountId: 'a' }]);
    expect(errorExtension(error, 'other')).toBeUndefined();
  });
});
