import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse } from 'csv-parse/sync';
import request from 'supertest';
import { recoverCell } from '../../apps/api/src/exports/csv/escape-cell';
import { ExportsService } from '../../apps/api/src/exports/exports.service';
import { insertClaims, insertLink, type ClaimRow } from '../factories/claims-table';
import { signIn } from '../support/auth';
import { startTestApp, type TestApp } from '../support/test-app';
import { testDialects } from '../support/test-databases';

type Csv = { header: string[]; rows: Record<string, string>[]; raw: Buffer };

/** Reads a CSV response back as the spreadsheet user would, then undoes the formula guard. */
function readCsv(raw: Buffer): Csv {
  const records: string[][] = parse(raw.toString('utf8'), { bom: true });
  const [header, ...body] = records;
  return {
    header,
    raw,
    rows: body.map((cells) => Object.fromEntries(cells.map((cell, i) => [header[i], recoverCell(cell)]))),
  };
}

const binary = (res: request.Response, callback: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
};

const TRICKY = [
  'قالت الصفحة الرسمية لقاعدة الوطية الجوية «غارات»، و"قصف" – 🇱🇾',
  'a, b and "c"\r\nsecond line\nthird',
  '=HYPERLINK("http://evil.example","click")',
  '+201234',
  '-10 killed',
  '@SUM(A1:A9)',
  '\tleading tab',
  "'=already quoted",
];

const CLAIMS: ClaimRow[] = [
  ...TRICKY.map((text, i): ClaimRow => ({
    camp: i % 2 ? 'GNA' : 'LNA',
    day: `2019-10-0${1 + (i % 9)}`,
    text,
    cue: i === 3 ? '=cue' : 'قال',
    mention: i === 4 ? '-مصدر, "عسكري"' : 'المركز الإعلامي لغرفة عمليات الكرامة',
    source: i % 2 ? 'Volcano of Rage' : 'Karama Media Centre',
    sourceAr: i % 2 ? 'بركان الغضب' : 'المركز الإعلامي لغرفة عمليات الكرامة',
    channel: i === 1 ? 'Facebook, page' : null,
    places: i < 4 ? ['export-wadi'] : ['export-qasr', 'export-wadi'],
    placeNames: {
      'export-wadi': { nameAr: 'وادي الربيع', nameEn: 'Wadi al-Rabie' },
      'export-qasr': { nameAr: 'قصر بن غشير', nameEn: 'Qasr bin Ghashir' },
    },
    narratives: i % 3 ? ['Mercenaries'] : ['Terrorism', 'Mercenaries'],
    article: i < 5 ? 'مقال أول, "تجريبي"' : 'Second article',
    outlet: 'Al Marsad',
    publishedAt: '2019-10-07',
    status: i === 2 ? 'contested' : 'unreviewed',
    editor: 'analyst.export@test.local',
  })),
  {
    camp: 'UN',
    day: '2019-11-15',
    text: 'UNSMIL calls for calm',
    source: null,
    mention: 'مصادر أممية',
    article: 'Second article',
    outlet: 'Al Marsad',
  },
];

