import request from 'supertest';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '../../apps/api/src/database/data-source';
import { parseDatabaseUrl } from '../../apps/api/src/database/database-url';
import { MIGRATIONS } from '../../apps/api/src/database/migrations';
import { signIn } from '../support/auth';
import { undoMigrationsThrough } from '../support/migrations';
import { startTestApp, type TestApp } from '../support/test-app';
import { createTestDatabase, testDialects } from '../support/test-databases';

/** A short report written for this test (not a published article): the army, the RSF and a UN envoy on El Fasher. */
const SUDAN_REPORT = [
  'الفاشر - قال المتحدث باسم الجيش السوداني العميد نبيل عبد الله إن القوات المسلحة صدت هجوما واسعا شنته قوات الدعم السريع على مدينة الفاشر صباح الأحد، وكبدتها خسائر كبيرة في الأرواح والعتاد.',
  'وفي المقابل، قالت قوات الدعم السريع في بيان إنها سيطرت على مواقع عسكرية في الفاشر، واتهمت الجيش بقصف الأحياء السكنية في نيالا.',
  'من جهته، قال المبعوث الأممي إن الأمم المتحدة تشعر بقلق بالغ إزاء تصاعد القتال في شمال دارفور.',
].join('\n');

type Claim = { id: number; camp: string; locations: { nameEn: string }[] };

