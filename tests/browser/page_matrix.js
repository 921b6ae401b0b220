// One view of a page measured in one call: sideways overflow, the font size of each
// kind of text, elements drawn outside the viewport and, when `glyphs` is set,
// characters drawn as the .notdef box (tofu). Returns plain data for Python to judge.
async ({ roles, glyphs }) => {
  // The page is measured from DOMContentLoaded: its stylesheet and fonts are waited
  // for, its pictures are not (their width and height attributes hold their room).
  await Promise.all(
    [...document.querySelectorAll("link[rel=stylesheet]")]
      .filter((link) => !link.sheet)
      .map((link) => new Promise((done) => link.addEventListener("load", done, { once: true }))),
  );
  document.body.getBoundingClientRect(); // lay out, so the fonts it needs start loading
  await document.fonts.ready;
  const viewport = document.documentElement.clientWidth;
  // Text a sighted reader never sees: the skip link until focused, screen-reader
  // text, the honeypot field.
  const unseen = ".skip-link:not(:focus), .visually-hidden, .comment-hp";
  const drawn = (element) => {
    const box = element.getBoundingClientRect();
    return (
      box.width > 0 &&
      box.height > 0 &&
      getComputedStyle(element).visibility !== "hidden" &&
      !element.closest(unseen)
    );
  };
  // Content scrolled or clipped inside a box is not drawn outside it; the box is
  // measured itself.
  const clipping = new Map();
  const clippedByAncestor = (element) => {
    const up = element.parentElement;
    if (!up || up === document.body) return false;
    if (!clipping.has(up)) {
      clipping.set(up, getComputedStyle(up).overflowX !== "visible" || clippedByAncestor(up));
    }
    return clipping.get(up);
  };
  const describe = (element) => {
    const classes = [...element.classList].join(".");
    return element.tagName.toLowerCase() + (classes ? "." + classes : "");
  };

  const sizes = {};
  for (const [role, selector] of Object.entries(roles)) {
    const found = [...document.querySelectorAll(selector)].filter(drawn);
    if (found.length) {
      sizes[role] = Math.max(...found.map((e) => parseFloat(getComputedStyle(e).fontSize)));
    }
  }

  const outside = [];
  for (const element of document.querySelectorAll("body *")) {
    const box = element.getBoundingClientRect();
    if (box.left >= -1 && box.right <= viewport + 1) continue;
    if (drawn(element) && !clippedByAncestor(element)) {
      outside.push(`${describe(element)} [${Math.round(box.left)}, ${Math.round(box.right)}]`);
    }
  }

  const tofu = [];
  if (glyphs) {
    // Group the visible characters by the font stack that draws them.
    const stacks = new Map();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !drawn(parent) || parent.closest("script, style")) continue;
      const family = getComputedStyle(parent).fontFamily;
      if (!stacks.has(family)) stacks.set(family, new Set());
      for (const character of node.textContent) stacks.get(family).add(character);
    }
    const canvas = Object.assign(document.createElement("canvas"), { width: 64, height: 64 });
    const context = canvas.getContext("2d", { willReadFrequently: true });
    const metrics = (text) => {
      const m = context.measureText(text);
      return [m.width, m.actualBoundingBoxLeft, m.actualBoundingBoxRight,
        m.actualBoundingBoxAscent, m.actualBoundingBoxDescent].map((v) => v.toFixed(2)).join();
    };
    // Box-shaped letters (中, 由) share the box's metrics: compare their pixels.
    const pixels = (text) => {
      context.clearRect(0, 0, 64, 64);
      context.fillText(text, 16, 40);
      return context.getImageData(0, 0, 64, 64).data.join();
    };
    for (const [family, characters] of stacks) {
      context.font = `32px ${family}`;
      // U+0378 is unassigned: no font has it, so it is always drawn as .notdef.
      const notdef = metrics("\u0378");
      let notdefPixels = null;
      for (const character of characters) {
        if (/[\s\p{Cf}\p{Cc}]/u.test(character)) continue;
        if (metrics(character) !== notdef) continue;
        notdefPixels ??= pixels("\u0378");
        if (pixels(character) === notdefPixels) tofu.push(character);
      }
    }
  }

  return {
    overflow: document.documentElement.scrollWidth - viewport,
    sizes,
    outside: outside.slice(0, 5),
    outsideCount: outside.length,
    tofu: [...new Set(tofu)].slice(0, 12).join(""),
  };
}
