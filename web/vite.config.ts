import { defineConfig, parseSync, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

// Chunk strategy (measured by `npm run bench:bundle`: the gzip JS a browser fetches to show /dashboard)
//
// - Every page is its own lazy chunk (router.tsx); the shell (layout, menu, session, providers) is the entry.
// - react (+ router, query) is one long-lived vendor chunk: every page needs all of it.
// - antd and echarts are NOT one chunk each. Their groups are `entriesAware`: modules are grouped by the set of
//   pages (dynamic entries) that import them, so a page loads the antd components and the echarts charts it uses
//   and no others. One antd chunk holding every component any page uses cost the dashboard 335 KB gzip; with the
//   split it loads its own share (the shell's antd goes with the entry). Small subgroups are merged into a
//   neighbour (`entriesAwareMergeThreshold`) so this does not become hundreds of tiny files.
// - A group also takes in the dependencies of what it captures, so react goes first or antd would swallow it.
// - domain/ is pure (zod schemas, tables of roles and codes). The web uses its types, labels and constants but never
//   a schema, so no zod should reach the browser: `moduleSideEffects` lets unused domain modules go, and the
//   `pureDomain` plugin below marks domain's top-level initialisers (`export const x = z.object(…)`) as pure so
//   the unused schemas inside a module the web does use (for a label table) go too — and zod with them.
const ANTD =
  /node_modules[\\/](antd|@ant-design|@rc-component|rc-[\w-]+|@emotion|stylis|dayjs|@babel[\\/]runtime|classnames|throttle-debounce|scroll-into-view-if-needed|compute-scroll-into-view|json2mql|string-convert|toggle-selection|copy-to-clipboard|resize-observer-polyfill)[\\/]/;
const KB = 1024;

const vendorGroups = [
  {
    name: 'vendor-react',
    test: /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack|cookie|set-cookie-parser)[\\/]/,
    priority: 40,
  },
  { name: 'vendor-antd', test: ANTD, priority: 30, entriesAware: true, entriesAwareMergeThreshold: 20 * KB },
  {
    name: 'vendor-echarts',
    test: /node_modules[\\/](echarts|zrender|tslib)[\\/]/,
    priority: 10,
    entriesAware: true,
    entriesAwareMergeThreshold: 20 * KB,
  },
];

const DOMAIN_SRC = /[\\/]domain[\\/]src[\\/].*\.ts$/;

type AstNode = { type: string; start: number };
const isNode = (v: unknown): v is AstNode =>
  typeof v === 'object' && v !== null && typeof (v as AstNode).type === 'string';

/** Start offsets of the calls and `new`s in an initialiser, not looking inside function bodies (callbacks run later). */
function callStarts(node: AstNode, out: Set<number>) {
  if (/Function/.test(node.type)) return;
  if (node.type === 'CallExpression' || node.type === 'NewExpression') out.add(node.start);
  for (const value of Object.values(node)) {
    for (const child of Array.isArray(value) ? value : [value]) if (isNode(child)) callStarts(child, out);
  }
}

/**
 * Marks every call in the initialisers of domain/'s top-level `const`s (`z.object({ year: year.optional() }).refine(…)`,
 * `new Map(…)`) with `@__PURE__`, so the bundler may drop what the web does not read. domain/ has no top-level
 * effects by design; the server, which runs it unbundled, is unaffected.
 */
function pureDomain(): Plugin {
  return {
    name: 'xiezuo:pure-domain',
    apply: 'build',
    enforce: 'post',
    transform(code, id) {
      if (!DOMAIN_SRC.test(id)) return null;
      const { program } = parseSync(id.replace(/\.ts$/, '.js'), code);
      const starts = new Set<number>();
      for (const stmt of program.body) {
        const decl = stmt.type === 'ExportNamedDeclaration' ? stmt.declaration : stmt;
        if (decl?.type !== 'VariableDeclaration') continue;
        for (const d of decl.declarations) if (d.init) callStarts(d.init, starts);
      }
      if (!starts.size) return null;
      let out = '';
      let at = 0;
      for (const s of [...starts].sort((a, b) => a - b)) {
        out += `${code.slice(at, s)}/* @__PURE__ */ `;
        at = s;
      }
      return { code: out + code.slice(at), map: null };
    },
  };
}

export default defineConfig({
  plugins: [react(), pureDomain()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: vendorGroups },
        // an entries-aware chunk is named after every page that shares it; the group name and hash are enough
        chunkFileNames: (chunk) => `assets/${chunk.name.split('~')[0]}-[hash].js`,
      },
      treeshake: { moduleSideEffects: (id: string) => !/[\\/]domain[\\/]src[\\/]/.test(id) },
    },
  },
  server: {
    proxy: { '/api': { target: 'http://127.0.0.1:3200', changeOrigin: false } },
  },
  preview: {
    proxy: { '/api': { target: 'http://127.0.0.1:3200', changeOrigin: false } },
  },
});
