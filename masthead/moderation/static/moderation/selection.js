/* The bulk bar: count what is selected, select the whole page, and confirm with the
 * count before selecting everything the filter matches. Without this script the
 * boxes still post, and the "matching" link leads to a page that confirms. */
(function () {
  "use strict";

  function boxes() {
    return Array.prototype.slice.call(document.querySelectorAll("[data-select]"));
  }

  function showCount() {
    var output = document.querySelector("[data-selected-count]");
    if (!output) return;
    output.textContent = String(boxes().filter(function (box) {
      return box.checked;
    }).length);
  }

  function selectPage() {
    boxes().forEach(function (box) {
      if (box.checked) return;
      box.checked = true;
      box.dispatchEvent(new Event("change", { bubbles: true }));
    });
  }

  function start() {
    var page = document.querySelector("[data-select-page]");
    if (page) {
      page.hidden = false;
      page.addEventListener("click", selectPage);
    }
    var matching = document.querySelector("[data-select-matching]");
    if (matching) matching.addEventListener("click", function (event) {
      if (!window.confirm(matching.dataset.confirm)) event.preventDefault();
    });
    document.addEventListener("change", function (event) {
      if (event.target.matches("[data-select]")) showCount();
    });
    showCount();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
