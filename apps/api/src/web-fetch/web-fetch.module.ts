import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { REPO_ROOT } from '../config/repo-paths.js';
import { SafeFetcher } from './safe-fetcher.js';

function claimlineVersion(): string {
  try {
    return String((JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version?: string }).version);
  } catch {
    return 'dev';
  }
}

/** Named, so a site's operator can tell who fetched and where to ask about it. */
export const userAgentOf = (config: AppConfig): string => `Claimline/${claimlineVersion()} (+${config.web.contactUrl})`;

@Module({
  providers: [
    {
      provide: SafeFetcher,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new SafeFetcher({ ...config.web, userAgent: userAgentOf(config) }),
    },
  ],
  exports: [SafeFetcher],
})
export class WebFetchModule {}
