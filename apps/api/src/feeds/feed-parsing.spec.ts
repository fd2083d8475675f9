import { backoffMinutes, isFullText } from './feed-poller.service.js';
import { parseFeed } from './feed-parsing.js';

const rss = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>موقع</title>
<item><title>أ</title><link>/news/a</link><guid isPermaLink="false">g-a</guid><pubDate>Mon, 07 Oct 2019 08:00:00 GMT</pubDate>
<description>ملخص قصير</description><content:encoded><![CDATA[<p>النص الكامل</p>]]></content:encoded></item>
<item><title>ب</title><link>https://other.example/b</link><description>ملخص</description></item>
</channel></rss>`;

describe('parseFeed', () => {
  it('reads RSS entries with their guid (else link), absolute link, date and full content', () => {
    const feed = parseFeed(rss, 'application/rss+xml', 'https://news.example/rss.xml');
    expect(feed.title).toBe('موقع');
    expect(feed.entries).toEqual([
      {
        guid: 'g-a',
        link: 'https://news.example/news/a',
        title: 'أ',
        published: '2019-10-07T08:00:00.000Z',
        content: '<p>النص الكامل</p>',
      },
      {
        guid: 'https://other.example/b',
        link: 'https://other.example/b',
        title: 'ب',
        published: null,
        content: 'ملخص',
      },
    ]);
  });

  it('reads a JSON Feed', () => {
    const json = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'J',
      items: [{ id: 'j1', url: 'https://news.example/j1', content_text: 'text' }],
    });
    expect(parseFeed(json, 'application/feed+json', 'https://news.example/feed.json').entries).toMatchObject([
      { guid: 'j1', link: 'https://news.example/j1', content: 'text' },
    ]);
  });

  it('throws on what is no feed', () => {
    expect(() => parseFeed('<rss><channel><item><title>x</item></channel', 'text/xml', 'https://x.example/')).toThrow();
    expect(() => parseFeed('<html><body>hi</body></html>', 'text/html', 'https://x.example/')).toThrow();
    expect(() => parseFeed('{not json', 'application/json', 'https://x.example/')).toThrow(/JSON/);
  });
});

describe('backoffMinutes', () => {
  it('doubles the interval per failure, capped at a day but never below the interval', () => {
    expect([0, 1, 2, 3].map((failures) => backoffMinutes(30, failures))).toEqual([30, 60, 120, 240]);
    expect(backoffMinutes(30, 12)).toBe(1440);
    expect(backoffMinutes(3000, 2)).toBe(3000);
  });
});

describe('isFullText', () => {
  it('takes long or multi-paragraph text, not a summary or a cut-off teaser', () => {
    expect(isFullText('x'.repeat(400))).toBe(true);
    expect(isFullText(`${'a'.repeat(120)}\n\n${'b'.repeat(120)}`)).toBe(true);
    expect(isFullText('A one-line summary.')).toBe(false);
    expect(isFullText(`${'x'.repeat(500)} …`)).toBe(false);
  });
});
