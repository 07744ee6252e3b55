// pdf.js's worker module ships without types; what this project takes from it: the handler
// pdf.js runs in the same thread when it finds it on globalThis.pdfjsWorker.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
