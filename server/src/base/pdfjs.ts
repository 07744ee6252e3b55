// pdf.js (pdfjs-dist, its legacy build for Node), loaded the first time a PDF is read and kept.
// esbuild bundles this file apart (dist/pdfjs.js) and the server and the CLI load it only then,
// so starting either, or checking text letters, costs nothing more.
// No worker thread: the library's own worker module runs in this thread (pdf.js takes it from
// globalThis.pdfjsWorker). No native module: without a canvas, pdf.js needs only a DOMMatrix to
// exist when it loads (it makes one identity matrix for drawing, which text extraction never does).
// The legacy build carries core-js polyfills that add what an older Node lacks (kept) and may
// replace what it has: on Node 20 it replaces Array.prototype.push with a slower one everywhere
// (a V8 quirk fails its test). What existed before is put back, so that loading pdf.js changes
// nothing the rest of the process uses.

import type * as PdfJs from 'pdfjs-dist/legacy/build/pdf.mjs' with { 'resolution-mode': 'import' };

export type PdfJsModule = typeof PdfJs;

/** An identity matrix, enough for pdf.js to load where no canvas provides DOMMatrix. */
class IdentityMatrix {
  a = 1;
  b = 0;
  c = 0;
  d = 1;
  e = 0;
  f = 0;
  is2D = true;
  isIdentity = true;
}

let loading: Promise<PdfJsModule> | undefined;

/** pdf.js, loaded once. Its warnings while it loads (no canvas package, no Path2D) are not printed. */
export function loadPdfJs(): Promise<PdfJsModule> {
  loading ??= load();
  return loading;
}

async function load(): Promise<PdfJsModule> {
  const scope = globalThis as { DOMMatrix?: unknown; pdfjsWorker?: unknown };
  scope.DOMMatrix ??= IdentityMatrix;
  const warn = console.warn;
  console.warn = () => undefined;
  const builtIns = builtInProperties();
  try {
    scope.pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    return await import('pdfjs-dist/legacy/build/pdf.mjs');
  } finally {
    builtIns.restore();
    console.warn = warn;
  }
}

/** The built-in objects a polyfill may change: the global object, constructors and their prototypes. */
function builtInObjects(): object[] {
  const objects: object[] = [globalThis];
  for (const name of Object.getOwnPropertyNames(globalThis)) {
    const value = (globalThis as Record<string, unknown>)[name];
    if (typeof value !== 'function' || !/^[A-Z]/.test(name)) continue;
    objects.push(value);
    if (value.prototype) objects.push(value.prototype as object);
  }
  const typedArray = Object.getPrototypeOf(Uint8Array) as { prototype: object };
  return [...objects, typedArray, typedArray.prototype];
}

/** The own properties of the built-in objects now; restore() puts back each one since replaced. */
function builtInProperties(): { restore(): void } {
  const kept = builtInObjects().map((object) => ({ object, properties: Object.getOwnPropertyDescriptors(object) }));
  return {
    restore() {
      for (const { object, properties } of kept) {
        for (const key of Reflect.ownKeys(properties)) {
          const was = properties[key as string];
          const now = Object.getOwnPropertyDescriptor(object, key);
          if (now && (now.value !== was.value || now.get !== was.get) && !Number.isNaN(was.value) && (now.configurable || now.writable)) {
            Object.defineProperty(object, key, was);
          }
        }
      }
    },
  };
}
