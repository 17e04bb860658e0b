/* diplomap basemap.js: country outlines and names from packaged Natural Earth data.
 * MIT licence, part of diplomap. Needs core.js and topojson-client.
 */
(function (root) {
  'use strict';
  var DM = root.DiploMap;
  if (!DM || DM.basemap) { return; }
  var mx = DM.proj.mx, my = DM.proj.my, CanvasLayer = DM.CanvasLayer;

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
  function polygons(geom) {
    if (!geom) { return []; }
    return geom.type === 'Polygon' ? [geom.coordinates] : (geom.type === 'MultiPolygon' ? geom.coordinates : []);
  }
  // Where a country's name goes: the middle of its largest polygon's box (projected).
  function labelSpot(f) {
    var best = null;
    polygons(f.geometry).forEach(function (poly) {
      var ring = poly[0], x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
      for (var i = 0; i < ring.length; i++) {
        var x = mx(ring[i][0]), y = my(ring[i][1]);
        if (x < x0) { x0 = x; } if (x > x1) { x1 = x; } if (y < y0) { y0 = y; } if (y > y1) { y1 = y; }
      }
      var area = (x1 - x0) * (y1 - y0);
      if (!best || area > best.area) { best = { area: area, x: (x0 + x1) / 2, y: (y0 + y1) / 2, w: x1 - x0, h: y1 - y0 }; }
    });
    return best;
  }
  // Country names on the outline basemap: a country is named once its box is wide enough
  // at the current zoom for the name; larger countries first, names never overlap.
  var NameCanvas = CanvasLayer.extend({
    initialize: function (spots) { this._pane = 'dmBaseNames'; this._spots = spots; },
    draw: function (ctx, t) {
      var taken = [], shown = [];
      ctx.font = '600 11px system-ui, sans-serif'; ctx.textAlign = 'center'; ctx.textBaseline = 'middle';
      for (var i = 0; i < this._spots.length; i++) {
        var s = this._spots[i], w = s.w * t.k, text = s.name.toUpperCase(), tw = ctx.measureText(text).width + 6;
        if (w < tw * 0.9 || s.h * t.k < 12) { continue; }
        var x = s.x * t.k - t.ox, y = s.y * t.k - t.oy;
        if (x < -tw || y < -10 || x > t.w + tw || y > t.h + 10) { continue; }
        var r = [x - tw / 2, y - 8, x + tw / 2, y + 8], free = true;
        for (var q = 0; q < taken.length && free; q++) {
          var o = taken[q];
          free = !(r[0] < o[2] && r[2] > o[0] && r[1] < o[3] && r[3] > o[1]);
        }
        if (!free) { continue; }
        taken.push(r); shown.push(s.name);
        ctx.lineWidth = 3; ctx.strokeStyle = 'rgba(244, 241, 234, 0.9)'; ctx.strokeText(text, x, y);
        ctx.fillStyle = '#4f5d66'; ctx.fillText(text, x, y);
      }
      this._shown = shown;
    }
  });
  DM.basemap = function (map, payload, style) {
    DM.pane(map, 'dmBase', 150);
    DM.pane(map, 'dmBaseNames', 360);
    DM.queue(map, payload, function basemap(topo) {
      var fc = topojson.feature(topo, topo.objects.countries), spots = [];
      fc.features.forEach(function (f) {
        polygons(f.geometry).forEach(function (poly) { poly.forEach(unwrapRing); });
        var s = f.properties && f.properties.name ? labelSpot(f) : null;
        if (s) { s.name = f.properties.name; spots.push(s); }
      });
      spots.sort(function (a, b) { return b.area - a.area; });
      var layer = L.geoJSON(fc, {
        pane: 'dmBase', renderer: L.canvas({ pane: 'dmBase', padding: 0.1 }),
        interactive: false, style: function () { return style; }
      });
      layer.addTo(map);
      var names = new NameCanvas(spots);
      names.addTo(map);
      map._dm.basemap = layer;
      map._dm.basenames = names;
    });
  };

}(typeof window !== 'undefined' ? window : this));
