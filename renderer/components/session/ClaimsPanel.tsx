import { claimRows, isTimeClaim } from '../../format/claims';
import { formatClockTime } from '../../format/time';

interface ClaimsPanelProps {
  claims: Record<string, unknown>;
  now: number;
}

/** A one-line summary of the JWT's claims that opens into the full table. */
export function ClaimsPanel({ claims, now }: ClaimsPanelProps) {
  const rows = claimRows(claims, now);
  const exp = typeof claims['exp'] === 'number' ? claims['exp'] * 1000 : undefined;
  const names = rows.map((row) => row.name).filter((name) => !isTimeClaim(name));
  const summary = [
    ...names.slice(0, 3),
    ...(exp === undefined ? [] : [`exp ${formatClockTime(exp, now)}`]),
  ].join(', ');
  const more = names.length > 3 ? ' …' : '';

  return (
    <details className="disclosure">
      <summary>
        JWT claims{' '}
        <span className="summary-hint">
          ({summary}
          {more})
        </span>
      </summary>
      <p className="disclosure-note">Decoded from the token as the server sent it; not verified.</p>
      <table className="claims">
        <tbody>
          {rows.map((row) => (
            <tr key={row.name}>
              <th scope="row" className="mono">
                {row.name}
              </th>
              <td className="mono">{row.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
