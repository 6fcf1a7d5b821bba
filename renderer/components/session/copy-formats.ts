import type { CopyFormat } from '../../bridge/types';

export interface CopyFormatInfo {
  format: CopyFormat;
  /** The menu item's name. */
  label: string;
  /** What the clipboard receives, with the token elided. */
  example: string;
  /** The confirmation shown in place: "Copied header". */
  copied: string;
}

/** The five ways to copy the token, in menu order. */
export const copyFormats: readonly CopyFormatInfo[] = [
  { format: 'token', label: 'Token', example: 'the access token alone', copied: 'Copied token' },
  {
    format: 'header',
    label: 'Header',
    example: 'Authorization: Bearer …',
    copied: 'Copied header',
  },
  { format: 'curl', label: 'curl', example: 'curl -H … SERVER/api/me', copied: 'Copied curl' },
  { format: 'jwt', label: 'JWT', example: 'the token as a JWT', copied: 'Copied JWT' },
  { format: 'env', label: 'env', example: 'export WALLBOARD_TOKEN=…', copied: 'Copied env line' },
];
