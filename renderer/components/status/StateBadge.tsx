import { StateIcon } from './StateIcon';
import { statePresentation, type ShownState } from './state-presentation';

/** The state as icon and word, for the page header. */
export function StateBadge({ state }: { state: ShownState }) {
  const { label, tone } = statePresentation[state];
  return (
    <span className={`state-badge tone-${tone}`}>
      <StateIcon state={state} />
      <span aria-hidden="true">{label}</span>
    </span>
  );
}
