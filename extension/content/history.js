// The page's side of the reply history: when the person submits a reply, its text, story link and
// date go to the service worker, which keeps them (shared/history-store.js). The service worker
// does the storing so that the reply is kept even though the page navigates away as it posts.
// Nothing here changes the draft, the form or its submission.
import { HistoryMessage } from './messages.js';

/** A second submit signal for the same draft within this time is the same submission. */
const SAME_SUBMISSION_MS = 5_000;

/**
 * @param {Element} control
 * @returns {boolean} whether clicking `control` submits its form
 */
function isSubmitButton(control) {
  return (control instanceof HTMLButtonElement || control instanceof HTMLInputElement) && control.type === 'submit';
}

/**
 * Records the draft of `annotator`'s box whenever the form around it is submitted (its `submit`
 * event, or a click on one of its submit buttons, for pages that submit from script). A box
 * outside any form is never recorded.
 * @param {import('./annotator.js').Annotator} annotator the box and its draft reader
 * @param {string} storyUrl the story the reply answers
 * @returns {import('./annotator.js').Annotator} the same annotator, whose destroy also stops recording
 */
export function recordRepliesOnSubmit(annotator, storyUrl) {
  const form = annotator.box.closest('form');
  if (!form) return annotator;
  let last = { text: '', at: 0 };

  const record = () => {
    try {
      const text = annotator.readDraft().trim();
      const at = Date.now();
      if (!text || (text === last.text && at - last.at < SAME_SUBMISSION_MS)) return;
      last = { text, at };
      annotator.countPosted();
      const entry = { text, story_url: storyUrl, posted: new Date(at).toISOString() };
      chrome.runtime.sendMessage({ kind: HistoryMessage.RECORD_REPLY, entry })
        .catch((error) => console.warn('Reply Guide could not keep this reply in its history:', error));
    } catch (error) {
      console.warn('Reply Guide could not keep this reply in its history:', error);
    }
  };
  const onClick = (event) => {
    const control = event.target instanceof Element ? event.target.closest('button, input') : null;
    if (control && control.form === form && isSubmitButton(control)) record();
  };
  form.addEventListener('submit', record, { capture: true, passive: true });
  form.addEventListener('click', onClick, { capture: true, passive: true });

  return {
    ...annotator,
    destroy() {
      form.removeEventListener('submit', record, { capture: true });
      form.removeEventListener('click', onClick, { capture: true });
      annotator.destroy();
    },
  };
}

/** Opens the reply history page in a new tab (through the service worker). */
export function openHistoryPage() {
  chrome.runtime.sendMessage({ kind: HistoryMessage.OPEN_PAGE })
    .catch((error) => console.warn('Reply Guide could not open the reply history:', error));
}
