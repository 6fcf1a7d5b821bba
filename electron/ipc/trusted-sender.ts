/**
 * Which IPC senders main answers: only our window's own web contents, from its main frame,
 * showing the app's page. Pure, so the refusal of foreign senders is tested in plain Node.
 */
import { isAppUrl } from '../window/navigation-guard';

/** What main knows about a message's sender, taken from the IpcMainInvokeEvent. */
export interface SenderInfo {
  /** `event.sender.id`: the web contents that sent it. */
  webContentsId: number;
  /** `event.senderFrame?.url`; undefined when the frame is gone. */
  frameUrl: string | undefined;
  /** True when `event.senderFrame` is the top frame (`frame.parent === null`). */
  isMainFrame: boolean;
}

/** Our window: its web contents id and the URL it loaded (file:// or the dev server). */
export interface TrustedWindow {
  webContentsId: number;
  appUrl: string;
}

/** True only for our window's main frame showing the app's own page. */
export function isTrustedSender(sender: SenderInfo, trusted: TrustedWindow | undefined): boolean {
  if (trusted === undefined) return false;
  if (sender.webContentsId !== trusted.webContentsId) return false;
  if (!sender.isMainFrame || sender.frameUrl === undefined) return false;
  return isAppUrl(sender.frameUrl, trusted.appUrl);
}
