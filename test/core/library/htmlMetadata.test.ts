// Saved web pages: what a page says of itself (JSON-LD, OpenGraph, meta, <time>, the headline it shows)
// read in the right order, its declared encoding honoured, and no date invented from the clock.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../electron/core/library/article';
import { SHARED_DIR } from '../../support/paths';

const BODY = Array.from(
  { length: 4 },
  (_, at) =>
    `<p>Paragraph ${at + 1} of the article: the ministers met in the capital to discuss trade, transit and new rail links between the two countries.</p>`,
).join('');

async function read(html: string | Uint8Array) {
  const outcome = await readArticle(typeof html === 'string' ? new TextEncoder().encode(html) : html, '/pages/page.html', 'Pages');
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.article;
}

describe('a saved web page’s metadata', () => {
  it('takes the headline the page shows over a <title> that adds the site, or a generic one', async () => {
    const suffixed = await read(
      `<html><head><title>Ministers agree new rail links | The Daily Example — News, Weather</title></head><body><article><h1>Ministers agree new rail links</h1>${BODY}</article></body></html>`,
    );
    expect(suffixed.title).toBe('Ministers agree new rail links');
    const generic = await read(
      `<html><head><title>Page</title></head><body><main><h1>Rail links agreed in Minsk talks</h1>${BODY}</main></body></html>`,
    );
    expect(generic.title).toBe('Rail links agreed in Minsk talks');
  });

  it('drops the site’s name from a declared title, and a branding <h1> does not beat it', async () => {
    const named = await read(
      `<html><head><title>x</title><meta property="og:site_name" content="Daily Example"><meta property="og:title" content="Daily Example - Ministers agree new rail links"></head><body>${BODY}</body></html>`,
    );
    expect(named.title).toBe('Ministers agree new rail links');
    const host = await read(
      `<html><head><title>Ministers agree new rail links · dailyexample</title><link rel="canonical" href="https://www.dailyexample.com/news/rail"></head><body>${BODY}</body></html>`,
    );
    expect(host.title).toBe('Ministers agree new rail links');
    // a short site name inside a headline's words is not the site's part of the title
    const short = await read(
      `<html><head><title>Putin – support for Donbass | RT</title><link rel="canonical" href="https://www.rt.com/news/1/"></head><body>${BODY}</body></html>`,
    );
    expect(short.title).toBe('Putin – support for Donbass');
    const branding = await read(
      `<html><head><title>Ministers agree new rail links in Minsk talks</title></head><body><h1><a href="/">Hi, I’m the Daily Example</a></h1>${BODY}</body></html>`,
    );
    expect(branding.title).toBe('Ministers agree new rail links in Minsk talks');
    // a section's name over the story is not the story's headline
    const section = await read(
      `<html><head><title>Ministers agree new rail links in Minsk talks</title></head><body><h1>Allergies Health Center</h1>${BODY}</body></html>`,
    );
    expect(section.title).toBe('Ministers agree new rail links in Minsk talks');
    // Dublin Core first, and properties that name several at once
    const dublin = await read(
      `<html><head><title>x</title><meta property="og:title twitter:title" content="Social title"><meta property="x:title dc:title" content="Ministers agree new rail links"></head><body>${BODY}</body></html>`,
    );
    expect(dublin.title).toBe('Ministers agree new rail links');
    // CJK titles: a site glued with a bare colon, a breadcrumb of section and site, the host's first label
    // as the first word of the site's part
    const glued = await read(
      `<html><head><title>マインドマップ風のツリーを描画できる「Treeviz」:phpspot開発日誌</title><link rel="canonical" href="http://phpspot.org/blog/archives/2019/04/treeviz.html"></head><body>${BODY}</body></html>`,
    );
    expect(glued.title).toBe('マインドマップ風のツリーを描画できる「Treeviz」');
    const crumbs = await read(
      `<html><head><title>这个约会软件，想用你和对方的相似好恶来帮你找对象_智能_好奇心日报</title></head><body>${BODY}</body></html>`,
    );
    expect(crumbs.title).toBe('这个约会软件，想用你和对方的相似好恶来帮你找对象');
    const agency = await read(
      `<html><head><title>ゴールデンウィークにおける情報セキュリティに関する注意喚起：IPA 独立行政法人 情報処理推進機構</title><link rel="canonical" href="https://www.ipa.go.jp/security/topics/alert310415.html"></head><body>${BODY}</body></html>`,
    );
    expect(agency.title).toBe('ゴールデンウィークにおける情報セキュリティに関する注意喚起');
    // a page that prints its title again after the article keeps its body
    const repeated = await read(
      `<html><head><title>Ministers agree new rail links</title></head><body>${BODY}<div>Ministers agree new rail links</div></body></html>`,
    );
    expect(repeated.body).toContain('Paragraph 4 of the article');
  });

  it('dates a page by its own <time>, its address or a dated byline — never by a list of other stories', async () => {
    const others = `<aside>${['2022-10-20', '2022-09-28', '2022-10-07'].map((day) => `<a href="#">Other story <time datetime="${day}T04:00:00Z">${day}</time></a>`).join('')}</aside>`;
    const recirculated = await read(
      `<html><head><title>x</title></head><body><h1>Ministers agree new rail links</h1>${BODY}${others}</body></html>`,
    );
    expect(recirculated.date).toBeNull();
    const header = await read(
      `<html><head><title>x</title></head><body><div><h1>Ministers agree new rail links</h1><p class="meta">By Anna <time datetime="2019-04-19T09:39:34+09:00">19 April</time></p></div>${BODY}${others}</body></html>`,
    );
    expect(header.date).toBe('2019-04-19');
    const address = await read(
      `<!-- saved from url=(0061)https://www.dailyexample.com/world/2016/12/14/rail-links.html -->\n<html><head><title>x</title></head><body>${BODY}</body></html>`,
    );
    expect({ date: address.date, source: address.source }).toEqual({ date: '2016-12-14', source: 'dailyexample.com' });
    // a year and month in the address are not a day
    const month = await read(
      `<html><head><title>x</title><link rel="canonical" href="https://example.org/2016/12/rail-links/"></head><body>${BODY}</body></html>`,
    );
    expect(month.date).toBeNull();
    for (const [line, day] of [
      ['Written by Michael Larabel in Valve on 1 June 2019 at 08:34 PM EDT. 10 Comments', '2019-06-01'],
      ['公開日：2019年3月4日', '2019-03-04'],
      ['2019.03.05', '2019-03-05'],
      ['2017-03-01 14:27:02', '2017-03-01'],
      ['By Anna Schmidt on 12 March 2021', '2021-03-12'],
      ['By Ann Lee | 14 March 2024', '2024-03-14'],
    ]) {
      const stamped = await read(
        `<html><head><title>x</title></head><body><h1>Ministers agree new rail links</h1><p>${line}</p>${BODY}</body></html>`,
      );
      expect(stamped.date, line).toBe(day);
    }
  });

  it('takes JSON-LD’s datePublished, author and headline over a page-generation stamp, and reads meta value=', async () => {
    const page = await read(
      `<html><head><title>x</title><meta name="generated-date" content="2024-11-02"><meta name="date" value="2024-03-01">
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Site"},{"@type":"NewsArticle","headline":"Talks end in Baku","datePublished":"2024-03-14T10:15:00+04:00","author":[{"@type":"Person","name":"Anna Schmidt"}],"publisher":{"name":"Example News"}}]}</script>
      </head><body>${BODY}</body></html>`,
    );
    expect({ title: page.title, date: page.date, author: page.author }).toEqual({
      title: 'Talks end in Baku',
      date: '2024-03-14',
      author: 'Anna Schmidt',
    });
    const cdata = await read(
      `<html><head><title>x</title><script type="application/ld+json"><![CDATA[ {"@type":"NewsArticle","headline":"Talks end in Baku","datePublished":"2015-10-15T02:19:15Z"} ]]></script></head><body>${BODY}</body></html>`,
    );
    expect(cdata.date).toBe('2015-10-15');
    // a WebPage node before the article (as Yoast writes it) fills only what the article leaves
    const yoast = await read(
      `<html><head><title>x</title><script type="application/ld+json">{"@graph":[{"@type":"WebPage","name":"Home","datePublished":"2020-01-01","author":"Webmaster"},{"@type":"Article","headline":"Talks end in Baku","datePublished":"2024-03-14","author":{"name":"Anna Schmidt"}}]}</script></head><body>${BODY}</body></html>`,
    );
    expect({ date: yoast.date, author: yoast.author }).toEqual({ date: '2024-03-14', author: 'Anna Schmidt' });
    const metaValue = await read(
      `<html><head><title>Rail links agreed</title><meta name="date" value="2016-11-29 03:33:08"></head><body>${BODY}</body></html>`,
    );
    expect(metaValue.date).toBe('2016-11-29');
  });

  it('dates a page by the stamp printed by its headline, and never by a relative "2 hours ago"', async () => {
    const stamped = await read(
      `<html><head><title>Rail links agreed</title></head><body><h1>Rail links agreed</h1><div>Updated: Dec 15, 2016 2:57 PM UTC</div>${BODY}</body></html>`,
    );
    expect(stamped.date).toBe('2016-12-15');
    for (const relative of ['vor 2 Stunden', '2 hours ago', 'yesterday', '2 часа назад'])
      expect(
        (
          await read(
            `<html><head><title>Rail links agreed</title></head><body><h1>Rail links agreed</h1><div>${relative}</div>${BODY}</body></html>`,
          )
        ).date,
      ).toBeNull();
  });

  it('takes the stamp under the headline — a section’s name before it, or only an updated one — over a date further down', async () => {
    const page = (header: string, below = '') =>
      read(
        `<html><head><title>Rail links agreed</title></head><body><h1>Rail links agreed</h1><p>${header}</p>${BODY}<ul><li>${below}</li></ul></body></html>`,
      );
    // a section's name before the stamp (capitalised words, no byline): "Politics 14 March 2024 10:15"
    for (const [header, day] of [
      ['OSS×クラウド最新TOPICS 2019年3月15日 09:43', '2019-03-15'],
      ['Politik 14.03.2024, 10:15 Uhr', '2024-03-14'],
      ['Политика 14 марта 2024, 10:15', '2024-03-14'],
    ] as const)
      expect((await page(header)).date, header).toBe(day);
    // a sentence, a byline, four words, or a long name without the stamp's time is not a section's name
    for (const header of [
      'The talks begin 14 March 2024 10:15',
      'By Alexandra Richardson 14 March 2024 10:15',
      'Alexandra Richardson Politics Desk 14 March 2024 10:15',
      'Internationale Politik 14. März 2024',
      '日本と中国、首脳会談を開催 2024年3月14日 10:15',
    ])
      expect((await page(header)).date, header).toBeNull();
    // the page says only when it was last updated: that, not another story's date in its text
    expect((await page('最終更新日：2019年4月2日', '2019年3月15日')).date).toBe('2019-04-02');
    expect((await page('Last updated: 2 April 2019', '15 March 2019')).date).toBe('2019-04-02');
    // a published stamp anywhere by the headline still wins over an updated one, and in the header a plain one does
    expect((await page('Updated: 2 April 2019', 'Published: 15 March 2019')).date).toBe('2019-03-15');
    expect(
      (
        await read(
          `<html><head><title>Rail links agreed</title></head><body><p>15 March 2019 10:00</p><h1>Rail links agreed</h1><p>Updated: 2 April 2019</p>${BODY}</body></html>`,
        )
      ).date,
    ).toBe('2019-03-15');
  });

  it('reads schema.org microdata’s datePublished from `content` on any element', async () => {
    const page = await read(
      `<html><head><title>Head First</title></head><body><h1>Head First</h1><dl><dt>発行年月日</dt><dd itemprop="datePublished" content="2019-04-26">2019年04月</dd></dl>${BODY}<p>2019-12-17</p></body></html>`,
    );
    expect(page.date).toBe('2019-04-26');
    // an empty one says nothing: the page's other dates are read
    const empty = await read(
      `<html><head><title>x</title><meta itemprop="datePublished" content=""></head><body><h1>Rail links agreed</h1><p><time itemprop="datePublished" datetime="2019-04-26T10:00:00Z">26 April</time></p>${BODY}</body></html>`,
    );
    expect(empty.date).toBe('2019-04-26');
  });

  it('does not read a sentence that starts with "By" as a dated byline', async () => {
    const sentence = await read(
      `<html><head><title>x</title></head><body><h1>Ministers agree new rail links</h1><p>By the end of the talks on 12 March 2021 the ministers had agreed.</p>${BODY}</body></html>`,
    );
    expect(sentence.date).toBeNull();
  });

  it('honours a declared legacy charset, and reads UTF-8 as UTF-8 even under a stale declaration', async () => {
    const russian = `<html><head><meta charset="windows-1251"><title>Переговоры в Минске</title></head><body><h1>Переговоры в Минске</h1><p>Министры обсудили торговлю, транзит и новые железнодорожные линии между двумя странами на встрече в столице.</p><p>Следующая встреча пройдет осенью, сообщило министерство иностранных дел.</p></body></html>`;
    expect((await read(new Uint8Array(iconv.encode(russian, 'windows-1251')))).title).toBe('Переговоры в Минске');
    const german = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>Grüße aus Köln</title></head><body><h1>Grüße aus Köln</h1>${BODY}</body></html>`;
    expect((await read(new Uint8Array(iconv.encode(german, 'iso-8859-1')))).title).toBe('Grüße aus Köln');
    const resaved = russian.replace('windows-1251', 'gb2312');
    expect((await read(resaved)).title).toBe('Переговоры в Минске');
  });

  // real saved pages (Postlight's fixtures, their ground truth beside them), each a way a page prints its
  // byline: "By" and the name in separate blocks (deadspin), obfuscated classes (qz), a user handle in a
  // meta beside the printed byline (al.com), a related story's byline before the article's (refinery29),
  // a text line that is not a byline (slate), the name in the author box's <h2> (deadline), rel=author (uproxx)
  it('reads the headline of real Japanese pages, and a blog’s name in its <h1> is not one', async () => {
    const fixtures = path.join(SHARED_DIR, 'pages', 'postlight-parser-fixtures', 'pages');
    const titleOf = async (page: string) => (await read(await readFile(path.join(fixtures, `${page}.html`)))).title;
    // an <h1> without spaces is a headline too (the <title> adds "：IPA 独立行政法人 …")
    expect(await titleOf('www.ipa.go.jp')).toBe('ゴールデンウィークにおける情報セキュリティに関する注意喚起');
    expect(await titleOf('www.lifehacker.jp')).toBe('ファインの新聞ストッカーは引越しにも使える！ 家具の固定も簡単');
    // its closing full stop goes
    expect(await titleOf('www.sanwa.co.jp')).toBe('指紋認証でWindows 10にサインインできる指紋認証機能付きマウスを発売');
    // "<blog's name> - <entry>": the <h1> outside any article is the blog's name
    expect(await titleOf('takagi-hiromitsu.jp')).toBe(
      '改正NICT法がプチ炎上、工場出荷時共通初期パスワードが識別符号に当たらないことが理解されていない',
    );
    // but a short headline before a long site name or a dated credit stays the headline
    for (const [title, h1] of [
      ['Obama wins - Breaking news and analysis from the Example Daily', 'Obama wins'],
      ['Умер Кобзон - РИА Новости, 30.08.2018', 'Умер Кобзон'],
    ])
      expect((await read(`<html><head><title>${title}</title></head><body><h1>${h1}</h1>${BODY}</body></html>`)).title).toBe(h1);
  });

  it('reads the byline a real page prints by its headline', async () => {
    const fixtures = path.join(SHARED_DIR, 'pages', 'postlight-parser-fixtures');
    for (const page of [
      'deadspin.com',
      'qz.com',
      'www.al.com',
      'www.refinery29.com',
      'www.slate.com',
      'deadline.com',
      'uproxx.com',
      'www.bustle.com',
    ]) {
      const truth = JSON.parse(await readFile(path.join(fixtures, 'ground-truth', `${page}.json`), 'utf8')) as {
        expected: { author: string };
      };
      const article = await read(await readFile(path.join(fixtures, 'pages', `${page}.html`)));
      // al.com's truth adds the address the page prints after the name
      expect({ page, author: article.author }).toEqual({ page, author: truth.expected.author.replace(/\s*\|.*$/, '') });
    }
  });

  // Readability's first pass is kept only when it finds at least its default 500 characters: a lower bar
  // let a newsletter box or a print banner stand for the article on real pages
  it('takes the article, not a newsletter box or a print banner, out of a real page', async () => {
    const pages = path.join(SHARED_DIR, 'pages', 'readability-test-pages', 'pages');
    const blog = await read(await readFile(path.join(pages, 'firefox-nightly-blog', 'source.html')));
    expect(blog.body).toContain('which aims to prevent starting an update while another Firefox instance is running');
    expect(blog.body).not.toContain('Get the Mozilla newsletter');
    const health = await read(await readFile(path.join(pages, 'medicalnewstoday', 'source.html')));
    expect(health.body).toContain('most of the work done by our brains happens on an unconscious level');
  });
});
