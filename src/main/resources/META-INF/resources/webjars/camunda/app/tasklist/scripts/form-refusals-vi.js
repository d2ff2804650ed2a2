/*
 * When form-js itself refuses a submission (a required field left empty, a number out of range), Tasklist says
 * only "an error happened while submitting the form", with no detail: the field may be scrolled out of view.
 * Loaded through `customScripts` (config.js), this adds to that notice the list of what to fix, each field by its
 * label with form-js's message, and brings the first one into view. A refusal by the server already carries its
 * Vietnamese list and is left as it is.
 */
function invalidFields() {
  return Array.from(document.querySelectorAll('.fjs-container .fjs-form-field'))
    .filter((field) => !field.matches('.fjs-form-field-group, .fjs-form-field-dynamiclist')
      && field.querySelector('.fjs-form-field-error'))
    .map((field) => {
      const label = field.querySelector('label');
      const message = field.querySelector('.fjs-form-field-error').innerText.trim();
      return { field, text: `${label ? label.innerText.replace(/\*\s*$/, '').trim() : 'Một ô'}: ${message}` };
    });
}

function explain(alert, framesLeft) {
  if (alert.querySelector('.nq21-form-problems') || !alert.isConnected) {
    return;
  }
  const invalid = invalidFields();
  if (!invalid.length) {
    // form-js may draw its messages a frame after Tasklist shows the notice
    if (framesLeft > 0) {
      requestAnimationFrame(() => explain(alert, framesLeft - 1));
    }
    return;
  }
  const list = document.createElement('ul');
  list.className = 'nq21-form-problems';
  for (const { text } of invalid) {
    const item = document.createElement('li');
    item.textContent = text;
    list.appendChild(item);
  }
  alert.appendChild(list);
  invalid[0].field.scrollIntoView({ block: 'center' });
}

new MutationObserver((records) => {
  for (const record of records) {
    record.addedNodes.forEach((node) => {
      if (node.nodeType !== Node.ELEMENT_NODE) {
        return;
      }
      const alerts = node.matches('.page-notifications .alert') ? [node]
        : Array.from(node.querySelectorAll('.alert')).filter((a) => a.closest('.page-notifications'));
      alerts.forEach((alert) => explain(alert, 10));
    });
  }
}).observe(document.documentElement, { childList: true, subtree: true });

export default [];
