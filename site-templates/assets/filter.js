// Optional package filter. Without JavaScript the whole table is shown and the form stays hidden.
(function () {
  "use strict";
  var form = document.querySelector("form[data-filter]");
  var table = document.querySelector("table.packages");
  if (!form || !table) return;
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var text = form.elements.q, opd = form.elements.opd, area = form.elements.area, method = form.elements.method;
  var count = form.querySelector(".filter-count");
  var template = count.getAttribute("data-template") || "{n}";
  function apply() {
    var q = text.value.trim().toLowerCase(), shown = 0;
    rows.forEach(function (row) {
      var d = row.dataset;
      var ok = (!q || d.text.indexOf(q) !== -1) && (!opd.value || d.opd === opd.value) &&
        (!area.value || d.area === area.value) && (!method.value || d.method === method.value);
      row.hidden = !ok;
      if (ok) shown += 1;
    });
    count.textContent = template.replace("{n}", shown.toLocaleString(document.documentElement.lang));
  }
  // Preselect from the address: packages/?area=waktu, ?opd=1.03.01, ?method=Tender, ?q=jalan
  var params = new URLSearchParams(window.location.search);
  [["q", text], ["opd", opd], ["area", area], ["method", method]].forEach(function (p) {
    var v = params.get(p[0]);
    if (v !== null) p[1].value = v;
  });
  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  form.hidden = false;
  apply();
})();
