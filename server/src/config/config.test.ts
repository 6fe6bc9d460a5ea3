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
});
