/** `?ignoreUnknown=false` arrives as the string 'false'. */
export const toBoolean = ({ value }: { value: unknown }): boolean | undefined => {
  if (value === undefined || value === '') return undefined;
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  return value as boolean; // left for @IsBoolean to refuse
};

export const toInt = ({ value }: { value: unknown }): number | undefined =>
  value === undefined || value === '' ? undefined : /^\d+$/.test(String(value)) ? Number(value) : Number.NaN;
