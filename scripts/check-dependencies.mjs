// The walls between libraries, checked (run by `npm run lint`, so by `npm test`):
// - the rules of .dependency-cruiser.cjs (pure rules, frozen migrations, another library through its alias and index.ts);
// - no cycle between libraries (a cycle of libraries, counting type-only imports, whatever the modules it passes through).
// Today's violations are listed in scripts/conventions/known-dependency-violations.json, each with why it is still
// there: a new violation fails, and so does a listed one that is gone (remove it: the list may only shrink).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { root } from './lib/shell.mjs';

const KNOWN_FILE = 'scripts/conventions/known-dependency-violations.json';

/** Runs dependency-cruiser over the application code and returns its JSON result. */
function cruise() {
  const bin = `${root}/node_modules/dependency-cruiser/bin/dependency-cruise.mjs`;
  const result = spawnSync(process.execPath, [bin, 'libs', 'apps', '--config', '.dependency-cruiser.cjs', '--output-type', 'json'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  if (!result.stdout) throw new Error(`dependency-cruiser failed: ${result.stderr}`);
  return JSON.parse(result.stdout);
}

const libraryOf = (path) => /^libs\/([^/]+)\/src\//.exec(path)?.[1] ?? null;
const isTest = (path) => /\.spec\.ts$/.test(path);

/** The libraries' graph: A → B when a (non-test) module of A imports one of B; with one example per edge. */
function libraryGraph(modules) {
  const edges = new Map();
  for (const module of modules) {
    const from = libraryOf(module.source);
    if (!from || isTest(module.source)) continue;
    for (const dependency of module.dependencies) {
      const to = libraryOf(dependency.resolved);
      if (!to || to === from) continue;
      const targets = edges.get(from) ?? new Map();
      if (!targets.has(to)) targets.set(to, `${module.source} → ${dependency.module}`);
      edges.set(from, targets);
    }
  }
  return edges;
}

/** Strongly connected components of more than one library (Tarjan): each is one or more cycles. */
export function libraryCycles(edges) {
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const components = [];
  let counter = 0;
  const visit = (node) => {
    index.set(node, counter);
    low.set(node, counter);
    counter++;
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node)?.keys() ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node), low.get(next)));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node), index.get(next)));
    }
    if (low.get(node) === index.get(node)) {
      const component = [];
      let member;
      do {
        member = stack.pop();
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) components.push(component.sort());
    }
  };
  for (const node of [...edges.keys()].sort()) if (!index.has(node)) visit(node);
  return components;
}

export function checkDependencies() {
  const result = cruise();
  const known = JSON.parse(readFileSync(`${root}/${KNOWN_FILE}`, 'utf8'));
  const problems = [];

  // Rule violations, keyed by rule, importing file and imported file.
  const key = (v) => `${v.rule} ${v.from} → ${v.to}`;
  const found = result.summary.violations.map((v) => ({ rule: v.rule.name, from: v.from, to: v.to }));
  const listed = new Set(known.violations.map(key));
  const present = new Set(found.map(key));
  for (const v of found) if (!listed.has(key(v))) problems.push(`new violation of ${key(v)}`);
  for (const v of known.violations) if (!present.has(key(v))) problems.push(`gone, remove it from ${KNOWN_FILE}: ${key(v)}`);

  // Cycles between libraries.
  const edges = libraryGraph(result.modules);
  const cycles = libraryCycles(edges);
  const cycleKey = (libraries) => [...libraries].sort().join(' ↔ ');
  const knownCycles = new Set(known.libraryCycles.map((c) => cycleKey(c.libraries)));
  for (const cycle of cycles) {
    if (knownCycles.has(cycleKey(cycle))) continue;
    const through = cycle.flatMap((from) => cycle.filter((to) => edges.get(from)?.has(to)).map((to) => `    ${edges.get(from).get(to)}`));
    problems.push(`new cycle between libraries: ${cycleKey(cycle)}, through:\n${through.join('\n')}`);
  }
  const presentCycles = new Set(cycles.map(cycleKey));
  for (const c of known.libraryCycles) {
    if (!presentCycles.has(cycleKey(c.libraries))) problems.push(`cycle gone, remove it from ${KNOWN_FILE}: ${cycleKey(c.libraries)}`);
  }

  const summary = `${result.summary.totalCruised} modules, ${found.length} known violation(s), ${cycles.length} known library cycle(s)`;
  if (problems.length) {
    const error = new Error(`Dependency rules (.dependency-cruiser.cjs):\n  ${problems.join('\n  ')}`);
    error.exitCode = 1;
    throw error;
  }
  return summary;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(`✔ Dependencies: ${checkDependencies()}`);
  } catch (error) {
    console.error(`✖ ${error.message}`);
    process.exit(error.exitCode ?? 1);
  }
}
