import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { constants as zlibConstants, brotliCompressSync, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const require = createRequire(import.meta.url);
const ICONS_DIR = join(dirname(require.resolve('@codegouvfr/react-dsfr/package.json')), 'dsfr', 'utility', 'icons');
const VIRTUAL = 'virtual:dsfr-icons.css';
// A real path beside the DSFR's icon stylesheet, so that its relative url()s resolve as in the original.
const RESOLVED = join(ICONS_DIR, 'icons.used.css');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(tsx?|css)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/**
 * Only the DSFR icons the application names (`fr-icon-…`, `ri-…`): the full icon stylesheet, with every SVG
 * inlined by the bundler, weighs 2 MB.
 */
export function dsfrUsedIcons(srcDir: string): Plugin {
  return {
    name: 'dsfr-used-icons',
    resolveId: (id) => (id === VIRTUAL ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      const used = new Set<string>();
      for (const file of sourceFiles(srcDir)) {
        this.addWatchFile(file);
        for (const match of readFileSync(file, 'utf8').matchAll(/\b(?:fr-icon|ri)-[a-z0-9-]+/g)) used.add(match[0]);
      }
      const css = readFileSync(join(ICONS_DIR, 'icons.min.css'), 'utf8');
      const rules = css.match(/[^{}]+\{[^{}]*\}/g) ?? [];
      const kept = rules.filter((rule) => {
        const selector = rule.slice(0, rule.indexOf('{'));
        const classes = selector.match(/\.((?:fr-icon|ri)-[a-z0-9-]+)/g) ?? [];
        return classes.length > 0 && classes.some((c) => used.has(c.slice(1)));
      });
      return kept.join('\n');
    },
  };
}

/**
 * Brotli and gzip copies of the built scripts and stylesheets, served by the API instead of the originals to the
 * browsers that accept them (@fastify/static's preCompressed): compressed once at build, never per request.
 */
export function precompress(outDir: string): Plugin {
  return {
    name: 'precompress',
    apply: 'build',
    async closeBundle() {
      const dir = join(outDir, 'assets');
      for (const name of readdirSync(dir)) {
        if (!/\.(js|css|svg)$/.test(name)) continue;
        const file = join(dir, name);
        const content = readFileSync(file);
        if (content.length < 1024) continue;
        writeFileSync(`${file}.br`, brotliCompressSync(content, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }));
        writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
      }
    },
  };
}
