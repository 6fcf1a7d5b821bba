import type { ProfileEntry } from '../../bridge/types';
import { formatTimeLeftShort } from '../../format/time';
import { StateIcon } from '../status/StateIcon';
import { hasTokens, sessionEndsAt, statePresentation } from '../status/state-presentation';

interface ProfileListItemProps {
  entry: ProfileEntry;
  selected: boolean;
  now: number;
  onSelect: (name: string) => void;
}

function hostOf(serverUrl: string): string {
  return URL.parse(serverUrl)?.host ?? serverUrl;
}

/** One profile in the sidebar: state, name, host, and the time its session has left. */
export function ProfileListItem({ entry, selected, now, onSelect }: ProfileListItemProps) {
  const { profile, status } = entry;
  const endsAt = sessionEndsAt(status);
  const live = hasTokens(status) && endsAt !== undefined && endsAt > now;
  const timeLeft = live ? formatTimeLeftShort(endsAt - now) : undefined;
  const state = statePresentation[status.state].label;

  return (
    <li>
      <button
        type="button"
        className="profile-item"
        aria-current={selected ? 'true' : undefined}
        aria-label={`${profile.name}, ${state}${live ? `, ${timeLeft} left` : ''}`}
        title={`${profile.serverUrl}: ${state}`}
        onClick={() => onSelect(profile.name)}
      >
        <StateIcon state={status.state} />
        <span className="profile-item-text">
          <span className="profile-item-name">{profile.name}</span>
          <span className="profile-item-host">{hostOf(profile.serverUrl)}</span>
        </span>
        <span className="profile-item-time">{timeLeft ?? '–'}</span>
      </button>
    </li>
  );
}
