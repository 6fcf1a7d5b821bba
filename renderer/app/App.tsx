import { useEffect, useState } from 'react';
import { wallboard } from '../bridge/wallboard';
import type { ProfileEntry } from '../bridge/types';
import { describeFailure } from '../errors/error-messages';
import { Notice } from '../components/common/Notice';
import {
  forgetUnsavedEdit,
  hasUnsavedEdit,
  ProfileForm,
} from '../components/profile-form/ProfileForm';
import { ProfilePage } from '../components/session/ProfilePage';
import { SettingsPage } from '../components/settings/SettingsPage';
import { Sidebar } from '../components/sidebar/Sidebar';
import { WarningLines } from '../components/warnings/WarningLines';
import { warningsFor, type WarningAction } from '../components/warnings/warnings';
import { useEnvironment } from '../hooks/use-environment';
import { useProfiles } from '../hooks/use-profiles';

type Mode = 'view' | 'add' | 'edit' | 'settings';

/** Profiles in the order people count: dev2 before dev10. */
const byName = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** The window: profiles on the left, the selected one (or a form) on the right. */
export function App() {
  const { entries, error, reload } = useProfiles();
  const { environment, acceptWeakProtection } = useEnvironment();
  const [selected, setSelected] = useState<string>();
  const [mode, setMode] = useState<Mode>('view');
  // After a form closes, the page it leads to takes the keyboard; not after a sidebar click.
  const [focusPage, setFocusPage] = useState(false);

  // The tray or a notification asks for a profile: show it (its sign-in, if it needs one).
  useEffect(
    () =>
      wallboard().onFocusProfile(({ profile }) => {
        setSelected(profile);
        setMode('view');
        setFocusPage(true);
      }),
    [],
  );

  if (entries === undefined) {
    return (
      <main className="app-message">
        {error !== undefined && <Notice tone="error">{describeFailure(error)}</Notice>}
      </main>
    );
  }

  const sorted = [...entries].sort((a, b) => byName.compare(a.profile.name, b.profile.name));
  const current = sorted.find((entry) => entry.profile.name === selected) ?? sorted[0];
  const names = sorted.map((entry) => entry.profile.name);

  const saved = (entry: ProfileEntry) => {
    setSelected(entry.profile.name);
    setMode('view');
    setFocusPage(true);
    void reload();
  };
  const removed = (name: string) => {
    forgetUnsavedEdit(name);
    setSelected(undefined);
    setMode('view');
    setFocusPage(true);
    void reload();
  };
  const leaveForm = () => {
    setMode('view');
    setFocusPage(true);
  };
  const openLogFile = () => void wallboard().openLogFile();
  const act = (action: WarningAction) => {
    if (action === 'accept-weak-protection') void acceptWeakProtection();
    else if (action === 'open-log-file') openLogFile();
    else setMode('edit');
  };
  const showsProfile = mode === 'view' || mode === 'edit';
  const warnings = warningsFor(environment, showsProfile ? current?.profile : undefined);

  if (current === undefined) {
    return (
      <div className="welcome">
        <WarningLines warnings={warnings} onAction={act} />
        <main className="welcome-body">
          <ProfileForm welcome existingNames={names} onSaved={saved} />
        </main>
      </div>
    );
  }

  return (
    <div className="app">
      <Sidebar
        entries={sorted}
        selected={showsProfile ? current.profile.name : undefined}
        onSelect={(name) => {
          setSelected(name);
          // An edit left unsaved comes back as it was left.
          setMode(hasUnsavedEdit(name) ? 'edit' : 'view');
          setFocusPage(false);
        }}
        onAdd={() => setMode('add')}
        footer={
          <button
            type="button"
            className="link-button"
            aria-current={mode === 'settings' ? 'page' : undefined}
            onClick={() => setMode('settings')}
          >
            Settings
          </button>
        }
      />
      <main className="content">
        <WarningLines warnings={warnings} onAction={act} />
        <div className="content-body">
          {mode === 'add' && (
            <ProfileForm existingNames={names} onSaved={saved} onCancel={leaveForm} />
          )}
          {mode === 'edit' && (
            <ProfileForm
              key={current.profile.name}
              entry={current}
              existingNames={names}
              onSaved={saved}
              onCancel={leaveForm}
              onRemoved={removed}
            />
          )}
          {mode === 'view' && (
            <ProfilePage
              key={current.profile.name}
              entry={current}
              autoFocus={focusPage}
              onEdit={() => setMode('edit')}
            />
          )}
          {mode === 'settings' && <SettingsPage environment={environment} profileNames={names} />}
        </div>
      </main>
    </div>
  );
}
