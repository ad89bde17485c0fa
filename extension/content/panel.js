// The <replyguide-panel> shown after a reply box: what the page said about the story (as host
// attributes), a summary, and one entry per finding with its "why", its guideline and a dismiss
// button. Page text only ever goes in through textContent.
import { openHistoryPage } from './history.js';
import { t } from '../shared/i18n.js';
import { PANEL_TAG, createShadowHost } from './shadow-host.js';
import { onlyTrusted } from './trusted-action.js';

const CSS = `
  :host { all: initial; display: block; margin: 0.75rem 0; }
  .rg-panel { font: 14px/1.45 system-ui, sans-serif; color: #1d1d1b; background: #f4fbfa;
    border: 1px solid #9fd3cd; border-left: 4px solid #0f766e; border-radius: 6px; padding: 0.6rem 0.9rem; }
  .rg-header { display: flex; flex-wrap: wrap; gap: 0.25rem 0.75rem; align-items: baseline; }
  .rg-title { font-weight: 700; color: #0f5f59; }
  .rg-summary:focus { outline: 2px solid #0f766e; outline-offset: 2px; }
  .rg-status, .rg-notice { margin: 0.4rem 0 0; }
  .rg-notice { padding: 0.35rem 0.6rem; background: #fff8ec; border-left: 3px solid #c27c0e; }
  :host([data-state="error"]) .rg-status { color: #8a1c1c; }
  .rg-findings { list-style: none; margin: 0.4rem 0 0; padding: 0; }
  .rg-finding { display: grid; grid-template-columns: 1fr auto; gap: 0.15rem 0.75rem;
    margin: 0.4rem 0 0; padding: 0.4rem 0 0; border-top: 1px solid #cfe7e4; }
  .rg-line { margin: 0; }
  .rg-severity { font-size: 0.72rem; font-weight: 700; text-transform: uppercase; letter-spacing: 0.03em;
    padding: 0 0.3rem; border-radius: 3px; margin-right: 0.4rem; vertical-align: 0.1em; }
  .rg-finding--warning .rg-severity { background: #fde7c7; color: #7a3e00; }
  .rg-finding--hint .rg-severity { background: #d5efec; color: #0f5f59; }
  .rg-why { grid-column: 1 / -1; }
  .rg-why summary { cursor: pointer; color: #0f5f59; width: max-content; font-size: 0.9rem; }
  .rg-guideline { margin: 0.3rem 0; padding-left: 0.6rem; border-left: 3px solid #9fd3cd; font-style: italic; }
  .rg-reason, .rg-suggestion { margin: 0.3rem 0 0; }
  .rg-dismiss { align-self: start; font: inherit; font-size: 0.8rem; color: #0f5f59; background: #fff;
    border: 1px solid #9fd3cd; border-radius: 4px; padding: 0.05rem 0.45rem; cursor: pointer; }
  .rg-apply { grid-column: 1 / -1; justify-self: start; font: inherit; font-size: 0.85rem; color: #fff;
    background: #0f766e; border: 1px solid #0f766e; border-radius: 4px; padding: 0.05rem 0.5rem; cursor: pointer; }
  .rg-apply:focus-visible { outline: 2px solid #0f766e; outline-offset: 2px; }
  summary:focus-visible, .rg-dismiss:focus-visible { outline: 2px solid #0f766e; outline-offset: 2px; }
  .rg-turn-off { display: block; margin: 0.4rem 0 0; font: inherit; font-size: 0.8rem; color: #5b3a00; background: none;
    border: 0; padding: 0; text-decoration: underline; cursor: pointer; }
  .rg-turn-off:focus-visible { outline: 2px solid #0f766e; outline-offset: 2px; }
  .rg-related { grid-column: 1 / -1; margin: 0.1rem 0 0; padding-left: 0.6rem; border-left: 3px solid #9fd3cd;
    font-size: 0.85rem; color: #3d4a48; }
  .rg-related-similarity { font-weight: 700; color: #1d1d1b; }
  .rg-related a, .rg-history { color: #0f5f59; text-decoration: underline; }
  .rg-footer { margin: 0.5rem 0 0; font-size: 0.8rem; text-align: right; }
  .rg-history { font: inherit; background: none; border: 0; padding: 0; cursor: pointer; }
  .rg-related a:focus-visible, .rg-history:focus-visible { outline: 2px solid #0f766e; outline-offset: 2px; }
  .rg-visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden;
    clip-path: inset(50%); white-space: nowrap; }
`;

/**
 * @typedef {object} PanelItem
 * @property {string} id identifies the entry from one check to the next
 * @property {string} dismissKey what dismissing it passes to onDismiss
 * @property {(() => void)|null} turnOff turns its guideline off everywhere, or null when not allowed
 * @property {(() => void)|null} applyFix puts the finding's suggestion in place of the flagged words,
 *   or null when it has none
 * @property {object} finding a ReportedFinding from the engine
 */

