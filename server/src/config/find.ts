// Finding a letter's `.imr.json`: the nearest one in its folder or a folder above it, up to the
// root of the file system or a given folder (an editor's workspace folder). Each folder is looked
// at once and remembered until forget(); each file's mistakes are told once per reading.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { NotRead, readSmallFileSync } from '../base/small-file';
import { CONFIG_FILE_NAME, EMPTY_CONFIG, parseConfig, type ConfigProblem, type ImrConfig } from './parse';

/** A configuration and the file it was read from. */
export interface FoundConfig {
  file: string;
  config: ImrConfig;
  /** The file is there but left unread for a mistake in it (a syntax error): the defaults apply. */
  unread?: true;
}

// A configuration is a few lines: a larger file is no configuration of ours.
const MAX_CONFIG_BYTES = 1 << 20;

/** The configuration in `file`, its mistakes told to `problem`; undefined when it cannot be read. */
export function readConfigFile(file: string, problem: (p: ConfigProblem) => void): FoundConfig | undefined {
  let text: string | undefined;
  try {
    text = readSmallFileSync(file, MAX_CONFIG_BYTES);
    if (text === undefined) throw new NotRead('ENOENT');
  } catch (e) {
    problem({ file, line: 1, column: 1, message: `cannot be read (${(e as NotRead).why}); the defaults apply`, unread: true });
    return undefined;
  }
  const { config, problems } = parseConfig(text, file);
  problems.forEach(problem);
  return { file, config, ...(problems.some((p) => p.unread) && { unread: true as const }) };
}

export class ConfigFinder {
  private readonly byFolder = new Map<string, FoundConfig | undefined>();

  constructor(private readonly problem: (p: ConfigProblem) => void = () => {}) {}

  /** The nearest configuration of a folder: its own `.imr.json`, else its parent's, up to `top` (inclusive) or the root. */
  forFolder(folder: string, top?: string): FoundConfig | undefined {
    const dir = path.resolve(folder);
    const key = top === undefined ? dir : `${dir}\0${path.resolve(top)}`;
    if (this.byFolder.has(key)) return this.byFolder.get(key);
    const file = path.join(dir, CONFIG_FILE_NAME);
    let found: FoundConfig | undefined;
    if (exists(file)) found = readConfigFile(file, this.problem) ?? { file, config: EMPTY_CONFIG };
    else {
      const parent = path.dirname(dir);
      const atTop = parent === dir || (top !== undefined && path.resolve(top) === dir);
      found = atTop ? undefined : this.forFolder(parent, top);
    }
    this.byFolder.set(key, found);
    return found;
  }

  /** A configuration file named by the user (read once), whatever the letter's folder. */
  explicit(file: string): FoundConfig | undefined {
    const key = `\0${path.resolve(file)}`;
    if (!this.byFolder.has(key)) this.byFolder.set(key, readConfigFile(path.resolve(file), this.problem));
    return this.byFolder.get(key);
  }

  /** Forgets every folder's answer: to be asked after a configuration file changed. */
  forget(): void {
    this.byFolder.clear();
  }
}

function exists(file: string): boolean {
  try {
    fs.statSync(file);
    return true;
  } catch {
    return false;
  }
}

/** Whether a walk over letters passes by `folder`: the configuration in force there lists it to skip. */
export function skipsFolder(found: FoundConfig | undefined, folder: string): boolean {
  if (!found?.config.skip.length) return false;
  const relative = path.relative(path.dirname(found.file), path.resolve(folder)).split(path.sep).join('/');
  const inside = relative !== '' && !relative.startsWith('../') && relative !== '..' && !path.isAbsolute(relative);
  const name = path.basename(folder);
  // A name skips every folder so named; a path ("./drafts" too), the one folder (and what is in it) under the file's folder.
  return found.config.skip.some((skip) => {
    if (!skip.includes('/')) return name === skip;
    const s = skip.replace(/^\.\//, '');
    return inside && (relative === s || relative.startsWith(`${s}/`));
  });
}
