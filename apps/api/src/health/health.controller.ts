import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags, ApiOperation } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { Public } from '../auth/roles.decorator.js';
import type { DatabaseDialect } from '../database/database-url.js';

export class HealthDto {
  @ApiProperty({ example: 'ok' })
  status: 'ok';

  @ApiProperty({ enum: ['sqlite', 'mariadb', 'mysql'] })
  database: DatabaseDialect;
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
  async check(): Promise<HealthDto> {
    // A round trip, so "ok" means the database answers, not just that the process is up.
    await this.dataSource.query('SELECT 1');
    return { status: 'ok', database: this.config.database.dialect };
  }
}
