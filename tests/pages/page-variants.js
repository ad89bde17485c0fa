// Page variants for metamorphic tests of the page reader: each variant keeps every word a reader
// sees and changes only the markup (class names and ids removed or replaced by utility or hashed
// classes, extra wrappers, div ↔ section/article/li, responses as table cells, headers split
// into spans, non-breaking spaces and line breaks), so its reading must equal the page's.
//
// A function body, not a module: the wasm browser tests run it with `new Function(source)()`
// (crates/wasm/tests/browser/variants.rs) and so do the end-to-end tests, in the page
// (tests/e2e/page-variants.test.mjs). It returns { VARIANTS, makeVariant, withholdResponses,
// deferResponses }.

/** Start of a response or update header (the English, Welsh and Irish wordings the reader knows),
 * perhaps after the same words in another language and a separator (`Freagra ó · Response from`). */
const HEADER = /^\s*(?:[^·/|\n]{1,24}\s[·/|]\s)?(Response\s+from|Update\s+posted\s+by|Update\s+from|Ymateb\s+gan|Diweddariad\s+gan|Freagra\s+ó)(?![\p{L}\p{N}])/iu;
const UTILITY = ['flex', 'mt-4', 'text-sm', 'p-2', 'grid', 'gap-3', 'rounded', 'shadow', 'md:w-1/2', 'text-gray-700'];

/** A small deterministic random number generator (mulberry32), so variants are reproducible. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Elements a variant leaves alone: the document's head and the reply form (the box finder is
 * tested elsewhere), but not a form around the whole page (an ASP.NET page, title and all).
 */
function untouchable(element) {
  if (element.closest('head, [contenteditable], textarea, script, style, template') !== null) return true;
  const form = element.closest('form');
  return form !== null && form.querySelector('h1') === null;
}

function bodyElements(doc) {
  return [...doc.body.querySelectorAll('*')].filter((e) => !untouchable(e));
}

/** Class names, ids and data attributes removed (microdata too). */
function stripNames(doc) {
  for (const element of bodyElements(doc)) {
    for (const name of element.getAttributeNames()) {
      if (/^(class|id|data-.*|itemprop|itemscope|itemtype|aria-labelledby)$/.test(name)) element.removeAttribute(name);
    }
  }
}

/** Class names replaced by utility classes, ids by generated ones. */
function utilityClasses(doc, rand) {
  for (const element of bodyElements(doc)) {
    element.removeAttribute('id');
    for (const name of element.getAttributeNames()) if (name.startsWith('data-')) element.removeAttribute(name);
    const count = 1 + Math.floor(rand() * 4);
    element.className = Array.from({ length: count }, () => UTILITY[Math.floor(rand() * UTILITY.length)]).join(' ');
  }
}

/** Class names replaced by hashed ones (CSS-in-JS). */
function hashedClasses(doc, rand) {
  for (const element of bodyElements(doc)) {
    element.removeAttribute('id');
    element.className = `css-${Math.floor(rand() * 0xffffff).toString(36)}`;
  }
}

/** Some block elements wrapped in one or two extra `div`s. */
function wrap(doc, rand) {
  for (const element of bodyElements(doc)) {
    if (!/^(P|H2|H3|DIV|ARTICLE|SECTION|BLOCKQUOTE|UL)$/.test(element.tagName) || rand() > 0.35) continue;
    let outer = element;
    for (let i = 0, n = 1 + Math.floor(rand() * 2); i < n; i += 1) {
      const wrapper = doc.createElement('div');
      outer.replaceWith(wrapper);
      wrapper.append(outer);
      outer = wrapper;
    }
  }
}

/** `element` replaced by a `tag` element with the same attributes and children. */
function rename(element, tag) {
  const renamed = element.ownerDocument.createElement(tag);
  for (const name of element.getAttributeNames()) renamed.setAttribute(name, element.getAttribute(name));
  renamed.append(...element.childNodes);
  element.replaceWith(renamed);
  return renamed;
}

/** Every `div` (and `article`) becomes `tag`. */
function renameBlocks(doc, tag) {
  for (const element of bodyElements(doc)) {
    if (element.tagName === 'DIV' || element.tagName === 'ARTICLE') rename(element, tag);
  }
}

/** An element's text as a reader sees its words: a `<br>` parts them. */
function shownText(element) {
  let text = '';
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) text += node.nodeValue;
    else if (node.localName === 'br') text += ' ';
  }
  return text;
}

