import type { ReactNode } from 'react';
import type { ProfileEntry } from '../../bridge/types';
import { useNow } from '../../hooks/use-now';
import { ProfileListItem } from './ProfileListItem';

interface SidebarProps {
  entries: ProfileEntry[];
  selected?: string;
  onSelect: (name: string) => void;
  onAdd: () => void;
  /** Quiet links at the bottom, such as the log file. */
  footer?: ReactNode;
}

/** Every profile with its state at a glance, and the way to add another. */
export function Sidebar({ entries, selected, onSelect, onAdd, footer }: SidebarProps) {
  const now = useNow();
  return (
    <nav className="sidebar" aria-label="Profiles">
      <header className="sidebar-title">Wallboard Token</header>
      <ul className="profile-list">
        {entries.map((entry) => (
          <ProfileListItem
            key={entry.profile.name}
            entry={entry}
            selected={entry.profile.name === selected}
            now={now}
            onSelect={onSelect}
          />
        ))}
      </ul>
      <button type="button" className="sidebar-add" onClick={onAdd}>
        <span aria-hidden="true">+</span> Add profile
      </button>
      {footer !== undefined && <footer className="sidebar-footer">{footer}</footer>}
    </nav>
  );
}
