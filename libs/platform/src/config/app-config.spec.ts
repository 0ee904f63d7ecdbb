import { ConfigError, loadConfig, trustProxySetting } from './app-config';

describe('loadConfig', () => {
  it('runs a fresh machine with no variables at all', () => {
    const config = loadConfig({});
    expect(config.DATABASE_URL).toContain('127.0.0.1:5432');
    expect(config.API_PORT).toBe(3000);
  });

  it('converts numbers given as text', () => {
    expect(loadConfig({ API_PORT: '8080' }).API_PORT).toBe(8080);
  });

  it('lists every bad variable at once', () => {
    let error: unknown;
    try {
      loadConfig({ API_PORT: 'eighty', JWT_SECRET: 'short', LOG_LEVEL: 'loud' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/API_PORT/);
    expect(problems).toMatch(/JWT_SECRET/);
    expect(problems).toMatch(/LOG_LEVEL/);
  });

  it('refuses the development JWT secret in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
  });

  it('reads the optional variables too (CORS_ORIGIN)', () => {
    expect(loadConfig({}).CORS_ORIGIN).toBeUndefined();
    expect(loadConfig({ CORS_ORIGIN: 'https://crm.example.com' }).CORS_ORIGIN).toBe('https://crm.example.com');
  });

  it('PLT-05 TRUST_PROXY takes hops or a list of names, addresses and CIDR ranges, and refuses anything else', () => {
    expect(loadConfig({}).TRUST_PROXY).toBeUndefined();
    expect(trustProxySetting(loadConfig({ TRUST_PROXY: '2' }).TRUST_PROXY!)).toBe(2);
    expect(trustProxySetting(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8,fd00::/8' }).TRUST_PROXY!)).toEqual([
      'loopback',
      '10.0.0.0/8',
      'fd00::/8',
    ]);
    for (const bad of ['yes', '10.0.0.0/33', 'loopback,', '300.1.1.1', '1/2/3', ' ']) {
      expect(() => loadConfig({ TRUST_PROXY: bad })).toThrow(/TRUST_PROXY/);
    }
  });
});
