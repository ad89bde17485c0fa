// Reply Guide's content script. It stays a classic script (manifests cannot declare module content
// scripts), checks that the page is a story page and loads the rest as ES modules.
(() => {
  // "/1349826", "/opinions/71532", optionally followed by one more path segment (a slug) or "/".
  const STORY_PATH = /^\/(?:opinions\/)?\d+(?:\/[^/]*)?\/?$/;
  if (!STORY_PATH.test(location.pathname)) return;
  // When the content script started on a story page (document_idle), for make bench's cold start figure
  // (tests/bench/browser-timing.mjs); a performance mark is shared with the page's own timeline.
  performance.mark('replyguide:content-script-start');
  import(chrome.runtime.getURL('content/main.js'))
    .then((main) => main.start())
    .catch((error) => console.error('Reply Guide could not start:', error));
})();
