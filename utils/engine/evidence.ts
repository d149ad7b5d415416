/**
 * Turns evidence references into the Evidence a finding carries: text matches mapped back to
 * the exact original characters (so `text === original.slice(start, end)`), de-duplicated,
 * in page order, and capped so a finding stays readable.
 */
import type { Evidence } from '../findings';
import { toOriginalRange } from '../text';
import type { EvidenceRef } from './evaluate';
import { MAX_EVIDENCE, RESERVED_FACT_EVIDENCE } from './limits';

/** Evidence with the source position it was found at (Infinity for facts), for ordering. */
export interface PlacedEvidence {
  readonly evidence: Evidence;
  readonly sourceIndex: number;
}

/** Maps, de-duplicates, orders and caps the evidence of one finding. */
export function finalizeEvidence(refs: readonly EvidenceRef[]): PlacedEvidence[] {
  const texts: PlacedEvidence[] = [];
  const facts: PlacedEvidence[] = [];
  const seen = new Set<string>();
  for (const ref of refs) {
    if (ref.kind === 'fact') {
      const key = `${ref.source}\u0000${ref.text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      facts.push({ evidence: { text: ref.text, source: ref.source, start: 0, end: ref.text.length }, sourceIndex: Infinity });
      continue;
    }
    const { start, end } = toOriginalRange(ref.source.normalized, ref.start, ref.end);
    const key = `${ref.source.index}\u0000${start}\u0000${end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    texts.push({
      evidence: { text: ref.source.original.slice(start, end), source: ref.source.id, start, end },
      sourceIndex: ref.source.index,
    });
  }
  texts.sort(
    (a, b) =>
      a.sourceIndex - b.sourceIndex || a.evidence.start - b.evidence.start || a.evidence.end - b.evidence.end,
  );
  // A match inside a longer match of the same text adds nothing to highlight.
  const distinct = texts.filter(
    (item) =>
      !texts.some(
        (other) =>
          other !== item &&
          other.sourceIndex === item.sourceIndex &&
          other.evidence.start <= item.evidence.start &&
          other.evidence.end >= item.evidence.end &&
          other.evidence.end - other.evidence.start > item.evidence.end - item.evidence.start,
      ),
  );
  const factSlots = Math.min(facts.length, Math.max(RESERVED_FACT_EVIDENCE, MAX_EVIDENCE - distinct.length));
  const textSlots = Math.min(distinct.length, MAX_EVIDENCE - factSlots);
  return [...distinct.slice(0, textSlots), ...facts.slice(0, factSlots)];
}