describe.each(testDialects())('conflicts on %s', (dialect) => {
  let testApp: TestApp;
  let admin: { Authorization: string };
  let analyst: { Authorization: string };
  const get = (path: string) => request(testApp.server).get(path).set(analyst);

  beforeAll(async () => {
    testApp = await startTestApp(dialect, { CLAIMLINE_SEED: 'true' });
    admin = await signIn(testApp, 'admin');
    analyst = await signIn(testApp, 'analyst');
  });

  afterAll(async () => {
    await testApp?.close();
  });

  it('lists both bundled conflicts with their camps and roles, Libya first and default', async () => {
    const { body } = await get('/api/conflicts').expect(200);
    expect(body.map((c: { id: string }) => c.id)).toEqual(['libya-2019', 'sudan-2023']);
    expect(body[0].isDefault).toBe(true);
    const sudan = body[1];
    expect(sudan.camps.map((c: { id: string; role: string }) => `${c.id}:${c.role}`)).toEqual([
      'SAF:belligerent',
      'RSF:belligerent',
      'UN:un',
      'INTERNATIONAL:international',
      'UNKNOWN:unknown',
    ]);
    const camps = await get('/api/camps?conflict=sudan-2023').expect(200);
    expect(camps.body.map((c: { id: string }) => c.id)).toEqual(['SAF', 'RSF', 'UN', 'INTERNATIONAL', 'UNKNOWN']);
  });

  it('extracts a Sudan article with the Sudan pack and keeps it out of Libya', async () => {
    const libyaBefore = (await get('/api/analytics/timeseries?bucket=month').expect(200)).body.total;
    const created = await request(testApp.server)
      .post('/api/articles')
      .set(analyst)
      .send({
        body: SUDAN_REPORT,
        publishedAt: '2024-05-12',
        language: 'ar',
        outlet: 'Test outlet',
        conflict: 'sudan-2023',
      })
      .expect(201);
    expect(created.body.conflict).toBe('sudan-2023');

    const sudan = (await get('/api/claims?conflict=sudan-2023&limit=50').expect(200)).body;
    const camps = new Set(sudan.items.map((claim: Claim) => claim.camp));
    expect([...camps].sort()).toEqual(['RSF', 'SAF', 'UN']);
    expect(sudan.total).toBe(created.body.claims.length);
    expect(sudan.items.flatMap((claim: Claim) => claim.locations.map((l) => l.nameEn))).toContain('El Fasher');

    // The default conflict (Libya) shows none of them, on the list, the dashboard and the places.
    const libya = (await get('/api/claims?limit=200').expect(200)).body;
    expect(libya.items.some((claim: Claim) => claim.camp === 'RSF' || claim.camp === 'SAF')).toBe(false);
    expect((await get('/api/analytics/timeseries?bucket=month').expect(200)).body.total).toBe(libyaBefore);
    const sudanSeries = (await get('/api/analytics/timeseries?bucket=month&conflict=sudan-2023').expect(200)).body;
    expect(sudanSeries.total).toBe(sudan.total);
    expect(sudanSeries.series.map((s: { key: string }) => s.key)).toEqual([
      'SAF',
      'RSF',
      'UN',
      'INTERNATIONAL',
      'UNKNOWN',
    ]);
    const places = (await get('/api/analytics/places?conflict=sudan-2023').expect(200)).body.items;
    expect(places.map((p: { nameEn: string }) => p.nameEn)).toContain('El Fasher');
    const libyaPlaces = (await get('/api/analytics/places').expect(200)).body.items;
    expect(libyaPlaces.map((p: { nameEn: string }) => p.nameEn)).not.toContain('El Fasher');

    const csv = await get('/api/exports/claims.csv?conflict=sudan-2023').expect(200);
    expect(csv.text).toContain('RSF');
    expect(csv.text).not.toContain('LNA');
  });

  it('refuses an unknown conflict with a field error', async () => {
    const list = await get('/api/claims?conflict=atlantis').expect(400);
    expect(JSON.stringify(list.body)).toContain('conflict');
    await request(testApp.server)
      .post('/api/articles/preview')
      .set(analyst)
      .send({ body: SUDAN_REPORT, publishedAt: '2024-05-12', conflict: 'atlantis' })
      .expect(400);
  });

  it('refuses a camp that is not one of the article conflict camps', async () => {
    const response = await request(testApp.server)
      .post('/api/articles')
      .set(analyst)
      .send({
        body: 'نص تجريبي قصير عن الفاشر لاختبار المعسكرات.',
        publishedAt: '2024-05-13',
        conflict: 'sudan-2023',
        claims: [{ text: 'نص تجريبي', start: 0, end: 9, camp: 'LNA' }],
      })
      .expect(400);
    expect(JSON.stringify(response.body)).toContain('LNA is not a camp of sudan-2023');
  });

  it('exports a pack that imports again, and refuses an invalid one with its line', async () => {
    const exported = await request(testApp.server).get('/api/conflicts/sudan-2023/pack').set(analyst).expect(200);
    expect(exported.headers['content-type']).toContain('yaml');
    expect(exported.text).toContain('id: sudan-2023');
    const again = await request(testApp.server)
      .post('/api/conflicts/import')
      .set(admin)
      .send({ pack: exported.text })
      .expect(201);
    expect(again.body).toMatchObject({ id: 'sudan-2023', created: false, sourcesAdded: 0, placesAdded: 0 });

    const broken = exported.text.replace('role: international', 'role: belligerent');
    const refused = await request(testApp.server)
      .post('/api/conflicts/import')
      .set(admin)
      .send({ pack: broken })
      .expect(400);
    expect(JSON.stringify(refused.body)).toMatch(/exactly one camp with role \\"international\\"/);
    const badYaml = await request(testApp.server)
      .post('/api/conflicts/import')
      .set(admin)
      .send({ pack: 'id: x\n  names: [' })
      .expect(400);
    expect(JSON.stringify(badYaml.body)).toMatch(/line \d+, column \d+/);
    await request(testApp.server).post('/api/conflicts/import').set(analyst).send({ pack: exported.text }).expect(403);
  });

  it('stores the pack’s places abroad with their flag, exports it, and extracts with it', async () => {
    const [cairo] = await testApp.dataSource.query(
      "SELECT abroad FROM locations WHERE conflict_id = 'libya-2019' AND location_key = 'cairo'",
    );
    expect(Boolean(cairo.abroad)).toBe(true);
    const exported = await request(testApp.server).get('/api/conflicts/libya-2019/pack').set(analyst).expect(200);
    expect(exported.text).toMatch(/- id: cairo\n(?: {6}.*\n)*? {6}abroad: true/);
    // Written for this test: a place abroad is tagged, and leaves an ambiguous Libyan name without context.
    const preview = async (body: string) =>
      (
        await request(testApp.server)
          .post('/api/articles/preview')
          .set(analyst)
          .send({ body, publishedAt: '2020-01-20', language: 'ar' })
          .expect(200)
      ).body.claims.flatMap((claim: { locations: { key: string }[] }) => claim.locations.map((l) => l.key));
    expect(await preview('وقال مصدر عسكري إن وفدا زار القاهرة ثم مخيم اليرموك.')).toEqual(['cairo']);
    expect(await preview('وقال مصدر عسكري إن وفدا زار غريان ثم معسكر اليرموك.')).toEqual(['gharyan', 'al-yarmouk']);
    // Stored, the map's places say which are abroad (the web map frames the others).
    await request(testApp.server)
      .post('/api/articles')
      .set(analyst)
      .send({
        body: 'وقال مصدر عسكري إن وفدا زار القاهرة ثم غريان.',
        publishedAt: '2020-01-20',
        language: 'ar',
        title: 'abroad',
      })
      .expect(201);
    const places = (await get('/api/analytics/places?from=2020-01-20&to=2020-01-20').expect(200)).body.items;
    expect(
      places
        .map((place: { nameEn: string; abroad: boolean }) => [place.nameEn, place.abroad])
        .sort((a: [string], b: [string]) => a[0].localeCompare(b[0])),
    ).toEqual([
      ['Cairo', true],
      ['Gharyan', false],
    ]);
  });

  it('keeps which language a place’s names are ambiguous in, from the pack or, on a stored place, the migration', async () => {
    const sirte = async () =>
      (
        await testApp.dataSource.query(
          "SELECT ambiguous, ambiguous_language AS language FROM locations WHERE conflict_id = 'libya-2019' AND location_key = 'sirte'",
        )
      ).map((row: { ambiguous: unknown; language: string | null }) => [Boolean(row.ambiguous), row.language]);
    expect(await sirte()).toEqual([[true, 'ar']]);
    const exported = await request(testApp.server).get('/api/conflicts/libya-2019/pack').set(analyst).expect(200);
    expect(exported.text).toMatch(/- id: sirte\n(?: {6}.*\n)*? {6}ambiguous: ar\n/);
    // A database whose places were stored before the column: the migration marks the bundled ones.
    await undoMigrationsThrough(testApp.dataSource, 'PlacesAmbiguousLanguage1768400000000');
    await testApp.dataSource.runMigrations();
    expect(await sirte()).toEqual([[true, 'ar']]);
  });

  it('creates a conflict and edits its camps, refusing a change that would break the pack', async () => {
    const created = await request(testApp.server)
      .post('/api/conflicts')
      .set(admin)
      .send({ id: 'yemen-2015', nameEn: 'War in Yemen', nameAr: 'الحرب في اليمن', periodFrom: '2015-03-26' })
      .expect(201);
    expect(created.body.camps.map((c: { id: string }) => c.id)).toEqual(['UN', 'INTERNATIONAL', 'UNKNOWN']);
    await request(testApp.server)
      .post('/api/conflicts')
      .set(admin)
      .send({ id: 'yemen-2015', nameEn: 'x', nameAr: 'x', periodFrom: '2015-03-26' })
      .expect(409);

    const added = await request(testApp.server)
      .post('/api/conflicts/yemen-2015/camps')
      .set(admin)
      .send({
        id: 'HOUTHI',
        nameEn: 'Ansar Allah (Houthis)',
        nameAr: 'أنصار الله',
        color: '#d55e00',
        role: 'belligerent',
        order: 1,
      })
      .expect(201);
    expect(added.body.camps.find((c: { id: string }) => c.id === 'HOUTHI')).toMatchObject({
      color: '#D55E00',
      order: 1,
    });

    const broken = await request(testApp.server)
      .patch('/api/conflicts/yemen-2015/camps/UN')
      .set(admin)
      .send({ role: 'international' })
      .expect(400);
    expect(JSON.stringify(broken.body)).toContain('international');
    const recoloured = await request(testApp.server)
      .patch('/api/conflicts/libya-2019/camps/UN')
      .set(admin)
      .send({ color: '#117733' })
      .expect(200);
    expect(recoloured.body.camps.find((c: { id: string }) => c.id === 'UN').color).toBe('#117733');
    const libyaCamps = await get('/api/camps?conflict=libya-2019').expect(200);
    expect(libyaCamps.body.find((c: { id: string }) => c.id === 'UN').color).toBe('#117733');
    // Another conflict's UN camp keeps its own colour.
    const sudanCamps = await get('/api/camps?conflict=sudan-2023').expect(200);
    expect(sudanCamps.body.find((c: { id: string }) => c.id === 'UN').color).not.toBe('#117733');
  });
});

