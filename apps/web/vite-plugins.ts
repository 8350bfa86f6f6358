import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { constants as zlibConstants, brotliCompressSync, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';
import { withoutUnusedComponents } from './dsfr-subset.ts';
import { PAGE_HEADINGS } from './src/page-headings.ts';

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
 * Only the DSFR icons the application and the react-dsfr components it uses name (`fr-icon-…`, `ri-…`): the full icon stylesheet, with every SVG
 * inlined by the bundler, weighs 2 MB.
 */
export function dsfrUsedIcons(srcDir: string): Plugin {
  return {
    name: 'dsfr-used-icons',
    resolveId: (id) => (id === VIRTUAL ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      for (const file of sourceFiles(srcDir)) this.addWatchFile(file);
      // The react-dsfr components name icons of their own (the display settings' `fr-icon-theme-fill`).
      const used = new Set(Array.from(textOfSourcesAndTheirDsfrModules(srcDir).matchAll(/\b(?:fr-icon|ri)-[a-z0-9-]+/g), (match) => match[0]));
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

const DSFR_DIR = join(dirname(require.resolve('@codegouvfr/react-dsfr/package.json')), 'dsfr');
const REACT_DSFR_DIR = dirname(DSFR_DIR);
// A path beside the DSFR's own bundle (never written): the chunk is named after it.
const DSFR_MODULE = join(DSFR_DIR, 'dsfr.used.module.js');
const DSFR_STYLESHEET = join(DSFR_DIR, 'dsfr.main.min.css');
/** The DSFR's scripted components, in the order of its full bundle, with the class that marks each in the page. */
const DSFR_COMPONENTS: Array<[folder: string, marker: string]> = [
  ['accordion', 'fr-accordion'],
  ['button', 'fr-btn'],
  ['card', 'fr-card'],
  ['checkbox', 'fr-checkbox'],
  ['segmented', 'fr-segmented'],
  ['breadcrumb', 'fr-breadcrumb'],
  ['tooltip', 'fr-tooltip'],
  ['toggle', 'fr-toggle'],
  ['sidemenu', 'fr-sidemenu'],
  ['modal', 'fr-modal'],
  ['password', 'fr-password'],
  ['navigation', 'fr-nav'],
  ['tab', 'fr-tabs'],
  ['tag', 'fr-tag'],
  ['transcription', 'fr-transcription'],
  ['tile', 'fr-tile'],
  ['range', 'fr-range'],
  ['header', 'fr-header'],
  ['display', 'fr-display'],
  ['table', 'fr-table'],
];

/** The text of the application's sources and of every react-dsfr module they import, followed through its imports. */
function textOfSourcesAndTheirDsfrModules(srcDir: string): string {
  const texts: string[] = [];
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    texts.push(text);
    for (const [, imported = '', dynamic = ''] of text.matchAll(/from\s+["'](\.{1,2}\/[^"']+)["']|import\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g)) {
      const target = join(dirname(file), imported || dynamic);
      if (!target.startsWith(REACT_DSFR_DIR) || target.startsWith(DSFR_DIR)) continue;
      for (const candidate of [target, `${target}.js`, join(target, 'index.js')]) if (existsSync(candidate) && statSync(candidate).isFile()) visit(candidate);
    }
  };
  for (const file of sourceFiles(srcDir)) {
    const text = readFileSync(file, 'utf8');
    texts.push(text);
    for (const [, subpath = ''] of text.matchAll(/["']@codegouvfr\/react-dsfr\/([\w/]+)["']/g)) {
      const target = join(REACT_DSFR_DIR, subpath);
      for (const candidate of [`${target}.js`, join(target, 'index.js')]) if (existsSync(candidate)) visit(candidate);
    }
  }
  return texts.join('\n');
}

/** The DSFR's components as their classes name them in its stylesheet (`fr-tabs__tab`, `fr-tiles-group`…). */
const DSFR_COMPONENT_CLASSES = [
  'accordion',
  'alert',
  'badge',
  'breadcrumb',
  'btn',
  'callout',
  'card',
  'checkbox',
  'connect',
  'consent',
  'content',
  'display',
  'download',
  'follow',
  'footer',
  'form',
  'header',
  'highlight',
  'input',
  'link',
  'logo',
  'modal',
  'nav',
  'notice',
  'pagination',
  'password',
  'quote',
  'radio',
  'range',
  'search',
  'segmented',
  'select',
  'share',
  'sidemenu',
  'skiplinks',
  'stepper',
  'summary',
  'table',
  'tabs',
  'tag',
  'tile',
  'toggle',
  'tooltip',
  'transcription',
  'translate',
  'upload',
];

const mentions = (text: string, className: string) => new RegExp(`${className}(?![a-z])`).test(text);

/**
 * The DSFR with only the components the application shows (those whose class appears in its sources or in the
 * react-dsfr components it uses):
 * - its script: the core and those components, instead of the full bundle react-dsfr starts (every DOM change runs
 *   each registered component's selector over the new nodes; the full bundle weighs 110 kB minified);
 * - its stylesheet: without the rules of the others (a quarter of its 574 kB, parsed and turned into rule sets
 *   before the first paint).
 */
export function dsfrUsedComponents(srcDir: string): Plugin {
  return {
    name: 'dsfr-used-components',
    enforce: 'pre',
    resolveId(id, importer) {
      const fromReactDsfrStart = importer !== undefined && importer.startsWith(REACT_DSFR_DIR) && /[\\/]start\.js$/.test(importer);
      return fromReactDsfrStart && /^\.\/dsfr\/dsfr\.module(\.js)?$/.test(id) ? DSFR_MODULE : null;
    },
    load(id) {
      if (id !== DSFR_MODULE) return null;
      const text = textOfSourcesAndTheirDsfrModules(srcDir);
      const used = DSFR_COMPONENTS.filter(([, marker]) => mentions(text, marker));
      return [
        join(DSFR_DIR, 'core', 'core.module.js'),
        join(DSFR_DIR, 'scheme', 'scheme.module.js'),
        ...used.map(([folder]) => join(DSFR_DIR, 'component', folder, `${folder}.module.js`)),
      ]
        .map((file) => `import ${JSON.stringify(file)};`)
        .join('\n');
    },
    transform(css, id) {
      if (id.split('?')[0] !== DSFR_STYLESHEET) return null;
      const text = textOfSourcesAndTheirDsfrModules(srcDir);
      return {
        code: withoutUnusedComponents(
          css,
          DSFR_COMPONENT_CLASSES.filter((name) => !mentions(text, `fr-${name}`)),
        ),
        map: null,
      };
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
      // A failed build wrote nothing: its own error is the one to show.
      if (!existsSync(dir)) return;
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

/**
 * The application's chunk, asked for by index.html before any script has run: the small entry imports it once it has
 * started the session, and would otherwise fetch it only when it has itself arrived and run.
 */
export function preloadStartChunk(startModule: string): Plugin {
  return {
    name: 'preload-start-chunk',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const files = Object.values(context.bundle ?? {});
        const app = files.find((file) => file.type === 'chunk' && file.moduleIds.includes(startModule));
        if (!app || app.type !== 'chunk') throw new Error('preload-start-chunk: the application chunk is missing');
        const entries = new Set(files.flatMap((file) => (file.type === 'chunk' && file.isEntry ? [file.fileName] : [])));
        return [app.fileName, ...app.imports]
          .filter((file) => !entries.has(file))
          .map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: '', href: `/${file}` }, injectTo: 'head' as const }));
      },
    },
  };
}

const MARIANNE_VIRTUAL = 'virtual:marianne-first-paint.css';
const MARIANNE_RESOLVED = '\0marianne-first-paint.css';

/**
 * The shell's first paint in the Marianne's sizes. The regular and the bold are preloaded with the stylesheet, and
 * until they have arrived the text is painted in Arial enlarged to the Marianne's widths and lines (measured in
 * Chromium on the words of the header and the titles: the regular is 8.3 % wider than Arial on average, the bold
 * 1.5 %; set at 12 % and 2.5 % so that the fallback is never the smaller on the header's words). Painted in plain Arial, the header's tagline and the
 * page's title came out smaller than the application's rendering of them (new elements), which moved the largest
 * contentful paint from the shell's paint to the script's, and the font's arrival shifted the layout.
 */
export function marianneAtFirstPaint(): Plugin {
  const fallback = (weight: number, locals: string[], sizeAdjust: number) =>
    `@font-face{font-family:"Marianne fallback";font-style:normal;font-weight:${weight};src:${locals.map((name) => `local("${name}")`).join(',')};` +
    `size-adjust:${sizeAdjust}%;ascent-override:${((110 / sizeAdjust) * 100).toFixed(1)}%;descent-override:${((40 / sizeAdjust) * 100).toFixed(1)}%;line-gap-override:0%}`;
  const css = [
    fallback(400, ['Arial', 'ArialMT', 'Liberation Sans', 'LiberationSans'], 112),
    fallback(700, ['Arial Bold', 'Arial-BoldMT', 'Liberation Sans Bold', 'LiberationSans-Bold'], 102.5),
    // The DSFR's two declarations of the family (body; input, select, textarea), with the fallback after the Marianne.
    'body,input,select,textarea{font-family:Marianne,"Marianne fallback",arial,sans-serif}',
  ].join('\n');
  return {
    name: 'marianne-at-first-paint',
    resolveId: (id) => (id === MARIANNE_VIRTUAL ? MARIANNE_RESOLVED : null),
    load: (id) => (id === MARIANNE_RESOLVED ? css : null),
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        if (!context.bundle) return [];
        const fonts = Object.values(context.bundle).filter(
          (file) => file.type === 'asset' && /^assets\/Marianne-(Regular|Bold)-[\w-]+\.woff2$/.test(file.fileName),
        );
        if (fonts.length !== 2) throw new Error(`marianne-at-first-paint: expected the regular and bold woff2, found ${fonts.length}`);
        return fonts.map((file) => ({
          tag: 'link',
          attrs: { rel: 'preload', as: 'font', type: 'font/woff2', crossorigin: '', href: `/${file.fileName}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

/** The public pages' headings, for the API to write into index.html's shell (apps/api/src/web-app.ts reads this file). */
export function pageHeadings(): Plugin {
  return {
    name: 'page-headings',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'page-headings.json', source: JSON.stringify(PAGE_HEADINGS) });
    },
  };
}

/** `npm run dev:web`: the placeholders of index.html's shell, which the API fills from its configuration, with the default operator's. */
export function developmentShell(texts: Record<string, string>): Plugin {
  return {
    name: 'development-shell',
    apply: 'serve',
    transformIndexHtml: (html) => Object.entries(texts).reduce((page, [placeholder, text]) => page.replaceAll(placeholder, text), html),
  };
}

interface ModuleGraph {
  getModuleInfo(id: string): { importedIds: readonly string[] } | null;
}

/**
 * The chunk name of every module the application's start statically needs (except what the entry itself has): one
 * chunk (and its preload in index.html) rather than one shared chunk per combination of lazy pages, which would each
 * cost the first load a request.
 */
export function startChunk(entryModule: string, startModule: string, name: string) {
  let needed: Set<string> | null = null;
  return (id: string, graph: ModuleGraph): string | null => {
    const closure = (from: string) => {
      const seen = new Set<string>();
      const visit = (module: string) => {
        if (seen.has(module)) return;
        seen.add(module);
        for (const imported of graph.getModuleInfo(module)?.importedIds ?? []) visit(imported);
      };
      visit(from);
      return seen;
    };
    if (!needed) {
      const entry = closure(entryModule);
      needed = new Set([...closure(startModule)].filter((module) => !entry.has(module)));
    }
    return needed.has(id) ? name : null;
  };
}
