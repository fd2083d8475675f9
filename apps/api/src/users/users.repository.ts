import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { UserEntity } from './user.entity.js';

export type NewUser = Omit<UserEntity, 'id'>;

@Injectable()
export class UsersRepository {
  constructor(private readonly dataSource: DataSource) {}

  private repo(manager: EntityManager = this.dataSource.manager) {
    return manager.getRepository(UserEntity);
  }

  /** Primary-key lookup: the auth guard runs this on every request. */
  findById(id: number, manager?: EntityManager): Promise<UserEntity | null> {
    return this.repo(manager).findOne({ where: { id } });
  }

  findByEmail(email: string, manager?: EntityManager): Promise<UserEntity | null> {
    return this.repo(manager).findOne({ where: { email } });
  }

  findAll(): Promise<UserEntity[]> {
    return this.repo().find({ order: { email: 'ASC' } });
  }

  count(): Promise<number> {
    return this.repo().count();
  }

  async insert(user: NewUser, manager?: EntityManager): Promise<UserEntity> {
    const result = await this.repo(manager).insert(user);
    const id = Number(result.identifiers[0].id);
    return { ...user, id };
  }

  /**
   * The ids of the active admins. On MariaDB their rows stay locked until the transaction ends, so two transactions
   * that each remove an admin run one after the other and the second sees the first's change; SQLite runs one
   * transaction at a time already.
   */
  async lockActiveAdminIds(manager: EntityManager): Promise<number[]> {
    const query = this.repo(manager)
      .createQueryBuilder('u')
      .select('u.id', 'id')
      .where('u.role = :role AND u.active = :active', { role: 'admin', active: true })
      .orderBy('u.id', 'ASC');
    if (manager.connection.options.type !== 'better-sqlite3') query.setLock('pessimistic_write');
    const rows = await query.getRawMany<{ id: number }>();
    return rows.map((row) => Number(row.id));
  }

  async update(id: number, changes: Partial<NewUser>, manager?: EntityManager): Promise<void> {
    await this.repo(manager).update({ id }, changes);
  }
}
