import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { ConflictsService } from '../conflicts/conflicts.service.js';
import { SeedArticleService } from './seed-article.service.js';

/** Reference data every installation needs, written idempotently at each start (after migrations). */
@Injectable()
export class SetupService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Setup');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly conflicts: ConflictsService,
    private readonly seedArticle: SeedArticleService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // The bundled conflict packs: camps, sources, places and narratives whose keys are missing (a no-op
    // once a pack's version is stored; analysts' edits are kept).
    await this.conflicts.seedBundled();
    if (this.config.seedArticle) await this.seedArticle.seed();
    this.logger.log(`Reference data ready (${this.config.database.dialect})`);
  }
}
