import 'reflect-metadata';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createApp } from '../app-factory.js';
import { loadAppConfig } from '../config/app-config.js';
import { QuietStartLogger } from '../common/quiet-start-logger.js';
import { buildOpenApiDocument, serializeOpenApiDocument } from './openapi-document.js';

const USAGE = `Usage: node apps/api/dist/openapi/openapi-document.cli.js --out FILE

Builds the application without listening (on a throw-away SQLite database) and writes its OpenAPI
document to FILE as JSON with sorted keys. Fails if building the document logs a warning (a duplicate
DTO name, for instance), so a broken contract never gets written.`;

/** Remembers every warning Nest's Swagger module logs while it builds the document. */
class WarningRecorder extends QuietStartLogger {
  readonly warnings: string[] = [];

  override warn(message: unknown, ...rest: unknown[]): void {
    this.warnings.push(String(message));
    super.warn(message, ...rest);
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { out: { type: 'string' }, help: { type: 'boolean', default: false } } });
  if (values.help || !values.out) {
    console.log(USAGE);
    if (!values.out) process.exitCode = 2;
    return;
  }
  // Migrations run at start-up, so the app needs a real file; the document never depends on its contents.
  const scratch = mkdtempSync(join(tmpdir(), 'claimline-openapi-'));
  try {
    const config = loadAppConfig({
      ...process.env,
      DB_URL: `sqlite:${join(scratch, 'db.sqlite')}`,
      CLAIMLINE_SEED: 'false',
    });
    const recorder = new WarningRecorder();
    const app = await createApp(config, { logger: false, webDist: join(scratch, 'no-web-app') });
    try {
      app.useLogger(recorder);
      const document = buildOpenApiDocument(app);
      if (recorder.warnings.length) {
        throw new Error(`The OpenAPI document has ${recorder.warnings.length} warning(s); fix them before writing it.`);
      }
      writeFileSync(resolve(values.out), serializeOpenApiDocument(document));
    } finally {
      await app.close();
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