describe.each(testDialects())('exports on %s', (dialect) => {
  let testApp: TestApp;
  let auth: { Authorization: string };
  let ids: number[];
  const get = (path: string) => request(testApp.server).get(path).set(auth);
  const getCsv = async (path: string) => {
    const response = await get(path).buffer(true).parse(binary).expect(200);
    return { response, csv: readCsv(response.body as Buffer) };
  };

  /** Every claim GET /api/claims returns for the query, all pages. */
  async function listAll(query: string): Promise<Record<string, any>[]> {
    const items: Record<string, any>[] = [];
    let cursor: string | null = null;
    do {
      const page: request.Response = await get(
        `/api/claims?limit=500&${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      ).expect(200);
      items.push(...page.body.items);
      cursor = page.body.nextCursor;
    } while (cursor);
    return items;
  }

  async function editorId(): Promise<number> {
    const [row] = await testApp.dataSource.query<{ id: number }[]>('SELECT id FROM users WHERE email = ?', [
      'analyst.export@test.local',
    ]);
    return Number(row.id);
  }

  async function lastExportAudit(action: string) {
    const [row] = await testApp.dataSource.query(
      "SELECT user_email, action, after FROM audit_events WHERE entity = 'export' AND action = ? ORDER BY id DESC LIMIT 1",
      [action],
    );
    return row ? { ...row, after: JSON.parse(row.after) } : undefined;
  }

  beforeAll(async () => {
    testApp = await startTestApp(dialect);
    auth = await signIn(testApp, 'viewer');
    ids = await insertClaims(testApp.dataSource, CLAIMS);
    await insertLink(testApp.dataSource, ids[0], ids[1], 'contradicts');
    await insertLink(testApp.dataSource, ids[2], ids[0], 'corroborates');
  });

  afterAll(async () => {
    await testApp?.close();
  });

  it('needs a signed-in user', async () => {
    await request(testApp.server).get('/api/exports/claims.csv').expect(401);
  });

  it('streams an Excel-safe CSV named after the date and the filters', async () => {
    const { response, csv } = await getCsv('/api/exports/claims.csv?camp=LNA,GNA&from=2019-07-01');
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    const today = new Date().toISOString().slice(0, 10);
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="claimline-claims-${today}-conflict-libya-2019_camp-LNA-GNA_from-2019-07-01.csv"`,
    );
    expect([...csv.raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.raw.toString('utf8').split('\r\n')[0]).toBe(
      '\uFEFFid,event_date,date_precision,camp,source,source_ar,source_mention,cue,channel,text,status,narratives,places,places_ar,article_id,article_title,outlet,url,published_at,published_estimated,links,last_editor,updated_at',
    );
    expect(csv.rows).toHaveLength(TRICKY.length);
  });

  it('reads back equal to GET /api/claims for the same filters, Arabic byte for byte', async () => {
    for (const query of [
      '',
      'camp=GNA',
      'narrative=__terrorism__',
      'q=وادي&status=unreviewed',
      'from=2019-10-03&to=2019-10-06',
    ]) {
      const [{ id: terrorism }] = await testApp.dataSource.query(
        "SELECT id FROM narratives WHERE name_en = 'Terrorism'",
      );
      const q = query.replace('__terrorism__', String(terrorism));
      const encoded = new URLSearchParams(q).toString();
      const [{ csv }, items] = await Promise.all([getCsv(`/api/exports/claims.csv?${encoded}`), listAll(encoded)]);
      const byId = new Map(csv.rows.map((row) => [Number(row.id), row]));
      expect([q, [...byId.keys()].sort((a, b) => a - b)]).toEqual([
        q,
        items.map((item) => item.id).sort((a, b) => a - b),
      ]);
      for (const item of items) {
        const row = byId.get(item.id)!;
        expect(row).toMatchObject({
          text: item.text,
          cue: item.cue,
          source_mention: item.sourceMention,
          camp: item.camp,
          event_date: item.eventDate,
          date_precision: item.datePrecision,
          status: item.status,
          source: item.source?.nameEn ?? '',
          source_ar: item.source?.nameAr ?? '',
          channel: item.channel ?? '',
          article_id: String(item.articleId),
          updated_at: item.updatedAt,
        });
        expect(Buffer.from(row.text).equals(Buffer.from(item.text))).toBe(true);
        expect(row.narratives.split('; ').filter(Boolean).sort()).toEqual(
          item.narratives.map((n: { nameEn: string }) => n.nameEn).sort(),
        );
        expect(row.places_ar.split('; ').filter(Boolean).sort()).toEqual(
          item.locations.map((l: { nameAr: string }) => l.nameAr).sort(),
        );
      }
    }
  });

  it('keeps commas, quotes, line breaks and guards formula starts', async () => {
    const { csv } = await getCsv('/api/exports/claims.csv');
    const raw = csv.raw.toString('utf8');
    expect(raw).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(raw).toContain(`\r\n${ids[3]},`);
    expect(raw).toMatch(/,'\+201234,/);
    expect(raw).toContain(`"a, b and ""c""\r\nsecond line\nthird"`);
    const rows = new Map(csv.rows.map((row) => [Number(row.id), row]));
    TRICKY.forEach((text, i) => expect(rows.get(ids[i])!.text).toBe(text));
    expect(rows.get(ids[3])!.cue).toBe('=cue');
    expect(rows.get(ids[4])!.source_mention).toBe('-مصدر, "عسكري"');
    expect(rows.get(ids[1])!.channel).toBe('Facebook, page');
    const first = rows.get(ids[0])!;
    expect(first).toMatchObject({
      narratives: 'Mercenaries; Terrorism',
      places: 'Wadi al-Rabie',
      places_ar: 'وادي الربيع',
      article_title: 'مقال أول, "تجريبي"',
      outlet: 'Al Marsad',
      published_at: '2019-10-07',
      links: `contradicts #${ids[1]}; corroborates #${ids[2]}`,
      last_editor: `Analyst #${await editorId()}`,
    });
    expect(csv.raw.toString('utf8')).not.toContain('analyst.export@test.local');
    expect(rows.get(ids[TRICKY.length])!.source).toBe('');
  });

  it("shows editors' e-mail addresses to admins only", async () => {
    const response = await request(testApp.server)
      .get('/api/exports/claims.csv')
      .set(await signIn(testApp, 'admin'))
      .buffer(true)
      .parse(binary)
      .expect(200);
    const rows = new Map(readCsv(response.body as Buffer).rows.map((row) => [Number(row.id), row]));
    expect(rows.get(ids[0])!.last_editor).toBe('analyst.export@test.local');
  });

  it('audits each export with its filters and row count', async () => {
    await getCsv('/api/exports/claims.csv?camp=GNA');
    const event = await lastExportAudit('claims.csv');
    expect(event).toEqual({
      user_email: 'viewer@test.local',
      action: 'claims.csv',
      after: { filters: { conflict: 'libya-2019', camp: ['GNA'] }, rows: TRICKY.length / 2 },
    });
  });

  it('refuses bad filters before streaming anything', async () => {
    const response = await get('/api/exports/claims.csv?camp=NO%20PE&from=2019-13-01').expect(400);
    expect(response.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['camp', 'from']);
  });

  it('exports the dashboard timeseries: one row per bucket, one column per series', async () => {
    const query = 'bucket=week&groupBy=camp&from=2019-09-30&to=2019-11-17';
    const [{ csv, response }, chart] = await Promise.all([
      getCsv(`/api/exports/timeseries.csv?${query}`),
      get(`/api/analytics/timeseries?${query}`).expect(200),
    ]);
    expect(response.headers['content-disposition']).toMatch(
      /filename="claimline-timeseries-\d{4}-\d{2}-\d{2}-conflict-libya-2019_from-2019-09-30_to-2019-11-17_bucket-week_groupBy-camp\.csv"/,
    );
    expect(csv.header).toEqual(['bucket', ...chart.body.series.map((s: { label: string }) => s.label)]);
    // The bucket rows, then a row of the claims known only to their month (in no week), if any.
    const coarser = chart.body.coarser as { precision: string; series: { label: string; count: number }[] }[];
    const bucketRows = csv.rows.slice(0, chart.body.buckets.length);
    expect(bucketRows.map((row) => row.bucket)).toEqual(chart.body.buckets);
    chart.body.series.forEach((series: { label: string; counts: number[] }) => {
      expect(bucketRows.map((row) => Number(row[series.label]))).toEqual(series.counts);
    });
    expect(csv.rows.slice(chart.body.buckets.length).map((row) => row.bucket)).toEqual(
      coarser.map((tally) => `known only to the ${tally.precision}`),
    );
    coarser.forEach((tally, i) =>
      tally.series.forEach((s) => expect(Number(csv.rows[chart.body.buckets.length + i][s.label])).toBe(s.count)),
    );
    expect((await lastExportAudit('timeseries.csv'))?.after.rows).toBe(chart.body.buckets.length + coarser.length);
  });

  it('writes Arabic headers and series names for lang=ar or Accept-Language: ar, values unchanged', async () => {
    const query = 'bucket=week&groupBy=camp&from=2019-09-30&to=2019-11-17';
    const chart = await get(`/api/analytics/timeseries?${query}`).expect(200);
    const labelsAr = chart.body.series.map((s: { labelAr: string }) => s.labelAr);
    const [byParam, byHeader] = await Promise.all([
      getCsv(`/api/exports/timeseries.csv?${query}&lang=ar`),
      get(`/api/exports/timeseries.csv?${query}`).set('Accept-Language', 'ar-LY,en;q=0.5').buffer(true).parse(binary),
    ]);
    expect(byParam.csv.header).toEqual(['الفترة', ...labelsAr]);
    expect((byHeader.body as Buffer).equals(byParam.csv.raw)).toBe(true);
    expect(byParam.csv.rows.slice(0, chart.body.buckets.length).map((row) => row['الفترة'])).toEqual(
      chart.body.buckets,
    );
    expect(byParam.response.headers['content-disposition']).not.toMatch(/lang/);
    expect((await lastExportAudit('timeseries.csv'))?.after.filters).not.toHaveProperty('lang');

    const claims = await getCsv('/api/exports/claims.csv?lang=ar');
    expect(claims.csv.header.slice(0, 4)).toEqual(['المعرّف', 'تاريخ الحدث', 'دقة التاريخ', 'المعسكر']);
    expect(claims.csv.header).toContain('تاريخ النشر تقديري');
    expect([...claims.csv.raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const english = await getCsv('/api/exports/claims.csv');
    expect(english.csv.rows.map((row) => row.published_estimated)).toEqual(
      english.csv.rows.map(() => expect.stringMatching(/^(true|false)$/)),
    );
    expect(claims.csv.rows.length).toBe(english.csv.rows.length);
    const articles = await getCsv('/api/exports/articles.csv?lang=ar');
    expect(articles.csv.header[0]).toBe('المعرّف');
    const refused = await get('/api/exports/claims.csv?lang=fr').expect(400);
    expect(refused.body.errors.map((e: { field: string }) => e.field)).toEqual(['lang']);
  });

  it('exports articles with their claim counts', async () => {
    const { csv } = await getCsv('/api/exports/articles.csv');
    expect(csv.header).toEqual([
      'id',
      'title',
      'outlet',
      'url',
      'published_at',
      'published_estimated',
      'language',
      'claims',
      'created_at',
    ]);
    const byTitle = Object.fromEntries(csv.rows.map((row) => [row.title, row]));
    expect(byTitle['مقال أول, "تجريبي"']).toMatchObject({
      outlet: 'Al Marsad',
      published_at: '2019-10-07',
      published_estimated: 'false',
      language: 'ar',
      claims: '5',
    });
    expect(byTitle['Second article'].claims).toBe(String(CLAIMS.length - 5));
    expect(byTitle['Second article'].created_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it('writes the same CSV whatever the batch size (lists, links and article cache across batch edges)', async () => {
    // MariaDB streams in batches with an article cache; SQLite reads keyset pages: both cut at 1 and 3 rows.
    const service = testApp.app.get(ExportsService);
    const collect = async (query: Record<string, unknown>, size?: number) => {
      const chunks: Buffer[] = [];
      const sink = {
        closed: false,
        write: (chunk: string | Uint8Array) => {
          chunks.push(Buffer.from(chunk));
          return Promise.resolve();
        },
        end: () => undefined,
      };
      await service.claims(query, undefined, size).write(sink);
      return Buffer.concat(chunks).toString('utf8');
    };
    // Non-empty filters throughout: the disconnect test below looks for the audit entry of an unfiltered export.
    for (const query of [{ from: '2000-01-01' }, { camp: ['GNA'] }]) {
      const whole = await collect(query);
      expect(whole.split('\r\n').length).toBeGreaterThan(2);
      expect(await collect(query, 3)).toBe(whole);
      expect(await collect(query, 1)).toBe(whole);
    }
    const { csv } = await getCsv('/api/exports/claims.csv?from=2000-01-01');
    expect(csv.raw.toString('utf8')).toBe(await collect({ from: '2000-01-01' }, 2));
  });

  it('stops reading when the client disconnects mid-stream, and stays healthy', async () => {
    const filler = 'نص طويل للمطالبة، '.repeat(20);
    const rows: ClaimRow[] = Array.from({ length: 20000 }, (_, i) => ({
      camp: i % 2 ? 'GNA' : 'LNA',
      day: `2019-${String(1 + (i % 12)).padStart(2, '0')}-15`,
      text: `${i} ${filler}`,
      article: 'Bulk article',
    }));
    await insertClaims(testApp.dataSource, rows, 1000);

    const server = testApp.server as unknown as http.Server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      // Gone at the first chunk: the audit below shows the export stopped before reading every claim.
      const status = await new Promise<number | undefined>((resolve, reject) => {
        const req = http.get({ host: '127.0.0.1', port, path: '/api/exports/claims.csv', headers: auth }, (res) => {
          res.once('data', () => {
            req.destroy();
            resolve(res.statusCode);
          });
        });
        req.on('error', (error) =>
          (error as NodeJS.ErrnoException).code === 'ECONNRESET' ? undefined : reject(error),
        );
      });
      expect(status).toBe(200);

      let event: Awaited<ReturnType<typeof lastExportAudit>>;
      for (let attempt = 0; attempt < 100; attempt++) {
        event = await lastExportAudit('claims.csv');
        if (
          event?.after.aborted ||
          (event && event.after.filters && Object.keys(event.after.filters).length === 0 && event.after.rows > 0)
        )
          break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(event!.after).toMatchObject({ filters: {}, aborted: true });
      expect(event!.after.rows).toBeLessThan(rows.length + CLAIMS.length);

      await request(testApp.server).get('/api/health').expect(200);
      // And a full export of the same 20,000 rows still completes.
      const { csv } = await getCsv('/api/exports/claims.csv?article=__none__'.replace('article=__none__', 'camp=LNA'));
      expect(csv.rows.length).toBe(10000 + CLAIMS.filter((c) => c.camp === 'LNA').length);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  }, 120000);
});
