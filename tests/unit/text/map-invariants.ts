/**
 * Checks every promise the offset map makes, for one input. Returns the first violation as
 * a message (so property tests can report the input that broke it), or null.
 */
import { normalize, toOriginalRange } from '@/utils/text';

function isHigh(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLow(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** Whether `offset` would split a surrogate pair of `original`. */
export function splitsPair(original: string, offset: number): boolean {
  return (
    offset > 0 &&
    offset < original.length &&
    isHigh(original.charCodeAt(offset - 1)) &&
    isLow(original.charCodeAt(offset))
  );
}

/**
 * Normalises `original` twice: one result is only asked through toOriginalRange (the compact
 * map), the other through its `starts`/`ends` arrays; both must agree and keep the promises.
 */
export function mapViolation(original: string): string | null {
  const compact = normalize(original);
  const viaRange = Array.from({ length: compact.text.length }, (_, i) => toOriginalRange(compact, i, i + 1));
  const { text, starts, ends } = normalize(original);
  if (text !== compact.text) return 'normalize is not deterministic';
  if (starts.length !== text.length || ends.length !== text.length) {
    return `map length ${starts.length}/${ends.length} for text length ${text.length}`;
  }
  for (let i = 0; i < text.length; i++) {
    const start = starts[i] as number;
    const end = ends[i] as number;
    if (!(start >= 0 && start < end && end <= original.length)) return `unit ${i}: bad range [${start}, ${end})`;
    if (i > 0 && (start < (starts[i - 1] as number) || end < (ends[i - 1] as number))) {
      return `unit ${i}: map goes backwards`;
    }
    if (splitsPair(original, start) || splitsPair(original, end)) return `unit ${i}: splits a surrogate pair`;
    const single = viaRange[i];
    if (single?.start !== start || single.end !== end) {
      return `unit ${i}: toOriginalRange gives [${single?.start}, ${single?.end}), arrays [${start}, ${end})`;
    }
  }
  return null;
}
