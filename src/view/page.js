// claims view: click a highlight or a list item to see what it is. Builds only DOM
// nodes with textContent, so nothing from the article is parsed as HTML.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("claims-data").textContent);
  var pieces = Array.prototype.slice.call(document.querySelectorAll("#text .hl"));
  var byItem = {};
  function note(id, el) { (byItem[id] = byItem[id] || []).push(el); }
  pieces.forEach(function (el) {
    el.getAttribute("data-items").split(" ").forEach(function (id) {
      note(id, el);
      var dot = id.indexOf(".");
      if (dot > 0) { note(id.slice(0, dot), el); }
    });
  });

  function clear() {
    document.querySelectorAll(".active").forEach(function (el) { el.classList.remove("active"); });
  }
  function table(item) {
    var box = document.createDocumentFragment();
    var h = document.createElement("h3");
    h.textContent = item.kind + ": " + item.title;
    box.appendChild(h);
    var t = document.createElement("table");
    item.rows.forEach(function (row) {
      var tr = t.insertRow();
      var th = document.createElement("th");
      th.textContent = row[0];
      tr.appendChild(th);
      tr.insertCell().textContent = row[1];
    });
    box.appendChild(t);
    return box;
  }
  function show(ids) {
    clear();
    var detail = document.getElementById("detail");
    detail.textContent = "";
    ids.forEach(function (id) {
      if (data[id]) { detail.appendChild(table(data[id])); }
      (byItem[id] || []).forEach(function (el) { el.classList.add("active"); });
      document.querySelectorAll('aside li[data-item="' + id + '"]').forEach(function (li) { li.classList.add("active"); });
    });
  }
  pieces.forEach(function (el) {
    el.addEventListener("click", function () { show(el.getAttribute("data-items").split(" ")); });
  });
  document.querySelectorAll("aside li[data-item]").forEach(function (li) {
    li.addEventListener("click", function () {
      var id = li.getAttribute("data-item");
      show([id]);
      var first = (byItem[id] || [])[0];
      if (first) { first.scrollIntoView({ block: "center" }); }
    });
  });

  // A link to `page.html#item=t3` opens with that item shown.
  var m = /^#item=([\w.-]+)$/.exec(window.location.hash);
  if (m) { show([m[1]]); }

  // Counts for tests and curious readers: items highlighted per kind, and items of
  // the document that no highlight shows.
  var counts = { mention: 0, attribution: 0, proposal: 0 }, missing = [];
  Object.keys(data).forEach(function (id) {
    var kind = data[id].kind;
    if (!(kind in counts)) { return; }
    if (byItem[id]) { counts[kind] += 1; } else { missing.push(id); }
  });
  var b = document.body;
  b.setAttribute("data-mentions", counts.mention);
  b.setAttribute("data-attributions", counts.attribution);
  b.setAttribute("data-proposals", counts.proposal);
  b.setAttribute("data-missing", missing.join(" "));
  b.setAttribute("data-pieces", pieces.length);
  b.setAttribute("data-claims-ready", "1");
})();
