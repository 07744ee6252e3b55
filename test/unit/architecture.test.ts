// The house's plan, kept: the layers of server/src import only downward, nothing imports in a
// circle (type-only imports included), the rooms of a layer stand alone, the client knows the
// server only by its protocol module, and no file or function grows past what a reader takes in.
// Tests live under test/ (a rule's in test/rules/<id>/) and are no part of the sources: no source
// imports one, so no bundle carries it. docs/ARCHITECTURE.md draws the plan.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

const ROOT = path.resolve(__dirname, '../..');
const SERVER = path.join(ROOT, 'server/src');
const CLIENT = path.join(ROOT, 'client/src');

/** The layers from the bottom up: a file may import from its own layer and from layers before it. */
const LAYERS: string[][] = [['base'], ['knowledge'], ['letter'], ['rules', 'features'], ['config'], ['service'], ['server', 'cli']];

/** Layers that reach below only into the layers named: the LSP adapter knows letters only through the service. */
const REACHES: Record<string, string[]> = { server: ['service', 'base'] };

/** What server/src may import from outside it, besides packages: the version and home page for --version and SARIF. */
const OUTSIDE = [path.join(ROOT, 'package.json')];

/** The one module the client shares with the server: names and types of the custom requests. */
const PROTOCOL = path.join(SERVER, 'server/protocol.ts');

/**
 * Folders whose rooms stand alone: a room is a file or a folder right below the folder, and none
 * imports another, except the folder's index.ts (which lists them) and the shared modules named
 * here (which every room may use). A rule is a file of its own (rules/<id>.ts).
 */
const ROOMS: Record<string, string[]> = {
  rules: ['rule.ts'],
  features: [],
  'features/hover': ['markdown.ts'],
};

const MAX_FILE_LINES = 400;
const MAX_FUNCTION_LINES = 80;

const isTest = (file: string): boolean => file.endsWith('.test.ts');

/** The TypeScript files below `dir`, tests beside the sources included. */
function typeScriptFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return typeScriptFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** The source files below `dir`: the tests that stand beside them are not sources. */
const sourceFiles = (dir: string): string[] => typeScriptFiles(dir).filter((file) => !isTest(file));

function parsed(file: string): ts.SourceFile {
  return ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
}

/** Every module a file names: imports and re-exports (type-only too), import() calls and import('...') types. */
function specifiers(source: ts.SourceFile): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      found.push(node.moduleSpecifier.text);
    } else if (
      ts.isImportEqualsDeclaration(node) &&
      ts.isExternalModuleReference(node.moduleReference) &&
      ts.isStringLiteral(node.moduleReference.expression)
    ) {
      found.push(node.moduleReference.expression.text);
    } else if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require'))
    ) {
      const [first] = node.arguments;
      if (first && ts.isStringLiteral(first)) found.push(first.text);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      found.push(node.argument.literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The file a relative specifier names (packages and node: modules are outside the graph). */
function resolve(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = path.resolve(path.dirname(from), specifier);
  return [base, `${base}.ts`, path.join(base, 'index.ts')].find((f) => fs.existsSync(f) && fs.statSync(f).isFile());
}

/** Each source file of server/src and client/src with the files it imports (a test beside the sources included, should one import it). */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of [...sourceFiles(SERVER), ...sourceFiles(CLIENT)]) {
    const targets = specifiers(parsed(file)).map((s) => resolve(file, s));
    graph.set(file, [...new Set(targets.filter((t): t is string => t !== undefined))]);
  }
  return graph;
}

const relative = (file: string): string => path.relative(ROOT, file);

/** The layer a file of server/src stands in: the folder under server/src, or the file's own name. */
function layerOf(file: string): string {
  const [first] = path.relative(SERVER, file).split(path.sep);
  return first.replace(/\.ts$/, '');
}

const rankOf = (layer: string): number => LAYERS.findIndex((names) => names.includes(layer));

/** Where an import breaks the layering, or undefined when it keeps it. */
function layerViolation(from: string, to: string): string | undefined {
  const fromClient = from.startsWith(CLIENT + path.sep);
  if (fromClient)
    return to.startsWith(SERVER + path.sep) && to !== PROTOCOL ? 'the client imports from the server only its protocol module' : undefined;
  if (!to.startsWith(SERVER + path.sep))
    return OUTSIDE.includes(to) ? undefined : 'server/src imports only from server/src, packages and package.json';
  if (to === PROTOCOL && from !== PROTOCOL) return layerOf(from) === 'server' ? undefined : 'only the LSP adapter speaks the protocol';
  if (from === PROTOCOL) return 'the protocol module imports nothing: the client bundles it';
  const [a, b] = [layerOf(from), layerOf(to)];
  if (a === b) return undefined;
  if (REACHES[a] && !REACHES[a].includes(b)) return `${a} imports only from ${REACHES[a].join(' and ')}, not from ${b}`;
  if (rankOf(b) < rankOf(a)) return undefined;
  return rankOf(b) === rankOf(a) ? `${a} and ${b} stand side by side: neither imports the other` : `${a} imports upward from ${b}`;
}

/** The room of `folder` (a file or a folder right below it) that holds `file`, or undefined outside it. */
function roomOf(folder: string, file: string): string | undefined {
  const inside = path.relative(path.join(SERVER, folder), file);
  return inside.startsWith('..') || path.isAbsolute(inside) ? undefined : inside.split(path.sep)[0];
}

