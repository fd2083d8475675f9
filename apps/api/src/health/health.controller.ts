import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../auth/roles.decorator.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import type { DatabaseDialect } from '../database/database-url.js';
import { DATABASE_RETRY_AFTER_SECONDS } from '../database/database-unavailable.js';

export class HealthDto {
  @ApiProperty({ enum: ['ok', 'unavailable'], example: 'ok' })
  status: 'ok' | 'unavailable';

  @ApiProperty({ enum: ['sqlite', 'mariadb', 'mysql'] })
  database: DatabaseDialect;

  @ApiProperty({ enum: ['up', 'down'], description: 'Whether the database answered a round trip just now' })
  databaseStatus: 'up' | 'down';
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Check that the API and its database answer' })
  @ApiOkResponse({ type: HealthDto })
  @ApiServiceUnavailableResponse({ type: HealthDto, description: 'The database does not answer' })
  async check(@Res({ passthrough: true }) res: Response): Promise<HealthDto> {
    const database = this.config.database.dialect;
    try {
      // A round trip, so "ok" means the database answers, not just that the process is up.
      await this.dataSource.query('SELECT 1');
      return { status: 'ok', database, databaseStatus: 'up' };
    } catch {
      // Load balancers take a 503 out of rotation; the body says why.
      res.status(503).setHeader('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
      return { status: 'unavailable', database, databaseStatus: 'down' };
    }
  }
}