/**
 * The responses: for each header, the largest element holding it and no other header, with the
 * elements after it up to the next header when that element is the header alone (a flat layout).
 * @returns {Element[][]}
 */
function responseGroups(doc) {
  const headers = [...doc.body.querySelectorAll('h1, h2, h3, h4, h5, h6, p, div, span, strong, b, td, th, li, small, summary, dt, dd, header')]
    .filter((e) => !untouchable(e) && HEADER.test(shownText(e)) && ![...e.children].some((c) => HEADER.test(shownText(c))));
  const holdsHeader = (element) => headers.some((h) => element.contains(h));
  const groups = [];
  for (const header of headers) {
    let element = header;
    // Up to the largest ancestor holding this header alone, below the list's heading and apart
    // from the story and the reply form.
    const isRoom = (parent) => parent !== doc.body
      && headers.filter((h) => parent.contains(h)).length === 1
      && !parent.querySelector('form, textarea, [contenteditable], h1')
      && ![...parent.children].some((c) => c !== element && /^H[1-6]$/.test(c.tagName));
    while (element.parentElement && isRoom(element.parentElement)) element = element.parentElement;
    if (groups.some((group) => group.includes(element))) continue;
    const group = [element];
    if (element.textContent.trim().length <= header.textContent.trim().length + 60) {
      for (let next = element.nextElementSibling; next && !holdsHeader(next) && !/^H[1-6]$/.test(next.tagName)
        && !next.querySelector('form, textarea, [contenteditable], h1, h2, h3, h4, h5, h6'); next = next.nextElementSibling) {
        group.push(next);
      }
    }
    groups.push(group);
  }
  return groups;
}

/** The responses' list becomes a table: one row, one cell per response (each a whole element). */
function tableCells(doc) {
  const all = responseGroups(doc);
  const groups = all.filter((group) => group.length === 1);
  // A list whose other children hold responses too (threads) keeps its order: it is left alone.
  const holdsResponse = (element) => all.flat().some((e) => element.contains(e));
  const parents = [...new Set(groups.map((group) => group[0].parentElement))].filter((parent) => [...parent.children]
    .every((child) => !holdsResponse(child) || groups.some((group) => group[0] === child)));
  for (const parent of parents) {
    const table = doc.createElement('table');
    const body = doc.createElement('tbody');
    table.append(body);
    const mine = groups.filter((group) => group[0].parentElement === parent);
    parent.insertBefore(table, mine[0][0]);
    for (const group of mine) {
      const row = doc.createElement('tr');
      const cell = doc.createElement('td');
      row.append(cell);
      body.append(row);
      for (const element of group) {
        cell.append(...element.childNodes);
        element.remove();
      }
    }
  }
}

/** The text nodes that start a response header. */
function headerTexts(doc) {
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  const found = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (HEADER.test(node.nodeValue) && !untouchable(node.parentElement)) found.push(node);
  }
  return found;
}

/** A text's leading whitespace, words and trailing whitespace (a reader sees a space for each). */
function parts(text) {
  return { lead: text.match(/^\s*/)[0], words: text.trim().split(/\s+/), trail: text.match(/\s*$/)[0] };
}

/** Each header's first words in spans of their own: `<span>Response</span> <span>from</span> …`. */
function splitHeaders(doc) {
  for (const node of headerTexts(doc)) {
    const { lead, words, trail } = parts(node.nodeValue);
    const fragment = doc.createDocumentFragment();
    fragment.append(doc.createTextNode(lead));
    words.forEach((word, i) => {
      if (i > 0) fragment.append(doc.createTextNode(' '));
      if (i < 3) {
        const span = doc.createElement('span');
        span.textContent = word;
        fragment.append(span);
      } else {
        fragment.append(doc.createTextNode(word));
      }
    });
    fragment.append(doc.createTextNode(trail));
    node.replaceWith(fragment);
  }
}

/** Headers with non-breaking spaces and line breaks in the source. */
function nonBreakingSpaces(doc) {
  for (const node of headerTexts(doc)) {
    const { lead, words, trail } = parts(node.nodeValue);
    const spaced = words.join('\u00a0').replace(/,\u00a0/, ',\n   ');
    node.nodeValue = `${lead ? '\n      ' : ''}${spaced}${trail ? '\n' : ''}`;
  }
}

