/**
 * The offset map in compact form. Most normalised units map one-to-one onto the original
 * character right after the previous unit's source ("regular" units: start = previous
 * unit's end, end = start + 1; before the first unit the previous end is 0). Only the other
 * units are recorded, as (index, start, end) triples in a plain array in index order; a unit
 * between two records is derived from the record before it.
 *
 * The passes build this list directly, so the common character costs one comparison, and
 * the full `starts`/`ends` arrays are only built when something reads them
 * (toOriginalRange answers from the records without building them).
 */
import type { NormalizedText } from './normalize';

/** Flat (index, start, end) triples, sorted by index. */
export type MapRecords = number[];

/** Index (in the flat array) of the last record whose unit index is <= `unit`, or -1. */
function recordAtOrBefore(records: MapRecords, unit: number): number {
  let low = 0;
  let high = records.length / 3;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((records[middle * 3] as number) <= unit) low = middle + 1;
    else high = middle;
  }
  return (low - 1) * 3;
}

/** Original start of normalised unit `unit`. */
export function startOf(records: MapRecords, unit: number): number {
  const r = recordAtOrBefore(records, unit);
  if (r < 0) return unit;
  const index = records[r] as number;
  return index === unit ? (records[r + 1] as number) : (records[r + 2] as number) + (unit - index - 1);
}

/** Original end (exclusive) of normalised unit `unit`. */
export function endOf(records: MapRecords, unit: number): number {
  const r = recordAtOrBefore(records, unit);
  if (r < 0) return unit + 1;
  const index = records[r] as number;
  return (records[r + 2] as number) + (unit - index);
}

/**
 * Reads ranges of units in non-decreasing unit order in amortised constant time (for the
 * pass that rebuilds the records after edits).
 */
export class RecordCursor {
  /** Flat index of the first record whose unit index is greater than the last unit asked. */
  position = 0;

  constructor(private readonly records: MapRecords) {}

  private seek(unit: number): number {
    const records = this.records;
    while (this.position < records.length && (records[this.position] as number) <= unit) this.position += 3;
    return this.position - 3;
  }

  start(unit: number): number {
    const r = this.seek(unit);
    if (r < 0) return unit;
    const index = this.records[r] as number;
    return index === unit ? (this.records[r + 1] as number) : (this.records[r + 2] as number) + (unit - index - 1);
  }

  end(unit: number): number {
    const r = this.seek(unit);
    if (r < 0) return unit + 1;
    return (this.records[r + 2] as number) + (unit - (this.records[r] as number));
  }
}

/** Expands the records into full arrays of `length` entries. */
export function expandMap(records: MapRecords, length: number): [Uint32Array, Uint32Array] {
  const memory = new Uint32Array(length * 2);
  const starts = memory.subarray(0, length);
  const ends = memory.subarray(length);
  let r = 0;
  let previousEnd = 0;
  for (let i = 0; i < length; i++) {
    if (r < records.length && records[r] === i) {
      starts[i] = records[r + 1] as number;
      previousEnd = records[r + 2] as number;
      r += 3;
    } else {
      starts[i] = previousEnd;
      previousEnd++;
    }
    ends[i] = previousEnd;
  }
  return [starts, ends];
}

/** A normalised text whose `starts`/`ends` arrays are built from the records on first use. */
export class CompactNormalizedText implements NormalizedText {
  private expanded: [Uint32Array, Uint32Array] | null = null;

  constructor(
    readonly text: string,
    private readonly records: MapRecords,
  ) {}

  get starts(): Uint32Array {
    return this.arrays()[0];
  }

  get ends(): Uint32Array {
    return this.arrays()[1];
  }

  /** Original start of unit `unit` (0 <= unit < text.length), without building the arrays. */
  startOf(unit: number): number {
    return this.expanded ? (this.expanded[0][unit] as number) : startOf(this.records, unit);
  }

  /** Original end of unit `unit` (0 <= unit < text.length), without building the arrays. */
  endOf(unit: number): number {
    return this.expanded ? (this.expanded[1][unit] as number) : endOf(this.records, unit);
  }

  private arrays(): [Uint32Array, Uint32Array] {
    this.expanded ??= expandMap(this.records, this.text.length);
    return this.expanded;
  }
}
