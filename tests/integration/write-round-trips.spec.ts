import request from 'supertest';
import type { Logger, QueryRunner } from 'typeorm';
import { signIn } from '../support/auth';
import { startTestApp, type TestApp } from '../support/test-app';
import { testDialects } from '../support/test-databases';
import { insertClaim, insertNarrative } from '../factories/claims-db';

type Headers = { Authorization: string };

/**
 * How many statements an analyst's edit sends in its transaction. Under a team's load each statement of a write
 * waits its turn for the cores, with a pooled connection and the claim's lock held (docs/benchmarks.md, issue 18),
 * so a write that reads the same claim twice is measurably slower for everyone. The bounds are today's counts,
 * START TRANSACTION and COMMIT included: a change that adds a round trip to these paths has to raise them here.
 */
describe.each(testDialects())('statements per write on %s', (dialect) => {
  let testApp: TestApp;
  let analyst: Headers;
  /** Each query runner's statements, in order, while recording. */
  let statements = new Map<QueryRunner | undefined, string[]>();
  let restoreLogger: () => void;

  beforeAll(async () => {
    testApp = await startTestApp(dialect);
    analyst = await signIn(testApp, 'analyst');
    const original = testApp.dataSource.logger;
    const counting: Logger = {
      ...original,
      logQuery: (query, parameters, runner) => {
        const sent = statements.get(runner);
        if (sent) sent.push(query);
        else statements.set(runner, [query]);
        original.logQuery(query, parameters, runner);
      },
    };
    Object.assign(testApp.dataSource, { logger: counting });
    restoreLogger = () => Object.assign(testApp.dataSource, { logger: original });
  });

  afterAll(async () => {
    restoreLogger?.();
    await testApp?.close();
  });

  /** The statements of the one transaction `write` ran, from START TRANSACTION (or BEGIN) to COMMIT. */
  const transactionOf = async (write: () => Promise<unknown>): Promise<string[]> => {
    statements = new Map();
    await write();
    const transactions = [...statements.values()].flatMap((sent) => {
      const start = sent.findIndex((sql) => /^(START TRANSACTION|BEGIN)/i.test(sql));
      const end = sent.findIndex((sql) => /^COMMIT/i.test(sql));
      return start >= 0 && end > start ? [sent.slice(start, end + 1)] : [];
    });
    expect(transactions).toHaveLength(1);
    return transactions[0];
  };

  const versionOf = async (id: number): Promise<number> =>
    (await request(testApp.server).get(`/api/claims/${id}`).set(analyst).expect(200)).body.version;
  const patch = async (id: number, body: object) =>
    request(testApp.server)
      .patch(`/api/claims/${id}`)
      .set(analyst)
      .send({ ...body, version: await versionOf(id) })
      .expect(200);

  it('a note: the claim locked and read once, written, audited; nothing counted is read', async () => {
    const id = await insertClaim(testApp.dataSource, { camp: 'LNA' });
    const sent = await transactionOf(() => patch(id, { note: 'checked against the UN statement' }));
    // START, the claim (locking read), UPDATE, audit, COMMIT.
    expect(sent.length).toBeLessThanOrEqual(5);
    expect(sent.filter((sql) => /FROM claims c WHERE/.test(sql))).toHaveLength(1);
  });

  it("a narrative: the claim and its tags read once, as the form's comparison and the rollups' baseline", async () => {
    const id = await insertClaim(testApp.dataSource, { camp: 'GNA' });
    const [first, second] = [await insertNarrative(testApp.dataSource), await insertNarrative(testApp.dataSource)];
    const tagged = await transactionOf(() => patch(id, { narratives: [first] }));
    // START, claim + tags (the baseline), the narratives' conflicts, UPDATE, DELETE + INSERT tags, claim + tags
    // (after), one upsert per rollup the change moves, audit, COMMIT. A first tag moves the "tagged" counts of the
    // four rollups that keep them besides the four narrative rollups.
    expect(tagged.length).toBeLessThanOrEqual(19);
    const retagged = await transactionOf(() => patch(id, { narratives: [second] }));
    expect(retagged.length).toBeLessThanOrEqual(15);
    for (const sent of [tagged, retagged])
      expect(sent.filter((sql) => /FROM claim_narratives WHERE/.test(sql))).toHaveLength(2);
  });

  it('a link: both claims locked and read once, the regrade reading only their links', async () => {
    const [from, to] = [
      await insertClaim(testApp.dataSource, { camp: 'LNA' }),
      await insertClaim(testApp.dataSource, { camp: 'GNA', status: 'single-source' }),
    ];
    const sent = await transactionOf(() =>
      request(testApp.server)
        .post('/api/claim-links')
        .set(analyst)
        .send({ fromId: from, toId: to, relation: 'same-event' })
        .expect(201),
    );
    // START, the two claims' grading states (locking read), the duplicate check, INSERT link, audit (both claims),
    // their links, COMMIT.
    expect(sent.length).toBeLessThanOrEqual(7);
  });
});
