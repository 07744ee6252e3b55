// Where a document stands on this machine: a file: URI's file, or for the letter view of a PDF
// (scheme imr-pdf:, the PDF's path with ".imr" added, as the VS Code client opens it: "Open as IMR
// Letter") the PDF's own file. A letter view is a letter of the PDF's folder: that folder's
// .imr.json and reviewed findings apply to it, as they do when a folder check reads the PDF.

import { fileURLToPath, pathToFileURL } from 'node:url';

/** The scheme of a PDF's letter view. */
export const PDF_VIEW_SCHEME = 'imr-pdf';

const PDF_VIEW = new RegExp(`^${PDF_VIEW_SCHEME}:(.*\\.pdf)\\.imr$`, 'i');

/** The file a document stands for, or undefined (an untitled document, another scheme, a URI that names no path). */
export function fileOf(uri: string): string | undefined {
  const view = PDF_VIEW.exec(uri);
  if (!view && !uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(view ? `file:${view[1]}` : uri);
  } catch {
    return undefined;
  }
}

/**
 * The file: URI of a document's file as this server spells it (pathToFileURL: a folder check's
 * URIs), whatever the client's spelling ("c%3A", "%28"); for a letter view, its PDF's. Undefined
 * for a document that is no file.
 */
export function sameFile(uri: string): string | undefined {
  const file = fileOf(uri);
  return file === undefined ? undefined : pathToFileURL(file).href;
}
