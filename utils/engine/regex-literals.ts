/**
 * Required literals of a rule regex: clauses such as "contains 契約 or 仮払" AND "contains 前
 * or まえ" that every match of the regex satisfies. The engine looks for these literals with
 * the one term pass it makes anyway, and runs the regex only over texts that satisfy every
 * clause — most messages of a thread do not, so most regex passes are skipped. (The same idea
 * as the trigram prefilters of code search engines, with whole literals.)
 *
 * The analysis is conservative: anything it does not fully understand yields null, and the
 * regex then runs on every text. It reads the syntax of `u`-flag regexes.
 */

/** Sets larger than this are not tracked exactly (the regex is then described by parts). */
const MAX_SET_SIZE = 16;
const MAX_LITERAL_LENGTH = 12;

/** Strings one of which every match contains. */
type Clause = ReadonlySet<string>;

/** What is known of a piece of regex: its exact strings when few, and what every match contains. */
interface Info {
  /** Every string the piece can match, when the set is small; null when unknown. */
  readonly exact: ReadonlySet<string> | null;
  /** Every match satisfies all of these clauses (none contains the empty string). */
  readonly clauses: readonly Clause[];
}

const EMPTY: Info = { exact: new Set(['']), clauses: [] };
const UNKNOWN: Info = { exact: null, clauses: [] };

/**
 * Most clauses kept per regex. A text must satisfy all of them, so even clauses of common
 * words narrow things down together; each costs a few terms in the one term pass.
 */
const MAX_CLAUSES = 4;

/**
 * Clauses weaker than this ("contains に", "contains して", "contains 0") are dropped: such
 * literals are at nearly every position and filter out nothing. A kanji, two kana that are
 * not everyday grammar (くず), or "@" pass.
 */
const MIN_CLAUSE_SCORE = 2.5;

class Unsupported extends Error {}

/**
 * Two-kana sequences found in nearly every Japanese sentence (grammar, not content): as
 * required literals they would open a regex on every text.
 */
const COMMON_KANA_PAIRS = new Set(
  ('して てい いる ます です まし した ない する こと から ので もの よう ため など この その ' +
    'れる られ され せん ませ くだ ださ さい でき きま いた って てく あり ある いう とい になり ' +
    'にな があ では には もあ いま まで うに より おり ござ ざい ただ だけ けど どう かな なる ' +
    'ても たい しま しょ ちら こち それ これ ところ とこ いい ぜひ また')
    .split(' ')
    .filter((pair) => pair.length === 2),
);

/**
 * How much a literal narrows things down: longer is better; kanji and rare symbols count more
 * than kana, and a pair of everyday kana counts for little.
 */
function weight(literal: string): number {
  if (COMMON_KANA_PAIRS.has(literal)) return 1;
  let total = 0;
  for (let i = 0; i < literal.length; i++) {
    const code = literal.charCodeAt(i);
    const isAlnum = (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a);
    if (code >= 0x3040 && code <= 0x30ff) total += 1.25;
    else if (code >= 0xdc00 && code <= 0xdfff) continue; // second half of an astral character
    else if (code >= 0x80) total += 2.5;
    else if (isAlnum) total += 1;
    else if (RARE_SYMBOLS.includes(literal[i] as string)) total += 3.5;
    else total += 0.3;
  }
  return total;
}

/** ASCII symbols rare enough in Japanese prose to be worth a gate on their own ("@"). */
const RARE_SYMBOLS = '@#$%&+=~^|';

const scores = new WeakMap<Clause, number>();

/** Score of a clause: as good as its weakest literal (remembered: clauses are compared often). */
function score(clause: Clause): number {
  let lowest = scores.get(clause);
  if (lowest === undefined) {
    lowest = Infinity;
    for (const literal of clause) lowest = Math.min(lowest, weight(literal));
    scores.set(clause, lowest);
  }
  return lowest;
}

/** A set usable as a clause: non-empty, no empty string. */
function asClause(set: ReadonlySet<string> | null): Clause | null {
  if (!set || set.size === 0 || set.has('')) return null;
  return set;
}

/** All concatenations of one string of `a` and one of `b`, or null when too many or too long. */
function product(a: ReadonlySet<string>, b: ReadonlySet<string>): Set<string> | null {
  if (a.size * b.size > MAX_SET_SIZE) return null;
  const out = new Set<string>();
  for (const x of a) {
    for (const y of b) {
      const joined = x + y;
      if (joined.length > MAX_LITERAL_LENGTH) return null;
      out.add(joined);
    }
  }
  return out;
}

/** The clauses of a piece: its exact strings when they qualify (the strongest), else its parts'. */
function clausesOf(info: Info): readonly Clause[] {
  const exact = asClause(info.exact);
  return exact ? [exact] : info.clauses;
}

