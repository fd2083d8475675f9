import { ApiProperty } from '@nestjs/swagger';
import type { CampId } from '@claimline/contracts';

export class PlaceCountsDto {
  @ApiProperty() id: number;
  @ApiProperty() nameEn: string;
  @ApiProperty() nameAr: string;
  @ApiProperty() lat: number;
  @ApiProperty() lon: number;
  @ApiProperty({
    description:
      "Outside the conflict's country (a capital where talks were held, a state backing a side): the map frames the country's places",
  })
  abroad: boolean;
  @ApiProperty({ description: 'Claims tagged with this place (a claim counts once per place it is tagged with)' })
  total: number;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number' },
    example: { LNA: 3, GNA: 2 },
    description: 'Claims per camp id; camps without claims here are left out. The values add up to total',
  })
  counts: Partial<Record<CampId, number>>;
}

export class PlacesDto {
  @ApiProperty({
    type: [PlaceCountsDto],
    description: 'Places with coordinates tagged on the filtered claims, most claims first',
  })
  items: PlaceCountsDto[];
}
