/**
 * The contract's types the renderer uses, in one place. Types only: the contract's schemas
 * run in the main process, and this file stays free of `window` so Node tests can import it.
 */
export type {
  CopyFormat,
  DesktopSettings,
  EnvironmentInfo,
  IpcError,
  IpcErrorCode,
  LoginProgress,
  Profile,
  ProfileEntry,
  ProfileInput,
  Result,
  SessionStatus,
  SessionView,
} from '../../electron/ipc/contract';
