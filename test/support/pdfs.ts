// Small PDFs made for tests, byte by byte: text in a standard font, pages without text, a
// password-protected one. Each has a correct cross-reference table, so what a test sees is what
// the reader makes of the PDF, not of a broken file.

import * as zlib from 'node:zlib';

/** Lines of text per page, each page's lines written top-down in Helvetica 11. */
export function textPdf(pages: string[][]): Buffer {
  return pdf(pages.map((lines) => lines.map((line, i) => `BT /F1 11 Tf 72 ${720 - 14 * i} Td (${escape(line)}) Tj ET`).join('\n')));
}

/** A PDF whose pages draw only a filled rectangle: no text, as a scan has none. */
export function imageOnlyPdf(pages = 1): Buffer {
  return pdf(Array.from({ length: pages }, () => '0 0 0 rg 72 72 200 200 re f'));
}

/**
 * A PDF under the standard security handler (revision 2) whose user password is not empty: a
 * reader without the password cannot open it. Only the check of the password matters here, so
 * the owner and user entries are arbitrary 32-byte strings that no empty password matches.
 */
export function passwordPdf(): Buffer {
  const hex = (byte: string) => `<${byte.repeat(32)}>`;
  return pdf(['BT /F1 11 Tf 72 720 Td (secret) Tj ET'], `/Filter /Standard /V 1 /R 2 /O ${hex('4f')} /U ${hex('55')} /P -44`);
}

/**
 * A PDF made to be slow: one page whose drawing opens 30,000 graphics states inside each other
 * before its text (pdf.js takes minutes over it; a letter has a few).
 */
export function slowPdf(): Buffer {
  return pdf([`${'q '.repeat(30_000)}BT /F1 11 Tf 72 720 Td (Case Number: CM16-0000001) Tj ET ${'Q '.repeat(30_000)}`]);
}

/**
 * A PDF made to expand: one page whose drawing is `megabytes` MB of zeros, compressed to about a
 * thousandth of that (a "compression bomb"); pdf.js inflates it whole to read the page.
 */
export function expandingPdf(megabytes: number): Buffer {
  return pdf([zlib.deflateSync(Buffer.alloc(megabytes << 20), { level: 9 }).toString('latin1')], undefined, '/Filter /FlateDecode');
}

const escape = (s: string): string => s.replace(/[\\()]/g, (c) => `\\${c}`);

function pdf(contents: string[], encrypt?: string, filter = ''): Buffer {
  const objects: string[] = [];
  const add = (body: string): number => objects.push(body);
  const catalog = add('');
  const pagesRef = add('');
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const kids = contents.map((content) => {
    const stream = add(`<< /Length ${Buffer.byteLength(content, 'latin1')}${filter && ` ${filter}`} >>\nstream\n${content}\nendstream`);
    return add(
      `<< /Type /Page /Parent ${pagesRef} 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${stream} 0 R >>`,
    );
  });
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesRef} 0 R >>`;
  objects[pagesRef - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  const encryptRef = encrypt ? add(`<< ${encrypt} >>`) : 0;
  let out = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = Buffer.byteLength(out, 'latin1');
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  const id = '<0123456789abcdef0123456789abcdef>';
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R /ID [${id} ${id}]${encrypt ? ` /Encrypt ${encryptRef} 0 R` : ''} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
