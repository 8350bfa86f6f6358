import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { dsfrUsedIcons, precompress } from './vite-plugins.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// `npm run dev:web`: this server with hot reload, /api proxied to the API (PORT, 3000 by default).
export default defineConfig({
  root: here('.'),
  plugins: [dsfrUsedIcons(here('./src')), precompress(here('../../dist/web'))],
  build: {
    outDir: here('../../dist/web'),
    emptyOutDir: true,
    sourcemap: true,
    // The DSFR's icons are masks: inlined, each would repeat in the stylesheet.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 800,
    rollupOptions: {
      // The DSFR's modules say "use client" for Next.js; a single-page application has no server components.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: {
    port: Number(process.env.WEB_DEV_PORT || 5173),
    proxy: { '/api': `http://127.0.0.1:${process.env.PORT || 3000}` },
  },
});
