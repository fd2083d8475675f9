import request from 'supertest';
import { ContestedRepository } from '../../apps/api/src/analytics/contested.repository';
import { insertClaims, type ClaimRow } from '../factories/claims-table';
import { signIn } from '../support/auth';
import { startTestApp, type TestApp } from '../support/test-app';
import { testDialects } from '../support/test-databases';

const PLACE = 'test-yarmouk-camp';
const placeNames = { [PLACE]: { nameAr: 'معسكر اليرموك', nameEn: 'Yarmouk camp' } };
const DAY = '2019-10-07';
const lna = (text: string): ClaimRow => ({ camp: 'LNA', day: DAY, places: [PLACE], source: 'LNA Media', text });
const gna = (text: string): ClaimRow => ({
  camp: 'GNA',
  day: DAY,
  places: [PLACE],
  source: 'GNA Volcano',
  text,
  article: 'Volcano of Anger statement',
  outlet: 'Libya Observer',
  url: 'https://example.org/volcano',
});

/** One LNA claim against many GNA claims about one camp on one day: the case where one claim filled the list. */
const CLAIMS: ClaimRow[] = [
  lna('قالت القيادة العامة إن قواتها سيطرت على معسكر اليرموك'),
  gna('وقالت عملية بركان الغضب إن قواتها صدت الهجوم على معسكر اليرموك'),
  gna('نفت عملية بركان الغضب ما تردد عن سقوط المعسكر'),
  gna('A Volcano of Anger spokesman denied that the camp had fallen'),
  gna('The GNA accused the LNA of shelling homes near the camp'),
  gna('GNA officials said talks with the municipality continue'),
  { camp: 'UN', day: DAY, places: [PLACE], source: 'UNSMIL', text: 'UNSMIL said it was following events closely' },
];

type Quote = { claim: 'a' | 'b'; text: string };
type Pair = {
  a: { id: number; camp: string; articleId: number };
  b: { id: number; camp: string; articleId: number };
  score: number;
  evidence: { rule: string; weight: number; quotes: Quote[] }[];
  campOpposition: number;
  linked: boolean;
};
const key = (pair: Pair) => [pair.a.id, pair.b.id].sort((x, y) => x - y).join(':');

