// Letter text in the Markdown the server and imr-lint write: shown as the letter writes it, never
// read as Markdown, so that a letter cannot make the editor fetch an image, show markup, or garble
// a hover or the appeal worksheet.

import { strict as assert } from 'node:assert';
import MarkdownIt from 'markdown-it';
import { markdownText, withoutLinks } from '../../server/src/base/markdown';
import { parse } from '../../server/src/letter';
import { appealWorksheet, DEFAULT_SETTINGS, hover } from '../../server/src/service';
import { fixture } from '../support/fixtures';

/** A "[", "]" or "<" that Markdown would read as such: not escaped by a backslash. */
const UNESCAPED = /(?:^|[^\\])(?:\\\\)*[[\]<]/;
// A renderer that links bare addresses and domains, as VS Code's Markdown preview does.
const LINKIFY = new MarkdownIt({ linkify: true });
/** Markdown as a renderer shows it: its HTML. */
const rendered = (markdown: string): string => LINKIFY.render(markdown);
/** The text a reader sees of it. */
const seen = (markdown: string): string =>
  LINKIFY.renderInline(markdown).replace(/&(quot|lt|gt|amp);/g, (_, name: string) => ({ quot: '"', lt: '<', gt: '>', amp: '&' })[name]!);

describe('letter text in Markdown', () => {
  it('escapes the characters Markdown reads, makes line breaks spaces and shows control characters', () => {
    assert.equal(
      markdownText('a *b* _c_ `d` [e](f) <g> h|i ~~j~~ \\k'),
      'a \\*b\\* \\_c\\_ \\`d\\` \\[e\\](f) \\<g\\> h\\|i \\~\\~j\\~\\~ \\\\k',
    );
    assert.equal(markdownText('Norco #120\r\nfor\u2028pain'), 'Norco #120 for pain');
    assert.equal(markdownText('a\x1b[2Jb\u202ec\x7f\x85\td'), 'a\u241b\\[2Jb\ufffdc\u2421\ufffd\td', 'controls shown, not obeyed');
  });

  it('shows an address or a domain in a letter as text, not as a link', () => {
    for (const words of [
      'Mailed to claims@example.invalid, see https://www.dir.ca.gov/dwc/IMR.htm or http://localhost, www.example.com and dir.ca.gov.',
      'WWW.EXAMPLE.COM, ftp://files.example.org, //localhost/admin, mailto:a@b.co, x.io/path, foo.museum and sub.example.co.uk',
      // A letter before the dot that is not plain ASCII, or that is not seen at all; an ending in another script.
      'examplé.com, claims-portal\u200b.com, example\u00ad.com and example.рф',
    ]) {
      assert.match(rendered(words), /<a /, `a renderer that links addresses links these: ${words}`);
      const shown = markdownText(words);
      assert.doesNotMatch(rendered(shown), /<a /, shown);
      assert.equal(seen(shown), words, 'shown as written');
    }
  });

  it('escapes no dot that makes no address: what a reader of the Markdown itself sees stays plain', () => {
    const words = 'Dr. Smith, i.e. 7.5 mg, p.o. at 9 a.m.: 5/5. Norco.Subjective complaints; U.S. mail';
    assert.equal(markdownText(words), words);
  });

  it('leaves no link, image or markup in Markdown, escaped once however often it is made safe', () => {
    const md = '**Title** ![x](https://example.invalid/x.png) <img src=y> \\[kept\\] \\\\[z]';
    const safe = withoutLinks(md);
    assert.equal(safe, '**Title** !\\[x\\](https://example.invalid/x.png) \\<img src=y> \\[kept\\] \\\\\\[z\\]');
    assert.equal(withoutLinks(safe), safe);
    assert.doesNotMatch(safe, UNESCAPED);
  });

  it('shows an image, a link and markup written in a letter as text, in every hover and in the worksheet', () => {
    // A DWC-published letter, with an image and markup written into its summary, an item's title
    // and a citation's section (as a crafted letter could).
    const image = (name: string) => `![${name}](https://example.invalid/${name}.png)`;
    const text = fixture('real/CM16-0213037.txt')
      .replace(
        'MRI of the right shoulder without contrast: Upheld',
        `MRI of the right shoulder ${image('title')} <img src=q.png> without contrast: Upheld`,
      )
      .replace('The injured worker is a 48 year old male', `The injured worker is a(n) ${image('summary')} 48 year old male`)
      .replace('Special Studies', `Special Studies ${image('section')}`);
    assert.equal((text.match(/example\.invalid/g) ?? []).length, 3, 'the letter holds the three images');
    const letter = parse(text);
    const shown = new Set<string>();
    for (let offset = 0; offset < text.length; offset++) {
      const h = hover(letter, offset);
      if (!h) continue;
      assert.doesNotMatch(h.markdown, UNESCAPED, h.markdown);
      assert.doesNotMatch(rendered(h.markdown), /<a |<img /, h.markdown);
      for (const name of seen(h.markdown).match(/example\.invalid\/\w+/g) ?? []) shown.add(name);
      offset = Math.max(offset, h.span.end - 1);
    }
    assert.ok(shown.size > 0, 'some hover quotes the crafted words');
    // The worksheet quotes the sentences of its findings: a date of injury that differs from the header's, and an image beside it.
    const conflict = fixture('variants/set1/injury_date-1-CM16-0231884.txt').replace('10-17-2015', `10-17-2015 ${image('finding')} <b>`);
    const sheet = appealWorksheet(parse(conflict), DEFAULT_SETTINGS, { today: { year: 2017, month: 1, day: 1 } });
    assert.doesNotMatch(sheet, UNESCAPED);
    assert.doesNotMatch(rendered(sheet), /<a |<img /);
    assert.match(seen(sheet), /10-17-2015 !\[finding\]\(https:\/\/example\.invalid\/finding\.png\) <b>/, 'the sentence quoted as written');
  });
});
