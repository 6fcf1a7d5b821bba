import { useConfirmation } from '../../hooks/use-confirmation';

interface CopyTextButtonProps {
  /** Text that is no secret, such as a redirect URI. Tokens are copied by main instead. */
  text: string;
  label?: string;
}

/** Copies a piece of plain text and says "Copied" in place for a moment. */
export function CopyTextButton({ text, label = 'Copy' }: CopyTextButtonProps) {
  const [confirmation, confirm] = useConfirmation();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      confirm('Copied');
    } catch {
      confirm('Copy failed');
    }
  };
  return (
    <button type="button" className="button small" onClick={() => void copy()}>
      <span aria-live="polite">{confirmation ?? label}</span>
    </button>
  );
}