/**
 * @typedef {object} Panel
 * @property {HTMLElement} host the <replyguide-panel> element
 * @property {(story: object|null) => void} showStory records what was read off the page
 * @property {(text: string|null) => void} showNotice a note above the findings (e.g. settings ignored)
 * @property {(message: string) => void} showError error state, with a readable message
 * @property {(items: PanelItem[], dismissedCount: number) => void} showFindings ready state, with these findings
 * @property {(milliseconds: number) => void} recordCheckTime keystroke pause → rendered, for benchmarks
 * @property {() => void} remove
 */

/**
 * @param {string} tag
 * @param {string} className
 * @param {string} [text] set with textContent
 * @returns {HTMLElement}
 */
function element(tag, className, text) {
  const node = document.createElement(tag);
  node.className = className;
  if (text != null) node.textContent = text;
  return node;
}

/**
 * @param {number} count findings shown
 * @param {number} dismissedCount findings dismissed for this draft
 * @returns {string}
 */
function summaryText(count, dismissedCount) {
  let summary;
  if (count === 0) summary = t('summaryNone');
  else if (count === 1) summary = t('summaryOne');
  else summary = t('summaryMany', count);
  return dismissedCount > 0 ? `${summary} ${t('summaryDismissed', dismissedCount)}` : summary;
}

/**
 * The address of a story to link to, or null when it is not a web address.
 * @param {unknown} url
 * @returns {URL|null}
 */
function storyLink(url) {
  try {
    const link = new URL(String(url));
    return link.protocol === 'https:' || link.protocol === 'http:' ? link : null;
  } catch {
    return null;
  }
}

/**
 * Where a `repeated-response` finding's earlier reply is: "Earlier reply: <story link> · 2 January
 * 2025 · 87% similar". The link opens the story in a new tab when the person follows it; nothing is
 * fetched.
 * @param {{story_url?: string|null, posted?: string|null, similarity: number}} related
 * @returns {HTMLParagraphElement}
 */
function relatedReply(related) {
  const note = element('p', 'rg-related', t('relatedEarlierReply'));
  const parts = [];
  const link = storyLink(related.story_url);
  if (link) {
    const anchor = element('a', '', `${link.host}${link.pathname.replace(/\/$/, '')}`);
    anchor.href = link.href;
    anchor.target = '_blank';
    anchor.rel = 'noopener noreferrer';
    parts.push(anchor);
  } else if (related.story_url) {
    parts.push(String(related.story_url));
  }
  const posted = related.posted ? new Date(related.posted) : null;
  if (posted && !Number.isNaN(posted.getTime())) {
    parts.push(posted.toLocaleDateString(t('dateLocale'), { day: 'numeric', month: 'long', year: 'numeric' }));
  }
  const percent = Math.floor(related.similarity * 100);
  parts.push(element('span', 'rg-related-similarity', t('relatedSimilarity', percent)));
  parts.forEach((part, i) => note.append(i === 0 ? ' ' : ' · ', part));
  note.dataset.similarity = String(percent);
  return note;
}

/**
 * The "Apply: ‘you’" button of a finding with a suggestion. Pressing it with the mouse leaves the
 * focus (and so the caret) in the reply box.
 * @param {object} finding
 * @param {() => void} onApply
 * @returns {HTMLButtonElement}
 */
function applyFixButton(finding, onApply) {
  const button = element('button', 'rg-apply', t('findingApplyFix', finding.suggestion));
  button.type = 'button';
  button.setAttribute('aria-label', t('findingApplyFixLabel', finding.suggestion));
  button.addEventListener('mousedown', (event) => event.preventDefault());
  button.addEventListener('click', onlyTrusted(onApply));
  return button;
}

/**
 * Builds the entry of one finding.
 * @param {object} finding
 * @param {() => void} onDismiss
 * @param {(() => void)|null} onTurnOff turns the guideline off everywhere; null when not allowed
 * @param {(() => void)|null} onApplyFix applies the suggestion; null when there is none
 * @returns {HTMLLIElement}
 */
