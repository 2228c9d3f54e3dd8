import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

/**
 * One build for the desktop app: Electron main + the backend's utility-process entry, the preload (CommonJS,
 * as sandboxed preloads require), and the renderer. Browser mode only needs the renderer:
 * `GUICHET_BUILD_TARGET=renderer electron-vite build` skips main and preload.
 */
const rendererOnly = process.env.GUICHET_BUILD_TARGET === 'renderer';

const renderer = {
  root: resolve('renderer'),
  base: './',
  plugins: [react()],
  build: {
    outDir: resolve('out/renderer'),
    emptyOutDir: true,
    // electron-vite leaves the renderer unminified by default; the counter machines are modest.
    minify: 'esbuild' as const,
    rollupOptions: { input: resolve('renderer/index.html') },
  },
};

export default defineConfig(
  rendererOnly
    ? { renderer }
    : {
        main: {
          build: {
            outDir: resolve('out/main'),
            externalizeDeps: true,
            rollupOptions: {
              input: {
                index: resolve('electron/main/index.ts'),
                backend: resolve('electron/node/host/utility-entry.ts'),
              },
            },
          },
        },
        preload: {
          build: {
            outDir: resolve('out/preload'),
            externalizeDeps: true,
            rollupOptions: {
              input: { index: resolve('electron/preload/index.ts') },
              output: { format: 'cjs', entryFileNames: '[name].cjs' },
            },
          },
        },
        renderer,
      },
);
