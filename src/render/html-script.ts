// The report page's one script (allowed by its hash in the Content-Security-Policy): search and
// the category/verdict filter over the item table. Everything else on the page works without it.
// It never parses markup: matching rows are cloned from the page, so archive text stays text.

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
  var PAGE = 200;
  var rows = null, texts, cats, verdicts, matches = [], shown = 0, timer = 0;

  function index() {
    var list = pages.querySelectorAll('tr[data-c]');
    rows = new Array(list.length); texts = new Array(list.length); cats = new Array(list.length); verdicts = new Array(list.length);
    for (var i = 0; i < list.length; i++) {
      var tr = list[i];
      rows[i] = tr;
      texts[i] = tr.textContent.toLowerCase();
      cats[i] = tr.getAttribute('data-c');
      verdicts[i] = tr.getAttribute('data-v');
    }
  }

  function showMore() {
    var end = Math.min(matches.length, shown + PAGE);
    var frag = document.createDocumentFragment();
    for (var k = shown; k < end; k++) frag.appendChild(rows[matches[k]].cloneNode(true));
    body.appendChild(frag);
    shown = end;
    more.hidden = shown >= matches.length;
    if (!more.hidden) more.textContent = 'Show ' + Math.min(PAGE, matches.length - shown) + ' more (' + (matches.length - shown).toLocaleString('en-US') + ' left)';
  }

  function run() {
    timer = 0;
    if (rows === null) index();
    var terms = input.value.toLowerCase().split(/\\s+/).filter(Boolean);
    var cat = category.value;
    var want = {};
    var all = true;
    for (var b = 0; b < boxes.length; b++) { want[boxes[b].value] = boxes[b].checked; if (!boxes[b].checked) all = false; }
    if (terms.length === 0 && !cat && all) {
      results.hidden = true; pages.hidden = false; status.textContent = ''; more.hidden = true;
      return;
    }
    matches = [];
    outer: for (var i = 0; i < rows.length; i++) {
      if (!want[verdicts[i]] || (cat && cats[i] !== cat)) continue;
      for (var t = 0; t < terms.length; t++) if (texts[i].indexOf(terms[t]) < 0) continue outer;
      matches.push(i);
    }
    body.replaceChildren();
    shown = 0;
    showMore();
    pages.hidden = true;
    results.hidden = false;
    status.textContent = matches.length.toLocaleString('en-US') + ' of ' + rows.length.toLocaleString('en-US') + ' items match';
  }

  function later() { if (timer) clearTimeout(timer); timer = setTimeout(run, 40); }
  form.addEventListener('submit', function (e) { e.preventDefault(); run(); });
  input.addEventListener('input', later);
  category.addEventListener('change', run);
  for (var b = 0; b < boxes.length; b++) boxes[b].addEventListener('change', run);
  more.addEventListener('click', showMore);
  form.hidden = false;
  // Build the search index once the page is idle, so that the first search answers at once.
  (window.requestIdleCallback || function (f) { return setTimeout(f, 200); })(function () { if (rows === null) index(); });
})();
`;
