// Entry point of the content script (imported by loader.js on story pages, at document_start):
// starts the engine and reads the stored settings while the page is parsed, then reads the story
// and annotates every reply box, including boxes that appear later; replies that appear later
// (filled in by script) are read when they do. The reply history joins the engine after the first
// check (late-history.js).
import { NEXT_FINDING } from '../shared/page-status.js';
import { annotate } from './annotator.js';
import { openBackend } from './backend.js';
import { loadStoredConfig, ownSettingsProblem } from './config.js';
import { documentParsed } from './document-parsed.js';
import { errorText } from '../shared/engine.js';
import { loadPageEngine } from './engine-module.js';
import { recordRepliesOnSubmit } from './history.js';
import { preloadMessages, t } from '../shared/i18n.js';
import { addHistoryAfterFirstCheck } from './late-history.js';
import { answerPopup, isPausedHere } from './page-control.js';
import { createPanel } from './panel.js';
import { findReplyBoxes, panelAnchor, watchForReplyBoxes } from './reply-box.js';
import { markStartup } from './startup-marks.js';

/**
 * What the panel says about stored settings that were set aside (so the defaults apply instead).
 * @param {import('./backend.js').Backend} backend
 * @returns {string[]}
 */
function settingsNotices(backend) {
  const notices = [];
  const settingsProblem = ownSettingsProblem();
  if (settingsProblem) notices.push(t('settingsUnreadable', settingsProblem));
  if (backend.configProblem) notices.push(t('configInvalid', backend.configProblem));
  return notices;
}

/**
 * Opens the engine as soon as it is compiled and the settings are read (the page may still be
 * parsed meanwhile) and reads the page once it is parsed. Never rejects.
 * @returns {Promise<{backend: import('./backend.js').Backend,
 *   configJson: string|null, laterConfig: Promise<string|null>|null, story: object|null,
 *   reading: object|null, selectors: string[], notices: string[]} | {problem: string}>}
 */
async function openSession() {
  // The stored settings are asked for first, so that storage answers while the engine compiles;
  // they are taken as they are once every layer has answered or the page is parsed, whichever
  // comes first, and layers that answer later are taken up then (applyLateSettings). The engine is
  // compiled at once, while the page is parsed (a page that refuses WebAssembly makes the backend
  // choose the offscreen engine, which is sent the parsed page).
  const settings = loadStoredConfig(documentParsed());
  settings.then(() => markStartup('settings-read'), () => {});
  preloadMessages();
  const engine = loadPageEngine();
  engine.then(() => markStartup('engine-loaded'), () => {});
  try {
    const { configJson, later } = await settings;
    const backend = await openBackend(configJson);
    await documentParsed();
    const reading = await backend.readPage();
    markStartup('page-read');
    if (reading?.unknown?.length) console.debug('Reply Guide could not read:', reading.unknown.join(', '));
    return {
      backend: replaceableBackend(backend),
      configJson,
      laterConfig: later,
      story: reading?.story ?? null,
      reading: reading ?? null,
      selectors: await backend.replyBoxSelectors(),
      notices: settingsNotices(backend),
    };
  } catch (error) {
    console.error('Reply Guide could not start its engine:', error);
    return { problem: errorText(error) };
  }
}

/**
 * A backend whose engine can be replaced under the panels that use it (by one configured with a
 * managed policy that answered after the start). The reply history given to it (once per page,
 * late-history.js) is given to the engine that replaces it too.
 * @param {import('./backend.js').Backend} first
 * @returns {import('./backend.js').Backend & {replace: (next: import('./backend.js').Backend) => Promise<void>}}
 */
function replaceableBackend(first) {
  let current = first;
  /** @type {string|null} */
  let history = null;
  return {
    get kind() { return current.kind; },
    get configProblem() { return current.configProblem; },
    readPage: () => current.readPage(),
    replyBoxSelectors: () => current.replyBoxSelectors(),
    addHistory(historyJsonl) {
      history = historyJsonl;
      return current.addHistory(historyJsonl);
    },
    check: (draft, story, nowIso) => current.check(draft, story, nowIso),
    async replace(next) {
      if (history !== null) await next.addHistory(history);
      current = next;
    },
  };
}

/**
 * When a settings layer (managed policy, the person's own settings) answered after the start:
 * shows why the person's settings were set aside, if so, and, when the config changes, opens the
 * engine with it and has every panel check against it (the page read again, the reply boxes
 * looked for again): a guideline the policy turns off goes as soon as the policy is known. Never
 * rejects.
 * @param {object} session openSession()'s
 * @param {() => Iterable<import('./annotator.js').Annotator>} annotators the boxes annotated now
 * @param {() => void} scan looks for reply boxes again
 * @returns {Promise<void>}
 */
async function applyLateSettings(session, annotators, scan) {
  try {
    const configJson = await session.laterConfig;
    const settingsProblem = ownSettingsProblem();
    const problemNotice = settingsProblem ? t('settingsUnreadable', settingsProblem) : null;
    const newNotice = problemNotice !== null && !session.notices.includes(problemNotice);
    if (newNotice) session.notices.push(problemNotice);
    if (configJson === session.configJson) {
      if (newNotice) for (const annotator of annotators()) annotator.showNotices(session.notices);
      return;
    }
    const backend = await openBackend(configJson);
    const reading = await backend.readPage();
    const selectors = await backend.replyBoxSelectors();
    await session.backend.replace(backend);
    session.configJson = configJson;
    session.reading = reading ?? null;
    session.story = reading?.story ?? null;
    session.selectors = selectors;
    if (backend.configProblem) session.notices.push(t('configInvalid', backend.configProblem));
    for (const annotator of annotators()) {
      annotator.showNotices(session.notices);
      annotator.showStory(session.story);
    }
    scan();
  } catch (error) {
    console.error('Reply Guide could not apply the settings that answered late:', error);
  }
}

