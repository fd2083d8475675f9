import { Module } from '@nestjs/common';
import { RollupsRepository } from './rollups.repository.js';

/** Import into ClaimsModule/ArticlesModule/ImportsModule/SourcesModule/NarrativesModule, whose writers call it. */
@Module({ providers: [RollupsRepository], exports: [RollupsRepository] })
export class RollupsModule {}
