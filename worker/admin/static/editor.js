// kasuguard admin: live preview and inline problems while a template is edited.
// Plain JavaScript, no framework. The server checks and renders; this only asks as you type.
(function () {
  "use strict";
  var form = document.getElementById("edit-form");
  if (!form) return;
  var body = document.getElementById("body");
  var sample = document.getElementById("sample");
  var preview = document.getElementById("preview");
  var issues = document.getElementById("issues");
  var token = document.querySelector('meta[name="csrf-token"]').getAttribute("content");
  var lineLabel = form.dataset.lineLabel;
  var timer = null;
  var sequence = 0;

  function lineText(n) {
    return body.value.split("\n")[n - 1] || "";
  }

  function showIssues(list, okText, problemsTitle) {
    issues.textContent = "";
    if (!list.length) {
      issues.className = "issues ok";
      var p = document.createElement("p");
      p.textContent = okText;
      issues.appendChild(p);
      return;
    }
    issues.className = "issues";
    var h = document.createElement("h3");
    h.textContent = problemsTitle;
    issues.appendChild(h);
    var ul = document.createElement("ul");
    list.forEach(function (issue) {
      var li = document.createElement("li");
      li.dataset.line = issue.line || "";
      if (issue.line) {
        var strong = document.createElement("strong");
        strong.textContent = lineLabel.replace("{line}", issue.line);
        li.appendChild(strong);
        li.appendChild(document.createTextNode(": "));
      }
      var message = document.createElement("span");
      message.className = "message";
      message.textContent = issue.message;
      li.appendChild(message);
      if (issue.line) {
        var code = document.createElement("code");
        code.className = "line-text";
        code.textContent = lineText(issue.line).trim();
        li.appendChild(document.createTextNode(" "));
        li.appendChild(code);
      }
      // The engine's own words, folded away: for a developer, not the admin.
      var details = document.createElement("details");
      details.className = "detail";
      var summary = document.createElement("summary");
      summary.textContent = form.dataset.detailLabel;
      var detail = document.createElement("code");
      detail.textContent = issue.detail || "";
      details.appendChild(summary);
      details.appendChild(detail);
      li.appendChild(details);
      ul.appendChild(li);
    });
    issues.appendChild(ul);
  }

  // Remember the page's own wording for the two states, so replies need no translation table.
  var okText = form.dataset.okText || "";
  var problemsTitle = form.dataset.problemsTitle || "";

  function refresh() {
    var mine = ++sequence;
    fetch(form.dataset.previewUrl, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRFToken": token },
      body: JSON.stringify({ body: body.value, sample: sample.value }),
    })
      .then(function (response) {
        if (!response.ok) throw new Error(String(response.status));
        return response.json();
      })
      .then(function (data) {
        if (mine !== sequence) return; // an older answer arriving late
        showIssues(data.issues, okText, problemsTitle);
        if (data.ok) {
          preview.textContent = data.text;
          preview.className = "";
        } else {
          preview.className = "stale";
        }
        preview.dataset.state = data.ok ? "ok" : "broken";
      })
      .catch(function () {
        if (mine !== sequence) return;
        preview.className = "stale";
        preview.dataset.state = "error";
        issues.className = "issues";
        issues.textContent = form.dataset.errorText;
      });
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(refresh, 300);
  }

  // Clicking a problem selects its line in the editor.
  issues.addEventListener("click", function (event) {
    var li = event.target.closest("li[data-line]");
    if (!li || !li.dataset.line) return;
    var n = parseInt(li.dataset.line, 10);
    var lines = body.value.split("\n");
    var start = lines.slice(0, n - 1).join("\n").length + (n > 1 ? 1 : 0);
    body.focus();
    body.setSelectionRange(start, start + (lines[n - 1] || "").length);
  });

  // The palette: each snippet gets a button inserting it at the cursor (without JavaScript the
  // snippets are plain text to copy). The cursor lands inside a block, ready to type.
  function insertSnippet(text, cursor) {
    var start = body.selectionStart;
    var end = body.selectionEnd;
    body.setRangeText(text, start, end, "end");
    body.focus();
    body.setSelectionRange(start + cursor, start + cursor);
    refresh();
  }

  Array.prototype.forEach.call(document.querySelectorAll("code.snippet"), function (code) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "insert secondary";
    button.id = "insert-" + code.id.replace(/^snippet-/, "");
    button.textContent = form.dataset.insertLabel;
    // Keep the textarea's selection: a mousedown on the button would otherwise take focus first.
    button.addEventListener("mousedown", function (event) {
      event.preventDefault();
    });
    button.addEventListener("click", function () {
      insertSnippet(code.dataset.snippet, parseInt(code.dataset.cursor, 10));
    });
    code.parentNode.insertBefore(button, code);
  });

  body.addEventListener("input", schedule);
  sample.addEventListener("change", refresh);
  preview.dataset.state = preview.className === "stale" ? "broken" : "ok";
})();
