/**
 * The tray icon: its image and tooltip follow the worst session, its menu is rebuilt from the
 * pure buildTrayMenu whenever what it shows changes, and each item's action goes to `run`.
 * Glue over Electron's Tray and Menu; the decisions are in tray-appearance and tray-menu.
 */
import { Menu, nativeImage, Tray, type MenuItemConstructorOptions } from 'electron';
import type { Clock, Logger } from '../../core/ports';
import type { SessionStatus } from '../../core/session/session-status';
import { trayAppearance, type TimeFormatter, type TrayVariant } from './tray-appearance';
import { trayIconPath } from './tray-icons';
import { buildTrayMenu, type TrayAction, type TrayMenuItem } from './tray-menu';

export interface AppTrayDeps {
  /** The folder of main.cjs, where the icons were copied. */
  mainDir: string;
  clock: Clock;
  formatTime: TimeFormatter;
  startAtLogin(): Promise<{ available: boolean; enabled: boolean }>;
  run(action: TrayAction): Promise<void>;
  openWindow(): void;
  logger: Logger;
}

export interface AppTray {
  /** Shows these statuses: icon, tooltip and menu. */
  update(statuses: SessionStatus[]): Promise<void>;
  destroy(): void;
}

/** Creates the tray icon; call once the app is ready. */
export function createAppTray(deps: AppTrayDeps): AppTray {
  const image = (variant: TrayVariant) =>
    nativeImage.createFromPath(trayIconPath(variant, process.platform, deps.mainDir));
  const tray = new Tray(image('fine'));
  tray.setToolTip('Wallboard Token');
  // Windows opens the menu on a left click too, so a token is one click away everywhere.
  if (process.platform === 'win32') tray.on('click', () => tray.popUpContextMenu());
  tray.on('double-click', deps.openWindow);

  let variant: TrayVariant | undefined;
  let menuKey: string | undefined;
  let last: SessionStatus[] = [];

  const update = async (statuses: SessionStatus[]): Promise<void> => {
    last = statuses;
    const now = deps.clock.now();
    const look = trayAppearance(statuses, now, deps.formatTime);
    if (look.variant !== variant) {
      tray.setImage(image(look.variant));
      variant = look.variant;
    }
    tray.setToolTip(look.tooltip);

    const template = buildTrayMenu({
      statuses,
      now,
      formatTime: deps.formatTime,
      startAtLogin: await deps.startAtLogin(),
    });
    // Rebuilding an open menu closes it on some desktops: only rebuild when it changed.
    const key = JSON.stringify(template);
    if (key === menuKey || tray.isDestroyed()) return;
    menuKey = key;
    tray.setContextMenu(Menu.buildFromTemplate(toElectron(template)));
  };

  const click = (action: TrayAction) => () => {
    deps
      .run(action)
      .catch((error: unknown) => {
        deps.logger.error('a tray action failed', { action: action.kind, error });
      })
      // Electron flips a checkbox on click whatever happens next: rebuild from the real state.
      .then(() => {
        menuKey = undefined;
        return update(last);
      })
      .catch(() => undefined);
  };

  const toElectron = (items: TrayMenuItem[]): MenuItemConstructorOptions[] =>
    items.map(({ action, submenu, ...item }) => ({
      ...item,
      ...(submenu === undefined ? {} : { submenu: toElectron(submenu) }),
      ...(action === undefined ? {} : { click: click(action) }),
    }));

  return { update, destroy: () => tray.destroy() };
}
