// Optional search filter (README, "Search"). Without JavaScript the search page lists every
// entry; with it, the list narrows as one types and the number of results is announced.
(function () {
  "use strict";
  var form = document.querySelector("form[data-search]");
  var count = document.querySelector(".search-count");
  if (!form || !count) return;
  var input = form.elements.q;
  var items = Array.prototype.slice.call(document.querySelectorAll("li[data-search-text]"));
  var groups = Array.prototype.slice.call(document.querySelectorAll(".search-group"));
  var template = count.getAttribute("data-template") || "{count}";
  var none = count.getAttribute("data-none") || "";
  var timer = null;
  function apply() {
    var terms = input.value.trim().toLowerCase().split(/\s+/).filter(Boolean), shown = 0;
    items.forEach(function (li) {
      var text = li.getAttribute("data-search-text");
      var ok = terms.every(function (t) { return text.indexOf(t) !== -1; });
      li.hidden = !ok;
      if (ok) shown += 1;
    });
    groups.forEach(function (g) { g.hidden = !g.querySelector("li:not([hidden])"); });
    count.textContent = shown === 0 ? none :
      template.replace("{count}", shown.toLocaleString(document.documentElement.lang));
  }
  var q = new URLSearchParams(window.location.search).get("q");
  if (q !== null) input.value = q;
  input.addEventListener("input", function () {
    // The status is announced once typing pauses, not on every key.
    clearTimeout(timer);
    timer = setTimeout(apply, 150);
  });
  form.addEventListener("submit", function (e) { e.preventDefault(); apply(); });
  apply();
})();
