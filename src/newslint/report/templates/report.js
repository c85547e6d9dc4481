// newslint annotated report. Builds the page from the JSON in #newslint-data.
// Article text, titles and URLs only ever reach the DOM through textContent or text nodes.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("newslint-data").textContent);
  var RANK = { error: 0, warning: 1, info: 2 };
  var findings = data.findings;
  var byKey = new Map(); // span key ("f3", "q1", "r3.0") -> elements carrying it
  var anchors = []; // finding id -> its first element (segment or pin)
  var hiddenSev = new Set();
  var hiddenFam = new Set();
  var current = -1;
  var lastAnchor = null;

  function $(id) { return document.getElementById(id); }
  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function add(parent) {
    for (var i = 1; i < arguments.length; i++) {
      var child = arguments[i];
      if (child === null || child === undefined) continue;
      parent.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    }
    return parent;
  }
  function remember(key, node) {
    if (!byKey.has(key)) byKey.set(key, []);
    byKey.get(key).push(node);
  }
  function visible(i) {
    var f = findings[i];
    return !hiddenSev.has(f.severity) && !hiddenFam.has(f.family);
  }
  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }

  // ---- header ----
  var a = data.article;
  $("title").textContent = a.title || "newslint report";
  var meta = $("meta");
  var parts = [a.outlet, a.published].filter(Boolean);
  add(meta, parts.join(" · "));
  if (a.url) {
    if (parts.length) add(meta, " · ");
    if (a.url_is_web) {
      var link = el("a", null, a.url);
      link.setAttribute("href", a.url);
      link.setAttribute("rel", "noopener noreferrer nofollow");
      add(meta, link);
    } else {
      add(meta, a.url);
    }
  }
  var summary = $("summary");
  var counted = ["error", "warning", "info"].filter(function (s) { return data.counts[s]; });
  if (!counted.length) add(summary, "No findings.");
  counted.forEach(function (s, i) {
    if (i) add(summary, " · ");
    var n = el("span", "n " + s, String(data.counts[s]));
    add(summary, n, " " + (data.counts[s] === 1 || s === "info" ? s : s + "s"));
  });
  add(summary, " — " + plural(data.quantities.length, "quantity").replace("quantitys", "quantities") +
    ", " + plural(data.quotes.length, "quote") + ", " +
    plural(data.removed.length, "piece") + " of boilerplate removed");

  // ---- the article, segment by segment ----
  var article = $("article");
  data.pieces.forEach(function (piece) {
    if (piece.pin !== undefined) {
      var key = String(piece.pin);
      if (key.charAt(0) !== "f") return;
      var id = Number(key.slice(1));
      var pin = el("button", "pin " + findings[id].severity, findings[id].rule);
      pin.type = "button";
      pin.dataset.f = String(id);
      pin.setAttribute("aria-label", findings[id].severity + " " + findings[id].rule + ": " + findings[id].message);
      remember(key, pin);
      if (anchors[id] === undefined) anchors[id] = pin;
      article.appendChild(pin);
      return;
    }
    if (!piece.k.length) {
      article.appendChild(document.createTextNode(piece.t));
      return;
    }
    var seg = el("span", "seg", piece.t);
    var ids = [];
    piece.k.forEach(function (k) {
      remember(k, seg);
      var kind = k.charAt(0);
      if (kind === "f") ids.push(Number(k.slice(1)));
      else seg.classList.add(kind);
    });
    // the most severe, then the narrowest finding answers a click first
    ids.sort(function (x, y) {
      var fx = findings[x], fy = findings[y];
      return RANK[fx.severity] - RANK[fy.severity] || (fx.end - fx.start) - (fy.end - fy.start) || x - y;
    });
    if (ids.length) {
      seg.dataset.f = ids.join(" ");
      ids.forEach(function (id) {
        if (anchors[id] === undefined) anchors[id] = seg;
      });
    }
    article.appendChild(seg);
  });
  // print: the finding's number after its last segment, as a footnote mark
  findings.forEach(function (f) {
    var nodes = (byKey.get("f" + f.id) || []).filter(function (n) { return n.classList.contains("seg"); });
    if (!nodes.length) return;
    var last = nodes[nodes.length - 1];
    last.dataset.n = last.dataset.n ? last.dataset.n + "," + (f.id + 1) : String(f.id + 1);
  });

  function idsOf(node) {
    return (node.dataset.f || "").split(" ").filter(Boolean).map(Number);
  }

  // Severity colours, focus order and print numbers follow the filters.
  function paint() {
    article.querySelectorAll(".seg[data-f], .pin").forEach(function (node) {
      var shown = idsOf(node).filter(visible);
      node.classList.remove("error", "warning", "info", "dim", "f");
      node.removeAttribute("tabindex");
      node.removeAttribute("role");
      node.removeAttribute("aria-label");
      if (!shown.length) {
        node.classList.add("dim");
        if (node.classList.contains("pin")) node.tabIndex = -1;
        return;
      }
      var f = findings[shown[0]];
      node.classList.add(f.severity);
      if (node.classList.contains("seg")) node.classList.add("f");
      if (node.classList.contains("pin")) node.tabIndex = 0;
      else if (anchors[shown[0]] === node) {
        node.tabIndex = 0;
        node.setAttribute("role", "button");
        node.setAttribute("aria-label", f.severity + " " + f.rule + ": " + f.message);
      }
    });
    document.querySelectorAll("#findings > li[data-f]").forEach(function (li) {
      li.hidden = !visible(Number(li.dataset.f));
    });
    if (current >= 0 && !visible(current)) closePopover();
  }

  // ---- findings list and filters ----
  var list = $("findings");
  if (!findings.length) add(list, el("li", "empty", "No findings."));
  findings.forEach(function (f) {
    var li = el("li", f.severity);
    li.dataset.f = String(f.id);
    var button = el("button");
    button.type = "button";
    add(button, el("span", "badge " + f.severity, f.severity), el("b", null, f.rule), " ",
      f.message, " ", el("span", "where", "line " + f.line + ":" + f.col));
    if (f.category) add(button, " ", el("span", "category", f.category));
    button.addEventListener("click", function () { openFinding(f.id, true); });
    var printed = el("div", "print-only");
    if (f.working.length) {
      var ul = el("ul", "working");
      f.working.forEach(function (line) { add(ul, el("li", null, line)); });
      add(printed, ul);
    }
    add(li, button, printed);
    add(list, li);
  });

  function filterGroup(legend, values, hidden) {
    var box = el("fieldset");
    add(box, el("legend", null, legend));
    values.forEach(function (v) {
      var label = el("label");
      var input = el("input");
      input.type = "checkbox";
      input.checked = true;
      input.value = v[0];
      input.addEventListener("change", function () {
        if (input.checked) hidden.delete(v[0]); else hidden.add(v[0]);
        paint();
      });
      add(label, input, " " + v[0] + " (" + v[1] + ")");
      add(box, label);
    });
    return box;
  }
  function tally(field) {
    var counts = new Map();
    findings.forEach(function (f) { counts.set(f[field], (counts.get(f[field]) || 0) + 1); });
    var entries = Array.from(counts.entries());
    if (field === "severity") entries.sort(function (x, y) { return RANK[x[0]] - RANK[y[0]]; });
    else entries.sort();
    return entries;
  }
  if (findings.length) {
    add($("filters"), filterGroup("Severity", tally("severity"), hiddenSev),
      filterGroup("Family", tally("family"), hiddenFam));
  }

  // ---- quantities, sources, removed ----
  function jumpLink(text, key) {
    var b = el("button", "link", text);
    b.type = "button";
    b.addEventListener("click", function () { flash(key); });
    return b;
  }
  function table(node, columns, rows, numeric) {
    if (!rows.length) {
      var parent = node.parentNode;
      parent.replaceChild(el("p", "empty", "None found."), node);
      return;
    }
    var head = el("tr");
    columns.forEach(function (c) { add(head, el("th", null, c)); });
    add(node, add(el("thead"), head));
    var body = el("tbody");
    rows.forEach(function (cells) {
      var tr = el("tr");
      cells.forEach(function (c, i) {
        var td = el("td", numeric && numeric.indexOf(i) >= 0 ? "num" : null);
        add(td, typeof c === "string" ? c : c);
        add(tr, td);
      });
      add(body, tr);
    });
    add(node, body);
  }
  table($("quantities"), ["text", "value", "unit", "normalised", "kind"],
    data.quantities.map(function (q, i) {
      return [jumpLink(q.text, "q" + i), q.value, q.unit, q.normalised,
        q.kind + (q.change ? " (" + q.change + ")" : "")];
    }), [1, 3]);
  table($("sources"), ["speaker", "type", "quotes"],
    data.sources.map(function (s) {
      return [jumpLink(s.speaker, "o" + s.quotes[0]), s.type, String(s.quotes.length)];
    }), [2]);
  var removed = $("removed");
  if (!data.removed.length) add(removed, el("li", "empty", "Nothing removed."));
  data.removed.forEach(function (r) {
    add(removed, add(el("li"), el("span", "kind", r.kind), r.text));
  });

  function flash(key) {
    var nodes = byKey.get(key) || [];
    if (!nodes.length) return;
    nodes[0].scrollIntoView({ block: "center", behavior: "smooth" });
    nodes.forEach(function (n) {
      n.classList.remove("flash");
      void n.offsetWidth; // restart the animation
      n.classList.add("flash");
    });
  }

  // ---- the popover ----
  var pop = $("popover");
  pop.tabIndex = -1;

  function docBlock(markdown) {
    var box = el("div", "doc");
    var para = [];
    var code = [];
    function flushPara() { if (para.length) add(box, el("p", null, para.join(" "))); para = []; }
    function flushCode() { if (code.length) add(box, el("pre", null, code.join("\n"))); code = []; }
    markdown.split("\n").forEach(function (line, i) {
      if (/^ {4}/.test(line)) { flushPara(); code.push(line.slice(4)); return; }
      if (!line.trim()) {
        flushPara();
        if (code.length) code.push("");
        return;
      }
      flushCode();
      var h = /^#+\s+(.*)$/.exec(line);
      if (h) { flushPara(); if (i > 0) add(box, el("h4", null, h[1])); return; }
      para.push(line);
    });
    flushPara();
    while (code.length && !code[code.length - 1]) code.pop();
    flushCode();
    return box;
  }

  // category and neutral alternatives of a loaded word or a house-style entry
  function suggestion(f) {
    var dl = el("dl", "suggestion");
    if (f.category) add(dl, el("dt", null, "Category"), add(el("dd"), el("span", "category", f.category)));
    if (f.replacements.length) {
      var dd = el("dd", "replacements");
      f.replacements.forEach(function (r, k) {
        if (k) add(dd, " or ");
        add(dd, el("q", null, r));
      });
      add(dl, el("dt", null, "Suggestion"), dd);
    }
    return dl;
  }

  function evidenceBlock(f) {
    var details = el("details", "evidence");
    details.open = !f.working.length;
    add(details, el("summary", null, "Evidence"));
    var dl = el("dl");
    f.evidence.forEach(function (row) {
      if (row.table) {
        add(details, el("p", null, row.label));
        var t = el("table");
        table(t, row.table.columns, row.table.rows);
        add(details, add(el("div", "scroll"), t));
      } else {
        add(dl, el("dt", null, row.label), el("dd", null, row.value));
      }
    });
    if (dl.childNodes.length) details.insertBefore(dl, details.childNodes[1] || null);
    var raw = el("details");
    add(raw, el("summary", null, "as JSON"), el("pre", null, f.raw));
    add(details, raw);
    return details;
  }

  function openFinding(id, scroll) {
    var f = findings[id];
    var anchor = anchors[id];
    clearMarks();
    current = id;
    (byKey.get("f" + id) || []).forEach(function (n) { n.classList.add("active"); });
    f.related.forEach(function (_, j) {
      (byKey.get("r" + id + "." + j) || []).forEach(function (n) { n.classList.add("rel"); });
    });
    document.querySelectorAll("#findings > li > button").forEach(function (b) { b.classList.remove("current"); });
    var item = document.querySelector('#findings li[data-f="' + id + '"] button');
    if (item) item.classList.add("current");

    while (pop.firstChild) pop.removeChild(pop.firstChild);
    var close = el("button", "close", "×");
    close.type = "button";
    close.setAttribute("aria-label", "Close");
    close.addEventListener("click", closePopover);
    var header = el("header");
    var h3 = el("h3", null, f.rule + " " + f.name);
    h3.id = "pop-title";
    add(header, el("span", "badge " + f.severity, f.severity), h3,
      el("span", "where", "line " + f.line + ":" + f.col));
    add(pop, close, header, el("p", "message", f.message));
    if (f.category || f.replacements.length) add(pop, suggestion(f));
    if (f.excerpt) add(pop, el("blockquote", "excerpt", "“" + f.excerpt + "”"));
    if (f.working.length) {
      var ul = el("ul", "working");
      ul.setAttribute("aria-label", "Worked sum");
      f.working.forEach(function (line) { add(ul, el("li", null, line)); });
      add(pop, ul);
    }
    if (f.related.length) {
      add(pop, el("p", null, "Related:"));
      var rel = el("ol", "related");
      f.related.forEach(function (r, j) {
        var li = el("li");
        add(li, jumpLink("line " + r.line + ": “" + r.excerpt + "”", "r" + id + "." + j));
        add(rel, li);
      });
      add(pop, rel);
    }
    if (f.evidence.length) add(pop, evidenceBlock(f));
    var others = anchor && anchor.dataset.f ? idsOf(anchor).filter(function (x) { return x !== id && visible(x); }) : [];
    if (others.length) {
      var also = el("p", "also", "Also here: ");
      others.forEach(function (x, k) {
        if (k) add(also, ", ");
        var b = el("button", "link", findings[x].rule);
        b.type = "button";
        b.addEventListener("click", function () { openFinding(x, false); });
        add(also, b);
      });
      add(pop, also);
    }
    var doc = data.docs[f.rule];
    if (doc) {
      var docs = el("details", "docs");
      add(docs, el("summary", null, "Rule documentation"), docBlock(doc));
      add(pop, docs);
    }
    var nav = el("nav");
    [["← previous", -1], ["next →", 1]].forEach(function (pair) {
      var b = el("button", null, pair[0]);
      b.type = "button";
      b.addEventListener("click", function () { step(pair[1]); });
      add(nav, b);
    });
    add(pop, nav);

    pop.hidden = false;
    if (anchor) {
      if (scroll) anchor.scrollIntoView({ block: "center" });
      var rect = anchor.getBoundingClientRect();
      var width = pop.offsetWidth;
      var left = Math.max(8, Math.min(rect.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - width - 8));
      pop.style.left = left + "px";
      var height = pop.offsetHeight;
      var below = window.innerHeight - rect.bottom;
      var top = below < height + 16 && rect.top > height + 16
        ? rect.top - height - 8 : rect.bottom + 8;
      pop.style.top = (top + window.scrollY) + "px";
      lastAnchor = anchor;
    }
    pop.focus({ preventScroll: true });
  }

  function clearMarks() {
    article.querySelectorAll(".active, .rel").forEach(function (n) { n.classList.remove("active", "rel"); });
  }
  function closePopover() {
    pop.hidden = true;
    clearMarks();
    current = -1;
    if (lastAnchor && lastAnchor.tabIndex === 0) lastAnchor.focus({ preventScroll: true });
  }
  function step(direction) {
    var order = findings.map(function (f) { return f.id; }).filter(visible);
    if (!order.length) return;
    var at = order.indexOf(current);
    var next = at < 0 ? (direction > 0 ? 0 : order.length - 1) : (at + direction + order.length) % order.length;
    openFinding(order[next], true);
  }

  article.addEventListener("click", function (event) {
    var node = event.target.closest ? event.target.closest(".seg[data-f], .pin") : null;
    if (!node) return;
    var ids = idsOf(node).filter(visible);
    if (!ids.length) return;
    // a second click on the same place goes to the next finding there
    var at = ids.indexOf(current);
    openFinding(ids[at >= 0 ? (at + 1) % ids.length : 0], false);
    event.stopPropagation();
  });
  document.addEventListener("click", function (event) {
    if (!pop.hidden && !pop.contains(event.target) && !event.target.closest("#findings")) closePopover();
  });
  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    var tag = (event.target.tagName || "").toLowerCase();
    if (tag === "input" || tag === "textarea" || tag === "select") return;
    var key = event.key;
    if (key === "j" || key === "n") { step(1); event.preventDefault(); }
    else if (key === "k" || key === "p") { step(-1); event.preventDefault(); }
    else if (key === "Escape" && !pop.hidden) { closePopover(); event.preventDefault(); }
    else if ((key === "Enter" || key === " ") && event.target.closest && event.target.closest(".seg[data-f]")) {
      var ids = idsOf(event.target.closest(".seg[data-f]")).filter(visible);
      if (ids.length) { openFinding(ids[0], false); event.preventDefault(); }
    }
  });

  paint();
  document.body.dataset.ready = "true";
})();
