import { useEffect, useState } from 'react';
import { wallboard } from '../bridge/wallboard';
import type { IpcError, SessionView } from '../bridge/types';

export interface SessionState {
  view?: SessionView;
  error?: IpcError;
}

/** The session view of one profile, fetched again whenever main says its session changed. */
export function useSession(profile: string): SessionState {
  const [state, setState] = useState<SessionState>({});

  useEffect(() => {
    let current = true;
    const load = () =>
      void wallboard()
        .getSession({ profile })
        .then((result) => {
          // An answer for a profile no longer shown is dropped.
          if (current) setState(result.ok ? { view: result.value } : { error: result.error });
        });

    load();
    const unsubscribe = wallboard().onSessionChanged((status) => {
      if (status.profile === profile) load();
    });
    return () => {
      current = false;
      unsubscribe();
    };
  }, [profile]);

  return state;
}
