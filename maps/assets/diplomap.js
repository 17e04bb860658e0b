/* diplomap.js: draws diplomap's layers from one compact payload per layer.
 * MIT licence, part of diplomap. Needs Leaflet 1.9 and topojson-client.
 *
 * Text from documents only ever reaches the page through textContent or attribute
 * setters (never innerHTML): popups, tooltips and icons get DOM nodes, never strings,
 * because Leaflet inserts strings as HTML. Links are made only for http(s) URLs.
 */
(function (root) {
  'use strict';
  if (root.DiploMap && root.DiploMap.version === 1) { return; }
  var DM = { version: 1 };
  var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  var SVGNS = 'http://www.w3.org/2000/svg';

  // ------------------------------------------------------------------ helpers
  // [lat0, lon0, dlat1, dlon1, ...] in 1e-5 degrees -> Web Mercator pixels at zoom 0 (x0, y0, ...)
  function deltaProjected(d) {
    var n = d.length, out = new Float64Array(n), lat = 0, lon = 0;
    for (var i = 0; i < n; i += 2) {
      lat += d[i]; lon += d[i + 1];
      out[i] = mx(lon / 1e5); out[i + 1] = my(lat / 1e5);
    }
    return out;
  }

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
    var st = map._dm = { layers: [], range: null, counts: {}, steps: [], hitters: [],
      timings: [['init', Math.round(root.performance ? root.performance.now() : 0)]] };
    (root.diplomapMaps = root.diplomapMaps || []).push(map);
    L.DomUtil.addClass(map.getContainer(), 'dm-map');
    // One dispatcher for the canvas layers: the topmost thing under the pointer wins.
    map.on('click', function (e) {
      if (e.originalEvent && e.originalEvent._dmHit) { return; }  // a marker took it
      var hit = topHit(st, e.containerPoint);
      if (hit) { hit[0].open(hit[1], e); }
    });
    var pending = null, tip = null;
    map.on('mousemove', function (e) {
      pending = e.containerPoint;
      L.Util.requestAnimFrame(function () {
        if (!pending) { return; }
        var hit = topHit(st, pending);
        pending = null;
        map.getContainer().style.cursor = hit ? 'pointer' : '';
        var text = hit && hit[0].tip ? hit[0].tip(hit[1]) : null;
        if (!text) { if (tip) { map.closeTooltip(tip); tip = null; } return; }
        tip = tip || L.tooltip({ direction: 'top', offset: [0, -8], className: 'dm-tip' });
        tip.setLatLng(hit[1].latlng).setContent(el('span', null, text));  // a string would be HTML
        map.openTooltip(tip);
      });
    });
    map.on('mouseout', function () { if (tip) { map.closeTooltip(tip); tip = null; } });
    return map;
  };
  function topHit(st, pt) {
    var hs = st.hitters;
    for (var i = 0; i < hs.length; i++) {
      if (!hs[i].layer._map) { continue; }
      var it = hs[i].layer.hit(pt);
      if (it) { return [hs[i], it]; }
    }
    return null;
  }
  function addHitter(map, h) {
    var hs = map._dm.hitters;
    hs.push(h);
    hs.sort(function (a, b) { return b.level - a.level; });
  }
  function markHit(e) { if (e.originalEvent) { e.originalEvent._dmHit = true; } }
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

  // Large payloads arrive as {"__gz": base64 of gzipped JSON}; small ones as plain JSON.
  function unpack(p) {
    if (!p || typeof p.__gz !== 'string') { return Promise.resolve(p); }
    if (typeof DecompressionStream === 'undefined') {
      return Promise.reject(new Error('this browser cannot unpack the map data (no DecompressionStream)'));
    }
    var bin = atob(p.__gz), bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) { bytes[i] = bin.charCodeAt(i); }
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
    return new Response(stream).text().then(JSON.parse);
  }
  DM.unpack = unpack;
  // Payloads start unpacking at once; once all are unpacked, the layers are drawn in page
  // order in one go (one frame to paint, not one per layer).
  function queue(map, payload, draw) {
    map._dm.steps.push([unpack(payload), draw]);
  }
  function drawAll(map) {
    var st = map._dm, steps = st.steps;
    st.steps = [];
    return Promise.all(steps.map(function (s) {
      return s[0]['catch'](function (err) { return { __error: err }; });
    })).then(function (datas) {
      st.timings.push(['unpacked', Math.round(root.performance ? root.performance.now() : 0)]);
      for (var i = 0; i < steps.length; i++) {
        var draw = steps[i][1], t0 = root.performance ? root.performance.now() : 0;
        try {
          if (datas[i] && datas[i].__error) { throw datas[i].__error; }
          draw(datas[i]);
        } catch (err) {
          st.failed = true;
          if (root.console) { root.console.error('diplomap: ' + (err && err.message ? err.message : err)); }
        }
        st.timings.push([draw.name || 'layer', Math.round(root.performance ? root.performance.now() - t0 : 0)]);
      }
    });
  }

  // ------------------------------------------------------------------ canvas layers
  // Web Mercator at zoom 0 (a 256-pixel world), the same as Leaflet's EPSG:3857.
  var MAXLAT = 85.0511287798;
  function mx(lon) { return 256 * (0.5 + lon / 360); }
  function my(lat) {
    var s = Math.max(-MAXLAT, Math.min(MAXLAT, lat)) * Math.PI / 180;
    return 256 * (0.5 - Math.log(Math.tan(Math.PI / 4 + s / 2)) / (2 * Math.PI));
  }
  // Base of the layers that draw many things on one canvas of the map's size.
  var CanvasLayer = L.Layer.extend({
    onAdd: function (map) {
      this._canvas = L.DomUtil.create('canvas', 'dm-canvas leaflet-zoom-hide', map.getPane(this._pane));
      this._canvas.style.pointerEvents = 'none';
      map.on('moveend zoomend resize viewreset', this.redraw, this);
      this.redraw();
    },
    onRemove: function (map) {
      L.DomUtil.remove(this._canvas);
      map.off('moveend zoomend resize viewreset', this.redraw, this);
    },
    redraw: function () {
      var map = this._map;
      if (!map || !map._loaded) { return; }
      var size = map.getSize(), ratio = root.devicePixelRatio || 1, c = this._canvas;
      L.DomUtil.setPosition(c, map.containerPointToLayerPoint([0, 0]));
      c.width = size.x * ratio; c.height = size.y * ratio;
      c.style.width = size.x + 'px'; c.style.height = size.y + 'px';
      var ctx = c.getContext('2d');
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      var crs = map.options.crs, origin = map.getPixelOrigin(), pane = map._getMapPanePos();
      this._tf = { k: crs.scale(map.getZoom()) / 256, ox: origin.x - pane.x, oy: origin.y - pane.y, w: size.x, h: size.y };
      this.draw(ctx, this._tf);
    }
  });

  // Many points, optionally clustered on a pixel grid.
  var PointCanvas = CanvasLayer.extend({
    initialize: function (o) {
      this._o = o; this._pane = o.pane; this._shown = null; this._drawn = [];
      var n = o.lat.length, x = this._x = new Float64Array(n), y = this._y = new Float64Array(n);
      for (var i = 0; i < n; i++) { x[i] = mx(o.lon[i]); y[i] = my(o.lat[i]); }
    },
    setShown: function (idx) { this._shown = idx; this.redraw(); },
    draw: function (ctx, t) {
      var o = this._o, idx = this._shown, n = idx ? idx.length : o.lat.length, pad = 40, drawn = [];
      var cell = o.cluster ? o.cell : 0, cells = {}, keys = [];
      for (var j = 0; j < n; j++) {
        var i = idx ? idx[j] : j, px = this._x[i] * t.k - t.ox, py = this._y[i] * t.k - t.oy;
        if (px < -pad || py < -pad || px > t.w + pad || py > t.h + pad) { continue; }
        if (!cell) { drawn.push([px, py, o.radius, [i], 1]); continue; }
        var key = Math.floor(px / cell) + ':' + Math.floor(py / cell), g = cells[key];
        if (!g) { g = cells[key] = [0, 0, 0, []]; keys.push(key); }
        var w = o.count(i);
        g[0] += px * w; g[1] += py * w; g[2] += w; g[3].push(i);
      }
      for (var k = 0; k < keys.length; k++) {
        var cg = cells[keys[k]];
        drawn.push([cg[0] / cg[2], cg[1] / cg[2], o.size(cg[2]), cg[3], cg[2]]);
      }
      for (var d = 0; d < drawn.length; d++) { o.paint(ctx, drawn[d]); }
      this._drawn = drawn;
    },
    hit: function (pt) {
      for (var d = this._drawn.length - 1; d >= 0; d--) {
        var it = this._drawn[d], dx = it[0] - pt.x, dy = it[1] - pt.y, r = it[2] + 2;
        if (dx * dx + dy * dy <= r * r) {
          return { item: it, latlng: this._map.containerPointToLatLng([it[0], it[1]]) };
        }
      }
      return null;
    }
  });
  DM.PointCanvas = PointCanvas;

  // Many lines in a few styles: each style is one path and one stroke; optional white
  // casing under the lines and a direction arrow at the middle of each marked part.
  var LineCanvas = CanvasLayer.extend({
    initialize: function (o) {
      this._o = o; this._pane = o.pane;
      var parts = this._parts = [];
      for (var i = 0; i < o.parts.length; i++) {
        var p = o.parts[i], a = p.xy, j;
        if (!a) {
          a = new Float64Array(2 * p.pts.length);
          for (j = 0; j < p.pts.length; j++) { a[2 * j] = mx(p.pts[j][1]); a[2 * j + 1] = my(p.pts[j][0]); }
        }
        var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
        for (j = 0; j < a.length; j += 2) {
          var x = a[j], y = a[j + 1];
          if (x < x0) { x0 = x; } if (x > x1) { x1 = x; } if (y < y0) { y0 = y; } if (y > y1) { y1 = y; }
        }
        parts.push({ a: a, box: [x0, y0, x1, y1], style: p.style, ids: p.ids, arrow: p.arrow, on: true });
      }
      this._byStyle = o.styles.map(function () { return []; });
      for (var k = 0; k < parts.length; k++) { this._byStyle[parts[k].style].push(k); }
    },
    setShown: function (visible) {
      for (var i = 0; i < this._parts.length; i++) {
        var p = this._parts[i], on = false;
        for (var j = 0; j < p.ids.length && !on; j++) { on = visible(p.ids[j]); }
        p.on = on;
      }
      this.redraw();
    },
    _inView: function (p, t, pad) {
      var b = p.box;
      return !(b[2] * t.k - t.ox < -pad || b[0] * t.k - t.ox > t.w + pad || b[3] * t.k - t.oy < -pad || b[1] * t.k - t.oy > t.h + pad);
    },
    _path: function (ctx, p, t) {
      var a = p.a;
      ctx.moveTo(a[0] * t.k - t.ox, a[1] * t.k - t.oy);
      for (var j = 2; j < a.length; j += 2) { ctx.lineTo(a[j] * t.k - t.ox, a[j + 1] * t.k - t.oy); }
    },
    draw: function (ctx, t) {
      var o = this._o, self = this, visible = [], nVisible = 0, s, k, list;
      ctx.lineCap = 'round'; ctx.lineJoin = 'round';
      for (s = 0; s < o.styles.length; s++) {
        list = this._byStyle[s].filter(function (i) { var p = self._parts[i]; return p.on && self._inView(p, t, 10); });
        visible.push(list); nVisible += list.length;
      }
      // Strokes go out in small batches: one huge path with thousands of overlapping
      // subpaths is far slower to rasterize than many short ones.
      // Level of detail: with very many lines in view, draw 1-pixel lines without casing;
      // Skia strokes those about ten times faster than wider ones (zoom in for full width).
      var BATCH = 24, inBatch, lod = nVisible > (o.lodAbove || Infinity);
      this._lod = lod;
      if (o.casing && !lod) {
        ctx.setLineDash([]); ctx.lineWidth = o.casing.width; ctx.strokeStyle = o.casing.color;
        ctx.globalAlpha = o.casing.opacity;
        for (s = 0; s < visible.length; s++) {
          ctx.beginPath(); inBatch = 0;
          for (k = 0; k < visible[s].length; k++) {
            this._path(ctx, this._parts[visible[s][k]], t);
            if (++inBatch === BATCH) { ctx.stroke(); ctx.beginPath(); inBatch = 0; }
          }
          ctx.stroke();
        }
      }
      var arrows = [], budget = o.arrows || 0;
      for (s = 0; s < visible.length; s++) {
        var st = o.styles[s];
        ctx.setLineDash(st.dash ? (lod ? [6, 5] : st.dash) : []);
        ctx.lineCap = st.dash || lod ? 'butt' : 'round'; ctx.lineJoin = lod ? 'miter' : 'round';
        ctx.lineWidth = lod ? 1 : st.width; ctx.strokeStyle = st.color;
        ctx.globalAlpha = lod ? 0.5 * st.opacity : st.opacity;  // thousands of lines: lighter
        ctx.beginPath(); inBatch = 0;
        for (k = 0; k < visible[s].length; k++) {
          var p = this._parts[visible[s][k]];
          this._path(ctx, p, t);
          if (p.arrow && budget > 0 && !lod) { var tri = this._arrow(p, t); if (tri) { arrows.push([s, tri]); budget--; } }
          if (++inBatch === BATCH) { ctx.stroke(); ctx.beginPath(); inBatch = 0; }
        }
        ctx.stroke();
      }
      ctx.setLineDash([]); ctx.globalAlpha = 1; ctx.lineWidth = 1; ctx.strokeStyle = '#ffffff';
      for (k = 0; k < arrows.length; k++) {
        var tr = arrows[k][1];
        ctx.beginPath(); ctx.moveTo(tr[0], tr[1]); ctx.lineTo(tr[2], tr[3]); ctx.lineTo(tr[4], tr[5]); ctx.closePath();
        ctx.fillStyle = o.styles[arrows[k][0]].color; ctx.fill(); ctx.stroke();
      }
      this._arrowCount = arrows.length;
    },
    _arrow: function (p, t) {
      var a = p.a, n = a.length / 2, len = 0, seg = new Float64Array(n), j;
      for (j = 1; j < n; j++) {
        var dx = (a[2 * j] - a[2 * j - 2]) * t.k, dy = (a[2 * j + 1] - a[2 * j - 1]) * t.k;
        seg[j] = Math.sqrt(dx * dx + dy * dy); len += seg[j];
      }
      if (len < 40) { return null; }
      var half = len / 2, acc = 0;
      for (j = 1; j < n - 1 && acc + seg[j] < half; j++) { acc += seg[j]; }
      var ax = a[2 * j - 2] * t.k - t.ox, ay = a[2 * j - 1] * t.k - t.oy, bx = a[2 * j] * t.k - t.ox, by = a[2 * j + 1] * t.k - t.oy;
      var f = seg[j] ? (half - acc) / seg[j] : 0, mxp = ax + (bx - ax) * f, myp = ay + (by - ay) * f;
      if (mxp < -20 || myp < -20 || mxp > t.w + 20 || myp > t.h + 20) { return null; }
      var ux = bx - ax, uy = by - ay, ul = Math.sqrt(ux * ux + uy * uy) || 1;
      ux /= ul; uy /= ul;
      return [mxp + ux * 7, myp + uy * 7, mxp - ux * 6 - uy * 5.5, myp - uy * 6 + ux * 5.5, mxp - ux * 6 + uy * 5.5, myp - uy * 6 - ux * 5.5];
    },
    hit: function (pt) {
      var t = this._tf, best = null, bestD = Infinity;
      if (!t) { return null; }
      for (var i = 0; i < this._parts.length; i++) {
        var p = this._parts[i];
        if (!p.on) { continue; }
        var w = this._o.styles[p.style].width / 2 + 4, b = p.box;
        if (pt.x < b[0] * t.k - t.ox - w || pt.x > b[2] * t.k - t.ox + w || pt.y < b[1] * t.k - t.oy - w || pt.y > b[3] * t.k - t.oy + w) { continue; }
        var a = p.a;
        for (var j = 2; j < a.length; j += 2) {
          var d = L.LineUtil.pointToSegmentDistance(pt,
            L.point(a[j - 2] * t.k - t.ox, a[j - 1] * t.k - t.oy), L.point(a[j] * t.k - t.ox, a[j + 1] * t.k - t.oy));
          if (d <= w && d < bestD) { bestD = d; best = p; }
        }
      }
      return best ? { part: best, latlng: this._map.containerPointToLatLng(pt) } : null;
    }
  });
  DM.LineCanvas = LineCanvas;

  function pane(map, name, z) {
    if (!map.getPane(name)) {
      var p = map.createPane(name);
      p.style.zIndex = z;
      p.style.pointerEvents = 'none';
    }
    return name;
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
  DM.basemap = function (map, payload, style) {
    pane(map, 'dmBase', 150);
    queue(map, payload, function basemap(topo) {
      var fc = topojson.feature(topo, topo.objects.countries);
      fc.features.forEach(function (f) { unwrapRings(f.geometry); });
      var layer = L.geoJSON(fc, {
        pane: 'dmBase', renderer: L.canvas({ pane: 'dmBase', padding: 0.1 }),
        interactive: false, style: function () { return style; }
      });
      layer.addTo(map);
      map._dm.basemap = layer;
    });
  };

  // ------------------------------------------------------------------ routes
  DM.routes = function (map, group, payload) {
    queue(map, payload, function routes(P) { drawRoutes(map, group, P); });
  };
  function drawRoutes(map, group, P) {
    var T = P.travelers, S = P.stops, G = P.legs, docs = P.docs;
    var nStops = S.t.length, nLegs = G.t.length, big = nLegs > 2000;
    var geoms = P.geoms.map(function (g) { return g.map(deltaProjected); });
    pane(map, 'dmRoutes', 390);
    pane(map, 'dmStops', 450);
    pane(map, 'dmLabels', 630);
    pane(map, 'dmBadges', 640);
    var homes = L.featureGroup(), labels = L.featureGroup();

    function stopName(i) { return i < 0 ? 'home' : (S.place[i] || S.country[i]); }
    function stopPopup(i) {
      var t = S.t[i], box = el('div', 'dm-pop');
      var role = T.role[t] ? ' (' + T.role[t] + ')' : '';
      add(box, header(T.name[t] + role, T.color[t], 'Stop ' + S.seq[i] + ' \u00b7 trip ' + S.trip[i]));
      add(box, el('div', 'dm-place', S.place[i] + (S.country[i] ? ', ' + S.country[i] : '')),
        el('div', 'dm-date', fmtRange(S.start[i], S.end[i])));
      if (S.status[i] !== 'completed') { add(box, el('div', 'dm-status dm-' + S.status[i], S.status[i])); }
      add(box, evidenceList(docs, S.ev[i]));
      if (S.conf[i] !== null && S.conf[i] < 1) {
        add(box, el('div', 'dm-conf', 'confidence ' + Math.round(S.conf[i] * 100) + '%'));
      }
      return box;
    }
    function legPopup(ks) {
      var box = el('div', 'dm-pop'), k = ks[0], t = G.t[k];
      add(box, header(T.name[t], T.color[t], ks.length > 1 ? ks.length + ' trips on this leg' : 'trip ' + G.trip[k]));
      add(box, el('div', 'dm-place', stopName(G.src[k]) + ' \u2192 ' + stopName(G.dst[k])));
      ks.slice(0, 12).forEach(function (kk) {
        add(box, el('div', 'dm-date', fmtRange(G.date[kk]) + (ks.length > 1 ? ' (trip ' + G.trip[kk] + ')' : '')));
      });
      if (ks.length > 12) { add(box, el('div', 'dm-more', '+ ' + (ks.length - 12) + ' more')); }
      if (G.status[k] !== 'completed') { add(box, el('div', 'dm-status dm-' + G.status[k], G.status[k])); }
      return box;
    }
    function openStop(i) { popupAt(map, L.latLng(S.lat[i], S.lon[i]), stopPopup(i)); }

    for (var h = 0; h < T.name.length && T.name.length <= 40; h++) {  // (too many to mark: omitted)
      if (!T.home[h]) { continue; }
      var hd = el('div', 'dm-home-dot');
      hd.style.borderColor = T.color[h];
      var hm = L.marker(T.home[h], {
        icon: L.divIcon({ className: 'dm-home', html: hd, iconSize: [16, 16], iconAnchor: [8, 8] }),
        keyboard: false, dmKind: 'home', pane: 'dmBadges'
      });
      hm.bindTooltip(el('span', null, 'Home capital (' + (T.country[h] || '?') + ') \u00b7 ' + T.name[h]), { direction: 'top' });
      homes.addLayer(hm);
    }
    // one part per distinct (geometry, traveller, status); legs that repeat share it
    var styles = [], styleOf = {}, parts = [], partOf = {};
    for (var k = 0; k < nLegs; k++) {
      var skey = G.t[k] + '|' + G.status[k], s = styleOf[skey];
      if (s === undefined) {
        var stt = G.status[k];
        s = styleOf[skey] = styles.length;
        styles.push({ color: T.color[G.t[k]], width: 3, opacity: stt === 'cancelled' ? 0.45 : 0.95,
          dash: stt === 'planned' ? [9, 7] : (stt === 'cancelled' ? [2, 7] : null) });
      }
      var pkey = G.g[k] + '|' + s;
      if (partOf[pkey] !== undefined) { parts[partOf[pkey]].ids.push(k); continue; }
      var geo = geoms[G.g[k]], longest = 0, ids = [k];
      for (var q = 1; q < geo.length; q++) { if (geo[q].length > geo[longest].length) { longest = q; } }
      partOf[pkey] = parts.length;  // the parts of a leg split at the antimeridian share ids
      for (var q2 = 0; q2 < geo.length; q2++) { parts.push({ xy: geo[q2], style: s, ids: ids, arrow: q2 === longest }); }
    }
    var lines = new LineCanvas({ pane: 'dmRoutes', parts: parts, styles: styles, arrows: 2000, lodAbove: 1500,
      casing: { color: '#ffffff', width: 6, opacity: 0.7 } });
    var dots = new PointCanvas({
      lat: S.lat, lon: S.lon, pane: 'dmStops', radius: 5,
      paint: function (ctx, it) {
        ctx.fillStyle = T.color[S.t[it[3][0]]];
        if (big) { ctx.fillRect(it[0] - 2, it[1] - 2, 4, 4); return; }
        ctx.beginPath(); ctx.arc(it[0], it[1], 5, 0, 6.2832); ctx.fill();
        ctx.lineWidth = 1.2; ctx.strokeStyle = '#ffffff'; ctx.stroke();
      }
    });
    group.addLayer(lines); group.addLayer(dots); group.addLayer(homes); group.addLayer(labels);
    addHitter(map, { level: 3, layer: dots, open: function (h) { openStop(h.item[3][0]); },
      tip: function (h) { var i = h.item[3][0]; return S.seq[i] + '. ' + S.place[i] + ' \u00b7 ' + fmtRange(S.start[i], S.end[i]); } });
    addHitter(map, { level: 2, layer: lines, open: function (h) {
      var ks = h.part.ids.filter(function (kk) { return inRange(map, G.date[kk], G.date[kk]); });
      popupAt(map, h.latlng, legPopup(ks.length ? ks : h.part.ids));
    } });
    labels.on('click', function (e) { markHit(e); openStop(e.layer._dmI); });

    var shownStops = [];
    // Numbered badges for the stops in view (when there are few), and text labels
    // placed greedily right, left, above or below so they do not cover each other.
    function labelsRedraw() {
      labels.clearLayers();
      if (!map._loaded || !map.hasLayer(group)) { return; }
      var b = map.getBounds(), inView = [];
      for (var j = 0; j < shownStops.length && inView.length <= 300; j++) {
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
      var pts = inView.map(function (kk) { return map.latLngToContainerPoint([S.lat[kk], S.lon[kk]]); });
      pts.forEach(function (p) { taken.push([p.x - 10, p.y - 10, p.x + 10, p.y + 10]); });
      for (n = 0; n < inView.length; n++) {
        i2 = inView[n];
        var badge = el('div', 'dm-badge', S.seq[i2]);
        badge.style.background = T.color[S.t[i2]];
        if (S.status[i2] !== 'completed') { badge.className += ' dm-badge-' + S.status[i2]; }
        var bm = L.marker([S.lat[i2], S.lon[i2]], {
          icon: L.divIcon({ className: 'dm-stop', html: badge, iconSize: [20, 20], iconAnchor: [10, 10] }),
          keyboard: false, dmKind: 'label', pane: 'dmBadges', zIndexOffset: -S.seq[i2]
        });
        bm._dmI = i2;
        bm.bindTooltip(el('span', null, S.seq[i2] + '. ' + S.place[i2] + ' \u00b7 ' + fmtRange(S.start[i2], S.end[i2])),
          { direction: 'top', offset: [0, -8] });
        labels.addLayer(bm);
      }
      if (inView.length > 40) { return; }
      for (n = 0; n < inView.length; n++) {
        i2 = inView[n];
        var p = pts[n], when = fmtRange(S.start[i2], S.end[i2]);
        var w = 7 * (String(S.place[i2]).length + when.length) + 16, hh = 20, spot = null;
        var tries = [['r', [p.x + 12, p.y - 10, p.x + 12 + w, p.y + 10]],
                     ['l', [p.x - 12 - w, p.y - 10, p.x - 12, p.y + 10]],
                     ['t', [p.x - 10, p.y - 12 - hh, p.x - 10 + w, p.y - 12]],
                     ['b', [p.x - 10, p.y + 12, p.x - 10 + w, p.y + 12 + hh]]];
        for (var q = 0; q < tries.length; q++) { if (free(tries[q][1])) { spot = tries[q]; break; } }
        if (!spot) { continue; }
        taken.push(spot[1]);
        var lab = el('div', 'dm-label dm-pos-' + spot[0]);
        add(lab, el('b', null, S.place[i2]), ' ' + when);
        labels.addLayer(L.marker([S.lat[i2], S.lon[i2]], {
          icon: L.divIcon({ className: 'dm-label-icon', html: lab, iconSize: [0, 0], iconAnchor: [0, 0] }),
          keyboard: false, interactive: false, dmKind: 'text', pane: 'dmLabels'
        }));
      }
    }
    function refresh() {
      var shownLegs = 0;
      for (var k2 = 0; k2 < nLegs; k2++) { if (inRange(map, G.date[k2], G.date[k2])) { shownLegs++; } }
      shownStops = [];
      for (var i = 0; i < nStops; i++) { if (inRange(map, S.start[i], S.end[i])) { shownStops.push(i); } }
      if (map._dm.range) {
        lines.setShown(function (kk) { return inRange(map, G.date[kk], G.date[kk]); });
        dots.setShown(shownStops);
      } else if (refresh.filtered) {
        lines.setShown(function () { return true; });
        dots.setShown(null);
      }
      refresh.filtered = !!map._dm.range;
      map._dm.counts.legs = shownLegs;
      map._dm.counts.stops = shownStops.length;
      labelsRedraw();
    }
    map.on('moveend', labelsRedraw);
    group.on('add', labelsRedraw);
    map._dm.layers.push(refresh);
    map._dm.routes = { refresh: refresh, popup: stopPopup, legPopup: legPopup, open: openStop, dots: dots, lines: lines };
    refresh();
  }

  // ------------------------------------------------------------------ ties
  // Arcs are quadratic Bezier curves in Web Mercator between the two capitals (the
  // formula of maps.geometry.arc_path); all ties are drawn by one canvas layer.
  function arc(a, b, bend, n) {
    var x0 = mx(a[1]), y0 = my(a[0]), x1 = mx(b[1]), y1 = my(b[0]);
    var dx = x1 - x0, dy = y1 - y0, cx = (x0 + x1) / 2 + dy * bend, cy = (y0 + y1) / 2 - dx * bend;
    var out = [[a[0], a[1]]];
    for (var i = 1; i < n; i++) {
      var t = i / n, u = 1 - t, x = u * u * x0 + 2 * u * t * cx + t * t * x1, y = u * u * y0 + 2 * u * t * cy + t * t * y1;
      var lat = (2 * Math.atan(Math.exp((0.5 - y / 256) * 2 * Math.PI)) - Math.PI / 2) * 180 / Math.PI;
      out.push([lat, Math.max(-180, Math.min(180, (x / 256 - 0.5) * 360))]);
    }
    out.push([b[0], b[1]]);
    return out;
  }
  DM.arc = arc;
  DM.ties = function (map, group, payload) {
    queue(map, payload, function ties(P) { drawTies(map, group, P); });
  };
  function drawTies(map, group, P) {
    var n = P.a.length, docs = P.docs, styles = [], styleOf = {}, parts = [];
    pane(map, 'dmTies', 380);
    for (var i = 0; i < n; i++) {
      var key = P.color[i] + '|' + P.width[i];
      if (styleOf[key] === undefined) { styleOf[key] = styles.length; styles.push({ color: P.color[i], width: P.width[i], opacity: 0.62 }); }
      parts.push({ pts: arc(P.ends[P.a[i]], P.ends[P.b[i]], P.bend[i], 24), style: styleOf[key], ids: [i] });
    }
    // wider lines first, so thin ones stay visible on top
    var order = styles.map(function (s, j) { return j; }).sort(function (x, y) { return styles[y].width - styles[x].width; });
    var remap = {};
    order.forEach(function (j, r) { remap[j] = r; });
    styles = order.map(function (j) { return styles[j]; });
    parts.forEach(function (p) { p.style = remap[p.style]; });
    var lines = new LineCanvas({ pane: 'dmTies', parts: parts, styles: styles, lodAbove: 400 });
    var caps = L.featureGroup();
    Object.keys(P.ends).sort().forEach(function (iso) {
      var c = L.circleMarker(P.ends[iso], {
        radius: 3.5, color: '#37474f', weight: 1.5, fillColor: '#ffffff', fillOpacity: 1, dmKind: 'capital'
      });
      c.bindTooltip(el('span', null, iso), { direction: 'right', offset: [4, 0], className: 'dm-iso' });
      caps.addLayer(c);
    });
    group.addLayer(lines); group.addLayer(caps);
    function tiePopup(i) {
      var box = el('div', 'dm-pop');
      add(box, header(P.a[i] + ' \u2013 ' + P.b[i], P.color[i], P.kind[i] + ' tie'));
      add(box, el('div', 'dm-date', fmtRange(P.first[i], P.last[i])));
      add(box, el('div', 'dm-weight', 'weight ' + P.w[i] + ' \u00b7 ' + P.nev[i] + ' piece' +
        (P.nev[i] === 1 ? '' : 's') + ' of evidence'));
      add(box, evidenceList(docs, P.ev[i], P.nev[i]));
      return box;
    }
    addHitter(map, { level: 1, layer: lines, open: function (h) { popupAt(map, h.latlng, tiePopup(h.part.ids[0])); },
      tip: function (h) { var i = h.part.ids[0]; return P.a[i] + ' \u2013 ' + P.b[i] + ': ' + P.kind[i]; } });
    function refresh() {
      var shown = 0;
      for (var j = 0; j < n; j++) { if (inRange(map, P.first[j], P.last[j])) { shown++; } }
      if (map._dm.range || refresh.filtered) { lines.setShown(function (j) { return inRange(map, P.first[j], P.last[j]); }); }
      refresh.filtered = !!map._dm.range;
      map._dm.counts.ties = shown;
    }
    map._dm.layers.push(refresh);
    map._dm.ties = { refresh: refresh, popup: tiePopup, lines: lines };
    refresh();
  }

  // ------------------------------------------------------------------ mentions
  DM.mentions = function (map, group, payload) {
    queue(map, payload, function mentions(P) { drawMentions(map, group, P); });
  };
  function drawMentions(map, group, P) {
    var docs = P.docs;
    pane(map, 'dmMentions', 350);
    function size(c) { return Math.min(24, 8 + 3.2 * Math.log(c) / Math.LN2); }
    var layer = new PointCanvas({
      lat: P.lat, lon: P.lon, pane: 'dmMentions', cluster: true, cell: 56,
      count: function (i) { return P.n[i]; }, size: size,
      paint: function (ctx, it) {
        var r = it[2];
        ctx.beginPath(); ctx.arc(it[0], it[1], r + 3, 0, 6.2832);
        ctx.fillStyle = 'rgba(69, 90, 100, 0.22)'; ctx.fill();
        ctx.beginPath(); ctx.arc(it[0], it[1], r, 0, 6.2832);
        ctx.fillStyle = 'rgba(69, 90, 100, 0.85)'; ctx.fill();
        ctx.lineWidth = 1.5; ctx.strokeStyle = 'rgba(255, 255, 255, 0.9)'; ctx.stroke();
        if (it[4] > 1) {
          var c = it[4], text = c >= 10000 ? Math.round(c / 1000) + 'k' : String(c);
          ctx.fillStyle = '#ffffff'; ctx.font = 'bold 11px system-ui, sans-serif';
          ctx.textAlign = 'center'; ctx.textBaseline = 'middle';
          ctx.fillText(text, it[0], it[1] + 0.5);
        }
      }
    });
    function spotsPopup(members) {
      var box = el('div', 'dm-pop');
      members.slice(0, 10).forEach(function (i) {
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
        if (P.nd[i] > P.d[i].length) { add(box, el('div', 'dm-more', '+ ' + (P.nd[i] - P.d[i].length) + ' more documents')); }
      });
      if (members.length > 10) { add(box, el('div', 'dm-more', '+ ' + (members.length - 10) + ' more places')); }
      return box;
    }
    addHitter(map, { level: 0, layer: layer,
      open: function (h) {
        var members = h.item[3];
        if (members.length > 1 && map.getZoom() < map.getMaxZoom() - 1) {
          var bounds = L.latLngBounds(members.map(function (i) { return [P.lat[i], P.lon[i]]; }));
          if (bounds.getNorthEast().distanceTo(bounds.getSouthWest()) > 50) {
            map.fitBounds(bounds.pad(0.3), { maxZoom: map.getZoom() + 3 });
            return;
          }
        }
        popupAt(map, h.latlng, spotsPopup(members));
      },
      tip: function (h) {
        var m = h.item[3];
        return m.length === 1 ? P.name[m[0]] + ' \u00b7 ' + P.n[m[0]] + ' mention' + (P.n[m[0]] === 1 ? '' : 's')
          : h.item[4] + ' mentions of ' + m.length + ' places (click to zoom in)';
      } });
    group.addLayer(layer);
    map._dm.counts.spots = P.lat.length;
    map._dm.mentions = { popup: function (i) { return spotsPopup([i]); }, layer: layer };
  }

  // ------------------------------------------------------------------ legend, time, title
  DM.legend = function (map, spec) {
    var ctl = L.control({ position: 'bottomright' });
    ctl.onAdd = function () {
      var div = L.DomUtil.create('div', 'dm-legend leaflet-bar');
      var h = map.getSize().y, det = el('details');
      det.open = h >= 450;  // small (embedded) maps start with the legend folded
      div.style.maxHeight = Math.max(120, Math.round(h * 0.55)) + 'px';
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

  function fit(map, bounds, maxZoom, nStops) {
    if (!bounds) { map.setView([20, 10], 2, { animate: false }); return; }
    var legend = map._dm.legend && map._dm.legend.getContainer();
    var size = map.getSize(), labels = nStops && nStops <= 40 ? 170 : 0;
    var right = Math.min((legend ? legend.offsetWidth + 30 : 30) + labels, size.x / 2.5);
    var time = map.getContainer().querySelector('.dm-time');
    var bottom = Math.min(time ? time.offsetHeight + 20 : 40, size.y / 4);
    map.fitBounds(bounds, { paddingTopLeft: [50, 70], paddingBottomRight: [right, bottom], maxZoom: maxZoom, animate: false });
  }
  // Fit the view, draw every layer there (once), then raise the render flag two frames later.
  DM.ready = function (map, bounds, maxZoom, nStops) {
    var st = map._dm;
    fit(map, bounds, maxZoom, nStops);
    return drawAll(map).then(function () {
      st.ready = true;
      return new Promise(function (resolve) {
        L.Util.requestAnimFrame(function () { L.Util.requestAnimFrame(resolve); });
      });
    }).then(function () {
      st.rendered = true;
      st.renderedAt = root.performance ? root.performance.now() : null;
      root.diplomapRendered = (root.diplomapRendered || 0) + 1;
    });
  };

  root.DiploMap = DM;
}(typeof window !== 'undefined' ? window : this));
