// Letter text in the Markdown the server and imr-lint write (hovers, the appeal worksheet): shown
// as the letter writes it, never read as Markdown. A letter is text from outside: "![x](https://…)"
// in it must not become an image the editor fetches, nor "<b>" markup, nor "*" emphasis.

// What a renderer that links bare addresses would make a link of (VS Code's Markdown preview links
// "example.com", "www.example", "//host", "https://", "name@host"): the "." before a domain's
// ending (two letters, as the country codes, or one of the endings these renderers know) or after
// "www", the first "/" of "//", and every "@". Escaped, each is shown as it is, and no link forms.
const ADDRESS_MARKS =
  /\/(?=\/)|(?<=\bwww)\.|\.(?=(?:\p{L}{2}|com|net|org|edu|gov|mil|int|pro|biz|web|xxx|aero|asia|coop|info|museum|name|shop|xn--)(?![\p{L}\p{N}]))|@/giu;

/**
 * Text shown as written inside a line of Markdown: its Markdown characters escaped, its line breaks
 * made spaces, a control character shown as its picture (ESC as ␛) and a C1 control or an override
 * of the text's direction as �, so that Markdown printed to a terminal or shown in an editor
 * cannot move the cursor, colour the text or reorder what is shown; an address or a domain in the
 * letter (https://…, www.…, name@…, example.com) is not made a link either.
 */
export function markdownText(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/[\\`*_~|[\]<>]/g, '\\$&')
    .replace(ADDRESS_MARKS, '\\$&')
    .replace(/[\x00-\x08\x0b-\x1f\x7f]/g, (c) => String.fromCharCode(0x2400 + (c === '\x7f' ? 0x21 : c.charCodeAt(0))))
    .replace(/[\x80-\x9f\u202a-\u202e\u2066-\u2069]/g, '\ufffd');
}

/**
 * Markdown in which no link, image, autolink or HTML can stand, whatever wrote it: every "[", "]"
 * and "<" not already escaped is escaped (none of these is in the Markdown the server writes itself).
 */
export function withoutLinks(markdown: string): string {
  return markdown.replace(/(?<!\\)(\\*)([[\]<])/g, (found, slashes: string, mark: string) =>
    slashes.length % 2 ? found : `${slashes}\\${mark}`,
  );
}
