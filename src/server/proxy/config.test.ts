import { describe, expect, it } from 'vitest';
import { ConfigError, readProxyConfig } from './config.ts';

describe('readProxyConfig', () => {
  it("defaults to the vendors' public base URLs and no credentials", () => {
    const config = readProxyConfig({});
    expect(config.vendors.twilio).toEqual({
      baseUrl: 'https://assistants.twilio.com',
      credentials: undefined,
    });
    expect(config.vendors.telnyx.baseUrl).toBe('https://api.telnyx.com/v2');
    expect(config.vendors.moveworks.baseUrl).toBe('https://api.moveworks.ai/rest/v1beta1');
  });

  it('reads credentials and strips a trailing slash', () => {
    const config = readProxyConfig({
      TELNYX_API_KEY: 'KEY1',
      TELNYX_BASE_URL: 'http://127.0.0.1:9/v2/',
      MOVEWORKS_ACCESS_TOKEN: 't',
      MOVEWORKS_ASSISTANT_NAME: 'acme',
    });
    expect(config.vendors.telnyx).toEqual({
      baseUrl: 'http://127.0.0.1:9/v2',
      credentials: { kind: 'bearer', token: 'KEY1', extraHeaders: {} },
    });
    expect(config.vendors.moveworks.credentials).toEqual({
      kind: 'bearer',
      token: 't',
      extraHeaders: { 'Assistant-Name': 'acme' },
    });
  });

  it('reads Moveworks client credentials, with the default token endpoint', () => {
    const config = readProxyConfig({
      MOVEWORKS_CLIENT_ID: 'id',
      MOVEWORKS_CLIENT_SECRET: 'shh',
      MOVEWORKS_ASSISTANT_NAME: 'acme',
    });
    expect(config.vendors.moveworks.credentials).toEqual({
      kind: 'oauth',
      client: {
        clientId: 'id',
        clientSecret: 'shh',
        tokenUrl: 'https://api.moveworks.ai/oauth/v1/token',
      },
      extraHeaders: { 'Assistant-Name': 'acme' },
    });
  });

  const client = { MOVEWORKS_CLIENT_ID: 'id', MOVEWORKS_CLIENT_SECRET: 'shh' };
  it.each([
    [{ ...client }, 'MOVEWORKS_ASSISTANT_NAME'],
    [{ MOVEWORKS_CLIENT_ID: 'id', MOVEWORKS_ASSISTANT_NAME: 'a' }, 'MOVEWORKS_CLIENT_SECRET'],
    [
      { ...client, MOVEWORKS_ASSISTANT_NAME: 'a', MOVEWORKS_ACCESS_TOKEN: 't' },
      'MOVEWORKS_ACCESS_TOKEN',
    ],
    [
      { ...client, MOVEWORKS_ASSISTANT_NAME: 'a', MOVEWORKS_TOKEN_URL: 'token' },
      'MOVEWORKS_TOKEN_URL',
    ],
    [{ MOVEWORKS_ACCESS_TOKEN: 't' }, 'MOVEWORKS_ASSISTANT_NAME'],
  ])('refuses Moveworks settings %o, naming %s', (env, variable) => {
    expect(() => readProxyConfig(env)).toThrow(variable);
  });

  it.each([
    [{ TWILIO_BASE_URL: 'assistants.twilio.com' }, 'TWILIO_BASE_URL'],
    [{ TELNYX_BASE_URL: 'ftp://x' }, 'TELNYX_BASE_URL'],
    [{ TWILIO_ACCOUNT_SID: 'AC1' }, 'TWILIO_AUTH_TOKEN'],
    [{ MOVEWORKS_ASSISTANT_NAME: 'acme' }, 'MOVEWORKS_ACCESS_TOKEN'],
    [{ SAMPLE_BACKEND_PORT: 'eighty' }, 'SAMPLE_BACKEND_PORT'],
    [{ SAMPLE_DATA_DIR: '/no/such/folder' }, 'SAMPLE_DATA_DIR'],
    [{ TELNYX_API_KEY: 'KEY1\nKEY2' }, 'TELNYX_API_KEY'],
    [
      { MOVEWORKS_ACCESS_TOKEN: 't', MOVEWORKS_ASSISTANT_NAME: 'Ассистент' },
      'MOVEWORKS_ASSISTANT_NAME',
    ],
  ])('refuses %o, naming %s', (env, variable) => {
    expect(() => readProxyConfig(env)).toThrow(ConfigError);
    expect(() => readProxyConfig(env)).toThrow(variable);
  });

  it('never puts a secret in its message', () => {
    expect(() =>
      readProxyConfig({ TWILIO_ACCOUNT_SID: 'AC1', TWILIO_AUTH_TOKEN: 'top secret' }),
    ).toThrow(/^(?!.*top secret)/);
  });
});
