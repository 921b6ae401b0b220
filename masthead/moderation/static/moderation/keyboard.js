/* Keyboard moderation: j/k move, a approve, r reject, e edit, x select, o open,
 * u undo, ? help.
 * Every key only presses a button or follows a link that is already on the page,
 * so the desk works the same without this script. Keys are matched by their place
 * on the keyboard (event.code), so they work under a Korean, Uyghur or Tibetan
 * layout as under a Latin one. */
(function () {
  "use strict";

  var rows = [];
  var current = -1;
  var help = null;

  function typing(target) {
    var tag = target && target.tagName;
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" ||
      (target && target.isContentEditable);
  }

  function select(index, keepFocus) {
    if (!rows.length) return;
    index = Math.max(0, Math.min(rows.length - 1, index));
    if (current >= 0 && rows[current]) rows[current].classList.remove("selected");
    current = index;
    var row = rows[current];
    row.classList.add("selected");
    if (keepFocus) return;
    row.focus({ preventScroll: true });
    row.scrollIntoView({ block: "nearest" });
  }

  function selectedRow() {
    return current >= 0 ? rows[current] : null;
  }

  function formFor(row, url) {
    if (!row || !url) return null;
    var forms = row.querySelectorAll("form");
    for (var i = 0; i < forms.length; i++) {
      if (forms[i].getAttribute("action") === url) return forms[i];
    }
    return null;
  }

  function submit(form) {
    if (!form) return;
    if (form.requestSubmit) form.requestSubmit(); else form.submit();
  }

  function approve(row) {
    submit(formFor(row, row && row.dataset.approveUrl));
  }

  function reject(row) {
    var form = formFor(row, row && row.dataset.rejectUrl);
    var reason = form && form.querySelector("select[name=reason]");
    if (reason) reason.focus();
  }

  function toggleChecked(row) {
    var box = row && row.querySelector("[data-select]");
    if (!box) return;
    box.checked = !box.checked;
    box.dispatchEvent(new Event("change", { bubbles: true }));
  }

  function helpOpen() {
    return help && (!help.hidden || window.location.hash === "#keyboard-help");
  }

  function toggleHelp(show) {
    if (!help) return;
    if (window.location.hash === "#keyboard-help") {
      history.replaceState(null, "", window.location.pathname + window.location.search);
    }
    help.hidden = !show;
    if (show) help.querySelector("h2").setAttribute("tabindex", "-1");
    if (show) help.querySelector("h2").focus();
    else if (selectedRow()) selectedRow().focus({ preventScroll: true });
  }

  var keys = {
    KeyJ: function () { select(current + 1); },
    KeyK: function () { select(current - 1); },
    KeyA: function () { approve(selectedRow()); },
    KeyR: function () { reject(selectedRow()); },
    KeyE: function () {
      var row = selectedRow();
      if (row && row.dataset.editUrl) window.location.href = row.dataset.editUrl;
    },
    KeyO: function () {
      var row = selectedRow();
      if (row && row.dataset.detailUrl) window.location.href = row.dataset.detailUrl;
    },
    KeyX: function () { toggleChecked(selectedRow()); },
  };

  function onKey(event) {
    if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
    if (event.key === "Escape" && helpOpen()) {
      toggleHelp(false);
      event.preventDefault();
      return;
    }
    if (typing(event.target)) {
      onTypingKey(event);
      return;
    }
    // The physical key, so that undo works under any keyboard layout.
    if (event.code === "KeyU" && !helpOpen()) {
      submit(document.querySelector("form[data-undo]"));
      event.preventDefault();
      return;
    }
    if (isHelpKey(event)) {
      toggleHelp(!helpOpen());
      event.preventDefault();
      return;
    }
    var action = event.shiftKey ? null : keys[event.code];
    if (action && !helpOpen()) {
      action();
      event.preventDefault();
    }
  }

  /* "?" is Shift and the key right of the full stop on most layouts; where the layout
   * puts it elsewhere, the typed character still counts. */
  function isHelpKey(event) {
    return (event.code === "Slash" && event.shiftKey) || event.key === "?";
  }

  /* In a row's reason list, Enter rejects with the chosen reason and Escape goes back. */
  function onTypingKey(event) {
    var target = event.target;
    if (target.tagName !== "SELECT" || target.name !== "reason") return;
    if (event.key === "Enter" && target.value) {
      event.preventDefault();
      submit(target.form);
    } else if (event.key === "Escape" && selectedRow()) {
      selectedRow().focus({ preventScroll: true });
    }
  }

  /* The undo offer, and the message it sits in, go when the undo window closes. */
  function expireUndo() {
    var form = document.querySelector("form[data-undo]");
    if (!form) return;
    window.setTimeout(function () {
      var message = form.closest(".message");
      form.remove();
      if (message) message.remove();
    }, Number(form.dataset.undoSeconds) * 1000);
  }

  function initialIndex() {
    var hash = window.location.hash.slice(1);
    for (var i = 0; i < rows.length; i++) {
      if (rows[i].id === hash) return i;
    }
    return 0;
  }

  function start() {
    rows = Array.prototype.slice.call(document.querySelectorAll("[data-approve-url]"));
    help = document.getElementById("keyboard-help");
    rows.forEach(function (row, index) {
      row.addEventListener("click", function (event) {
        var control = event.target.closest("a, button, select, input, textarea, label");
        if (current !== index) select(index, Boolean(control));
      });
      var box = row.querySelector("[data-select]");
      if (box) box.addEventListener("change", function () {
        row.classList.toggle("checked", box.checked);
      });
    });
    var close = help && help.querySelector(".help-close");
    if (close) close.addEventListener("click", function (event) {
      event.preventDefault();
      toggleHelp(false);
    });
    if (rows.length) select(initialIndex());
    expireUndo();
    document.addEventListener("keydown", onKey);
    document.documentElement.classList.add("keyboard-ready");
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
