import { describe, expect, it } from 'vitest';
import {
  formatAgo,
  formatClockTime,
  formatExpiry,
  formatFullTime,
  formatTimeLeft,
  formatTimeLeftShort,
  fractionLeft,
} from '../../../renderer/format/time';

const utc = { locale: 'en-GB', timeZone: 'UTC' };
const s = 1000;
const min = 60 * s;
const h = 60 * min;
const day = 24 * h;
// Tuesday 10 March 2026, 14:02:00 UTC
const now = Date.UTC(2026, 2, 10, 14, 2, 0);

describe('formatTimeLeft', () => {
  it('counts seconds under a minute, rounding up', () => {
    expect(formatTimeLeft(42 * s)).toBe('42 s');
    expect(formatTimeLeft(41_001)).toBe('42 s');
    expect(formatTimeLeft(1)).toBe('1 s');
  });

  it('shows zero for a moment that has passed', () => {
    expect(formatTimeLeft(0)).toBe('0 s');
    expect(formatTimeLeft(-5 * s)).toBe('0 s');
  });

  it('counts minutes and seconds under an hour', () => {
    expect(formatTimeLeft(24 * min + 13 * s)).toBe('24:13');
    expect(formatTimeLeft(59_500)).toBe('1:00');
    expect(formatTimeLeft(59 * min + 59 * s)).toBe('59:59');
  });

  it('counts hours and minutes under two days', () => {
    expect(formatTimeLeft(3 * h + 12 * min)).toBe('3 h 12 min');
    expect(formatTimeLeft(5 * h)).toBe('5 h');
    expect(formatTimeLeft(47 * h + 59 * min)).toBe('47 h 59 min');
  });

  it('counts days from two days on', () => {
    expect(formatTimeLeft(29 * day + 4 * h)).toBe('29 days');
    expect(formatTimeLeft(2 * day)).toBe('2 days');
  });
});

describe('formatTimeLeftShort', () => {
  it('uses one unit for each range', () => {
    expect(formatTimeLeftShort(42 * s)).toBe('42s');
    expect(formatTimeLeftShort(28 * min + 59 * s)).toBe('28m');
    expect(formatTimeLeftShort(5 * h + 30 * min)).toBe('5h');
    expect(formatTimeLeftShort(29 * day)).toBe('29d');
    expect(formatTimeLeftShort(-1)).toBe('0s');
  });
});

describe('formatAgo', () => {
  it('says just now for the last few seconds', () => {
    expect(formatAgo(0)).toBe('just now');
    expect(formatAgo(4 * s)).toBe('just now');
  });

  it('names the largest whole unit', () => {
    expect(formatAgo(42 * s)).toBe('42 s ago');
    expect(formatAgo(3 * min + 59 * s)).toBe('3 min ago');
    expect(formatAgo(5 * h)).toBe('5 h ago');
    expect(formatAgo(12 * day)).toBe('12 days ago');
  });
});

describe('formatClockTime', () => {
  it('shows only the clock for a time today', () => {
    expect(formatClockTime(now + 30 * min, now, utc)).toBe('14:32');
  });

  it('adds the weekday within a week', () => {
    expect(formatClockTime(now + day, now, utc)).toBe('Wed 14:02');
  });

  it('adds the date beyond a week', () => {
    expect(formatClockTime(now + 29 * day, now, utc)).toBe('8 Apr, 14:02');
  });

  it('decides what today is in the given time zone', () => {
    const lateEvening = Date.UTC(2026, 2, 10, 23, 0, 0);
    expect(formatClockTime(lateEvening, now, utc)).toBe('23:00');
    expect(formatClockTime(lateEvening, now, { ...utc, timeZone: 'Europe/Berlin' })).toBe(
      'Wed 00:00',
    );
  });
});

describe('formatFullTime', () => {
  it('gives the date and the time to the second', () => {
    expect(formatFullTime(now + 5 * s, utc)).toMatch(/^Tuesday,? 10 March 2026( at|,) 14:02:05$/);
  });
});

describe('formatExpiry', () => {
  const phrases = { future: 'expires in', past: 'expired' };

  it('joins the time left and the clock time', () => {
    expect(formatExpiry(now + 24 * min + 13 * s, now, phrases, utc)).toBe(
      'expires in 24:13 (14:26)',
    );
  });

  it('says how long ago a past moment was', () => {
    expect(formatExpiry(now - 3 * min, now, phrases, utc)).toBe('expired 3 min ago (13:59)');
  });
});

describe('fractionLeft', () => {
  it('is the share of the lifetime still ahead', () => {
    expect(fractionLeft(0, 100, 25)).toBe(0.75);
  });

  it('stays between 0 and 1', () => {
    expect(fractionLeft(0, 100, -10)).toBe(1);
    expect(fractionLeft(0, 100, 150)).toBe(0);
  });

  it('treats an empty lifetime as full until its end', () => {
    expect(fractionLeft(100, 100, 50)).toBe(1);
    expect(fractionLeft(100, 100, 100)).toBe(0);
  });
});