/**
 * A panel in the error state for a box that cannot be checked; the box itself works as usual.
 * @param {HTMLElement} box
 * @param {string} problem
 * @returns {import('./annotator.js').Annotator}
 */
function showUnavailable(box, problem) {
  const panel = createPanel(panelAnchor(box));
  panel.showError(t('errorEngineUnavailable', problem));
  return { box, reposition() {}, destroy: panel.remove };
}

/**
 * True when two readings found the same replies (and the same uncertainty about them).
 * @param {object} story
 * @param {object|null} before
 * @returns {boolean}
 */
function sameResponses(story, before) {
  return Boolean(story.responses_unknown) === Boolean(before?.responses_unknown)
    && JSON.stringify(story.responses ?? []) === JSON.stringify(before?.responses ?? []);
}

/**
 * The focused element, looking inside shadow roots (a rich editor's, the panel's).
 * @returns {Element|null}
 */
function deepActiveElement() {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Starts Reply Guide on this page. Never rejects: a failure shows in a panel or the console.
 * @returns {Promise<void>}
 */
export async function start() {
  // Whether Reply Guide is off on this story is read meanwhile too, asked for before the engine
  // compiles so that storage answers while it does: an answer that comes late in the parse is
  // taken only after the parser's last task. Reply boxes are looked for once the page is parsed,
  // also when the engine failed before that.
  const [pausedAtStart, session] = await Promise.all([isPausedHere(), openSession(), documentParsed()]);
  const storyUrl = session.story?.url || `${location.origin}${location.pathname}`;
  const attach = session.problem
    ? (box) => showUnavailable(box, session.problem)
    : (box) => recordRepliesOnSubmit(
      annotate({ box, anchor: panelAnchor(box), backend: session.backend, story: session.story, notices: session.notices }),
      storyUrl,
    );
  /** @type {Map<HTMLElement, import('./annotator.js').Annotator>} */
  const annotators = new Map();
  const control = answerPopup({
    session,
    pausedAtStart,
    countReplyBoxes: () => findReplyBoxes(session.selectors ?? []).length,
    onPauseChange: () => {
      scan();
      addHistoryOnce();
    },
  });
  // The history is read from storage, added to the engine and indexed only once Reply Guide runs
  // on this story: not while it is paused here, which may be for the whole visit.
  let historyAdded = false;
  const addHistoryOnce = () => {
    if (historyAdded || session.problem || control.isPaused()) return;
    historyAdded = true;
    addHistoryAfterFirstCheck(session, () => annotators.values());
  };

  // The boxes annotated are always the boxes found now: a box that was removed, hidden or
  // replaced (a rich editor taking over from its textarea) loses its panel.
  const scan = () => {
    try {
      const found = new Set(control.isPaused() ? [] : findReplyBoxes(session.selectors ?? []));
      for (const [box, annotator] of annotators) {
        if (found.has(box)) {
          annotator.reposition();
        } else {
          annotator.destroy();
          annotators.delete(box);
        }
      }
      for (const box of found) {
        if (!annotators.has(box)) annotators.set(box, attach(box));
      }
    } catch (error) {
      console.error('Reply Guide could not look for reply boxes:', error);
    }
  };

  // Replies that arrive after the page was read (a list filled by script, "load more") are read
  // when the page changes: the panels check against the new reading.
  let rereading = false;
  let readAgainAfter = false;
  const readAgain = async () => {
    if (session.problem || control.isPaused()) return;
    if (rereading) {
      readAgainAfter = true;
      return;
    }
    rereading = true;
    try {
      const next = await session.backend.readPage();
      if (next?.story && !sameResponses(next.story, session.story)) {
        session.story = next.story;
        session.reading = next;
        for (const annotator of annotators.values()) annotator.showStory(next.story);
      }
    } catch (error) {
      console.error('Reply Guide could not read the page again:', error);
    } finally {
      rereading = false;
      if (readAgainAfter) {
        readAgainAfter = false;
        readAgain();
      }
    }
  };
  // The "next finding" shortcut: the panel of the box (or panel) the focus is in, else the first.
  chrome.runtime.onMessage.addListener((message, sender) => {
    if (message?.kind !== NEXT_FINDING || sender.id !== chrome.runtime.id) return false;
    const focused = deepActiveElement();
    const all = [...annotators.values()].filter((annotator) => annotator.focusNextFinding);
    (all.find((annotator) => annotator.owns(focused)) ?? all[0])?.focusNextFinding();
    return false;
  });

  scan();
  if (session.laterConfig) {
    applyLateSettings(session, () => annotators.values(), scan);
  }
  watchForReplyBoxes(() => {
    scan();
    readAgain();
  }, (node) => [...annotators.keys()].some((box) => box.contains(node)));
  addHistoryOnce();
}
