/**
 * The second step of a 2FA sign-in on the login page: after a correct password the page asks
 * for the TOTP code and carries a ticket instead of the password, so nobody re-types it.
 */
import { randomUUID } from 'node:crypto';

const lifetimeMs = 5 * 60 * 1000;
const maxAttempts = 5;

interface Ticket {
  readonly email: string;
  /** The authorization request the ticket was issued for; another request cannot use it. */
  readonly binding: string;
  readonly expiresAt: number;
  attempts: number;
}

/** Short-lived proofs that a user already gave the right password for one authorization request. */
export class LoginTickets {
  private readonly tickets = new Map<string, Ticket>();

  constructor(private readonly clock: () => number) {}

  issue(email: string, binding: string): string {
    const id = randomUUID();
    this.tickets.set(id, { email, binding, expiresAt: this.clock() + lifetimeMs, attempts: 0 });
    return id;
  }

  /** Counts one TOTP attempt; true while the ticket is valid for this e-mail and request. */
  attempt(id: string, email: string, binding: string): boolean {
    const ticket = this.tickets.get(id);
    if (ticket === undefined) return false;
    ticket.attempts += 1;
    const valid =
      ticket.email.toLowerCase() === email.trim().toLowerCase() &&
      ticket.binding === binding &&
      this.clock() < ticket.expiresAt &&
      ticket.attempts <= maxAttempts;
    if (!valid) this.tickets.delete(id);
    return valid;
  }

  /** Ends a ticket once its sign-in succeeded. */
  finish(id: string): void {
    this.tickets.delete(id);
  }
}
