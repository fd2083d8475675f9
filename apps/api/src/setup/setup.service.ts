import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { CampsService } from '../camps/camps.service.js';

/** Reference data every installation needs, written idempotently at each start (after migrations). */
@Injectable()
export class SetupService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Setup');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly camps: CampsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.camps.seed();
    this.logger.log(`Reference data ready (${this.config.database.dialect})`);
  }
}
