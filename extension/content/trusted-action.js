// The panel's shadow root is open (INTERFACES.md), so the page's own scripts can reach its buttons
// and call click() on them. Such clicks are not the person's: the browser marks every event it
// makes from real input (mouse, touch, keyboard, assistive technology) as trusted, and an event a
// script dispatches as untrusted, in whichever world the script runs. Every panel action that
// changes what Reply Guide keeps or shows, edits the draft or opens a tab runs only for trusted events.

/**
 * An event listener that runs `action` only for events made from the person's own input.
 * @template {Event} E
 * @param {(event: E) => void} action
 * @returns {(event: E) => void}
 */
export function onlyTrusted(action) {
  return (event) => {
    if (event.isTrusted) action(event);
  };
}
