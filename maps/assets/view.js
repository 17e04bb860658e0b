/* diplomap view.js: the filter every layer obeys, the map's state, and fitting the view.
 * MIT licence, part of diplomap. Needs core.js.
 */
(function (root) {
  'use strict';
  var DM = root.DiploMap;
  if (!DM || DM.setFilter) { return; }
  var fold = DM.util.fold, compact = DM.compact;

  // ------------------------------------------------------------------ filters
  DM.dateOK = function (map, a, b) {
    var f = map._dm.filter;
    if (!f.since && !f.until) { return true; }
    if (!a && !b) { return f.undated; }
    var s = a || b, e = b || a;
    return (!f.since || e >= f.since) && (!f.until || s <= f.until);
  };
  DM.countryOK = function (map, a, b) {
    var c = map._dm.filter.countries;
    return !c || c.indexOf(a) >= 0 || (b !== undefined && c.indexOf(b) >= 0);
  };
  DM.travelerOK = function (map, t) {
    var ts = map._dm.filter.travelers;
    return !ts || ts.indexOf(t) >= 0;
  };
  DM.onChange = function (map, fn) { map._dm.listeners.push(fn); };
  function refresh(map, opts) {
    var st = map._dm;
    st.layers.forEach(function (l) { l.refresh(); });
    st.highlight.set(null);
    if (!opts || opts.fit !== false) { fitShown(map); }
    st.listeners.forEach(function (fn) { fn(opts || {}); });
  }
  function isoDate(v, what) {
    if (v === null || v === undefined || v === '') { return null; }
    var s = String(v);
    if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(s)) { throw new Error('diplomap: ' + what + ' must be an ISO date like 2024-01-31, not ' + JSON.stringify(s)); }
    return s;
  }
  function travelerIndex(map, q) {
    var R = map._dm.routes;
    if (!R) { return -1; }
    if (typeof q === 'number') { return q >= 0 && q < R.T.name.length ? q : -1; }
    var want = fold(q).split(/[^a-z0-9]+/).filter(Boolean), exact = -1, partial = [];
    for (var t = 0; t < R.T.name.length; t++) {
      var names = [R.T.name[t]].concat(R.T.aliases[t] || []);
      for (var k = 0; k < names.length; k++) {
        var words = fold(names[k]).split(/[^a-z0-9]+/).filter(Boolean);
        if (words.join(' ') === want.join(' ')) { exact = t; }
        if (want.every(function (w) { return words.indexOf(w) >= 0; })) { partial.push(t); break; }
      }
    }
    return exact >= 0 ? exact : (partial.length === 1 ? partial[0] : -1);
  }
  function countryCode(map, q) {
    var names = map._dm.names, s = String(q);
    if (names[s.toUpperCase()]) { return s.toUpperCase(); }
    for (var iso in names) { if (fold(names[iso]) === fold(s)) { return iso; } }
    return /^[A-Za-z]{2}$/.test(s) ? s.toUpperCase() : null;
  }
  // Change the filter: keys given replace the current ones; ``null`` clears one.
  DM.setFilter = function (map, spec, opts) {
    var f = map._dm.filter, unknown = [];
    if ('travelers' in spec) {
      f.travelers = spec.travelers && spec.travelers.length ? spec.travelers.map(function (q) {
        var t = travelerIndex(map, q);
        if (t < 0) { unknown.push(String(q)); }
        return t;
      }).filter(function (t, i, a) { return t >= 0 && a.indexOf(t) === i; }) : null;
      if (f.travelers && !f.travelers.length && !unknown.length) { f.travelers = null; }
    }
    if ('countries' in spec) {
      f.countries = spec.countries && spec.countries.length ? spec.countries.map(function (q) {
        var c = countryCode(map, q);
        if (!c) { unknown.push(String(q)); }
        return c;
      }).filter(function (c, i, a) { return c && a.indexOf(c) === i; }) : null;
    }
    if ('since' in spec) { f.since = isoDate(spec.since, 'since'); }
    if ('until' in spec) { f.until = isoDate(spec.until, 'until'); }
    if (f.until && f.until.length < 10) { f.until = f.until.length === 4 ? f.until + '-12-31' : f.until + '-31'; }
    if ('undated' in spec) { f.undated = !!spec.undated; }
    map._dm.unknown = unknown;
    refresh(map, opts);
    return unknown;
  };
  DM.state = function (map) {
    var st = map._dm, out = { stops: 0, legs: 0, ties: 0, spots: 0, mentions: 0, travelers: [], countries: [], pairs: [] };
    st.layers.forEach(function (l) { if (l.state) { l.state(out); } });
    var seen = {};
    out.countries.forEach(function (c) { seen[c] = 1; });
    out.countries = Object.keys(seen).sort();
    var f = st.filter;
    out.filter = { travelers: f.travelers ? f.travelers.map(function (t) { return st.routes.T.name[t]; }) : [],
      countries: f.countries ? f.countries.slice() : [], since: f.since, until: f.until, undated: f.undated };
    return out;
  };

  // ------------------------------------------------------------------ view
  function fitBounds(map, bounds, maxZoom) {
    var size = map.getSize(), c = map.getContainer(), small = compact(map);
    var legend = c.querySelector('.dm-legend'), panel = c.querySelector('.dm-panel'), time = c.querySelector('.dm-time');
    var left = small || !panel ? 30 : Math.min(panel.offsetWidth + 30, size.x / 3);
    var right = small || !legend ? 30 : Math.min(legend.offsetWidth + 30, size.x / 3);
    var bottom = Math.min(time ? time.offsetHeight + 20 : 30, size.y / 3);
    map.fitBounds(bounds, { paddingTopLeft: [left, c.querySelector('.dm-map-title') ? 60 : 30],
      paddingBottomRight: [right, bottom], maxZoom: maxZoom || 6, animate: false });
  }
  // Boxes [left, top, right, bottom] in container pixels of what lies over the map: the
  // controls in its corners and the title (hidden ones have no box).
  function covers(map) {
    var c = map.getContainer(), at = c.getBoundingClientRect(), out = [];
    c.querySelectorAll('.leaflet-control, .dm-map-title').forEach(function (n) {
      if (!n.offsetWidth || !n.offsetHeight) { return; }
      var r = n.getBoundingClientRect();
      out.push([r.left - at.left, r.top - at.top, r.right - at.left, r.bottom - at.top]);
    });
    return out;
  }
  DM.covers = covers;
  // The box of what is drawn now (filters applied); mentions only count when nothing else is.
  function shownBounds(map) {
    var b = null;
    [false, true].forEach(function (weak) {
      if (weak && b) { return; }
      map._dm.layers.forEach(function (l) {
        if (!!l.weak !== weak) { return; }
        var lb = l.bounds ? l.bounds() : null;
        if (lb && lb.isValid()) { b = b ? b.extend(lb) : L.latLngBounds(lb.getSouthWest(), lb.getNorthEast()); }
      });
    });
    if (b && b.getNorthEast().distanceTo(b.getSouthWest()) < 1000) { b = b.pad(0.5); }
    return b;
  }
  DM.shownBounds = shownBounds;
  function fitShown(map) {
    var b = shownBounds(map);
    if (b) { fitBounds(map, b, 7); }
  }
  DM.fitShown = fitShown;

  // Fit the view, draw every layer there (once), then raise the render flag two frames later.
  DM.ready = function (map, bounds, maxZoom) {
    var st = map._dm;
    if (bounds) { fitBounds(map, bounds, maxZoom); } else { map.setView([20, 10], 2, { animate: false }); }
    st.home = bounds;
    st.maxZoom = maxZoom;
    return DM.drawAll(map).then(function () {
      st.layers.forEach(function (l) { l.refresh(); });
      st.listeners.forEach(function (fn) { fn({ initial: true }); });
      st.ready = true;
      return new Promise(function (resolve) {
        L.Util.requestAnimFrame(function () { L.Util.requestAnimFrame(resolve); });
      });
    }).then(function () {
      st.rendered = true;
      st.renderedAt = DM.now();
      root.diplomapRendered = (root.diplomapRendered || 0) + 1;
    });
  };
  DM.fitBounds = fitBounds;
}(typeof window !== 'undefined' ? window : this));
