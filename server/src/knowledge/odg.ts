// Official Disability Guidelines (Work Loss Data Institute, "Treatment in Workers' Comp"): the
// chapter names citations use (the project's notes, reference/domain.md §2.4). ODG was online and versioned by date:
// there are no page numbers to explain.

import type { Sourced } from './types';
import { ODG_DOC } from './sources';

export interface OdgChapter extends Sourced {
  name: string;
  /** Shorter or variant names seen in citations; matched as whole words, "&" = "and". */
  aliases: string[];
}

export const ODG_TITLE = ODG_DOC;

function c(name: string, aliases: string[]): OdgChapter {
  return { name, aliases, source: `${ODG_DOC}, chapter "${name}"`, verified: true };
}

export const ODG_CHAPTERS: readonly OdgChapter[] = [
  c('Pain (Chronic)', ['Pain']),
  c('Low Back – Lumbar & Thoracic (Acute & Chronic)', ['Low Back', 'Lower Back', 'Lumbar & Thoracic', 'Lumbar']),
  c('Neck and Upper Back (Acute & Chronic)', ['Neck and Upper Back', 'Neck']),
  c('Shoulder (Acute & Chronic)', ['Shoulder']),
  c('Elbow (Acute & Chronic)', ['Elbow']),
  c('Forearm, Wrist, & Hand (Acute & Chronic)', ['Forearm, Wrist, and Hand', 'Forearm, Wrist & Hand', 'Forearm']),
  c('Carpal Tunnel Syndrome (Acute & Chronic)', ['Carpal Tunnel Syndrome']),
  c('Hip & Pelvis (Acute & Chronic)', ['Hip & Pelvis', 'Hips & Pelvis', 'Hip']),
  c('Knee & Leg (Acute & Chronic)', ['Knee & Leg', 'Knee']),
  c('Ankle & Foot (Acute & Chronic)', ['Ankle & Foot', 'Ankle']),
  c('Head', ['Head']),
  c('Mental Illness & Stress', ['Mental Illness & Stress', 'Mental Illness']),
  c('Fitness for Duty', ['Fitness for Duty']),
  c('Hernia', ['Hernia']),
  c('Preface (physical therapy visit tables)', ['Preface']),
];

function aliasPattern(alias: string): RegExp {
  const body = alias
    .split(/\s+/)
    .map((w) => (w === '&' ? '(?:&|and)' : w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/,$/, ',?')))
    .join('\\s*');
  return new RegExp(`(?<![A-Za-z])${body}(?![A-Za-z])`, 'i');
}

const PATTERNS: { chapter: OdgChapter; re: RegExp; len: number }[] = ODG_CHAPTERS.flatMap((chapter) =>
  chapter.aliases.map((a) => ({ chapter, re: aliasPattern(a), len: a.length })),
);

/** ODG chapters named in free citation text, in the order they appear, each once. */
export function odgChapters(text: string): OdgChapter[] {
  const hits: { chapter: OdgChapter; at: number; end: number }[] = [];
  for (const p of PATTERNS) {
    const m = p.re.exec(text);
    if (m) hits.push({ chapter: p.chapter, at: m.index, end: m.index + m[0].length });
  }
  hits.sort((a, b) => a.at - b.at || b.end - a.end);
  const out: OdgChapter[] = [];
  let covered = -1;
  for (const h of hits) {
    if (h.at < covered || out.includes(h.chapter)) continue;
    out.push(h.chapter);
    covered = h.end;
  }
  return out;
}

/** The ODG chapter a text starts with ("Low Back (Hyperstimulation analgesia)"), if any. */
export function odgChapterAtStart(text: string): { chapter: OdgChapter; length: number } | undefined {
  let best: { chapter: OdgChapter; length: number } | undefined;
  for (const p of PATTERNS) {
    const m = p.re.exec(text);
    if (m && m.index === 0 && (!best || m[0].length > best.length)) best = { chapter: p.chapter, length: m[0].length };
  }
  return best;
}
