import { wallboard } from '../../bridge/wallboard';
import type { EnvironmentInfo } from '../../bridge/types';
import { describeFailure } from '../../errors/error-messages';
import { useDesktopSettings } from '../../hooks/use-desktop-settings';
import { CheckboxField } from '../common/CheckboxField';
import { Notice } from '../common/Notice';
import { ShortcutSettings } from './ShortcutSettings';

interface SettingsPageProps {
  environment?: EnvironmentInfo;
  profileNames: readonly string[];
}

/** How the app fits the desktop, and what it knows about this machine. */
export function SettingsPage({ environment, profileNames }: SettingsPageProps) {
  const { settings, error, change } = useDesktopSettings();

  return (
    <section className="form settings" aria-labelledby="settings-title">
      <h1 id="settings-title">Settings</h1>
      {error !== undefined && <Notice tone="error">{describeFailure(error)}</Notice>}
      {settings !== undefined && (
        <>
          <fieldset className="settings-group">
            <legend>Desktop</legend>
            <CheckboxField
              name="startAtLogin"
              label="Start Wallboard Token when I log in"
              checked={settings.startAtLogin}
              disabled={!settings.startAtLoginAvailable}
              onChange={(enabled) =>
                void change(() => wallboard().setStartAtLogin({ enabled }), {
                  startAtLogin: enabled,
                })
              }
              hint={
                settings.startAtLoginAvailable
                  ? 'It starts in the tray, without a window, and keeps your sessions fresh.'
                  : 'Available in the installed app, not in a development build.'
              }
            />
            <CheckboxField
              name="notifications"
              label="Notify me before a session ends and when a refresh fails"
              checked={settings.notifications}
              onChange={(enabled) =>
                void change(() => wallboard().setNotifications({ enabled }), {
                  notifications: enabled,
                })
              }
            />
          </fieldset>
          <ShortcutSettings
            settings={settings}
            profileNames={profileNames}
            platform={environment?.platform ?? ''}
            change={change}
          />
        </>
      )}
      {environment !== undefined && (
        <fieldset className="settings-group">
          <legend>This machine</legend>
          <dl className="facts">
            <dt>Secrets</dt>
            <dd>{environment.protection.description}</dd>
            <dt>Log file</dt>
            <dd>
              <span className="mono">{environment.logFilePath}</span>{' '}
              <button
                type="button"
                className="link-button"
                onClick={() => void wallboard().openLogFile()}
              >
                Open
              </button>
            </dd>
            <dt>Version</dt>
            <dd>{environment.appVersion}</dd>
          </dl>
        </fieldset>
      )}
    </section>
  );
}
