// Letter text in the Markdown the server and imr-lint write (hovers, the appeal worksheet): shown
// as the letter writes it, never read as Markdown. A letter is text from outside: "![x](https://…)"
// in it must not become an image the editor fetches, nor "<b>" markup, nor "*" emphasis.

/** Text shown as written inside a line of Markdown: its Markdown characters escaped, its line breaks made spaces. */
export function markdownText(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/[\\`*_~|[\]<>]/g, '\\$&');
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
