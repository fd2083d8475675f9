import { loadPack } from '../packs/pack-files.js';
import { campOpposition, campReferences } from './camp-opposition.js';
import { OPPOSITION_RULES, scoreOpposition } from './score-opposition.js';

const claim = (text: string, otherCampNames: string[] = []) => ({ text, otherCampNames });
const rules = (result: ReturnType<typeof scoreOpposition>) => result.evidence.map((item) => item.rule);

describe('scoreOpposition', () => {
  describe('denial', () => {
    it('fires on an Arabic denial with a clitic and without hamza or taa marbuta care', () => {
      const result = scoreOpposition(
        claim('قالت قوات الوفاق إنها صدت هجوما على وادي الربيع'),
        claim('ونفت القيادة العامة ما تردد عن انسحاب قواتها'),
      );
      expect(rules(result)).toContain(OPPOSITION_RULES.denial);
      expect(result.evidence.find((e) => e.rule === 'denial')?.quotes).toEqual([{ claim: 'b', text: 'نفت' }]);
    });

    it('fires on an English denial and quotes the original words', () => {
      const result = scoreOpposition(
        claim('The LNA said it captured the airport.'),
        claim('GNA spokesman Denied reports that the airport had fallen.'),
      );
      expect(result.evidence[0]).toEqual({ rule: 'denial', weight: 3, quotes: [{ claim: 'b', text: 'Denied' }] });
    });

    it('reads «لا صحة» and «عار عن الصحة» as denials', () => {
      expect(rules(scoreOpposition(claim('لا صحة لما يروج عن سقوط المطار'), claim('سيطرنا على المطار')))).toContain(
        'denial',
      );
      expect(rules(scoreOpposition(claim('هذا الخبر عارٍ عن الصحة'), claim('x')))).toContain('denial');
    });

    it('does not fire inside a longer word', () => {
      // «نفير» (mobilisation) begins with نف… but is no denial; "falsehood" is not "false".
      expect(scoreOpposition(claim('أعلن النفير العام'), claim('falsehoods spread')).evidence).toEqual([]);
    });
  });

  describe('opposite outcomes', () => {
    it('took control against repelled, in Arabic', () => {
      const result = scoreOpposition(
        claim('أكد المتحدث أن قواتنا سيطرت على معسكر اليرموك'),
        claim('قالت غرفة العمليات إن قواتها صدت الهجوم على معسكر اليرموك'),
      );
      expect(result.evidence).toEqual([
        {
          rule: 'opposite-outcome/took-control-vs-repelled',
          weight: 3,
          quotes: [
            { claim: 'a', text: 'سيطرت' },
            { claim: 'b', text: 'صدت' },
          ],
        },
      ]);
      expect(result.score).toBe(3);
    });

    it('killed against no casualties, in English, either order', () => {
      const result = scoreOpposition(
        claim('The ministry said the strike caused no casualties.'),
        claim('Medics said five civilians were killed in the strike.'),
      );
      expect(result.evidence.map((e) => [e.rule, e.quotes])).toEqual([
        [
          'opposite-outcome/killed-vs-no-casualties',
          [
            { claim: 'a', text: 'no casualties' },
            { claim: 'b', text: 'killed' },
          ],
        ],
      ]);
    });

    it('does not read "no casualties" as casualties, so two reports of no casualties do not oppose', () => {
      expect(scoreOpposition(claim('no casualties were reported'), claim('there were no casualties')).score).toBe(0);
    });

    it('killed against «دون إصابات»', () => {
      const result = scoreOpposition(claim('مقتل ثلاثة مدنيين في القصف'), claim('سقطت القذائف دون إصابات'));
      expect(rules(result)).toContain('opposite-outcome/killed-vs-no-casualties');
    });

    it('needs the two outcomes on different claims: both claiming control is no contradiction', () => {
      expect(scoreOpposition(claim('we seized the bridge'), claim('our forces captured the bridge')).score).toBe(0);
    });
  });

  describe('accusation of the other camp', () => {
    it('fires when the accusing claim names the other camp by a framing label', () => {
      const result = scoreOpposition(claim('واتهمت القيادة الميليشيات بقصف الأحياء', ['ميليشيات']), claim('x'));
      expect(result.evidence).toEqual([
        {
          rule: 'accusation-of-the-other-camp',
          weight: 2,
          quotes: [
            { claim: 'a', text: 'اتهمت' },
            { claim: 'a', text: 'ميليشيات' },
          ],
        },
      ]);
    });

    it('does not fire on an accusation that names nobody of the other camp', () => {
      expect(scoreOpposition(claim('He accused the media of lying', ['LNA']), claim('x')).score).toBe(0);
      expect(scoreOpposition(claim('The GNA accused the LNA of shelling', ['LNA']), claim('x')).score).toBe(2);
    });
  });

  it('adds the weights of every rule that fires', () => {
    const result = scoreOpposition(
      claim('GNA denied that the LNA took control of the camp and said it repelled the attack'),
      claim('The LNA said it took control of the camp', []),
    );
    expect(rules(result)).toEqual(['denial', 'opposite-outcome/took-control-vs-repelled']);
    expect(result.score).toBe(6);
  });

  it('finds nothing between two unrelated claims', () => {
    expect(scoreOpposition(claim('اجتماع في تونس'), claim('Talks resumed in Geneva')).evidence).toEqual([]);
  });
});

describe('campOpposition and campReferences (from the bundled packs)', () => {
  const packs = [loadPack('libya-2019'), loadPack('sudan-2023')];

  it('ranks two opposed belligerents first, a belligerent against anyone next, the rest last', () => {
    const rank = campOpposition(packs);
    const [first, second] = packs[0].camps.filter((c) => c.role === 'belligerent').map((c) => c.id);
    const other = packs[0].camps.find((c) => c.role === 'international')!.id;
    const unknown = packs[0].camps.find((c) => c.role === 'unknown')!.id;
    expect(rank(first, second)).toBe(0);
    expect(rank(second, first)).toBe(0);
    expect(rank(first, other)).toBe(1);
    expect(rank(other, unknown)).toBe(2);
  });

  it('names each camp by its names and the framing labels for its forces', () => {
    const refs = campReferences(packs);
    const libya = packs[0].camps[0];
    expect(refs.get(libya.id)).toEqual(expect.arrayContaining([libya.names.en, libya.names.ar]));
    const label = packs[0].framing[0];
    expect(refs.get(label.camp)).toContain(label.label);
  });
});