describe.each(testDialects())('the conflicts migration on %s', (dialect) => {
  it('moves a database written by the single-conflict release to libya-2019 with nothing lost', async () => {
    const database = await createTestDatabase(dialect);
    const index = MIGRATIONS.findIndex((migration) => migration.name === 'Conflicts1765600000000');
    const options = buildDataSourceOptions(parseDatabaseUrl(database.url));
    const before = new DataSource({ ...options, migrations: MIGRATIONS.slice(0, index) });
    const after = new DataSource(options);
    try {
      await before.initialize();
      await before.runMigrations();
      // A timestamp both drivers bind (better-sqlite3 takes no Date).
      const now = new Date().toISOString().slice(0, 19).replace('T', ' ');
      await before.query(
        "INSERT INTO camps (id, name_en, name_ar, description_en, color, sort_order) VALUES ('LNA', 'Libyan National Army', 'الجيش الوطني الليبي', '', '#D55E00', 1), ('UN', 'United Nations', 'الأمم المتحدة', '', '#009E73', 2), ('UNKNOWN', 'Unknown', 'غير معروف', '', '#7F7F7F', 3), ('INTERNATIONAL', 'International actors', 'أطراف دولية', '', '#CC79A7', 4)",
      );
      await before.query(
        "INSERT INTO articles (title, body, language, url, outlet_id, published_at, published_estimated, content_hash, created_by_id, created_at) VALUES ('t', 'body', 'ar', NULL, NULL, '2019-04-05', 0, 'h1', NULL, ?)",
        [now],
      );
      for (const [camp, day] of [
        ['LNA', '2019-04-05'],
        ['LNA', '2019-04-06'],
        ['UN', '2019-04-06'],
      ]) {
        await before.query(
          `INSERT INTO claims (article_id, source_id, camp_id, source_mention, cue, text, text_normalized, start_offset, end_offset, channel, event_date, date_precision, event_day, event_week, event_month, claim_type, status, analyst_status, origin, note, version, created_by_id, updated_by_id, created_at, updated_at)
           VALUES (1, NULL, ?, 'm', 'قال', 'text', 'text', 0, 4, NULL, ?, 'day', ?, '2019-04-01', '2019-04', NULL, 'unreviewed', 'unreviewed', 'extracted', NULL, 1, NULL, NULL, ?, ?)`,
          [camp, day, day, now, now],
        );
      }
      await before.query(
        "INSERT INTO claim_counts_daily (event_day, camp_id, source_id, status, event_week, event_month, n, tagged) VALUES ('2019-04-05', 'LNA', 0, 'unreviewed', '2019-04-01', '2019-04', 1, 0), ('2019-04-06', 'LNA', 0, 'unreviewed', '2019-04-01', '2019-04', 1, 0), ('2019-04-06', 'UN', 0, 'unreviewed', '2019-04-01', '2019-04', 1, 0)",
      );
      await before.destroy();

      await after.initialize();
      await after.runMigrations();
      const claims = await after.query('SELECT conflict_id, COUNT(*) AS n FROM claims GROUP BY conflict_id');
      expect(claims.map((row: { conflict_id: string; n: number }) => [row.conflict_id, Number(row.n)])).toEqual([
        ['libya-2019', 3],
      ]);
      const [article] = await after.query('SELECT conflict_id FROM articles');
      expect(article.conflict_id).toBe('libya-2019');
      const [conflict] = await after.query('SELECT id, pack FROM conflicts');
      expect(conflict).toEqual({ id: 'libya-2019', pack: null });
      const camps = await after.query('SELECT camp_id, role FROM conflict_camps ORDER BY sort_order');
      expect(camps.map((c: { camp_id: string; role: string }) => `${c.camp_id}:${c.role}`)).toEqual([
        'LNA:belligerent',
        'UN:un',
        'UNKNOWN:unknown',
        'INTERNATIONAL:international',
      ]);
      const rollup = await after.query(
        "SELECT camp_id, SUM(n) AS n FROM claim_counts_daily WHERE conflict_id = 'libya-2019' GROUP BY camp_id ORDER BY camp_id",
      );
      expect(rollup.map((row: { camp_id: string; n: number }) => [row.camp_id, Number(row.n)])).toEqual([
        ['LNA', 2],
        ['UN', 1],
      ]);
    } finally {
      if (before.isInitialized) await before.destroy();
      if (after.isInitialized) await after.destroy();
      await database.drop();
    }
  });
});
