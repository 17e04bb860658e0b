/* diplomap ties.js: bilateral ties, one arc per country pair between the capitals.
 * MIT licence, part of diplomap. Needs core.js.
 */
(function (root) {
  'use strict';
  var DM = root.DiploMap;
  if (!DM || DM.ties) { return; }
  var U = DM.util, el = U.el, add = U.add, P0 = DM.proj;

  // Arcs are quadratic Bezier curves in Web Mercator between the two capitals, the
  // control point ``bend`` times the chord to the left: maps.geometry.arc_path, same
  // formula and the same latitude limit (a browser test holds the two equal).
  function arc(a, b, bend, n) {
    var x0 = P0.mx(a[1]), y0 = P0.my(a[0]), x1 = P0.mx(b[1]), y1 = P0.my(b[0]);
    var dx = x1 - x0, dy = y1 - y0, cx = (x0 + x1) / 2 + dy * bend, cy = (y0 + y1) / 2 - dx * bend;
    var out = [[a[0], a[1]]];
    for (var i = 1; i < n; i++) {
      var t = i / n, u = 1 - t, x = u * u * x0 + 2 * u * t * cx + t * t * x1, y = u * u * y0 + 2 * u * t * cy + t * t * y1;
      out.push([P0.latOf(y), Math.max(-180, Math.min(180, P0.lonOf(x)))]);
    }
    out.push([b[0], b[1]]);
    return out;
  }
  DM.arc = arc;

  DM.ties = function (map, group, payload) {
    DM.queue(map, payload, function ties(P) { drawTies(map, group, P); });
  };

  function drawTies(map, group, P) {
    var n = P.a.length, docs = P.docs, st = map._dm, styles = [], styleOf = {}, parts = [];
    var shown = new Uint8Array(n), nShown = 0;
    DM.pane(map, 'dmTies', 380);
    DM.pane(map, 'dmCapitals', 455);
    function name(iso) { return DM.countryName(map, iso); }
    function pairName(i) { return name(P.a[i]) + ' \u2013 ' + name(P.b[i]); }
    function kindsText(i) {
      return P.ties[i].map(function (t) { return t[0] + ' ' + t[1]; }).join(', ');
    }
    for (var i = 0; i < n; i++) {
      var ks = P.kinds[P.kind[i]], key = P.kind[i] + '|' + P.width[i];
      if (styleOf[key] === undefined) {
        styleOf[key] = styles.length;
        styles.push({ color: ks[0], dash: ks[1], width: P.width[i], opacity: 0.75 });
      }
      parts.push({ pts: arc(P.ends[P.a[i]], P.ends[P.b[i]], P.bend[i], 32), style: styleOf[key], ids: [i] });
    }
    // wider lines first, so thin ones stay visible on top
    var order = styles.map(function (s, j) { return j; }).sort(function (x, y) { return styles[y].width - styles[x].width; });
    var remap = {};
    order.forEach(function (j, r) { remap[j] = r; });
    styles = order.map(function (j) { return styles[j]; });
    parts.forEach(function (p) { p.style = remap[p.style]; });
    var lines = new DM.LineCanvas({ pane: 'dmTies', parts: parts, styles: styles, lodAbove: 600 });
    var isos = Object.keys(P.ends).sort();
    var caps = new DM.PointCanvas({
      lat: isos.map(function (c) { return P.ends[c][0]; }), lon: isos.map(function (c) { return P.ends[c][1]; }),
      pane: 'dmCapitals', radius: 4,
      paint: function (ctx, it) {
        ctx.beginPath(); ctx.arc(it[0], it[1], 3.5, 0, 6.2832);
        ctx.fillStyle = '#ffffff'; ctx.fill(); ctx.lineWidth = 1.5; ctx.strokeStyle = '#37474f'; ctx.stroke();
      }
    });
    group.addLayer(lines); group.addLayer(caps);

    function tiePopup(i) {
      var box = el('div', 'dm-pop'), ks = P.kinds[P.kind[i]];
      add(box, U.header(pairName(i), ks[0], U.plural(P.ties[i].length, 'kind') + ' of tie \u00b7 weight ' + P.w[i]));
      add(box, el('div', 'dm-date', U.fmtRange(P.first[i], P.last[i])));
      P.ties[i].forEach(function (t) {
        var k = P.kinds[t[0]], sec = el('div', 'dm-kind');
        var h = el('div', 'dm-kind-head');
        add(h, U.swatch(k[0], { dash: k[1], width: 3 }), el('b', null, t[0]),
          ' \u00b7 weight ' + t[1] + ' \u00b7 ' + U.fmtRange(t[2], t[3]));
        add(sec, h, U.evidenceList(docs, t[4], t[5]));
        add(box, sec);
      });
      return box;
    }
    function openTie(i, opts) {
      opts = opts || {};
      var p = lines._parts[i], mid = arc(P.ends[P.a[i]], P.ends[P.b[i]], P.bend[i], 2)[1];
      st.highlight.set({ hitter: tiesHitter, part: p });
      if (opts.pan) { map.panTo(mid, { animate: false }); }
      DM.show(map, L.latLng(mid[0], mid[1]), tiePopup(i), opts);
    }
    function active() { return map.hasLayer(group); }
    var tiesHitter = { level: 1, layer: lines, line: true, active: active,
      all: function (pt) { return lines.hitAll(pt, 5); },
      open: function (h, o) { openTie(h.part.ids[0], o); },
      label: function (h) { var j = h.part.ids[0]; return pairName(j) + ': ' + kindsText(j); },
      color: function (h) { var s = lines._o.styles[h.part.style]; return { color: s.color, dash: s.dash }; },
      outline: function (ctx, h, t) { lines.outline(ctx, h.part, t); } };
    DM.addHitter(map, tiesHitter);
    // A capital lists its country's ties.
    function tiesOf(iso) {
      var out = [];
      for (var j = 0; j < n; j++) { if (shown[j] && (P.a[j] === iso || P.b[j] === iso)) { out.push(j); } }
      return out.sort(function (x, y) { return P.w[y] - P.w[x] || pairName(x).localeCompare(pairName(y)); });
    }
    function countryPopup(iso) {
      var box = el('div', 'dm-pop'), list = el('ul', 'dm-choices'), js = tiesOf(iso);
      add(box, U.header(name(iso), '#37474f', U.plural(js.length, 'tie') + ' drawn (capital)'));
      js.forEach(function (j) {
        var other = P.a[j] === iso ? P.b[j] : P.a[j], li = el('li');
        add(li, U.button('dm-choice', name(other) + ': ' + kindsText(j), function () { openTie(j, { focus: true }); }));
        add(list, li);
      });
      add(box, list);
      if (st.panel) { add(box, U.button('dm-action', 'Show only ' + name(iso), function () { DM.setFilter(map, { countries: [iso] }); })); }
      return box;
    }
    DM.addHitter(map, { level: 4, layer: caps, active: active,
      all: function (pt) { return caps.hitAll(pt, 3).map(function (h) { h.iso = isos[h.item[3][0]]; return h; }); },
      open: function (h, o) { DM.show(map, h.latlng, countryPopup(h.iso), o); },
      label: function (h) { return name(h.iso) + ' (capital): ' + U.plural(tiesOf(h.iso).length, 'tie'); },
      outline: function (ctx, h) {
        ctx.beginPath(); ctx.arc(h.item[0], h.item[1], 9, 0, 6.2832); ctx.lineWidth = 3; ctx.strokeStyle = '#37474f'; ctx.stroke();
      } });

    function refresh() {
      nShown = 0;
      for (var j = 0; j < n; j++) {
        shown[j] = DM.countryOK(map, P.a[j], P.b[j]) && DM.dateOK(map, P.first[j], P.last[j]) ? 1 : 0;
        nShown += shown[j];
      }
      lines.setShown(function (j) { return shown[j] === 1; });
      var capShown = [];
      isos.forEach(function (c, k) { if (tiesOf(c).length) { capShown.push(k); } });
      caps.setShown(capShown);
      st.counts.ties = nShown;
    }
    function bounds() {
      var b = null;
      for (var j = 0; j < n; j++) {
        if (!shown[j]) { continue; }
        var pa = P.ends[P.a[j]], pb = P.ends[P.b[j]];
        b = b ? b.extend(pa).extend(pb) : L.latLngBounds(pa, pb);
        b.extend(arc(pa, pb, P.bend[j], 2)[1]);
      }
      return b;
    }
    function state(out) {
      out.ties = nShown;
      for (var j = 0; j < n; j++) {
        if (!shown[j]) { continue; }
        out.pairs.push({ a: P.a[j], b: P.b[j], kinds: P.ties[j].map(function (t) { return t[0]; }), weight: P.w[j] });
        out.countries.push(P.a[j], P.b[j]);
      }
    }
    st.layers.push({ refresh: refresh, bounds: bounds, state: state });
    st.ties = { P: P, popup: tiePopup, open: openTie, lines: lines, tiesOf: tiesOf, pairName: pairName,
      kindsText: kindsText, shown: shown, countryPopup: countryPopup };
  }
}(typeof window !== 'undefined' ? window : this));
