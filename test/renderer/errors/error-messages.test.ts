import { describe, expect, it } from 'vitest';
import { errorCodes } from '../../../core/errors';
import { ipcOnlyErrorCodes } from '../../../electron/ipc/contract';
import {
  describeFailure,
  errorMessages,
  errorSentence,
  isKnownErrorCode,
  keptTokenSentence,
} from '../../../renderer/errors/error-messages';

const everyCode = [...errorCodes, ...ipcOnlyErrorCodes];

describe('errorMessages', () => {
  it('has a sentence for every code of the core and of the IPC layer', () => {
    for (const code of everyCode) {
      expect(errorMessages[code], code).toMatch(/^[A-Z].+\.$/);
    }
  });

  it('has no sentence for a code that does not exist', () => {
    expect(Object.keys(errorMessages).sort()).toEqual([...everyCode].sort());
  });

  it('says what to do, not only what happened', () => {
    const withoutAdvice = everyCode.filter(
      (code) => errorMessages[code].split('. ').length < 2 && !/,|;/.test(errorMessages[code]),
    );
    expect(withoutAdvice).toEqual([]);
  });
});

describe('errorSentence', () => {
  it('gives the sentence of the failure’s code', () => {
    expect(errorSentence({ code: 'network_error' })).toBe(
      'The server could not be reached. Check the server URL and your network connection, then try again.',
    );
  });
});

describe('describeFailure', () => {
  it('keeps main’s words when they name what was wrong', () => {
    const message = 'Start at login works in the installed app only, not in a development build.';
    expect(describeFailure({ code: 'usage', message })).toBe(message);
    expect(describeFailure({ code: 'invalid_input', message: 'Invalid request: x' })).toBe(
      'Invalid request: x',
    );
  });

  it('uses the code’s sentence for everything else', () => {
    expect(describeFailure({ code: 'network_error', message: 'fetch failed' })).toBe(
      errorMessages.network_error,
    );
  });
});

describe('keptTokenSentence', () => {
  it('says calmly until when the token works and that the app retries', () => {
    expect(keptTokenSentence('network_error', '14:32')).toBe(
      'The last refresh failed (the server could not be reached). The current token works until 14:32, and the app will try again.',
    );
  });

  it('stays calm about a code it has no short reason for', () => {
    expect(keptTokenSentence('something_new', '14:32')).toContain('works until 14:32');
  });
});

describe('isKnownErrorCode', () => {
  it('tells the contract’s codes from other strings', () => {
    expect(isKnownErrorCode('totp_required')).toBe(true);
    expect(isKnownErrorCode('toString')).toBe(false);
  });
});
