/**
 * Clock times for the tray and notifications in the user's locale: "14:32" today, with the
 * date on other days ("3 Mar, 14:32"). Separate from the pure functions, which take it as input.
 */
import type { TimeFormatter } from './tray-appearance';

const time = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const dateTime = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
});

/** A formatter relative to `now()`'s day. */
export function localTimeFormatter(now: () => number): TimeFormatter {
  return (at) => {
    const sameDay = new Date(at).toDateString() === new Date(now()).toDateString();
    return (sameDay ? time : dateTime).format(at);
  };
}
