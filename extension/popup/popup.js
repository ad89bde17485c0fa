// The toolbar popup: Reply Guide on or off for this story, what it read from the page, and the
// organisation whose settings are in force.
import { t } from '../shared/i18n.js';
import { localizePage, organisationText } from '../shared/localize.js';
import { PAGE_STATUS_REQUEST, SET_PAGE_PAUSED } from '../shared/page-status.js';
import { loadSettings } from '../shared/settings.js';

/**
 * Asks the active tab's content script; null when the tab is not a story page Reply Guide runs on.
 * @param {number} tabId
 * @param {object} message
 * @returns {Promise<import('../shared/page-status.js').PageStatus|null>}
 */
async function askPage(tabId, message) {
  try {
    return (await chrome.tabs.sendMessage(tabId, message)) ?? null;
  } catch {
    return null;
  }
}

/**
 * A story date for people, in the conventions of the page's country (en-GB, en-AU, en-IE):
 * "20 November 2026 at 15:42".
 * @param {string} iso
 * @param {string|undefined} locale the page's (PageStatus.locale)
 * @returns {string}
 */
function readableDate(iso, locale) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(locale || t('dateLocale'), { dateStyle: 'long', timeStyle: 'short' });
}

/**
 * Shows what the page read.
 * @param {import('../shared/page-status.js').PageStatus} status
 */
function showStatus(status) {
  document.getElementById('enabled').checked = !status.paused;
  document.getElementById('paused-note').hidden = !status.paused;
  document.getElementById('story-date').textContent = status.storyPosted ? readableDate(status.storyPosted, status.locale) : t('popupNotFound');
  document.getElementById('replies').textContent = repliesText(status);
  document.getElementById('reply-box').textContent = status.replyBoxes > 0 ? t('popupReplyBoxFound') : t('popupReplyBoxMissing');
  const problem = document.getElementById('problem');
  problem.hidden = !status.problem;
  problem.textContent = status.problem ? t('popupProblem', status.problem) : '';
}

/**
 * What the popup says about the replies on the page.
 * @param {import('../shared/page-status.js').PageStatus} status
 * @returns {string}
 */
function repliesText(status) {
  if (status.responsesUnknown) return t('popupRepliesUnknown');
  if (status.responses > 0 && status.providerResponses === 'unknown') return t('popupRepliesWhoseUnknown', status.responses);
  if (status.responses > 0) return t('popupRepliesValue', status.responses, status.providerResponses);
  return t('popupRepliesNone');
}

/**
 * Copies the page's reading (the story context and the fields that could not be read) as JSON,
 * for whoever maintains the organisation's settings (README: fixing a reading with `page.*`).
 * @param {import('../shared/page-status.js').PageStatus} status
 */
async function copyReading(status) {
  const result = document.getElementById('copy-result');
  try {
    await navigator.clipboard.writeText(JSON.stringify({ url: status.url, ...status.reading }, null, 2));
    result.textContent = t('popupCopied');
  } catch (error) {
    result.textContent = t('popupCopyFailed', String(error?.message ?? error));
  }
  result.hidden = false;
}

/** Shows the organisation in force and where it comes from. */
async function showOrganisation() {
  const { organisation } = await loadSettings();
  document.getElementById('organisation').textContent = organisationText(organisation);
}

/**
 * The tab the popup describes: the active tab, or `?tab=ID` when the popup is opened as a page
 * (the end-to-end tests do).
 * @returns {Promise<number|null>}
 */
async function describedTabId() {
  const asked = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(asked) && asked > 0) return asked;
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

async function main() {
  localizePage();
  document.getElementById('open-settings').addEventListener('click', () => chrome.runtime.openOptionsPage());
  const organisationShown = showOrganisation();
  const tabId = await describedTabId();
  const status = tabId == null ? null : await askPage(tabId, { kind: PAGE_STATUS_REQUEST });
  document.getElementById('page').hidden = !status;
  document.getElementById('not-story').hidden = Boolean(status);
  if (status) {
    showStatus(status);
    const copy = document.getElementById('copy-reading');
    copy.hidden = !status.reading;
    copy.addEventListener('click', () => copyReading(status));
    document.getElementById('enabled').addEventListener('change', async (event) => {
      const paused = !event.target.checked;
      const next = await askPage(tabId, { kind: SET_PAGE_PAUSED, paused });
      if (next) showStatus(next);
    });
  }
  await organisationShown;
}

main().catch((error) => console.error('Reply Guide popup:', error));
