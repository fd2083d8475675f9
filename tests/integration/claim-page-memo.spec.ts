import request from 'supertest';
import { signIn } from '../support/auth';
import { startTestApp, type TestApp } from '../support/test-app';
import { testDialects } from '../support/test-databases';
import { insertClaim, insertNarrative, insertSource } from '../factories/claims-db';

type Headers = { Authorization: string };
type ClaimPage = {
  version: number;
  status: string;
  source: { nameEn: string } | null;
  narratives: { id: number }[];
  links: { otherClaim: { id: number; camp: string; source: { nameEn: string } | null } }[];
  grading: { contestedBy: unknown[] };
};

/**
 * A claim page is remembered between requests (claims/claim-page-memo.ts): every write that changes what it shows
 * must show at once, whether it changes the claim, its tags, its links, the claim at a link's other end or a name.
 * Each case reads the page first, so the change has a remembered page to make stale.
 */
describe.each(testDialects())('claim pages remembered on %s', (dialect) => {
  let testApp: TestApp;
  let analyst: Headers;

  const page = async (id: number): Promise<ClaimPage> =>
    (await request(testApp.server).get(`/api/claims/${id}`).set(analyst).expect(200)).body;
  const patch = async (id: number, body: object) =>
    request(testApp.server)
      .patch(`/api/claims/${id}`)
      .set(analyst)
      .send({ ...body, version: (await page(id)).version })
      .expect(200);
  const link = async (fromId: number, toId: number, relation: string): Promise<number> =>
    (await request(testApp.server).post('/api/claim-links').set(analyst).send({ fromId, toId, relation }).expect(201))
      .body.id;

  beforeAll(async () => {
    testApp = await startTestApp(dialect);
    analyst = await signIn(testApp, 'analyst');
  });

  afterAll(async () => {
    await testApp?.close();
  });

  it("shows a tag, a link made and removed, and the other claim's new source name and camp", async () => {
    const source = await insertSource(testApp.dataSource, 'GNA', 'Volcano of Rage spokesman');
    const lna = await insertClaim(testApp.dataSource, { camp: 'LNA' });
    const gna = await insertClaim(testApp.dataSource, { camp: 'GNA', sourceId: source, status: 'single-source' });
    const narrative = await insertNarrative(testApp.dataSource);

    const before = await page(lna);
    expect(before.links).toEqual([]);
    await patch(lna, { narratives: [narrative] });
    const tagged = await page(lna);
    expect(tagged.narratives.map((n) => n.id)).toEqual([narrative]);
    expect(tagged.version).toBe(before.version + 1);

    // A link: both pages show it, and each claim's grading.
    await page(gna);
    const linkId = await link(gna, lna, 'contradicts');
    const linked = await page(lna);
    expect(linked.status).toBe('contested');
    expect(linked.links.map((l) => [l.otherClaim.id, l.otherClaim.camp])).toEqual([[gna, 'GNA']]);
    expect(linked.grading.contestedBy).toHaveLength(1);
    expect((await page(gna)).links.map((l) => l.otherClaim.id)).toEqual([lna]);

    // The other claim's source renamed: both pages show the new name.
    await request(testApp.server)
      .patch(`/api/sources/${source}`)
      .set(analyst)
      .send({ nameEn: 'Burkan al-Ghadab spokesman' })
      .expect(200);
    expect((await page(lna)).links[0].otherClaim.source?.nameEn).toBe('Burkan al-Ghadab spokesman');
    expect((await page(gna)).source?.nameEn).toBe('Burkan al-Ghadab spokesman');

    // A claim at the other end of a link that grades nothing ('same-event') moves to another camp: no status changes
    // anywhere, and the first claim's page still shows the new camp and source.
    const lnaSource = await insertSource(testApp.dataSource, 'LNA', 'Karama operation media office');
    const witness = await insertClaim(testApp.dataSource, { camp: 'GNA', sourceId: source });
    await link(witness, lna, 'same-event');
    const withWitness = await page(lna);
    await patch(witness, { sourceId: lnaSource });
    const moved = (await page(lna)).links.find((l) => l.otherClaim.id === witness);
    expect(moved?.otherClaim).toMatchObject({ camp: 'LNA', source: { nameEn: 'Karama operation media office' } });
    expect((await page(lna)).status).toBe(withWitness.status);

    await request(testApp.server).delete(`/api/claim-links/${linkId}`).set(analyst).expect(204);
    const unlinked = await page(lna);
    expect(unlinked.links.map((l) => l.otherClaim.id)).toEqual([witness]);
    expect(unlinked.status).not.toBe('contested');
  });
});
