/**
 * Ledger import benchmark (npm run bench:import): 100,000 employment rows written with exceljs's streaming writer,
 * then (a) a bare exceljs streaming read of the file, just iterating rows, and (b) the full import through the
 * service (store, guard, read, validate, people, batches, rejects, audit) into a real embedded PostgreSQL.
 * Three runs each, each import into a fresh copy of the migrated and seeded database. Prints medians, the ratio
 * import / bare read, and the peak RSS of this process (PostgreSQL runs in its own processes). Then (c) the streamed
 * export of the imported records, once, to show its memory stays flat.
 *
 * The fixture file and the template database (migrations, demo seed) are made by a child process, so this process
 * holds what a running server holds, not what writing 100,000 rows and seeding left behind (about 70 MB of RSS).
 *
 * Options: ROWS=100000 RUNS=3 PROFILE=<file.cpuprofile> (a CPU profile of the first import only).
 */
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import pg from 'pg';
import { loadConfig } from '../server/src/config/config';
import { openDatabase, runMigrations, type Database } from '../server/src/db/client';
import { startEmbeddedPostgres } from '../server/src/db/embedded';
import { seedOnFirstStart } from '../server/src/db/seed/seed';
import type { AppContext, RequestMeta } from '../server/src/http/context';
import { login } from '../server/src/modules/auth/auth.service';
import { get as getImport } from '../server/src/modules/imports/imports.service';
import { exportRecords } from '../server/src/modules/ledger/excel/ledger-excel.export';
import { writeEmploymentXlsx } from '../server/src/modules/ledger/excel/ledger-excel.fixture';
import { importsIdle, startRecordImport } from '../server/src/modules/ledger/excel/ledger-excel.import';
import { deriveKeys } from '../server/src/security/pii';

const ROWS = Number(process.env.ROWS ?? 100_000);
const RUNS = Number(process.env.RUNS ?? 3);
const PASSWORD = 'Bench-Pass-2026';
const META: RequestMeta = { ip: '127.0.0.1', requestId: 'bench', userAgent: 'bench' };
const MB = 1024 * 1024;

/** Runs fn while sampling this process's RSS every 50 ms; returns its duration and the peak. */
async function measured(
  fn: () => Promise<void>,
): Promise<{ ms: number; peakMb: number; cpuMs: number; heapMb: number; baseMb: number }> {
  global.gc?.();
  const cpu = process.cpuUsage();
  const base = process.memoryUsage().rss;
  let peak = base;
  let heap = 0;
  let ticks = 0;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss()); // cheap; the full memoryUsage() walks the heap
    if (ticks++ % 10 === 0) {
      const m = process.memoryUsage();
      heap = Math.max(heap, m.heapUsed + m.external);
    }
  }, 50);
  const started = performance.now();
  try {
    await fn();
  } finally {
    clearInterval(timer);
  }
  peak = Math.max(peak, process.memoryUsage().rss);
  const used = process.cpuUsage(cpu);
  return {
    ms: performance.now() - started,
    peakMb: peak / MB,
    cpuMs: (used.user + used.system) / 1000,
    heapMb: heap / MB,
    baseMb: base / MB,
  };
}

async function startProfile(): Promise<Session> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  return session;
}

const mem = (r: { peakMb: number; heapMb: number; baseMb: number }) =>
  `peak RSS ${r.peakMb.toFixed(0)} MB (at start ${r.baseMb.toFixed(0)} MB; peak heap + external ${r.heapMb.toFixed(0)} MB)`;
const TICK = 100; // clock ticks per second of /proc/<pid>/stat on Linux

