import { normalizeForMatching } from './normalize.js';
import { segment } from './segment.js';
import { tokenize } from './tokens.js';

function sentences(text: string): string[] {
  const norm = normalizeForMatching(text);
  const tokens = tokenize(norm);
  return segment(tokens, norm).sentences.map((s) => norm.slice(tokens.start[s.firstToken], tokens.end[s.endToken - 1]));
}

describe('segment', () => {
  it('splits at a full stop with no space after it', () => {
    expect(sentences('القتال حول طرابلس.حيث أعلنت الغرفة')).toHaveLength(2);
  });
  it('does not split after abbreviations such as د. and أ.ف.ب', () => {
    expect(sentences('وقال د. محمد إن الوضع صعب، بحسب أ.ف.ب، والقتال مستمر. ثم انتهى')).toHaveLength(2);
  });
  it('splits at ؛ but not at ،', () => {
    expect(sentences('تقدم الجيش، وتراجعت القوات؛ ثم هدأ القتال')).toHaveLength(2);
  });
  it('keeps a quotation with full stops inside it in one sentence', () => {
    expect(sentences('"We hold the line. We will advance," the spokesman said. Then silence.')).toHaveLength(2);
    expect(sentences('قال «تقدمنا. وسنتقدم» ثم صمت.')).toHaveLength(1);
  });
  it('does not split decimals', () => {
    expect(sentences('The price rose 3.5 percent today.')).toHaveLength(1);
  });
});
