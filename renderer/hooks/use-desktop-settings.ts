import { useCallback, useEffect, useState } from 'react';
import { wallboard } from '../bridge/wallboard';
import type { DesktopSettings, IpcError, Result } from '../bridge/types';

export interface DesktopSettingsState {
  settings?: DesktopSettings;
  /** The last call's failure, cleared by the next success. */
  error?: IpcError;
  /**
   * Runs one settings call; resolves true when it succeeded. `expected` shows at once what
   * the call should lead to, and is taken back if the call fails.
   */
  change: (
    call: () => Promise<Result<DesktopSettings>>,
    expected?: Partial<DesktopSettings>,
  ) => Promise<boolean>;
}

/** Start at login, notifications and the global shortcut, as main reports them. */
export function useDesktopSettings(): DesktopSettingsState {
  const [settings, setSettings] = useState<DesktopSettings>();
  const [error, setError] = useState<IpcError>();

  const apply = useCallback((result: Result<DesktopSettings>) => {
    if (result.ok) setSettings(result.value);
    setError(result.ok ? undefined : result.error);
    return result.ok;
  }, []);

  useEffect(() => {
    void wallboard().getDesktopSettings().then(apply);
  }, [apply]);

  const change = useCallback(
    async (call: () => Promise<Result<DesktopSettings>>, expected?: Partial<DesktopSettings>) => {
      const before = settings;
      if (before !== undefined && expected !== undefined) setSettings({ ...before, ...expected });
      const result = await call();
      if (!result.ok) setSettings(before);
      return apply(result);
    },
    [apply, settings],
  );

  return { settings, error, change };
}
