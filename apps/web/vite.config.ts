import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import {
  developmentShell,
  dsfrUsedComponents,
  dsfrUsedIcons,
  marianneAtFirstPaint,
  pageHeadings,
  precompress,
  preloadStartChunk,
  startChunk,
} from './vite-plugins.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// `npm run dev:web`: this server with hot reload, /api proxied to the API (PORT, 3000 by default).
export default defineConfig({
  root: here('.'),
  plugins: [
    dsfrUsedIcons(here('./src')),
    dsfrUsedComponents(here('./src')),
    marianneAtFirstPaint(),
    preloadStartChunk(here('./src/start-app.tsx')),
    developmentShell({
      __IAE_HTML_CLASS__: '',
      __IAE_BRAND_TOP__: 'Ministère du Travail<br />et des Solidarités',
      __IAE_SERVICE_NAME__: 'Plateforme IAE',
      __IAE_SERVICE_TAGLINE__: 'Prescription et recrutement en insertion par l’activité économique',
      __IAE_PAGE_CLASS__: '',
      __IAE_PAGE_HEADING__: '',
    }),
    pageHeadings(),
    precompress(here('../../dist/web')),
  ],
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
      output: {
        codeSplitting: {
          groups: [
            {
              debugName: 'start-app',
              name: startChunk(here('./src/main.tsx'), here('./src/start-app.tsx'), 'start-app'),
              // What the entry has stays in the entry (the group would otherwise take it along as a dependency).
              includeDependenciesRecursively: false,
            },
          ],
        },
      },
    },
  },
  server: {
    port: Number(process.env.WEB_DEV_PORT || 5173),
    proxy: { '/api': `http://127.0.0.1:${process.env.PORT || 3000}` },
  },
});
