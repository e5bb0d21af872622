// The report page's one stylesheet (allowed by its hash in the Content-Security-Policy).
// Light and dark mode, print, and symbols as well as colours for the verdicts.

export const REPORT_CSS = `
:root{color-scheme:light dark;--bg:#fff;--fg:#1b1f24;--muted:#57606a;--line:#d0d7de;--panel:#f6f8fa;--link:#0a58ca;
--likely:#b42318;--possible:#9a6700;--unlikely:#57606a;--used:#f3c6c2;--probable:#f7d9d5;--uncertain:#fbeacb;--not_used:#e8ebef;--optout:#0a58ca}
@media (prefers-color-scheme:dark){:root{--bg:#0d1117;--fg:#e6edf3;--muted:#9da7b3;--line:#30363d;--panel:#161b22;--link:#79b8ff;
--likely:#ff7b72;--possible:#e3b341;--unlikely:#9da7b3;--used:#5a1e1b;--probable:#472220;--uncertain:#3d3213;--not_used:#21262d;--optout:#79b8ff}}
*{box-sizing:border-box}
html{background:var(--bg);color:var(--fg);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif}
body{margin:0 auto;max-width:72rem;padding:1.5rem}
h1{font-size:1.6rem;margin:.2rem 0 1rem}h2{font-size:1.25rem;margin:2.2rem 0 .6rem;border-bottom:1px solid var(--line);padding-bottom:.2rem}
a{color:var(--link)}
nav.toc{font-size:.9rem;color:var(--muted)}nav.toc a{margin-right:.8rem}
.answer{font-size:1.2rem;margin:.4rem 0;padding:.8rem 1rem;border-left:.35rem solid var(--likely);background:var(--panel)}
.answer.possible{border-left-color:var(--possible);font-size:1.05rem}
.sym{font-family:"Segoe UI Symbol","DejaVu Sans",system-ui,sans-serif}
.v-likely{color:var(--likely)}.v-possible{color:var(--possible)}.v-unlikely{color:var(--unlikely)}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:1rem 0}dl.facts dt{color:var(--muted)}dl.facts dd{margin:0}
table{border-collapse:collapse;width:100%;font-size:.92rem}
th,td{text-align:left;vertical-align:top;padding:.3rem .5rem;border-bottom:1px solid var(--line)}
th{background:var(--panel);font-weight:600}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
table.compact{width:auto}
tr.private td{color:var(--muted)}
table.items td:nth-child(4){unicode-bidi:isolate;overflow-wrap:anywhere;max-width:34rem}
table.items td:nth-child(2),table.items td:first-child{white-space:nowrap;font-variant-numeric:tabular-nums}
table.items tr.l>td:first-child{color:var(--likely)}table.items tr.p>td:first-child{color:var(--possible)}
small,.muted{color:var(--muted)}
figure{margin:1rem 0}
svg.timeline{width:100%;height:auto;display:block;font:12px system-ui,sans-serif}
svg .tl-label{fill:var(--fg)}svg .tl-small{fill:var(--muted);font-size:11px}
svg .baseline,svg .axis,svg .tick{stroke:var(--line);stroke-width:1}
svg .bar-likely{fill:var(--likely)}svg .bar-possible{fill:var(--possible)}svg .bar-unlikely{fill:none;stroke:var(--unlikely);stroke-width:.8}
svg .win-shade{opacity:.55}svg .win-band{stroke:var(--bg);stroke-width:1}
svg .win-used rect{fill:var(--used)}svg .win-probable rect{fill:var(--probable)}svg .win-uncertain rect{fill:var(--uncertain)}svg .win-not_used rect{fill:var(--not_used)}
svg .win-text{fill:var(--fg);font-size:11px}
svg .optout line{stroke:var(--optout);stroke-width:2;stroke-dasharray:5 3}svg .optout text{fill:var(--optout);font-weight:600}
details{margin:.5rem 0}summary{cursor:pointer}
details.page>summary{padding:.3rem 0;color:var(--muted)}
form.filters{display:flex;flex-wrap:wrap;gap:.6rem 1.2rem;align-items:center;padding:.7rem;background:var(--panel);border:1px solid var(--line);border-radius:.4rem;margin:.6rem 0}
form.filters input[type=search]{font:inherit;padding:.3rem .5rem;min-width:18rem;border:1px solid var(--line);border-radius:.3rem;background:var(--bg);color:var(--fg)}
form.filters select{font:inherit;padding:.25rem;background:var(--bg);color:var(--fg);border:1px solid var(--line);border-radius:.3rem}
button{font:inherit;padding:.3rem .8rem;border:1px solid var(--line);border-radius:.3rem;background:var(--panel);color:var(--fg);cursor:pointer}
#status{font-weight:600}
.plain-fieldset{border:0;padding:0;margin:0;display:flex;gap:.8rem;align-items:center}.plain-fieldset legend{float:left;margin-right:.4rem}
pre.letter{white-space:pre-wrap;background:var(--panel);border:1px solid var(--line);padding:1rem;font-size:.85rem;overflow-wrap:anywhere}
ol.reasons li,ul.plain li{margin:.3rem 0}
.src{font-size:.85rem}
[hidden]{display:none!important}
@media print{
:root{--bg:#fff;--fg:#000;--muted:#333;--line:#999;--panel:#fff;--link:#000;--likely:#b42318;--possible:#9a6700;--unlikely:#57606a;--used:#f3c6c2;--probable:#f7d9d5;--uncertain:#fbeacb;--not_used:#e8ebef;--optout:#0a58ca}
body{max-width:none;padding:0;font-size:11pt}
form.filters,nav.toc,#more{display:none!important}
a[href^="http"]::after{content:" <" attr(href) ">";font-size:.8em;word-break:break-all}
table.items a::after{content:none}
tr,figure,pre.letter{break-inside:avoid}
h2{break-after:avoid}
}
`;
