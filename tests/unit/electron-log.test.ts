import { describe, expect, test, vi } from 'vitest';
import { errorKind, logError } from '../../electron/log.ts';

describe('shell logging', () => {
  test('names the kind of error, never its message', () => {
    const error = Object.assign(new Error('ENOENT: /home/c/Jane Doe notes.txt'), {
      code: 'ENOENT',
    });
    expect(errorKind(error)).toBe('Error ENOENT');
    expect(errorKind(new TypeError('Jane'))).toBe('TypeError');
    expect(errorKind('Jane Doe')).toBe('string');
  });

  test('ignores codes that are not system codes', () => {
    const error = Object.assign(new Error('x'), { code: 'Jane Doe' });
    expect(errorKind(error)).toBe('Error');
  });

  test('writes one line with where and what kind', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    logError('quit', new RangeError('client 42 Jane'));
    expect(log).toHaveBeenCalledExactlyOnceWith('[accord] quit: RangeError');
    log.mockRestore();
  });
});
