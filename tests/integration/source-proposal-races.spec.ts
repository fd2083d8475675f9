import request from 'supertest';
import type { QueryRunner } from 'typeorm';
import { SourcesService } from '../../apps/api/src/sources/sources.service';
import { signIn } from '../support/auth';
import { heldTransactions } from '../support/held-transactions';
import { startTestApp, type TestApp } from '../support/test-app';
import { testDialects } from '../support/test-databases';

const CONFLICT = 'libya-2019';

/**
 * The same new mention proposed by two transactions at once: an overlapped import batch and a single article, or
 * two worker processes. Neither sees the other's proposal in time to join it; the proposal key decides, and the
 * second takes the first's proposal instead of making another.
 */
describe.each(testDialects())('source proposals made by two transactions at once on %s', (dialect) => {
  let testApp: TestApp;
  let sources: SourcesService;
  const held = heldTransactions(() => testApp.dataSource);
  const transaction = () => held.begin();

  beforeAll(async () => {
    testApp = await startTestApp(dialect);
    sources = testApp.app.get(SourcesService);
  });

  afterEach(() => held.releaseAll());

  afterAll(async () => {
    await testApp?.close();
  });

  const propose = (mention: string, runner: QueryRunner) =>
    sources
      .resolveMentions(CONFLICT, [{ mention, camp: 'GNA', kind: 'spokesperson' }], null, runner.manager)
      .then((resolved) => [...resolved.values()][0]);

  /** Sources holding the mention as an alias, and their 'propose' audit events. */
  async function stored(mention: string): Promise<{ sources: number[]; proposeEvents: number }> {
    const rows: { id: number }[] = await testApp.dataSource.query(
      'SELECT DISTINCT source_id AS id FROM source_aliases WHERE alias = ? ORDER BY source_id',
      [mention],
    );
    const ids = rows.map((row) => Number(row.id));
    if (!ids.length) return { sources: [], proposeEvents: 0 };
    const [{ n }] = await testApp.dataSource.query(
      `SELECT COUNT(*) AS n FROM audit_events WHERE entity = 'source' AND action = 'propose'
          AND entity_id IN (${ids.map(() => '?').join(', ')})`,
      ids.map(String),
    );
    return { sources: ids, proposeEvents: Number(n) };
  }

  it('gives the second transaction the first one’s proposal once it commits', async () => {
    const mention = 'المتحدث باسم غرفة عمليات سرت الجفرة';
    const first = await transaction();
    const proposed = await propose(mention, first);
    if (dialect === 'sqlite') {
      // One transaction at a time: the second finds the first's proposal by its alias and never inserts.
      await first.commitTransaction();
      expect((await propose(mention, await transaction())).id).toBe(proposed.id);
    } else {
      const second = await transaction();
      const joined = propose(mention, second);
      await held.waitsForALock(second);
      await first.commitTransaction();
      expect(await joined).toMatchObject({ id: proposed.id, status: 'proposed', camp: 'GNA' });
      await second.commitTransaction();
    }
    expect(await stored(mention)).toEqual({ sources: [proposed.id], proposeEvents: 1 });
  });

  it('proposes the mention anew when the first transaction rolls back', async () => {
    const mention = 'الناطق باسم قوة حماية طرابلس';
    const first = await transaction();
    await propose(mention, first);
    let proposal: Awaited<ReturnType<typeof propose>>;
    if (dialect === 'sqlite') {
      // One transaction at a time: the rolled-back proposal is gone before the second looks.
      await first.rollbackTransaction();
      const second = await transaction();
      proposal = await propose(mention, second);
      await second.commitTransaction();
    } else {
      const second = await transaction();
      const own = propose(mention, second);
      await held.waitsForALock(second);
      await first.rollbackTransaction();
      proposal = await own;
      await second.commitTransaction();
    }
    expect(await stored(mention)).toEqual({ sources: [proposal.id], proposeEvents: 1 });
  });

  it('proposes a mention again after an analyst took it off the proposal that held it', async () => {
    const mention = 'آمر محور عين زارة';
    const first = await transaction();
    const proposed = await propose(mention, first);
    await first.commitTransaction();
    const admin = await signIn(testApp, 'admin');
    await request(testApp.server)
      .patch(`/api/sources/${proposed.id}`)
      .set(admin)
      .send({ nameAr: 'آمر محور', aliases: [] })
      .expect(200);
    const [{ key }] = await testApp.dataSource.query('SELECT proposal_key AS `key` FROM sources WHERE id = ?', [
      proposed.id,
    ]);
    expect(key).toBeNull();
    const again = await propose(mention, await transaction());
    expect(again.id).not.toBe(proposed.id);
  });
});
