import { useCallback, useEffect, useState } from 'react';
import { wallboard } from '../bridge/wallboard';
import type { EnvironmentInfo, IpcError } from '../bridge/types';

export interface EnvironmentState {
  environment?: EnvironmentInfo;
  error?: IpcError;
  acceptWeakProtection: () => Promise<void>;
}

/** How secrets are protected on this machine, and the user's choice about weak protection. */
export function useEnvironment(): EnvironmentState {
  const [environment, setEnvironment] = useState<EnvironmentInfo>();
  const [error, setError] = useState<IpcError>();

  useEffect(() => {
    void wallboard()
      .getEnvironment()
      .then((result) => (result.ok ? setEnvironment(result.value) : setError(result.error)));
  }, []);

  const acceptWeakProtection = useCallback(async () => {
    const result = await wallboard().acceptWeakProtection();
    if (result.ok) setEnvironment(result.value);
    setError(result.ok ? undefined : result.error);
  }, []);

  return { environment, error, acceptWeakProtection };
}
