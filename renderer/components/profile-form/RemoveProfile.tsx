import { useState } from 'react';
import { wallboard } from '../../bridge/wallboard';
import type { IpcError } from '../../bridge/types';
import { describeFailure } from '../../errors/error-messages';
import { Notice } from '../common/Notice';

interface RemoveProfileProps {
  profile: string;
  onRemoved: (name: string) => void;
}

/** Removing asks once more in place, since it also signs out and forgets the client secret. */
export function RemoveProfile({ profile, onRemoved }: RemoveProfileProps) {
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<IpcError>();

  const remove = async () => {
    const result = await wallboard().removeProfile({ profile });
    if (result.ok) onRemoved(profile);
    else setFailure(result.error);
  };

  if (!confirming) {
    return (
      <button type="button" className="button danger push-end" onClick={() => setConfirming(true)}>
        Remove profile…
      </button>
    );
  }
  return (
    <span className="confirm push-end" role="group" aria-label="Confirm removal">
      <span>Sign out and remove {profile}?</span>
      <button type="button" className="button danger" onClick={() => void remove()}>
        Remove
      </button>
      <button type="button" className="button" onClick={() => setConfirming(false)}>
        Keep
      </button>
      {failure !== undefined && <Notice tone="error">{describeFailure(failure)}</Notice>}
    </span>
  );
}
