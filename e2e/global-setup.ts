import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startVendorStandIn } from '../server/test/vendor-stand-in';
import { spawnServer } from './spawn-server';

export const E2E_PASSWORD = 'E2e-Pass-2026';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    e2ePassword: string;
    vendorUrl: string;
  }
}

const root = path.resolve(import.meta.dirname, '..');

/** Builds the web app if stale and starts the real server on a fresh embedded database with demo data. */
export default async function setup(project: TestProject) {
  const build = spawnSync(process.execPath, ['scripts/build-web.mjs', '--if-stale'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('web build failed');
  // SMS and WeCom go to a local stand-in for the vendors, which the journeys ask what it received
  const vendor = await startVendorStandIn();
  const server = await spawnServer({
    password: E2E_PASSWORD,
    tmpPrefix: 'xiezuo-e2e-',
    timeoutMs: 300_000,
    env: {
      SMS_PROVIDER: 'alibaba',
      ALIBABA_SMS_ACCESS_KEY_ID: 'e2e',
      ALIBABA_SMS_ACCESS_KEY_SECRET: 'e2e',
      ALIBABA_SMS_SIGN_NAME: '南开协作',
      ALIBABA_SMS_ENDPOINT: vendor.url,
      SMS_TEMPLATES:
        'record.awaiting_confirmation=SMS_101,record.disputed=SMS_102,auth.otp=SMS_100,labour.post_pushed=SMS_110,labour.followup=SMS_111',
      WECOM_CORP_ID: 'e2e',
      WECOM_CORP_SECRET: 'e2e',
      WECOM_AGENT_ID: '1000002',
      WECOM_ENDPOINT: vendor.url,
      QUEUE_POLL_SECONDS: '0.5',
    },
  }).catch(async (err: unknown) => {
    await vendor.close();
    throw err;
  });
  project.provide('baseUrl', server.baseUrl);
  project.provide('e2ePassword', E2E_PASSWORD);
  project.provide('vendorUrl', vendor.url);
  return async () => {
    await server.stop();
    await vendor.close();
  };
}
