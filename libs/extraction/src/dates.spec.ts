import { normalizeForMatching } from './normalize.js';
import { findDates } from './dates.js';

const PUB = '2019-10-07'; // a Monday
function dateOf(text: string, publishedAt = PUB): { date: string; precision: string } {
  const [first] = findDates(normalizeForMatching(text), publishedAt);
  return { date: first?.date ?? '', precision: first?.precision ?? '' };
}

describe('dates resolved against the publication date', () => {
  it.each([
    ['أمس الأحد', '2019-10-06', 'day'],
    ['صباح الإثنين', '2019-10-07', 'day'],
    ['اليوم الاثنين', '2019-10-07', 'day'],
    ['فجر الخميس', '2019-10-03', 'day'],
    ['الأسبوع الماضي', '2019-09-30', 'week'],
    ['مطلع يوليو/تموز الماضي', '2019-07-01', 'month'],
    ['منتصف يوليو/تموز الماضي', '2019-07-01', 'month'],
    ['26 أغسطس/آب الماضي', '2019-08-26', 'day'],
    ['3 تشرين الأول', '2019-10-03', 'day'],
    ['12 ديسمبر', '2018-12-12', 'day'],
    ['yesterday', '2019-10-06', 'day'],
    ['on Sunday', '2019-10-06', 'day'],
    ['last week', '2019-09-30', 'week'],
    ['mid-July', '2019-07-01', 'month'],
    ['26 August', '2019-08-26', 'day'],
    ['August 26', '2019-08-26', 'day'],
  ])('%s → %s (%s)', (text, date, precision) => {
    expect(dateOf(text)).toEqual({ date, precision });
  });
  it('سوق السبت is a place, not a Saturday', () => {
    expect(findDates(normalizeForMatching('غرفة عمليات بمنطقة سوق السبت'), PUB)).toHaveLength(0);
  });
});
