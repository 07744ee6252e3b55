// Where imr-lint's CPU time goes on PDF letters (issue 13): the CLI and pdf.js bundled unminified
// (as esbuild.mjs bundles them, names kept for the profile), run over copies of the 150 corpus
// PDFs with V8's CPU profiler in every thread, each sample put in one of a few kinds of work by
// the function it was in. The profiler samples by the clock, so a busy machine stretches every
// kind alike: the shares are applied to the CPU time the same run measured (all threads).
//
//   node bench/pdf-profile.mjs [--copies 4] [--json] [-- imr-lint options, e.g. --jobs 1]
// Figures are printed, not asserted.

import * as esbuild from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { timeLint } from './cli.mjs';
import { isMain, progress, root } from './engine.mjs';
import { copiesOfPdfs } from './pdf.mjs';

// Kinds of work, by the name of the function a sample was in (pdf.js 5.x's names; what none
// names stays "other pdf.js", so a renamed function shows there rather than vanishing).
const KINDS = [
  [
    'text layout: each glyph placed, spaces and line ends decided (getTextContent)',
    /^(transform|buildTextContentItem|promiseBody|compareWithLastPosition|clone|charsToGlyphs|_charToGlyph|runBidiTransform|bidi|getCurrentTextTransform|ensureTextContentItem|translateTextMatrix|next|flushTextContentItem|saveLastChar|shouldAddWhitepsace|appendEOL|addFakeSpaces|pushWhitespace|normalizeUnicode|updateAdvanceScale|handleSetFont|setTextMatrix|setTextLineMatrix|carriageReturn|applyInverseRotation|enqueueChunk|getCharUnicodeCategory|save|restore|getTextContent)$/,
  ],
  [
    'parsing the content streams and objects',
    /^(getObj|getString|getName|getNumber|shift|read|preprocessCommand|nextChar|peekChar|getHexString|skipToNextLine|refill|fetch|fetchUncompressed|fetchCompressed|get|getRaw|#getValue|getArray|makeSubStream|getByte|getBytes|getKeys|has|set|makeFilter|makeStream|readBlock|ensureBuffer|fetchIfRef|ensure|shadow)$/,
  ],
  [
    'decryption (the letters are encrypted, without a password)',
    /^(_decrypt|_decryptBlock2|decryptBlock|cipherTransformDecryptStream|decryptString|_expandKey|calculateMD5|createCipherTransform|createStream|#buildObjectKey|#prepareKeyData|ARCFourCipher|<instance_members_initializer>)$/,
  ],
  [
    'decompression (zlib through web streams)',
    /^(processChunk|asyncGetBytesFromDecompressionStream|asyncGetBytes|ZlibBase\._transform|Zlib|processCallback|DecodeStream|FlateStream)$/,
  ],
  [
    'fonts: loaded, parsed, mapped to Unicode',
    /^(loadFont|translateFont|preEvaluateFont|_simpleFontToUnicode|buildToUnicode|extractDataStructures|readToUnicode|Font|checkAndRepair|extractWidths|buildCharCodeToWidth|unpackDictionaryData|getUnicodeForGlyph|fallbackToSystemFont|sanitizeGlyphLocations|fetchStandardFontData)$/,
  ],
  [
    "messages between pdf.js's two halves (structured clones, promises)",
    /^(postMessage|structuredClone|makeTransferable|JSTransferable|runMicrotasks|#onMessage|#processStreamMessage|enqueue|sendWithPromise|sendWithStream|send|pull|wrapReason|DOMException|processTicksAndRejections|nextTick)$/,
  ],
  ['garbage collection', /^\(garbage collector\)$/],
];
const ENGINE = 'the letter engine (parse, rules, output)';
const LOAD = 'loading and compiling code';
const OTHER_PDFJS = 'other pdf.js';
const OTHER = 'other (Node, web streams, the rest)';

/** cli.js, pdf-reader.js and pdfjs.js unminified into `dir`, as esbuild.mjs bundles them. */
async function bundle(dir) {
  const common = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'error',
    alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
  };
  const apart = {
    name: 'pdfjs-apart',
    setup: (b) => b.onResolve({ filter: /^\.\/pdfjs$/ }, () => ({ path: './pdfjs.js', external: true })),
  };
  await esbuild.build({
    ...common,
    entryPoints: [path.join(root, 'server/src/base/pdfjs.ts')],
    outfile: path.join(dir, 'pdfjs.js'),
    define: { 'import.meta.url': 'undefined' },
  });
  // PDFs are read on a thread of their own, from pdf-reader.js beside cli.js.
  await esbuild.build({
    ...common,
    entryPoints: [path.join(root, 'server/src/base/pdf-reader.ts')],
    outfile: path.join(dir, 'pdf-reader.js'),
    plugins: [apart],
  });
  await esbuild.build({
    ...common,
    entryPoints: [path.join(root, 'server/src/cli/bin.ts')],
    outfile: path.join(dir, 'cli.js'),
    plugins: [apart],
  });
  return path.join(dir, 'cli.js');
}

function kindOf({ functionName: name, url }) {
  const file = path.basename(url);
  const kind = KINDS.find(([, re]) => re.test(name));
  if (kind && (file === 'pdfjs.js' || !url || !file.endsWith('.js'))) return kind[0];
  if (file === 'cli.js' || name.startsWith('RegExp:')) return ENGINE;
  if (/^(wrapSafe|compileForInternalLoader|__init|__webpack_require__\d*|__require|readFileUtf8)$/.test(name)) return LOAD;
  return file === 'pdfjs.js' ? OTHER_PDFJS : name === '(idle)' || name === '(program)' ? undefined : OTHER;
}

/** Milliseconds of samples per kind of work, over every thread's profile in `dir`. */
function samplesByKind(dir) {
  const byKind = new Map();
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
    const kinds = new Map(profile.nodes.map((n) => [n.id, kindOf(n.callFrame)]));
    profile.samples.forEach((id, i) => {
      const kind = kinds.get(id);
      if (kind) byKind.set(kind, (byKind.get(kind) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    });
  }
  return byKind;
}

export async function measure({ copies = 4, args = [] } = {}) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-bench-pdf-profile-'));
  try {
    const cli = await bundle(tmp);
    const { dir, letters } = copiesOfPdfs(tmp, copies);
    const profiles = path.join(tmp, 'profiles');
    progress(`  imr-lint ${args.join(' ')} over ${letters} PDFs, profiled ...`);
    const run = timeLint(tmp, dir, letters, args, { cli, nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${profiles}`] });
    const byKind = samplesByKind(profiles);
    const sampled = [...byKind.values()].reduce((a, b) => a + b, 0);
    const kinds = [...byKind]
      .map(([kind, ms]) => ({ kind, share: ms / sampled, cpuMsPerLetter: (run.cpuMsPerLetter * ms) / sampled }))
      .sort((a, b) => b.share - a.share);
    return { args, letters, loadAverage: os.loadavg()[0], cpuMsPerLetter: run.cpuMsPerLetter, kinds };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

export function report(r) {
  return [
    `imr-lint ${r.args.join(' ') || '(default options)'} over ${r.letters} PDFs, profiled, load average ${r.loadAverage.toFixed(1)}: CPU ${r.cpuMsPerLetter.toFixed(1)} ms/letter (all threads; the profiler adds some), of it:`,
    ...r.kinds.map((k) => `  ${k.cpuMsPerLetter.toFixed(1).padStart(5)} ms  ${(100 * k.share).toFixed(0).padStart(3)}%  ${k.kind}`),
  ];
}

if (isMain(import.meta.url)) {
  const argv = process.argv.slice(2);
  const dash = argv.indexOf('--');
  const own = dash >= 0 ? argv.slice(0, dash) : argv;
  const copies = own.includes('--copies') ? Number(own[own.indexOf('--copies') + 1]) : 4;
  const r = await measure({ copies, args: dash >= 0 ? argv.slice(dash + 1) : [] });
  console.log(own.includes('--json') ? JSON.stringify(r) : report(r).join('\n'));
}
