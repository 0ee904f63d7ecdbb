import { ConfigError, loadConfig } from './app-config';

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
});
