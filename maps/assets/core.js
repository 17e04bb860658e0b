/* diplomap core.js: shared helpers, canvas layers, popups, hit testing and per-map state.
 * MIT licence, part of diplomap. Needs Leaflet 1.9 and topojson-client.
 *
 * Text from documents only ever reaches the page through textContent or attribute
 * setters (never innerHTML): popups, tooltips and icons get DOM nodes, never strings,
 * because Leaflet inserts strings as HTML. Links are made only for http(s) URLs.
 * view.js (filters, state, fitting) and the layer files (basemap.js, routes.js, ties.js,
 * mentions.js, controls.js) add to window.DiploMap.
 */
(function (root) {
  'use strict';
  if (root.DiploMap && root.DiploMap.version === 2) { return; }
  var DM = { version: 2 };
  var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  var SVGNS = 'http://www.w3.org/2000/svg';
  var COMPACT = 700;  // below this width (px): panels folded, popups as a bottom sheet

  // ------------------------------------------------------------------ DOM helpers
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
  function button(cls, text, onClick) {
    var b = el('button', cls, text);
    b.type = 'button';
    // A button's click is never a click on the map: when its handler replaces the popup's
    // content, the button is no longer inside the popup by the time the click reaches the
    // map, and Leaflet would take it for a click on the map (closing the new popup).
    if (onClick) { b.addEventListener('click', function (e) { L.DomEvent.stopPropagation(e); onClick(e); }); }
    return b;
  }
  // The same rule as maps.sources.safe_url: an absolute http(s) URL with a host, no
  // control characters or spaces, no user info, at most 2000 characters.
  var HTTP_URL = /^https?:\/\/[^\/?#@\\]+(?:[\/?#]|$)/i;
  function safeUrl(u) {
    if (typeof u !== 'string' || !u || u.length > 2000) { return null; }
    if (/[\x00-\x20\x7f]/.test(u) || !HTTP_URL.test(u)) { return null; }
    return u;
  }
  function link(url, text) {
    var href = safeUrl(url);
    if (!href) { return el('span', null, text); }
    var a = el('a', null, text);
    a.href = href; a.target = '_blank'; a.rel = 'noopener noreferrer';
    return a;
  }
  function fmtDate(s) {
    if (!s) { return ''; }
    var p = String(s).split('-');
    if (p.length === 1) { return p[0]; }
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
  function plural(n, one, many) { return n + ' ' + (n === 1 ? one : (many || one + 's')); }
  function fold(s) {  // case and accents folded, for search
    s = String(s || '').toLowerCase();
    return s.normalize ? s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : s;
  }
  function swatch(color, opts) {
    opts = opts || {};
    var svg = document.createElementNS(SVGNS, 'svg');
    svg.setAttribute('width', '30'); svg.setAttribute('height', '12');
    svg.setAttribute('class', 'dm-swatch'); svg.setAttribute('aria-hidden', 'true');
    var line = document.createElementNS(SVGNS, 'line');
    line.setAttribute('x1', '2'); line.setAttribute('y1', '6');
    line.setAttribute('x2', '28'); line.setAttribute('y2', '6');
    line.setAttribute('stroke', color);
    line.setAttribute('stroke-width', String(opts.width || 3));
    line.setAttribute('stroke-linecap', opts.dash && opts.dash.length ? 'butt' : 'round');
    if (opts.dash && opts.dash.length) { line.setAttribute('stroke-dasharray', opts.dash.join(' ')); }
    if (opts.opacity) { line.setAttribute('stroke-opacity', String(opts.opacity)); }
    svg.appendChild(line);
    return svg;
  }
  // docs rows are [id, title, url, date, outlet]; evidence rows are [docIndex, text, row]
  function source(docs, di, row) {
    var d = di === null || di === undefined ? null : docs[di];
    if (!d) { return null; }
    var src = el('div', 'dm-src');
    add(src, link(d[2], d[1] || d[0]));
    var bits = [];
    if (d[4]) { bits.push(d[4]); }
    if (d[3]) { bits.push(fmtDate(d[3])); }
    if (bits.length) { add(src, ' \u00b7 ' + bits.join(' \u00b7 ')); }
    if (d[1] || row) { add(src, el('span', 'dm-docid', d[0].split('#')[0] + (row ? ', row ' + row : ''))); }
    return src;
  }
  function evidenceList(docs, rows, total) {
    var box = el('div', 'dm-evidence');
    for (var i = 0; i < rows.length; i++) {
      var r = rows[i], item = el('div', 'dm-ev');
      if (r[1]) { add(item, el('blockquote', null, r[1])); }
      add(item, source(docs, r[0], r[2]));
      add(box, item);
    }
    if (total && total > rows.length) { add(box, el('div', 'dm-more', '+ ' + (total - rows.length) + ' more')); }
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
  DM.util = { el: el, add: add, button: button, link: link, fmtDate: fmtDate, fmtRange: fmtRange,
    plural: plural, fold: fold, swatch: swatch, evidenceList: evidenceList, header: header, source: source };
  DM.safeUrl = safeUrl;
  DM.fmtRange = fmtRange;

  // ------------------------------------------------------------------ projection
  // Web Mercator at zoom 0 (a 256-pixel world), the same as Leaflet's EPSG:3857 and
  // maps.geometry (one latitude limit for both: MAX_MERC_LAT).
  var MAXLAT = 85.0511287798;
  function mx(lon) { return 256 * (0.5 + lon / 360); }
  function my(lat) {
    var s = Math.max(-MAXLAT, Math.min(MAXLAT, lat)) * Math.PI / 180;
    return 256 * (0.5 - Math.log(Math.tan(Math.PI / 4 + s / 2)) / (2 * Math.PI));
  }
  function latOf(y) { return (2 * Math.atan(Math.exp((0.5 - y / 256) * 2 * Math.PI)) - Math.PI / 2) * 180 / Math.PI; }
  function lonOf(x) { return (x / 256 - 0.5) * 360; }
  DM.proj = { MAXLAT: MAXLAT, mx: mx, my: my, latOf: latOf, lonOf: lonOf };
  // [lat0, lon0, dlat1, dlon1, ...] in 1e-5 degrees -> projected (x0, y0, x1, y1, ...)
  DM.deltaProjected = function (d) {
    var n = d.length, out = new Float64Array(n), lat = 0, lon = 0;
    for (var i = 0; i < n; i += 2) {
      lat += d[i]; lon += d[i + 1];
      out[i] = mx(lon / 1e5); out[i + 1] = my(lat / 1e5);
    }
    return out;
  };

  // ------------------------------------------------------------------ payloads
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
  DM.queue = function (map, payload, draw) { map._dm.steps.push([unpack(payload), draw]); };
  function now() { return root.performance ? root.performance.now() : 0; }
  function drawAll(map) {
    var st = map._dm, steps = st.steps;
    st.steps = [];
    return Promise.all(steps.map(function (s) {
      return s[0]['catch'](function (err) { return { __error: err }; });
    })).then(function (datas) {
      st.timings.push(['unpacked', Math.round(now())]);
      for (var i = 0; i < steps.length; i++) {
        var draw = steps[i][1], t0 = now();
        try {
          if (datas[i] && datas[i].__error) { throw datas[i].__error; }
          draw(datas[i]);
        } catch (err) {
          st.failed = true;
          if (root.console) { root.console.error('diplomap: ' + (err && err.message ? err.message : err)); }
        }
        st.timings.push([draw.name || 'layer', Math.round(now() - t0)]);
      }
    });
  }
  DM.pane = function (map, name, z) {
    if (!map.getPane(name)) {
      var p = map.createPane(name);
      p.style.zIndex = z;
      p.style.pointerEvents = 'none';
    }
    return name;
  };

  // ------------------------------------------------------------------ canvas layers
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
  DM.CanvasLayer = CanvasLayer;

  // Many points, optionally clustered on a pixel grid. ``shown`` is a list of indexes or null (all).
  DM.PointCanvas = CanvasLayer.extend({
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
    // every drawn item under the pointer (nearest first)
    hitAll: function (pt, slack) {
      var out = [];
      for (var d = this._drawn.length - 1; d >= 0; d--) {
        var it = this._drawn[d], dx = it[0] - pt.x, dy = it[1] - pt.y, r = it[2] + (slack || 3);
        var dist = dx * dx + dy * dy;
        if (dist <= r * r) { out.push({ item: it, d: Math.sqrt(dist), latlng: this._map.containerPointToLatLng([it[0], it[1]]) }); }
      }
      return out.sort(function (a, b) { return a.d - b.d; });
    }
  });

  // Many lines in a few styles: each style is one path and one stroke; optional white
  // casing under the lines and a direction arrow at the middle of each marked part.
  DM.LineCanvas = CanvasLayer.extend({
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
      // subpaths is far slower to rasterize than many short ones. With very many lines
      // in view, 1-pixel lines without casing (Skia strokes those ten times faster).
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
        ctx.setLineDash(st.dash && st.dash.length ? st.dash : []);
        ctx.lineCap = st.dash && st.dash.length ? 'butt' : (lod ? 'butt' : 'round'); ctx.lineJoin = lod ? 'miter' : 'round';
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
    // the middle of a part on screen (where tests and keyboard users "point" at it)
    midpoint: function (p) {
      var t = this._tf, j = 2 * Math.floor(p.a.length / 4);
      return t ? L.point(p.a[j] * t.k - t.ox, p.a[j + 1] * t.k - t.oy) : null;
    },
    // every shown part within reach of the pointer (nearest first)
    hitAll: function (pt, slack) {
      var t = this._tf, out = [];
      if (!t) { return out; }
      for (var i = 0; i < this._parts.length; i++) {
        var p = this._parts[i];
        if (!p.on) { continue; }
        var w = this._o.styles[p.style].width / 2 + (slack || 4), b = p.box, best = Infinity;
        if (pt.x < b[0] * t.k - t.ox - w || pt.x > b[2] * t.k - t.ox + w || pt.y < b[1] * t.k - t.oy - w || pt.y > b[3] * t.k - t.oy + w) { continue; }
        var a = p.a;
        for (var j = 2; j < a.length; j += 2) {
          var d = L.LineUtil.pointToSegmentDistance(pt,
            L.point(a[j - 2] * t.k - t.ox, a[j - 1] * t.k - t.oy), L.point(a[j] * t.k - t.ox, a[j + 1] * t.k - t.oy));
          if (d < best) { best = d; }
        }
        if (best <= w) {
          var e0 = L.point(a[0] * t.k - t.ox, a[1] * t.k - t.oy), e1 = L.point(a[a.length - 2] * t.k - t.ox, a[a.length - 1] * t.k - t.oy);
          out.push({ part: p, d: best, end: Math.min(e0.distanceTo(pt), e1.distanceTo(pt)), latlng: this._map.containerPointToLatLng(pt) });
        }
      }
      return out.sort(function (x, y) { return x.d - y.d; });
    },
    // draw one part wider on another canvas (hover highlight)
    outline: function (ctx, p, t, color) {
      var st = this._o.styles[p.style];
      ctx.setLineDash([]); ctx.globalAlpha = 0.9; ctx.lineCap = 'round'; ctx.lineJoin = 'round';
      ctx.beginPath(); this._path(ctx, p, t);
      ctx.lineWidth = st.width + 7; ctx.strokeStyle = '#ffffff'; ctx.stroke();
      ctx.beginPath(); this._path(ctx, p, t);
      ctx.lineWidth = st.width + 3; ctx.strokeStyle = color || st.color; ctx.globalAlpha = 1; ctx.stroke();
    }
  });

  // One canvas on top that draws only what the pointer (or keyboard) points at.
  var Highlight = CanvasLayer.extend({
    initialize: function () { this._pane = 'dmHighlight'; this._item = null; },
    set: function (h) { if (h !== this._item) { this._item = h; this.redraw(); } },
    draw: function (ctx, t) { if (this._item && this._item.hitter.outline) { this._item.hitter.outline(ctx, this._item, t); } }
  });

  // ------------------------------------------------------------------ popups
  function compact(map) { return map.getSize().x < COMPACT; }
  DM.compact = compact;
  function closeSheet(map) {
    var s = map._dm.sheet;
    if (s) { L.DomUtil.remove(s); map._dm.sheet = null; }
  }
  // A popup at ``latlng``, or a bottom sheet on narrow screens. ``focus``: move the
  // keyboard focus into it (when it was opened from a list).
  function show(map, latlng, content, opts) {
    opts = opts || {};
    if (compact(map)) { map.closePopup(); }
    closeSheet(map);
    content.setAttribute('tabindex', '-1');
    if (compact(map)) {
      var sheet = L.DomUtil.create('div', 'dm-sheet', map.getContainer());
      sheet.setAttribute('role', 'dialog'); sheet.setAttribute('aria-label', 'Details');
      L.DomEvent.disableClickPropagation(sheet); L.DomEvent.disableScrollPropagation(sheet);
      var close = button('dm-sheet-close', '\u00d7', function () { closeSheet(map); map.getContainer().focus(); });
      close.setAttribute('aria-label', 'Close details');
      add(sheet, close, content);
      map._dm.sheet = sheet;
    } else {
      // one popup per map, reused: a new item replaces the content at once (no fading twin)
      var pop = map._dm.popup = map._dm.popup || L.popup({ maxWidth: 360, className: 'dm-popup', autoPanPadding: [20, 20] });
      pop.options.maxHeight = Math.max(160, Math.min(360, map.getSize().y - 120));
      pop.setLatLng(latlng).setContent(content);
      if (!map.hasLayer(pop)) { pop.openOn(map); }
    }
    if (opts.focus) { content.focus(); }
    return content;
  }
  DM.show = show;
  DM.closeSheet = closeSheet;

  // ------------------------------------------------------------------ hit testing
  // Layers register "hitters": {level, all(pt) -> [hit], open(hit, opts), label(hit),
  // tip(hit), outline(ctx, hit, t)}. A click lists every item under the pointer: one
  // opens at once, several open a chooser.
  DM.addHitter = function (map, h) {
    var hs = map._dm.hitters;
    hs.push(h);
    hs.sort(function (a, b) { return b.level - a.level; });
  };
  function hitsAt(map, pt) {
    var hs = map._dm.hitters, out = [], points = false;
    for (var i = 0; i < hs.length; i++) {
      if (hs[i].active && !hs[i].active()) { continue; }
      var found = hs[i].all(pt);
      for (var j = 0; j < found.length; j++) {
        var hit = found[j];
        hit.hitter = hs[i];
        // a line whose end lies under a point that was hit belongs to that point
        if (hs[i].line && points && hit.end !== undefined && hit.end < 9) { continue; }
        out.push(hit);
      }
      if (found.length && !hs[i].line) { points = true; }
    }
    return out;
  }
  DM.hitsAt = function (map, x, y) { return hitsAt(map, L.point(x, y)); };
  function chooser(map, latlng, hits) {
    var box = el('div', 'dm-pop dm-chooser');
    add(box, header(plural(hits.length, 'item') + ' here', null, 'Choose one to see its details'));
    var list = el('ul', 'dm-choices'), max = 200;
    hits.slice(0, max).forEach(function (h) {
      var li = el('li'), b = button('dm-choice', null, function () { h.hitter.open(h, { focus: true, latlng: latlng }); });
      var c = h.hitter.color ? h.hitter.color(h) : null;
      if (c) { add(b, swatch(c.color, { dash: c.dash, width: 3 })); }
      add(b, el('span', null, h.hitter.label(h)));
      b.addEventListener('mouseenter', function () { map._dm.highlight.set(h); });
      add(li, b); add(list, li);
    });
    add(box, list);
    if (hits.length > max) { add(box, el('div', 'dm-more', '+ ' + (hits.length - max) + ' more: zoom in')); }
    return show(map, latlng, box);
  }
  DM.openHits = function (map, hits, latlng) {
    if (!hits.length) { return null; }
    if (hits.length === 1) { return hits[0].hitter.open(hits[0], { latlng: latlng }); }
    return chooser(map, latlng, hits);
  };

  // ------------------------------------------------------------------ filter state
  // One filter for every layer (view.js changes it): travellers (indexes into the routes'
  // travellers), countries (ISO2), a date window (ISO dates, inclusive) and whether undated
  // items stay while a window is set.
  function emptyFilter() { return { travelers: null, countries: null, since: null, until: null, undated: false }; }
  DM.emptyFilter = emptyFilter;

  // ------------------------------------------------------------------ per-map state
  DM.container = function (id) {
    var els = document.querySelectorAll('div[id="' + id + '"]');
    for (var i = 0; i < els.length; i++) { if (!els[i]._leaflet_id) { return els[i]; } }
    return id;
  };
  DM.init = function (map) {
    var st = map._dm = { layers: [], steps: [], hitters: [], listeners: [], filter: emptyFilter(),
      names: {}, counts: {}, timings: [['init', Math.round(now())]] };
    (root.diplomapMaps = root.diplomapMaps || []).push(map);
    var c = map.getContainer();
    L.DomUtil.addClass(c, 'dm-map');
    if (compact(map)) { L.DomUtil.addClass(c, 'dm-compact'); }
    map.on('resize', function () { L.DomUtil[compact(map) ? 'addClass' : 'removeClass'](c, 'dm-compact'); });
    c.setAttribute('tabindex', '0');
    c.setAttribute('role', 'region');
    c.setAttribute('aria-label', 'Map' + (document.title ? ': ' + document.title : ''));
    // Wheel zoom only once the map was clicked or focused, so the page scrolls past it.
    map.scrollWheelZoom.disable();
    function wake() { if (!map.scrollWheelZoom.enabled()) { map.scrollWheelZoom.enable(); L.DomUtil.addClass(c, 'dm-awake'); } }
    function sleep() { map.scrollWheelZoom.disable(); L.DomUtil.removeClass(c, 'dm-awake'); }
    map.on('click', wake); map.on('focus', wake);
    c.addEventListener('focusin', wake);
    c.addEventListener('mouseleave', function () { if (!c.contains(document.activeElement)) { sleep(); } });
    c.addEventListener('focusout', function (e) { if (!c.contains(e.relatedTarget)) { sleep(); } });
    c.addEventListener('keydown', function (e) {
      if (e.key === 'Escape') { map.closePopup(); closeSheet(map); if (st.closeOverlay) { st.closeOverlay(); } }
    });
    DM.pane(map, 'dmHighlight', 620);
    st.highlight = new Highlight();
    st.highlight.addTo(map);
    // One dispatcher for the canvas layers: every item under the pointer is reachable.
    map.on('click', function (e) {
      if (e.originalEvent && e.originalEvent._dmHit) { return; }
      DM.openHits(map, hitsAt(map, e.containerPoint), e.latlng);
    });
    var pending = null, tip = null;
    map.on('mousemove', function (e) {
      pending = e.containerPoint;
      L.Util.requestAnimFrame(function () {
        if (!pending) { return; }
        var hits = hitsAt(map, pending), hit = hits[0];
        pending = null;
        c.style.cursor = hit ? 'pointer' : '';
        st.highlight.set(hit || null);
        var text = hit ? (hit.hitter.tip ? hit.hitter.tip(hit) : hit.hitter.label(hit)) : null;
        if (text && hits.length > 1) { text += ' (+' + (hits.length - 1) + ' more: click to choose)'; }
        if (!text) { if (tip) { map.closeTooltip(tip); tip = null; } return; }
        tip = tip || L.tooltip({ direction: 'top', offset: [0, -8], className: 'dm-tip' });
        tip.setLatLng(hit.latlng).setContent(el('span', null, text));  // a string would be HTML
        map.openTooltip(tip);
      });
    });
    map.on('mouseout', function () { if (tip) { map.closeTooltip(tip); tip = null; } st.highlight.set(null); });
    // The API for host pages and tests: map.diplomap.filter/reset/state.
    map.diplomap = {
      filter: function (spec) { return DM.setFilter(map, spec || {}); },
      reset: function () { return DM.setFilter(map, emptyFilter()); },
      state: function () { return DM.state(map); },
      hitsAt: function (x, y) { return hitsAt(map, L.point(x, y)).map(function (h) { return h.hitter.label(h); }); }
    };
    return map;
  };
  DM.setNames = function (map, names) { map._dm.names = names || {}; };
  DM.countryName = function (map, iso) { return (iso && map._dm.names[iso]) || iso || ''; };

  DM.drawAll = drawAll;
  DM.now = now;

  root.DiploMap = DM;
}(typeof window !== 'undefined' ? window : this));
