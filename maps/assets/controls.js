/* diplomap controls.js: legend, filter panel with itinerary and ties lists, time control,
 * table view, title and credit. MIT licence, part of diplomap. Needs core.js.
 */
(function (root) {
  'use strict';
  var DM = root.DiploMap;
  if (!DM || DM.controls) { return; }
  var U = DM.util, el = U.el, add = U.add, button = U.button;

  function folded(div, title, open, cls) {
    var det = el('details', cls);
    det.open = open;
    add(det, el('summary', null, title));
    add(div, det);
    return det;
  }
  function noMapEvents(div) {
    L.DomEvent.disableClickPropagation(div);
    L.DomEvent.disableScrollPropagation(div);
  }
  function startOpen(map) { return !DM.compact(map) && map.getSize().y >= 450; }

  // spec: {names, legend, time, title, credit}
  DM.controls = function (map, spec) {
    DM.setNames(map, spec.names);
    if (spec.credit) { credit(map, spec.credit); }
    legend(map, spec.legend);
    if (spec.panel) { panel(map); }
    if (spec.time) { timeControl(map, spec.time); }
    if (spec.title) { title(map, spec.title); }
  };

  // ------------------------------------------------------------------ legend
  function legend(map, spec) {
    var ctl = L.control({ position: 'bottomright' });
    ctl.onAdd = function () {
      var div = L.DomUtil.create('div', 'dm-legend leaflet-bar'), det = folded(div, 'Legend', startOpen(map));
      noMapEvents(div);
      function row(sym, text) { var r = el('div', 'dm-row'); add(r, sym, el('span', null, text)); return r; }
      if (spec.empty) { add(det, el('div', 'dm-empty', 'No data to show: no visits, ties or mentions with coordinates.')); }
      if (spec.routes) {
        add(det, el('div', 'dm-sec', 'Routes'));
        add(det, row(U.swatch('#455a64', { width: 3.5 }), 'travelled (arrow: direction)'));
        add(det, row(U.swatch('#455a64', { dash: [9, 7], width: 3.5 }), 'planned'));
        if (spec.cancelled) { add(det, row(U.swatch('#455a64', { dash: [2, 7], opacity: 0.5, width: 3.5 }), 'cancelled')); }
        var b = el('span', 'dm-badge dm-badge-legend', '1'); b.style.background = '#455a64';
        add(det, row(b, 'stop, numbered within its trip'));
        var s = el('span', 'dm-badge dm-badge-legend dm-stack', '\u00d73'); s.style.background = '#455a64';
        add(det, row(s, 'stops at one place (click to list)'));
        if (spec.homes) {
          var hd = el('span', 'dm-home-dot dm-home-legend'); hd.style.borderColor = '#455a64';
          add(det, row(hd, 'home capital (start and end)'));
        }
        var travellers = el('div', 'dm-legend-travelers');
        add(det, travellers);
        map._dm.legendTravelers = travellers;
      }
      if (spec.kinds.length) {
        add(det, el('div', 'dm-sec', 'Ties (one arc per country pair)'));
        spec.kinds.forEach(function (k) { add(det, row(U.swatch(k[1], { dash: k[2], width: 3 }), k[0])); });
        var w = el('div', 'dm-row dm-widths');
        spec.widths.forEach(function (x) { add(w, U.swatch('#607d8b', { width: x[1] }), el('span', null, String(x[0]))); });
        add(det, w, el('div', 'dm-note', 'colour and dash: the heaviest kind; width: total weight'));
      }
      if (spec.mentions) {
        add(det, el('div', 'dm-sec', 'Mentions'));
        var c = el('span', 'dm-spot-legend', '12');
        add(det, row(c, spec.mentions[1] + ' mentions of ' + spec.mentions[0] + ' places'));
      }
      var notes = [];
      if (spec.problems) { notes.push(U.plural(spec.problems, 'problem') + ' (skipped or unresolved)'); }
      if (spec.notDrawn) { notes.push(U.plural(spec.notDrawn, 'item') + ' without coordinates not drawn'); }
      notes.forEach(function (t) { add(det, el('div', 'dm-problems', t)); });
      return div;
    };
    ctl.addTo(map);
    map._dm.legend = ctl;
    DM.onChange(map, function () {
      var box = map._dm.legendTravelers, R = map._dm.routes;
      if (!box || !R) { return; }
      box.textContent = '';
      var travs = DM.state(map).travelers;
      add(box, el('div', 'dm-sec', U.plural(travs.length, 'traveller') + (R.many && !map._dm.filter.travelers ? ' (grey until selected)' : '')));
      travs.forEach(function (t) {
        var r = el('div', 'dm-row'); add(r, U.swatch(t.color), el('span', null, t.name)); add(box, r);
      });
    });
  }

  // ------------------------------------------------------------------ filter panel
  function panel(map) {
    var st = map._dm, ctl = L.control({ position: 'topleft' }), parts = {};
    st.panel = true;
    ctl.onAdd = function () {
      var div = L.DomUtil.create('div', 'dm-panel leaflet-bar');
      noMapEvents(div);
      var det = folded(div, 'Find and filter', startOpen(map));
      parts.chips = el('div', 'dm-chips'); parts.chips.setAttribute('aria-live', 'polite');
      var tools = el('div', 'dm-tools');
      add(tools, button('dm-action', 'Reset', function () { map.diplomap.reset(); }),
        button('dm-action', 'Table', function () { tableView(map); }));
      add(det, parts.chips, tools);
      parts.trav = el('div', 'dm-block');
      parts.country = el('div', 'dm-block');
      parts.ties = el('div', 'dm-block dm-tielist');
      parts.itin = el('div', 'dm-block dm-itinerary');
      add(det, parts.trav, parts.country, parts.ties, parts.itin);
      return div;
    };
    ctl.addTo(map);
    var built = false, itinT = -1;
    function build() {
      built = true;
      var R = st.routes;
      if (R && R.T.name.length) {
        var search = el('input', 'dm-search');
        search.type = 'search'; search.placeholder = 'Search ' + U.plural(R.T.name.length, 'traveller');
        search.setAttribute('aria-label', 'Search travellers');
        var list = el('ul', 'dm-travelers');
        list.setAttribute('aria-label', 'Travellers: click to show only one, shift-click to add');
        var items = R.T.name.map(function (name, t) {
          var li = el('li'), b = button('dm-trav', null, function (e) {
            var cur = st.filter.travelers || [];
            var next = e.shiftKey ? (cur.indexOf(t) >= 0 ? cur.filter(function (x) { return x !== t; }) : cur.concat([t]))
              : (cur.length === 1 && cur[0] === t ? [] : [t]);
            itinT = next.length === 1 ? next[0] : -1;
            DM.setFilter(map, { travelers: next });
          });
          b.title = 'Click: only ' + name + '; shift-click: add or remove';
          add(li, b); add(list, li);
          return { li: li, b: b, t: t, key: U.fold([name].concat(R.T.aliases[t] || []).join(' ')) };
        });
        search.addEventListener('input', function () {
          var q = U.fold(search.value).trim();
          items.forEach(function (it) { it.li.hidden = !!q && it.key.indexOf(q) < 0; });
        });
        add(parts.trav, el('div', 'dm-sec', 'Travellers'), search, list);
        parts.items = items;
      }
      var codes = {}, T = st.ties;
      if (T) { T.P.a.forEach(function (c, j) { codes[c] = 1; codes[T.P.b[j]] = 1; }); }
      if (R) { R.S.country.forEach(function (c) { codes[c] = 1; }); }
      var isos = Object.keys(codes).filter(Boolean).sort(function (a, b) {
        return DM.countryName(map, a).localeCompare(DM.countryName(map, b));
      });
      if (isos.length) {
        var sel = el('select', 'dm-country');
        sel.setAttribute('aria-label', 'Country');
        add(sel, el('option', null, 'All countries'));
        sel.options[0].value = '';
        isos.forEach(function (c) { var o = el('option', null, DM.countryName(map, c)); o.value = c; add(sel, o); });
        sel.addEventListener('change', function () { DM.setFilter(map, { countries: sel.value ? [sel.value] : null }); });
        add(parts.country, el('div', 'dm-sec', 'Country'), sel);
        parts.select = sel;
      }
    }
    function chip(text, onRemove) {
      var b = button('dm-chip', text + ' \u00d7', onRemove);
      b.setAttribute('aria-label', 'Remove filter: ' + text);
      return b;
    }
    function update(ev) {
      if (!built) { build(); }
      var f = st.filter, R = st.routes;
      parts.chips.textContent = '';
      (f.travelers || []).forEach(function (t) {
        add(parts.chips, chip(R.T.name[t], function () { DM.setFilter(map, { travelers: f.travelers.filter(function (x) { return x !== t; }) }); }));
      });
      (f.countries || []).forEach(function (c) {
        add(parts.chips, chip(DM.countryName(map, c), function () { DM.setFilter(map, { countries: f.countries.filter(function (x) { return x !== c; }) }); }));
      });
      if (f.since || f.until) {
        add(parts.chips, chip((f.since || '\u2026') + ' to ' + (f.until || '\u2026') + (f.undated ? ' + undated' : ''),
          function () { DM.setFilter(map, { since: null, until: null }); }));
      }
      if (parts.items) {
        var counts = new Array(R.T.name.length).fill(0);
        for (var i = 0; i < R.S.t.length; i++) { if (R.shown[i]) { counts[R.S.t[i]]++; } }
        parts.items.forEach(function (it) {
          var on = !!(f.travelers && f.travelers.indexOf(it.t) >= 0);
          it.b.textContent = '';
          add(it.b, U.swatch(R.colorOf(it.t), { width: 4 }), el('span', 'dm-name', R.T.name[it.t]),
            el('span', 'dm-count', String(counts[it.t])));
          it.b.setAttribute('aria-pressed', on ? 'true' : 'false');
          it.b.setAttribute('aria-label', R.T.name[it.t] + ', ' + U.plural(counts[it.t], 'stop') + ' shown');
        });
      }
      if (parts.select) { parts.select.value = f.countries && f.countries.length === 1 ? f.countries[0] : ''; }
      if (f.travelers && f.travelers.length === 1) { itinT = f.travelers[0]; }
      if (ev && ev.stop !== undefined) { itinT = R.S.t[ev.stop]; }
      if (!f.travelers && !(ev && ev.stop !== undefined) && !(ev && ev.keep)) { itinT = -1; }
      tieList(); itinerary(ev || {});
    }
    function tieList() {
      var box = parts.ties, f = st.filter, T = st.ties;
      box.textContent = '';
      if (!T || !f.countries || f.countries.length !== 1) { return; }
      var iso = f.countries[0], js = T.tiesOf(iso), byKind = {};
      add(box, el('div', 'dm-sec', DM.countryName(map, iso) + ': ' + U.plural(js.length, 'tie')));
      js.forEach(function (j) { T.P.ties[j].forEach(function (t) { (byKind[t[0]] = byKind[t[0]] || []).push(t[1]); }); });
      var kinds = Object.keys(byKind).sort(function (a, b) {
        return byKind[b].reduce(function (x, y) { return x + y; }, 0) - byKind[a].reduce(function (x, y) { return x + y; }, 0);
      });
      if (kinds.length) {
        add(box, el('div', 'dm-note', 'By kind: ' + kinds.map(function (k) {
          return k + ' ' + U.plural(byKind[k].length, 'country', 'countries');
        }).join(', ')));
      }
      var ol = el('ol', 'dm-list');
      js.forEach(function (j) {
        var other = T.P.a[j] === iso ? T.P.b[j] : T.P.a[j], k = T.P.kinds[T.P.kind[j]], li = el('li');
        var b = button('dm-item', null, function () { T.open(j, { focus: true, pan: true }); });
        add(b, U.swatch(k[0], { dash: k[1], width: 3 }), el('b', null, DM.countryName(map, other)),
          el('span', 'dm-meta', T.kindsText(j) + ' \u00b7 weight ' + T.P.w[j]));
        add(li, b); add(ol, li);
      });
      add(box, ol);
    }
    function itinerary(ev) {
      var box = parts.itin, R = st.routes;
      box.textContent = '';
      if (!R || itinT < 0) { return; }
      var stops = R.stopsOf(itinT).filter(function (i) { return R.shown[i]; }), cur = R.current();
      add(box, el('div', 'dm-sec', 'Itinerary: ' + R.T.name[itinT]));
      if (!stops.length) { add(box, el('div', 'dm-note', 'No stop in the current filter.')); return; }
      var trip = null, ol = null, focusMe = null;
      stops.forEach(function (i) {
        if (R.S.trip[i] !== trip) {
          trip = R.S.trip[i];
          var ts = stops.filter(function (k) { return R.S.trip[k] === trip; });
          var first = R.S.start[ts[0]], last = R.S.end[ts[ts.length - 1]] || R.S.start[ts[ts.length - 1]];
          add(box, el('div', 'dm-trip', 'Trip ' + trip + ' \u00b7 ' + U.fmtRange(first, last)));
          ol = el('ol', 'dm-list'); add(box, ol);
        }
        var li = el('li'), b = button('dm-item', null, function () { R.open(i, { focus: true, pan: true }); });
        add(b, el('span', 'dm-seq', String(R.S.seq[i])), el('b', null, R.where(i)),
          el('span', 'dm-meta', U.fmtRange(R.S.start[i], R.S.end[i]) + (R.S.status[i] !== 'completed' ? ' \u00b7 ' + R.S.status[i] : '')));
        var ev0 = R.S.ev[i][0];
        if (ev0) {
          var d = ev0[0] !== null ? R.docs[ev0[0]] : null;
          add(b, el('span', 'dm-evline', (ev0[1] ? '\u201c' + ev0[1].slice(0, 110) + (ev0[1].length > 110 ? '\u2026' : '') + '\u201d ' : '') +
            (d ? '\u2014 ' + (d[1] || d[0]) + (ev0[2] ? ', row ' + ev0[2] : '') : '')));
        }
        if (i === cur) { b.setAttribute('aria-current', 'true'); focusMe = b; }
        add(li, b); add(ol, li);
      });
      if (focusMe && ev.stop !== undefined) { focusMe.scrollIntoView({ block: 'nearest' }); }
    }
    DM.onChange(map, update);
  }

  // ------------------------------------------------------------------ table view
  function tableView(map) {
    var st = map._dm, R = st.routes, T = st.ties, c = map.getContainer();
    var box = L.DomUtil.create('div', 'dm-table-view', c);
    box.setAttribute('role', 'dialog'); box.setAttribute('aria-label', 'Table of what the map shows');
    noMapEvents(box);
    function close() { L.DomUtil.remove(box); st.closeOverlay = null; c.focus(); }
    st.closeOverlay = close;
    var head = el('div', 'dm-table-head');
    add(head, el('b', null, 'What the map shows, as tables'), button('dm-action', 'Close', close));
    add(box, head);
    function table(caption, cols, rows, open) {
      var t = el('table', 'dm-table'), thead = el('thead'), tr = el('tr'), tb = el('tbody');
      add(t, el('caption', null, caption + ' (' + rows.length + ')'));
      cols.concat(['']).forEach(function (h) { var th = el('th', null, h); th.scope = 'col'; add(tr, th); });
      add(thead, tr); add(t, thead, tb);
      rows.slice(0, 2000).forEach(function (r) {
        var row = el('tr');
        r.cells.forEach(function (v) { add(row, el('td', null, v)); });
        var td = el('td');
        add(td, button('dm-action', 'Show', function () { close(); open(r.id); }));
        add(row, td); add(tb, row);
      });
      add(box, t);
      if (rows.length > 2000) { add(box, el('div', 'dm-note', 'First 2,000 rows; filter to see the rest.')); }
    }
    if (R) {
      var rows = [];
      for (var i = 0; i < R.S.t.length; i++) {
        if (!R.shown[i]) { continue; }
        var e = R.S.ev[i][0], d = e && e[0] !== null ? R.docs[e[0]] : null;
        rows.push({ id: i, cells: [R.T.name[R.S.t[i]], String(R.S.trip[i]), String(R.S.seq[i]), R.place(i),
          DM.countryName(map, R.S.country[i]), U.fmtRange(R.S.start[i], R.S.end[i]), R.S.status[i],
          d ? (d[1] || d[0]) + (e[2] ? ', row ' + e[2] : '') : ''] });
      }
      table('Stops', ['Traveller', 'Trip', 'Stop', 'Place', 'Country', 'Dates', 'Status', 'Source'], rows,
        function (id) { R.open(id, { focus: true, pan: true }); });
    }
    if (T) {
      var trows = [];
      for (var j = 0; j < T.P.a.length; j++) {
        if (!T.shown[j]) { continue; }
        trows.push({ id: j, cells: [T.pairName(j), T.kindsText(j), String(T.P.w[j]), U.fmtRange(T.P.first[j], T.P.last[j])] });
      }
      table('Ties', ['Countries', 'Kinds and weights', 'Weight', 'Dates'], trows,
        function (id) { T.open(id, { focus: true, pan: true }); });
    }
    head.querySelector('button').focus();
    return box;
  }
  DM.tableView = tableView;

  // ------------------------------------------------------------------ time
  var DAY = 86400000;
  function dayOf(iso) { return Math.floor(Date.parse(iso) / DAY); }
  function isoOf(day) { return new Date(day * DAY).toISOString().slice(0, 10); }
  function timeControl(map, spec) {
    var st = map._dm, d0 = dayOf(spec.min), d1 = dayOf(spec.max), n = Math.max(1, d1 - d0);
    var ctl = L.control({ position: 'bottomleft' }), ui = {};
    ctl.onAdd = function () {
      var div = L.DomUtil.create('div', 'dm-time leaflet-bar');
      noMapEvents(div);
      var det = folded(div, 'Time', !DM.compact(map));
      var track = el('div', 'dm-range');
      ui.from = el('input'); ui.to = el('input');
      [ui.from, ui.to].forEach(function (inp, j) {
        inp.type = 'range'; inp.min = '0'; inp.max = String(n); inp.step = '1'; inp.value = j ? String(n) : '0';
        inp.setAttribute('aria-label', j ? 'Until (date slider)' : 'From (date slider)');
        add(track, inp);
      });
      var ticks = el('div', 'dm-ticks'), y0 = +spec.min.slice(0, 4), y1 = +spec.max.slice(0, 4);
      var every = Math.max(1, Math.ceil((y1 - y0 + 1) / 8));
      every = [1, 2, 5, 10, 20, 25, 50, 100].filter(function (x) { return x >= every; })[0] || every;
      for (var y = Math.ceil(y0 / every) * every; y <= y1; y += every) {
        var pos = (dayOf(y + '-01-01') - d0) / n;
        if (pos < 0 || pos > 1) { continue; }
        var tk = el('span', 'dm-tick', String(y)); tk.style.left = (100 * pos) + '%'; add(ticks, tk);
      }
      add(track, ticks);
      var typed = el('div', 'dm-typed');
      ui.since = el('input'); ui.until = el('input');
      [ui.since, ui.until].forEach(function (inp, j) {
        inp.type = 'date'; inp.min = spec.min; inp.max = spec.max; inp.value = j ? spec.max : spec.min;
        inp.setAttribute('aria-label', j ? 'Until date' : 'From date');
      });
      add(typed, ui.since, el('span', null, 'to'), ui.until);
      var row = el('div', 'dm-time-row');
      ui.play = button('dm-action dm-play', 'Play', function () { if (ui.timer) { pause(); } else { play(); } });
      ui.play.setAttribute('aria-pressed', 'false');
      ui.mode = el('select'); ui.mode.setAttribute('aria-label', 'Play by');
      [['month', 'by month'], ['trip', 'by trip']].forEach(function (m) { var o = el('option', null, m[1]); o.value = m[0]; add(ui.mode, o); });
      var lab = el('label', 'dm-undated'); ui.undated = el('input'); ui.undated.type = 'checkbox';
      add(lab, ui.undated, ' include undated');
      add(row, ui.play, ui.mode, lab);
      ui.label = el('div', 'dm-time-label'); ui.label.setAttribute('aria-live', 'polite');
      add(det, ui.label, track, typed, row);
      function fromSlider() {
        var a = +ui.from.value, b = +ui.to.value;
        if (a > b) { if (this === ui.from) { ui.to.value = String(a); b = a; } else { ui.from.value = String(b); a = b; } }
        apply(a === 0 && b === n ? null : isoOf(d0 + a), a === 0 && b === n ? null : isoOf(d0 + b));
      }
      ui.from.addEventListener('change', fromSlider); ui.to.addEventListener('change', fromSlider);
      ui.from.addEventListener('input', function () { label(isoOf(d0 + +ui.from.value), isoOf(d0 + +ui.to.value)); });
      ui.to.addEventListener('input', function () { label(isoOf(d0 + +ui.from.value), isoOf(d0 + +ui.to.value)); });
      function fromTyped() {
        var a = ui.since.value || spec.min, b = ui.until.value || spec.max;
        if (a > b) { var x = a; a = b; b = x; }
        apply(a <= spec.min && b >= spec.max ? null : a, a <= spec.min && b >= spec.max ? null : b);
      }
      ui.since.addEventListener('change', fromTyped); ui.until.addEventListener('change', fromTyped);
      ui.undated.addEventListener('change', function () { DM.setFilter(map, { undated: ui.undated.checked }, { fit: false, keep: true }); });
      return div;
    };
    function label(a, b) { ui.label.textContent = U.fmtRange(a || spec.min, b || spec.max); }
    function apply(a, b, opts) { DM.setFilter(map, { since: a, until: b }, opts || { keep: true }); }
    // Steps of playback: months that hold something, or the trips of the selected travellers.
    function steps() {
      var R = st.routes, out = [];
      if (ui.mode.value === 'trip' && R) {
        var trips = {}, sel = st.filter.travelers;
        for (var i = 0; i < R.S.t.length; i++) {
          if (sel && sel.indexOf(R.S.t[i]) < 0) { continue; }
          var s = R.S.start[i] || R.S.end[i], e = R.S.end[i] || R.S.start[i];
          if (!s) { continue; }
          var key = R.S.t[i] + ':' + R.S.trip[i], tr = trips[key];
          if (!tr) { tr = trips[key] = [s, e]; out.push(tr); }
          if (s < tr[0]) { tr[0] = s; } if (e > tr[1]) { tr[1] = e; }
        }
        return out.sort(function (x, y) { return x[0] < y[0] ? -1 : (x[0] > y[0] ? 1 : 0); });
      }
      var months = {};
      function addMonth(d) { if (d) { months[d.slice(0, 7)] = 1; } }
      if (R) { R.S.start.forEach(addMonth); R.S.end.forEach(addMonth); }
      if (st.ties) { st.ties.P.first.forEach(addMonth); st.ties.P.last.forEach(addMonth); }
      if (!Object.keys(months).length) { addMonth(spec.min); addMonth(spec.max); }
      return Object.keys(months).sort().map(function (m) {
        var y = +m.slice(0, 4), mo = +m.slice(5, 7);
        return [m + '-01', m + '-' + String(new Date(Date.UTC(y, mo, 0)).getUTCDate())];
      });
    }
    function step() {
      var list = ui.steps || (ui.steps = steps());
      ui.at = (ui.at === undefined ? -1 : ui.at) + 1;
      if (ui.at >= list.length) { pause(); return false; }
      apply(list[ui.at][0], list[ui.at][1], { fit: false, keep: true, playing: true });
      return true;
    }
    function play() {
      ui.steps = steps(); ui.at = -1;
      ui.play.textContent = 'Pause'; ui.play.setAttribute('aria-pressed', 'true');
      DM.fitShown(map);
      step();
      ui.timer = root.setInterval(step, 900);
    }
    function pause() {
      if (ui.timer) { root.clearInterval(ui.timer); }
      ui.timer = null;
      ui.play.textContent = 'Play'; ui.play.setAttribute('aria-pressed', 'false');
    }
    ctl.addTo(map);
    DM.onChange(map, function (ev) {
      var f = st.filter, a = f.since || spec.min, b = f.until || spec.max;
      ui.from.value = String(Math.max(0, Math.min(n, dayOf(a) - d0)));
      ui.to.value = String(Math.max(0, Math.min(n, dayOf(b.length === 10 ? b : b + '-01') - d0)));
      ui.since.value = a.length === 10 ? a : a + '-01'; ui.until.value = b.length === 10 ? b : spec.max;
      ui.undated.checked = f.undated;
      label(f.since, f.until);
      if (ui.timer && !ev.playing) { pause(); }
    });
    st.time = { ui: ui, play: play, pause: pause, step: step, steps: steps, min: spec.min, max: spec.max };
  }

  // ------------------------------------------------------------------ title and credit
  function title(map, text) {
    var div = el('div', 'dm-map-title', text);
    map.getContainer().appendChild(div);
    return div;
  }
  function credit(map, text) {
    var ctl = L.control({ position: 'bottomright' });
    ctl.onAdd = function () { return el('div', 'dm-credit', text); };
    ctl.addTo(map);
  }
  // Static pictures: fit the drawn items into the part of the map no control covers. Each
  // control is kept clear either beside the items or above/below them (the legend in the
  // bottom-right corner: left of them or under them), whichever choice gives the larger scale.
  function fitClear(map) {
    var st = map._dm, bounds = DM.shownBounds(map);
    if (!bounds) { return null; }
    var size = map.getSize(), gap = 16, boxes = DM.covers(map).slice(0, 10), best = null;
    // the two cheapest sides of each box: the nearer of left/right, the nearer of top/bottom
    var sides = boxes.map(function (b) {
      var l = b[2] + gap, r = size.x - b[0] + gap, t = b[3] + gap, d = size.y - b[1] + gap;
      return [l < r ? [0, l] : [2, r], t < d ? [1, t] : [3, d]];
    });
    for (var k = 0; k < (1 << boxes.length); k++) {
      var pad = [gap, gap, gap, gap];
      for (var i = 0; i < boxes.length; i++) {
        var s = sides[i][(k >> i) & 1];
        pad[s[0]] = Math.max(pad[s[0]], s[1]);
      }
      if (pad[0] + pad[2] > size.x - 40 || pad[1] + pad[3] > size.y - 40) { continue; }
      var zoom = map.getBoundsZoom(bounds, false, L.point(pad[0] + pad[2], pad[1] + pad[3]));
      if (!best || zoom > best.zoom) { best = { zoom: zoom, pad: pad }; }
    }
    if (!best) { return null; }
    map.fitBounds(bounds, { paddingTopLeft: [best.pad[0], best.pad[1]],
      paddingBottomRight: [best.pad[2], best.pad[3]], maxZoom: st.maxZoom || 6, animate: false });
    return best.pad;
  }
  // Static exports (PNG/PDF): the whole legend with every traveller, no interactive panels.
  DM.print = function (map) {
    var c = map.getContainer();
    L.DomUtil.addClass(c, 'dm-print');
    c.querySelectorAll('.dm-legend details').forEach(function (d) { d.open = true; });
    map.closePopup(); DM.closeSheet(map);
    // a long legend flows into as many columns as it needs to fit the picture
    var legendEl = c.querySelector('.dm-legend'), det = legendEl && legendEl.querySelector('details');
    if (det) {
      var avail = c.clientHeight - 50;
      for (var n = 1; n <= 8 && legendEl.scrollHeight > avail; n++) {
        det.style.columnCount = String(n + 1); det.style.columnGap = '14px';
        det.style.width = ((n + 1) * 205) + 'px';
      }
    }
    // the view was fitted around the interactive panels: fit it again around what the
    // picture shows (the whole legend, no panels), so no drawn item lies under the legend
    fitClear(map);
  };
}(typeof window !== 'undefined' ? window : this));
