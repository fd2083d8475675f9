import { Inject, Injectable } from '@nestjs/common';
import { DataSource, LessThan } from 'typeorm';
import { CLOCK, type Clock } from '../config/clock.js';
import { bumpDataVersion } from '../rollups/data-version.js';
import { DataChangeRelay } from '../shared-state/data-change-relay.js';
import { RevokedSessionEntity } from './revoked-session.entity.js';

/** Expired rows are deleted every this many revocations: the table stays the size of the live logouts. */
const PRUNE_EVERY = 100;

/**
 * Sessions ended by logout before their token expired, in the database: every API instance refuses them, also
 * after a restart (SessionsRepository reads them with the session's user). A row lives until the token would have
 * expired anyway.
 */
@Injectable()
export class SessionRevocations {
  private revocationsSincePrune = 0;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly now: Clock,
    private readonly relay: DataChangeRelay,
  ) {}

  async revoke(sid: string, expiresAt: number): Promise<void> {
    // An upsert: logging out twice from the same session is not an error.
    await this.repository().upsert({ sid, expiresAt: new Date(expiresAt) }, ['sid']);
    // After the row is written: a session check that started before it is not remembered (SessionsRepository).
    bumpDataVersion(this.dataSource, { domains: ['sessions'] });
    await this.relay.announceNow(['sessions']);
    if (++this.revocationsSincePrune >= PRUNE_EVERY) {
      this.revocationsSincePrune = 0;
      await this.repository().delete({ expiresAt: LessThan(new Date(this.now())) });
    }
  }

  private repository() {
    return this.dataSource.getRepository(RevokedSessionEntity);
  }
}
