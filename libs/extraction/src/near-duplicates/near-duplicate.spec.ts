import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { BANDS } from './minhash.js';
import {
  LshIndex,
  NEAR_DUPLICATE_RULES,
  compareFingerprints,
  fingerprint,
  type TextFingerprint,
} from './near-duplicate.js';
import { comparisonWords, fnv1a, jaccard, shingleHashes } from './shingles.js';

const fixture = (name: string) => readFileSync(resolve(__dirname, '../../../../fixtures', name), 'utf8');
const seedAr = fixture('seed-article-ar.txt');
const otherAr = fixture('eval/ar-2-truce.txt');
const longEn = fixture('eval/heldout14-a-en.txt');
const otherEn = fixture('eval/en-1-offensive.txt');

/** The text with the words at the given word positions replaced (whitespace-separated words). */
function changeWords(text: string, positions: number[], replacement: string): string {
  const parts = text.split(/(\s+)/);
  const wordIndexes = parts.flatMap((part, index) => (/\S/.test(part) ? [index] : []));
  for (const position of positions) parts[wordIndexes[position]] = replacement;
  return parts.join('');
}

const exact = (a: TextFingerprint, b: TextFingerprint) => jaccard(a.shingles, b.shingles);

describe('near-duplicates', () => {
  describe('comparison words', () => {
    it('ignore punctuation, tashkeel, hamza forms and digit scripts', () => {
      expect(comparisonWords('قالَ «المتحدث»، إن ٣ قذائف سقطت.')).toEqual(
        comparisonWords('قال المتحدث ان 3 قذائف سقطت'),
      );
      expect(comparisonWords('The U.N. said: "No."')).toEqual(['the', 'un', 'said', 'no']);
    });

    it('shingles hash each run of five words as written with single spaces (the stored band keys depend on it)', () => {
      const edgeCases = [
        '',
        '«…»!',
        'Ünïcödé STRASSE 𝐀𝐁𝐂 word 😀 test ٣٤ ۵ x',
        'lone \ud800 surrogate \udc00 here \ud835\udc00 tail',
        'zero\u200bwidth ـتطويل\tand\nnew lines  U.N. «quoted»',
      ];
      for (const text of [seedAr, otherAr, longEn, otherEn, 'قال المتحدث ان 3 قذائف', 'one two', ...edgeCases]) {
        const words = comparisonWords(text);
        const k = Math.min(5, words.length);
        const joined = new Set(
          words.slice(0, words.length - k + 1).map((_, i) => fnv1a(words.slice(i, i + k).join(' '))),
        );
        expect(shingleHashes(text)).toEqual(joined);
      }
      expect(shingleHashes('one two')).toEqual(new Set([fnv1a('one two')]));
    });
  });

  describe('Arabic', () => {
    it('the seed article with two words changed is at least 90 % the same (a reprint by the named rule)', () => {
      const original = fingerprint(seedAr);
      const edited = fingerprint(changeWords(seedAr, [40, 400], 'بنغازي'));
      const match = compareFingerprints(original, edited);
      expect(match?.similarity).toBeGreaterThanOrEqual(0.9);
      expect(match?.rule).toBe(NEAR_DUPLICATE_RULES.reprint);
      expect(Math.abs((match?.estimated ?? 0) - (match?.similarity ?? 0))).toBeLessThan(0.1);
    });

    it('a reprint with other punctuation and diacritics is 100 % the same', () => {
      const reprint = seedAr.replace(/،/g, ',').replace(/قال/g, 'قالَ');
      expect(compareFingerprints(fingerprint(seedAr), fingerprint(reprint))?.similarity).toBe(1);
    });

    it('a rewrite of a quarter of the words is no longer the same story', () => {
      const positions = Array.from({ length: 300 }, (_, i) => i * 4);
      expect(compareFingerprints(fingerprint(seedAr), fingerprint(changeWords(seedAr, positions, 'كلمة')))).toBeNull();
    });

    it('a 50-word dispatch with one word changed (the news) is not the same story', () => {
      const dispatch = (count: string) =>
        `قال المتحدث باسم الجيش الوطني الليبي اللواء أحمد المسماري إن قوات الجيش سيطرت على مواقع جديدة جنوب طرابلس وقتل ${count}.
وأعلن المركز الإعلامي لعملية بركان الغضب أن قوات الوفاق صدت هجوما على محور عين زارة.
من جهتها، دعت بعثة الأمم المتحدة للدعم في ليبيا إلى وقف فوري لإطلاق النار في طرابلس.`;
      const [five, fifty] = [fingerprint(dispatch('5')), fingerprint(dispatch('50'))];
      expect(exact(five, fifty)).toBeGreaterThanOrEqual(0.78);
      expect(compareFingerprints(five, fifty)).toBeNull();
    });

    it('an unrelated Arabic article is below 0.2 and not matched', () => {
      const a = fingerprint(seedAr);
      const b = fingerprint(otherAr);
      expect(exact(a, b)).toBeLessThan(0.2);
      expect(compareFingerprints(a, b)).toBeNull();
    });
  });

  describe('English', () => {
    it('an article with two words changed is at least 90 % the same', () => {
      const match = compareFingerprints(fingerprint(longEn), fingerprint(changeWords(longEn, [10, 300], 'Misrata')));
      expect(match?.similarity).toBeGreaterThanOrEqual(0.9);
    });

    it('a copy with a sentence cut is a light edit', () => {
      const cut = longEn.replace(/^[^.]+\.\s*/, '').replace(/[^.]+\.\s*$/, '');
      const match = compareFingerprints(fingerprint(longEn), fingerprint(`${cut} Reuters contributed.`));
      expect(match?.rule).toBe(NEAR_DUPLICATE_RULES.lightEdit);
    });

    it('an unrelated English article is below 0.2; Arabic against English shares nothing', () => {
      expect(exact(fingerprint(longEn), fingerprint(otherEn))).toBeLessThan(0.2);
      expect(exact(fingerprint(longEn), fingerprint(seedAr))).toBe(0);
    });
  });

  describe('fingerprints', () => {
    it('have one band key per band, and none for a text without words or a short dispatch', () => {
      expect(fingerprint(seedAr).bands).toHaveLength(BANDS);
      expect(new Set(fingerprint(seedAr).bands).size).toBe(BANDS);
      expect(fingerprint(' ،. ').bands).toEqual([]);
      // In a short text one changed word (a number, a place) is the news: it is never a near-duplicate.
      expect(fingerprint('قال المتحدث باسم الجيش إن القوات تقدمت في المحور الجنوبي وقتل 5').bands).toEqual([]);
    });

    it('are the same in every process (the band keys are stored)', () => {
      const text = longEn.slice(0, 400);
      expect(fingerprint(text).bands).toEqual(fingerprint(text.toUpperCase().replace(/,/g, ' ')).bands);
      expect(fingerprint(text).bands[0]).toMatch(/^00[0-9a-f]{8}$/);
    });
  });

  describe('LSH index', () => {
    it('finds the edited copy among unrelated articles, most shared bands first, without a scan', () => {
      const index = new LshIndex<string>();
      index.add('seed', fingerprint(seedAr).bands);
      index.add('other-ar', fingerprint(otherAr).bands);
      index.add('en', fingerprint(longEn).bands);
      const candidates = index.candidates(fingerprint(changeWords(seedAr, [5], 'مصراتة')).bands);
      expect(candidates[0]).toBe('seed');
      expect(candidates).not.toContain('en');
      expect(index.candidates(fingerprint(otherEn).bands)).toEqual([]);
    });
  });
});
