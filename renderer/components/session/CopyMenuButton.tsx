import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { CopyFormat } from '../../bridge/types';
import { useConfirmation } from '../../hooks/use-confirmation';
import { copyFormats } from './copy-formats';

interface CopyMenuButtonProps {
  /** Copies in main; resolves true when the clipboard got it. */
  onCopy: (format: CopyFormat) => Promise<boolean>;
  hasJwt: boolean;
}

/**
 * A split button: the main half copies in the last format used, the arrow opens the menu of
 * formats. The confirmation replaces the label for a moment; the token itself is never shown.
 */
export function CopyMenuButton({ onCopy, hasJwt }: CopyMenuButtonProps) {
  const [format, setFormat] = useState<CopyFormat>('token');
  const [open, setOpen] = useState(false);
  const [confirmation, confirm] = useConfirmation();
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const current = copyFormats.find((info) => info.format === format) ?? copyFormats[0]!;
  const available = copyFormats.filter((info) => info.format !== 'jwt' || hasJwt);

  useEffect(() => {
    if (!open) return;
    root.current?.querySelector<HTMLElement>('[role=menuitem]')?.focus();
    const closeOutside = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);

  const copy = async (next: CopyFormat) => {
    // Leaving the menu returns focus to its button, as menus do.
    if (open) toggle.current?.focus();
    setOpen(false);
    setFormat(next);
    const info = copyFormats.find((candidate) => candidate.format === next);
    if (info !== undefined && (await onCopy(next))) confirm(info.copied);
  };

  const onMenuKey = (event: KeyboardEvent<HTMLUListElement>) => {
    const items = [...(root.current?.querySelectorAll<HTMLElement>('[role=menuitem]') ?? [])];
    const index = items.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => items.at(to % items.length)?.focus();
    if (event.key === 'ArrowDown') move(index + 1);
    else if (event.key === 'ArrowUp') move(index - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(-1);
    else if (event.key === 'Escape') {
      setOpen(false);
      toggle.current?.focus();
    } else if (event.key === 'Tab') setOpen(false);
    else return;
    if (event.key !== 'Tab') event.preventDefault();
  };

  return (
    <div className="split-button" ref={root}>
      <button
        type="button"
        className="button primary split-main"
        data-autofocus
        onClick={() => void copy(format)}
      >
        <span aria-live="polite">
          {confirmation ?? `Copy ${current.label === 'Token' ? 'token' : current.label}`}
        </span>
      </button>
      <button
        type="button"
        ref={toggle}
        className="button primary split-toggle"
        aria-label="Copy as…"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen((was) => !was)}
      >
        <svg viewBox="0 0 10 10" width="10" height="10" aria-hidden="true">
          <path d="M2 3.5 L5 6.5 L8 3.5" />
        </svg>
      </button>
      {open && (
        <ul className="menu" role="menu" aria-label="Copy as" onKeyDown={onMenuKey}>
          {available.map((info) => (
            <li key={info.format} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                className="menu-item"
                onClick={() => void copy(info.format)}
              >
                <span className="menu-item-label">{info.label}</span>
                <span className="menu-item-hint">{info.example}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
