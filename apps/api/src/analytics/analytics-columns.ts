/** Column lists shared by the analytics repositories (claims and places as the summary DTOs read them). */
export type RawRow = Record<string, unknown>;

/** One (bucket, series) count of a time series, from the claims or from the rollups. */
export type SeriesCountRow = {
  bucket: string;
  series_key: string | number | null;
  label_en: string | null;
  label_ar: string | null;
  color: string | null;
  count: number | string;
};

export function claimColumns(c: string, s: string, prefix: string): string[] {
  return [
    `${c}.id AS ${prefix}id`,
    `${c}.camp_id AS ${prefix}camp`,
    `${c}.text AS ${prefix}text`,
    `${c}.cue AS ${prefix}cue`,
    `${c}.source_mention AS ${prefix}source_mention`,
    `${s}.name_en AS ${prefix}source_name`,
    `${s}.name_ar AS ${prefix}source_name_ar`,
    `${c}.event_date AS ${prefix}event_date`,
    `${c}.event_day AS ${prefix}event_day`,
    `${c}.date_precision AS ${prefix}date_precision`,
    `${c}.article_id AS ${prefix}article_id`,
    `${c}.status AS ${prefix}status`,
  ];
}

export function locationColumns(l: string, prefix: string): string[] {
  return [
    `${l}.id AS ${prefix}id`,
    `${l}.location_key AS ${prefix}key`,
    `${l}.name_ar AS ${prefix}name_ar`,
    `${l}.name_en AS ${prefix}name_en`,
    `${l}.lat AS ${prefix}lat`,
    `${l}.lon AS ${prefix}lon`,
    `${l}.kind AS ${prefix}kind`,
  ];
}
