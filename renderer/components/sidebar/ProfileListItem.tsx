import type { ProfileEntry } from '../../bridge/types';
import { formatTimeLeftShort } from '../../format/time';
import { StateIcon } from '../status/StateIcon';
import { statusAt } from '../status/state-at';
import { useBrowserSignIn } from '../../hooks/browser-sign-in';
import {
  hasTokens,
  sessionEndsAt,
  shownState,
  statePresentation,
} from '../status/state-presentation';

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
  const { profile } = entry;
  // Read at `now`, so the sidebar agrees with the page's countdowns between events.
  const status = statusAt(entry.status, now);
  const endsAt = sessionEndsAt(status);
  const live = hasTokens(status) && endsAt !== undefined && endsAt > now;
  const timeLeft = live ? formatTimeLeftShort(endsAt - now) : undefined;
  const shown = shownState(status.state, useBrowserSignIn(profile.name).phase === 'waiting');
  const state = statePresentation[shown].label;

  return (
    <li>
      <button
        type="button"
        className="profile-item"
        aria-current={selected ? 'true' : undefined}
        aria-label={`${profile.name}, ${state}${live ? `, ${timeLeft} left` : ''}`}
        // The name may be cut short by the sidebar's width: the tooltip has it whole.
        title={`${profile.name} · ${profile.serverUrl}: ${state}`}
        onClick={() => onSelect(profile.name)}
      >
        <StateIcon state={shown} />
        <span className="profile-item-text">
          <span className="profile-item-name">{profile.name}</span>
          <span className="profile-item-host">{hostOf(profile.serverUrl)}</span>
        </span>
        <span className="profile-item-time">{timeLeft ?? '–'}</span>
      </button>
    </li>
  );
}
