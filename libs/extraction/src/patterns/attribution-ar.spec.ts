import type { ExtractedClaim } from '@claimline/contracts';
import { createExtractor } from '../extractor.js';

const extractor = createExtractor();
const claimsOf = (text: string): ExtractedClaim[] =>
  extractor.extract(text, { publishedAt: '2019-10-07', language: 'ar' }).claims;
function claimWith(text: string, inside: string): ExtractedClaim {
  const at = text.indexOf(inside);
  const found = claimsOf(text).find((c) => c.start <= at && at + inside.length <= c.end);
  if (!found) throw new Error(`no claim contains «${inside}»`);
  return found;
}

describe('Arabic attribution', () => {
  describe('verb first, source after', () => {
    it('وأفاد … بـ', () => {
      const text = 'وأفاد المركز الإعلامي لغرفة عمليات الكرامة، بهروب عناصر من مصنع الأسمنت.';
      const claim = claimWith(text, 'بهروب عناصر');
      expect(claim.source.key).toBe('karama-ops-media-centre');
      expect(claim.source.camp).toBe('LNA');
      expect(claim.cue).toBe('وأفاد');
    });
    it('offsets point into the original text', () => {
      const text = 'وقالت  الصفحة الرسمية لقاعدة الوطية الجوية، إنّ المقاتلات استهدفت مواقع.';
      const claim = claimWith(text, 'المقاتلات استهدفت');
      expect(text.slice(claim.start, claim.end)).toBe(claim.text);
      expect(text.slice(claim.source.start, claim.source.end)).toBe(claim.source.mention);
    });
  });

  describe('source first', () => {
    it('subject before the verb', () => {
      const claim = claimWith(
        'وكانت مجموعة الدول الصناعية الكبرى السبع،دعت في ختام مؤتمرها إلى تنظيم مؤتمر دولي.',
        'تنظيم مؤتمر دولي',
      );
      expect(claim.source.key).toBe('g7');
    });
    it('resumptive فيه after a statement', () => {
      const claim = claimWith('وصدر بيان عن البيت الأبيض أعلن فيه أن الرئيسين يدعمان الحل.', 'الرئيسين يدعمان');
      expect(claim.source.key).toBe('white-house');
    });
  });

  describe('prepositional: content before, source after', () => {
    it.each(['وفق بيان للخارجية المصرية', 'بحسب الخارجية المصرية', 'وفقا لـ الخارجية المصرية', 'حسب الخارجية المصرية'])(
      '%s',
      (cue) => {
        const text = `وبحث الطرفان سبل تفعيل المسار السياسي، ${cue}.`;
        const claim = claimWith(text, 'سبل تفعيل المسار');
        expect(claim.source.key).toBe('egypt-foreign-ministry');
      },
    );
    it('على لسان at the start of the sentence puts the content after the source', () => {
      const claim = claimWith('وعلى لسان محمد قنونو، جاء أن سلاح الجو نفذ ضربات.', 'سلاح الجو نفذ');
      expect(claim.source.key).toBe('mohamed-gnounou');
    });
  });

  describe('relay', () => {
    it('keeps the channel and the speaker', () => {
      const claim = claimWith(
        'ونقل موقع "ارم نيوز" الاخباري عن مصدر عسكري "ان سلاح الجو دمر آليات لمليشيا لواء الصمود".',
        'سلاح الجو دمر',
      );
      expect(claim.channel).toContain('ارم نيوز');
      expect(claim.source.kind).toBe('anonymous');
      // Unnamed, so unknown: calling the other side «مليشيا» hints at a side but does not name the speaker's.
      expect(claim.source.camp).toBe('UNKNOWN');
    });
    it('قوله after the speaker', () => {
      const claim = claimWith('ونقلت قناة "أوروبا 1"، عن لودريان قوله إنه "لن يكون هناك نصر عسكري".', 'نصر عسكري');
      expect(claim.source.key).toBe('jean-yves-le-drian');
      expect(claim.channel).toContain('أوروبا 1');
    });
  });

  describe('continuations and back-references', () => {
    const text =
      'وذكرت غرفة عمليات إجدابيا أن المقاتلات شنت غارات، مشيرة إلى أن الإصابات مباشرة. وبينت أن الغارات شملت الرملة. وقالت الغرفة إن العمليات مستمرة.';
    it('مشيرة keeps the previous source', () => {
      expect(claimWith(text, 'الإصابات مباشرة').source.key).toBe('ajdabiya-ops-room');
    });
    it('a bare verb (وبينت أن) refers back', () => {
      expect(claimWith(text, 'الغارات شملت').source.key).toBe('ajdabiya-ops-room');
    });
    it('الغرفة resolves to the operations room', () => {
      const claim = claimWith(text, 'العمليات مستمرة');
      expect(claim.source.key).toBe('ajdabiya-ops-room');
      expect(claim.source.mention).toBe('الغرفة');
    });
    it('واضاف قائلا continues across paragraphs', () => {
      const claim = claimWith(
        'وقال مصدر عسكري تابع للقوات المسلحة العربية الليبية إن الهجوم بدأ.\n\nواضاف قائلا "إن التحركات واردة".',
        'التحركات واردة',
      );
      expect(claim.source.camp).toBe('LNA');
    });
  });

  describe('channel phrases are never the source', () => {
    it('على صفحتها بموقع فيسبوك', () => {
      const claim = claimWith(
        'ومن جهتها ذكرت غرفة عمليات إجدابيا على صفحتها بموقع فيسبوك أن المقاتلات شنت 3 غارات.',
        'شنت 3 غارات',
      );
      expect(claim.channel).toBe('على صفحتها بموقع فيسبوك');
      expect(claim.source.key).toBe('ajdabiya-ops-room');
    });
    it('في تدوينة نشرتها … before the verb', () => {
      const claim = claimWith(
        'وفي تدوينة نشرتها غرفة عمليات بركان الغضب، أوضح آمر غرفة العمليات الميدانية احمد ابوشحمة، أن القوات بدأت التعزيز.',
        'القوات بدأت',
      );
      expect(claim.source.key).toBe('ahmed-abushahma');
      expect(claim.channel).toContain('تدوينة');
    });
  });

  describe('guards for cue words with other meanings', () => {
    it('بين without أن is not a cue', () => {
      expect(claimsOf('ودارت اشتباكات بين قوات الوفاق والجيش الوطني في عين زارة.')).toHaveLength(0);
    });
    it('نقل without عن is not a relay', () => {
      expect(claimsOf('ونقل الهلال الأحمر الجرحى إلى مستشفى طرابلس.')).toHaveLength(0);
    });
  });

  describe('denials, accusations, condemnations', () => {
    it('نفت … مؤكدة', () => {
      const text = 'نفت القيادة العامة صحة الأنباء عن الانسحاب، مؤكدة أن قواتها في مواقعها.';
      expect(claimWith(text, 'صحة الأنباء').source.camp).toBe('LNA');
      expect(claimWith(text, 'قواتها في مواقعها').source.camp).toBe('LNA');
    });
    it('اتهم X Y بـ keeps the accused in the claim', () => {
      expect(claimWith('اتهمت حكومة الوفاق الوطني قوات حفتر بقصف حي سكني.', 'قوات حفتر بقصف').source.camp).toBe('GNA');
    });
    it('أدانت … with a direct object', () => {
      expect(
        claimWith('وأدانت بعثة الأمم المتحدة للدعم في ليبيا القصف الذي طال الحي.', 'القصف الذي طال').source.key,
      ).toBe('unsmil');
    });
  });

  describe('sources and camps', () => {
    it('unknown source camp from an affiliation phrase, returned as a proposal', () => {
      const text = 'وقال آمر كتيبة الصاعقة الموالية لحكومة الوفاق إن قواته تقدمت.';
      const result = extractor.extract(text, { publishedAt: '2019-10-07', language: 'ar' });
      expect(result.claims[0].source.camp).toBe('GNA');
      expect(result.claims[0].source.key).toBeNull();
      expect(result.proposals).toHaveLength(1);
    });
    it('مراقبون are UNKNOWN and anonymous', () => {
      const claim = claimWith('ويرى مراقبون،أنه لا حل عسكري للأزمة.', 'لا حل عسكري');
      expect(claim.source.camp).toBe('UNKNOWN');
      expect(claim.source.kind).toBe('anonymous');
    });
  });

  describe("the outlet's own narration", () => {
    it('is not an attributed claim', () => {
      expect(
        claimsOf('يواصل الجيش الوطني الليبي تكثيف عملياته العسكرية حول طرابلس وسط حديث عن خسائر كبيرة.'),
      ).toHaveLength(0);
    });
  });
});