describe.each(testDialects())('contested pairs on %s', (dialect) => {
  let testApp: TestApp;
  let viewer: { Authorization: string };
  let analyst: { Authorization: string };
  let ids: number[];
  const contested = async () =>
    (await request(testApp.server).get('/api/analytics/contested').set(viewer).expect(200)).body as {
      pairs: Pair[];
      articles: { id: number; title: string | null; outlet: string | null; url: string | null }[];
      withoutEvidence: number;
      dismissed: number;
      perClaimCap: number;
    };

  beforeAll(async () => {
    testApp = await startTestApp(dialect);
    viewer = await signIn(testApp, 'viewer');
    analyst = await signIn(testApp, 'analyst');
    ids = await insertClaims(
      testApp.dataSource,
      CLAIMS.map((row) => ({ ...row, placeNames })),
    );
  });

  afterAll(async () => {
    await testApp?.close();
  });

  it('offers only pairs with opposition evidence, and says why', async () => {
    const body = await contested();
    expect(body.pairs.length).toBeGreaterThan(0);
    for (const pair of body.pairs) {
      expect(pair.score).toBeGreaterThan(0);
      expect(pair.evidence.length).toBeGreaterThan(0);
    }
    // "talks continue" and "following events" oppose nothing.
    const offered = new Set(body.pairs.flatMap((pair) => [pair.a.id, pair.b.id]));
    expect(offered.has(ids[5])).toBe(false);
    expect(body.withoutEvidence).toBeGreaterThan(0);
    const first = body.pairs.find((pair) => key(pair) === `${ids[0]}:${ids[1]}`);
    expect(first).toMatchObject({
      a: { id: ids[0], camp: 'LNA' },
      b: { id: ids[1], camp: 'GNA' },
      score: 3,
      campOpposition: 0,
      evidence: [
        {
          rule: 'opposite-outcome/took-control-vs-repelled',
          weight: 3,
          quotes: [
            { claim: 'a', text: 'سيطرت' },
            { claim: 'b', text: 'صدت' },
          ],
        },
      ],
    });
  });

  it('ranks the belligerents against each other first and caps how often one claim appears', async () => {
    const body = await contested();
    expect(body.perClaimCap).toBe(2);
    const ranks = body.pairs.map((pair) => pair.campOpposition);
    expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
    expect(ranks[0]).toBe(0);
    const appearances = new Map<number, number>();
    for (const pair of body.pairs)
      for (const id of [pair.a.id, pair.b.id]) appearances.set(id, (appearances.get(id) ?? 0) + 1);
    expect(Math.max(...appearances.values())).toBeLessThanOrEqual(2);
    // The LNA claim opposes four GNA claims but is offered twice, against the strongest evidence.
    const withLna = body.pairs.filter((pair) => pair.a.id === ids[0]);
    expect(withLna).toHaveLength(2);
    expect(withLna.map((pair) => pair.score)).toEqual([3, 3]);
  });

  it('names the outlet and article of each claim', async () => {
    const body = await contested();
    const gnaArticle = body.articles.find((article) => article.id === body.pairs[0].b.articleId);
    expect(gnaArticle).toMatchObject({
      title: 'Volcano of Anger statement',
      outlet: 'Libya Observer',
      url: 'https://example.org/volcano',
    });
  });

  it('remembers a dismissal: the pair is not offered again until the dismissal is undone', async () => {
    const before = await contested();
    const target = before.pairs[0];
    const { body: dismissal } = await request(testApp.server)
      .post('/api/analytics/contested/dismissals')
      .set(analyst)
      .send({ aId: target.b.id, bId: target.a.id })
      .expect(201);
    expect(dismissal).toMatchObject({ a: { id: Math.min(target.a.id, target.b.id) }, dismissedBy: expect.any(String) });

    const after = await contested();
    expect(after.pairs.map(key)).not.toContain(key(target));
    expect(after.dismissed).toBe(1);
    const listed = (await request(testApp.server).get('/api/analytics/contested/dismissals').set(viewer).expect(200))
      .body;
    expect(listed.items.map((item: { id: number }) => item.id)).toEqual([dismissal.id]);

    await request(testApp.server)
      .post('/api/analytics/contested/dismissals')
      .set(analyst)
      .send({ aId: target.a.id, bId: target.b.id })
      .expect(409);
    await request(testApp.server)
      .delete(`/api/analytics/contested/dismissals/${dismissal.id}`)
      .set(analyst)
      .expect(204);
    expect((await contested()).pairs.map(key)).toContain(key(target));
  });

  it('keeps its candidates across a link, which changes only the marks, and reads them again once a claim changes', async () => {
    const candidateReads = jest.spyOn(ContestedRepository.prototype, 'candidates');
    try {
      await contested();
      const readsBefore = candidateReads.mock.calls.length;
      // The UN claim and the GNA talks claim share the place and day but carry no opposition evidence: not offered.
      const [un, talks] = [ids[6], ids[5]];
      expect((await contested()).pairs.map(key)).not.toContain(`${Math.min(un, talks)}:${Math.max(un, talks)}`);
      const { body: link } = await request(testApp.server)
        .post('/api/claim-links')
        .set(analyst)
        .send({ fromId: un, toId: talks, relation: 'same-event' })
        .expect(201);
      try {
        // A linked pair is listed whatever its evidence: shown at once, from the candidates already read.
        const linked = (await contested()).pairs.find(
          (pair) => key(pair) === `${Math.min(un, talks)}:${Math.max(un, talks)}`,
        );
        expect(linked).toMatchObject({ linked: true });
        expect(candidateReads.mock.calls.length).toBe(readsBefore);

        // A counted change of a claim (its type) may change the candidates: they are read again.
        const { body: claim } = await request(testApp.server).get(`/api/claims/${talks}`).set(viewer).expect(200);
        await request(testApp.server)
          .patch(`/api/claims/${talks}`)
          .set(analyst)
          .send({ version: claim.version, claimType: 'denial' })
          .expect(200);
        expect((await contested()).pairs.map(key)).toContain(`${Math.min(un, talks)}:${Math.max(un, talks)}`);
        expect(candidateReads.mock.calls.length).toBe(readsBefore + 1);
      } finally {
        await request(testApp.server).delete(`/api/claim-links/${link.id}`).set(analyst).expect(204);
      }
    } finally {
      candidateReads.mockRestore();
    }
  });

  it('refuses bad dismissals with clear answers', async () => {
    const post = (body: object, auth = analyst) =>
      request(testApp.server).post('/api/analytics/contested/dismissals').set(auth).send(body);
    const same = await post({ aId: ids[0], bId: ids[0] }).expect(400);
    expect(same.body.errors).toEqual([{ field: 'bId', messages: [expect.stringContaining('itself')] }]);
    const missing = await post({ aId: ids[0] }).expect(400);
    expect(missing.body.errors.map((e: { field: string }) => e.field)).toEqual(['bId']);
    await post({ aId: ids[0], bId: 99_999_999 }).expect(404);
    await post({ aId: ids[0], bId: ids[1] }, viewer).expect(403);
    await request(testApp.server).delete('/api/analytics/contested/dismissals/99999999').set(analyst).expect(404);
  });
});
