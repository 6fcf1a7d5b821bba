/**
 * The app's logger: the core's logger (levels, redaction of every message and field) with
 * electron-log as its sink, so what reaches the log file has already lost its secrets.
 */
import log from 'electron-log/main';
import path from 'node:path';
import { createLogger, formatLogLine, type LogLevel } from '../../core/logging/logger';
import type { Logger } from '../../core/ports';

export interface AppLogger {
  logger: Logger;
  /** The log file, for "Open log file". */
  filePath: string;
}

/** A redacting logger writing to `<logDir>/main.log` (and the console in development). */
export function createAppLogger(options: {
  logDir: string;
  level: LogLevel;
  console: boolean;
}): AppLogger {
  const file = log.transports.file;
  file.resolvePathFn = () => path.join(options.logDir, 'main.log');
  file.level = 'debug';
  file.maxSize = 2 * 1024 * 1024;
  log.transports.console.level = options.console ? 'debug' : false;
  // Only the main process logs; nothing is relayed to or from renderers.
  log.transports.ipc.level = false;

  const logger = createLogger({
    level: options.level,
    sink: { write: (record) => log[record.level](formatLogLine(record, 'wallboard')) },
  });
  return { logger, filePath: file.getFile().path };
}
