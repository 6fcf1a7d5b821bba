import { useState } from 'react';
import { wallboard } from '../../bridge/wallboard';
import type { IpcError } from '../../bridge/types';
import { describeFailure } from '../../errors/error-messages';
import {
  cancelBrowserSignIn,
  startBrowserSignIn,
  useBrowserSignIn,
} from '../../hooks/browser-sign-in';
import { useConfirmation } from '../../hooks/use-confirmation';
import { Notice } from '../common/Notice';

interface BrowserSignInProps {
  profile: string;
  host: string;
}

/** One primary action, then a waiting state with Cancel and the link to copy by hand. */
export function BrowserSignIn({ profile, host }: BrowserSignInProps) {
  const state = useBrowserSignIn(profile);
  const [confirmation, confirm] = useConfirmation();
  const [linkError, setLinkError] = useState<IpcError>();

  const copyLink = async () => {
    const result = await wallboard().copySignInLink({ profile });
    if (result.ok) confirm('Copied sign-in link');
    setLinkError(result.ok ? undefined : result.error);
  };

  if (state.phase === 'waiting') {
    return (
      <div className="sign-in">
        <p className="waiting" role="status">
          <span className="spinner" aria-hidden="true" />
          Waiting for the browser… Finish signing in to {host} there.
        </p>
        <div className="button-row">
          <button
            type="button"
            className="button"
            onClick={() => void cancelBrowserSignIn(profile)}
          >
            Cancel
          </button>
          <button
            type="button"
            className="button"
            disabled={state.authorizationUrl === undefined}
            onClick={() => void copyLink()}
          >
            <span aria-live="polite">{confirmation ?? 'Copy sign-in link'}</span>
          </button>
        </div>
        <p className="quiet">
          No browser window? Copy the sign-in link and open it in your browser.
        </p>
        {linkError !== undefined && <Notice tone="error">{describeFailure(linkError)}</Notice>}
      </div>
    );
  }

  return (
    <div className="sign-in">
      <p>Sign in to {host} in your browser; Wallboard sends you back here.</p>
      <div className="button-row">
        <button
          type="button"
          className="button primary"
          data-autofocus
          onClick={() => void startBrowserSignIn(profile)}
        >
          Sign in with browser
        </button>
      </div>
      {state.error !== undefined && <Notice tone="error">{describeFailure(state.error)}</Notice>}
    </div>
  );
}
