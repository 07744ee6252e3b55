// A node:test reporter: one line per finished test (indented by nesting), failures with their
// error, a skipped test with why (a missing editor: see editors.mjs), the tests' own output, and a
// plain closing line "N passed, N failed[, N skipped]" that CI reads. Only leaf tests count: a
// test made of subtests is their heading.

const line = (s) => (s.endsWith('\n') ? s : `${s}\n`);

export default async function* reporter(source) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const hadChildren = [];
  for await (const event of source) {
    const { type, data } = event;
    if (type === 'test:stdout' || type === 'test:stderr') {
      yield line(data.message);
    } else if (type === 'test:diagnostic') {
      if (data.nesting > 0 || !/^(tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) /.test(data.message)) {
        yield line(`${'  '.repeat(data.nesting + 1)}ℹ ${data.message}`);
      }
    } else if (type === 'test:pass' || type === 'test:fail') {
      const leaf = !hadChildren[data.nesting + 1];
      hadChildren[data.nesting + 1] = false;
      hadChildren[data.nesting] = true;
      const indent = '  '.repeat(data.nesting);
      const ms = Math.round(data.details?.duration_ms ?? 0);
      const ok = type === 'test:pass';
      if (data.skip) {
        skipped += leaf ? 1 : 0;
        yield line(`${indent}- ${data.name} (SKIPPED${typeof data.skip === 'string' ? `: ${data.skip}` : ''})`);
        continue;
      }
      yield line(`${indent}${ok ? '✔' : '✖'} ${data.name} (${ms} ms)`);
      if (!ok) {
        const error = data.details?.error;
        const text = String(error?.cause?.stack ?? error?.cause ?? error?.stack ?? error);
        yield line(text.replace(/^/gm, `${indent}    `));
      }
      if (leaf && data.details?.type !== 'suite') {
        if (ok) passed++;
        else failed++;
      }
    }
  }
  yield `\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped (not run: see SKIPPED above)` : ''}\n`;
}
