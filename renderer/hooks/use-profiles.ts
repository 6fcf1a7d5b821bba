import { useCallback, useEffect, useState } from 'react';
import { wallboard } from '../bridge/wallboard';
import type { IpcError, ProfileEntry, Result } from '../bridge/types';

export interface ProfilesState {
  /** Undefined until the first answer. */
  entries?: ProfileEntry[];
  error?: IpcError;
  reload: () => Promise<void>;
}

/** Every profile with its session status, kept current by `sessionChanged` events. */
export function useProfiles(): ProfilesState {
  const [entries, setEntries] = useState<ProfileEntry[]>();
  const [error, setError] = useState<IpcError>();

  const apply = useCallback((result: Result<ProfileEntry[]>) => {
    if (result.ok) setEntries(result.value);
    setError(result.ok ? undefined : result.error);
  }, []);

  const reload = useCallback(() => wallboard().listProfiles().then(apply), [apply]);

  useEffect(() => {
    void wallboard().listProfiles().then(apply);
    return wallboard().onSessionChanged((status) =>
      setEntries((current) =>
        current?.map((entry) =>
          entry.profile.name === status.profile ? { ...entry, status } : entry,
        ),
      ),
    );
  }, [apply]);

  return { entries, error, reload };
}
