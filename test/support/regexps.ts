// Every regular expression the server source uses, found three ways so none is missed and no list
// is kept by hand:
//
// - static: a TypeScript AST walk over server/src and client/src finds each regex literal and each
//   `new RegExp(...)` / `RegExp(...)` whose arguments are plain strings, and compiles it;
// - exported: every module under server/src is loaded and its exports walked (RegExps, and arrays,
//   objects, Maps and Sets of them, a few levels deep);
// - constructed: while the modules load and the engine then runs over fixture letters (parse, every
//   rule, outline, folding, hovers, completions), the global `RegExp` is wrapped so that each
//   pattern built at run time (from templates, tables or a letter's words) is recorded with the
//   file:line that built it. Every `new RegExp(` site the AST walk finds must be seen here or be
//   static, so a site the run never reaches is reported rather than silently unchecked.
//
// The run-time part needs a fresh module graph (modules already loaded have built their patterns),
// so it runs in a child process: `node -r tsx/cjs test/support/regexps.ts` prints it as JSON.
// Used by test/unit/redos.test.ts and bench/redos.mjs.

import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

export const ROOT = path.resolve(__dirname, '../..');
const SOURCE_DIRS = ['server/src', 'client/src'];
/** Client modules import `vscode`, which exists only inside the editor: scanned, not loaded. */
const LOADED_DIR = 'server/src';

export type Origin = 'literal' | 'constructor' | 'export' | 'constructed';

export interface Site {
  /** `path/from/root.ts:line`, or `path.ts#exportName` for an export. */
  where: string;
  origin: Origin;
}

export interface Pattern {
  source: string;
  flags: string;
  sites: Site[];
}

/** A `new RegExp(...)` whose pattern is not a plain string: only the run can tell what it builds. */
export interface DynamicSite {
  where: string;
  text: string;
}

/** Files below `dir` (absolute) that `keep` accepts, sorted. */
function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name), keep) : keep(e.name) ? [path.join(dir, e.name)] : []))
    .sort();
}

/** The modules of `dirs`: not declarations, nor the rules' tests that stand beside them. */
export function sourceFiles(dirs: string[] = SOURCE_DIRS): string[] {
  return dirs.flatMap((d) =>
    filesUnder(path.join(ROOT, d), (name) => name.endsWith('.ts') && !name.endsWith('.d.ts') && !name.endsWith('.test.ts')),
  );
}

const rel = (file: string): string => path.relative(ROOT, file).split(path.sep).join('/');

