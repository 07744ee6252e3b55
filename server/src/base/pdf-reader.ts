// dist/pdf-reader.js: a worker thread that reads PDFs for the thread that started it
// (./pdf-isolated.ts), one at a time: bytes in, text or the reason there is none out.

import { parentPort } from 'node:worker_threads';
import { PDF_PROBLEMS, readPdf, type PdfBudget } from './pdf';

/** The most a stream of a PDF inflates to here: a letter's page takes some tens of KB. */
export const MAX_INFLATED_BYTES = 32 << 20;

// pdf.js inflates a stream with DecompressionStream where there is one. Node.js's runs zlib on
// threads of its own, outside this thread's heap: what a reader stopped in the middle had
// inflated there was never given back (a PDF that inflates to gigabytes left the process 300 MB
// larger, each time). So each stream ends once it has given MAX_INFLATED_BYTES: the zlib stream is
// closed as usual, and the PDF is named as too big to read.
const Native = globalThis.DecompressionStream;
/** Whether a stream of the PDF being read was cut at MAX_INFLATED_BYTES. */
let cut = false;
if (Native) {
  class CappedDecompressionStream {
    readonly readable: ReadableStream<Uint8Array>;
    readonly writable: DecompressionStream['writable'];
    constructor(format: ConstructorParameters<typeof DecompressionStream>[0]) {
      const inner = new Native(format);
      this.writable = inner.writable;
      let given = 0;
      this.readable = inner.readable.pipeThrough(
        new TransformStream<Uint8Array, Uint8Array>({
          transform(chunk, controller) {
            const room = MAX_INFLATED_BYTES - given;
            given += chunk.byteLength;
            controller.enqueue(chunk.byteLength <= room ? chunk : chunk.subarray(0, room));
            if (given < MAX_INFLATED_BYTES) return;
            cut = true;
            controller.terminate();
          },
        }),
      );
    }
  }
  globalThis.DecompressionStream = CappedDecompressionStream as unknown as typeof DecompressionStream;
}

const port = parentPort;
port?.on('message', ({ bytes, budget }: { bytes: Uint8Array; budget: PdfBudget }) => {
  cut = false;
  void readPdf(bytes, budget).then((result) => port.postMessage(cut ? { problem: PDF_PROBLEMS.tooBig } : result));
});
