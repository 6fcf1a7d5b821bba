import { describe, expect, it } from 'vitest';
import type { EnvironmentInfo, Profile } from '../../../../electron/ipc/contract';
import { warningsFor } from '../../../../renderer/components/warnings/warnings';

const environment = (tokensInMemoryOnly: boolean): EnvironmentInfo => ({
  protection: { kind: 'memory', strong: false, description: 'No keychain.' },
  weakProtectionAccepted: false,
  tokensInMemoryOnly,
  platform: 'linux',
  appVersion: '0.0.0',
  logFilePath: '/tmp/main.log',
});

const profile = (serverUrl: string): Profile => ({
  name: 'lan',
  serverUrl,
  method: 'browser',
  clientId: 'wallboard-token',
  clientType: 'public',
  authorizePath: '/oauth/authorize',
  tokenPath: '/oauth/token',
  kmsi: false,
  allowHttp: true,
});

describe('warningsFor', () => {
  it('warns that sessions stay in memory while secrets cannot be protected', () => {
    const [warning] = warningsFor(environment(true));
    expect(warning?.id).toBe('weak-protection');
    expect(warning?.action?.kind).toBe('accept-weak-protection');
  });

  it('says nothing about storage once secrets are kept on disk', () => {
    expect(warningsFor(environment(false))).toEqual([]);
  });

  it('passes on the notice of a settings file set aside, with the log file to open', () => {
    const notice = 'config.json could not be read; it was moved to config.broken.json.';
    const [warning] = warningsFor({ ...environment(false), configRecoveryNotice: notice });
    expect(warning).toEqual({
      id: 'config-recovered',
      text: notice,
      action: { kind: 'open-log-file', label: 'Open log file' },
    });
  });

  it('warns about a server reached over plain http, naming it', () => {
    const [warning] = warningsFor(undefined, profile('http://wallboard.lan:8080'));
    expect(warning?.id).toBe('plain-http');
    expect(warning?.text).toBe(
      'wallboard.lan:8080 uses plain http, so tokens cross the network unencrypted.',
    );
  });

  it('does not warn about https or a server on this computer', () => {
    expect(warningsFor(undefined, profile('https://wallboard.example.com'))).toEqual([]);
    expect(warningsFor(undefined, profile('http://127.0.0.1:8080'))).toEqual([]);
    expect(warningsFor(undefined, profile('http://localhost:8080'))).toEqual([]);
  });
});
