import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, signedIn, type TestEnv } from '../../test/harness';
import { buildApp } from '../app';

// What travels to a browser on a weak network: the web's files as the build compressed them (the smallest encoding the
// browser accepts), hashed files cached for a year, and large API answers compressed on the fly.
let env: TestEnv;
let web: FastifyInstance;
let dist: string;
const script = Buffer.from(
  `export const rows = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `第${i}行`))};\n`,
);

beforeAll(async () => {
  env = await createTestEnv();
  dist = fs.mkdtempSync(path.join(os.tmpdir(), 'xiezuo-dist-'));
  fs.mkdirSync(path.join(dist, 'assets'));
  fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
  const asset = path.join(dist, 'assets/page-Ab3dE_9k.js');
  fs.writeFileSync(asset, script);
  fs.writeFileSync(`${asset}.br`, zlib.brotliCompressSync(script));
  fs.writeFileSync(`${asset}.gz`, zlib.gzipSync(script));
  web = await buildApp({ ...env.ctx, config: { ...env.ctx.config, webDist: dist } }, { logger: false });
});
afterAll(async () => {
  await web.close();
  await env.close();
  fs.rmSync(dist, { recursive: true, force: true });
});

const get = (url: string, acceptEncoding?: string) =>
  web.inject({ method: 'GET', url, headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} });

describe('web assets', () => {
  it('sends the brotli copy to a browser that accepts it, gzip to one that accepts only gzip, else the file', async () => {
    const br = await get('/assets/page-Ab3dE_9k.js', 'gzip, deflate, br');
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(zlib.brotliDecompressSync(br.rawPayload).equals(script)).toBe(true);
    expect(br.rawPayload.length).toBeLessThan(script.length / 3);

    const gz = await get('/assets/page-Ab3dE_9k.js', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.rawPayload).equals(script)).toBe(true);

    const plain = await get('/assets/page-Ab3dE_9k.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.rawPayload.equals(script)).toBe(true);
  });

  it('lets the browser keep a hashed file for a year, and revalidate index.html', async () => {
    expect((await get('/assets/page-Ab3dE_9k.js', 'br')).headers['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    );
    const index = await get('/index.html', 'br');
    expect(index.statusCode).toBe(200);
    expect(index.headers['cache-control']).toBe('no-cache');
  });
});

describe('API answers', () => {
  it('compresses a large JSON answer for a client that accepts brotli, and leaves small ones alone', async () => {
    const office = await signedIn(env.app, 'office');
    const cookie = [...office.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const big = await web.inject({
      method: 'GET',
      url: '/api/plans/2019/progress',
      headers: { cookie, 'accept-encoding': 'br' },
    });
    expect(big.statusCode).toBe(200);
    expect(big.headers['content-encoding']).toBe('br');
    const json = zlib.brotliDecompressSync(big.rawPayload);
    expect(JSON.parse(json.toString('utf8')).items.length).toBeGreaterThan(10);
    expect(big.rawPayload.length).toBeLessThan(json.length / 4);

    const small = await web.inject({ method: 'GET', url: '/api/health', headers: { 'accept-encoding': 'br' } });
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.payload)).toHaveProperty('status');
  });
});
