import { joinMessages, messages } from './resources';

const en = messages.en;
const zhCN = messages['zh-CN'];

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('translations', () => {
  it('PLT-07 zh-CN and en translate exactly the same keys', () => {
    expect(keys(en).sort()).toEqual(keys(zhCN).sort());
  });

  it('PLT-07 every shared error code has a message in both languages', () => {
    const codes = ['UNAUTHENTICATED', 'INVALID_CREDENTIALS', 'TOKEN_EXPIRED', 'TOKEN_REVOKED', 'RATE_LIMITED', 'FORBIDDEN', 'NOT_FOUND', 'VALIDATION_FAILED', 'CONFLICT', 'INTERNAL'];
    for (const code of codes) {
      expect(en.errors).toHaveProperty(code);
      expect(zhCN.errors).toHaveProperty(code);
    }
  });

  it('PLT-07 a translation key defined by two features is refused', () => {
    expect(() => joinMessages({ a: { b: 'x' } }, { a: { b: 'y' } })).toThrow('translation key a.b is defined twice');
    expect(joinMessages({ a: { b: 'x' } }, { a: { c: 'y' } })).toEqual({ a: { b: 'x', c: 'y' } });
  });
});
