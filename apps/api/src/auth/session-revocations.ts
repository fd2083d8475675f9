import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, type Clock } from '../config/clock.js';

/**
 * Sessions ended by logout before their token expired. Kept until the token would have expired anyway;
 * in memory, so a restart forgets them (outside production the secret changes on restart too).
 */
@Injectable()
export class SessionRevocations {
  private readonly revoked = new Map<string, number>();

  constructor(@Inject(CLOCK) private readonly now: Clock) {}

  revoke(sid: string, expiresAt: number): void {
    this.revoked.set(sid, expiresAt);
    if (this.revoked.size > 1000) this.prune();
  }

  isRevoked(sid: string): boolean {
    return this.revoked.has(sid);
  }

  private prune(): void {
    const now = this.now();
    for (const [sid, exp] of this.revoked) if (exp <= now) this.revoked.delete(sid);
  }
}
