/*
 * A task nobody has taken yet opens with its form, but "Hoàn thành" stays greyed out and nothing says why: the
 * clerk had to know to click "Nhận việc" in the line above. Loaded through `customScripts` (config.js), this says
 * it above the form, with the same button, while the task is untaken; it goes as soon as the task is taken.
 */
import { onPageChange } from '../../nq21-page-changes.js';

const HINT = 'nq21-claim-hint';

function claimButton() {
  return document.querySelector('button.claim[ng-click="claim()"]');
}

function update() {
  const form = Array.from(document.querySelectorAll('[cam-tasklist-form-camunda]'))
    .find((candidate) => candidate.offsetParent !== null);
  let hint = document.querySelector(`.${HINT}`);
  if (!(claimButton() && form && form.querySelector('.fjs-form'))) {
    if (hint) {
      hint.remove();
    }
    return;
  }
  if (hint && hint.nextElementSibling === form) {
    return;
  }
  if (hint) {
    hint.remove();
  }
  hint = document.createElement('div');
  hint.className = `${HINT} alert alert-info`;
  hint.append('Việc này chưa có người nhận nên chưa hoàn thành được. Bấm ');
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'btn btn-primary btn-sm';
  button.textContent = 'Nhận việc';
  button.addEventListener('click', () => {
    const claim = claimButton();
    if (claim) {
      claim.click();
    }
  });
  hint.append(button, ' để nhận việc rồi nhập và hoàn thành.');
  form.parentElement.insertBefore(hint, form);
}

onPageChange(update);

export default [];
