// The API's OpenAPI document and the web app's types generated from it, kept in step.
//   node scripts/openapi-contract.mjs generate  → writes apps/api/openapi.json and apps/web/src/lib/api/schema.d.ts
//   node scripts/openapi-contract.mjs check     → regenerates both into a temporary folder and fails if either
//                                                 committed file differs (run `npm run api:generate`).
// Both need the compiled API (`npm run build:server`), which the npm scripts build first.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const DOCUMENT = 'apps/api/openapi.json';
const SCHEMA_TYPES = 'apps/web/src/lib/api/schema.d.ts';
const DOCUMENT_CLI = 'apps/api/dist/openapi/openapi-document.cli.js';
const OPENAPI_TYPESCRIPT_CLI = 'node_modules/openapi-typescript/bin/cli.js';

const mode = process.argv[2];
if (mode !== 'generate' && mode !== 'check') {
  console.error('Usage: node scripts/openapi-contract.mjs generate|check');
  process.exit(2);
}

const scratch = mkdtempSync(join(tmpdir(), 'claimline-contract-'));
try {
  const fresh = { [DOCUMENT]: join(scratch, 'openapi.json'), [SCHEMA_TYPES]: join(scratch, 'schema.d.ts') };
  run(process.execPath, [DOCUMENT_CLI, '--out', fresh[DOCUMENT]]);
  run(process.execPath, [OPENAPI_TYPESCRIPT_CLI, fresh[DOCUMENT], '--output', fresh[SCHEMA_TYPES]]);
  if (mode === 'generate') {
    for (const [committed, generated] of Object.entries(fresh)) {
      mkdirSync(dirname(committed), { recursive: true });
      copyFileSync(generated, committed);
    }
    console.log(`Wrote ${DOCUMENT} and ${SCHEMA_TYPES}.`);
  } else {
    const stale = Object.entries(fresh)
      .filter(([committed, generated]) => !sameContent(committed, generated))
      .map(([committed]) => committed);
    if (stale.length) {
      console.error(
        `Stale API contract: ${stale.join(' and ')} differ from the API's DTOs; run \`npm run api:generate\` and commit the result.`,
      );
      process.exitCode = 1;
    } else {
      console.log(`${DOCUMENT} and ${SCHEMA_TYPES} match the API.`);
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

/** Runs a step quietly; its own output is shown only when it fails. */
function run(command, args) {
  try {
    execFileSync(command, args, { stdio: 'pipe' });
  } catch (error) {
    process.stderr.write(error.stdout ?? '');
    process.stderr.write(error.stderr ?? '');
    console.error(`Failed: ${[command, ...args].join(' ')}`);
    process.exit(1);
  }
}

function sameContent(committed, generated) {
  return existsSync(committed) && readFileSync(committed).equals(readFileSync(generated));
}
