// The letter service: one parse per document version, rules run with the user's settings.
// Knows nothing about LSP; the server and the CLI both call it.

import { parse, DEFAULT_MAX_LENGTH, type CalendarDate, type Letter } from './letter';
import { RULES, type Finding, type RuleContext, type Severity, type SeveritySetting } from './rules';

export interface Settings {
  enable: boolean;
  rules: Record<string, SeveritySetting>;
  maxFileSize: number;
}

export const DEFAULT_SETTINGS: Settings = { enable: true, rules: {}, maxFileSize: DEFAULT_MAX_LENGTH };

const SEVERITIES: SeveritySetting[] = ['off', 'hint', 'information', 'warning', 'error'];
const ALIASES: Record<string, SeveritySetting> = { info: 'information', warn: 'warning', none: 'off', ignore: 'off' };

/** Settings as a client sends them, checked: unknown values fall back to the defaults. */
export function normalizeSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const rules: Record<string, SeveritySetting> = {};
  if (r.rules && typeof r.rules === 'object') {
    for (const [id, v] of Object.entries(r.rules as Record<string, unknown>)) {
      const s = typeof v === 'string' ? (ALIASES[v.toLowerCase()] ?? v.toLowerCase()) : v === false ? 'off' : undefined;
      if (SEVERITIES.includes(s as SeveritySetting)) rules[id] = s as SeveritySetting;
    }
  }
  const max = typeof r.maxFileSize === 'number' && r.maxFileSize > 0 ? r.maxFileSize : DEFAULT_MAX_LENGTH;
  return { enable: r.enable !== false, rules, maxFileSize: max };
}

export interface CheckedFinding extends Finding {
  rule: string;
  severity: Severity;
}

export function today(): CalendarDate {
  const d = new Date();
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}

// Findings by letter (one parse per document version) and by settings and day: diagnostics and
// the code actions asked at every cursor move share one run of the rules.
const checked = new WeakMap<Letter, { key: string; findings: CheckedFinding[] }>();

/** Runs every rule that is not off; the user's severity wins over the finding's and the rule's. */
export function check(letter: Letter, settings: Settings = DEFAULT_SETTINGS, context: RuleContext = { today: today() }): CheckedFinding[] {
  const key = JSON.stringify([settings, context.today]);
  const hit = checked.get(letter);
  if (hit?.key === key) return hit.findings;
  const findings = runRules(letter, settings, context);
  checked.set(letter, { key, findings });
  return findings;
}

function runRules(letter: Letter, settings: Settings, context: RuleContext): CheckedFinding[] {
  if (!settings.enable) return [];
  const out: CheckedFinding[] = [];
  const known = letter.layout !== 'unknown' && !letter.oversize;
  for (const rule of RULES) {
    const configured = settings.rules[rule.id];
    if (configured === 'off' || (!known && !rule.anyText)) continue;
    let findings: Finding[];
    try {
      findings = rule.check(letter, context);
    } catch {
      continue; // one faulty rule must not hide the others' findings
    }
    for (const f of findings) out.push({ ...f, rule: rule.id, severity: configured ?? f.severity ?? rule.defaultSeverity });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** Parsed letters by document, reused while the version stays the same. */
export class LetterCache {
  private readonly letters = new Map<string, { version: number; maxLength: number; letter: Letter }>();

  get(uri: string, version: number, text: string, maxLength: number = DEFAULT_MAX_LENGTH): Letter {
    const hit = this.letters.get(uri);
    if (hit && hit.version === version && hit.maxLength === maxLength) return hit.letter;
    const letter = parse(text, { maxLength });
    this.letters.set(uri, { version, maxLength, letter });
    return letter;
  }

  delete(uri: string): void {
    this.letters.delete(uri);
  }
}
