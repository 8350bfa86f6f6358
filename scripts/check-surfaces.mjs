// The public surface of each library: its `index.ts` names what other libraries, the applications and the tests
// may use (its module, services, the types of their answers, events, problems) — never `export *`, which hands out
// every helper of a file.
// `node scripts/check-surfaces.mjs --write [--only=lib,…]` rewrites each index.ts to exactly what is imported through
// its alias.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { root } from './lib/shell.mjs';

// Required when the check runs: `npm test` imports the lint before it has installed the dependencies.
let ts;

const LIBS = join(root, 'libs');
const SCANNED = ['apps', 'libs', 'test', 'scripts', 'bench'];

function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    if (name === 'node_modules' || name === 'dist') return [];
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** `@iae/<lib>` → the names imported from it, by files outside that library. */
function importsByLibrary() {
  const used = new Map();
  for (const file of SCANNED.flatMap((dir) => sourceFiles(join(root, dir)))) {
    const text = readFileSync(file, 'utf8');
    if (!text.includes('@iae/')) continue;
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
    for (const statement of source.statements) {
      const isImport = ts.isImportDeclaration(statement);
      if (!isImport && !ts.isExportDeclaration(statement)) continue;
      const specifier = statement.moduleSpecifier;
      const match = specifier && ts.isStringLiteral(specifier) && /^@iae\/([a-z-]+)$/.exec(specifier.text);
      if (!match) continue;
      const lib = match[1];
      if (file.startsWith(join(LIBS, lib) + '/')) continue;
      const names = used.get(lib) ?? new Set();
      used.set(lib, names);
      const bindings = isImport ? statement.importClause?.namedBindings : statement.exportClause;
      if (!bindings || ts.isNamespaceImport(bindings) || ts.isNamespaceExport(bindings)) {
        if (isImport && !statement.importClause) continue; // `import '@iae/x'` for its side effects
        throw new Error(`${relative(root, file)}: import the names you use from @iae/${lib}, not the whole library`);
      }
      for (const element of bindings.elements) names.add((element.propertyName ?? element.name).text);
    }
  }
  return used;
}

function program(indexes) {
  const config = ts.getParsedCommandLineOfConfigFile(join(root, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  return ts.createProgram(indexes, { ...config.options, noEmit: true });
}

/** What each index.ts exports, with the file that declares it and whether it is a value. */
function exportsOf(indexes) {
  const built = program(indexes);
  const checker = built.getTypeChecker();
  const result = new Map();
  for (const index of indexes) {
    const moduleSymbol = checker.getSymbolAtLocation(built.getSourceFile(index));
    const exported = moduleSymbol ? checker.getExportsOfModule(moduleSymbol) : [];
    result.set(
      index,
      exported.map((symbol) => {
        const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
        const declaration = target.declarations?.[0];
        return { name: symbol.name, file: declaration?.getSourceFile().fileName, value: Boolean(target.flags & ts.SymbolFlags.Value) };
      }),
    );
  }
  return result;
}

function moduleSpecifier(index, file) {
  const path = relative(dirname(index), file).replace(/\.tsx?$/, '');
  return path.startsWith('.') ? path : `./${path}`;
}

function render(index, symbols) {
  const byFile = new Map();
  for (const symbol of symbols) byFile.set(symbol.file, [...(byFile.get(symbol.file) ?? []), symbol]);
  const lines = [...byFile.entries()]
    .map(([file, list]) => [moduleSpecifier(index, file), list.sort((a, b) => a.name.localeCompare(b.name))])
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, list]) => `export { ${list.map((s) => (s.value ? s.name : `type ${s.name}`)).join(', ')} } from '${path}';`);
  return `${lines.join('\n')}\n`;
}

export function checkSurfaces({ write = false, only = null } = {}) {
  ts ??= createRequire(import.meta.url)('typescript');
  const libs = readdirSync(LIBS).filter((lib) => statSync(join(LIBS, lib, 'src', 'index.ts'), { throwIfNoEntry: false }));
  const indexes = libs.map((lib) => join(LIBS, lib, 'src', 'index.ts'));
  const used = importsByLibrary();
  const problems = [];
  let exported = 0;
  const surfaces = write ? exportsOf(indexes) : null;
  for (const [i, lib] of libs.entries()) {
    const index = indexes[i];
    const wanted = used.get(lib) ?? new Set();
    if (write) {
      if (only && !only.includes(lib)) continue;
      const symbols = surfaces.get(index).filter((s) => wanted.has(s.name));
      writeFileSync(index, render(index, symbols));
      exported += symbols.length;
      continue;
    }
    const source = ts.createSourceFile(index, readFileSync(index, 'utf8'), ts.ScriptTarget.Latest, false);
    const names = new Set();
    for (const statement of source.statements) {
      if (!ts.isExportDeclaration(statement) || !statement.exportClause || !ts.isNamedExports(statement.exportClause)) {
        problems.push(`libs/${lib}/src/index.ts: name what the library offers (\`export { … } from\`), not \`${statement.getText(source).slice(0, 60)}\``);
        continue;
      }
      for (const element of statement.exportClause.elements) names.add(element.name.text);
    }
    for (const name of wanted) if (!names.has(name)) problems.push(`libs/${lib}/src/index.ts: ${name} is imported through @iae/${lib} but not exported`);
    exported += names.size;
  }
  if (problems.length) {
    const error = new Error(
      `${problems.length} problem(s) with the libraries' public surfaces:\n  ${problems.join('\n  ')}\n  (\`node scripts/check-surfaces.mjs --write\` rewrites each index.ts to what is used)`,
    );
    throw error;
  }
  return `${libs.length} libraries, ${exported} names on their public surfaces`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const only =
      process.argv
        .find((a) => a.startsWith('--only='))
        ?.slice('--only='.length)
        .split(',') ?? null;
    console.log(checkSurfaces({ write: process.argv.includes('--write'), only }));
  } catch (error) {
    console.error(`✖ ${error.message}`);
    process.exit(1);
  }
}