/** Regex literals and `RegExp` constructions with string arguments, by an AST walk. */
export function staticPatterns(files: string[] = sourceFiles()): { patterns: Pattern[]; dynamic: DynamicSite[] } {
  const found: { source: string; flags: string; site: Site }[] = [];
  const dynamic: DynamicSite[] = [];
  for (const file of files) {
    const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const where = (node: ts.Node): string => `${rel(file)}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`;
    const stringOf = (e: ts.Expression | undefined): string | undefined =>
      e && (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) ? e.text : undefined;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sf);
        const slash = text.lastIndexOf('/');
        found.push({ source: text.slice(1, slash), flags: text.slice(slash + 1), site: { where: where(node), origin: 'literal' } });
      } else if (
        (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'RegExp'
      ) {
        const args = node.arguments ?? [];
        const source = stringOf(args[0]);
        const flags = args.length < 2 ? '' : stringOf(args[1]);
        if (source !== undefined && flags !== undefined) found.push({ source, flags, site: { where: where(node), origin: 'constructor' } });
        else dynamic.push({ where: where(node), text: node.getText(sf).replace(/\s+/g, ' ').slice(0, 120) });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  // Compile each, so a literal the walk misread fails here rather than passing unchecked.
  for (const f of found) new RegExp(f.source, f.flags);
  return { patterns: merge(found), dynamic };
}

export function merge(found: { source: string; flags: string; site: Site }[]): Pattern[] {
  const by = new Map<string, Pattern>();
  for (const { source, flags, site } of found) {
    const key = `${flags}/${source}`;
    const p = by.get(key) ?? by.set(key, { source, flags, sites: [] }).get(key)!;
    if (!p.sites.some((s) => s.where === site.where && s.origin === site.origin)) p.sites.push(site);
  }
  return [...by.values()];
}

/** Patterns of exports and of constructions at run time. Call in a fresh process only. */
export function runtimePatterns(): Pattern[] {
  const found: { source: string; flags: string; site: Site }[] = [];
  const Original = RegExp;
  const srcDir = path.join(ROOT, LOADED_DIR) + path.sep;
  const siteOf = (): string | undefined => {
    const stack = new Error().stack ?? '';
    for (const line of stack.split('\n').slice(1)) {
      const m = /\(?((?:file:\/\/)?\/[^():]+\.ts):(\d+):\d+\)?$/.exec(line.trim());
      if (m) {
        const file = m[1].replace(/^file:\/\//, '');
        if (file.startsWith(srcDir)) return `${rel(file)}:${m[2]}`;
      }
    }
    return undefined;
  };
  const seen = new Set<string>();
  const record = (re: RegExp): RegExp => {
    // The same pattern built again (per call, per word) is not looked up again: stacks are slow.
    const key = `${re.flags}/${re.source}`;
    if (seen.has(key)) return re;
    seen.add(key);
    const where = siteOf();
    if (where) found.push({ source: re.source, flags: re.flags, site: { where, origin: 'constructed' } });
    return re;
  };
  const Spy = new Proxy(Original, {
    construct: (target, args) => record(Reflect.construct(target, args) as RegExp),
    apply: (target, self, args) => record(Reflect.apply(target, self, args) as RegExp),
  });
  globalThis.RegExp = Spy;
  try {
    const modules = sourceFiles([LOADED_DIR]);
    for (const file of modules) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const exports = require(file) as Record<string, unknown>;
      for (const [name, value] of Object.entries(exports)) {
        walkValue(value, 0, (re) =>
          found.push({ source: re.source, flags: re.flags, site: { where: `${rel(file)}#${name}`, origin: 'export' } }),
        );
      }
    }
    exerciseEngine();
  } finally {
    globalThis.RegExp = Original;
  }
  return merge(found);
}

function walkValue(value: unknown, depth: number, onRegExp: (re: RegExp) => void, seen = new Set<unknown>()): void {
  if (value instanceof RegExp) return onRegExp(value);
  if (!value || typeof value !== 'object' || depth > 4 || seen.has(value)) return;
  seen.add(value);
  const children =
    value instanceof Map
      ? [...value.keys(), ...value.values()]
      : value instanceof Set
        ? [...value]
        : Array.isArray(value)
          ? value
          : Object.values(value);
  for (const child of children) walkValue(child, depth + 1, onRegExp, seen);
}

/** Runs every path of the engine that builds patterns from data: parse, rules and features. */
function exerciseEngine(): void {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { parse } = require(path.join(ROOT, 'server/src/letter')) as typeof import('../../server/src/letter');
  const { check } = require(path.join(ROOT, 'server/src/service')) as typeof import('../../server/src/service');
  const { outline } = require(path.join(ROOT, 'server/src/features/outline')) as typeof import('../../server/src/features/outline');
  const { folding } = require(path.join(ROOT, 'server/src/features/folding')) as typeof import('../../server/src/features/folding');
  const { hover } = require(path.join(ROOT, 'server/src/features/hover')) as typeof import('../../server/src/features/hover');
  const { completions } = require(
    path.join(ROOT, 'server/src/features/completion'),
  ) as typeof import('../../server/src/features/completion');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const fixtures = path.join(ROOT, 'test/fixtures');
  const isLetter = (name: string): boolean => name.endsWith('.txt');
  // The layouts, seeds and rule fixtures (each rule's paths), and a third of the real letters.
  const letters = [
    ...['layouts', 'seeds'].flatMap((d) => filesUnder(path.join(fixtures, d), isLetter)),
    ...filesUnder(path.join(ROOT, 'test/rules'), isLetter),
    ...filesUnder(path.join(fixtures, 'real'), isLetter).filter((_, i) => i % 3 === 0),
  ];
  for (const file of letters) {
    const text = fs.readFileSync(file, 'utf8');
    const letter = parse(text);
    check(letter);
    outline(letter);
    folding(letter);
    // Hovers and completions at the starts of words (every character would take minutes).
    for (const m of text.matchAll(/\b\w/g)) {
      if (m.index % 7 === 0) hover(letter, m.index);
    }
    for (let i = 0; i < text.length; i += 97) completions(letter, i);
  }
}

/** Runs `runtimePatterns` in a child process and returns its result. */
export function runtimePatternsFresh(): Pattern[] {
  const out = execFileSync(process.execPath, ['-r', 'tsx/cjs', __filename], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(out) as Pattern[];
}

/** All patterns: static and run-time, merged by source and flags; and the dynamic sites not seen. */
export function allPatterns(): { patterns: Pattern[]; unseen: DynamicSite[] } {
  const stat = staticPatterns();
  const run = runtimePatternsFresh();
  const patterns = merge([...stat.patterns, ...run].flatMap((p) => p.sites.map((site) => ({ source: p.source, flags: p.flags, site }))));
  const constructedAt = new Set(run.flatMap((p) => p.sites.filter((s) => s.origin === 'constructed').map((s) => s.where)));
  const unseen = stat.dynamic.filter((d) => !constructedAt.has(d.where) && !d.where.startsWith('client/'));
  return { patterns, unseen };
}

if (require.main === module) process.stdout.write(JSON.stringify(runtimePatterns()));
