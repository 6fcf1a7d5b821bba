/**
 * The tray menu as data: for each profile its state and expiry and one-click actions, then
 * Open, Start at login and Quit. Items carry action values, not closures, so the whole menu
 * is checked in Node; tray.ts turns it into Electron's Menu and routes each action.
 */
import type { SessionStatus } from '../../core/session/session-status';
import { healthOf, isLive, sessionEndsAt, type SessionHealth } from '../services/session-outlook';
import type { TimeFormatter } from './tray-appearance';

/** What a click asks for. */
export type TrayAction =
  | { kind: 'copy'; profile: string; format: 'token' | 'header' }
  | { kind: 'refresh'; profile: string }
  | { kind: 'sign-in'; profile: string }
  | { kind: 'open' }
  | { kind: 'toggle-start-at-login' }
  | { kind: 'quit' };

/** A menu item as Electron's MenuItemConstructorOptions has it, with an action for `click`. */
export interface TrayMenuItem {
  type?: 'normal' | 'separator' | 'submenu' | 'checkbox';
  label?: string;
  enabled?: boolean;
  checked?: boolean;
  action?: TrayAction;
  submenu?: TrayMenuItem[];
}

/** What the menu shows. */
export interface TrayMenuModel {
  /** Every profile's status, in the order to list them. */
  statuses: readonly SessionStatus[];
  now: number;
  formatTime: TimeFormatter;
  startAtLogin: { available: boolean; enabled: boolean };
}

const separator: TrayMenuItem = { type: 'separator' };

/**
 * The menu: one profile is listed inline; several get a submenu each, labelled with the
 * profile's state, so the menu stays short.
 */
export function buildTrayMenu(model: TrayMenuModel): TrayMenuItem[] {
  const { statuses } = model;
  const profiles: TrayMenuItem[] =
    statuses.length === 0
      ? [{ label: 'No profile yet', enabled: false }]
      : statuses.length === 1 && statuses[0] !== undefined
        ? [
            { label: headline(statuses[0], model), enabled: false },
            ...profileItems(statuses[0], model),
          ]
        : statuses.map((status) => ({
            type: 'submenu' as const,
            label: headline(status, model),
            submenu: profileItems(status, model),
          }));

  return [
    ...profiles,
    separator,
    { label: 'Open Wallboard Token', action: { kind: 'open' } },
    {
      type: 'checkbox',
      label: 'Start at login',
      checked: model.startAtLogin.enabled,
      enabled: model.startAtLogin.available,
      action: { kind: 'toggle-start-at-login' },
    },
    separator,
    { label: 'Quit', action: { kind: 'quit' } },
  ];
}

/** "prod: signed in until 15:20", "prod: session ends at 14:32", "prod: signed out"... */
export function headline(
  status: SessionStatus,
  model: Pick<TrayMenuModel, 'now' | 'formatTime'>,
): string {
  return `${status.profile}: ${stateText(status, healthOf(status, model.now), model)}`;
}

function stateText(
  status: SessionStatus,
  health: SessionHealth,
  { now, formatTime }: Pick<TrayMenuModel, 'now' | 'formatTime'>,
): string {
  const endsAt = sessionEndsAt(status);
  switch (status.state) {
    case 'signed-out':
      return 'signed out';
    case 'expired':
      return 'session ended';
    case 'error':
      return isLive(status, now) ? 'refresh failing' : 'session ended';
    case 'refreshing':
      return 'refreshing…';
    default:
      if (endsAt === undefined || endsAt <= now) return 'session ended';
      return health === 'ending'
        ? `session ends at ${formatTime(endsAt)}`
        : `signed in until ${formatTime(endsAt)}`;
  }
}

function profileItems(status: SessionStatus, model: TrayMenuModel): TrayMenuItem[] {
  const { profile } = status;
  const live = isLive(status, model.now);
  const details: TrayMenuItem[] =
    live && status.accessExpiresAt !== undefined
      ? [
          {
            label: `Access token until ${model.formatTime(status.accessExpiresAt)}`,
            enabled: false,
          },
        ]
      : [];

  return [
    ...details,
    {
      label: 'Copy access token',
      enabled: live,
      action: { kind: 'copy', profile, format: 'token' },
    },
    {
      label: 'Copy Authorization header',
      enabled: live,
      action: { kind: 'copy', profile, format: 'header' },
    },
    { label: 'Refresh now', enabled: live, action: { kind: 'refresh', profile } },
    { label: 'Sign in…', action: { kind: 'sign-in', profile } },
  ];
}

/** Every action in a menu, depth first: for tests and for routing checks. */
export function actionsOf(items: readonly TrayMenuItem[]): TrayAction[] {
  return items.flatMap((item) => [
    ...(item.action === undefined ? [] : [item.action]),
    ...actionsOf(item.submenu ?? []),
  ]);
}
