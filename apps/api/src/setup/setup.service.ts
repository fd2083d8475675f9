import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { CampsService } from '../camps/camps.service.js';
import { LocationsService } from '../locations/locations.service.js';
import { ExtractorProvider } from '../sources/extractor.provider.js';
import { SourcesService } from '../sources/sources.service.js';
import { SeedArticleService } from './seed-article.service.js';

/** Reference data every installation needs, written idempotently at each start (after migrations). */
@Injectable()
export class SetupService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Setup');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly camps: CampsService,
    private readonly sources: SourcesService,
    private readonly locations: LocationsService,
    private readonly seedArticle: SeedArticleService,
    private readonly extractor: ExtractorProvider,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.camps.seed();
    // Missing keys only: a no-op (two small reads) once the registry is loaded; analysts' edits are kept.
    const [sources, places] = [await this.sources.seedRegistry(), await this.locations.seed()];
    if (places) this.extractor.invalidate();
    if (sources || places) this.logger.log(`Registry loaded: ${sources} sources, ${places} places`);
    if (this.config.seedArticle) await this.seedArticle.seed();
    this.logger.log(`Reference data ready (${this.config.database.dialect})`);
  }
}