/** The most selective clause of a piece, or null. */
function bestClause(info: Info): Clause | null {
  let best: Clause | null = null;
  for (const clause of clausesOf(info)) if (!best || score(clause) > score(best)) best = clause;
  return best;
}

/** Recursive-descent reader over a regex source. */
class Reader {
  private index = 0;
  constructor(private readonly source: string) {}

  parse(): Info {
    const info = this.alternation();
    if (this.index !== this.source.length) throw new Unsupported('trailing input');
    return info;
  }

  private peek(): string {
    return this.source[this.index] ?? '';
  }

  private alternation(): Info {
    const branches = [this.sequence()];
    while (this.peek() === '|') {
      this.index++;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0] as Info;
    let exact: Set<string> | null = new Set();
    // One clause: the union of each branch's best clause (every branch must have one).
    let union: Set<string> | null = new Set();
    for (const branch of branches) {
      if (exact && branch.exact && exact.size + branch.exact.size <= MAX_SET_SIZE) {
        for (const s of branch.exact) exact.add(s);
      } else exact = null;
      const best = bestClause(branch);
      if (union && best) for (const s of best) union.add(s);
      else union = null;
    }
    const clause = asClause(union);
    return { exact, clauses: clause ? [clause] : [] };
  }

  private sequence(): Info {
    const clauses: Clause[] = [];
    // The exact strings of the current run of exact pieces, and of the whole sequence.
    let run: ReadonlySet<string> = new Set(['']);
    let whole: ReadonlySet<string> | null = new Set(['']);
    const endRun = () => {
      const clause = asClause(run);
      if (clause) clauses.push(clause);
      run = new Set(['']);
    };
    while (this.index < this.source.length && this.peek() !== '|' && this.peek() !== ')') {
      const piece = this.quantified();
      if (piece.exact) {
        const longer = product(run, piece.exact);
        // A run that grows too large ends; a new one starts with this piece.
        if (longer) run = longer;
        else {
          endRun();
          run = piece.exact;
        }
        whole = whole ? product(whole, piece.exact) : null;
      } else {
        endRun();
        clauses.push(...piece.clauses);
        whole = null;
      }
    }
    endRun();
    return { exact: whole, clauses };
  }

  private quantified(): Info {
    const atom = this.atom();
    const quantifier = this.quantifier();
    if (!quantifier) return atom;
    const [min, max] = quantifier;
    if (min === 0) {
      // May be absent: nothing is required; a lone "?" keeps a small exact set.
      if (max === 1 && atom.exact) {
        const exact = new Set(atom.exact);
        exact.add('');
        return { exact, clauses: [] };
      }
      return UNKNOWN;
    }
    if (min === max && atom.exact) {
      let exact: ReadonlySet<string> | null = atom.exact;
      for (let i = 1; i < min && exact; i++) exact = product(exact, atom.exact);
      if (exact) return { exact, clauses: [] };
    }
    return { exact: null, clauses: clausesOf(atom) };
  }

