/**
 * Times as people read them: relative and absolute together ("expires in 24:13 (14:32)"),
 * seconds once under a minute. Pure functions; the locale and time zone are parameters so
 * tests and screenshots are stable.
 */

export interface TimeFormatOptions {
  /** BCP 47 locale; the system's when absent. */
  locale?: string;
  /** IANA time zone; the system's when absent. */
  timeZone?: string;
}

const second = 1000;
const minute = 60 * second;
const hour = 60 * minute;
const day = 24 * hour;

const twoDigits = (n: number) => String(n).padStart(2, '0');

/** Time left, exact near the end: "42 s", "24:13", "3 h 12 min", "29 days". */
export function formatTimeLeft(ms: number): string {
  // Rounded up, so a countdown shows "1 s" until the moment itself and never "0 s" early.
  const seconds = Math.ceil(Math.max(0, ms) / second);
  if (seconds < 60) return `${seconds} s`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)}:${twoDigits(seconds % 60)}`;
  if (seconds < (2 * day) / second) {
    const minutes = Math.floor(seconds / 60);
    const rest = minutes % 60;
    return rest === 0 ? `${minutes / 60} h` : `${Math.floor(minutes / 60)} h ${rest} min`;
  }
  return `${Math.floor((seconds * second) / day)} days`;
}

/** Time left in three or four characters, for the sidebar: "42s", "28m", "5h", "29d". */
export function formatTimeLeftShort(ms: number): string {
  const seconds = Math.ceil(Math.max(0, ms) / second);
  if (seconds < 60) return `${seconds}s`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)}m`;
  if (seconds < (2 * day) / second) return `${Math.floor(seconds / 3600)}h`;
  return `${Math.floor((seconds * second) / day)}d`;
}

/** Time gone by: "just now", "42 s ago", "3 min ago", "5 h ago", "12 days ago". */
export function formatAgo(ms: number): string {
  const gone = Math.max(0, ms);
  if (gone < 5 * second) return 'just now';
  if (gone < minute) return `${Math.floor(gone / second)} s ago`;
  if (gone < hour) return `${Math.floor(gone / minute)} min ago`;
  if (gone < 2 * day) return `${Math.floor(gone / hour)} h ago`;
  return `${Math.floor(gone / day)} days ago`;
}

function calendarDay(at: number, options: TimeFormatOptions): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: options.timeZone }).format(at);
}

/** Clock time, with the day when it is not today: "14:32", "Tue 14:32", "12 Mar 14:32". */
export function formatClockTime(at: number, now: number, options: TimeFormatOptions = {}): string {
  const { locale, timeZone } = options;
  const clock = { hour: '2-digit', minute: '2-digit', timeZone } as const;
  if (calendarDay(at, options) === calendarDay(now, options)) {
    return new Intl.DateTimeFormat(locale, clock).format(at);
  }
  const withinAWeek = Math.abs(at - now) < 6 * day;
  const date = withinAWeek
    ? ({ weekday: 'short' } as const)
    : ({ day: 'numeric', month: 'short' } as const);
  return new Intl.DateTimeFormat(locale, { ...date, ...clock }).format(at);
}

/** Date and time to the second, for tooltips: "Tuesday, 12 March 2026 at 14:32:05". */
export function formatFullTime(at: number, options: TimeFormatOptions = {}): string {
  return new Intl.DateTimeFormat(options.locale, {
    dateStyle: 'full',
    timeStyle: 'medium',
    timeZone: options.timeZone,
  }).format(at);
}

export interface ExpiryPhrases {
  /** Before the moment, e.g. "expires in". */
  future: string;
  /** After it, e.g. "expired". */
  past: string;
}

/** "expires in 24:13 (14:32)" before the moment, "expired 3 min ago (14:32)" after it. */
export function formatExpiry(
  at: number,
  now: number,
  phrases: ExpiryPhrases,
  options: TimeFormatOptions = {},
): string {
  const clock = formatClockTime(at, now, options);
  return at > now
    ? `${phrases.future} ${formatTimeLeft(at - now)} (${clock})`
    : `${phrases.past} ${formatAgo(now - at)} (${clock})`;
}

/** How much of a lifetime is left, from 0 to 1, for progress bars. */
export function fractionLeft(start: number, end: number, now: number): number {
  if (end <= start) return now < end ? 1 : 0;
  return Math.min(1, Math.max(0, (end - now) / (end - start)));
}
