// The page's side of the reply history: when the person submits a reply, its text and story link
// go to the service worker, which keeps them (shared/history-store.js). The service worker does
// the storing so that the reply is kept even though the page navigates away as it posts.
// Nothing here changes the draft, the form or its submission.
//
// The page's own scripts can submit the form too (dispatchEvent, requestSubmit(), a click() on the
// button), so a submission counts only when it is the person's: a trusted event (a script's
// dispatchEvent and click() are not) following the person's own key press or pointer press in the
// form moments before (requestSubmit() makes a trusted submit event, but cannot make one of those).
// And it is recorded only once the site took it, as far as that can be seen: a form the browser
// posts (the page navigates) is taken; a submission the page's script handles instead counts once
// the reply box is emptied or removed, as sites do with a reply they accepted.
import { HistoryMessage } from '../shared/messages.js';

/** A second submit signal for the same draft within this time is the same submission. */
const SAME_SUBMISSION_MS = 5_000;
/** A submission counts when the person pressed a key or pointer in the form at most this long before. */
const GESTURE_MS = 10_000;
/** How long a submission the page's script handles may take to be accepted (box emptied or removed). */
const ACCEPTANCE_MS = 60_000;
/** How often a submission awaiting acceptance looks at the box. */
const ACCEPTANCE_POLL_MS = 500;

/**
 * @param {Element} control
 * @returns {boolean} whether clicking `control` submits its form
 */
function isSubmitButton(control) {
  return (control instanceof HTMLButtonElement || control instanceof HTMLInputElement) && control.type === 'submit';
}

/**
 * Records the draft of `annotator`'s box when the person submits the form around it (see the top
 * of this file). A box outside any form is never recorded.
 * @param {import('./annotator.js').Annotator} annotator the box and its draft reader
 * @param {string} storyUrl the story the reply answers
 * @returns {import('./annotator.js').Annotator} the same annotator, whose destroy also stops recording
 */
export function recordRepliesOnSubmit(annotator, storyUrl) {
  const form = annotator.box.closest('form');
  if (!form) return annotator;
  let last = { text: '', at: 0 };
  let gestureAt = -Infinity;
  let acceptanceTimer = 0;

  const send = (text) => {
    chrome.runtime.sendMessage({ kind: HistoryMessage.RECORD_REPLY, entry: { text, story_url: storyUrl } })
      .then((reply) => {
        if (!reply?.ok) console.warn('Reply Guide did not keep this reply in its history:', reply?.error);
      })
      .catch((error) => console.warn('Reply Guide could not keep this reply in its history:', error));
  };
  /** Records `text` once the box no longer holds it (emptied, changed or removed), if that happens soon. */
  const recordWhenAccepted = (text) => {
    clearInterval(acceptanceTimer);
    const until = Date.now() + ACCEPTANCE_MS;
    acceptanceTimer = setInterval(() => {
      let accepted;
      try {
        accepted = !annotator.box.isConnected || annotator.readDraft().trim() !== text;
      } catch {
        accepted = true; // the box is gone with its editor
      }
      if (accepted) send(text);
      if (accepted || Date.now() > until) clearInterval(acceptanceTimer);
    }, ACCEPTANCE_POLL_MS);
  };
  /**
   * A submit signal: records the draft when the person made it, and the site takes it.
   * @param {Event} event a submit event, or a click on a submit button
   */
  const submitted = (event) => {
    try {
      if (!event.isTrusted || performance.now() - gestureAt > GESTURE_MS) return;
      const text = annotator.readDraft().trim();
      const at = Date.now();
      if (!text || (text === last.text && at - last.at < SAME_SUBMISSION_MS)) return;
      // The page's own listeners run after this one: whether the browser goes on to post the form
      // is known once the event is dispatched (a microtask could run between listeners).
      setTimeout(() => {
        // A click the page lets through becomes a submit event, which is recorded instead.
        if (event.type === 'click' && !event.defaultPrevented) return;
        last = { text, at };
        annotator.countPosted();
        if (event.type === 'submit' && !event.defaultPrevented) send(text);
        else recordWhenAccepted(text);
      }, 0);
    } catch (error) {
      console.warn('Reply Guide could not keep this reply in its history:', error);
    }
  };
  const onGesture = (event) => {
    if (event.isTrusted) gestureAt = event.timeStamp;
  };
  const onClick = (event) => {
    const control = event.target instanceof Element ? event.target.closest('button, input') : null;
    if (control && control.form === form && isSubmitButton(control)) submitted(event);
  };
  const listeners = [['submit', submitted], ['click', onClick], ['keydown', onGesture], ['pointerdown', onGesture]];
  for (const [type, listener] of listeners) form.addEventListener(type, listener, { capture: true, passive: true });

  return {
    ...annotator,
    destroy() {
      clearInterval(acceptanceTimer);
      for (const [type, listener] of listeners) form.removeEventListener(type, listener, { capture: true });
      annotator.destroy();
    },
  };
}

/** Opens the reply history page in a new tab (through the service worker). */
export function openHistoryPage() {
  chrome.runtime.sendMessage({ kind: HistoryMessage.OPEN_PAGE })
    .catch((error) => console.warn('Reply Guide could not open the reply history:', error));
}
