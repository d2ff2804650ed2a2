/*
 * Cockpit offers every user the buttons that change a case (suspend, cancel, add a variable, retry a job, override
 * a job's priority) and the pages of engine-wide information (human tasks, batches, deployments, reports); a
 * supervisor may use none of these (the engine refuses, and the
 * refusal is English). Loaded through `customScripts` (config.js), this marks the page of a user without access to
 * Admin (the admins) with the class `nq21-not-admin`, and the stylesheet then does not offer them. It asks who is
 * signed in at load and at each change of page. The engine's
 * authorizations still decide; this only stops offering what would be refused.
 */
function check() {
  fetch('/camunda/api/admin/auth/user/default', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then((response) => (response.ok ? response.json() : null))
    .then((user) => {
      const notAdmin = !!user && Array.isArray(user.authorizedApps) && !user.authorizedApps.includes('admin');
      document.documentElement.classList.toggle('nq21-not-admin', notAdmin);
    })
    .catch(() => {});
}

// the script loads before the sign-in, and the same page serves whoever signs in next: checked again on each page
check();
window.addEventListener('hashchange', check);

export default [];
