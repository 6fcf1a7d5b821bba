/**
 * In-memory authorization codes, grants and tokens. A grant is one sign-in: every access and
 * refresh token issued from it dies with it, which is how revocation and reuse detection work.
 */
import { randomUUID } from 'node:crypto';

/** One sign-in of one user through one client; `kmsi` sticks to it across refreshes. */
export interface Grant {
  readonly id: string;
  readonly email: string;
  readonly clientId: string;
  readonly kmsi: boolean;
  revoked: boolean;
}

export interface AccessRecord {
  readonly token: string;
  readonly jti: string;
  readonly grant: Grant;
  readonly expiresAt: number;
}

export interface RefreshRecord {
  readonly token: string;
  readonly grant: Grant;
  readonly expiresAt: number;
  /** The token's whole lifetime, answered as `refresh_total_validity_seconds`. */
  readonly lifetimeSeconds: number;
  /** `rotated`: replaced by a newer token; presenting it again is reuse (RFC 9700 §4.14.2). */
  state: 'active' | 'rotated';
}

/** An authorization code and the request it answers (RFC 6749 §4.1.2, RFC 7636 §4.4). */
export interface CodeRecord {
  readonly code: string;
  readonly clientId: string;
  readonly email: string;
  readonly redirectUri: string;
  /** Whether the authorization request named the redirect URI (RFC 6749 §4.1.3). */
  readonly redirectUriSent: boolean;
  /** S256 challenge, absent when a confidential client skipped PKCE. */
  readonly codeChallenge: string | undefined;
  readonly expiresAt: number;
  used: boolean;
  /** The grant created by the first exchange, revoked if the code comes back (§4.1.2). */
  grant: Grant | undefined;
}

export type NewCode = Omit<CodeRecord, 'code' | 'expiresAt' | 'used' | 'grant'>;

const pruneEvery = 1000;

/** Live codes, grants and tokens of one dev server, with expiry judged by the server's clock. */
export class GrantStore {
  private readonly codes = new Map<string, CodeRecord>();
  private readonly grants = new Map<string, Grant>();
  private readonly access = new Map<string, AccessRecord>();
  private readonly accessByJti = new Map<string, AccessRecord>();
  private readonly refresh = new Map<string, RefreshRecord>();
  private issuedSincePrune = 0;

  constructor(private readonly clock: () => number) {}

  issueCode(request: NewCode, lifetimeSeconds: number): CodeRecord {
    const record: CodeRecord = {
      ...request,
      code: randomUUID(),
      expiresAt: this.clock() + lifetimeSeconds * 1000,
      used: false,
      grant: undefined,
    };
    this.codes.set(record.code, record);
    this.counted();
    return record;
  }

  findCode(code: string): CodeRecord | undefined {
    return this.codes.get(code);
  }

  createGrant(email: string, clientId: string, kmsi: boolean): Grant {
    const grant: Grant = { id: randomUUID(), email, clientId, kmsi, revoked: false };
    this.grants.set(grant.id, grant);
    return grant;
  }

  issueAccess(grant: Grant, lifetimeSeconds: number): AccessRecord {
    const record: AccessRecord = {
      token: randomUUID(),
      jti: randomUUID(),
      grant,
      expiresAt: this.clock() + lifetimeSeconds * 1000,
    };
    this.access.set(record.token, record);
    this.accessByJti.set(record.jti, record);
    this.counted();
    return record;
  }

  issueRefresh(grant: Grant, lifetimeSeconds: number): RefreshRecord {
    const record: RefreshRecord = {
      token: randomUUID(),
      grant,
      expiresAt: this.clock() + lifetimeSeconds * 1000,
      lifetimeSeconds,
      state: 'active',
    };
    this.refresh.set(record.token, record);
    this.counted();
    return record;
  }

  /** An access token that is unexpired and whose grant stands, by opaque value or JWT `jti`. */
  liveAccess(by: { token: string } | { jti: string }): AccessRecord | undefined {
    const record = 'token' in by ? this.access.get(by.token) : this.accessByJti.get(by.jti);
    if (record === undefined || record.grant.revoked) return undefined;
    return this.isExpired(record.expiresAt) ? undefined : record;
  }

  findRefresh(token: string): RefreshRecord | undefined {
    return this.refresh.get(token);
  }

  isExpired(expiresAt: number): boolean {
    return this.clock() >= expiresAt;
  }

  /** Ends every grant of a user and burns their unused codes, like an admin revoking sessions. */
  revokeUser(email: string): void {
    const wanted = email.toLowerCase();
    for (const grant of this.grants.values()) {
      if (grant.email.toLowerCase() === wanted) grant.revoked = true;
    }
    for (const code of this.codes.values()) {
      if (code.email.toLowerCase() === wanted) code.used = true;
    }
  }

  /** Forgets expired records now and then, so long benchmarks keep a flat memory profile. */
  private counted(): void {
    this.issuedSincePrune += 1;
    if (this.issuedSincePrune < pruneEvery) return;
    this.issuedSincePrune = 0;
    const maps: Map<string, { expiresAt: number }>[] = [
      this.codes,
      this.access,
      this.accessByJti,
      this.refresh,
    ];
    for (const map of maps) {
      for (const [key, record] of map) if (this.isExpired(record.expiresAt)) map.delete(key);
    }
  }
}
