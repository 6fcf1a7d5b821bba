import type { Warning, WarningAction } from './warnings';

interface WarningLinesProps {
  warnings: Warning[];
  onAction: (action: WarningAction) => void;
}

/** Each warning as a single line above the content, with its one action. */
export function WarningLines({ warnings, onAction }: WarningLinesProps) {
  if (warnings.length === 0) return null;
  return (
    <div className="warnings">
      {warnings.map((warning) => (
        <p key={warning.id} className="warning-line" data-warning={warning.id} title={warning.text}>
          <span className="warning-icon" aria-hidden="true">
            ▲
          </span>
          <span className="warning-text">{warning.text}</span>
          {warning.action !== undefined && (
            <button
              type="button"
              className="link-button"
              onClick={() => onAction(warning.action!.kind)}
            >
              {warning.action.label}
            </button>
          )}
        </p>
      ))}
    </div>
  );
}