/** A `<br>` after the first comma of each header. */
function lineBreakInHeaders(doc) {
  for (const node of headerTexts(doc)) {
    const text = node.nodeValue;
    const comma = text.indexOf(',');
    if (comma < 0) continue;
    const rest = doc.createTextNode(text.slice(comma + 1));
    node.nodeValue = text.slice(0, comma + 1);
    node.after(doc.createElement('br'), rest);
  }
}

/** The variants, by name: each a list of steps. */
const VARIANTS = [
  ['no names', ['strip']],
  ['utility classes', ['utility']],
  ['hashed classes', ['hashed']],
  ['no names, wrappers', ['strip', 'wrap']],
  ['no names, sections', ['strip', 'section']],
  ['no names, articles', ['strip', 'article']],
  ['no names, list items', ['strip', 'li']],
  ['no names, table cells', ['strip', 'table']],
  ['no names, split headers', ['strip', 'split']],
  ['no names, non-breaking spaces', ['strip', 'nbsp']],
  ['no names, line breaks in headers', ['strip', 'br']],
  ['utility classes, wrappers, split headers', ['utility', 'wrap', 'split']],
  ['hashed classes, sections, non-breaking spaces', ['hashed', 'section', 'nbsp']],
  ['no names, wrappers, articles, split headers, nbsp', ['strip', 'wrap', 'article', 'split', 'nbsp']],
  ['no names, table cells, split headers, line breaks', ['strip', 'table', 'split', 'br']],
  ['utility classes, table cells, wrappers', ['utility', 'table', 'wrap']],
  ['hashed classes, list items, line breaks', ['hashed', 'li', 'br']],
  ['no names, wrappers, sections, table cells', ['strip', 'wrap', 'section', 'table']],
  ['utility classes, articles, nbsp, line breaks', ['utility', 'article', 'nbsp', 'br']],
  ['hashed classes, wrappers, split headers, nbsp', ['hashed', 'wrap', 'split', 'nbsp']],
  ['no names, list items, table cells, split headers', ['strip', 'li', 'table', 'split']],
  ['utility classes, sections, wrappers, line breaks', ['utility', 'section', 'wrap', 'br']],
  ['hashed classes, table cells, articles', ['hashed', 'table', 'article']],
  ['no names, everything', ['strip', 'wrap', 'section', 'table', 'split', 'nbsp', 'br']],
];

/**
 * Turns `doc` (a parsed story page) into variant `index` of VARIANTS, in place.
 * @param {Document} doc
 * @param {number} index
 */
function makeVariant(doc, index) {
  const rand = random(index + 1);
  const steps = {
    strip: () => stripNames(doc),
    utility: () => utilityClasses(doc, rand),
    hashed: () => hashedClasses(doc, rand),
    wrap: () => wrap(doc, rand),
    section: () => renameBlocks(doc, 'section'),
    article: () => renameBlocks(doc, 'article'),
    li: () => renameBlocks(doc, 'li'),
    table: () => tableCells(doc),
    split: () => splitHeaders(doc),
    nbsp: () => nonBreakingSpaces(doc),
    br: () => lineBreakInHeaders(doc),
  };
  for (const step of VARIANTS[index][1]) steps[step]();
}

/**
 * Takes the responses out of `doc`; the function returned puts them back where they were (a list
 * filled by script after the page loaded).
 * @param {Document} doc
 * @returns {() => void}
 */
function withholdResponses(doc) {
  const placed = responseGroups(doc).flat().map((element) => {
    const marker = doc.createComment('response');
    element.replaceWith(marker);
    return { element, marker };
  });
  return () => {
    for (const { element, marker } of placed) marker.replaceWith(element);
  };
}

/**
 * Makes the page's replies arrive `ms` after load, as a list filled by script does: each is moved
 * into a <template> and an inline script puts it back where it was.
 * @param {Document} doc
 * @param {number} ms
 */
function deferResponses(doc, ms) {
  responseGroups(doc).flat().forEach((element, i) => {
    const template = doc.createElement('template');
    template.id = `late-reply-${i}`;
    element.replaceWith(doc.createComment(template.id));
    template.content.append(element);
    doc.body.append(template);
  });
  const script = doc.createElement('script');
  script.textContent = `setTimeout(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_COMMENT);
    const markers = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.data.startsWith('late-reply-')) markers.push(node);
    }
    for (const marker of markers) marker.replaceWith(document.getElementById(marker.data).content);
  }, ${ms});`;
  doc.body.append(script);
}

return { VARIANTS, makeVariant, withholdResponses, deferResponses };
