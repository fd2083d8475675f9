/**
 * A side a source can speak for. Stable ids, stored in the database and in URLs. Camps are data:
 * each conflict pack (libs/extraction/packs/<id>.yaml) declares its own, checked when it loads.
 */
export type CampId = string;

/**
 * Compatibility for code that still lists camps: the camps of the default pack, libya-2019
 * (a unit test in libs/extraction keeps them equal to the pack). Read camps from the pack instead.
 */
export const CAMP_IDS = ['LNA', 'GNA', 'UN', 'INTERNATIONAL', 'UNKNOWN'] as const;

export type CampDefinition = {
  id: CampId;
  nameEn: string;
  nameAr: string;
  descriptionEn: string;
  /** Okabe–Ito palette: distinguishable with the common forms of colour blindness. */
  color: string;
  sortOrder: number;
};

export const CAMPS: readonly CampDefinition[] = [
  {
    id: 'LNA',
    nameEn: 'Libyan National Army',
    nameAr: 'الجيش الوطني الليبي',
    descriptionEn: 'The Libyan National Army (Haftar), its general command, operations rooms and media divisions.',
    color: '#D55E00',
    sortOrder: 1,
  },
  {
    id: 'GNA',
    nameEn: 'Government of National Accord',
    nameAr: 'حكومة الوفاق الوطني',
    descriptionEn: 'The Government of National Accord, its presidency council, ministries and the forces loyal to it.',
    color: '#0072B2',
    sortOrder: 2,
  },
  {
    id: 'UN',
    nameEn: 'United Nations',
    nameAr: 'الأمم المتحدة',
    descriptionEn:
      'UN bodies and officials: UNSMIL, its envoy and deputy, the Secretary-General, the Security Council.',
    color: '#009E73',
    sortOrder: 3,
  },
  {
    id: 'INTERNATIONAL',
    nameEn: 'International actors',
    nameAr: 'أطراف دولية',
    descriptionEn: 'Foreign governments and international organisations.',
    color: '#CC79A7',
    sortOrder: 4,
  },
  {
    id: 'UNKNOWN',
    nameEn: 'Unknown',
    nameAr: 'غير معروف',
    descriptionEn: 'Unnamed or unaffiliated sources, such as "observers".',
    color: '#7F7F7F',
    sortOrder: 5,
  },
];

/** True for a camp of the default pack (see CAMP_IDS). */
export function isCampId(value: unknown): value is CampId {
  return typeof value === 'string' && (CAMP_IDS as readonly string[]).includes(value);
}
