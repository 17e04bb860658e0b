/* diplomap routes.js: travellers' routes (legs, arrows, stops, numbered badges, homes).
 * MIT licence, part of diplomap. Needs core.js.
 */
(function (root) {
  'use strict';
  var DM = root.DiploMap;
  if (!DM || DM.routes) { return; }
  var U = DM.util, el = U.el, add = U.add, fmtRange = U.fmtRange;

  DM.routes = function (map, group, payload) {
    DM.queue(map, payload, function routes(P) { drawRoutes(map, group, P); });
  };

  function drawRoutes(map, group, P) {
    var T = P.travelers, S = P.stops, G = P.legs, docs = P.docs, st = map._dm;
    var nT = T.name.length, nStops = S.t.length, nLegs = G.t.length, big = nLegs > 2000;
    var many = nT > P.palette.length;  // more travellers than colours: grey until selected
    var geoms = P.geoms.map(function (g) { return g.map(DM.deltaProjected); });
    DM.pane(map, 'dmRoutes', 390);
    DM.pane(map, 'dmStops', 450);
    DM.pane(map, 'dmLabels', 630);
    DM.pane(map, 'dmBadges', 640);
    var homes = L.featureGroup(), labels = L.featureGroup();
    var stopShown = new Uint8Array(nStops), legShown = new Uint8Array(nLegs), current = -1;

    // ---- colours: fixed per traveller, or (many travellers) grey unless selected
    function colorOf(t) {
      if (!many) { return T.color[t]; }
      var sel = st.filter.travelers, k = sel ? sel.indexOf(t) : -1;
      return k >= 0 && k < P.palette.length ? P.palette[k][0] : P.grey[0];
    }
    function inkOf(t) {
      var c = colorOf(t);
      for (var k = 0; k < P.palette.length; k++) { if (P.palette[k][0] === c) { return P.palette[k][1]; } }
      return c === P.grey[0] ? P.grey[1] : '#ffffff';
    }
    function place(i) { return S.place[i] || DM.countryName(map, S.country[i]); }
    function where(i) {
      var c = DM.countryName(map, S.country[i]);
      return S.place[i] && S.place[i] !== c ? S.place[i] + ', ' + c : c;
    }
    function stopName(i) { return i < 0 ? 'home' : place(i); }
    function label(i) { return T.name[S.t[i]] + ' \u00b7 ' + S.seq[i] + '. ' + place(i) + ' \u00b7 ' + fmtRange(S.start[i], S.end[i]); }

    function stopPopup(i) {
      var t = S.t[i], box = el('div', 'dm-pop');
      var role = T.role[t] ? ' (' + T.role[t] + ')' : '';
      add(box, U.header(T.name[t] + role, colorOf(t), 'Trip ' + S.trip[i] + ', stop ' + S.seq[i]));
      add(box, el('div', 'dm-place', where(i)), el('div', 'dm-date', fmtRange(S.start[i], S.end[i])));
      if (S.status[i] !== 'completed') { add(box, el('div', 'dm-status dm-' + S.status[i], S.status[i])); }
      var facts = [];
      if (S.origin[i]) { facts.push(['found in', S.origin[i] === 'both' ? 'text and records' : (S.origin[i] === 'record' ? 'records' : S.origin[i])]); }
      (S.x[i] || []).forEach(function (kv) { facts.push(kv); });
      if (S.conf[i] !== null && S.conf[i] < 1) { facts.push(['confidence', Math.round(S.conf[i] * 100) + '%']); }
      if (facts.length) {
        var dl = el('dl', 'dm-facts');
        facts.forEach(function (kv) { add(dl, el('dt', null, kv[0]), el('dd', null, kv[1])); });
        add(box, dl);
      }
      add(box, U.evidenceList(docs, S.ev[i]));
      return box;
    }
    function legPopup(ks) {
      var box = el('div', 'dm-pop'), k = ks[0], t = G.t[k];
      add(box, U.header(T.name[t], colorOf(t), ks.length > 1 ? ks.length + ' trips on this leg' : 'trip ' + G.trip[k]));
      add(box, el('div', 'dm-place', stopName(G.src[k]) + ' \u2192 ' + stopName(G.dst[k])));
      ks.slice(0, 12).forEach(function (kk) {
        add(box, el('div', 'dm-date', fmtRange(G.date[kk]) + (ks.length > 1 ? ' (trip ' + G.trip[kk] + ')' : '')));
      });
      if (ks.length > 12) { add(box, el('div', 'dm-more', '+ ' + (ks.length - 12) + ' more')); }
      if (G.status[k] !== 'completed') { add(box, el('div', 'dm-status dm-' + G.status[k], G.status[k])); }
      var end = G.dst[k] >= 0 ? G.dst[k] : G.src[k];  // the evidence of the stop it serves
      if (end >= 0) {
        add(box, el('div', 'dm-sub', 'Evidence for ' + place(end) + ':'), U.evidenceList(docs, S.ev[end]));
      }
      return box;
    }
    function openStop(i, opts) {
      opts = opts || {};
      st.highlight.set({ hitter: dotsHitter, item: [0, 0, 5, [i], 1], stop: i });
      if (opts.pan) { map.panTo([S.lat[i], S.lon[i]], { animate: false }); }
      DM.show(map, L.latLng(S.lat[i], S.lon[i]), stopPopup(i), opts);
      current = i;
      st.listeners.forEach(function (fn) { fn({ stop: i }); });
    }

    for (var h = 0; h < nT && nT <= 40; h++) {  // (too many to mark: omitted)
      if (!T.home[h]) { continue; }
      var hd = el('div', 'dm-home-dot');
      hd.style.borderColor = T.color[h];
      homes.addLayer(L.marker(T.home[h], {
        icon: L.divIcon({ className: 'dm-home', html: hd, iconSize: [16, 16], iconAnchor: [8, 8] }),
        keyboard: false, interactive: false, dmKind: 'home', pane: 'dmBadges'
      }));
    }
    // one part per distinct (geometry, traveller, status); legs that repeat share it
    var styles = [], styleT = [], styleOf = {}, parts = [], partOf = {};
    for (var k = 0; k < nLegs; k++) {
      var skey = G.t[k] + '|' + G.status[k], s = styleOf[skey];
      if (s === undefined) {
        var stt = G.status[k];
        s = styleOf[skey] = styles.length;
        styleT.push(G.t[k]);
        styles.push({ color: T.color[G.t[k]], width: 3.5, opacity: stt === 'cancelled' ? 0.5 : 0.95,
          dash: stt === 'planned' ? [9, 7] : (stt === 'cancelled' ? [2, 7] : null) });
      }
      var pkey = G.g[k] + '|' + s;
      if (partOf[pkey] !== undefined) { parts[partOf[pkey]].ids.push(k); continue; }
      var geo = geoms[G.g[k]], longest = 0, ids = [k];
      for (var q = 1; q < geo.length; q++) { if (geo[q].length > geo[longest].length) { longest = q; } }
      partOf[pkey] = parts.length;  // the parts of a leg split at the antimeridian share ids
      for (var q2 = 0; q2 < geo.length; q2++) { parts.push({ xy: geo[q2], style: s, ids: ids, arrow: q2 === longest }); }
    }
    var lines = new DM.LineCanvas({ pane: 'dmRoutes', parts: parts, styles: styles, arrows: 2000, lodAbove: 1500,
      casing: { color: '#ffffff', width: 7, opacity: 0.8 } });
    var dots = new DM.PointCanvas({
      lat: S.lat, lon: S.lon, pane: 'dmStops', radius: 6,
      paint: function (ctx, it) {
        ctx.fillStyle = colorOf(S.t[it[3][0]]);
        if (big) { ctx.fillRect(it[0] - 2, it[1] - 2, 4, 4); return; }
        ctx.beginPath(); ctx.arc(it[0], it[1], 5, 0, 6.2832); ctx.fill();
        ctx.lineWidth = 1.5; ctx.strokeStyle = '#ffffff'; ctx.stroke();
      }
    });
    group.addLayer(lines); group.addLayer(dots); group.addLayer(homes); group.addLayer(labels);
    function active() { return map.hasLayer(group); }
    var dotsHitter = { level: 3, layer: dots, active: active,
      all: function (pt) {
        return dots.hitAll(pt, 6).map(function (h) { h.stop = h.item[3][0]; return h; });
      },
      open: function (h, o) { openStop(h.stop, o); },
      label: function (h) { return label(h.stop); },
      color: function (h) { return { color: colorOf(S.t[h.stop]) }; },
      outline: function (ctx, h, t) {
        var i = h.stop, x = dots._x[i] * t.k - t.ox, y = dots._y[i] * t.k - t.oy;
        ctx.beginPath(); ctx.arc(x, y, 14, 0, 6.2832); ctx.lineWidth = 3; ctx.strokeStyle = colorOf(S.t[i]); ctx.stroke();
        ctx.beginPath(); ctx.arc(x, y, 17, 0, 6.2832); ctx.lineWidth = 2; ctx.strokeStyle = '#ffffff'; ctx.stroke();
      } };
    DM.addHitter(map, dotsHitter);
    function legsIn(h) {
      var ks = h.part.ids.filter(function (kk) { return legShown[kk]; });
      return ks.length ? ks : h.part.ids;
    }
    var legsHitter = { level: 2, layer: lines, line: true, active: active,
      all: function (pt) { return lines.hitAll(pt, 5); },
      open: function (h, o) { DM.show(map, h.latlng || (o && o.latlng), legPopup(legsIn(h)), o); },
      label: function (h) { var k = legsIn(h)[0]; return T.name[G.t[k]] + ' \u00b7 ' + stopName(G.src[k]) + ' \u2192 ' + stopName(G.dst[k]) + ' \u00b7 ' + fmtRange(G.date[k]); },
      color: function (h) { var s = lines._o.styles[h.part.style]; return { color: s.color, dash: s.dash }; },
      outline: function (ctx, h, t) { lines.outline(ctx, h.part, t); } };
    DM.addHitter(map, legsHitter);

    // Numbered badges for the stops in view (when there are few; stops that overlap on
    // screen share one badge that says how many), and text labels placed greedily
    // right, left, above or below (running right, left or centred) so they do not cover
    // each other.
    var shownList = [];
    function labelsRedraw() {
      labels.clearLayers();
      if (!map._loaded || !map.hasLayer(group)) { return; }
      var b = map.getBounds().pad(0.05), inView = [];
      for (var j = 0; j < shownList.length && inView.length <= 400; j++) {
        var i = shownList[j];
        if (b.contains([S.lat[i], S.lon[i]])) { inView.push(i); }
      }
      if (inView.length > 400) { return; }
      var stacks = [], byCell = {};
      inView.forEach(function (i) {
        var p = map.latLngToContainerPoint([S.lat[i], S.lon[i]]), key = Math.round(p.x / 16) + ':' + Math.round(p.y / 16);
        if (!byCell[key]) { byCell[key] = { p: p, ids: [] }; stacks.push(byCell[key]); }
        byCell[key].ids.push(i);
      });
      // a label's width as drawn (bold place, then the dates; .dm-label's font and padding)
      var family = root.getComputedStyle ? root.getComputedStyle(map.getContainer()).fontFamily : 'sans-serif';
      var measure = (labelsRedraw.canvas = labelsRedraw.canvas || document.createElement('canvas')).getContext('2d');
      function textWidth(name, when) {
        if (!measure) { return 7 * (String(name).length + when.length) + 4; }
        measure.font = '700 11.5px ' + family;
        var w = measure.measureText(String(name)).width;
        measure.font = '400 11.5px ' + family;
        return Math.ceil(w + measure.measureText(' ' + when).width);
      }
      // labels stay inside the map and off the legend, the title and the other controls
      var taken = DM.covers(map), size = map.getSize();
      stacks.forEach(function (sk) { taken.push([sk.p.x - 11, sk.p.y - 11, sk.p.x + 11, sk.p.y + 11]); });
      function free(r) {
        if (r[0] < 0 || r[1] < 0 || r[2] > size.x || r[3] > size.y) { return false; }
        for (var q = 0; q < taken.length; q++) {
          var o = taken[q];
          if (r[0] < o[2] && r[2] > o[0] && r[1] < o[3] && r[3] > o[1]) { return false; }
        }
        return true;
      }
      stacks.forEach(function (sk) {
        var i = sk.ids[0], n = sk.ids.length;
        var badge = el('div', 'dm-badge' + (n > 1 ? ' dm-stack' : ''), n > 1 ? '\u00d7' + n : S.seq[i]);
        badge.style.background = colorOf(S.t[i]); badge.style.color = inkOf(S.t[i]);
        if (n === 1 && S.status[i] !== 'completed') { badge.className += ' dm-badge-' + S.status[i]; }
        labels.addLayer(L.marker([S.lat[i], S.lon[i]], {
          icon: L.divIcon({ className: 'dm-stop', html: badge, iconSize: [22, 22], iconAnchor: [11, 11] }),
          keyboard: false, interactive: false, dmKind: 'badge', pane: 'dmBadges', zIndexOffset: -S.seq[i]
        }));
      });
      if (stacks.length > 40) { return; }
      stacks.forEach(function (sk) {
        var i = sk.ids[0], p = sk.p, n = sk.ids.length;
        var when = n > 1 ? U.plural(n, 'visit') : fmtRange(S.start[i], S.end[i]);
        var name = place(i), w = textWidth(name, when) + 12, hh = 20, spot = null;
        var tries = [['r', [p.x + 13, p.y - 10, p.x + 13 + w, p.y + 10]],
                     ['l', [p.x - 13 - w, p.y - 10, p.x - 13, p.y + 10]],
                     ['t', [p.x - 10, p.y - 13 - hh, p.x - 10 + w, p.y - 13]],
                     ['b', [p.x - 10, p.y + 13, p.x - 10 + w, p.y + 13 + hh]],
                     ['tl', [p.x + 10 - w, p.y - 13 - hh, p.x + 10, p.y - 13]],
                     ['bl', [p.x + 10 - w, p.y + 13, p.x + 10, p.y + 13 + hh]],
                     ['tc', [p.x - w / 2, p.y - 13 - hh, p.x + w / 2, p.y - 13]],
                     ['bc', [p.x - w / 2, p.y + 13, p.x + w / 2, p.y + 13 + hh]]];
        for (var q = 0; q < tries.length; q++) { if (free(tries[q][1])) { spot = tries[q]; break; } }
        if (!spot) { return; }
        taken.push(spot[1]);
        var lab = el('div', 'dm-label dm-pos-' + spot[0]);
        add(lab, el('b', null, name), ' ' + when);
        labels.addLayer(L.marker([S.lat[i], S.lon[i]], {
          icon: L.divIcon({ className: 'dm-label-icon', html: lab, iconSize: [0, 0], iconAnchor: [0, 0] }),
          keyboard: false, interactive: false, dmKind: 'text', pane: 'dmLabels'
        }));
      });
    }
    function recolor() {
      for (var s2 = 0; s2 < styles.length; s2++) { styles[s2].color = colorOf(styleT[s2]); }
    }
    function refresh() {
      shownList = [];
      for (var i = 0; i < nStops; i++) {
        var t = S.t[i];
        stopShown[i] = DM.travelerOK(map, t) && DM.dateOK(map, S.start[i], S.end[i]) &&
          DM.countryOK(map, S.country[i], T.country[t] || undefined) ? 1 : 0;
        if (stopShown[i]) { shownList.push(i); }
      }
      var nl = 0;
      for (var k2 = 0; k2 < nLegs; k2++) {
        legShown[k2] = (G.src[k2] >= 0 && stopShown[G.src[k2]]) || (G.dst[k2] >= 0 && stopShown[G.dst[k2]]) ? 1 : 0;
        nl += legShown[k2];
      }
      recolor();
      var all = shownList.length === nStops;
      lines.setShown(function (kk) { return legShown[kk] === 1; });
      dots.setShown(all ? null : shownList);
      st.counts.stops = shownList.length; st.counts.legs = nl;
      labelsRedraw();
    }
    function bounds() {
      var b = null;
      shownList.forEach(function (i) {
        var ll = L.latLng(S.lat[i], S.lon[i]);
        b = b ? b.extend(ll) : L.latLngBounds(ll, ll);
      });
      if (!b) { return null; }
      for (var p = 0; p < lines._parts.length; p++) {
        var part = lines._parts[p];
        if (!part.on) { continue; }
        b.extend([DM.proj.latOf(part.box[1]), DM.proj.lonOf(part.box[0])]);
        b.extend([DM.proj.latOf(part.box[3]), DM.proj.lonOf(part.box[2])]);
      }
      return b;
    }
    function state(out) {
      var per = new Array(nT).fill(0), countries = {};
      shownList.forEach(function (i) { per[S.t[i]]++; countries[S.country[i]] = 1; });
      out.stops = shownList.length; out.legs = st.counts.legs;
      for (var t = 0; t < nT; t++) {
        if (per[t]) { out.travelers.push({ name: T.name[t], color: colorOf(t), stops: per[t] }); }
      }
      Object.keys(countries).forEach(function (c) { out.countries.push(c); });
    }
    // A traveller's stops in order, for the itinerary panel.
    function stopsOf(t) {
      var out = [];
      for (var i = 0; i < nStops; i++) { if (S.t[i] === t) { out.push(i); } }
      return out;
    }
    map.on('moveend', labelsRedraw);
    group.on('add', labelsRedraw);
    st.layers.push({ refresh: refresh, bounds: bounds, state: state });
    st.routes = { T: T, S: S, G: G, docs: docs, popup: stopPopup, legPopup: legPopup, open: openStop,
      dots: dots, lines: lines, colorOf: colorOf, inkOf: inkOf, stopsOf: stopsOf, shown: stopShown,
      place: place, where: where, label: label, current: function () { return current; }, many: many };
  }
}(typeof window !== 'undefined' ? window : this));
