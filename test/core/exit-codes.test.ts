import { describe, expect, it } from 'vitest';
import { errorCodes } from '../../core/errors';
import { exitCodeFor, exitCodes } from '../../core/exit-codes';

describe('exitCodeFor', () => {
  it.each([
    ['usage', 2],
    ['profile_not_found', 2],
    ['not_signed_in', 3],
    ['session_expired', 3],
    ['network_error', 4],
    ['invalid_response', 4],
    ['secret_store_failed', 1],
    ['internal', 1],
  ] as const)('maps %s to %i', (code, exit) => {
    expect(exitCodeFor(code)).toBe(exit);
  });

  it('never answers success for a failure', () => {
    for (const code of errorCodes) expect(exitCodeFor(code)).not.toBe(exitCodes.ok);
  });
});
