import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

describe('configuration', () => {
  it('has the documented defaults', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.databaseUrl).toBeUndefined();
    expect(c.session).toEqual({ idleMs: 30 * 60_000, absoluteMs: 12 * 3_600_000 });
    expect(c.lockout.threshold).toBe(5);
    expect(c.lockout.minutes).toBe(30);
    expect(c.passwordPolicy).toEqual({ minLength: 10, minClasses: 3, historySize: 5 });
    expect(c.demo).toBe(true);
  });

  it('refuses to start on bad values, naming each', () => {
    const bad = () => loadConfig({ PORT: 'eighty', SESSION_IDLE_MINUTES: '0', XIEZUO_DEMO: 'maybe' });
    for (const name of ['PORT', 'SESSION_IDLE_MINUTES', 'XIEZUO_DEMO']) expect(bad).toThrow(new RegExp(`  ${name}: `));
    expect(() => loadConfig({ DATABASE_URL: 'not a url' })).toThrow(/DATABASE_URL/);
  });

  it('reads overrides', () => {
    const c = loadConfig({ XIEZUO_DEMO: 'off', LOCKOUT_THRESHOLD: '3', DATA_DIR: '/tmp/x' });
    expect(c.demo).toBe(false);
    expect(c.lockout.threshold).toBe(3);
    expect(c.dataDir).toBe('/tmp/x');
  });

  it('sends messages to the log file and the in-app centre when no vendor is configured', () => {
    const m = loadConfig({ DATA_DIR: '/tmp/x' }).messaging;
    expect(m.sms).toEqual({ provider: 'log' });
    expect(m.wecom).toBeNull();
    expect(m.logFile).toBe('/tmp/x/messages.log');
    expect(m.batchSize).toBe(50);
    expect(m.dailyCap).toEqual({ sms: 10, wecom: 50 });
  });

  it('refuses a vendor without its keys, a half-configured WeCom and unknown template codes', () => {
    expect(() => loadConfig({ SMS_PROVIDER: 'tencent', TENCENT_SMS_SECRET_ID: 'id' })).toThrow(
      /TENCENT_SMS_SECRET_KEY, TENCENT_SMS_APP_ID, TENCENT_SMS_SIGN_NAME: needed for SMS_PROVIDER=tencent/,
    );
    expect(() => loadConfig({ WECOM_CORP_ID: 'corp' })).toThrow(/WECOM_CORP_SECRET, WECOM_AGENT_ID/);
    expect(() => loadConfig({ SMS_TEMPLATES: 'no.such=SMS_1' })).toThrow(/SMS_TEMPLATES/);
    expect(() => loadConfig({ MESSAGE_BATCH_SIZE: '0' })).toThrow(/MESSAGE_BATCH_SIZE/);
  });

  it('reads a vendor with its endpoint and templates', () => {
    const m = loadConfig({
      SMS_PROVIDER: 'alibaba',
      ALIBABA_SMS_ACCESS_KEY_ID: 'ak',
      ALIBABA_SMS_ACCESS_KEY_SECRET: 'sk',
      ALIBABA_SMS_SIGN_NAME: '南开协作',
      ALIBABA_SMS_ENDPOINT: 'http://127.0.0.1:9000',
      SMS_TEMPLATES: 'auth.otp=SMS_100',
      MESSAGE_BATCH_SIZE: '5',
    }).messaging;
    expect(m.sms).toMatchObject({ provider: 'alibaba', endpoint: 'http://127.0.0.1:9000', signName: '南开协作' });
    expect(m.smsTemplates).toEqual({ 'auth.otp': 'SMS_100' });
    expect(m.batchSize).toBe(5);
  });

  it('refuses an SMS signature longer than the templates leave room for, saying why', () => {
    const env = {
      SMS_PROVIDER: 'tencent',
      TENCENT_SMS_SECRET_ID: 'id',
      TENCENT_SMS_SECRET_KEY: 'k',
      TENCENT_SMS_APP_ID: '1',
    };
    expect(() => loadConfig({ ...env, TENCENT_SMS_SIGN_NAME: '天津市南开区东西部协作' })).toThrow(
      /TENCENT_SMS_SIGN_NAME: at most 8 characters \(短信签名最多 8 个字\)/,
    );
    expect(() => loadConfig({ ALIBABA_SMS_SIGN_NAME: '南开区东西部扶贫协作' })).toThrow(/ALIBABA_SMS_SIGN_NAME/);
    expect(loadConfig({ ...env, TENCENT_SMS_SIGN_NAME: '南开区东西部协作' }).messaging.sms).toMatchObject({
      signName: '南开区东西部协作',
    });
  });
});
