import { useId, useState } from 'react';
import { wallboard } from '../../bridge/wallboard';
import type { CopyFormat, IpcError } from '../../bridge/types';
import { CopyMenuButton } from './CopyMenuButton';

interface TokenFieldProps {
  profile: string;
  /** The masked preview main sent; a new one means the token changed. */
  preview: string;
  hasJwt: boolean;
  onError: (error: IpcError) => void;
  onCopied: () => void;
}

interface Revealed {
  token: string;
  /** The preview it was revealed for: a refreshed token hides the old one. */
  forPreview: string;
}

/** The access token, masked until the user asks to see it, with Reveal and Copy. */
export function TokenField({ profile, preview, hasJwt, onError, onCopied }: TokenFieldProps) {
  const [revealed, setRevealed] = useState<Revealed>();
  const shown = revealed?.forPreview === preview ? revealed.token : undefined;
  const labelId = useId();

  const reveal = async () => {
    if (shown !== undefined) return setRevealed(undefined);
    const result = await wallboard().revealToken({ profile, kind: 'access' });
    if (result.ok) setRevealed({ token: result.value.token, forPreview: preview });
    else onError(result.error);
  };

  const copy = async (format: CopyFormat) => {
    const result = await wallboard().copy({ profile, format });
    if (!result.ok) onError(result.error);
    else onCopied();
    return result.ok;
  };

  return (
    <div className="token-field">
      <span className="section-label" id={labelId}>
        Access token
      </span>
      <div className="token-row">
        <output
          className={`token-value mono${shown === undefined ? ' masked' : ''}`}
          aria-labelledby={labelId}
        >
          {shown ?? preview}
        </output>
        <button
          type="button"
          className="button"
          aria-pressed={shown !== undefined}
          onClick={() => void reveal()}
        >
          {shown === undefined ? 'Reveal' : 'Hide'}
        </button>
        <CopyMenuButton onCopy={copy} hasJwt={hasJwt} />
      </div>
    </div>
  );
}
