// Reading the extension's annotation from a page, through the contract in INTERFACES.md
// ("The annotation in the page"): <replyguide-panel> and <replyguide-highlights>, open shadow roots.

const SETTLED_STATES = ['ready', 'error'];

/**
 * @typedef {object} PanelState
 * @property {number} panels   how many <replyguide-panel> elements the page has
 * @property {string} state    data-state
 * @property {string} storyPosted   data-story-posted
 * @property {string} responseCount data-response-count
 * @property {string} providerResponseCount data-provider-response-count
 * @property {string} text     the panel's visible text (its message when state is error)
 * @property {{rule: string, severity: string, message: string}[]} findings
 */

/**
 * Waits until the page has a panel in a settled state (ready or error) and returns it.
 * @param {import('playwright-core').Page} page
 * @param {{timeout?: number}} [options]
 * @returns {Promise<PanelState>}
 */
export async function waitForPanel(page, { timeout = 20_000 } = {}) {
  await page.waitForFunction((states) => {
    const panel = document.querySelector('replyguide-panel');
    return panel?.shadowRoot && states.includes(panel.dataset.state);
  }, SETTLED_STATES, { timeout, polling: 100 });
  return readPanel(page);
}

/**
 * The first panel's attributes and findings, read in the page.
 * @param {import('playwright-core').Page} page
 * @returns {Promise<PanelState>}
 */
function readPanel(page) {
  return page.evaluate(() => {
    const panel = document.querySelector('replyguide-panel');
    const root = panel.shadowRoot;
    return {
      panels: document.querySelectorAll('replyguide-panel').length,
      state: panel.dataset.state ?? '',
      storyPosted: panel.dataset.storyPosted ?? '',
      responseCount: panel.dataset.responseCount ?? '',
      providerResponseCount: panel.dataset.providerResponseCount ?? '',
      text: (root.textContent ?? '').replace(/\s+/g, ' ').trim(),
      findings: [...root.querySelectorAll('[data-rule]')].map((el) => ({
        rule: el.dataset.rule,
        severity: el.dataset.severity ?? '',
        message: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
      })),
    };
  });
}

/**
 * Waits until the panel shows every rule in `present` and none in `absent`, then waits for the
 * panel to stay unchanged for `quietMs` (the draft has been fully checked) and returns it.
 * @param {import('playwright-core').Page} page
 * @param {{present?: string[], absent?: string[], timeout?: number, quietMs?: number}} expectation
 * @returns {Promise<PanelState>}
 */
export async function waitForFindings(page, { present = [], absent = [], timeout = 20_000, quietMs = 600 }) {
  const rulesMatch = ({ present: want, absent: unwanted }) => {
    const root = document.querySelector('replyguide-panel')?.shadowRoot;
    if (!root) return false;
    const shown = new Set([...root.querySelectorAll('[data-rule]')].map((el) => el.dataset.rule));
    return want.every((rule) => shown.has(rule)) && !unwanted.some((rule) => shown.has(rule));
  };
  try {
    await page.waitForFunction(rulesMatch, { present, absent }, { timeout, polling: 100 });
    await waitForQuiet(page, quietMs, timeout);
    await page.waitForFunction(rulesMatch, { present, absent }, { timeout: 1_000, polling: 100 });
  } catch (error) {
    const panel = await readPanel(page).catch(() => null);
    throw new Error(`panel never showed ${JSON.stringify({ present, absent })}; it shows ${JSON.stringify(panel?.findings.map((f) => f.rule))} (state ${panel?.state}): ${error.message}`);
  }
  return readPanel(page);
}

/** Resolves once the panel's and the highlights' shadow roots have not changed for `quietMs`. */
function waitForQuiet(page, quietMs, timeout) {
  return page.evaluate(([quiet, limit]) => new Promise((resolve, reject) => {
    const roots = [...document.querySelectorAll('replyguide-panel, replyguide-highlights')]
      .map((el) => el.shadowRoot).filter(Boolean);
    let timer;
    const settle = () => { clearTimeout(timer); timer = setTimeout(done, quiet); };
    const observer = new MutationObserver(settle);
    const deadline = setTimeout(() => { observer.disconnect(); reject(new Error('panel kept changing')); }, limit);
    function done() { observer.disconnect(); clearTimeout(deadline); resolve(); }
    for (const root of roots) observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    for (const el of document.querySelectorAll('replyguide-panel')) observer.observe(el, { attributes: true });
    settle();
  }), [quietMs, timeout]);
}

/**
 * @typedef {object} Mark
 * @property {string} rule
 * @property {number} start  UTF-16 offset into the draft
 * @property {number} end
 * @property {{left: number, top: number, right: number, bottom: number}} rect  viewport coordinates
 */

/**
 * Every highlight box drawn for `rule` (all rules when omitted): the overlay's .rg-mark boxes, or,
 * where the browser paints the highlights (data-paint="highlight-api"), the client rects of each
 * mark's ranges in the shared highlights (added mark by mark, `ranges` of them each).
 * @param {import('playwright-core').Page} page
 * @param {string} [rule]
 * @returns {Promise<Mark[]>}
 */
export function highlightMarks(page, rule) {
  return page.evaluate((wanted) => {
    const plain = ({ left, top, right, bottom }) => ({ left, top, right, bottom });
    const found = [];
    for (const host of document.querySelectorAll('replyguide-highlights')) {
      if (host.dataset.paint !== 'highlight-api') {
        for (const mark of host.shadowRoot?.querySelectorAll('.rg-mark') ?? []) {
          found.push({ rule: mark.dataset.rule, start: Number(mark.dataset.start), end: Number(mark.dataset.end), rect: plain(mark.getBoundingClientRect()) });
        }
        continue;
      }
      const painted = { warning: [...(CSS.highlights.get('replyguide-warning') ?? [])], hint: [...(CSS.highlights.get('replyguide-hint') ?? [])] };
      for (const mark of JSON.parse(host.dataset.marks || '[]')) {
        for (const range of painted[mark.severity].splice(0, mark.ranges)) {
          for (const rect of range.getClientRects()) found.push({ rule: mark.rule, start: mark.start, end: mark.end, rect: plain(rect) });
        }
      }
    }
    return found.filter((mark) => !wanted || mark.rule === wanted);
  }, rule);
}

/**
 * How each page's reply boxes are highlighted: "highlight-api" or "overlay", one per box.
 * @param {import('playwright-core').Page} page
 * @returns {Promise<string[]>}
 */
export function highlightPaths(page) {
  return page.evaluate(() => [...document.querySelectorAll('replyguide-highlights')].map((host) => host.dataset.paint));
}

/**
 * How many checks the first panel's reply box has had (its data-check-count).
 * @param {import('playwright-core').Page} page
 * @returns {Promise<number>}
 */
export function checkCount(page) {
  return page.evaluate(() => Number(document.querySelector('replyguide-panel')?.dataset.checkCount ?? 0));
}
