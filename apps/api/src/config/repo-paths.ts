import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The repository root, found by walking up from the working directory. Not derived from
 * import.meta.url: the same modules also run as CommonJS under Jest.
 */
export function findRepoRoot(start = process.cwd()): string {
  let dir = start;
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'claimline')
      return dir;
    const parent = dirname(dir);
    if (parent === dir) return start;
    dir = parent;
  }
}

export const REPO_ROOT = process.env.CLAIMLINE_ROOT ?? findRepoRoot();
export const WEB_DIST = join(REPO_ROOT, 'apps/web/dist');
export const SEED_ARTICLE_FILE = join(REPO_ROOT, 'fixtures/seed-article-ar.txt');
