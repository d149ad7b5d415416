/**
 * Static checks on rule regex sources, shared by the zod schema (build and load time) and the
 * compiler (which skips a bad pattern instead of throwing in the page). Backreferences and
 * lookaround are refused so matching stays linear; the ReDoS test (recheck) proves the rest.
 */

/** Backreferences (\1, \k<name>) and lookaround ((?=, (?!, (?<=, (?<!). */
const FORBIDDEN_CONSTRUCT = /\\[1-9]|\\k<|\(\?<?[=!]/;

/** Why a regex source cannot be used, or null when it can. */
export function regexSourceProblem(source: string): string | null {
  if (FORBIDDEN_CONSTRUCT.test(source)) return 'backreferences and lookaround are not allowed';
  let compiled: RegExp;
  try {
    new RegExp(source, 'u');
    compiled = new RegExp(`^(?:${source})$`, 'u');
  } catch {
    return 'not a valid regular expression (u flag)';
  }
  // An empty match would "find" the pattern everywhere (and stall a scan).
  if (compiled.test('')) return 'the regular expression matches the empty string';
  return null;
}

/**
 * A single character class ("[a-z0-9_.+-]"), the only form `widen` takes: the engine tests one
 * character at a time against it, so it cannot backtrack whatever it holds.
 */
const SINGLE_CLASS = /^\[\^?(?:[^\\\]]|\\.)+\]$/u;

/** Why a `widen` character class cannot be used, or null when it can. */
export function charClassProblem(source: string): string | null {
  if (!SINGLE_CLASS.test(source)) return 'must be one character class such as "[a-z0-9_.+-]"';
  try {
    new RegExp(source, 'u');
  } catch {
    return 'not a valid character class (u flag)';
  }
  return null;
}
