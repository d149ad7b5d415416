import { describe, expect, it } from 'vitest';
import { toPageCommand } from '@/utils/content/page-command';

describe('page commands from extension pages', () => {
  it('accepts the two known commands', () => {
    expect(toPageCommand({ type: 'reanalyze' })).toEqual({ type: 'reanalyze' });
    expect(toPageCommand({ type: 'reveal-evidence', source: 'message:1', start: 2, end: 6, extra: 1 })).toEqual({
      type: 'reveal-evidence',
      source: 'message:1',
      start: 2,
      end: 6,
    });
  });

  it.each([
    null,
    'reanalyze',
    { type: 'eval', code: 'x' },
    { type: 'reveal-evidence', source: 'm', start: -1, end: 2 },
    { type: 'reveal-evidence', source: 'm', start: 1.5, end: 2 },
    { type: 'reveal-evidence', source: 'x'.repeat(201), start: 1, end: 2 },
    { type: 'reveal-evidence', source: 3, start: 1, end: 2 },
  ])('ignores %j', (message) => {
    expect(toPageCommand(message)).toBeNull();
  });
});
