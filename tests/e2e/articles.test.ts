import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ARTICLE_TEXT_LIMIT, ARTICLE_TITLE_LIMIT } from '../../src/linkedin/readers/article-html.js';
import { readArticle } from '../../src/linkedin/readers/articles.js';
import { TextCollector } from '../../src/linkedin/text/html-text.js';
import type { Item } from '../../src/model/report.js';
import { memoryEntry, writeZip } from '../helpers/archive.js';
import { runCli } from '../helpers/cli.js';
import { scan } from '../helpers/scan.js';

// The article shapes of the exports (2018 to 2026), as LinkedIn writes them.
const STYLE = '  <style>\n    body { margin: 0 auto; width: 744px; }\n    .created, .published { color: rgba(0, 0, 0, 0.55); }\n  </style>\n';

function articleHtml(options: { title: string; h1: string; created: string; published: string | null; body: string; era: '2018' | 'modern' }): string {
  return [
    '<html>',
    '<head>',
    `  <title>${options.title}</title>`,
    ...(options.era === '2018' ? ['  <meta charset="UTF-8">'] : []),
    STYLE + '</head>',
    '<body>',
    '    <img src="https://media.licdn.com/mpr/mpr/cover.jpg" alt="Cover" title="Cover" />',
    `      ${options.h1}`,
    `    <p class="created">Created on ${options.created}</p>`,
    ...(options.published === null ? [] : [`  <p class="published">${options.published}</p>`]),
    `  <div>${options.body}</div>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

async function read(html: string | Buffer, chunkSize = 65536, path = 'Articles/Articles/a.html') {
  const bytes = typeof html === 'string' ? Buffer.from(html, 'utf8') : html;
  const result = await readArticle(memoryEntry(path, bytes, chunkSize), { archive: 0, allItems: false });
  expect(result.items).toHaveLength(1);
  return { item: result.items[0]!, warnings: result.warnings.map((w) => w.message), result };
}

/** Compares long texts without printing megabytes when they differ. */
function expectText(actual: string, expected: string): void {
  if (actual === expected) return;
  let i = 0;
  while (i < Math.min(actual.length, expected.length) && actual[i] === expected[i]) i++;
  expect({ length: actual.length, at: i, around: actual.slice(Math.max(0, i - 20), i + 20) }).toEqual({
    length: expected.length,
    at: expected.length,
    around: expected.slice(Math.max(0, i - 20), i + 20),
  });
}

const BODY = '<p>First paragraph.</p><h3>A heading</h3><ul><li>One</li><li>Two</li></ul><blockquote>Quoted</blockquote><hr><p>Last.</p>';
const BODY_TEXT = 'First paragraph.\n\nA heading\n\n• One\n\n• Two\n\nQuoted\n\nLast.';

describe('article shapes of every export era', () => {
  const cases: Array<{ name: string; path: string; era: '2018' | 'modern'; h1: string; published: string | null; url: string | null; date: string | null }> = [
    {
      name: '2018 published',
      path: 'Articles/five-lessons-ola-nordmann.html',
      era: '2018',
      h1: '<h1><a href="https://www.linkedin.com/pulse/five-lessons-ola-nordmann">Five lessons</a></h1>',
      published: 'Published on 2018-03-08 07:30',
      url: 'https://www.linkedin.com/pulse/five-lessons-ola-nordmann',
      date: '2018-03-08T07:30:00Z',
    },
    {
      name: '2018 draft ("Not published yet", edit link)',
      path: 'Articles/2018-06-02 21:14:09.html',
      era: '2018',
      h1: '<h1><a href="https://www.linkedin.com/post/edit/6408123456789012345">Five lessons</a></h1>',
      published: 'Not published yet',
      url: 'https://www.linkedin.com/post/edit/6408123456789012345',
      date: null,
    },
    {
      name: '2021+ published',
      path: 'Articles/Articles/five-lessons-ola-nordmann-k3x9q.html',
      era: 'modern',
      h1: '<h1><a href="https://www.linkedin.com/pulse/five-lessons-ola-nordmann-k3x9q">Five lessons</a></h1>',
      published: 'Published on 2024-09-01 20:31',
      url: 'https://www.linkedin.com/pulse/five-lessons-ola-nordmann-k3x9q',
      date: '2024-09-01T20:31:00Z',
    },
    {
      name: '2021+ draft ("Published on ---", no link)',
      path: 'Articles/Articles/2024-11-26 23:56:48.0-Five lessons.html',
      era: 'modern',
      h1: '<h1>Five lessons</h1>',
      published: 'Published on ---',
      url: null,
      date: null,
    },
    {
      name: 'draft without a published paragraph',
      path: 'Articles/Articles/2024-11-26 23_56_48.0-Five lessons.html',
      era: 'modern',
      h1: '<h1>Five lessons</h1>',
      published: null,
      url: null,
      date: null,
    },
  ];

  for (const c of cases) {
    it(c.name, async () => {
      const html = articleHtml({ title: 'Five lessons', h1: c.h1, created: '2018-03-07 20:11', published: c.published, body: BODY, era: c.era });
      const zip = await writeZip({ [c.path]: html });
      const report = await scan(zip);
      const items = report.items.filter((i) => i.category === 'articles');
      expect(items).toHaveLength(1);
      const item = items[0]!;
      expect(item).toMatchObject({ title: 'Five lessons', url: c.url, text: BODY_TEXT, source: { file: c.path, line: null } });
      expect(item.details).toEqual({ Created: '2018-03-07T20:11:00Z', Published: c.date ?? 'not published (draft)' });
      // Drafts carry their created date; published articles their published date.
      expect(item.date).toBe(c.date ?? '2018-03-07T20:11:00Z');
      expect(report.warnings.filter((w) => w.file === c.path)).toEqual([]);
    });
  }

  it('reads the same item whatever the chunk size, across references and UTF-8 sequences', async () => {
    const html = articleHtml({
      title: 'Caf&eacute; &amp; co &rsquo;24',
      h1: '<h1><a href="https://www.linkedin.com/pulse/cafe?a=1&amp;b=2">Caf&eacute;</a></h1>',
      created: '2024-09-01 19:35',
      published: 'Published on 2024-09-01 20:31',
      body: '<p>&euro;5 &mdash; &#8217;quoted&#x2019; &#x1F600; &lt;b&gt; &amp;lt; &notit; x&nbsp;y&NotANamedOne; Æøå 日本語 😀</p><p>a<br>b</p>',
      era: 'modern',
    });
    const expected = await read(html, 1 << 20);
    expect(expected.item.title).toBe('Café & co ’24');
    expect(expected.item.url).toBe('https://www.linkedin.com/pulse/cafe?a=1&b=2');
    expect(expected.item.text).toBe('€5 — ’quoted’ 😀 <b> &lt; ¬it; x y&NotANamedOne; Æøå 日本語 😀\n\na\nb');
    for (const size of [1, 2, 3, 7, 64]) {
      const { item, warnings } = await read(html, size);
      expect({ ...item, size }).toEqual({ ...expected.item, size });
      expect(warnings).toEqual([]);
    }
  });

  it('keeps a .created or .published element that is not a date line as article text', async () => {
    const html =
      '<html><head><title>T</title></head><body><h1>T</h1><p class="created">Created on 2024-09-01 19:35</p>' +
      '<p class="published">Published on 2024-09-02 08:00</p><div><p class="created">A created thing</p><span class="published">Press ' +
      '<b>coverage</b> <div>' + 'and more '.repeat(200) + 'end';
    const { item, warnings } = await read(html);
    expect(item.details).toEqual({ Created: '2024-09-01T19:35:00Z', Published: '2024-09-02T08:00:00Z' });
    expectText(item.text, 'A created thing\n\nPress coverage' + ' and more'.repeat(200) + ' end');
    expect(warnings).toEqual([]);
  });

  it('an unclosed date line does not swallow the article, and an unknown one is a warning', async () => {
    const html = '<h1>T</h1><p class="created">Created on 2024-09-01 19:35</p><span class="published">Veröffentlicht am 2. September <b>' + 'word '.repeat(1000);
    const { item, warnings } = await read(html);
    expect(item.details).toEqual({ Created: '2024-09-01T19:35:00Z', Published: 'not published (draft)' });
    expectText(item.text, 'Veröffentlicht am 2. September' + ' word'.repeat(1000));
    expect(warnings).toEqual(['article publication line not recognised; read as not published']);
  });

  it('a published date it cannot read is a warning, never a silent draft', async () => {
    const html = articleHtml({ title: 'T', h1: '<h1>T</h1>', created: 'yesterday', published: 'Published on 2 September 2024', body: '<p>x</p>', era: 'modern' });
    const { item, warnings } = await read(html);
    expect(item.details).toEqual({ Published: 'not published (draft)' });
    expect(warnings).toEqual(['article "Created on" date not recognised', 'article "Published on" date not recognised; read as not published']);
    expect(warnings.join(' ')).not.toContain('September');
  });

  it('takes the title from the file name when the article has neither <title> nor heading', async () => {
    const { item } = await read('<p class="created">Created on 2024-09-01 19:35</p><div><p>Text</p></div>', 65536, 'Articles/Articles/2024-09-01 19_35_00.0-Untitled .html');
    expect(item).toMatchObject({ title: '2024-09-01 19_35_00.0-Untitled ', text: 'Text', url: null });
  });

  it('decodes an article that is not UTF-8 as windows-1252, from the start', async () => {
    const html = articleHtml({ title: 'Caf\u00e9', h1: '<h1>Caf\u00e9</h1>', created: '2024-09-01 19:35', published: 'Published on ---', body: '<p>It\u2019s \u20ac5.</p>', era: 'modern' });
    const bytes = Buffer.from(html.replace('\u2019', '\u0092').replace('\u20ac', '\u0080'), 'latin1');
    const { item, warnings, result } = await read(bytes, 16);
    expect(item).toMatchObject({ title: 'Café', text: 'It’s €5.' });
    expect(result.encoding).toBe('windows-1252');
    expect(warnings).toEqual(['not valid UTF-8; decoded as windows-1252']);
  });

  it('reads a UTF-16LE article (with BOM)', async () => {
    const html = articleHtml({ title: 'Æøå', h1: '<h1>Æøå</h1>', created: '2024-09-01 19:35', published: 'Published on 2024-09-01 20:31', body: '<p>日本語</p>', era: '2018' });
    const { item, result } = await read(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(html, 'utf16le')]), 5);
    expect(item).toMatchObject({ title: 'Æøå', text: '日本語', date: '2024-09-01T20:31:00Z' });
    expect(result.encoding).toBe('utf-16le');
  });
});

describe('hostile article HTML stays text', () => {
  it('drops scripts and styles, keeps only LinkedIn links as the url, and passes bidi and control characters through raw', async () => {
    const html =
      '<html><head><title>Tit\u202ele\u0007</title><script>document.title = "</p>not text"</script></head><body>' +
      '<h1><a href="javascript:alert(1)">Title</a></h1><p class="created">Created on 2024-09-01 19:35</p><p class="published">Published on ---</p>' +
      '<div><style>p { content: "not text either" }</style><p>Visible \u202egnp.exe\u202c and \u001b[2J here</p><SCRIPT type="text/javascript">var x = "<p>nor this</p>";</SCRIPT><p>End</p></div></body></html>';
    const { item, warnings } = await read(html);
    expect(item.title).toBe('Tit\u202ele\u0007');
    expect(item.text).toBe('Visible \u202egnp.exe\u202c and \u001b[2J here\n\nEnd');
    expect(item.url).toBeNull();
    expect(warnings).toEqual(['article link is not a https://www.linkedin.com/ address; not kept']);
    expect(warnings.join(' ')).not.toContain('javascript');
  });

  for (const href of [
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'https://evil.example/pulse/x',
    'https://www.linkedin.com.evil.example/pulse/x',
    'https://www.linkedin.com@evil.example/pulse/x',
    'http://www.linkedin.com/pulse/x',
    'https://www.linkedin.com/pulse/x\u202etxt',
    'https://www.linkedin.com/pulse/x y',
    '//www.linkedin.com/pulse/x',
    'data:text/html,<script>alert(1)</script>',
  ]) {
    it(`does not keep ${JSON.stringify(href)} as the url`, async () => {
      const escaped = href.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
      const { item, warnings } = await read(`<title>T</title><h1><a href="${escaped}">T</a></h1><p class="created">Created on 2024-09-01 19:35</p>`);
      expect(item.url).toBeNull();
      expect(warnings).toEqual(['article link is not a https://www.linkedin.com/ address; not kept']);
    });
  }

  it('keeps a LinkedIn link with references decoded and surrounding spaces trimmed', async () => {
    const { item, warnings } = await read('<h1> <a href=" https://www.linkedin.com/pulse/x?a=1&amp;b=%E2%80%AE ">T</a></h1><p class="created">Created on 2024-09-01 19:35</p>');
    expect(item.url).toBe('https://www.linkedin.com/pulse/x?a=1&b=%E2%80%AE');
    expect(warnings).toEqual([]);
  });

  it('the terminal output neutralises what the JSON keeps raw', async () => {
    const html = '<title>Evil\u001b]0;pwned\u0007 \u202eTitle</title><h1>x</h1><p class="created">Created on 2024-09-01 19:35</p><p class="published">Published on 2024-09-01 20:31</p><div><p>Body \u001b[2J \u202etext</p></div>';
    const zip = await writeZip({ 'Articles/Articles/evil.html': html });
    const json = runCli(['scan', zip, '--json', '--all-items']);
    expect(json.status).toBe(0);
    const item = (JSON.parse(json.stdout) as { items: Item[] }).items.find((i) => i.category === 'articles')!;
    expect(item).toMatchObject({ title: 'Evil\u001b]0;pwned\u0007 \u202eTitle', text: 'Body \u001b[2J \u202etext' });
    const list = runCli(['list', zip, '--category', 'articles']);
    expect(list.status).toBe(0);
    expect(list.stdout).toContain('pwned');
    // eslint-disable-next-line no-control-regex
    expect(list.stdout + list.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  });
});

describe('large and malformed articles: linear time, bounded text', () => {
  const META = '<p class="created">Created on 2024-09-01 19:35</p><p class="published">Published on 2024-09-01 20:31</p>';
  const N = 1_000_000;

  // A quadratic reader (the old regular expressions; htmlparser2's Parser on nesting) takes minutes here.
  it('1 M unclosed <title> tags', async () => {
    const { item, warnings } = await read('<html><head>' + '<title>'.repeat(N));
    // Everything after the first <title> is its text, as in browsers; the title is cut.
    expectText(item.title!, '<title>'.repeat(N).slice(0, ARTICLE_TITLE_LIMIT));
    expect(item.text).toBe('');
    expect(warnings).toContain(`article title is ${7 * (N - 1)} characters long; only the first ${ARTICLE_TITLE_LIMIT} were kept`);
  });

  it('1 M unclosed <h1> and <a href> tags', async () => {
    const { item, warnings } = await read('<title>Real title</title>' + META + '<div>' + '<h1><a href="https://www.linkedin.com/pulse/x">word '.repeat(N) + 'end');
    // The first <h1> is the heading (its link is the url); each next one ends the one before.
    expect(item).toMatchObject({ title: 'Real title', url: 'https://www.linkedin.com/pulse/x', date: '2024-09-01T20:31:00Z' });
    const full = 'word '.repeat(N - 1) + 'end';
    expectText(item.text, full.slice(0, ARTICLE_TEXT_LIMIT));
    expect(warnings).toEqual([`article text is ${full.length} characters long; only the first ${ARTICLE_TEXT_LIMIT} were kept (${full.length - ARTICLE_TEXT_LIMIT} characters cut)`]);
  });

  it('1 M unclosed <div>s and 1 M stray end tags', async () => {
    const { item, warnings } = await read('<title>T</title>' + META + '<div>'.repeat(N) + 'middle' + '</span>'.repeat(N) + 'end');
    expect(item).toMatchObject({ title: 'T', text: 'middleend', date: '2024-09-01T20:31:00Z' });
    expect(warnings).toEqual([]);
  });

  it('1 M unclosed date lines and comments', async () => {
    const { item } = await read('<title>T</title>' + META + '<p class="published">x'.repeat(N) + '<!--'.repeat(N));
    expect(item.details).toEqual({ Created: '2024-09-01T19:35:00Z', Published: '2024-09-01T20:31:00Z' });
    expectText(item.text, 'x'.repeat(N));
  });

  it(`keeps the first ${ARTICLE_TEXT_LIMIT} characters of a longer article and says how much was cut`, async () => {
    const paragraph = '<p>Lorem ipsum dolor sit amet, ' + 'x'.repeat(60) + '.</p>'; // a blank line after each
    const count = 40_000;
    const { item, warnings } = await read('<title>T</title>' + META + '<div>' + paragraph.repeat(count) + '</div>');
    const full = (paragraph.replace(/<\/?p>/g, '') + '\n\n').repeat(count).trimEnd();
    expectText(item.text, full.slice(0, ARTICLE_TEXT_LIMIT));
    expect(warnings).toEqual([`article text is ${full.length} characters long; only the first ${ARTICLE_TEXT_LIMIT} were kept (${full.length - ARTICLE_TEXT_LIMIT} characters cut)`]);
    expect(warnings[0]).not.toContain('Lorem');
  });

  it('says so when a <title> split oddly across every chunk end could not all be read', async () => {
    // Each 7-byte chunk ends inside "</tit", so the Tokenizer never hands the title text over early.
    const { item, warnings } = await read('<title>' + 'ab</tit'.repeat(200_000) + 'le><p class="created">Created on 2024-09-01 19:35</p>', 7);
    expect(item.title!.length).toBe(ARTICLE_TITLE_LIMIT);
    expect(warnings).toHaveLength(2);
    expect(warnings[1]).toMatch(/^\d+ characters inside a <title>, <textarea> or similar element could not be read/);
  });

  it('never keeps half of a surrogate pair at the cut', async () => {
    const { item } = await read('<p>' + 'a'.repeat(ARTICLE_TEXT_LIMIT - 1) + '😀😀</p>', 4096);
    expectText(item.text, 'a'.repeat(ARTICLE_TEXT_LIMIT - 1));
  });
});

describe('the text rules', () => {
  // The whitespace rules of the reader this replaces, as regular expressions: the specification.
  const reference = (raw: string) =>
    raw
      .replace(/[ \t\u00a0]+/g, ' ')
      .replace(/ *\n */g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();

  it('collect exactly what the old whitespace rules gave, whatever the pieces', () => {
    const alphabet = fc.constantFrom(' ', '\t', '\u00a0', '\n', '\r', '\u2028', '\ufeff', 'a', 'b', 'é', '😀');
    fc.assert(
      fc.property(fc.array(fc.array(alphabet, { maxLength: 12 }).map((chars) => chars.join('')), { maxLength: 12 }), fc.integer({ min: 1, max: 40 }), (pieces, limit) => {
        const whole = reference(pieces.join(''));
        const collector = new TextCollector(limit);
        for (const piece of pieces) collector.add(piece);
        let kept = whole.slice(0, limit);
        if (kept.length < whole.length && /[\ud800-\udbff]$/.test(kept)) kept = kept.slice(0, -1);
        expect(collector.length).toBe(whole.length);
        // The kept text, trimmed at the end like the whole (a cut may end on whitespace).
        expect(collector.text()).toBe(kept);
        expect(collector.cut).toBe(whole.length - collector.text().length);
      }),
      { numRuns: 2000 },
    );
  });
});
