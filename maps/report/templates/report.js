/* Sortable tables for the diplomap report: click a heading to sort ascending, again for
   descending, a third time for the original (grouped) order. Printing always shows the
   original order, grouped by traveller and trip. */
(function () {
  "use strict";
  var collator = new Intl.Collator(undefined, {numeric: true, sensitivity: "base"});

  function value(row, col) {
    var cell = row.cells[col];
    if (!cell) return "";
    var v = cell.getAttribute("data-sort");
    return v === null ? cell.textContent.trim() : v;
  }

  function sortable(table) {
    var heads = table.tHead.rows[0].cells;
    var bodies = Array.prototype.slice.call(table.tBodies);
    var original = bodies.map(function (b) { return Array.prototype.slice.call(b.rows); });
    var flat = document.createElement("tbody");
    var state = {col: -1, dir: 0};

    function restore() {
      if (flat.parentNode) flat.parentNode.removeChild(flat);
      bodies.forEach(function (b, i) {
        original[i].forEach(function (r) { b.appendChild(r); });
        table.appendChild(b);
      });
      table.classList.remove("rp-sorted");
    }

    function apply() {
      Array.prototype.forEach.call(heads, function (th, i) {
        if (i === state.col && state.dir) th.setAttribute("aria-sort", state.dir > 0 ? "ascending" : "descending");
        else th.removeAttribute("aria-sort");
      });
      restore();
      if (!state.dir) return;
      var numeric = heads[state.col].getAttribute("data-type") === "number";
      var rows = [];
      original.forEach(function (rs) {
        rs.forEach(function (r) { if (!r.classList.contains("rp-group-head")) rows.push(r); });
      });
      rows.sort(function (a, b) {
        var x = value(a, state.col), y = value(b, state.col);
        var d = numeric ? (parseFloat(x) || 0) - (parseFloat(y) || 0) : collator.compare(x, y);
        return d * state.dir;
      });
      bodies.forEach(function (b) { table.removeChild(b); });
      rows.forEach(function (r) { flat.appendChild(r); });
      table.appendChild(flat);
      table.classList.add("rp-sorted");
    }

    Array.prototype.forEach.call(heads, function (th, i) {
      var button = th.querySelector("button");
      if (!button) return;
      button.addEventListener("click", function () {
        if (state.col !== i) { state.col = i; state.dir = 1; }
        else state.dir = state.dir === 1 ? -1 : (state.dir === -1 ? 0 : 1);
        apply();
      });
    });
    window.addEventListener("beforeprint", restore);
    window.addEventListener("afterprint", apply);
  }

  Array.prototype.forEach.call(document.querySelectorAll("table.rp-sortable"), sortable);
})();
