import type { IpcError, SessionView } from '../../bridge/types';
import { formatAgo, formatClockTime, formatFullTime } from '../../format/time';
import { ClaimsPanel } from './ClaimsPanel';
import { ExpiryMeter } from './ExpiryMeter';
import { TokenField } from './TokenField';

interface SessionDetailsProps {
  view: SessionView;
  now: number;
  onError: (error: IpcError) => void;
  onCopied: () => void;
}

/** A signed-in session: the token to copy, both lifetimes counting down, and the claims. */
export function SessionDetails({ view, now, onError, onCopied }: SessionDetailsProps) {
  const { status } = view;
  const { obtainedAt, accessExpiresAt, refreshExpiresAt, nextRefreshAt } = status;
  if (obtainedAt === undefined || accessExpiresAt === undefined) return null;

  // Once its moment has passed, a refresh is under way or waits for the network: a time in
  // the past would only confuse.
  const schedule =
    status.state === 'refreshing' ? (
      <span>Refreshing now…</span>
    ) : nextRefreshAt === undefined ? (
      <span>Refreshed when a token is requested</span>
    ) : nextRefreshAt > now ? (
      <span title={formatFullTime(nextRefreshAt)}>
        Next automatic refresh at {formatClockTime(nextRefreshAt, now)}
      </span>
    ) : undefined;

  return (
    <div className="session">
      {view.accessTokenPreview !== undefined && (
        <TokenField
          profile={status.profile}
          preview={view.accessTokenPreview}
          hasJwt={view.hasJwt}
          onError={onError}
          onCopied={onCopied}
        />
      )}

      <div className="meters">
        <ExpiryMeter
          label="Access token"
          startsAt={obtainedAt}
          endsAt={accessExpiresAt}
          now={now}
          phrases={{ future: 'expires in', past: 'expired' }}
        />
        {refreshExpiresAt === undefined ? (
          <p className="quiet">No refresh token: sign in again when the access token expires.</p>
        ) : (
          <ExpiryMeter
            label="Session"
            startsAt={status.refreshIssuedAt ?? obtainedAt}
            endsAt={refreshExpiresAt}
            now={now}
            phrases={{ future: 'ends in', past: 'ended' }}
          />
        )}
      </div>

      <p className="schedule">
        {schedule}
        {schedule !== undefined && (
          <span className="separator" aria-hidden="true">
            ·
          </span>
        )}
        <span title={formatFullTime(obtainedAt)}>
          Token obtained {formatClockTime(obtainedAt, now)} ({formatAgo(now - obtainedAt)})
        </span>
      </p>

      {view.jwtClaims !== undefined && <ClaimsPanel claims={view.jwtClaims} now={now} />}
    </div>
  );
}
