import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Vendor code changes far less often than ours, so it gets its own long-lived chunks:
// react (+ router, query), antd (+ its rc-* and icon packages), echarts (+ zrender, loaded only by chart pages).
// A group also takes in the dependencies of what it captures, so react goes first or antd would swallow it.
const ANTD = /node_modules[\\/](antd|@ant-design|@rc-component|rc-[\w-]+|@emotion|stylis|dayjs|@babel[\\/]runtime|classnames|throttle-debounce|scroll-into-view-if-needed|compute-scroll-into-view|json2mql|string-convert|toggle-selection|copy-to-clipboard|resize-observer-polyfill)[\\/]/;
// Date pickers are big and only the pages with date filters use them.
const PICKER = /node_modules[\\/](@rc-component[\\/]picker|antd[\\/]es[\\/](date-picker|time-picker|calendar))[\\/]/;

const vendorGroups = [
  { name: 'vendor-react', test: /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack|cookie|set-cookie-parser)[\\/]/, priority: 40 },
  { name: 'vendor-antd', test: (id: string) => ANTD.test(id) && !PICKER.test(id), priority: 30 },
  { name: 'vendor-antd-picker', test: PICKER, priority: 20 },
  { name: 'vendor-echarts', test: /node_modules[\\/](echarts|zrender|tslib)[\\/]/, priority: 10 },
];

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: { codeSplitting: { groups: vendorGroups } },
      // domain/ is pure (zod schemas, tables of roles and codes); without this, its top-level z.object() calls
      // would drag all of zod into the bundle although the web only uses its types and constants.
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
