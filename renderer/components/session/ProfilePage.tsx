import { useState } from 'react';
import { wallboard } from '../../bridge/wallboard';
import type { IpcError, ProfileEntry } from '../../bridge/types';
import { describeFailure } from '../../errors/error-messages';
import { useNow } from '../../hooks/use-now';
import { useSession } from '../../hooks/use-session';
import { Notice } from '../common/Notice';
import { SignInPanel } from '../sign-in/SignInPanel';
import { ProfileHeader } from './ProfileHeader';
import { SessionDetails } from './SessionDetails';
import { sessionNote } from './session-note';

interface ProfilePageProps {
  entry: ProfileEntry;
  onEdit: () => void;
}

/** One profile: its header and actions, then either its session or the way to sign in. */
export function ProfilePage({ entry, onEdit }: ProfilePageProps) {
  const name = entry.profile.name;
  const { view, error: loadError } = useSession(name);
  const now = useNow();
  const [busy, setBusy] = useState<'refresh' | 'sign-out'>();
  const [failure, setFailure] = useState<IpcError>();

  // The entry's status follows every sessionChanged event; the view follows it a moment later.
  const { status } = entry;
  const signedIn =
    status.accessExpiresAt !== undefined &&
    status.state !== 'expired' &&
    status.state !== 'signed-out';
  const note = sessionNote(status, now);
  const claimedName = view?.jwtClaims?.['name'];

  const run = async (action: 'refresh' | 'sign-out') => {
    setBusy(action);
    setFailure(undefined);
    const result =
      action === 'refresh'
        ? await wallboard().refreshNow({ profile: name })
        : await wallboard().signOut({ profile: name });
    setBusy(undefined);
    if (!result.ok) setFailure(result.error);
  };

  const actions = (
    <>
      {signedIn && (
        <>
          <button
            type="button"
            className="button"
            disabled={busy !== undefined}
            onClick={() => void run('refresh')}
          >
            {busy === 'refresh' ? 'Refreshing…' : 'Refresh now'}
          </button>
          <button
            type="button"
            className="button"
            disabled={busy !== undefined}
            onClick={() => void run('sign-out')}
          >
            Sign out
          </button>
        </>
      )}
      <button type="button" className="button" onClick={onEdit}>
        Edit
      </button>
    </>
  );

  const problem = failure ?? loadError;
  return (
    <article className="profile-page" aria-label={name}>
      <ProfileHeader
        entry={entry}
        displayName={typeof claimedName === 'string' ? claimedName : undefined}
        actions={actions}
      />
      {problem !== undefined && <Notice tone="error">{describeFailure(problem)}</Notice>}
      {problem === undefined && note !== undefined && <Notice tone={note.tone}>{note.text}</Notice>}
      {signedIn && view !== undefined ? (
        <SessionDetails
          view={view}
          now={now}
          onError={setFailure}
          onCopied={() => setFailure(undefined)}
        />
      ) : (
        !signedIn && <SignInPanel entry={entry} />
      )}
    </article>
  );
}
