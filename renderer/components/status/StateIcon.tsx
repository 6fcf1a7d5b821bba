import { statePresentation, type ShownState } from './state-presentation';

interface StateIconProps {
  state: ShownState;
}

/** The state's shape in its colour; the label is for screen readers and the tooltip. */
export function StateIcon({ state }: StateIconProps) {
  const { label, tone, shape } = statePresentation[state];
  return (
    <svg
      className={`state-icon tone-${tone} shape-${shape}`}
      viewBox="0 0 12 12"
      width="12"
      height="12"
      role="img"
      aria-label={label}
    >
      <title>{label}</title>
      {shape === 'disc' && <circle cx="6" cy="6" r="5" className="fill" />}
      {shape === 'ring' && <circle cx="6" cy="6" r="4.25" className="stroke" />}
      {shape === 'struck' && (
        <>
          <circle cx="6" cy="6" r="4.25" className="stroke" />
          <path d="M3 9 L9 3" className="stroke" />
        </>
      )}
      {shape === 'half' && (
        <>
          <circle cx="6" cy="6" r="4.25" className="stroke" />
          <path d="M6 1.75 A4.25 4.25 0 0 1 6 10.25 Z" className="fill" />
        </>
      )}
      {shape === 'spinner' && <path d="M6 1.75 A4.25 4.25 0 1 1 1.75 6" className="stroke" />}
      {shape === 'triangle' && (
        <>
          <path d="M6 1 L11.5 11 H0.5 Z" className="fill" />
          <path d="M6 4.5 V7.5 M6 9 V9.4" className="mark" />
        </>
      )}
    </svg>
  );
}
