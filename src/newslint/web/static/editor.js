// newslint web editor: check the article in the text pane and draw the report beside it,
// without leaving the page. The text is never lost: errors show above the button, the pane
// keeps what was typed, and a re-check lists what is new and what was fixed since the last one.
(function () {
  "use strict";
  function $(id) { return document.getElementById(id); }
  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  var Report = window.NewslintReport;
  var form = $("check"), text = $("text"), submit = $("submit"), cancel = $("cancel");
  var progress = $("progress"), progressText = $("progress-text"), errorBox = $("error");
  var file = $("file"), url = $("url");
  var maxBody = Number(document.body.dataset.maxBody) || 5000000;
  var last = null; // the last check: {report, view, name}
  var busy = null; // {controller, timer, started}
  var checks = 0;

  function megabytes(n) { return (n / 1e6).toFixed(n < 1e7 ? 1 : 0) + " MB"; }

  function showError(message, detail) {
    while (errorBox.firstChild) errorBox.removeChild(errorBox.firstChild);
    var p = el("p", null, message);
    p.id = "error-message";
    errorBox.appendChild(p);
    (detail || []).forEach(function (d) { errorBox.appendChild(el("p", null, d.field + ": " + d.problem)); });
    errorBox.hidden = false;
  }
  function hideError() { errorBox.hidden = true; }

  function start() {
    var controller = new AbortController();
    var started = performance.now();
    submit.disabled = true;
    submit.setAttribute("aria-busy", "true");
    cancel.hidden = false;
    progress.hidden = false;
    progressText.textContent = "Checking…";
    var timer = setInterval(function () {
      progressText.textContent = "Checking… " + ((performance.now() - started) / 1000).toFixed(1) + " s";
    }, 200);
    busy = { controller: controller, timer: timer, started: started };
    return controller;
  }
  function stop() {
    if (!busy) return;
    clearInterval(busy.timer);
    busy = null;
    submit.disabled = false;
    submit.removeAttribute("aria-busy");
    cancel.hidden = true;
    progress.hidden = true;
  }

  // refuse in the page what the server would refuse: nothing to check, too large, wrong file
  function problem() {
    var chosen = file && file.files && file.files.length ? file.files[0] : null;
    var address = url ? url.value.trim() : "";
    var given = [text.value.trim() ? "text" : null, chosen ? "file" : null, address ? "URL" : null].filter(Boolean);
    if (!given.length) return "Paste an article first (or choose a file).";
    if (given.length > 1) return "Check one thing at a time: the " + given.join(" and the ") + " are both given; clear one.";
    var size = new Blob([text.value]).size + (chosen ? chosen.size : 0);
    if (size > maxBody) {
      return "The article is " + megabytes(size) + "; this server checks up to " + megabytes(maxBody) +
        ". Check it in parts, or run newslint check on your own machine.";
    }
    if (chosen && !/\.(txt|text|md|html?|xhtml)$/i.test(chosen.name)) {
      return chosen.name + ": choose a .txt or .html file.";
    }
    return null;
  }

  function check(event) {
    if (event) event.preventDefault();
    if (busy) return;
    var controller = start(); // progress first: it shows before any work on a long text
    var wrong = problem();
    if (wrong) { stop(); showError(wrong); return; }
    hideError();
    var body = new FormData(form);
    var chosen = file && file.files && file.files.length ? file.files[0].name : null;
    fetch("/report?format=view", { method: "POST", body: body, signal: controller.signal })
      .then(function (response) {
        return response.text().then(function (raw) {
          var answer = null;
          try { answer = JSON.parse(raw); } catch (e) { answer = null; }
          if (!response.ok) {
            var message = answer && answer.error ? answer.error : "The server answered " + response.status + ".";
            if (response.status === 503) message += " Try again in a few seconds.";
            throw { message: message, detail: answer && answer.detail };
          }
          if (!answer) throw { message: "The server's answer could not be read." };
          return answer;
        });
      })
      .then(function (answer) { stop(); show(answer, chosen); })
      .catch(function (failure) {
        stop();
        if (failure && failure.name === "AbortError") { showError("Check cancelled; the text is as you left it."); return; }
        if (failure && failure.message && !(failure instanceof Error)) { showError(failure.message, failure.detail); return; }
        showError("Cannot reach the server (" + (failure && failure.message ? failure.message : "network error") +
          "); the text is as you left it.");
      });
  }

  // what changed since the last check: findings are known by rule and quoted text
  function changes(previous, now) {
    var before = new Map();
    previous.forEach(function (f) { var k = Report.key(f); before.set(k, (before.get(k) || 0) + 1); });
    var fresh = [];
    now.forEach(function (f) {
      var k = Report.key(f);
      if (before.get(k)) before.set(k, before.get(k) - 1); else fresh.push(f.id);
    });
    var after = new Map();
    now.forEach(function (f) { var k = Report.key(f); after.set(k, (after.get(k) || 0) + 1); });
    var fixed = previous.filter(function (f) {
      var k = Report.key(f);
      if (after.get(k)) { after.set(k, after.get(k) - 1); return false; }
      return true;
    });
    return { fresh: fresh, fixed: fixed };
  }

  function showChanges(diff) {
    var box = $("changes");
    while (box.firstChild) box.removeChild(box.firstChild);
    var summary = el("p", null, diff.fresh.length + " new, " + diff.fixed.length + " fixed since the last check.");
    summary.id = "changes-summary";
    box.appendChild(summary);
    if (diff.fixed.length) {
      box.appendChild(el("p", null, "Fixed:"));
      var list = el("ul", "fixed");
      diff.fixed.forEach(function (f) { list.appendChild(el("li", null, f.rule + " " + f.message)); });
      box.appendChild(list);
    }
    box.hidden = false;
  }

  function show(answer, name) {
    var view = answer.view;
    var diff = last ? changes(last.view.findings, view.findings) : { fresh: [], fixed: [] };
    $("placeholder").hidden = true;
    $("report-head").hidden = false;
    $("report-body").hidden = false;
    Report.render(view, { fresh: diff.fresh, onEdit: editPassage, setTitle: false });
    if (last) showChanges(diff); else $("changes").hidden = true;
    last = { report: answer.report, view: view, name: name };
    $("exports").hidden = false;
    checks += 1;
    document.body.dataset.checks = String(checks);
    document.body.dataset.ready = "true";
  }

  // select the finding's passage in the text pane, so the fix is typed where the problem is
  function editPassage(f) {
    var value = text.value;
    var wanted = f.quoted;
    var best = -1;
    if (wanted) {
      var at = value.indexOf(wanted);
      while (at >= 0) {
        if (best < 0 || Math.abs(at - f.start) < Math.abs(best - f.start)) best = at;
        at = value.indexOf(wanted, at + 1);
      }
    }
    var begin = best >= 0 ? best : Math.min(f.start, value.length);
    var end = best >= 0 ? best + wanted.length : begin;
    text.focus();
    text.setSelectionRange(begin, end);
    // scroll the selection into view: the share of lines above it
    var lines = value.slice(0, begin).split("\n").length;
    var total = value.split("\n").length;
    text.scrollTop = Math.max(0, text.scrollHeight * (lines - 1) / Math.max(total, 1) - text.clientHeight / 3);
  }

  function baseName() {
    var name = last && last.name ? last.name.replace(/\.[^.]+$/, "") : "";
    var title = last && last.view.article.title ? last.view.article.title : "";
    var base = (name || title || "article").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
    return (base.slice(0, 60) || "article") + ".newslint";
  }

  $("export-json").addEventListener("click", function () {
    if (!last) return;
    Report.download(baseName() + ".json", "application/json", JSON.stringify(last.report, null, 2) + "\n");
  });
  $("export-html").addEventListener("click", function () {
    if (!last) return;
    var button = $("export-html");
    button.disabled = true;
    fetch("/api/render", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(last.report)
    }).then(function (response) {
      if (!response.ok) {
        return response.json().then(function (a) { throw { message: a.error || "export failed" }; });
      }
      return response.blob();
    }).then(function (blob) {
      Report.download(baseName() + ".html", "text/html", blob);
    }).catch(function (failure) {
      showError("Could not make the HTML report: " + (failure.message || failure));
    }).then(function () { button.disabled = false; });
  });
  cancel.addEventListener("click", function () { if (busy) busy.controller.abort(); });
  form.addEventListener("submit", check);
  // Ctrl+Enter in the text checks it
  text.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) check(event);
  });
  document.body.dataset.editor = "ready";
})();
