/**
 * What the hosts may know of a session without touching a token: for `status`, the
 * sidebar, the tray and notifications.
 */

export type SessionState =
  'signed-out' | 'signed-in' | 'expiring' | 'refreshing' | 'expired' | 'error';

export interface SessionStatus {
  profile: string;
  state: SessionState;
  method?: 'browser' | 'service-account';
  /** The service account's e-mail or the JWT's subject, when known. */
  subject?: string;
  customerId?: number;
  readOnly?: boolean;
  obtainedAt?: number;
  accessExpiresAt?: number;
  refreshIssuedAt?: number;
  refreshExpiresAt?: number;
  /** When the app's scheduler will refresh next (epoch ms), if it will. */
  nextRefreshAt?: number;
  /** The last failure's code and message, when the last refresh or sign-in failed. */
  lastError?: { code: string; message: string; at: number };
}
