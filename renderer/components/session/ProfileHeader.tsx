import type { ReactNode } from 'react';
import type { ProfileEntry } from '../../bridge/types';
import { useBrowserSignIn } from '../../hooks/browser-sign-in';
import { StateBadge } from '../status/StateBadge';
import { shownState } from '../status/state-presentation';

interface ProfileHeaderProps {
  entry: ProfileEntry;
  /** The who's who from the JWT, when it has a name. */
  displayName?: string;
  actions: ReactNode;
}

/** Name and state, then one line of facts: host, method, who, tenant, read-only. */
export function ProfileHeader({ entry, displayName, actions }: ProfileHeaderProps) {
  const { profile, status } = entry;
  const host = URL.parse(profile.serverUrl)?.host ?? profile.serverUrl;
  // A service account is its e-mail; a person is their name, with the subject on hover.
  const who =
    profile.method === 'service-account' ? status.subject : (displayName ?? status.subject);
  const signedIn = status.accessExpiresAt !== undefined;
  const signingIn = useBrowserSignIn(profile.name).phase === 'waiting';

  return (
    <header className="page-header">
      <div className="page-heading">
        <h1>{profile.name}</h1>
        <StateBadge state={shownState(status.state, signingIn)} />
      </div>
      <div className="page-actions">{actions}</div>
      <p className="page-meta">
        <span title={profile.serverUrl}>{host}</span>
        <span>{profile.method === 'browser' ? 'Browser sign-in' : 'Service account'}</span>
        {signedIn && who !== undefined && (
          <span className="who" title={status.subject}>
            {who}
          </span>
        )}
        {signedIn && status.customerId !== undefined && <span>Customer {status.customerId}</span>}
        {signedIn && status.readOnly && (
          <span>
            <span className="badge" title="The server issued a read-only session">
              Read-only
            </span>
          </span>
        )}
      </p>
    </header>
  );
}
