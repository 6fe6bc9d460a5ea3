import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';

/** The repository root. */
export const ROOT = resolve(import.meta.dirname, '..');

/** Where the project's TypeScript lives; generated and vendored trees are skipped. */
const TREES = ['domain/src', 'server/src', 'server/test', 'web/src', 'e2e', 'bench', 'structure'];
const SKIP = new Set(['node_modules', 'dist', 'migrations']);

function walk(dir: string, out: string[]) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(e.name)) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (/\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts')) out.push(p);
  }
}

/** Every TypeScript source file of the project, as paths relative to the root. */
export function sourceFiles(): string[] {
  const out: string[] = [];
  for (const t of TREES) walk(join(ROOT, t), out);
  return out.map((p) => relative(ROOT, p)).sort();
}

/** A file parsed (syntax only; no type checking). */
export function parse(file: string): ts.SourceFile {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return ts.createSourceFile(
    file,
    text,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
}

/** Where a node sits, for a failure message. */
export const where = (sf: ts.SourceFile, node: ts.Node) =>
  `${sf.fileName}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`;
