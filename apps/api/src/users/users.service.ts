import {
  BadRequestException,
  ConflictException,
  Inject,
  Injectable,
  NotFoundException,
  Optional,
} from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { runInTransaction } from '../database/transactions.js';
import { bumpDataVersion } from '../rollups/data-version.js';
import { isUniqueViolation } from '../database/unique-violation.js';
import { passwordProblem, type UserRole } from '@claimline/contracts';
import { AuditService } from '../audit/audit.service.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import type { AuthUser } from '../auth/auth-user.js';
import { toUserAuditState, toUserDto, type UserDto } from './dto/user.dto.js';
import { hashPassword, normalizeEmail } from './passwords.js';
import type { UserEntity } from './user.entity.js';
import { DataChangeRelay } from '../shared-state/data-change-relay.js';
import { UsersRepository } from './users.repository.js';

export type NewUserInput = { email: string; role: UserRole; password: string };
export type UserChanges = { role?: UserRole; active?: boolean; password?: string };

/** Who made a change: a signed-in admin, or the system (bootstrap, command line) when null. */
export type Actor = AuthUser | null;

@Injectable()
export class UsersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    /** Absent on the command line, which tells running servers itself (user-create.cli.ts). */
    @Optional() private readonly relay?: DataChangeRelay,
  ) {}

  async list(): Promise<UserDto[]> {
    return (await this.users.findAll()).map(toUserDto);
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.users.findByEmail(normalizeEmail(email));
  }

  findById(id: number): Promise<UserEntity | null> {
    return this.users.findById(id);
  }

  count(): Promise<number> {
    return this.users.count();
  }

  async create(input: NewUserInput, actor: Actor, action = 'create'): Promise<UserDto> {
    assertPasswordPolicy(input.password);
    const email = normalizeEmail(input.email);
    const passwordHash = await hashPassword(input.password, this.config.bcryptRounds);
    try {
      const user = await runInTransaction(this.dataSource, async (manager) => {
        if (await this.users.findByEmail(email, manager)) throw duplicateEmail();
        const now = new Date();
        const created = await this.users.insert(
          { email, passwordHash, role: input.role, active: true, createdAt: now, updatedAt: now },
          manager,
        );
        await this.audit.record(
          { user: actor, entity: 'user', entityId: created.id, action, after: toUserAuditState(created) },
          manager,
        );
        return created;
      });
      return toUserDto(user);
    } catch (error) {
      // Two concurrent creates can both pass the lookup; the unique index settles it.
      if (isUniqueViolation(error)) throw duplicateEmail();
      throw error;
    }
  }

  async update(id: number, changes: UserChanges, actor: Actor): Promise<UserDto> {
    if (changes.password !== undefined) assertPasswordPolicy(changes.password);
    if (actor && actor.id === id) {
      // An admin locking themself out could leave the installation without any admin.
      if (changes.active === false) throw new ConflictException('You cannot deactivate your own account');
      if (changes.role !== undefined && changes.role !== 'admin' && actor.role === 'admin') {
        throw new ConflictException('You cannot remove your own admin role');
      }
    }
    const passwordHash =
      changes.password === undefined ? undefined : await hashPassword(changes.password, this.config.bcryptRounds);
    const updated = await runInTransaction(this.dataSource, async (manager) => {
      // Locked before the user is read, so that read (and the count) sees any admin change that committed meanwhile.
      const removesAdmin = changes.active === false || (changes.role !== undefined && changes.role !== 'admin');
      const activeAdminIds = removesAdmin ? await this.users.lockActiveAdminIds(manager) : [];
      const user = await this.users.findById(id, manager);
      if (!user) throw new NotFoundException(`User ${id} not found`);
      if (removesAdmin && activeAdminIds.length === 1 && activeAdminIds[0] === user.id) {
        throw new ConflictException(
          'The last active admin cannot be demoted or deactivated: make another user an admin first',
        );
      }
      return this.applyChanges(user, changes, passwordHash, actor, manager);
    });
    // Committed: the processes sharing Redis drop the sessions they remember before this answers.
    await this.relay?.announceNow(['sessions']);
    return toUserDto(updated);
  }

  /** For the command line: create the user, or set the role (and the password, when given) of an existing one. */
  async upsert(
    input: { email: string; role: UserRole; password?: string },
    actor: Actor,
  ): Promise<{ user: UserDto; created: boolean }> {
    const existing = await this.findByEmail(input.email);
    if (!existing) {
      if (input.password === undefined) throw new BadRequestException('A password is needed to create a user');
      return {
        user: await this.create({ email: input.email, role: input.role, password: input.password }, actor),
        created: true,
      };
    }
    const changes: UserChanges = { role: input.role, active: true };
    if (input.password !== undefined) changes.password = input.password;
    return { user: await this.update(existing.id, changes, actor), created: false };
  }

  private async applyChanges(
    user: UserEntity,
    changes: UserChanges,
    passwordHash: string | undefined,
    actor: Actor,
    manager: EntityManager,
  ): Promise<UserEntity> {
    const before = toUserAuditState(user);
    const next: UserEntity = {
      ...user,
      role: changes.role ?? user.role,
      active: changes.active ?? Boolean(user.active),
      passwordHash: passwordHash ?? user.passwordHash,
    };
    const after = toUserAuditState(next);
    const passwordChanged = passwordHash !== undefined;
    if (!passwordChanged && JSON.stringify(before) === JSON.stringify(after)) return user;
    next.updatedAt = new Date();
    // Remembered sessions are read again once this commits (auth/sessions.repository.ts).
    bumpDataVersion(this.dataSource, { domains: ['sessions'], manager });
    await this.users.update(
      user.id,
      { role: next.role, active: next.active, passwordHash: next.passwordHash, updatedAt: next.updatedAt },
      manager,
    );
    await this.audit.record(
      {
        user: actor,
        entity: 'user',
        entityId: user.id,
        action: 'update',
        before,
        // Record that the password changed, never what it became.
        after: passwordChanged ? { ...after, passwordChanged: true } : after,
      },
      manager,
    );
    return next;
  }
}

function assertPasswordPolicy(password: string): void {
  const problem = passwordProblem(password);
  if (problem) {
    throw new BadRequestException({
      message: 'Validation failed',
      errors: [{ field: 'password', messages: [problem] }],
    });
  }
}

function duplicateEmail(): ConflictException {
  return new ConflictException('A user with this email already exists');
}
