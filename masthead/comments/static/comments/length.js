// Keep the comment form's "Characters left" note true as the reader types. The page
// says the same without this script; it only saves a round trip.
(function () {
  "use strict";
  var note = document.getElementById("comment-length");
  var body = note && document.querySelector("textarea[aria-describedby~='comment-length']");
  if (!body) return;
  var limit = parseInt(note.dataset.limit, 10);
  var left = note.querySelector(".length-left");
  var over = note.querySelector(".length-over");
  var digits = new Intl.NumberFormat(document.documentElement.lang, { useGrouping: false });

  function update() {
    // Count as the server does: one character per line break, code points not halves.
    var length = Array.from(body.value.replace(/\r\n?/g, "\n")).length;
    left.querySelector(".length-count").textContent = digits.format(Math.max(0, limit - length));
    over.querySelector(".length-count").textContent = digits.format(Math.max(0, length - limit));
    left.hidden = length > limit;
    over.hidden = length <= limit;
  }
  body.addEventListener("input", update);
  update();
})();
