import { ApiProperty } from '@nestjs/swagger';
import type { OutletWithCount } from '../outlets.repository.js';

export class OutletDto {
  @ApiProperty() id: number;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String }) url: string | null;
  @ApiProperty() articleCount: number;
}

export function toOutletDto(outlet: OutletWithCount): OutletDto {
  return { id: outlet.id, name: outlet.name, url: outlet.url, articleCount: outlet.articleCount };
}
