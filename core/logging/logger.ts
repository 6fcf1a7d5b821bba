/**
 * The core's one logger: levels, redaction before anything is written, and small sinks
 * (stderr lines for the CLI, an array for tests). The Electron shell adds its own sink.
 */
import type { Clock, Logger } from '../ports';
import { systemClock } from '../ports';
import { redact, redactText } from './redact';

export { redact, redactText, describeError, isSecretKey } from './redact';

/** Severity, lowest first; `silent` writes nothing. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

const severity: Record<LogLevel | 'silent', number> = {
  debug: 10,
  info: 20,
  warn: 30,
  error: 40,
  silent: 100,
};

/** One log entry, already redacted. */
export interface LogRecord {
  level: LogLevel;
  /** Epoch milliseconds. */
  time: number;
  message: string;
  fields?: Record<string, unknown>;
}

/** Where records go. Receives only redacted records. */
export interface LogSink {
  write(record: LogRecord): void;
}

/** Level, sink and clock of a logger; all optional. */
export interface LoggerOptions {
  /** The lowest level written (default `info`). */
  level?: LogLevel | 'silent';
  /** Where records go (default: stderr lines). */
  sink?: LogSink;
  clock?: Clock;
}

/** A Logger that drops records below `level` and redacts the rest before the sink sees them. */
export function createLogger(options: LoggerOptions = {}): Logger {
  const threshold = severity[options.level ?? 'info'];
  const sink = options.sink ?? stderrSink;
  const clock = options.clock ?? systemClock;

  const log = (level: LogLevel, message: string, fields?: Record<string, unknown>): void => {
    if (severity[level] < threshold) return;
    const record: LogRecord = { level, time: clock.now(), message: redactText(message) };
    if (fields !== undefined) record.fields = redact(fields) as Record<string, unknown>;
    sink.write(record);
  };

  return {
    debug: (message, fields) => log('debug', message, fields),
    info: (message, fields) => log('info', message, fields),
    warn: (message, fields) => log('warn', message, fields),
    error: (message, fields) => log('error', message, fields),
  };
}

/** A Logger that writes nothing, for hosts and tests that do not care. */
export const silentLogger: Logger = createLogger({ level: 'silent', sink: { write: () => {} } });

/** One line per record: `wallboard-token warn: message key=value ...`. */
export function formatLogLine(record: LogRecord, prefix = 'wallboard-token'): string {
  const fields = Object.entries(record.fields ?? {})
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}=${formatValue(value)}`);
  return [`${prefix} ${record.level}:`, record.message, ...fields].join(' ');
}

function formatValue(value: unknown): string {
  if (typeof value === 'string') return /^[^\s"=]+$/.test(value) ? value : JSON.stringify(value);
  return JSON.stringify(value) ?? String(value);
}

/** A sink writing one line per record to a stream. */
export function createStreamSink(stream: NodeJS.WritableStream, prefix?: string): LogSink {
  return { write: (record) => void stream.write(`${formatLogLine(record, prefix)}\n`) };
}

/** The CLI's sink: lines on stderr, so stdout stays clean for tokens piped to other tools. */
export const stderrSink: LogSink = {
  write: (record) => void process.stderr.write(`${formatLogLine(record)}\n`),
};

/** A sink that keeps records in memory, for tests and for the app's recent-log view. */
export class ArraySink implements LogSink {
  readonly records: LogRecord[] = [];

  write(record: LogRecord): void {
    this.records.push(record);
  }

  /** The messages written at `level`, in order. */
  messages(level?: LogLevel): string[] {
    return this.records
      .filter((r) => level === undefined || r.level === level)
      .map((r) => r.message);
  }
}
