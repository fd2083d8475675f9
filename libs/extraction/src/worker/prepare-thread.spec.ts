import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createExtractor } from '../extractor.js';
import { fingerprint } from '../near-duplicates/near-duplicate.js';
import { loadPack } from '../packs/pack-files.js';
import { PrepareThread } from './prepare-thread.js';

const fixture = (name: string) => readFileSync(resolve(__dirname, '../../../../fixtures', name), 'utf8');
/** The thread runs the library's build (`npm test` builds before it tests). */
const WORKER_FILE = resolve(__dirname, '../../dist/worker/prepare-worker.js');

describe('PrepareThread', () => {
  const texts = [
    { text: fixture('seed-article-ar.txt'), options: { publishedAt: '2019-04-20' } },
    { text: fixture('eval/ar-2-truce.txt'), options: { publishedAt: '2019-05-02', language: 'ar' as const } },
    { text: fixture('eval/en-1-offensive.txt'), options: { publishedAt: '2019-04-07' } },
  ];
  let thread: PrepareThread;

  beforeAll(() => {
    if (!existsSync(WORKER_FILE)) throw new Error(`${WORKER_FILE} is missing: build libs/extraction first`);
  });
  beforeEach(() => (thread = new PrepareThread(WORKER_FILE, 60_000)));
  afterEach(() => thread.close());

  it('extracts and fingerprints as this thread would, with the extractor its key names', async () => {
    const libya = { pack: loadPack('libya-2019') };
    const sudan = { pack: loadPack('sudan-2023') };
    const [libyaKey, sudanKey] = [{}, {}];
    for (const [key, config] of [
      [libyaKey, libya],
      [sudanKey, sudan],
      [libyaKey, libya],
    ] as const) {
      const here = createExtractor(config);
      const prepared = await thread.prepare(key, () => config, texts);
      expect(prepared).toEqual(
        texts.map((item) => ({ result: here.extract(item.text, item.options), print: fingerprint(item.text) })),
      );
    }
  });

  it('sends an extractor only once per thread: a key it has built comes without its config', async () => {
    const config = jest.fn(() => ({ pack: loadPack('libya-2019') }));
    const key = {};
    await thread.prepare(key, config, texts.slice(0, 1));
    await thread.prepare(key, config, texts.slice(1, 2));
    expect(config).toHaveBeenCalledTimes(1);
    // A new thread (this one stopped) has built nothing: the config goes again.
    await thread.close();
    await thread.prepare(key, config, texts.slice(0, 1));
    expect(config).toHaveBeenCalledTimes(2);
  });

  it('rejects a batch whose extractor cannot be built, and still serves the others', async () => {
    const key = {};
    await expect(thread.prepare({}, () => ({ pack: { schemaVersion: 1 } as never }), texts)).rejects.toThrow();
    await expect(thread.prepare(key, () => ({ pack: loadPack('libya-2019') }), texts.slice(0, 1))).resolves.toEqual([
      { result: expect.objectContaining({ claims: expect.any(Array) }), print: expect.any(Object) },
    ]);
  });

  it('rejects what it had in hand when stopped', async () => {
    const pending = expect(thread.prepare({}, () => ({ pack: loadPack('libya-2019') }), texts)).rejects.toThrow(
      'stopped',
    );
    await thread.close();
    await pending;
  });
});
