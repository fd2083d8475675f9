import { describe, expect, it } from 'vitest';
import { findPublicationDate } from './find-publication-date';

describe('findPublicationDate', () => {
  it('reads an Arabic dateline, with both month names and Arabic-Indic digits', () => {
    expect(findPublicationDate('طرابلس، الاثنين 7 أكتوبر/تشرين الأول 2019 (وكالات) - قال المتحدث…')).toEqual({
      date: '2019-10-07',
      text: '7 أكتوبر/تشرين الأول 2019',
    });
    expect(findPublicationDate('بنغازي – ١٥ أيار ٢٠٢٠ – أعلنت القيادة…')?.date).toBe('2020-05-15');
  });

  it('reads English datelines and ISO dates', () => {
    expect(findPublicationDate('TRIPOLI, Oct. 7, 2019 (Reuters) - The spokesman said…')?.date).toBe('2019-10-07');
    expect(findPublicationDate('Published 12 April 2019. Forces loyal to…')?.date).toBe('2019-04-12');
    expect(findPublicationDate('2020-01-19 Berlin conference opens')?.date).toBe('2020-01-19');
  });

  it('takes the first date of the opening', () => {
    expect(findPublicationDate('On 4 April 2019 the offensive began; by 6 June 2020 it had failed.')?.date).toBe(
      '2019-04-04',
    );
  });

  it('proposes nothing without a year, for an impossible day, or deep in the text', () => {
    expect(findPublicationDate('قال المتحدث يوم 7 أكتوبر إن القوات تقدمت')).toBeNull();
    expect(findPublicationDate('31 September 2019')).toBeNull();
    expect(findPublicationDate(`${'كلام '.repeat(120)} 7 أكتوبر 2019`)).toBeNull();
    expect(findPublicationDate('')).toBeNull();
  });
});
