import { useState, type KeyboardEvent } from 'react';
import { acceleratorProblem } from '../../../electron/os/accelerator';
import { wallboard } from '../../bridge/wallboard';
import type { DesktopSettings } from '../../bridge/types';
import type { DesktopSettingsState } from '../../hooks/use-desktop-settings';
import { acceleratorOf, isShortcutPress } from '../../forms/shortcut-keys';
import { TextField } from '../common/TextField';

interface ShortcutSettingsProps {
  settings: DesktopSettings;
  profileNames: readonly string[];
  change: DesktopSettingsState['change'];
}

/**
 * The global shortcut that copies a token from anywhere: pressed into the field (or typed as
 * an accelerator), checked with the same rule main applies, for one profile or the current one.
 */
export function ShortcutSettings({ settings, profileNames, change }: ShortcutSettingsProps) {
  const current = settings.globalShortcut;
  const [accelerator, setAccelerator] = useState(current?.accelerator ?? '');
  const [profile, setProfile] = useState(current?.profile ?? '');
  const [touched, setTouched] = useState(false);
  const problem = touched && accelerator !== '' ? acceleratorProblem(accelerator) : undefined;

  const record = (event: KeyboardEvent<HTMLInputElement>) => {
    if (!isShortcutPress(event)) return;
    const pressed = acceleratorOf(event);
    if (pressed === undefined) return;
    event.preventDefault();
    setAccelerator(pressed);
    setTouched(true);
  };

  const save = () => {
    setTouched(true);
    if (accelerator === '' || acceleratorProblem(accelerator) !== undefined) return;
    void change(() =>
      wallboard().setGlobalShortcut({ accelerator, ...(profile === '' ? {} : { profile }) }),
    );
  };

  const remove = async () => {
    if (await change(() => wallboard().setGlobalShortcut({ accelerator: null }))) {
      setAccelerator('');
      setTouched(false);
    }
  };

  return (
    <fieldset className="settings-group">
      <legend>Global shortcut</legend>
      <p className="field-hint">
        Copies the access token from any app, refreshing it first if needed.
      </p>
      <div className="form-row">
        <TextField
          label="Keys"
          name="accelerator"
          monospace
          spellCheck={false}
          placeholder="Press keys, e.g. Ctrl+Alt+T"
          value={accelerator}
          onChange={(value) => {
            setAccelerator(value);
            setTouched(true);
          }}
          onKeyDown={record}
          problem={problem}
          hint={
            current !== undefined && !current.registered
              ? `${current.accelerator} is taken by another app right now; choose other keys.`
              : undefined
          }
        />
        <div className="field">
          <label htmlFor="shortcut-profile">Profile</label>
          <div className="field-control">
            <select
              id="shortcut-profile"
              value={profile}
              onChange={(event) => setProfile(event.target.value)}
            >
              <option value="">The default profile</option>
              {profileNames.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </div>
        </div>
      </div>
      <div className="button-row">
        <button type="button" className="button" onClick={save}>
          Save shortcut
        </button>
        {current !== undefined && (
          <button type="button" className="button" onClick={() => void remove()}>
            Remove
          </button>
        )}
      </div>
    </fieldset>
  );
}
