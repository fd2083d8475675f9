/**
 * Pages and feeds for the fetch and feed tests, written for Claimline's tests (short sentences of
 * our own, not real reporting). Each Arabic article carries attributed claims the extractor finds.
 */

export const ARABIC_STORIES = [
  {
    slug: 'ain-zara',
    title: 'تقدم في محور عين زارة',
    published: '2019-10-07',
    paragraphs: [
      'قال المتحدث باسم الجيش الوطني الليبي أحمد المسماري إن قواته تقدمت في محور عين زارة جنوب طرابلس.',
      'وأكد المسماري أن الوحدات سيطرت على عدة مواقع بعد اشتباكات استمرت ساعات.',
      'من جهتها، قالت حكومة الوفاق الوطني في بيان إن قواتها صدت الهجوم وأعادت التمركز في مواقعها.',
    ],
  },
  {
    slug: 'airport',
    title: 'قصف قرب المطار',
    published: '2019-10-08',
    paragraphs: [
      'قالت حكومة الوفاق الوطني إن طائرة مسيرة قصفت محيط مطار معيتيقة صباح الثلاثاء.',
      'وأضافت الحكومة أن الرحلات علقت لساعات قبل أن تستأنف مساء.',
      'في المقابل، قال المسماري إن الضربة استهدفت مخزنا للذخيرة داخل المطار.',
    ],
  },
  {
    slug: 'truce',
    title: 'دعوة أممية إلى الهدنة',
    published: '2019-10-09',
    paragraphs: [
      'قال المبعوث الأممي غسان سلامة إن الطرفين مطالبان بوقف إطلاق النار فورا لحماية المدنيين.',
      'وأكد سلامة أن البعثة مستعدة لاستضافة محادثات في أقرب وقت.',
      'من جانبه، قال المتحدث باسم الجيش الوطني الليبي إن قواته ملتزمة بحماية المدنيين في كل المحاور.',
    ],
  },
] as const;

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An article page with navigation and footer boilerplate around it; metadata as asked. */
export function articlePage(
  story: { title: string; paragraphs: readonly string[]; published?: string },
  options: { lang?: 'ar' | 'en'; siteName?: string; canonical?: string; dated?: boolean } = {},
): string {
  const lang = options.lang ?? 'ar';
  const meta = [
    `<meta property="og:title" content="${escapeXml(story.title)}">`,
    options.siteName ? `<meta property="og:site_name" content="${escapeXml(options.siteName)}">` : '',
    options.dated !== false && story.published
      ? `<meta property="article:published_time" content="${story.published}T09:30:00+02:00">`
      : '',
    options.canonical ? `<link rel="canonical" href="${escapeXml(options.canonical)}">` : '',
  ].join('\n');
  const nav = lang === 'ar' ? ['الرئيسية', 'سياسة', 'رياضة', 'من نحن'] : ['Home', 'Politics', 'Sport', 'About us'];
  return `<!doctype html>
<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}"><head><meta charset="utf-8"><title>${escapeXml(story.title)}</title>
${meta}</head>
<body>
<header><nav>${nav.map((item) => `<a href="/${encodeURIComponent(item)}">${item}</a>`).join(' | ')}</nav></header>
<main><article><h1>${escapeXml(story.title)}</h1>
${story.paragraphs.map((text) => `<p>${escapeXml(text)}</p>`).join('\n')}
</article></main>
<footer>${lang === 'ar' ? 'جميع الحقوق محفوظة للموقع التجريبي' : 'All rights reserved, test site'}</footer>
</body></html>`;
}

export const ENGLISH_STORY = {
  title: 'Clashes south of the capital',
  paragraphs: [
    'The Government of National Accord said its forces had pushed back an attack near Ain Zara on Monday.',
    'Ahmed al-Mismari, spokesman of the Libyan National Army, said the army still held its positions south of Tripoli.',
    'The United Nations mission said it was alarmed by reports of shelling in residential districts.',
  ],
};

/** RSS 2.0 whose items carry only a one-line summary: each page must be fetched. */
export function rssFeed(
  origin: string,
  items: readonly { slug: string; title: string; published: string; summary?: string }[],
): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>الموقع التجريبي</title><link>${origin}/</link><description>أخبار تجريبية</description><language>ar</language>
${items
  .map(
    (item) => `<item>
  <title>${escapeXml(item.title)}</title>
  <link>${origin}/news/${item.slug}</link>
  <guid isPermaLink="false">story-${item.slug}</guid>
  <pubDate>${new Date(`${item.published}T08:00:00Z`).toUTCString()}</pubDate>
  <description>${escapeXml(item.summary ?? item.title)}</description>
</item>`,
  )
  .join('\n')}
</channel></rss>`;
}

/** Atom with the full article in each entry's content: nothing else to fetch. */
export function atomFeed(
  origin: string,
  entries: readonly { id: string; title: string; published: string; paragraphs: readonly string[] }[],
): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>English test wire</title><id>${origin}/atom</id><updated>2019-10-08T00:00:00Z</updated>
${entries
  .map(
    (entry) => `<entry>
  <title>${escapeXml(entry.title)}</title>
  <id>${entry.id}</id>
  <link href="${origin}/wire/${entry.id}"/>
  <published>${entry.published}T07:00:00Z</published><updated>${entry.published}T07:00:00Z</updated>
  <content type="html">${escapeXml(entry.paragraphs.map((text) => `<p>${text}</p>`).join(''))}</content>
</entry>`,
  )
  .join('\n')}
</feed>`;
}

/** JSON Feed 1.1 with full text. */
export function jsonFeed(
  origin: string,
  items: readonly { id: string; title: string; published: string; paragraphs: readonly string[] }[],
): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'JSON test feed',
    home_page_url: `${origin}/`,
    items: items.map((item) => ({
      id: item.id,
      url: `${origin}/json/${item.id}`,
      title: item.title,
      date_published: `${item.published}T07:00:00Z`,
      content_html: item.paragraphs.map((text) => `<p>${text}</p>`).join(''),
    })),
  });
}
