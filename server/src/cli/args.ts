// imr-lint's command line: options, usage text, and what they mean.

import * as os from 'node:os';
import { version } from '../../../package.json';
import { fromIsoDate, type CalendarDate } from '../base/calendar';
import { RULES, severitySetting } from '../rules';

export type Format = 'stylish' | 'json' | 'jsonl' | 'csv' | 'sarif';

const FORMATS: readonly string[] = ['stylish', 'json', 'jsonl', 'csv', 'sarif'] satisfies Format[];

export interface Options {
  format: Format;
  /** Files and folders; `-` is the standard input. */
  paths: string[];
  rules: Record<string, string>;
  maxFileSize?: number;
  exitZero: boolean;
  jobs: number;
  /** --include-reviewed: show the findings recorded as reviewed too. */
  includeReviewed?: boolean;
  /** --baseline: record every finding as reviewed in each folder's .imr-reviewed.json. */
  baseline?: boolean;
  /** --color or --no-color; unset: colour when the output is a terminal and NO_COLOR is not set. */
  color?: boolean;
  /** --config: this configuration file for every letter, instead of each letter's nearest .imr.json. */
  config?: string;
  /** --print-config: the letter whose settings are printed instead of checking. */
  printConfig?: string;
  /** --worksheet: each letter's appeal worksheet (Markdown) instead of its findings. */
  worksheet?: boolean;
  /** --today: the day the letters are checked as of, instead of the system's date. */
  today?: CalendarDate;
}

/** What to print instead of checking, and the exit code. */
export interface Exit {
  text: string;
  code: 0 | 2;
}

export const USAGE = `Usage: imr-lint [options] <file or folder>...
       imr-lint [options] - < letter.txt

Checks IMR determination letters (*.txt, *.imr, *.pdf) and prints each letter's layout, its disputed
items with their decisions, and the findings. A path of - reads one letter from the standard
input, named <stdin> in the output.

Options:
  --format <stylish|json|jsonl|csv|sarif>
                                  output format (default: stylish); json is one array of
                                  letter records (docs/schema/letter-record.v1.json), jsonl one
                                  record per line, csv one row per letter, sarif is SARIF 2.1.0;
                                  all but stylish end with a summary on stderr
  --rule <id>=<severity>          set a rule to off, hint, information, warning or error
                                  (or info, warn, none, ignore), over the configuration file's
  --config <file>                 read the configuration from this file for every letter
                                  (default: each letter's nearest .imr.json, in its folder or
                                  a folder above it)
  --print-config <letter>         print the settings that apply to a letter, as JSON, and exit
  --max-file-size <characters>    skip analysis of larger files (default: 2000000)
  --exit-zero                     exit with 0 even when a finding is an error
  --today <YYYY-MM-DD>            check as of this day: dates after it are in the future,
                                  and the worksheet's days left to appeal count from it
                                  (default: the system's date when the run starts)
  --worksheet                     print each letter's appeal worksheet (Markdown): caption,
                                  appeal deadline, findings that may be factual errors
  --baseline                      record every finding as reviewed, in a .imr-reviewed.json
                                  beside the letters (one per folder); they are hidden from
                                  then on until their statements change (exits with 0)
  --include-reviewed              show the findings recorded as reviewed too
  --jobs <n>                      check on n worker threads; 1 checks in this process
                                  (default and most: the number of cores, ${os.availableParallelism()} here)
  --color, --no-color             colour the stylish output or not (default: colour when the
                                  output is a terminal and the NO_COLOR variable is not set)
  -v, --version                   print the version
  -h, --help                      show this help
  --                              what follows is files and folders, even if it starts with -

Exit codes:
  0  no finding is an error (or --exit-zero)
  1  at least one finding is an error
  2  bad usage, a file that could not be read, or no letter found
  130  stopped by Ctrl-C (the letters checked by then are printed, the output closed; it then
       ends as SIGINT ends a process, so that a shell stops the loop that ran it too)

Rules: ${RULES.map((r) => r.id).join(', ')}`;

const wrong = (what: string): Exit => ({ text: `imr-lint: ${what}\n\n${USAGE}`, code: 2 });

/** The options, or what to print instead: the usage, the version, or what is wrong with the arguments. */
export function parseArgs(argv: string[]): Options | Exit {
  const o: Options = { format: 'stylish', paths: [], rules: {}, exitZero: false, jobs: os.availableParallelism() };
  let format: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-h' || a === '--help') return { text: USAGE, code: 0 };
    if (a === '-v' || a === '--version') return { text: version, code: 0 };
    if (a === '--format') {
      const f = argv[++i];
      if (!FORMATS.includes(f)) return wrong(`unknown format "${f ?? ''}"`);
      o.format = format = f as Format;
    } else if (a === '--rule') {
      const [id, sev, ...more] = (argv[++i] ?? '').split('=');
      if (more.length || !RULES.some((r) => r.id === id) || !severitySetting(sev)) {
        return wrong('--rule takes <id>=<off|hint|information|warning|error> (or info, warn, none, ignore) with a known rule id');
      }
      o.rules[id] = sev;
    } else if (a === '--max-file-size') {
      // Digits only, as .imr.json takes it: not "0.5", "0x10" or "1e400".
      const size = argv[++i] ?? '';
      o.maxFileSize = /^\d{1,15}$/.test(size) ? Number(size) : NaN;
      if (!(o.maxFileSize >= 1)) return wrong('--max-file-size takes a whole number of characters, 1 or more');
    } else if (a === '--jobs') {
      o.jobs = Number(argv[++i]);
      if (!Number.isInteger(o.jobs) || o.jobs < 1) return wrong('--jobs takes a whole number of threads, 1 or more');
      // More threads than cores would only take more memory (each has its own heap and compiled code).
      o.jobs = Math.min(o.jobs, os.availableParallelism());
    } else if (a === '--today') {
      o.today = fromIsoDate(argv[++i] ?? '');
      if (!o.today) return wrong('--today takes a day as YYYY-MM-DD, from 1900 to 3999');
    } else if (a === '--config' || a === '--print-config') {
      const file = argv[++i];
      if (!file || file === '-') return wrong(`${a} takes a file`);
      if (a === '--config') o.config = file;
      else o.printConfig = file;
    } else if (a === '--exit-zero') {
      o.exitZero = true;
    } else if (a === '--worksheet') {
      o.worksheet = true;
    } else if (a === '--baseline' || a === '--include-reviewed') {
      o[a === '--baseline' ? 'baseline' : 'includeReviewed'] = true;
    } else if (a === '--color' || a === '--no-color') {
      o.color = a === '--color';
    } else if (a === '--') {
      o.paths.push(...argv.slice(i + 1));
      break;
    } else if (a.startsWith('-') && a !== '-') return wrong(`unknown option "${a}"`);
    else o.paths.push(a);
  }
  if (o.worksheet && format && format !== 'stylish') return wrong(`--worksheet prints Markdown; it takes no --format ${format}`);
  return o.paths.length || o.printConfig ? o : { text: USAGE, code: 2 };
}
