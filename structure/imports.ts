import { existsSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import ts from 'typescript';
import { parse, ROOT } from './source-files';

/** The files a file imports statically (type-only imports too: they tie the files' declarations together). */
export function importsOf(file: string): string[] {
  const sf = parse(file);
  const out: string[] = [];
  for (const s of sf.statements) {
    const spec =
      (ts.isImportDeclaration(s) || ts.isExportDeclaration(s)) &&
      s.moduleSpecifier &&
      ts.isStringLiteral(s.moduleSpecifier)
        ? s.moduleSpecifier.text
        : null;
    const target = spec ? resolveSpecifier(file, spec) : null;
    if (target) out.push(target);
  }
  return out;
}

const CANDIDATES = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

/** A specifier as a project file, or null for a package outside the project. */
function resolveSpecifier(from: string, spec: string): string | null {
  if (spec === '@xiezuo/domain') return 'domain/src/index.ts';
  if (!spec.startsWith('.')) return null;
  const base = normalize(join(dirname(from), spec)).replace(/\.js$/, '');
  for (const c of CANDIDATES) {
    const p = base + c;
    if (/\.tsx?$/.test(p) && existsSync(join(ROOT, p))) return p;
  }
  return null;
}

/** The import graph of the given files: file → the project files it imports. */
export function importGraph(files: string[]): Map<string, string[]> {
  return new Map(files.map((f) => [f, importsOf(f)]));
}

/** The groups of files that import each other in a ring (strongly connected components of more than one file). */
export function cycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let next = 0;
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const ring: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      ring.push(w);
    } while (w !== v);
    if (ring.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(ring.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

const role = (f: string) => /\.(repository|policy|service)\.tsx?$/.exec(f)?.[1] ?? null;

/** Arrows against the layering: a repository importing a policy or a service, the seed importing a module's service. */
export function layerBreaches(graph: Map<string, string[]>): string[] {
  const out: string[] = [];
  for (const [from, tos] of graph)
    for (const to of tos) {
      if (role(from) === 'repository' && (role(to) === 'policy' || role(to) === 'service')) out.push(`${from} → ${to}`);
      if (from.startsWith('server/src/db/seed/') && to.startsWith('server/src/modules/') && role(to) === 'service')
        out.push(`${from} → ${to}`);
    }
  return out;
}
