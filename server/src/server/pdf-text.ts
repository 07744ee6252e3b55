// imr/pdfText: a PDF's text, read from the file a file: URI names (nothing else is fetched), for a
// client to show as a letter. The text goes to the client only; nothing of it is kept or logged.

import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { looksLikePdf, PDF_BUDGET, PDF_PROBLEMS } from '../base/pdf';
import { readPdfIsolated } from '../base/pdf-isolated';
import type { PdfTextResult } from './protocol';

export async function pdfTextOf(params: { uri?: unknown }): Promise<PdfTextResult> {
  let file: string;
  try {
    if (typeof params?.uri !== 'string' || !params.uri.startsWith('file:')) throw new Error();
    file = fileURLToPath(params.uri);
  } catch {
    return { problem: 'only a PDF on this machine (a file: URI) is read' };
  }
  let bytes: Buffer;
  try {
    const stat = await fs.promises.stat(file);
    if (!stat.isFile()) return { problem: 'not a file' };
    if (stat.size > PDF_BUDGET.maxBytes) return { problem: PDF_PROBLEMS.tooLarge(stat.size, PDF_BUDGET.maxBytes) };
    bytes = await fs.promises.readFile(file);
  } catch (e) {
    const code = (e as { code?: string }).code;
    return {
      problem:
        code === 'ENOENT' ? 'no such file' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : 'the file could not be read',
    };
  }
  if (!looksLikePdf(bytes)) return { problem: 'not a PDF' };
  return readPdfIsolated(bytes);
}
