import { useEffect, useState } from 'react';
import { wallboard } from '../bridge/wallboard';
import type { ProfileEntry } from '../bridge/types';
import { describeFailure } from '../errors/error-messages';
import { Notice } from '../components/common/Notice';
import { ProfileForm } from '../components/profile-form/ProfileForm';
import { ProfilePage } from '../components/session/ProfilePage';
import { SettingsPage } from '../components/settings/SettingsPage';
import { Sidebar } from '../components/sidebar/Sidebar';
import { WarningLines } from '../components/warnings/WarningLines';
import { warningsFor, type WarningAction } from '../components/warnings/warnings';
import { useEnvironment } from '../hooks/use-environment';
import { useProfiles } from '../hooks/use-profiles';

type Mode = 'view' | 'add' | 'edit' | 'settings';

/** The window: profiles on the left, the selected one (or a form) on the right. */
export function App() {
  const { entries, error, reload } = useProfiles();
  const { environment, acceptWeakProtection } = useEnvironment();
  const [selected, setSelected] = useState<string>();
  const [mode, setMode] = useState<Mode>('view');

  // The tray or a notification asks for a profile: show it (its sign-in, if it needs one).
  useEffect(
    () =>
      wallboard().onFocusProfile(({ profile }) => {
        setSelected(profile);
        setMode('view');
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

  const current = entries.find((entry) => entry.profile.name === selected) ?? entries[0];
  const names = entries.map((entry) => entry.profile.name);

  const saved = (entry: ProfileEntry) => {
    setSelected(entry.profile.name);
    setMode('view');
    void reload();
  };
  const removed = () => {
    setSelected(undefined);
    setMode('view');
    void reload();
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
        entries={entries}
        selected={showsProfile ? current.profile.name : undefined}
        onSelect={(name) => {
          setSelected(name);
          setMode('view');
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
            <ProfileForm existingNames={names} onSaved={saved} onCancel={() => setMode('view')} />
          )}
          {mode === 'edit' && (
            <ProfileForm
              key={current.profile.name}
              entry={current}
              existingNames={names}
              onSaved={saved}
              onCancel={() => setMode('view')}
              onRemoved={removed}
            />
          )}
          {mode === 'view' && (
            <ProfilePage
              key={current.profile.name}
              entry={current}
              onEdit={() => setMode('edit')}
            />
          )}
          {mode === 'settings' && <SettingsPage environment={environment} profileNames={names} />}
        </div>
      </main>
    </div>
  );
}
