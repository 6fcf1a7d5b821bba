import type { ProfileEntry } from '../../bridge/types';
import { BrowserSignIn } from './BrowserSignIn';
import { ServiceAccountSignIn } from './ServiceAccountSignIn';

interface SignInPanelProps {
  entry: ProfileEntry;
  /** Called once a sign-in from this panel worked. */
  onSignedIn?: () => void;
}

/** The profile's way of signing in: the browser, or the service-account form. */
export function SignInPanel({ entry, onSignedIn }: SignInPanelProps) {
  const { profile } = entry;
  if (profile.method === 'service-account') {
    return <ServiceAccountSignIn entry={entry} onSignedIn={onSignedIn} />;
  }
  const host = URL.parse(profile.serverUrl)?.host ?? profile.serverUrl;
  return <BrowserSignIn profile={profile.name} host={host} />;
}
