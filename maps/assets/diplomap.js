/* diplomap.js: draws diplomap's layers from one compact payload per layer.
 * MIT licence, part of diplomap. Needs Leaflet 1.9, Leaflet.markercluster and topojson-client.
 *
 * Text from documents only ever reaches the page through textContent or attribute
 * setters (never innerHTML), and links are made only for http(s) URLs.
 */
(function (root) {
  'use strict';
  if (root.DiploMap && root.DiploMap.version === 1) { return; }
  var DM = { version: 1 };
  var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  var SVGNS = 'http://www.w3.org/2000/svg';

  // ------------------------------------------------------------------ helpers
  function decode(str) {
    var out = [], i = 0, lat = 0, lng = 0, n = str.length;
    while (i < n) {
      var b, shift = 0, result = 0;
      do { b = str.charCodeAt(i++) - 63; result |= (b & 0x1f) << shift; shift += 5; } while (b >= 0x20);
      lat += (result & 1) ? ~(result >> 1) : (result >> 1);
      shift = 0; result = 0;
      do { b = str.charCodeAt(i++) - 63; result |= (b & 0x1f) << shift; shift += 5; } while (b >= 0x20);
      lng += (result & 1) ? ~(result >> 1) : (result >> 1);
      out.push([lat / 1e5, lng / 1e5]);
    }
    return out;
  }
  DM.decode = decode;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function add(parent) {
    for (var i = 1; i < arguments.length; i++) {
      var c = arguments[i];
      if (c === null || c === undefined || c === '') { continue; }
      parent.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    }
    return parent;
  }
  function safeUrl(u) {
    if (typeof u !== 'string') { return null; }
    try {
      var p = new URL(u);
      if (p.protocol === 'http:' || p.protocol === 'https:') { return p.href; }
    } catch (e) { /* not a URL */ }
    return null;
  }
  function link(url, text) {
    var href = safeUrl(url);
    if (!href) { return el('span', null, text); }
    var a = el('a', null, text);
    a.href = href; a.target = '_blank'; a.rel = 'noopener noreferrer';
    return a;
  }
  DM.safeUrl = safeUrl;

  function fmtDate(s) {
    if (!s) { return ''; }
    var p = String(s).split('-');
    if (p.length === 2) { return MONTHS[+p[1] - 1] + ' ' + p[0]; }
    return (+p[2]) + ' ' + MONTHS[+p[1] - 1] + ' ' + p[0];
  }
  function fmtRange(a, b) {
    if (!a && !b) { return 'date unknown'; }
    if (!a || !b || a === b) { return fmtDate(a || b); }
    var p = String(a).split('-'), q = String(b).split('-');
    if (p.length === 3 && q.length === 3 && p[0] === q[0]) {
      if (p[1] === q[1]) { return (+p[2]) + '\u2013' + fmtDate(b); }
      return (+p[2]) + ' ' + MONTHS[+p[1] - 1] + ' \u2013 ' + fmtDate(b);
    }
    return fmtDate(a) + ' \u2013 ' + fmtDate(b);
  }
  DM.fmtRange = fmtRange;

  function swatch(color, opts) {
    opts = opts || {};
    var svg = document.createElementNS(SVGNS, 'svg');
    svg.setAttribute('width', '28'); svg.setAttribute('height', '12');
    svg.setAttribute('class', 'dm-swatch');
    var line = document.createElementNS(SVGNS, 'line');
    line.setAttribute('x1', '2'); line.setAttribute('y1', '6');
    line.setAttribute('x2', '26'); line.setAttribute('y2', '6');
    line.setAttribute('stroke', color);
    line.setAttribute('stroke-width', String(opts.width || 3));
    line.setAttribute('stroke-linecap', 'round');
    if (opts.dash) { line.setAttribute('stroke-dasharray', opts.dash); }
    if (opts.opacity) { line.setAttribute('stroke-opacity', String(opts.opacity)); }
    svg.appendChild(line);
    return svg;
  }

  // evidence rows are [docIndex, text]; docs rows are [id, title, url, date]
  function evidenceList(docs, rows, total) {
    var box = el('div', 'dm-evidence');
    for (var i = 0; i < rows.length; i++) {
      var r = rows[i], d = r[0] === null ? null : docs[r[0]];
      var item = el('div', 'dm-ev');
      if (r[1]) { add(item, el('blockquote', null, r[1])); }
      if (d) {
        var src = el('div', 'dm-src');
        add(src, link(d[2], d[1] || d[0]));
        if (d[3]) { add(src, ' \u00b7 ' + fmtDate(d[3])); }
        if (d[1] && d[1] !== d[0]) { add(src, el('span', 'dm-docid', d[0])); }
        add(item, src);
      }
      add(box, item);
    }
    if (total && total > rows.length) {
      add(box, el('div', 'dm-more', '+ ' + (total - rows.length) + ' more'));
    }
    return box;
  }

  function header(title, color, sub) {
    var h = el('div', 'dm-head');
    var t = el('div', 'dm-title-line', title);
    if (color) { t.style.borderLeftColor = color; }
    add(h, t);
    if (sub) { add(h, el('div', 'dm-sub', sub)); }
    return h;
  }

  function popupAt(map, latlng, content) {
    L.popup({ maxWidth: 360, maxHeight: 320, className: 'dm-popup' })
      .setLatLng(latlng).setContent(content).openOn(map);
  }

  // ------------------------------------------------------------------ per-map state
  DM.container = function (id) {
    var els = document.querySelectorAll('div[id="' + id + '"]');
    for (var i = 0; i < els.length; i++) { if (!els[i]._leaflet_id) { return els[i]; } }
    return id;
  };
  DM.init = function (map) {
    map._dm = { layers: [], range: null, counts: {} };
    (root.diplomapMaps = root.diplomapMaps || []).push(map);
    L.DomUtil.addClass(map.getContainer(), 'dm-map');
    return map;
  };
  function inRange(map, a, b) {
    var r = map._dm.range;
    if (!r) { return true; }
    if (!a && !b) { return true; }
    var s = a || b, e = b || a;
    return e >= r[0] && s <= r[1];
  }
  function refreshAll(map) {
    for (var i = 0; i < map._dm.layers.length; i++) { map._dm.layers[i](); }
  }

  // ------------------------------------------------------------------ basemap
  // Natural Earth rings that cross longitude 180 (Russia, Fiji) jump from +180 to -180;
  // filled on a flat map that jump paints a band across the world. Move the points on
  // the smaller side by 360 degrees so the ring runs on past the edge instead. Jumps
  // near the poles (Antarctica's closing edge) are left alone.
  function unwrapRing(ring) {
    var jump = false, east = 0;
    for (var i = 0; i < ring.length; i++) {
      if (ring[i][0] > 0) { east++; }
      if (i && Math.abs(ring[i][0] - ring[i - 1][0]) > 180 && Math.abs(ring[i][1]) < 80) { jump = true; }
    }
    if (!jump) { return; }
    var toEast = east * 2 >= ring.length;
    for (var j = 0; j < ring.length; j++) {
      if (toEast && ring[j][0] < 0) { ring[j][0] += 360; }
      if (!toEast && ring[j][0] > 0) { ring[j][0] -= 360; }
    }
  }
  function unwrapRings(geom) {
    if (!geom) { return; }
    var polys = geom.type === 'Polygon' ? [geom.coordinates] : (geom.type === 'MultiPolygon' ? geom.coordinates : []);
    polys.forEach(function (poly) { poly.forEach(unwrapRing); });
  }
  DM.basemap = function (map, topo, style) {
    var pane = map.createPane('dmBase');
    pane.style.zIndex = 150;
    pane.style.pointerEvents = 'none';
    var fc = topojson.feature(topo, topo.objects.countries);
    fc.features.forEach(function (f) { unwrapRings(f.geometry); });
    var layer = L.geoJSON(fc, {
      pane: 'dmBase', renderer: L.canvas({ pane: 'dmBase', padding: 0.5 }),
      interactive: false, style: function () { return style; }
    });
    layer.addTo(map);
    map._dm.basemap = layer;
    return layer;
  };

  // ------------------------------------------------------------------ routes
  DM.routes = function (map, group, P) {
    var T = P.travelers, S = P.stops, G = P.legs, docs = P.docs;
    var nStops = S.t.length, nLegs = G.t.length;
    var geoms = P.geoms.map(function (g) { return g.map(decode); });
    var casing = nLegs <= 3000;
    if (!map.getPane('dmLabels')) {
      map.createPane('dmLabels').style.zIndex = 630;
      map.createPane('dmBadges').style.zIndex = 640;
    }
    var lines = L.featureGroup(), arrows = L.layerGroup(), homes = L.featureGroup();
    var dots = L.featureGroup(), labels = L.featureGroup();
    group.addLayer(lines); group.addLayer(arrows); group.addLayer(homes);
    group.addLayer(dots); group.addLayer(labels);

    function stopName(i) { return i < 0 ? 'home' : (S.place[i] || S.country[i]); }
    function dashOf(status) {
      return status === 'planned' ? '9 7' : (status === 'cancelled' ? '2 7' : null);
    }
    var legLayers = [], legCasing = [];
    for (var k = 0; k < nLegs; k++) {
      var color = T.color[G.t[k]], st = G.status[k];
      if (casing) {
        legCasing.push(L.polyline(geoms[G.g[k]], {
          color: '#ffffff', weight: 6, opacity: st === 'cancelled' ? 0.3 : 0.75,
          interactive: false, dmKind: 'casing'
        }));
      }
      var pl = L.polyline(geoms[G.g[k]], {
        color: color, weight: 3, opacity: st === 'cancelled' ? 0.45 : 0.95,
        dashArray: dashOf(st), lineCap: st === 'planned' ? 'butt' : 'round', dmKind: 'leg'
      });
      pl._dmI = k;
      legLayers.push(pl);
    }
    var stopLayers = [];
    for (var i = 0; i < nStops; i++) {
      var m = L.circleMarker([S.lat[i], S.lon[i]], {
        radius: 5, color: '#ffffff', weight: 1.5, fillColor: T.color[S.t[i]], fillOpacity: 1,
        dashArray: null, dmKind: 'stop'
      });
      m._dmI = i;
      stopLayers.push(m);
    }
    for (var h = 0; h < T.name.length; h++) {
      if (!T.home[h]) { continue; }
      var hd = el('div', 'dm-home-dot');
      hd.style.borderColor = T.color[h];
      var hm = L.marker(T.home[h], {
        icon: L.divIcon({ className: 'dm-home', html: hd, iconSize: [16, 16], iconAnchor: [8, 8] }),
        keyboard: false, dmKind: 'home', pane: 'dmBadges'
      });
      hm._dmT = h;
      homes.addLayer(hm);
    }

    function stopPopup(i) {
      var t = S.t[i], box = el('div', 'dm-pop');
      var role = T.role[t] ? ' (' + T.role[t] + ')' : '';
      add(box, header(T.name[t] + role, T.color[t],
        'Stop ' + S.seq[i] + ' \u00b7 trip ' + S.trip[i]));
      var place = el('div', 'dm-place', S.place[i] + (S.country[i] ? ', ' + S.country[i] : ''));
      add(box, place, el('div', 'dm-date', fmtRange(S.start[i], S.end[i])));
      if (S.status[i] !== 'completed') { add(box, el('div', 'dm-status dm-' + S.status[i], S.status[i])); }
      add(box, evidenceList(docs, S.ev[i]));
      if (S.conf[i] !== null && S.conf[i] < 1) {
        add(box, el('div', 'dm-conf', 'confidence ' + Math.round(S.conf[i] * 100) + '%'));
      }
      return box;
    }
    function legPopup(k) {
      var t = G.t[k], box = el('div', 'dm-pop');
      add(box, header(T.name[t], T.color[t], 'trip ' + G.trip[k]));
      add(box, el('div', 'dm-place', stopName(G.src[k]) + ' \u2192 ' + stopName(G.dst[k])));
      add(box, el('div', 'dm-date', fmtRange(G.date[k])));
      if (G.status[k] !== 'completed') { add(box, el('div', 'dm-status dm-' + G.status[k], G.status[k])); }
      return box;
    }
    function stopTip(i) { return S.seq[i] + '. ' + S.place[i] + ' \u00b7 ' + fmtRange(S.start[i], S.end[i]); }

    dots.on('click', function (e) { popupAt(map, e.layer.getLatLng(), stopPopup(e.layer._dmI)); });
    labels.on('click', function (e) { popupAt(map, e.layer.getLatLng(), stopPopup(e.layer._dmI)); });
    lines.on('click', function (e) { popupAt(map, e.latlng, legPopup(e.layer._dmI)); });
    dots.on('mouseover', function (e) {
      var l = e.layer;
      if (!l.getTooltip()) { l.bindTooltip(stopTip(l._dmI), { direction: 'top', offset: [0, -4] }); }
      l.openTooltip();
    });
    homes.on('mouseover', function (e) {
      var l = e.layer, t = l._dmT;
      if (!l.getTooltip()) {
        l.bindTooltip('Home capital (' + (T.country[t] || '?') + ') \u00b7 ' + T.name[t], { direction: 'top' });
      }
      l.openTooltip();
    });

    var shownLegs = [], shownStops = [];
    function arrowsRedraw() {
      arrows.clearLayers();
      if (!map._loaded) { return; }
      var zoomBounds = map.getBounds().pad(0.2);
      var drawn = 0;
      for (var j = 0; j < shownLegs.length && drawn < 4000; j++) {
        var k = shownLegs[j], parts = geoms[G.g[k]], best = parts[0];
        for (var q = 1; q < parts.length; q++) { if (parts[q].length > best.length) { best = parts[q]; } }
        var pts = best.map(function (ll) { return map.latLngToLayerPoint(ll); });
        var len = 0, seg = [];
        for (var s = 1; s < pts.length; s++) { var d = pts[s].distanceTo(pts[s - 1]); seg.push(d); len += d; }
        if (len < 40) { continue; }
        var half = len / 2, acc = 0, s2 = 0;
        while (s2 < seg.length - 1 && acc + seg[s2] < half) { acc += seg[s2]; s2++; }
        var a = pts[s2], b = pts[s2 + 1], f = seg[s2] ? (half - acc) / seg[s2] : 0;
        var mid = L.point(a.x + (b.x - a.x) * f, a.y + (b.y - a.y) * f);
        var midLL = map.layerPointToLatLng(mid);
        if (!zoomBounds.contains(midLL)) { continue; }
        var dx = b.x - a.x, dy = b.y - a.y, dl = Math.sqrt(dx * dx + dy * dy) || 1;
        dx /= dl; dy /= dl;
        var tip = L.point(mid.x + dx * 7, mid.y + dy * 7);
        var l1 = L.point(mid.x - dx * 6 - dy * 5.5, mid.y - dy * 6 + dx * 5.5);
        var l2 = L.point(mid.x - dx * 6 + dy * 5.5, mid.y - dy * 6 - dx * 5.5);
        var color = T.color[G.t[k]];
        arrows.addLayer(L.polygon([map.layerPointToLatLng(tip), map.layerPointToLatLng(l1),
          map.layerPointToLatLng(l2)], {
          color: '#ffffff', weight: 1, fillColor: color, fillOpacity: 1, interactive: false,
          dmKind: 'arrow'
        }));
        drawn++;
      }
    }
    // Numbered badges for the stops in view (when there are few), and text labels
    // placed greedily right, left, above or below so they do not cover each other.
    function labelsRedraw() {
      labels.clearLayers();
      if (!map._loaded) { return; }
      var b = map.getBounds(), inView = [];
      for (var j = 0; j < shownStops.length; j++) {
        var i = shownStops[j];
        if (b.contains([S.lat[i], S.lon[i]])) { inView.push(i); }
      }
      if (inView.length > 300) { return; }
      var taken = [], n, i2;
      function free(r) {
        for (var q = 0; q < taken.length; q++) {
          var o = taken[q];
          if (r[0] < o[2] && r[2] > o[0] && r[1] < o[3] && r[3] > o[1]) { return false; }
        }
        return true;
      }
      var pts = inView.map(function (k) { return map.latLngToContainerPoint([S.lat[k], S.lon[k]]); });
      pts.forEach(function (p) { taken.push([p.x - 10, p.y - 10, p.x + 10, p.y + 10]); });
      for (n = 0; n < inView.length; n++) {
        i2 = inView[n];
        var t = S.t[i2];
        var badge = el('div', 'dm-badge', S.seq[i2]);
        badge.style.background = T.color[t];
        if (S.status[i2] !== 'completed') { badge.className += ' dm-badge-' + S.status[i2]; }
        var bm = L.marker([S.lat[i2], S.lon[i2]], {
          icon: L.divIcon({ className: 'dm-stop', html: badge, iconSize: [20, 20], iconAnchor: [10, 10] }),
          keyboard: false, dmKind: 'label', pane: 'dmBadges', zIndexOffset: -S.seq[i2]
        });
        bm._dmI = i2;
        labels.addLayer(bm);
      }
      if (inView.length > 40) { return; }
      for (n = 0; n < inView.length; n++) {
        i2 = inView[n];
        var p = pts[n], when = fmtRange(S.start[i2], S.end[i2]);
        var w = 7 * (String(S.place[i2]).length + when.length) + 16, h = 20, spot = null;
        var tries = [['r', [p.x + 12, p.y - 10, p.x + 12 + w, p.y + 10]],
                     ['l', [p.x - 12 - w, p.y - 10, p.x - 12, p.y + 10]],
                     ['t', [p.x - 10, p.y - 12 - h, p.x - 10 + w, p.y - 12]],
                     ['b', [p.x - 10, p.y + 12, p.x - 10 + w, p.y + 12 + h]]];
        for (var q = 0; q < tries.length; q++) { if (free(tries[q][1])) { spot = tries[q]; break; } }
        if (!spot) { continue; }
        taken.push(spot[1]);
        var lab = el('div', 'dm-label dm-pos-' + spot[0]);
        add(lab, el('b', null, S.place[i2]), ' ' + when);
        var lm = L.marker([S.lat[i2], S.lon[i2]], {
          icon: L.divIcon({ className: 'dm-label-icon', html: lab, iconSize: [0, 0], iconAnchor: [0, 0] }),
          keyboard: false, interactive: false, dmKind: 'text', pane: 'dmLabels'
        });
        labels.addLayer(lm);
      }
    }
    function refresh() {
      lines.clearLayers(); dots.clearLayers();
      shownLegs = []; shownStops = [];
      for (var k2 = 0; k2 < nLegs; k2++) {
        if (inRange(map, G.date[k2], G.date[k2])) {
          shownLegs.push(k2);
          if (casing) { lines.addLayer(legCasing[k2]); }
        }
      }
      for (var j = 0; j < shownLegs.length; j++) { lines.addLayer(legLayers[shownLegs[j]]); }
      for (var i3 = 0; i3 < nStops; i3++) {
        if (inRange(map, S.start[i3], S.end[i3])) { shownStops.push(i3); dots.addLayer(stopLayers[i3]); }
      }
      map._dm.counts.legs = shownLegs.length;
      map._dm.counts.stops = shownStops.length;
      arrowsRedraw(); labelsRedraw();
    }
    map.on('zoomend viewreset', arrowsRedraw);
    map.on('moveend', labelsRedraw);
    map._dm.layers.push(refresh);
    map._dm.routes = { refresh: refresh, popup: stopPopup, legs: legLayers, stops: stopLayers };
    refresh();
    return group;
  };

  // ------------------------------------------------------------------ ties
  DM.ties = function (map, group, P) {
    var n = P.a.length, docs = P.docs, lines = [], ends = {};
    var arcs = L.featureGroup(), caps = L.featureGroup();
    group.addLayer(arcs); group.addLayer(caps);
    for (var i = 0; i < n; i++) {
      var path = decode(P.g[i]);
      var pl = L.polyline(path, {
        color: P.color[i], weight: P.width[i], opacity: 0.62, lineCap: 'round', dmKind: 'tie'
      });
      pl._dmI = i;
      lines.push(pl);
      ends[P.a[i]] = path[0]; ends[P.b[i]] = path[path.length - 1];
    }
    Object.keys(ends).sort().forEach(function (iso) {
      var c = L.circleMarker(ends[iso], {
        radius: 3.5, color: '#37474f', weight: 1.5, fillColor: '#ffffff', fillOpacity: 1, dmKind: 'capital'
      });
      c.bindTooltip(iso, { direction: 'right', offset: [4, 0], className: 'dm-iso' });
      caps.addLayer(c);
    });
    function tiePopup(i) {
      var box = el('div', 'dm-pop');
      add(box, header(P.a[i] + ' \u2013 ' + P.b[i], P.color[i], P.kind[i] + ' tie'));
      add(box, el('div', 'dm-date', fmtRange(P.first[i], P.last[i])));
      add(box, el('div', 'dm-weight', 'weight ' + P.w[i] + ' \u00b7 ' + P.nev[i] + ' piece' +
        (P.nev[i] === 1 ? '' : 's') + ' of evidence'));
      add(box, evidenceList(docs, P.ev[i], P.nev[i]));
      return box;
    }
    arcs.on('click', function (e) { popupAt(map, e.latlng, tiePopup(e.layer._dmI)); });
    arcs.on('mouseover', function (e) { e.layer.setStyle({ opacity: 0.95 }); });
    arcs.on('mouseout', function (e) { e.layer.setStyle({ opacity: 0.62 }); });
    function toBack() { for (var j = lines.length - 1; j >= 0; j--) { if (arcs.hasLayer(lines[j])) { lines[j].bringToBack(); } } }
    group.on('add', toBack);
    function refresh() {
      arcs.clearLayers();
      var shown = 0;
      for (var i = 0; i < n; i++) {
        if (inRange(map, P.first[i], P.last[i])) { arcs.addLayer(lines[i]); shown++; }
      }
      map._dm.counts.ties = shown;
      if (map.hasLayer(group)) { toBack(); }
    }
    map._dm.layers.push(refresh);
    map._dm.ties = { refresh: refresh, popup: tiePopup, lines: lines };
    refresh();
    return group;
  };

  // ------------------------------------------------------------------ mentions
  DM.mentions = function (map, group, P) {
    var n = P.lat.length, docs = P.docs, icons = {};
    function sizeOf(c) { return Math.round(Math.min(46, 18 + 5 * Math.log(c) / Math.LN2)); }
    function icon(c, cls) {
      var s = sizeOf(c), box = el('div', 'dm-spot-in', c > 1 ? (c >= 10000 ? Math.round(c / 1000) + 'k' : c) : '');
      return L.divIcon({ className: 'dm-spot ' + cls, html: box, iconSize: [s, s] });
    }
    var cluster = L.markerClusterGroup({
      chunkedLoading: true, showCoverageOnHover: false, maxClusterRadius: 45,
      spiderfyOnMaxZoom: true, removeOutsideVisibleBounds: true,
      iconCreateFunction: function (cl) {
        var ms = cl.getAllChildMarkers(), total = 0;
        for (var i = 0; i < ms.length; i++) { total += ms[i].options.dmN; }
        return icon(total, 'dm-cluster');
      }
    });
    var markers = new Array(n);
    for (var i = 0; i < n; i++) {
      var c = P.n[i];
      var ic = icons[c] || (icons[c] = icon(c, 'dm-single'));
      markers[i] = L.marker([P.lat[i], P.lon[i]], { icon: ic, dmN: c, keyboard: false, dmKind: 'spot' });
      markers[i]._dmI = i;
    }
    cluster.addLayers(markers);
    group.addLayer(cluster);
    function spotPopup(i) {
      var box = el('div', 'dm-pop');
      add(box, header(P.name[i] + (P.country[i] ? ', ' + P.country[i] : ''), '#546e7a',
        P.n[i] + ' mention' + (P.n[i] === 1 ? '' : 's') + ' in ' + P.nd[i] + ' document' + (P.nd[i] === 1 ? '' : 's')));
      var list = el('ul', 'dm-docs');
      for (var j = 0; j < P.d[i].length; j++) {
        var d = docs[P.d[i][j]], li = el('li');
        add(li, link(d[2], d[1] || d[0]));
        if (d[3]) { add(li, ' \u00b7 ' + fmtDate(d[3])); }
        add(list, li);
      }
      add(box, list);
      if (P.nd[i] > P.d[i].length) { add(box, el('div', 'dm-more', '+ ' + (P.nd[i] - P.d[i].length) + ' more')); }
      return box;
    }
    cluster.on('click', function (e) { popupAt(map, e.layer.getLatLng(), spotPopup(e.layer._dmI)); });
    map._dm.counts.spots = n;
    map._dm.mentions = { popup: spotPopup, cluster: cluster, markers: markers };
    return group;
  };

  // ------------------------------------------------------------------ legend, time, title
  DM.legend = function (map, spec) {
    var ctl = L.control({ position: 'bottomright' });
    ctl.onAdd = function () {
      var div = L.DomUtil.create('div', 'dm-legend leaflet-bar');
      var det = el('details'); det.open = true;
      add(det, el('summary', null, 'Legend'));
      L.DomEvent.disableClickPropagation(div);
      L.DomEvent.disableScrollPropagation(div);
      function row(sym, text) { var r = el('div', 'dm-row'); add(r, sym, el('span', null, text)); return r; }
      if (spec.empty) { add(det, el('div', 'dm-empty', 'No data to show: no visits, ties or mentions with coordinates.')); }
      if (spec.travelers.length) {
        add(det, el('div', 'dm-sec', 'Routes'));
        spec.travelers.forEach(function (t) { add(det, row(swatch(t[1]), t[0])); });
        if (spec.moreTravelers) { add(det, el('div', 'dm-more', '+ ' + spec.moreTravelers + ' more travellers')); }
        add(det, row(swatch('#555'), 'travelled'));
        add(det, row(swatch('#555', { dash: '6 4' }), 'planned'));
        if (spec.cancelled) { add(det, row(swatch('#555', { dash: '2 5', opacity: 0.5 }), 'cancelled')); }
        var b = el('span', 'dm-badge dm-badge-legend', '1'); b.style.background = '#555';
        add(det, row(b, 'stop, numbered in trip order'));
        var hd = el('span', 'dm-home-dot dm-home-legend'); hd.style.borderColor = '#555';
        if (spec.homes) { add(det, row(hd, 'home capital (start and end)')); }
      }
      if (spec.kinds.length) {
        add(det, el('div', 'dm-sec', 'Ties'));
        spec.kinds.forEach(function (k) { add(det, row(swatch(k[1], { width: 4, opacity: 0.7 }), k[0])); });
        var w = el('div', 'dm-row dm-widths');
        spec.widths.forEach(function (x) { add(w, swatch('#78909c', { width: x[1] }), el('span', null, String(x[0]))); });
        add(det, w, el('div', 'dm-note', 'line width: weight (pieces of evidence)'));
      }
      if (spec.mentions) {
        add(det, el('div', 'dm-sec', 'Mentions'));
        var s = el('span', 'dm-spot dm-cluster dm-spot-legend'); add(s, el('div', 'dm-spot-in', '12'));
        add(det, row(s, spec.mentions[1] + ' mentions of ' + spec.mentions[0] + ' places'));
      }
      var notes = [];
      if (spec.problems) { notes.push(spec.problems + ' problem' + (spec.problems === 1 ? '' : 's') + ' (skipped or unresolved)'); }
      if (spec.notDrawn) { notes.push(spec.notDrawn + ' item' + (spec.notDrawn === 1 ? '' : 's') + ' without coordinates not drawn'); }
      notes.forEach(function (t) { add(det, el('div', 'dm-problems', t)); });
      add(div, det);
      return div;
    };
    ctl.addTo(map);
    map._dm.legend = ctl;
    return ctl;
  };

  DM.timeControl = function (map, spec) {
    var y0 = +spec.min.slice(0, 4), m0 = +spec.min.slice(5, 7) - 1;
    var y1 = +spec.max.slice(0, 4), m1 = +spec.max.slice(5, 7) - 1;
    var n = (y1 - y0) * 12 + (m1 - m0);
    function month(i) { var t = y0 * 12 + m0 + i; var y = Math.floor(t / 12), m = t % 12 + 1; return y + '-' + (m < 10 ? '0' : '') + m; }
    function lastDay(ym) { var y = +ym.slice(0, 4), m = +ym.slice(5, 7); return ym + '-' + new Date(Date.UTC(y, m, 0)).getUTCDate(); }
    var ctl = L.control({ position: 'bottomleft' });
    ctl.onAdd = function () {
      var div = L.DomUtil.create('div', 'dm-time leaflet-bar');
      L.DomEvent.disableClickPropagation(div);
      L.DomEvent.disableScrollPropagation(div);
      var label = el('div', 'dm-time-label');
      var from = el('input'), to = el('input'), reset = el('button', null, 'All dates');
      [from, to].forEach(function (inp, j) {
        inp.type = 'range'; inp.min = '0'; inp.max = String(n); inp.step = '1';
        inp.value = j ? String(n) : '0';
        inp.setAttribute('aria-label', j ? 'until month' : 'from month');
      });
      reset.type = 'button';
      var pending = false;
      function update() {
        var a = +from.value, b = +to.value;
        if (a > b) { if (this === from) { to.value = String(a); b = a; } else { from.value = String(b); a = b; } }
        label.textContent = fmtDate(month(a)) + ' \u2013 ' + fmtDate(month(b));
        map._dm.range = (a === 0 && b === n) ? null : [month(a) + '-01', lastDay(month(b))];
        if (!pending) {
          pending = true;
          L.Util.requestAnimFrame(function () { pending = false; refreshAll(map); });
        }
      }
      from.addEventListener('input', update); to.addEventListener('input', update);
      reset.addEventListener('click', function () { from.value = '0'; to.value = String(n); update.call(from); });
      add(div, el('div', 'dm-time-head', 'Routes and ties by date'), label, from, to, reset);
      label.textContent = fmtDate(month(0)) + ' \u2013 ' + fmtDate(month(n));
      map._dm.time = { from: from, to: to, update: update, month: month };
      return div;
    };
    ctl.addTo(map);
    return ctl;
  };

  DM.title = function (map, text) {
    var div = el('div', 'dm-map-title', text);
    map.getContainer().appendChild(div);
    return div;
  };

  DM.fit = function (map, bounds, maxZoom) {
    if (!bounds) { map.setView([20, 10], 2); return; }
    var legend = map._dm.legend && map._dm.legend.getContainer();
    var size = map.getSize(), labels = (map._dm.counts.stops || 0) <= 40 && map._dm.counts.stops ? 170 : 0;
    var right = Math.min((legend ? legend.offsetWidth + 30 : 30) + labels, size.x / 2.5);
    map.fitBounds(bounds, { paddingTopLeft: [50, 70], paddingBottomRight: [right, 40], maxZoom: maxZoom });
  };

  DM.ready = function (map) {
    map._dm.ready = true;
    L.Util.requestAnimFrame(function () {
      L.Util.requestAnimFrame(function () {
        map._dm.rendered = true;
        root.diplomapRendered = (root.diplomapRendered || 0) + 1;
      });
    });
  };

  root.DiploMap = DM;
}(typeof window !== 'undefined' ? window : this));
