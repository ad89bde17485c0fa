// The page reader's walks over the DOM (crates/wasm/src/page/walk.rs), each done in one call from
// wasm: a crossing from wasm to the browser for every node of a story page costs more than the
// walk itself. They gather raw text only; what it means (whitespace, lines, wording) is decided in
// Rust. Nothing here changes the page.

/** Selector lists by their text (items separated by NUL), each as one matcher. */
const matchers = new Map();

/**
 * A function telling whether an element matches any of `list`'s selectors (separated by NUL):
 * one query for the whole list, or each selector on its own when the browser rejects the list
 * (a selector it cannot parse matches nothing).
 */
function matcher(list) {
  let matches = matchers.get(list);
  if (matches) return matches;
  const selectors = list.split('\u0000').filter((s) => s.trim() !== '');
  const valid = (selector) => {
    try {
      document.createDocumentFragment().querySelector(selector);
      return true;
    } catch {
      return false;
    }
  };
  const joined = selectors.join(', ');
  if (selectors.length === 0) {
    matches = () => false;
  } else if (valid(joined)) {
    matches = (element) => element.matches(joined);
  } else {
    const each = selectors.filter(valid);
    matches = (element) => each.some((s) => element.matches(s));
  }
  matchers.set(list, matches);
  return matches;
}

/** Whether `element` matches any selector of `list` (NUL-separated). */
export function matchesAny(element, list) {
  return matcher(list)(element);
}

const nameSets = new Map();

/** The tag names in `names` (separated by spaces) as a set. */
function nameSet(names) {
  let set = nameSets.get(names);
  if (!set) {
    set = new Set(names.split(' '));
    nameSets.set(names, set);
  }
  return set;
}

const nameOf = (element) => element.localName.toLowerCase();

/**
 * Whether `element` (named `name`) is a block: one of `blockNames`, or a custom block.
 */
function isBlock(element, name, blockNames) {
  return blockNames.has(name) || isCustomBlock(element, name);
}

/**
 * Whether `element` (named `name`, in lower case) is a custom element (`<co-story>`, a name with
 * a hyphen) standing apart from running text, as a page's own components are laid out; one inside
 * a sentence (`Posted <time-ago>…</time-ago> ago`) is inline. The reader's one test of it
 * (text.rs calls it too).
 */
export function isCustomBlock(element, name) {
  if (!name.includes('-')) return false;
  for (let node = element.parentNode?.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === TEXT_NODE && /\S/.test(node.nodeValue)) return false;
  }
  return true;
}
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * Every block element under `root` (and `root` itself) with inline text before its first nested
 * block, in page order, skipping elements named in `unread` and whatever matches `skipped`
 * (with all they hold). A block's text is its text nodes up to its first nested block (at most
 * about `maxChars`), `<br>` written as `lineBreak`, inline elements named in `unread`, buttons
 * and those whose attributes match `skipped` (an icon's hidden initials) left out. Returns `[elements, texts]`: the blocks, and their texts joined with `separator`.
 */
export function blockLines(root, skipped, unread, blocks, maxChars, lineBreak, separator) {
  const skip = matcher(skipped);
  const unreadNames = nameSet(unread);
  const blockNames = nameSet(blocks);
  const elements = [];
  const texts = [];
  const stack = [root];
  while (stack.length > 0) {
    const element = stack.pop();
    const name = nameOf(element);
    if (unreadNames.has(name) || skip(element)) continue;
    if (isBlock(element, name, blockNames) || element === root) {
      const text = leadingText(element, skip, unreadNames, blockNames, maxChars, lineBreak);
      if (/\S/.test(text)) {
        elements.push(element);
        texts.push(text);
      }
    }
    for (let child = element.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
  }
  return [elements, texts.join(separator)];
}

function leadingText(block, skip, unreadNames, blockNames, maxChars, lineBreak) {
  let text = '';
  const stack = [];
  for (let child = block.lastChild; child; child = child.previousSibling) stack.push(child);
  while (stack.length > 0 && text.length <= maxChars) {
    const node = stack.pop();
    if (node.nodeType === TEXT_NODE) {
      text += node.nodeValue;
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const name = nameOf(node);
    if (isBlock(node, name, blockNames)) break;
    if (name === 'br') {
      text += lineBreak;
    } else if (!unreadNames.has(name) && name !== 'button' && !(node.hasAttributes() && skip(node))) {
      for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
    }
  }
  return text;
}

/**
 * The raw text of `root`, leaving out elements matching `excluded` (NUL-separated) and the
 * elements of `leftOut`: text nodes as they are, `<br>` as `lineBreak`, `paragraph` before and
 * after each block element (named in `blocks`).
 */
export function blockText(root, excluded, leftOut, blocks, paragraph, lineBreak) {
  const matches = matcher(excluded);
  const skip = leftOut.length === 0 ? matches : (element) => leftOut.includes(element) || matches(element);
  const blockNames = nameSet(blocks);
  const parts = [];
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null) {
      parts.push(paragraph);
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      parts.push(node.nodeValue);
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE || skip(node)) continue;
    const name = nameOf(node);
    if (name === 'br') {
      parts.push(lineBreak);
      continue;
    }
    if (isBlock(node, name, blockNames)) {
      parts.push(paragraph);
      // Its end: a paragraph follows it too.
      stack.push(null);
    }
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return parts.join('');
}
