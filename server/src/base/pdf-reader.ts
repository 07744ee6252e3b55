// dist/pdf-reader.js: a worker thread that reads PDFs for the thread that started it
// (./pdf-isolated.ts), one at a time: bytes in, text or the reason there is none out.

import { parentPort } from 'node:worker_threads';
import { readPdf, type PdfBudget } from './pdf';

const port = parentPort;
port?.on('message', ({ bytes, budget }: { bytes: Uint8Array; budget: PdfBudget }) => {
  void readPdf(bytes, budget).then((result) => port.postMessage(result));
});
