import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('revoked_sessions')
export class RevokedSessionEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  sid: string;

  @Column({ name: 'expires_at', type: 'datetime' })
  expiresAt: Date;
}
