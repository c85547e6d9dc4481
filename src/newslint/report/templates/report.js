// newslint annotated report. Builds the page from the report's data (the JSON in #newslint-data
// for a report file; the web editor passes it to NewslintReport.render after each check).
// Article text, titles and URLs only ever reach the DOM through textContent or text nodes.
(function () {
  "use strict";
  var RANK = { error: 0, warning: 1, info: 2 };
  var STATUS = { accepted: "accepted", "false-alarm": "false alarm" };

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
  function clear(node) { if (node) while (node.firstChild) node.removeChild(node.firstChild); return node; }
  function button(text, cls, onClick) {
    var b = el("button", cls, text);
    b.type = "button";
    if (onClick) b.addEventListener("click", onClick);
    return b;
  }
  function plural(n, word, words) { return n + " " + (n === 1 ? word : (words || word + "s")); }
  function store() {
    try { return window.localStorage; } catch (e) { return null; }
  }

  // ---- triage: accepted / false alarm, with a note, kept in this browser ----
  // A finding is known by its rule and the text it quotes, never by offsets, so an edited
  // article keeps its triage (the same key `newslint check --baseline` reads).
  var Triage = {
    KEY: "newslint.triage.v1",
    memory: {},
    key: function (rule, text) { return rule + "\u0001" + String(text).replace(/\s+/g, " ").trim(); },
    all: function () {
      var s = store();
      if (!s) return this.memory;
      try { return JSON.parse(s.getItem(this.KEY) || "{}") || {}; } catch (e) { return {}; }
    },
    save: function (entries) {
      var s = store();
      this.memory = entries;
      if (s) { try { s.setItem(this.KEY, JSON.stringify(entries)); } catch (e) { /* full: memory only */ } }
    },
    get: function (f) { return this.all()[this.key(f.rule, f.quoted)] || null; },
    set: function (f, status, note) {
      var entries = this.all();
      var k = this.key(f.rule, f.quoted);
      if (!status) delete entries[k];
      else entries[k] = { rule: f.rule, text: f.quoted, status: status, note: note || "", message: f.message };
      this.save(entries);
    },
    exported: function () {
      var entries = this.all();
      var list = Object.keys(entries).sort().map(function (k) { return entries[k]; });
      return JSON.stringify({ newslint_triage: 1, findings: list }, null, 2) + "\n";
    }
  };

  function download(name, type, content) {
    var blob = content instanceof Blob ? content : new Blob([content], { type: type });
    var url = URL.createObjectURL(blob);
    var a = el("a");
    a.href = url;
    a.download = name;
    a.hidden = true;
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(url); a.remove(); }, 1000);
  }

  var view = null; // the report on show; the keyboard and document clicks talk to it

  function Report(data, options) {
    this.data = data;
    this.options = options || {};
    this.findings = data.findings;
    this.byKey = new Map(); // span key ("f3", "q1", "r3.0") -> elements carrying it
    this.anchors = []; // finding id -> its first element (segment or pin)
    this.hiddenSev = new Set();
    this.hiddenFam = new Set();
    this.hideTriaged = false;
    this.current = -1;
    this.lastAnchor = null;
    var findings = this.findings;
    // the order j/k and the list follow: errors first, then warnings, then info, by position
    this.order = findings.map(function (f) { return f.id; }).sort(function (x, y) {
      var fx = findings[x], fy = findings[y];
      return RANK[fx.severity] - RANK[fy.severity] || fx.start - fy.start || x - y;
    });
    this.fresh = new Set(this.options.fresh || []);
  }

  Report.prototype.visible = function (i) {
    var f = this.findings[i];
    if (this.hiddenSev.has(f.severity) || this.hiddenFam.has(f.family)) return false;
    return !(this.hideTriaged && Triage.get(f));
  };

  Report.prototype.remember = function (key, node) {
    if (!this.byKey.has(key)) this.byKey.set(key, []);
    this.byKey.get(key).push(node);
  };

  Report.prototype.render = function () {
    this.header();
    this.article();
    this.list();
    this.checks();
    this.tables();
    this.paint();
  };

  // ---- header: title, meta, counts ----
  Report.prototype.header = function () {
    var data = this.data, a = data.article;
    var title = $("title");
    if (title) title.textContent = a.title || "newslint report";
    if (this.options.setTitle !== false) document.title = (a.title || "newslint report") + " · newslint";
    var meta = clear($("meta"));
    if (meta) {
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
    }
    var summary = clear($("summary"));
    if (!summary) return;
    var counted = ["error", "warning", "info"].filter(function (s) { return data.counts[s]; });
    if (!counted.length) add(summary, "No findings.");
    counted.forEach(function (s, i) {
      if (i) add(summary, " · ");
      add(summary, el("span", "n " + s, String(data.counts[s])),
        " " + (data.counts[s] === 1 || s === "info" ? s : s + "s"));
    });
    add(summary, " · " + plural(data.checks.length, "check") + " passed — " +
      plural(data.quantities.length, "quantity", "quantities") + ", " +
      plural(data.quotes.length, "quote") + ", " +
      plural(data.removed.length, "piece") + " of boilerplate removed");
  };

  // ---- the article, segment by segment ----
  Report.prototype.article = function () {
    var self = this, findings = this.findings;
    var article = clear($("article"));
    data_pieces(this.data).forEach(function (piece) {
      if (piece.pin !== undefined) {
        var key = String(piece.pin);
        if (key.charAt(0) !== "f") return;
        var id = Number(key.slice(1));
        var pin = button(findings[id].rule, "pin " + findings[id].severity);
        pin.dataset.f = String(id);
        pin.setAttribute("aria-label", findings[id].severity + " " + findings[id].rule + ": " + findings[id].message);
        self.remember(key, pin);
        if (self.anchors[id] === undefined) self.anchors[id] = pin;
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
        self.remember(k, seg);
        var kind = k.charAt(0);
        if (kind === "f") ids.push(Number(k.slice(1)));
        else if (kind === "q" || kind === "o") { seg.classList.add(kind); seg.dataset[kind] = k.slice(1); }
        else if (kind === "s") seg.classList.add(kind);
      });
      // the most severe, then the narrowest finding answers a click first
      ids.sort(function (x, y) {
        var fx = findings[x], fy = findings[y];
        return RANK[fx.severity] - RANK[fy.severity] || (fx.end - fx.start) - (fy.end - fy.start) || x - y;
      });
      if (ids.length) {
        seg.dataset.f = ids.join(" ");
        ids.forEach(function (id) { if (self.anchors[id] === undefined) self.anchors[id] = seg; });
      }
      article.appendChild(seg);
    });
    // print: footnote numbers in reading order, only for findings marked in the text
    var n = 0;
    this.printNumber = [];
    findings.slice().sort(function (x, y) { return x.start - y.start || x.id - y.id; }).forEach(function (f) {
      var nodes = (self.byKey.get("f" + f.id) || []).filter(function (x) { return x.classList.contains("seg"); });
      if (!nodes.length) return;
      self.printNumber[f.id] = ++n;
      var last = nodes[nodes.length - 1];
      last.dataset.n = last.dataset.n ? last.dataset.n + "," + n : String(n);
    });
  };

  function data_pieces(data) { return data.pieces || []; }

  Report.prototype.idsOf = function (node) {
    return (node.dataset.f || "").split(" ").filter(Boolean).map(Number);
  };

  // Severity colours, focus order, triage marks and print numbers follow the filters.
  Report.prototype.paint = function () {
    var self = this, findings = this.findings;
    $("article").querySelectorAll(".seg[data-f], .pin").forEach(function (node) {
      var shown = self.idsOf(node).filter(function (i) { return self.visible(i); });
      node.classList.remove("error", "warning", "info", "dim", "f", "triaged");
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
      if (shown.every(function (i) { return Triage.get(findings[i]); })) node.classList.add("triaged");
      if (node.classList.contains("seg")) node.classList.add("f");
      if (node.classList.contains("pin")) node.tabIndex = 0;
      else if (self.anchors[shown[0]] === node) {
        node.tabIndex = 0;
        node.setAttribute("role", "button");
        node.setAttribute("aria-label", f.severity + " " + f.rule + ": " + f.message);
      }
    });
    document.querySelectorAll("#findings > li[data-f]").forEach(function (li) {
      var f = findings[Number(li.dataset.f)];
      li.hidden = !self.visible(f.id);
      var mark = li.querySelector(".triage-mark");
      var t = Triage.get(f);
      mark.textContent = t ? STATUS[t.status] : "";
      mark.hidden = !t;
    });
    if (this.current >= 0 && !this.visible(this.current)) this.close();
  };

  // ---- findings list and filters ----
  Report.prototype.list = function () {
    var self = this, findings = this.findings;
    var list = clear($("findings"));
    if (!findings.length) add(list, el("li", "empty", "No findings."));
    this.order.forEach(function (id, position) {
      var f = findings[id];
      var li = el("li", f.severity);
      li.dataset.f = String(f.id);
      if (self.printNumber[f.id]) li.dataset.n = String(self.printNumber[f.id]);
      // printed in reading order, numbered like the footnotes in the text
      li.style.order = String(self.printNumber[f.id] || 0);
      var b = button(null, null, function () { self.open(f.id, true); });
      add(b, el("span", "badge " + f.severity, f.severity), el("b", null, f.rule), " ", f.message, " ",
        el("span", "where", "line " + f.line + ":" + f.col));
      if (f.category) add(b, " ", el("span", "category", f.category));
      if (self.fresh.has(f.id)) add(b, " ", el("span", "tag new", "new"));
      var mark = el("span", "tag triage-mark");
      mark.hidden = true;
      add(b, " ", mark);
      b.dataset.position = String(position);
      var printed = el("div", "print-only");
      if (f.working.length) add(printed, workingList(f.working));
      add(li, b, printed);
      add(list, li);
    });
    var filters = clear($("filters"));
    if (findings.length && filters) {
      add(filters, this.filterGroup("Severity", tally(findings, "severity"), this.hiddenSev),
        this.filterGroup("Family", tally(findings, "family"), this.hiddenFam));
      var label = el("label");
      var box = el("input");
      box.type = "checkbox";
      box.id = "hide-triaged";
      box.checked = this.hideTriaged;
      box.addEventListener("change", function () { self.hideTriaged = box.checked; self.paint(); });
      add(filters, add(label, box, " hide triaged"));
    }
  };

  Report.prototype.filterGroup = function (legend, values, hidden) {
    var self = this;
    var box = el("fieldset");
    add(box, el("legend", null, legend));
    values.forEach(function (v) {
      var label = el("label");
      var input = el("input");
      input.type = "checkbox";
      input.checked = !hidden.has(v[0]);
      input.value = v[0];
      input.addEventListener("change", function () {
        if (input.checked) hidden.delete(v[0]); else hidden.add(v[0]);
        self.paint();
      });
      add(label, input, " " + v[0] + " (" + v[1] + ")");
      add(box, label);
    });
    return box;
  };

  function tally(findings, field) {
    var counts = new Map();
    findings.forEach(function (f) { counts.set(f[field], (counts.get(f[field]) || 0) + 1); });
    var entries = Array.from(counts.entries());
    if (field === "severity") entries.sort(function (x, y) { return RANK[x[0]] - RANK[y[0]]; });
    else entries.sort();
    return entries;
  }

  function workingList(lines) {
    var ul = el("ul", "working");
    ul.setAttribute("aria-label", "Worked sum");
    lines.forEach(function (line) { add(ul, el("li", null, line)); });
    return ul;
  }

  // ---- the checks that passed ----
  Report.prototype.checks = function () {
    var self = this, checks = this.data.checks;
    var box = $("checks");
    if (!box) return;
    var count = $("checks-count");
    if (count) count.textContent = String(checks.length);
    clear(box);
    if (!checks.length) add(box, el("li", "empty", "No figure could be checked against another."));
    checks.forEach(function (c) {
      var li = el("li");
      var jump = self.jumpLink("✓ " + c.rule + " " + c.message, "c" + c.id);
      add(li, jump, el("span", "where", " line " + c.line));
      if (c.working.length) add(li, workingList(c.working));
      add(box, li);
    });
  };

  // ---- quantities, sources, removed ----
  Report.prototype.jumpLink = function (text, key) {
    var self = this;
    return button(text, "link", function () { self.flash(key); });
  };

  function table(node, columns, rows, numeric) {
    clear(node);
    if (!rows.length) {
      var note = el("p", "empty", "None found.");
      if (node.parentNode) node.parentNode.replaceChild(note, node);
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
        td.dataset.label = columns[i];
        add(td, c);
        add(tr, td);
      });
      add(body, tr);
    });
    add(node, body);
  }

  Report.prototype.tables = function () {
    var self = this, data = this.data;
    var quantities = $("quantities");
    if (quantities) {
      table(quantities, ["text", "value", "unit", "in people's units", "kind"],
        data.quantities.map(function (q, i) {
          return [self.jumpLink(q.text, "q" + i), q.value, q.unit, q.normalised,
            q.kind + (q.change ? " (" + q.change + ")" : "")];
        }), [1, 3]);
    }
    var sources = $("sources");
    if (sources) {
      table(sources, ["speaker", "type", "quotes"],
        data.sources.map(function (s) {
          return [self.jumpLink(s.speaker, "o" + s.quotes[0]), s.type, String(s.quotes.length)];
        }), [2]);
    }
    var removed = clear($("removed"));
    if (removed) {
      if (!data.removed.length) add(removed, el("li", "empty", "Nothing removed."));
      data.removed.forEach(function (r) { add(removed, add(el("li"), el("span", "kind", r.kind), r.text)); });
    }
  };

  Report.prototype.flash = function (key) {
    var nodes = this.byKey.get(key) || [];
    if (!nodes.length) return;
    nodes[0].scrollIntoView({ block: "center", behavior: "smooth" });
    nodes.forEach(function (n) {
      n.classList.remove("flash");
      void n.offsetWidth; // restart the animation
      n.classList.add("flash");
    });
  };

  // ---- the popover ----
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
    if (f.replacements && f.replacements.length) {
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
        var wrap = add(el("div", "scroll"), t);
        add(details, wrap);
        table(t, row.table.columns, row.table.rows);
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

  Report.prototype.triageBlock = function (f) {
    var self = this;
    var box = el("div", "triage");
    var t = Triage.get(f);
    var note = el("textarea");
    note.id = "triage-note";
    note.rows = 2;
    note.value = t ? t.note : "";
    note.placeholder = "Why? (kept with the mark)";
    var label = el("label", "sr-only", "Note on this finding");
    label.htmlFor = "triage-note";
    var state = el("p", "triage-state", t ? "Marked " + STATUS[t.status] + "." : "Not triaged.");
    state.setAttribute("aria-live", "polite");
    function mark(status) {
      return function () {
        Triage.set(f, status, note.value);
        state.textContent = status ? "Marked " + STATUS[status] + "." : "Not triaged.";
        self.paint();
        if (self.options.onTriage) self.options.onTriage();
      };
    }
    var row = el("div", "triage-buttons");
    add(row, button("Accept", "accept", mark("accepted")), button("False alarm", "false-alarm", mark("false-alarm")),
      button("Clear", "clear-triage", mark(null)));
    add(box, el("p", "triage-title", "Triage"), label, note, row, state);
    return box;
  };

  Report.prototype.openPopover = function (anchor, fill) {
    var self = this;
    var pop = $("popover");
    clear(pop);
    add(pop, button("×", "close", function () { self.close(); }));
    pop.lastElementChild.setAttribute("aria-label", "Close");
    fill(pop);
    pop.hidden = false;
    if (anchor) this.place(pop, anchor);
    pop.focus({ preventScroll: true });
  };

  // Beside the text, never over the findings list: the popover stays inside the article's
  // column on a wide screen; on a phone it is a sheet at the bottom (CSS).
  Report.prototype.place = function (pop, anchor) {
    var rect = anchor.getBoundingClientRect();
    var column = $("article").getBoundingClientRect();
    var wide = window.matchMedia("(min-width: 821px)").matches;
    pop.style.width = wide ? Math.min(544, Math.max(280, column.width)) + "px" : "";
    var width = pop.offsetWidth;
    var minLeft = wide ? column.left : 8;
    var maxLeft = wide ? Math.max(column.left, column.right - width) : document.documentElement.clientWidth - width - 8;
    var left = Math.max(minLeft, Math.min(rect.left, maxLeft));
    pop.style.left = (left + window.scrollX) + "px";
    var height = pop.offsetHeight;
    var below = window.innerHeight - rect.bottom;
    var top = below < height + 16 && rect.top > height + 16 ? rect.top - height - 8 : rect.bottom + 8;
    pop.style.top = (top + window.scrollY) + "px";
    this.lastAnchor = anchor;
  };

  Report.prototype.open = function (id, scroll) {
    var self = this, f = this.findings[id];
    var anchor = this.anchors[id];
    this.clearMarks();
    this.current = id;
    (this.byKey.get("f" + id) || []).forEach(function (n) { n.classList.add("active"); });
    f.related.forEach(function (_, j) {
      (self.byKey.get("r" + id + "." + j) || []).forEach(function (n) { n.classList.add("rel"); });
    });
    document.querySelectorAll("#findings > li > button").forEach(function (b) { b.classList.remove("current"); });
    var item = document.querySelector('#findings li[data-f="' + id + '"] button');
    if (item) item.classList.add("current");
    if (anchor && scroll) anchor.scrollIntoView({ block: "center" });
    this.openPopover(anchor, function (pop) {
      var head = el("div", "pop-head");
      var h = el("h2", null, f.rule + " " + f.name);
      h.id = "pop-title";
      add(head, el("span", "badge " + f.severity, f.severity), h, el("span", "where", "line " + f.line + ":" + f.col));
      add(pop, head, el("p", "message", f.message));
      if (f.category || (f.replacements && f.replacements.length)) add(pop, suggestion(f));
      if (f.excerpt) add(pop, el("blockquote", "excerpt", "“" + f.excerpt + "”"));
      if (f.working.length) {
        add(pop, el("p", "working-title", "The sum"), workingList(f.working));
      }
      if (f.related.length) {
        add(pop, el("p", null, "Related:"));
        var rel = el("ol", "related");
        f.related.forEach(function (r, j) {
          add(rel, add(el("li"), self.jumpLink("line " + r.line + ": “" + r.excerpt + "”", "r" + id + "." + j)));
        });
        add(pop, rel);
      }
      if (f.evidence.length) add(pop, evidenceBlock(f));
      add(pop, self.triageBlock(f));
      if (self.options.onEdit) {
        add(pop, button("Edit this passage", "edit", function () { self.close(); self.options.onEdit(f); }));
      }
      var others = anchor && anchor.dataset.f ? self.idsOf(anchor).filter(function (x) { return x !== id && self.visible(x); }) : [];
      self.alsoHere(pop, anchor, others);
      var doc = self.data.docs[f.rule];
      if (doc) {
        var docs = el("details", "docs");
        add(docs, el("summary", null, "Rule documentation"), docBlock(doc));
        add(pop, docs);
      }
      var nav = el("nav");
      nav.setAttribute("aria-label", "Findings");
      add(nav, button("← previous", null, function () { self.step(-1); }), button("next →", null, function () { self.step(1); }));
      add(pop, nav);
    });
  };

  // other findings, a quantity or a quote at the same place
  Report.prototype.alsoHere = function (pop, anchor, others) {
    var self = this;
    var extra = [];
    others.forEach(function (x) {
      extra.push(button(self.findings[x].rule, "link", function () { self.open(x, false); }));
    });
    if (anchor && anchor.dataset.q !== undefined) {
      extra.push(button("quantity", "link", function () { self.openQuantity(Number(anchor.dataset.q), anchor); }));
    }
    if (anchor && anchor.dataset.o !== undefined) {
      extra.push(button("quote", "link", function () { self.openQuote(Number(anchor.dataset.o), anchor); }));
    }
    if (!extra.length) return;
    var also = el("p", "also", "Also here: ");
    extra.forEach(function (b, k) { if (k) add(also, ", "); add(also, b); });
    add(pop, also);
  };

  function factsList(rows) {
    var dl = el("dl", "facts");
    rows.forEach(function (r) { if (r[1]) add(dl, el("dt", null, r[0]), el("dd", null, r[1])); });
    return dl;
  }

  Report.prototype.openQuantity = function (i, anchor) {
    var q = this.data.quantities[i];
    this.clearMarks();
    this.openPopover(anchor, function (pop) {
      var h = el("h2", null, "Quantity “" + q.text + "”");
      h.id = "pop-title";
      add(pop, add(el("div", "pop-head"), h), factsList([
        ["value", q.value], ["unit", q.unit], ["in people's units", q.normalised],
        ["kind", q.kind + (q.change ? " (" + q.change + ")" : "")]
      ]));
    });
  };

  Report.prototype.openQuote = function (i, anchor) {
    var q = this.data.quotes[i];
    this.clearMarks();
    this.openPopover(anchor, function (pop) {
      var h = el("h2", null, q.direct ? "Direct quote" : "Reported speech");
      h.id = "pop-title";
      add(pop, add(el("div", "pop-head"), h), el("blockquote", "excerpt", "“" + q.excerpt + "”"), factsList([
        ["speaker", q.speaker ? q.speaker + " (" + q.type + ")" : "no speaker found"], ["cue", q.cue]
      ]));
    });
  };

  Report.prototype.clearMarks = function () {
    var article = $("article");
    if (article) article.querySelectorAll(".active, .rel").forEach(function (n) { n.classList.remove("active", "rel"); });
  };

  Report.prototype.close = function () {
    var pop = $("popover");
    if (pop.hidden) return;
    pop.hidden = true;
    this.clearMarks();
    this.current = -1;
    if (this.lastAnchor && this.lastAnchor.tabIndex === 0) this.lastAnchor.focus({ preventScroll: true });
  };

  Report.prototype.step = function (direction) {
    var self = this;
    var order = this.order.filter(function (i) { return self.visible(i); });
    if (!order.length) return;
    var at = order.indexOf(this.current);
    var next = at < 0 ? (direction > 0 ? 0 : order.length - 1) : (at + direction + order.length) % order.length;
    this.open(order[next], true);
  };

  Report.prototype.click = function (event) {
    var target = event.target;
    if (!target.closest) return false;
    var node = target.closest(".seg[data-f], .pin");
    if (node) {
      var self = this;
      var ids = this.idsOf(node).filter(function (i) { return self.visible(i); });
      if (ids.length) {
        // a second click on the same place goes to the next finding there
        var at = ids.indexOf(this.current);
        this.open(ids[at >= 0 ? (at + 1) % ids.length : 0], false);
        return true;
      }
    }
    var seg = target.closest(".seg");
    if (seg && $("article").classList.contains("marks")) {
      if (seg.dataset.q !== undefined) { this.openQuantity(Number(seg.dataset.q), seg); return true; }
      if (seg.dataset.o !== undefined) { this.openQuote(Number(seg.dataset.o), seg); return true; }
    }
    return false;
  };

  // ---- page furniture shared by the report file and the editor: legend switch, help ----
  function setMarks(on) {
    var article = $("article");
    if (article) article.classList.toggle("marks", on);
    var box = $("show-marks");
    if (box) box.checked = on;
    var s = store();
    if (s) { try { s.setItem("newslint.marks", on ? "on" : "off"); } catch (e) { /* ignore */ } }
  }

  function toggleHelp(show) {
    var help = $("help");
    if (!help) return;
    help.hidden = show === undefined ? !help.hidden : !show;
    if (!help.hidden) help.focus();
  }

  function setUp() {
    var s = store();
    var saved = s ? s.getItem("newslint.marks") : null;
    setMarks(saved !== "off");
    var box = $("show-marks");
    if (box) box.addEventListener("change", function () { setMarks(box.checked); });
    var helpButton = $("help-button");
    if (helpButton) helpButton.addEventListener("click", function () { toggleHelp(); });
    var closeHelp = $("help-close");
    if (closeHelp) closeHelp.addEventListener("click", function () { toggleHelp(false); });
    var exportTriage = $("export-triage");
    if (exportTriage) {
      exportTriage.addEventListener("click", function () {
        download("triage.json", "application/json", Triage.exported());
      });
    }
    window.addEventListener("beforeprint", function () {
      var checks = $("checks-box");
      if (checks) checks.open = true;
    });
    document.addEventListener("click", function (event) {
      if (!view) return;
      if (view.click(event)) { event.stopPropagation(); return; }
      var pop = $("popover");
      if (!pop.hidden && !pop.contains(event.target) && !event.target.closest("#findings") &&
          !event.target.closest("#panel .link")) view.close();
    });
    document.addEventListener("keydown", function (event) {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      var tag = (event.target.tagName || "").toLowerCase();
      if (tag === "input" || tag === "textarea" || tag === "select") return;
      var key = event.key;
      if (key === "?") { toggleHelp(); event.preventDefault(); return; }
      if (key === "Escape" && $("help") && !$("help").hidden) { toggleHelp(false); event.preventDefault(); return; }
      if (!view) return;
      if (key === "j" || key === "n") { view.step(1); event.preventDefault(); }
      else if (key === "k" || key === "p") { view.step(-1); event.preventDefault(); }
      else if (key === "Escape" && !$("popover").hidden) { view.close(); event.preventDefault(); }
      else if ((key === "Enter" || key === " ") && event.target.closest && event.target.closest(".seg[data-f]")) {
        var ids = view.idsOf(event.target.closest(".seg[data-f]")).filter(function (i) { return view.visible(i); });
        if (ids.length) { view.open(ids[0], false); event.preventDefault(); }
      }
    });
  }

  window.NewslintReport = {
    // render a report's data into the page's report elements; options: fresh (ids of new
    // findings), onEdit(finding), onTriage(), setTitle
    render: function (data, options) {
      if (view) view.close();
      view = new Report(data, options);
      view.render();
      var pop = $("popover");
      if (pop) pop.tabIndex = -1;
      setMarks($("show-marks") ? $("show-marks").checked : true);
      return view;
    },
    triage: Triage,
    download: download,
    key: function (f) { return Triage.key(f.rule, f.quoted); }
  };

  setUp();
  var embedded = $("newslint-data");
  if (embedded) {
    window.NewslintReport.render(JSON.parse(embedded.textContent), {});
    document.body.dataset.ready = "true";
  }
})();
