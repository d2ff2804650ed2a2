/*
 * One watcher of a webapp's page for the scripts of ours that keep something on it (the claim note, the header's
 * "Tìm theo người", Admin's permission names): each gives what to do when the page changed, and it runs at most once
 * a frame, whatever the app changed in between. Imported by those scripts (each app's `customScripts` loads them as
 * modules, so this one is loaded once per page).
 */
const handlers = [];
let scheduled = false;

function runAll() {
  scheduled = false;
  handlers.forEach((handler) => {
    try {
      handler();
    } catch (e) {
      console.error(e);
    }
  });
}

new MutationObserver(() => {
  if (!scheduled) {
    scheduled = true;
    requestAnimationFrame(runAll);
  }
}).observe(document.documentElement, {
  childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['class']
});

/** Runs {@code handler} after every change of the page, at most once a frame. */
export function onPageChange(handler) {
  handlers.push(handler);
}
