/*
 * Tasklist sorts a list by what its address says (`sorting=` after `#/?`) and, when the address says nothing, by
 * "Created", newest first: the header then read "Ngày tạo" while a clerk works by deadline. Loaded through
 * `customScripts` (config.js), before Tasklist starts, this gives every list address without a sorting the sorting
 * by due date, soonest first; the header then says so. A sorting the clerk picks in the header is kept: it is in
 * the address. The address is amended before Tasklist reads it (this listener is registered before Tasklist's own).
 */
const DUE_FIRST = JSON.stringify([{ sortBy: 'dueDate', sortOrder: 'asc' }]);

function dueFirst() {
  const hash = location.hash || '#/';
  const at = hash.indexOf('?');
  const path = at < 0 ? hash.slice(1) : hash.slice(1, at);
  if (path !== '/' && path !== '') {
    return; // the sign-in page and other routes have no list
  }
  const params = new URLSearchParams(at < 0 ? '' : hash.slice(at + 1));
  if (params.has('sorting')) {
    return;
  }
  params.set('sorting', DUE_FIRST);
  history.replaceState(history.state, '', `#/?${params.toString()}`);
}

dueFirst();
window.addEventListener('hashchange', dueFirst);
window.addEventListener('popstate', dueFirst);

export default [];
