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

  test('a name set from data is not written', () => {
    const error = Object.assign(new Error('x'), { name: 'Jane Doe, born 1990' });
    expect(errorKind(error)).toBe('Error');
  });

  test('a place that is not a fixed word or a channel name is cut down', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    logError(`core ${'x'.repeat(200)}\nJane <b>`, new Error('Jane'));
    expect(log).toHaveBeenCalledExactlyOnceWith(`[accord] core ${'x'.repeat(75)}: Error`);
    log.mockRestore();
  });

  test('writes one line with where and what kind', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    logError('quit', new RangeError('client 42 Jane'));
    expect(log).toHaveBeenCalledExactlyOnceWith('[accord] quit: RangeError');
    log.mockRestore();
  });
});
