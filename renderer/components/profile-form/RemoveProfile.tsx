import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { wallboard } from '../../bridge/wallboard';
import type { IpcError } from '../../bridge/types';
import { describeFailure } from '../../errors/error-messages';
import { Notice } from '../common/Notice';

interface RemoveProfileProps {
  profile: string;
  onRemoved: (name: string) => void;
}

/**
 * Removing asks once more in place, since it also signs out and forgets the client secret.
 * The keyboard follows: to Keep when asked, back to "Remove profile…" when kept; Escape keeps.
 */
export function RemoveProfile({ profile, onRemoved }: RemoveProfileProps) {
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<IpcError>();
  const keep = useRef<HTMLButtonElement>(null);
  const ask = useRef<HTMLButtonElement>(null);
  // Whether the question was ever shown: the first render leaves the focus where it is.
  const asked = useRef(false);

  useEffect(() => {
    if (confirming) {
      asked.current = true;
      keep.current?.focus();
    } else if (asked.current) ask.current?.focus();
  }, [confirming]);

  const remove = async () => {
    const result = await wallboard().removeProfile({ profile });
    if (result.ok) onRemoved(profile);
    else setFailure(result.error);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    // Escape answers the question; it does not also close the form around it.
    event.preventDefault();
    setConfirming(false);
  };

  if (!confirming) {
    return (
      <button
        ref={ask}
        type="button"
        className="button danger push-end"
        onClick={() => setConfirming(true)}
      >
        Remove profile…
      </button>
    );
  }
  return (
    <span
      className="confirm push-end"
      role="group"
      aria-label="Confirm removal"
      onKeyDown={onKeyDown}
    >
      <span>Sign out and remove {profile}?</span>
      <button type="button" className="button danger" onClick={() => void remove()}>
        Remove
      </button>
      <button ref={keep} type="button" className="button" onClick={() => setConfirming(false)}>
        Keep
      </button>
      {failure !== undefined && <Notice tone="error">{describeFailure(failure)}</Notice>}
    </span>
  );
}