  /** Reads a quantifier after an atom: [min, max] (max Infinity), or null. */
  private quantifier(): [number, number] | null {
    const char = this.peek();
    let range: [number, number] | null = null;
    if (char === '*') range = [0, Infinity];
    else if (char === '+') range = [1, Infinity];
    else if (char === '?') range = [0, 1];
    if (range) this.index++;
    else if (char === '{') {
      const match = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.index));
      if (!match) throw new Unsupported('brace');
      const min = Number(match[1]);
      const max = match[2] === undefined ? min : match[3] === '' ? Infinity : Number(match[3]);
      range = [min, max];
      this.index += match[0].length;
    }
    if (range && this.peek() === '?') this.index++;
    return range;
  }

  private atom(): Info {
    const char = this.peek();
    if (char === '(') return this.group();
    if (char === '[') return this.characterClass();
    if (char === '.') {
      this.index++;
      return UNKNOWN;
    }
    if (char === '^' || char === '$') {
      this.index++;
      return EMPTY;
    }
    if (char === '\\') return this.escape();
    if (char === '*' || char === '+' || char === '?' || char === '{' || char === ')' || char === ']' || char === '}') {
      throw new Unsupported(`unexpected ${char}`);
    }
    return this.literal(this.codePoint());
  }

  private codePoint(): string {
    const point = this.source.codePointAt(this.index) as number;
    const char = String.fromCodePoint(point);
    this.index += char.length;
    return char;
  }

  private literal(char: string): Info {
    return { exact: new Set([char]), clauses: [] };
  }

  private group(): Info {
    this.index++; // (
    if (this.source.startsWith('?:', this.index)) this.index += 2;
    else if (this.source.startsWith('?<', this.index) && !/^\?<[=!]/.test(this.source.slice(this.index))) {
      const end = this.source.indexOf('>', this.index);
      if (end < 0) throw new Unsupported('group name');
      this.index = end + 1;
    } else if (this.peek() === '?') throw new Unsupported('lookaround');
    const inner = this.alternation();
    if (this.peek() !== ')') throw new Unsupported('unclosed group');
    this.index++;
    return inner;
  }

  /** An escape outside a class: a literal character, a class, or a zero-width assertion. */
  private escape(): Info {
    const char = this.escapedChar();
    if (char === null) return UNKNOWN;
    if (char === '') return EMPTY;
    return this.literal(char);
  }

  /**
   * Reads "\…": the character it stands for, null for a class (\d, \p{…}), '' for a
   * zero-width assertion (\b, \B).
   */
  private escapedChar(): string | null {
    this.index++; // backslash
    const char = this.peek();
    this.index++;
    if ('dDwWsS'.includes(char)) return null;
    if (char === 'b' || char === 'B') return '';
    if (char === 'p' || char === 'P') {
      const end = this.source.indexOf('}', this.index);
      if (this.peek() !== '{' || end < 0) throw new Unsupported('property');
      this.index = end + 1;
      return null;
    }
    const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', v: '\v', f: '\f', '0': '\0' };
    if (char in simple) return simple[char] as string;
    if (char === 'x') return this.hex(2);
    if (char === 'u') {
      if (this.peek() === '{') {
        const end = this.source.indexOf('}', this.index);
        if (end < 0) throw new Unsupported('code point');
        const point = Number.parseInt(this.source.slice(this.index + 1, end), 16);
        this.index = end + 1;
        return String.fromCodePoint(point);
      }
      return this.hex(4);
    }
    if (char === 'c') {
      const letter = this.peek();
      this.index++;
      return String.fromCharCode(letter.charCodeAt(0) % 32);
    }
    if (/[1-9k]/.test(char)) throw new Unsupported('backreference');
    // u-mode allows only syntax characters and '/' to be escaped: they stand for themselves.
    if (/[\^$\\.*+?()[\]{}|/-]/.test(char)) return char;
    throw new Unsupported(`escape \\${char}`);
  }

  private hex(length: number): string {
    const digits = this.source.slice(this.index, this.index + length);
    if (!/^[0-9a-fA-F]+$/.test(digits) || digits.length !== length) throw new Unsupported('hex');
    this.index += length;
    return String.fromCharCode(Number.parseInt(digits, 16));
  }

  /** A character class: exact when it lists a few characters, unknown otherwise. */
  private characterClass(): Info {
    this.index++; // [
    const negated = this.peek() === '^';
    if (negated) this.index++;
    const chars = new Set<string>();
    let wide = negated;
    while (this.peek() !== ']') {
      if (this.index >= this.source.length) throw new Unsupported('unclosed class');
      const start = this.classChar();
      if (this.peek() === '-' && this.source[this.index + 1] !== ']' && this.index + 1 < this.source.length) {
        this.index++;
        const end = this.classChar();
        if (start === null || end === null) throw new Unsupported('class range');
        const from = start.codePointAt(0) as number;
        const to = end.codePointAt(0) as number;
        if (to - from >= 8) wide = true;
        else for (let point = from; point <= to; point++) chars.add(String.fromCodePoint(point));
      } else if (start === null) wide = true;
      else if (start !== '') chars.add(start);
    }
    this.index++; // ]
    if (wide || chars.size === 0 || chars.size > 8) return UNKNOWN;
    return { exact: chars, clauses: [] };
  }

  /** One character inside a class; null for a class escape (\d, \p{…}). */
  private classChar(): string | null {
    if (this.peek() !== '\\') return this.codePoint();
    if (this.source[this.index + 1] === 'b') {
      this.index += 2;
      return '\b';
    }
    const char = this.escapedChar();
    if (char === '') throw new Unsupported('assertion in class');
    return char;
  }
}

/** A clause without the literals that contain another of its literals (they add nothing). */
function minimal(clause: Clause): string[] {
  const literals = [...clause];
  return literals.filter((literal) => !literals.some((other) => other !== literal && literal.includes(other))).sort();
}

/**
 * What every match of `source` contains: a list of clauses, each a list of literals of which
 * a match contains at least one (the most selective first). Null when the regex gives no
 * such guarantee, or uses syntax this reader does not handle.
 */
export function requiredLiterals(source: string): string[][] | null {
  try {
    const clauses = [...clausesOf(new Reader(source).parse())]
      .filter((clause) => score(clause) >= MIN_CLAUSE_SCORE)
      .sort((a, b) => score(b) - score(a))
      .slice(0, MAX_CLAUSES)
      .map((clause) => minimal(clause));
    return clauses.length > 0 ? clauses : null;
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
}
