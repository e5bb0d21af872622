// The report page's one script (allowed by its hash in the Content-Security-Policy): pages of
// the item table on demand, search, and the category/verdict filter. Everything else on the
// page works without it. Pages 2..n arrive as the text of <noscript> elements (markup the
// report wrote, every archive value already escaped); the script parses a page's rows only
// when they are shown, and searches a plain-text copy of each row.

export const REPORT_SCRIPT = `
(function () {
  'use strict';
  var form = document.getElementById('filters');
  var pages = document.getElementById('pages');
  var results = document.getElementById('results');
  if (!form || !pages || !results) return;
  var input = document.getElementById('q');
  var category = document.getElementById('category');
  var boxes = form.querySelectorAll('input[type=checkbox][name=verdict]');
  var status = document.getElementById('status');
  var more = document.getElementById('more');
  var body = results.querySelector('tbody');
  var total = Number(pages.getAttribute('data-total'));
  var PAGE = 200;
  var chunks = [];
  var matches = [], shown = 0, timer = 0;

  function parse(markup) {
    var t = document.createElement('template');
    t.innerHTML = markup;
    return t.content;
  }

  // Pages 2..n: a closed page whose rows are parsed from the noscript text when it is opened.
  var first = pages.querySelector('details.page tbody');
  // Page 1 is read back from the page, whose serialiser leaves quotes in text unescaped.
  if (first) chunks.push({ markup: first.innerHTML, quotes: false });
  var sources = pages.querySelectorAll('noscript.page-src');
  for (var s = 0; s < sources.length; s++) {
    (function (src) {
      var markup = src.textContent;
      chunks.push({ markup: markup, quotes: true });
      var page = document.createElement('details');
      page.className = 'page';
      var summary = document.createElement('summary');
      summary.textContent = src.getAttribute('data-summary');
      page.appendChild(summary);
      page.addEventListener('toggle', function once() {
        if (!page.open) return;
        page.removeEventListener('toggle', once);
        var built = parse(markup).querySelector('table');
        if (built) page.appendChild(built);
      });
      src.replaceWith(page);
    })(sources[s]);
  }

  // The index: per page its markup and where each row starts. A search looks for each word in
  // the markup (escaped as the markup escapes text, case-insensitively), keeps matches outside
  // tags, and maps them to rows. Nothing is copied per row, so it is built in moments.
  var index = [], cats = [], verdicts = [], rowCount = 0, indexed = 0;
  function indexChunk(c) {
    var markup = c.markup;
    var end = markup.lastIndexOf('</tbody>');
    if (end < 0) end = markup.length;
    var starts = [];
    // Every row starts <tr class="V CODE"> (V: l or p; CODE: c and the category's number).
    for (var j = markup.indexOf('<tr class="'); j >= 0 && j < end; j = markup.indexOf('<tr class="', j + 4)) {
      starts.push(j);
      verdicts.push(markup.charAt(j + 11));
      cats.push(markup.slice(j + 13, markup.indexOf('"', j + 13)));
    }
    index.push({ markup: markup, end: end, starts: starts, base: rowCount, quotes: c.quotes });
    rowCount += starts.length;
  }
  function indexAll() { while (indexed < chunks.length) indexChunk(chunks[indexed++]); }
  function indexSome() {
    var until = Date.now() + 12;
    while (indexed < chunks.length && Date.now() < until) indexChunk(chunks[indexed++]);
    if (indexed < chunks.length) setTimeout(indexSome, 0);
  }
  var BACKSLASH = String.fromCharCode(92);
  var SPECIAL = '.*+?^$' + '{}()|[]/' + BACKSLASH;
  function pattern(t, quotes) {
    t = t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    if (quotes) t = t.replace(/"/g, '&quot;').replace(/'/g, '&#39;');
    var out = '';
    for (var i = 0; i < t.length; i++) out += (SPECIAL.indexOf(t[i]) >= 0 ? BACKSLASH : '') + t[i];
    return new RegExp(out, 'gi');
  }
  function rowAt(starts, pos) {
    var lo = 0, hi = starts.length - 1;
    while (lo < hi) { var mid = (lo + hi + 1) >> 1; if (starts[mid] <= pos) lo = mid; else hi = mid - 1; }
    return lo;
  }
  function rowMarkup(r) {
    var lo = 0, hi = index.length - 1;
    while (lo < hi) { var mid = (lo + hi + 1) >> 1; if (index[mid].base <= r) lo = mid; else hi = mid - 1; }
    var c = index[lo], k = r - c.base;
    return c.markup.slice(c.starts[k], k + 1 < c.starts.length ? c.starts[k + 1] : c.end);
  }
  /** hits[row] = how many of the terms, in order, the row holds. */
  function findRows(terms) {
    var hits = new Uint8Array(rowCount);
    for (var t = 0; t < terms.length; t++) {
      for (var ci = 0; ci < index.length; ci++) {
        var c = index[ci], markup = c.markup, re = pattern(terms[t], c.quotes), m;
        if (c.starts.length === 0) continue;
        re.lastIndex = c.starts[0];
        while ((m = re.exec(markup)) && m.index < c.end) {
          var pos = m.index;
          if (markup.lastIndexOf('<', pos) > markup.lastIndexOf('>', pos)) continue; // inside a tag
          var k = rowAt(c.starts, pos);
          if (hits[c.base + k] === t) hits[c.base + k] = t + 1;
          if (k + 1 >= c.starts.length) break;
          re.lastIndex = c.starts[k + 1];
        }
      }
    }
    return hits;
  }

  function showMore() {
    var end = Math.min(matches.length, shown + PAGE);
    var markup = '';
    for (var k = shown; k < end; k++) markup += rowMarkup(matches[k]);
    body.appendChild(parse(markup));
    shown = end;
    more.hidden = shown >= matches.length;
    if (!more.hidden) more.textContent = 'Show ' + Math.min(PAGE, matches.length - shown) + ' more (' + (matches.length - shown).toLocaleString('en-US') + ' left)';
  }

  function run() {
    timer = 0;
    indexAll();
    var terms = input.value.toLowerCase().split(/\\s+/).filter(Boolean);
    var cat = category.value;
    var want = {};
    var all = true;
    for (var b = 0; b < boxes.length; b++) { want[boxes[b].value] = boxes[b].checked; if (!boxes[b].checked) all = false; }
    if (terms.length === 0 && !cat && all) {
      results.hidden = true; pages.hidden = false; status.textContent = ''; more.hidden = true;
      return;
    }
    var hits = terms.length ? findRows(terms) : null;
    matches = [];
    for (var i = 0; i < rowCount; i++) {
      if (!want[verdicts[i]] || (cat && cats[i] !== cat)) continue;
      if (hits && hits[i] !== terms.length) continue;
      matches.push(i);
    }
    body.replaceChildren();
    shown = 0;
    showMore();
    pages.hidden = true;
    results.hidden = false;
    status.textContent = matches.length.toLocaleString('en-US') + ' of ' + total.toLocaleString('en-US') + ' items match';
  }

  function later() { if (timer) clearTimeout(timer); timer = setTimeout(run, 40); }
  form.addEventListener('submit', function (e) { e.preventDefault(); run(); });
  input.addEventListener('input', later);
  category.addEventListener('change', run);
  for (var b = 0; b < boxes.length; b++) boxes[b].addEventListener('change', run);
  more.addEventListener('click', showMore);
  form.hidden = false;
  setTimeout(indexSome, 300);
})();
`;