function findingEntry(finding, onDismiss, onTurnOff, onApplyFix) {
  const warning = finding.severity === 'warning';
  const entry = element('li', `rg-finding rg-finding--${warning ? 'warning' : 'hint'}`);
  const line = element('p', 'rg-line');
  const message = element('span', 'rg-message', finding.message);
  message.dataset.rule = finding.rule;
  message.dataset.severity = finding.severity;
  line.append(element('span', 'rg-severity', t(warning ? 'severityWarning' : 'severityHint')), message);

  const dismiss = element('button', 'rg-dismiss', t('findingDismiss'));
  dismiss.type = 'button';
  dismiss.setAttribute('aria-label', t('findingDismissLabel', finding.message));
  dismiss.addEventListener('click', onlyTrusted(onDismiss));

  const why = element('details', 'rg-why');
  why.append(element('summary', '', t('findingWhy')));
  if (finding.guideline) {
    const quote = element('blockquote', 'rg-guideline', finding.guideline);
    quote.setAttribute('aria-label', t('findingGuideline'));
    why.append(quote);
  }
  if (finding.why) why.append(element('p', 'rg-reason', finding.why));
  if (finding.suggestion) why.append(element('p', 'rg-suggestion', t('findingSuggestion', finding.suggestion)));
  if (onTurnOff) {
    // Inside "Why?", away from "Dismiss for this draft", and worded so the two are not confused.
    const turnOff = element('button', 'rg-turn-off', t('findingTurnOff'));
    turnOff.type = 'button';
    turnOff.addEventListener('click', onlyTrusted(onTurnOff));
    why.append(turnOff);
  }
  entry.append(line, dismiss);
  if (onApplyFix) entry.append(applyFixButton(finding, onApplyFix));
  if (finding.related) entry.append(relatedReply(finding.related));
  entry.append(why);
  return entry;
}

/**
 * Inserts a panel (in the loading state) right after `anchor`.
 * @param {Element} anchor the reply box, or its editor's outer container
 * @param {(dismissKey: string) => void} onDismiss called when the person dismisses a finding
 * @returns {Panel}
 */
export function createPanel(anchor, onDismiss) {
  const { host, root } = createShadowHost(PANEL_TAG, CSS);
  host.dataset.state = 'loading';
  host.dataset.storyPosted = '';
  host.dataset.responseCount = '0';
  host.dataset.providerResponseCount = '0';

  const panel = element('section', 'rg-panel');
  panel.setAttribute('aria-label', t('panelTitle'));
  const header = element('div', 'rg-header');
  const summary = element('span', 'rg-summary');
  summary.tabIndex = -1;
  header.append(element('span', 'rg-title', t('panelTitle')), summary);
  const status = element('p', 'rg-status', t('panelLoading'));
  const notice = element('p', 'rg-notice');
  notice.hidden = true;
  const list = element('ul', 'rg-findings');
  const live = element('div', 'rg-visually-hidden');
  live.setAttribute('aria-live', 'polite');
  const footer = element('p', 'rg-footer');
  const historyButton = element('button', 'rg-history', t('historyOpen'));
  historyButton.type = 'button';
  historyButton.addEventListener('click', onlyTrusted(openHistoryPage));
  footer.append(historyButton);
  panel.append(header, status, notice, list, footer, live);
  root.append(panel);
  anchor.after(host);

  /** Entries by item id, reused across checks so an open "why" stays open while the person types. */
  let entries = new Map();

  const announce = (text) => {
    if (live.textContent !== text) live.textContent = text;
  };

  const dismissAndKeepFocus = ({ id, dismissKey }) => {
    const position = [...list.children].indexOf(entries.get(id));
    onDismiss(dismissKey);
    const next = list.children[Math.min(position, list.children.length - 1)];
    (next?.querySelector('.rg-dismiss') ?? summary).focus();
  };

  return {
    host,
    showStory(story) {
      const responses = Array.isArray(story?.responses) ? story.responses : [];
      host.dataset.storyPosted = story?.posted ?? '';
      const count = (list) => (story?.responses_unknown ? 'unknown' : String(list.length));
      host.dataset.responseCount = count(responses);
      host.dataset.providerResponseCount = count(responses.filter((r) => r?.kind === 'provider'));
    },
    showNotice(text) {
      notice.textContent = text ?? '';
      notice.hidden = !text;
    },
    showError(message) {
      host.dataset.state = 'error';
      status.textContent = message;
      status.hidden = false;
      summary.textContent = '';
      list.replaceChildren();
      entries = new Map();
    },
    showFindings(items, dismissedCount) {
      const next = new Map();
      for (const item of items) {
        const existing = entries.get(item.id);
        const reusable = existing?.querySelector('.rg-message').textContent === item.finding.message;
        next.set(item.id, reusable ? existing : findingEntry(item.finding, () => dismissAndKeepFocus(item), item.turnOff, item.applyFix));
      }
      list.replaceChildren(...next.values());
      entries = next;
      summary.textContent = summaryText(items.length, dismissedCount);
      status.textContent = '';
      status.hidden = true;
      host.dataset.state = 'ready';
      announce(summary.textContent);
    },
    recordCheckTime(milliseconds) {
      host.dataset.lastCheckMs = milliseconds.toFixed(1);
    },
    remove() {
      host.remove();
    },
  };
}
