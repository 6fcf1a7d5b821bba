import type { ProfileEntry } from '../../bridge/types';
import { BrowserSignIn } from './BrowserSignIn';
import { ServiceAccountSignIn } from './ServiceAccountSignIn';

/** The profile's way of signing in: the browser, or the service-account form. */
export function SignInPanel({ entry }: { entry: ProfileEntry }) {
  const { profile } = entry;
  if (profile.method === 'service-account') return <ServiceAccountSignIn entry={entry} />;
  const host = URL.parse(profile.serverUrl)?.host ?? profile.serverUrl;
  return <BrowserSignIn profile={profile.name} host={host} />;
}
