import { useEffect, useRef, useState } from 'react';
import { wallboard } from '../../bridge/wallboard';
import type { IpcError, ProfileEntry, SessionStatus } from '../../bridge/types';
import { describeFailure } from '../../errors/error-messages';
import { useNow } from '../../hooks/use-now';
import { useSession } from '../../hooks/use-session';
import { Notice } from '../common/Notice';
import { SignInPanel } from '../sign-in/SignInPanel';
import { statusAt } from '../status/state-at';
import { ProfileHeader } from './ProfileHeader';
import { SessionDetails } from './SessionDetails';
import { sessionNote } from './session-note';
import { failureOvertaken } from './stale-failure';

interface ProfilePageProps {
  entry: ProfileEntry;
  onEdit: () => void;
  /** Put the keyboard on the page's main action once it shows, e.g. after a form closed. */
  autoFocus?: boolean;
}

/** A failure of this page's own calls, with the status it happened in. */
interface Failure {
  error: IpcError;
  status: SessionStatus;
}

/** Which part's `[data-autofocus]` element gets the keyboard once it is shown. */
type FocusRequest = 'session' | 'sign-in' | 'any';

/** One profile: its header and actions, then either its session or the way to sign in. */
export function ProfilePage({ entry: stored, onEdit, autoFocus = false }: ProfilePageProps) {
  const name = stored.profile.name;
  const { view, error: loadError } = useSession(name);
  const now = useNow();
  const [busy, setBusy] = useState<'refresh' | 'sign-out'>();
  const [failure, setFailure] = useState<Failure>();
  // A ref, not state: asking needs no render of its own, the change that follows brings one.
  const focusRequest = useRef<FocusRequest | undefined>(autoFocus ? 'any' : undefined);
  const page = useRef<HTMLElement>(null);

  // The entry's status follows every sessionChanged event; its state is read again at `now`,
  // so the page agrees with its countdowns between events.
  const status = statusAt(stored.status, now);
  const entry = status === stored.status ? stored : { ...stored, status };
  const signedIn =
    status.accessExpiresAt !== undefined &&
    status.state !== 'expired' &&
    status.state !== 'signed-out';
  const note = sessionNote(status, now);
  const claimedName = view?.jwtClaims?.['name'];

  // A part that replaces the button the user pressed takes the keyboard, once it is shown.
  useEffect(() => {
    const request = focusRequest.current;
    if (request === undefined) return;
    const scope = request === 'any' ? '' : `.${request} `;
    const target = page.current?.querySelector<HTMLElement>(`${scope}[data-autofocus]`);
    if (target === null || target === undefined) return;
    target.focus();
    focusRequest.current = undefined;
  });

  // Kept with the status the call started from, to tell later whether it was overtaken.
  const fail = (error: IpcError) => setFailure({ error, status: stored.status });
  const run = async (action: 'refresh' | 'sign-out') => {
    // aria-disabled, not disabled, while busy: a disabled button would drop the focus.
    if (busy !== undefined) return;
    setBusy(action);
    setFailure(undefined);
    const result =
      action === 'refresh'
        ? await wallboard().refreshNow({ profile: name })
        : await wallboard().signOut({ profile: name });
    setBusy(undefined);
    if (!result.ok) fail(result.error);
    else if (action === 'sign-out') focusRequest.current = 'sign-in';
  };

  const actions = (
    <>
      {signedIn && (
        <>
          <button
            type="button"
            className="button"
            aria-disabled={busy !== undefined}
            onClick={() => void run('refresh')}
          >
            {busy === 'refresh' ? 'Refreshing…' : 'Refresh now'}
          </button>
          <button
            type="button"
            className="button"
            aria-disabled={busy !== undefined}
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

  // A failure is dropped once a later refresh or sign-in has put things right.
  const ownFailure =
    failure !== undefined && !failureOvertaken(failure.status, stored.status)
      ? failure.error
      : undefined;
  const problem = ownFailure ?? loadError;
  return (
    <article className="profile-page" aria-label={name} ref={page}>
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
          onError={fail}
          onCopied={() => setFailure(undefined)}
        />
      ) : (
        !signedIn && (
          <SignInPanel entry={entry} onSignedIn={() => (focusRequest.current = 'session')} />
        )
      )}
    </article>
  );
}
