// Typing into a page's reply box (a <textarea> or a contenteditable editor) the way a person does,
// and measuring where words sit in it.

/**
 * Replaces the reply box's content by typing `text` key by key (the extension sees real input events).
 * @param {import('playwright-core').Page} page
 * @param {string} selector the reply box
 * @param {string} text
 * @param {{delay?: number}} [options] milliseconds between keys
 */
export async function typeDraft(page, selector, text, { delay = 4 } = {}) {
  const box = page.locator(selector);
  await box.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await box.pressSequentially(text, { delay });
}

/**
 * What the reply box holds: a textarea's value, an editor's innerText.
 * @param {import('playwright-core').Page} page
 * @param {string} selector
 * @returns {Promise<string>}
 */
export function replyBoxText(page, selector) {
  return page.locator(selector).evaluate((box) => (box instanceof HTMLTextAreaElement ? box.value : box.innerText));
}

/**
 * Elements inside a contenteditable reply box that typing alone would not have made: anything
 * but p/br/div, and anything carrying an attribute that names the extension.
 * @param {import('playwright-core').Page} page
 * @param {string} selector
 * @returns {Promise<string[]>} outerHTML of each such element
 */
export function foreignElementsIn(page, selector) {
  return page.locator(selector).evaluate((box) => [...box.querySelectorAll('*')]
    .filter((el) => !['P', 'BR', 'DIV'].includes(el.tagName)
      || [...el.attributes].some((a) => /rg-|replyguide/i.test(`${a.name}=${a.value}`)))
    .map((el) => el.outerHTML));
}

/**
 * The viewport rectangles of the first occurrence of `phrase` in the reply box. For a
 * contenteditable box a DOM Range gives them; for a textarea an invisible mirror <div> with the
 * textarea's box, font and wrapping lays the text out the same way.
 * @param {import('playwright-core').Page} page
 * @param {string} selector
 * @param {string} phrase
 * @returns {Promise<{left: number, top: number, right: number, bottom: number}[]>}
 */
export function phraseRects(page, selector, phrase) {
  return page.locator(selector).evaluate((box, wanted) => {
    const plain = ({ left, top, right, bottom }) => ({ left, top, right, bottom });
    if (!(box instanceof HTMLTextAreaElement)) {
      const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.data.indexOf(wanted);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        return [...range.getClientRects()].map(plain);
      }
      throw new Error(`"${wanted}" is not in one text node of the editor`);
    }
    const at = box.value.indexOf(wanted);
    if (at < 0) throw new Error(`"${wanted}" is not in the textarea`);
    const style = getComputedStyle(box);
    const mirror = document.createElement('div');
    for (const property of ['fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'lineHeight', 'letterSpacing',
      'wordSpacing', 'textIndent', 'textTransform', 'tabSize', 'direction', 'paddingTop', 'paddingRight',
      'paddingBottom', 'paddingLeft', 'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth']) {
      mirror.style[property] = style[property];
    }
    const where = box.getBoundingClientRect();
    // clientWidth excludes the borders and any scrollbar: the width the text really wraps in.
    const textWidth = box.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    Object.assign(mirror.style, {
      position: 'fixed', left: `${where.left}px`, top: `${where.top - box.scrollTop}px`, margin: '0',
      boxSizing: 'content-box', width: `${textWidth}px`, borderStyle: 'solid', borderColor: 'transparent',
      whiteSpace: 'pre-wrap', overflowWrap: 'break-word', visibility: 'hidden', pointerEvents: 'none',
    });
    const marked = document.createElement('span');
    marked.textContent = box.value.slice(at, at + wanted.length);
    mirror.append(box.value.slice(0, at), marked, box.value.slice(at + wanted.length));
    document.body.append(mirror);
    const rects = [...marked.getClientRects()].map(plain);
    mirror.remove();
    return rects;
  }, phrase);
}

/**
 * Whether two viewport rectangles overlap by more than `slack` pixels each way.
 * @param {{left: number, top: number, right: number, bottom: number}} a
 * @param {{left: number, top: number, right: number, bottom: number}} b
 */
export function rectsOverlap(a, b, slack = 1) {
  return Math.min(a.right, b.right) - Math.max(a.left, b.left) > slack
    && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > slack;
}

/** What a person clicks to open a reply box that a page shows only on request. */
const RESPOND_CONTROL = /^\s*(respond|reply|write a response|add (a |your )?response|ymateb)\b/i;

/**
 * Makes a late reply box appear the way a person would and waits until it is visible: clicks the
 * control `_fixture.reply_box.appears_after_click` names, or, when it is `true` or for a box that is neither on the page
 * when it loads nor due after a delay (`present_on_load` false, `appears_after_ms` null), the
 * page's "Respond" button or link.
 * @param {import('playwright-core').Page} page
 * @param {{selector: string, appears_after_click?: string|boolean, present_on_load?: boolean,
 *   appears_after_ms?: number|null}} replyBox `_fixture.reply_box`
 */
export async function revealReplyBox(page, replyBox) {
  if (typeof replyBox.appears_after_click === 'string') {
    await page.locator(replyBox.appears_after_click).click();
  } else if (replyBox.appears_after_click === true
    || (replyBox.present_on_load === false && replyBox.appears_after_ms == null)) {
    await page.locator('button, a, [role="button"]').filter({ hasText: RESPOND_CONTROL }).first().click();
  }
  await page.locator(replyBox.selector).waitFor({ state: 'visible', timeout: 15_000 });
}

/**
 * Where the caret (the selection's focus) is in the reply box, as an offset into its text: a
 * textarea's selectionEnd, or for an editor the length of the text from its start to the caret
 * (null when the selection is outside the editor).
 * @param {import('playwright-core').Page} page
 * @param {string} selector
 * @returns {Promise<number|null>}
 */
export function caretOffset(page, selector) {
  return page.locator(selector).evaluate((box) => {
    if (box instanceof HTMLTextAreaElement) return box.selectionEnd;
    const selection = getSelection();
    if (!selection.rangeCount || !box.contains(selection.focusNode)) return null;
    const before = document.createRange();
    before.selectNodeContents(box);
    before.setEnd(selection.focusNode, selection.focusOffset);
    return before.toString().length;
  });
}
