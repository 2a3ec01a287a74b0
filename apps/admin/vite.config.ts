import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// Served by the API at /admin; in watch mode Vite proxies /api to the API on API_URL.
export default defineConfig({
  base: '/admin/',
  plugins: [react()],
  // The workspace packages are built as CommonJS for Node; the console bundles their TypeScript source.
  resolve: { alias: { '@kgh/api-client': source('../../packages/api-client/src/index.ts'), '@kgh/shared': source('../../packages/shared/src/index.ts') } },
  server: { port: 5174, proxy: { '/api': process.env.API_URL ?? 'http://127.0.0.1:3000' } },
  build: {
    outDir: 'dist',
    manifest: true,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      output: {
        // Pages are loaded per route (React.lazy) and Rollup splits what they share; the chart library is one chunk of its own.
        manualChunks: (id) => (/node_modules\/(\.pnpm\/)?(echarts|zrender)/.test(id) ? 'echarts' : undefined),
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['test/setup.ts'],
    include: ['test/**/*.test.tsx', 'src/**/*.test.ts'],
    testTimeout: 60000,
  },
});
