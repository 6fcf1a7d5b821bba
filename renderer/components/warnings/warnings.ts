/**
 * The warnings worth a line above the content: a settings file that was set aside, secrets
 * that cannot be protected on this machine, a server reached over plain http. Each comes
 * with what to do about it.
 */
import type { EnvironmentInfo, Profile } from '../../bridge/types';

export type WarningAction = 'accept-weak-protection' | 'edit-profile' | 'open-log-file';

export interface Warning {
  id: 'config-recovered' | 'weak-protection' | 'plain-http';
  text: string;
  action?: { kind: WarningAction; label: string };
}

// Plain http to this very computer never crosses a network, so it is not worth a warning.
const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);

function crossesNetworkInClear(serverUrl: string): boolean {
  const url = URL.parse(serverUrl);
  return url !== null && url.protocol === 'http:' && !loopbackHosts.has(url.hostname);
}

/** The warnings for this machine and, when one is shown, this profile. */
export function warningsFor(
  environment: EnvironmentInfo | undefined,
  profile?: Profile,
): Warning[] {
  const warnings: Warning[] = [];
  if (environment?.configRecoveryNotice !== undefined) {
    warnings.push({
      id: 'config-recovered',
      text: environment.configRecoveryNotice,
      action: { kind: 'open-log-file', label: 'Open log file' },
    });
  }
  if (environment?.tokensInMemoryOnly) {
    warnings.push({
      id: 'weak-protection',
      text: 'This machine cannot encrypt secrets, so sessions end when the app quits.',
      action: { kind: 'accept-weak-protection', label: 'Keep them on disk anyway' },
    });
  }
  if (profile !== undefined && crossesNetworkInClear(profile.serverUrl)) {
    const host = URL.parse(profile.serverUrl)?.host ?? profile.serverUrl;
    warnings.push({
      id: 'plain-http',
      text: `${host} uses plain http, so tokens cross the network unencrypted.`,
      action: { kind: 'edit-profile', label: 'Switch to https' },
    });
  }
  return warnings;
}
