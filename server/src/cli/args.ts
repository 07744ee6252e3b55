// imr-lint's command line: options, usage text, and what they mean.

import * as os from 'node:os';
import { RULES } from '../rules';

export type Format = 'stylish' | 'json' | 'sarif';

export interface Options {
  format: Format;
  paths: string[];
  rules: Record<string, string>;
  maxFileSize?: number;
  exitZero: boolean;
  jobs: number;
}

export const USAGE = `Usage: imr-lint [options] <file or folder>...

Checks IMR determination letters (*.txt, *.imr) and prints each letter's layout, its disputed
items with their decisions, and the findings.

Options:
  --format <stylish|json|sarif>   output format (default: stylish)
  --rule <id>=<severity>          set a rule to off, hint, information, warning or error
  --max-file-size <characters>    skip analysis of larger files (default: 2000000)
  --exit-zero                     exit with 0 even when a finding is an error
  --jobs <n>                      check on n worker threads; 1 checks in this process
                                  (default: the number of cores, ${os.availableParallelism()} here)
  -h, --help                      show this help

Exit code: 0 no finding is an error, 1 one is, 2 bad usage, a file that could not be read, or
no letter found.

Rules: ${RULES.map((r) => r.id).join(', ')}`;

/** The options, or the text to print instead (the usage, or what is wrong with the arguments). */
export function parseArgs(argv: string[]): Options | string {
  const o: Options = { format: 'stylish', paths: [], rules: {}, exitZero: false, jobs: os.availableParallelism() };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-h' || a === '--help') return USAGE;
    if (a === '--format') {
      const f = argv[++i];
      if (f !== 'stylish' && f !== 'json' && f !== 'sarif') return `imr-lint: unknown format "${f ?? ''}"\n\n${USAGE}`;
      o.format = f;
    } else if (a === '--rule') {
      const [id, sev] = (argv[++i] ?? '').split('=');
      if (!RULES.some((r) => r.id === id) || !/^(?:off|hint|information|info|warning|warn|error)$/i.test(sev ?? '')) {
        return `imr-lint: --rule takes <id>=<off|hint|information|warning|error> with a known rule id\n\n${USAGE}`;
      }
      o.rules[id] = sev;
    } else if (a === '--max-file-size') {
      o.maxFileSize = Number(argv[++i]);
      if (!(o.maxFileSize > 0)) return `imr-lint: --max-file-size takes a positive number of characters\n\n${USAGE}`;
    } else if (a === '--jobs') {
      o.jobs = Number(argv[++i]);
      if (!Number.isInteger(o.jobs) || o.jobs < 1) return `imr-lint: --jobs takes a whole number of threads, 1 or more\n\n${USAGE}`;
    } else if (a === '--exit-zero') {
      o.exitZero = true;
    } else if (a.startsWith('-')) return `imr-lint: unknown option "${a}"\n\n${USAGE}`;
    else o.paths.push(a);
  }
  return o.paths.length ? o : USAGE;
}
