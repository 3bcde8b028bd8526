// Reading the site from disk (file://): folder links open the folder's index.html.
// On a web server this does nothing; every page works without JavaScript.
(function () {
  "use strict";
  if (window.location.protocol !== "file:") return;
  var links = document.querySelectorAll("a[href]");
  for (var i = 0; i < links.length; i++) {
    var href = links[i].getAttribute("href");
    if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.charAt(0) === "#") continue;
    var cut = href.search(/[?#]/);
    var path = cut === -1 ? href : href.slice(0, cut);
    var rest = cut === -1 ? "" : href.slice(cut);
    if (path === "" || path.charAt(path.length - 1) === "/") {
      links[i].setAttribute("href", path + "index.html" + rest);
    }
  }
})();
