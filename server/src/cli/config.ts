// The command line's side of `.imr.json`: each letter's configuration file found in this thread
// (its mistakes told on stderr, once per file), the folders it lists to skip, and
// --print-config, which prints the settings that apply to one letter.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../rules';
import { ConfigFinder, describeProblem, skipsFolder } from '../service';
import { letterSettings, type Job } from './report';

export class LetterConfigs {
  readonly finder: ConfigFinder;

  constructor(
    private readonly job: Job,
    warn: (line: string) => void,
  ) {
    this.finder = new ConfigFinder((p) => warn(`imr-lint: ${describeProblem(p)}`));
  }

  /** Reads (once) the configuration in force for a file, so that its mistakes are told. */
  readonly look = (file: string): void => {
    letterSettings(file, this.job, this.finder);
  };

  /** Whether the walk passes by a folder: the configuration in force where it was found (not its own) lists it to skip. */
  readonly skips = (folder: string): boolean =>
    skipsFolder(this.job.config ? this.finder.explicit(this.job.config) : this.finder.forFolder(path.dirname(folder)), folder);

  /**
   * A configuration file named with --config that is not there, or cannot be read at all (its
   * problem told on stderr as it is read, once for the run): a mistake of usage.
   */
  unusable(): string | undefined {
    const file = this.job.config;
    if (!file) return undefined;
    if (!fs.existsSync(file)) return `imr-lint: --config ${file}: no such file`;
    const found = this.finder.explicit(file);
    return !found || found.unread ? `imr-lint: --config ${file}: cannot be used (see above); nothing is checked` : undefined;
  }
}

/** The settings of one letter as JSON: the file they come from, every rule's severity, the limits and the folders skipped. */
export function printedConfig(letter: string, configs: LetterConfigs, job: Job): string {
  const { settings, found } = letterSettings(letter, job, configs.finder);
  const rules = Object.fromEntries(RULES.map((r) => [r.id, settings.rules[r.id] ?? r.defaultSeverity]));
  return `${JSON.stringify(
    {
      letter,
      configFile: found ? path.resolve(found.file) : null,
      rules,
      limits: { maxFileSize: settings.maxFileSize, maxFindingsPerRule: settings.maxFindingsPerRule ?? null },
      skip: found?.config.skip ?? [],
    },
    null,
    2,
  )}\n`;
}