/** CPU seconds of the embedded PostgreSQL: the postmaster with its reaped children, plus its live backends (Linux only). */
function pgCpuSeconds(pgDir: string): number | null {
  if (process.platform !== 'linux') return null;
  const stat = (pid: string) => fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  const pids = fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  const master = pids.find((pid) => {
    try {
      return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(pgDir);
    } catch {
      return false;
    }
  });
  if (!master) return null;
  const m = stat(master); // fields from state on: utime = [11], stime = [12], cutime = [13], cstime = [14], ppid = [1]
  let ticks = Number(m[11]) + Number(m[12]) + Number(m[13]) + Number(m[14]);
  for (const pid of pids) {
    try {
      const s = stat(pid);
      if (s[1] === master) ticks += Number(s[11]) + Number(s[12]);
    } catch {
      /* gone meanwhile */
    }
  }
  return ticks / TICK;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const withDb = (url: string, db: string) => Object.assign(new URL(url), { pathname: `/${db}` }).toString();

async function bareRead(file: string): Promise<number> {
  let rows = 0;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  for await (const sheet of reader) for await (const _row of sheet) rows++;
  return rows;
}

const configOf = (dir: string) =>
  loadConfig({ DATA_DIR: path.join(dir, 'data'), DEMO_PASSWORD: PASSWORD, LOG_LEVEL: 'silent' });

/** In the child process: the migrated and seeded template database, and the fixture file. */
async function setUp(url: string, dir: string, masterHex: string, file: string) {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query('create database bench_tpl');
  await admin.end();
  const tpl = openDatabase(withDb(url, 'bench_tpl'));
  await runMigrations(tpl.pool);
  await seedOnFirstStart(
    { db: tpl.db, config: configOf(dir), databaseKind: 'embedded', keys: deriveKeys(Buffer.from(masterHex, 'hex')) },
    () => {},
  );
  await tpl.close();
  const started = performance.now();
  await writeEmploymentXlsx(file, { rows: ROWS, unit: 'renshe', distinctPeople: Math.round(ROWS * 0.9) });
  console.log(
    `generated ${ROWS.toLocaleString()} rows in ${((performance.now() - started) / 1000).toFixed(1)} s: ${(fs.statSync(file).size / MB).toFixed(1)} MB`,
  );
}

function inChild(...args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), 'setup', ...args], {
      stdio: 'inherit',
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`set-up failed with exit code ${code}`))));
  });
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xz-bench-'));
  fs.mkdirSync(path.join(dir, 'db'), { mode: 0o755 });
  fs.chmodSync(dir, 0o755); // the embedded server runs as its own user when this runs as root
  const embedded = await startEmbeddedPostgres(path.join(dir, 'db'), { database: 'postgres' });
  const admin = new pg.Client({ connectionString: embedded.url });
  await admin.connect();
  const master = crypto.randomBytes(32);
  const keys = deriveKeys(master);
  const config = configOf(dir);
  let database: Database | undefined;
  try {
    const file = path.join(dir, 'employment.xlsx');
    await inChild(embedded.url, dir, master.toString('hex'), file);

    const bare: Awaited<ReturnType<typeof measured>>[] = [];
    for (let i = 0; i < RUNS; i++) {
      let rows = 0;
      bare.push(await measured(async () => void (rows = await bareRead(file))));
      console.log(
        `bare read   #${i + 1}: ${(bare[i]!.ms / 1000).toFixed(2)} s, ${rows.toLocaleString()} rows, node CPU ${(bare[i]!.cpuMs / 1000).toFixed(2)} s, ${mem(bare[i]!)}`,
      );
    }

    const full: Awaited<ReturnType<typeof measured>>[] = [];
    const pgCpu: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      await admin.query(`create database bench_run_${i} template bench_tpl`);
      database = openDatabase(withDb(embedded.url, `bench_run_${i}`));
      const ctx: AppContext = { db: database.db, config, databaseKind: 'embedded', keys };
      const { actor } = await login(ctx, META, 'unit-renshe', PASSWORD);
      let id = '';
      const profiler = process.env.PROFILE && i === 0 ? await startProfile() : null;
      const pgBefore = pgCpuSeconds(path.join(dir, 'db', 'pg'));
      full.push(
        await measured(async () => {
          const upload = { filename: 'employment.xlsx', stream: fs.createReadStream(file), fields: {} };
          id = (await startRecordImport(ctx, actor, META, 'employment', upload)).id;
          await importsIdle();
        }),
      );
      const pgAfter = pgCpuSeconds(path.join(dir, 'db', 'pg'));
      pgCpu.push(pgBefore === null || pgAfter === null ? NaN : pgAfter - pgBefore);
      if (profiler)
        fs.writeFileSync(process.env.PROFILE!, JSON.stringify((await profiler.post('Profiler.stop')).profile));
      const done = await getImport(ctx, actor, id);
      if (done.status !== 'done' || done.accepted !== ROWS) throw new Error(`import ended ${JSON.stringify(done)}`);
      console.log(
        `full import #${i + 1}: ${(full[i]!.ms / 1000).toFixed(2)} s, ${done.accepted.toLocaleString()} accepted, node CPU ${(full[i]!.cpuMs / 1000).toFixed(2)} s, PostgreSQL CPU ${pgCpu[i]!.toFixed(2)} s, ${mem(full[i]!)}`,
      );
      if (i === RUNS - 1) {
        let bytes = 0;
        const exported = await measured(async () => {
          for await (const chunk of await exportRecords(ctx, actor, META, { type: 'employment' }))
            bytes += (chunk as Buffer).length;
        });
        console.log(
          `export      #1: ${(exported.ms / 1000).toFixed(2)} s, ${(bytes / MB).toFixed(1)} MB xlsx, node CPU ${(exported.cpuMs / 1000).toFixed(2)} s, ${mem(exported)}`,
        );
      }
      await database.close();
      database = undefined;
    }

    const b = median(bare.map((r) => r.ms));
    const f = median(full.map((r) => r.ms));
    console.log('');
    console.log(`rows                    ${ROWS.toLocaleString()}`);
    console.log(
      `bare read   median      ${(b / 1000).toFixed(2)} s (${Math.round(ROWS / (b / 1000)).toLocaleString()} rows/s), peak RSS ${Math.max(...bare.map((r) => r.peakMb)).toFixed(0)} MB`,
    );
    console.log(
      `full import median      ${(f / 1000).toFixed(2)} s (${Math.round(ROWS / (f / 1000)).toLocaleString()} rows/s), peak RSS ${Math.max(...full.map((r) => r.peakMb)).toFixed(0)} MB`,
    );
    console.log(
      `CPU medians             bare read ${(median(bare.map((r) => r.cpuMs)) / 1000).toFixed(2)} s; import: node ${(median(full.map((r) => r.cpuMs)) / 1000).toFixed(2)} s + PostgreSQL ${median(pgCpu).toFixed(2)} s`,
    );
    console.log(
      `load average at the end  ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')} on ${os.cpus().length} CPUs (other work on the machine stretches wall times)`,
    );
    console.log(`ratio import / bare     ${(f / b).toFixed(2)}× (aim < 3×); peak aim < 300 MB`);
  } finally {
    await database?.close();
    await admin.end();
    await embedded.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === 'setup') await setUp(process.argv[3]!, process.argv[4]!, process.argv[5]!, process.argv[6]!);
else await main();
