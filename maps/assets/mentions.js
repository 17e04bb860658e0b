/* diplomap mentions.js: places mentioned in the corpus, clustered on a pixel grid.
 * MIT licence, part of diplomap. Needs core.js.
 */
(function (root) {
  'use strict';
  var DM = root.DiploMap;
  if (!DM || DM.mentions) { return; }
  var U = DM.util, el = U.el, add = U.add;
  var DAY = 86400000;

  DM.mentions = function (map, group, payload) {
    DM.queue(map, payload, function mentions(P) { drawMentions(map, group, P); });
  };

  function days(iso) { return iso ? Math.floor(Date.parse(iso.length === 10 ? iso : iso + '-01') / DAY) : null; }

  function drawMentions(map, group, P) {
    var docs = P.docs, st = map._dm, n = P.lat.length, shown = [], nMentions = 0;
    // publication days per place (delta-coded in the payload)
    var dd = P.dd.map(function (c) {
      var out = [], acc = 0;
      for (var i = 0; i < c.length; i++) { acc += c[i]; out.push(acc); }
      return out;
    });
    DM.pane(map, 'dmMentions', 350);
    function size(c) { return Math.min(24, 8 + 3.2 * Math.log(c) / Math.LN2); }
    var layer = new DM.PointCanvas({
      lat: P.lat, lon: P.lon, pane: 'dmMentions', cluster: true, cell: 56,
      count: function (i) { return P.n[i]; }, size: size,
      paint: function (ctx, it) {
        var r = it[2];
        ctx.beginPath(); ctx.arc(it[0], it[1], r + 3, 0, 6.2832);
        ctx.fillStyle = 'rgba(69, 90, 100, 0.22)'; ctx.fill();
        ctx.beginPath(); ctx.arc(it[0], it[1], r, 0, 6.2832);
        ctx.fillStyle = 'rgba(55, 71, 79, 0.9)'; ctx.fill();
        ctx.lineWidth = 1.5; ctx.strokeStyle = 'rgba(255, 255, 255, 0.9)'; ctx.stroke();
        if (it[4] > 1) {
          var c = it[4], text = c >= 10000 ? Math.round(c / 1000) + 'k' : String(c);
          ctx.fillStyle = '#ffffff'; ctx.font = 'bold 11px system-ui, sans-serif';
          ctx.textAlign = 'center'; ctx.textBaseline = 'middle';
          ctx.fillText(text, it[0], it[1] + 0.5);
        }
      }
    });
    function title(i) { return P.name[i] + (P.country[i] ? ', ' + DM.countryName(map, P.country[i]) : ''); }
    function spotsPopup(members) {
      var box = el('div', 'dm-pop');
      members.slice(0, 10).forEach(function (i) {
        add(box, U.header(title(i), '#546e7a',
          U.plural(P.n[i], 'mention') + ' in ' + U.plural(P.nd[i], 'document')));
        var list = el('ul', 'dm-docs');
        for (var j = 0; j < P.d[i].length; j++) {
          var li = el('li');
          add(li, U.source(docs, P.d[i][j]));
          add(list, li);
        }
        add(box, list);
        if (P.nd[i] > P.d[i].length) { add(box, el('div', 'dm-more', '+ ' + (P.nd[i] - P.d[i].length) + ' more documents')); }
      });
      if (members.length > 10) { add(box, el('div', 'dm-more', '+ ' + (members.length - 10) + ' more places: zoom in')); }
      return box;
    }
    function active() { return map.hasLayer(group); }
    DM.addHitter(map, { level: 0, layer: layer, active: active,
      all: function (pt) { return layer.hitAll(pt, 3); },
      open: function (h, o) {
        var members = h.item[3];
        if (members.length > 1 && !(o && o.focus) && map.getZoom() < map.getMaxZoom() - 1) {
          var bounds = L.latLngBounds(members.map(function (i) { return [P.lat[i], P.lon[i]]; }));
          if (bounds.getNorthEast().distanceTo(bounds.getSouthWest()) > 50) {
            map.fitBounds(bounds.pad(0.3), { maxZoom: map.getZoom() + 3 });
            return;
          }
        }
        DM.show(map, h.latlng, spotsPopup(members), o);
      },
      label: function (h) {
        var m = h.item[3];
        return m.length === 1 ? 'Mentions: ' + P.name[m[0]] + ' \u00b7 ' + U.plural(P.n[m[0]], 'mention')
          : 'Mentions: ' + h.item[4] + ' of ' + m.length + ' places (click to zoom in)';
      },
      outline: function (ctx, h) {
        ctx.beginPath(); ctx.arc(h.item[0], h.item[1], h.item[2] + 5, 0, 6.2832);
        ctx.lineWidth = 3; ctx.strokeStyle = '#263238'; ctx.stroke();
      } });
    group.addLayer(layer);
    function dateOK(i) {
      var f = st.filter;
      if (!f.since && !f.until) { return true; }
      if (!dd[i].length) { return f.undated; }
      var a = f.since ? days(f.since) : -Infinity, b = f.until ? days(f.until) : Infinity;
      for (var k = 0; k < dd[i].length; k++) { if (dd[i][k] >= a && dd[i][k] <= b) { return true; } }
      return false;
    }
    function refresh() {
      shown = []; nMentions = 0;
      for (var i = 0; i < n; i++) {
        if (DM.countryOK(map, P.country[i]) && dateOK(i)) { shown.push(i); nMentions += P.n[i]; }
      }
      layer.setShown(shown.length === n ? null : shown);
      st.counts.spots = shown.length;
    }
    function bounds() {
      if (!shown.length) { return null; }
      return L.latLngBounds(shown.map(function (i) { return [P.lat[i], P.lon[i]]; }));
    }
    function state(out) { out.spots = shown.length; out.mentions = nMentions; }
    st.layers.push({ refresh: refresh, bounds: bounds, state: state, weak: true });
    st.mentions = { popup: function (i) { return spotsPopup([i]); }, layer: layer };
  }
}(typeof window !== 'undefined' ? window : this));
