import type { ReactNode } from 'react';

interface NoticeProps {
  tone: 'info' | 'warning' | 'error';
  children: ReactNode;
  /** A button or two for what to do about it. */
  actions?: ReactNode;
}

/**
 * One line of news: errors are announced at once (role alert), the rest politely.
 * The icon repeats the tone in shape, so colour is never the only signal.
 */
export function Notice({ tone, children, actions }: NoticeProps) {
  return (
    <div className={`notice notice-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <span className="notice-icon" aria-hidden="true">
        {tone === 'error' ? '!' : tone === 'warning' ? '▲' : 'i'}
      </span>
      <span className="notice-text">{children}</span>
      {actions !== undefined && <span className="notice-actions">{actions}</span>}
    </div>
  );
}
