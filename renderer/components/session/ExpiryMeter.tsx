import { formatExpiry, formatFullTime, fractionLeft, type ExpiryPhrases } from '../../format/time';

interface ExpiryMeterProps {
  label: string;
  startsAt: number;
  endsAt: number;
  now: number;
  phrases: ExpiryPhrases;
}

/** A lifetime as a bar and as words: "expires in 24:13 (14:32)"; the exact time on hover. */
export function ExpiryMeter({ label, startsAt, endsAt, now, phrases }: ExpiryMeterProps) {
  const left = fractionLeft(startsAt, endsAt, now);
  const tone = endsAt <= now ? 'over' : left < 0.1 ? 'low' : 'ok';
  const exact = formatFullTime(endsAt);
  const text = formatExpiry(endsAt, now, phrases);

  return (
    <div className={`meter meter-${tone}`}>
      <span className="meter-label">{label}</span>
      <progress
        max={1000}
        value={Math.round(left * 1000)}
        aria-label={`${label}: ${text}`}
        title={exact}
      />
      <span className="meter-text" title={exact}>
        <time dateTime={new Date(endsAt).toISOString()}>{text}</time>
      </span>
    </div>
  );
}