/** Where an import joins two rooms of one folder that should stand alone, or undefined. */
function roomViolation(from: string, to: string): string | undefined {
  for (const [folder, shared] of Object.entries(ROOMS)) {
    const [fromRoom, toRoom] = [roomOf(folder, from), roomOf(folder, to)];
    if (!fromRoom || !toRoom || fromRoom === toRoom) continue;
    if (fromRoom === 'index.ts' || shared.includes(toRoom)) continue;
    return `${folder}/ holds rooms that stand alone: ${fromRoom} imports ${toRoom}`;
  }
  return undefined;
}

/** Every import cycle, as the files on it (Tarjan's strongly connected components). */
function cycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const connect = (file: string): void => {
    index.set(file, index.size);
    low.set(file, index.get(file)!);
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file) ?? []) {
      if (!index.has(next)) {
        connect(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(file, Math.min(low.get(file)!, index.get(next)!));
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    for (let top = stack.pop()!; ; top = stack.pop()!) {
      onStack.delete(top);
      component.push(top);
      if (top === file) break;
    }
    if (component.length > 1 || (graph.get(file) ?? []).includes(file)) found.push(component.map(relative).sort());
  };
  for (const file of graph.keys()) if (!index.has(file)) connect(file);
  return found;
}

/** Functions, methods and arrow functions longer than the limit, as "file:line name (n lines)". */
function longFunctions(file: string): string[] {
  const source = parsed(file);
  const lineOf = (pos: number): number => source.getLineAndCharacterOfPosition(pos).line + 1;
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const lines = lineOf(node.getEnd()) - lineOf(node.getStart()) + 1;
      const name = 'name' in node && node.name ? (node.name as ts.Node).getText() : '(anonymous)';
      if (lines > MAX_FUNCTION_LINES) out.push(`${relative(file)}:${lineOf(node.getStart())} ${name} (${lines} lines)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

describe('architecture', () => {
  const graph = importGraph();
  const edges = [...graph].flatMap(([from, targets]) => targets.map((to) => ({ from, to })));

  it('puts every file of server/src in a layer', () => {
    const loose = [...graph.keys()].filter((f) => f.startsWith(SERVER + path.sep) && rankOf(layerOf(f)) < 0).map(relative);
    assert.deepEqual(loose, []);
  });

  it('imports only downward: base, knowledge, letter, rules and features, config, service, server and cli', () => {
    const upward = edges.flatMap(({ from, to }) => {
      const why = layerViolation(from, to);
      return why ? [`${relative(from)} -> ${relative(to)}: ${why}`] : [];
    });
    assert.deepEqual(upward, []);
  });

  it('keeps each rule, each feature and each hover provider a room of its own', () => {
    const joined = edges.flatMap(({ from, to }) => {
      const why = roomViolation(from, to);
      return why ? [why] : [];
    });
    assert.deepEqual(joined, []);
  });

  it('has no import cycle, type-only imports included', () => {
    assert.deepEqual(cycles(graph), []);
  });

  it('keeps tests out of the sources (no bundle carries them)', () => {
    const tests = typeScriptFiles(SERVER).filter(isTest).map(relative);
    assert.deepEqual(tests, [], "tests live under test/ (a rule's in test/rules/<id>/)");
  });

  it(`keeps source files within ${MAX_FILE_LINES} lines and functions within ${MAX_FUNCTION_LINES}`, () => {
    const files = [...graph.keys()];
    const long = files.filter((f) => fs.readFileSync(f, 'utf8').split('\n').length > MAX_FILE_LINES).map(relative);
    assert.deepEqual([...long, ...files.flatMap(longFunctions)], []);
  });

  it('reads the imports it judges (a check of the checker)', () => {
    const source = ts.createSourceFile(
      'x.ts',
      "import type { A } from './a'; export { b } from './b'; import c = require('./c'); type D = import('./d').D; void import('./e');",
      ts.ScriptTarget.Latest,
      true,
    );
    assert.deepEqual(specifiers(source), ['./a', './b', './c', './d', './e']);
    const at = (p: string): string => path.join(SERVER, p);
    assert.match(layerViolation(at('knowledge/explain.ts'), at('letter/types.ts')) ?? '', /upward/);
    assert.match(layerViolation(at('rules/rule.ts'), at('features/outline.ts')) ?? '', /side by side/);
    assert.equal(layerViolation(at('server/handlers.ts'), at('service.ts')), undefined);
    assert.match(layerViolation(at('server/handlers.ts'), at('letter/index.ts')) ?? '', /only from service and base/);
    assert.match(layerViolation(at('rules/split-word.ts'), at('service.ts')) ?? '', /upward/);
    assert.equal(roomViolation(at('rules/split-word.ts'), at('rules/rule.ts')), undefined);
    assert.equal(roomViolation(at('rules/index.ts'), at('rules/split-word.ts')), undefined);
    assert.match(roomViolation(at('rules/split-word.ts'), at('rules/too-large.ts')) ?? '', /split-word.ts imports too-large.ts/);
    assert.match(roomViolation(at('features/hover/drug.ts'), at('features/hover/date.ts')) ?? '', /drug\.ts imports date\.ts/);
    const [one, two, three] = ['one.ts', 'two.ts', 'three.ts'].map(at);
    const circle = new Map([
      [one, [two]],
      [two, [three]],
      [three, [one]],
    ]);
    assert.deepEqual(cycles(circle), [[one, three, two].map(relative)]);
    assert.deepEqual(
      cycles(
        new Map([
          [one, [two]],
          [two, [three]],
          [three, []],
        ]),
      ),
      [],
    );
  });
});
