import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

/**
 * Jest runs the API as CommonJS, where an import cycle between entity modules only yields `undefined`
 * for a while; the built server runs as ESM, where reading a class of a module still being evaluated
 * throws a ReferenceError. So each compiled entity module is imported alone, first, in a fresh Node.
 */
const run = promisify(execFile);
const REPO_ROOT = join(__dirname, '..', '..');
const API_DIST = join(REPO_ROOT, 'apps', 'api', 'dist');

function entityModules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entityModules(path);
    return entry.name.endsWith('.entity.js') ? [path] : [];
  });
}

describe('compiled entity modules', () => {
  let modules: string[] = [];

  beforeAll(async () => {
    // Incremental: a no-op when the build is current; otherwise the spec would test stale output.
    await run('npx', ['tsc', '-b', 'libs/contracts', 'libs/extraction', 'apps/api'], { cwd: REPO_ROOT });
    modules = entityModules(API_DIST);
  }, 120_000);

  it('finds every entity', () => {
    expect(modules.map((path) => relative(API_DIST, path))).toEqual(
      expect.arrayContaining(['sources/source.entity.js', 'sources/source-alias.entity.js', 'claims/claim.entity.js']),
    );
  });

  it('imports each one alone under ESM', async () => {
    const failures: string[] = [];
    for (const path of modules) {
      const script = `await import(${JSON.stringify(pathToFileURL(path).href)});`;
      try {
        await run(process.execPath, ['--input-type=module', '-e', script], { cwd: REPO_ROOT });
      } catch (error) {
        failures.push(`${relative(API_DIST, path)}: ${(error as { stderr?: string }).stderr ?? String(error)}`);
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);
});
