import { useState, type KeyboardEvent } from 'react';
import { wallboard } from '../../bridge/wallboard';
import type { DesktopSettings } from '../../bridge/types';
import type { DesktopSettingsState } from '../../hooks/use-desktop-settings';
import {
  acceleratorOf,
  displayAccelerator,
  isShortcutPress,
  normaliseAccelerator,
  shortcutProblem,
} from '../../forms/shortcut-keys';
import { TextField } from '../common/TextField';

interface ShortcutSettingsProps {
  settings: DesktopSettings;
  profileNames: readonly string[];
  /** Node's name of the system, for how shortcuts read ("⌥⌘T" on macOS). */
  platform: string;
  change: DesktopSettingsState['change'];
}

/**
 * The global shortcut that copies a token from anywhere: pressed into the field (or typed, in
 * any case), checked with the same rule main applies, for one profile or the current one. The
 * field shows the keys as the system writes them; the accelerator is what is stored.
 */
export function ShortcutSettings(props: ShortcutSettingsProps) {
  const { settings, profileNames, platform, change } = props;
  const current = settings.globalShortcut;
  const shown = (accelerator: string) => displayAccelerator(accelerator, platform);
  const [text, setText] = useState(() => shown(current?.accelerator ?? ''));
  const [accelerator, setAccelerator] = useState(current?.accelerator ?? '');
  const [profile, setProfile] = useState(current?.profile ?? '');
  // The field speaks up after a press, on leaving it with something typed, or on Save.
  const [checked, setChecked] = useState(false);
  const problem = checked ? shortcutProblem(accelerator, platform) : undefined;

  const record = (event: KeyboardEvent<HTMLInputElement>) => {
    if (!isShortcutPress(event)) return;
    const pressed = acceleratorOf(event);
    if (pressed === undefined) return;
    event.preventDefault();
    setAccelerator(pressed);
    setText(shown(pressed));
    setChecked(true);
  };
  const leave = () => {
    if (accelerator === '') return;
    setText(shown(accelerator));
    setChecked(true);
  };

  const type = (value: string) => {
    setText(value);
    setAccelerator(normaliseAccelerator(value));
    setChecked(false);
  };

  const save = () => {
    setChecked(true);
    if (shortcutProblem(accelerator, platform) !== undefined) return;
    void change(() =>
      wallboard().setGlobalShortcut({ accelerator, ...(profile === '' ? {} : { profile }) }),
    );
  };

  const remove = async () => {
    if (await change(() => wallboard().setGlobalShortcut({ accelerator: null }))) {
      setAccelerator('');
      setText('');
      setChecked(false);
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
          value={text}
          onChange={type}
          onBlur={leave}
          onKeyDown={record}
          problem={problem}
          hint={
            current !== undefined && !current.registered
              ? `${shown(current.accelerator)} is taken by another app right now; choose other keys.`
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
