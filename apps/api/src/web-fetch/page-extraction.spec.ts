import { dayOf, extractPage, htmlToText } from './page-extraction.js';

const paragraphs = [
  'قال المتحدث باسم الجيش الوطني الليبي أحمد المسماري إن قواته تقدمت في محور عين زارة جنوب طرابلس.',
  'وأكد المسماري أن الوحدات سيطرت على عدة مواقع بعد اشتباكات استمرت ساعات.',
  'من جهتها، قالت حكومة الوفاق الوطني في بيان إن قواتها صدت الهجوم وأعادت التمركز في مواقعها.',
];

const page = (head: string, extra = '') => `<!doctype html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>عنوان الصفحة | موقع تجريبي</title>${head}</head>
<body>
  <nav><a href="/">الرئيسية</a> <a href="/sport">رياضة</a> <a href="/about">من نحن</a></nav>
  <article>
    <h1>تقدم في محور عين زارة</h1>
    ${extra}
    ${paragraphs.map((text) => `<p>${text}</p>`).join('\n    ')}
  </article>
  <footer>جميع الحقوق محفوظة — اشترك في النشرة البريدية</footer>
</body></html>`;

describe('extractPage', () => {
  it('reads the article text, title, outlet, canonical URL and the published time of the metadata', () => {
    const html = page(`
      <meta property="og:title" content="تقدم في محور عين زارة">
      <meta property="og:site_name" content="الموقع التجريبي">
      <meta property="article:published_time" content="2019-10-07T23:30:00+02:00">
      <link rel="canonical" href="/news/ain-zara?ref=canon#top">`);
    const extracted = extractPage(html, 'http://news.example/news/ain-zara?utm=feed');
    expect(extracted).toMatchObject({
      title: 'تقدم في محور عين زارة',
      outlet: 'الموقع التجريبي',
      publishedAt: '2019-10-07',
      language: 'ar',
      url: 'http://news.example/news/ain-zara?ref=canon',
    });
    expect(extracted!.body).toContain(`${paragraphs[0]}\n\n${paragraphs[1]}`);
    expect(extracted!.body).not.toContain('الرئيسية');
    expect(extracted!.body).not.toContain('النشرة البريدية');
  });

  it('takes the JSON-LD datePublished, also inside an @graph', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [{ '@type': 'NewsArticle', datePublished: '2020-01-19T08:00:00Z' }],
    });
    const extracted = extractPage(
      page(`<script type="application/ld+json">${ld}</script>`),
      'https://www.news.example/a',
    );
    expect(extracted).toMatchObject({
      publishedAt: '2020-01-19',
      outlet: 'news.example',
      url: 'https://www.news.example/a',
    });
  });

  it('takes a <time datetime> when nothing else states the date', () => {
    const extracted = extractPage(page('', '<time datetime="2019-04-05">5 أبريل</time>'), 'http://news.example/b');
    expect(extracted?.publishedAt).toBe('2019-04-05');
  });

  it('says null, not today, when the page states no date', () => {
    expect(extractPage(page(''), 'http://news.example/c')?.publishedAt).toBeNull();
  });

  it('returns null for a page without article text', () => {
    expect(extractPage('<html><body><nav><a href="/">Home</a></nav></body></html>', 'http://news.example/')).toBeNull();
  });
});

describe('htmlToText', () => {
  it('separates blocks by a blank line, keeps <br> as a line break and collapses spaces', () => {
    expect(
      htmlToText('<div><h2>Title</h2><p>One   <b>bold</b>\n word.</p><p>Two<br>lines</p><ul><li>a</li></ul></div>'),
    ).toBe('Title\n\nOne bold word.\n\nTwo\nlines\n\na');
  });
});

describe('dayOf', () => {
  it.each([
    ['2019-10-07T23:30:00+02:00', '2019-10-07'],
    ['2019-10-07', '2019-10-07'],
    ['Mon, 07 Oct 2019 10:00:00 GMT', '2019-10-07'],
    ['2019-02-30', null],
    ['yesterday', null],
    ['', null],
  ])('reads %j as %j', (value, day) => {
    expect(dayOf(value)).toBe(day);
  });
});
