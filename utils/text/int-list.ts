/** A growable list of non-negative integers in an Int32Array (no per-item allocation). */
export class IntList {
  items: Int32Array;
  length = 0;

  constructor(capacity = 64) {
    this.items = new Int32Array(Math.max(4, capacity));
  }

  push(value: number): void {
    if (this.length === this.items.length) {
      const grown = new Int32Array(this.items.length * 2);
      grown.set(this.items);
      this.items = grown;
    }
    this.items[this.length++] = value;
  }

  /** Pushes unless the value is already the last item (keeps a sorted list free of repeats). */
  pushOnce(value: number): void {
    if (this.length === 0 || this.items[this.length - 1] !== value) this.push(value);
  }
}
