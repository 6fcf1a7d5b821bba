/**
 * What the renderer learns about the host: how secrets are protected, whether the user
 * accepted weak protection (remembered in the settings), platform, version and log file.
 */
import type { EnvironmentInfo } from '../ipc/contract';
import type { EnvironmentService } from '../ipc/handlers/services';
import type { WeakProtectionGate } from '../secrets/weak-protection-gate';

/** The settings key that remembers the user's acceptance on this machine. */
export const weakProtectionSetting = 'acceptedWeakSecretProtection';

export interface EnvironmentServiceDeps {
  gate: WeakProtectionGate;
  /** Persists the acceptance in the app settings. */
  rememberAcceptance(): void;
  platform: NodeJS.Platform;
  appVersion: string;
  logFilePath: string;
  configRecoveryNotice?: string;
}

/** The EnvironmentService over the secret gate and the settings. */
export function createEnvironmentService(deps: EnvironmentServiceDeps): EnvironmentService {
  const info = async (): Promise<EnvironmentInfo> => ({
    protection: deps.gate.protection,
    weakProtectionAccepted: deps.gate.accepted,
    tokensInMemoryOnly: deps.gate.inMemoryOnly,
    platform: deps.platform,
    appVersion: deps.appVersion,
    logFilePath: deps.logFilePath,
    ...(deps.configRecoveryNotice === undefined
      ? {}
      : { configRecoveryNotice: deps.configRecoveryNotice }),
  });

  return {
    info,
    acceptWeakProtection: async () => {
      await deps.gate.accept();
      deps.rememberAcceptance();
      return info();
    },
  };
}
