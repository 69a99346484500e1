// The preview page: the workbook's sheets as tables with tabs along the bottom, as in Sheets, and
// the real sidebar in a 300 px frame on the right. Cell texts are drawn with textContent only.

import { CALLED_MESSAGE } from './shim';

/** The whole page; `fileName` is shown in the title bar as text. */
export function previewPage(fileName: string): string {
  const title = escapeHtml(`${fileName} · OKR & KRA Tracker preview`);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${title}</title>
<style>${STYLES}</style>
</head>
<body>
<div class="layout">
  <section class="workbook" aria-label="Workbook">
    <header class="title">${escapeHtml(fileName)}</header>
    <div class="grid" id="grid" data-renders="0" tabindex="0" aria-label="Sheet"></div>
    <div class="tabs" id="tabs" role="tablist" aria-label="Sheets"></div>
  </section>
  <aside class="side" aria-label="Add-on sidebar">
    <header class="side-title">OKR &amp; KRA Tracker</header>
    <iframe id="sidebar" src="/sidebar" title="OKR &amp; KRA Tracker sidebar"></iframe>
  </aside>
</div>
<script>${SCRIPT.replace('__MESSAGE__', () => JSON.stringify(CALLED_MESSAGE))}</script>
</body>
</html>`;
}

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (char) =>
      ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char,
  );
}

const STYLES = `
*{box-sizing:border-box}
html,body{margin:0;height:100%}
body{font:13px Roboto,Arial,sans-serif;color:#222}
.layout{display:flex;height:100vh}
.workbook{flex:1;display:flex;flex-direction:column;min-width:0;border-right:1px solid #dadce0}
.title{padding:8px 12px;font-size:15px;border-bottom:1px solid #dadce0;background:#f8f9fa}
.grid{flex:1;overflow:auto}
.grid table{border-collapse:collapse;font-size:12px}
.grid th,.grid td{border:1px solid #e2e3e3;padding:2px 6px;white-space:pre;max-width:320px;overflow:hidden;text-overflow:ellipsis;text-align:left}
.grid th{background:#f8f9fa;color:#5f6368;font-weight:normal;position:sticky;top:0;z-index:2}
.grid thead th.corner{left:0;z-index:3}
.grid tbody th{position:sticky;left:0;text-align:center;z-index:1}
.grid td.spill{position:relative;overflow:visible}
.grid td.spill span{position:absolute;left:0;top:1px;padding:1px 6px;white-space:pre;background:#fff}
.grid tr.active td.spill span{background:#e8f0fe}
.grid tr.header td{font-weight:bold}
.grid th button{border:0;background:none;font:inherit;color:inherit;cursor:pointer;padding:0 2px;min-width:100%}
.grid tr.active td,.grid tr.active th{background:#e8f0fe;outline:1px solid #1a73e8}
.tabs{display:flex;gap:2px;padding:4px 8px 0;background:#f1f3f4;border-top:1px solid #dadce0;overflow-x:auto}
.tabs button{border:0;background:none;padding:6px 12px;font:inherit;cursor:pointer;white-space:nowrap}
.tabs button[aria-selected=true]{background:#fff;color:#188038;font-weight:bold;border-bottom:3px solid #188038}
.tabs button:focus-visible,.grid:focus-visible,.grid th button:focus-visible{outline:2px solid #1a73e8;outline-offset:-2px}
.side{width:300px;flex:none;display:flex;flex-direction:column}
.side-title{padding:8px 12px;font-size:15px;border-bottom:1px solid #dadce0}
.side iframe{flex:1;width:300px;border:0}
`;

// Plain ES2020 in the page itself: small, and every cell goes in as text.
const SCRIPT = `(function () {
  'use strict';
  var grid = document.getElementById('grid');
  var tabs = document.getElementById('tabs');
  var frame = document.getElementById('sidebar');
  var sheets = [];
  var shown = null;
  var active = null;
  var lastActiveKey = 'null';
  var loads = 0;
  var shownLoad = 0;
  var renders = 0;

  function el(tag, className, text) {
    var element = document.createElement(tag);
    if (className) element.className = className;
    if (text !== undefined) element.textContent = text;
    return element;
  }

  function columnName(index) {
    var name = '';
    for (var n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
      name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
    }
    return name;
  }

  function load() {
    loads += 1;
    var mine = loads;
    return fetch('/api/sheets', { cache: 'no-store' })
      .then(function (response) { return response.json(); })
      .then(function (body) {
        // Answers come back in order; one overtaken by a newer one is dropped.
        if (mine < shownLoad) return;
        shownLoad = mine;
        sheets = body.sheets || [];
        // Follow the add-on's selection only when it moves, so a tab a person picked stays put.
        var key = JSON.stringify(body.active || null);
        if (key !== lastActiveKey) {
          lastActiveKey = key;
          active = body.active || null;
          if (active) shown = active.sheet;
        }
        var known = sheets.some(function (sheet) { return sheet.name === shown; });
        if (!known) shown = sheets.length ? sheets[0].name : null;
        render();
      })
      .catch(function () {
        grid.textContent = 'The preview server did not answer.';
      });
  }

  function render() {
    tabs.textContent = '';
    sheets.forEach(function (sheet) {
      var tab = el('button', '', sheet.name);
      tab.type = 'button';
      tab.setAttribute('role', 'tab');
      tab.setAttribute('aria-selected', String(sheet.name === shown));
      tab.addEventListener('click', function () {
        shown = sheet.name;
        render();
      });
      tabs.appendChild(tab);
    });
    var sheet = sheets.filter(function (candidate) { return candidate.name === shown; })[0];
    grid.textContent = '';
    if (sheet) grid.appendChild(table(sheet));
    renders += 1;
    grid.setAttribute('data-renders', String(renders));
    var row = grid.querySelector('tr.active');
    if (row) row.scrollIntoView({ block: 'nearest' });
  }

  function table(sheet) {
    var width = sheet.values.reduce(function (most, row) { return Math.max(most, row.length); }, 0);
    var element = el('table');
    element.setAttribute('data-sheet', sheet.name);
    element.setAttribute('aria-label', sheet.name);
    var head = el('tr');
    head.appendChild(el('th', 'corner', ''));
    // Hidden columns are left out, their letters skipped, as in Sheets.
    var shown = [];
    for (var c = 0; c < width; c += 1) if ((sheet.hidden || []).indexOf(c) < 0) shown.push(c);
    shown.forEach(function (c) { head.appendChild(el('th', '', columnName(c))); });
    element.appendChild(el('thead')).appendChild(head);
    var body = el('tbody');
    sheet.values.forEach(function (values, index) {
      var number = index + 1;
      var isActive = active && active.sheet === sheet.name && active.row === number;
      var row = el('tr', number === 1 ? 'header' : isActive ? 'active' : '');
      row.setAttribute('data-row', String(number));
      var heading = row.appendChild(el('th'));
      if (number === 1) {
        heading.textContent = '1';
      } else {
        // Selecting a row here is selecting it in Sheets: Explain in the sidebar then uses it.
        var pick = heading.appendChild(el('button', '', String(number)));
        pick.type = 'button';
        pick.setAttribute('aria-label', 'Select row ' + number);
        pick.addEventListener('click', function () { select(sheet.name, number); });
      }
      var spills = width > 1 && isBanner(values);
      shown.forEach(function (c) {
        var text = values[c] === undefined ? '' : String(values[c]);
        if (c === 0 && spills) {
          // A banner or title alone on its row runs across the empty cells beside it, as in
          // Sheets, instead of widening its column.
          row.appendChild(el('td', 'spill')).appendChild(el('span', '', text));
        } else {
          row.appendChild(el('td', '', text));
        }
      });
      body.appendChild(row);
    });
    element.appendChild(body);
    return element;
  }

  function isBanner(values) {
    if (values[0] === undefined || String(values[0]) === '') return false;
    for (var c = 1; c < values.length; c += 1) {
      if (values[c] !== undefined && String(values[c]) !== '') return false;
    }
    return true;
  }

  function select(sheetName, number) {
    fetch('/api/call', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'selectRow', args: [{ sheet: sheetName, row: number }] })
    }).then(load, load);
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== location.origin || event.source !== frame.contentWindow) return;
    if (!event.data || event.data.type !== __MESSAGE__) return;
    load();
  });

  load();
})();`;
