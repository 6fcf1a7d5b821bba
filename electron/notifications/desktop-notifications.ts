/**
 * Shows notifications with Electron's Notification. A click opens the profile in the window;
 * "Sign in" opens it on its sign-in. Each notification is kept until closed, or its click
 * handlers would be garbage-collected with it.
 */
import { Notification } from 'electron';
import type { Logger } from '../../core/ports';
import type { FocusProfile } from '../ipc/contract';
import type { NoticeContent } from './notifications-due';

export interface DesktopNotifierDeps {
  showProfile(focus: FocusProfile): void;
  openWindow(): void;
  logger: Logger;
}

/** Shows `content`; `profile` is what a click opens (the window alone without one). */
export type ShowNotification = (content: NoticeContent, profile?: string) => void;

/** The app's notifier; a no-op where the OS has no notifications. */
export function createDesktopNotifier(deps: DesktopNotifierDeps): ShowNotification {
  const open = new Set<Notification>();

  return (content, profile) => {
    if (!Notification.isSupported()) {
      deps.logger.info('notifications are not supported here', { title: content.title });
      return;
    }
    const notification = new Notification({
      title: content.title,
      body: content.body,
      actions: content.signIn ? [{ type: 'button', text: 'Sign in' }] : [],
    });
    open.add(notification);
    notification.on('close', () => open.delete(notification));
    notification.on('click', () => {
      if (profile === undefined) deps.openWindow();
      else deps.showProfile({ profile, reason: content.signIn ? 'sign-in' : 'open' });
    });
    notification.on('action', () => {
      if (profile !== undefined) deps.showProfile({ profile, reason: 'sign-in' });
    });
    notification.show();
  };
}
