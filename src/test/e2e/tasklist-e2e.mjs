// One admission case through the real Camunda 7.24 Tasklist and Cockpit in Debian's headless Chromium.
// Run by TasklistBrowserTest (BASE_URL = the test's random port); by hand: BASE_URL=http://localhost:8080 node tasklist-e2e.mjs
// Env: BASE_URL (required), SHOTS (screenshot folder, default ./screenshots), CHROMIUM (default /usr/bin/chromium),
//      TIMEOUT_MS (per wait, default 20000), HEADED=1 to watch.
// Waits only on conditions (selectors, responses, DOM state) - no fixed sleeps. Exit 0 on success, 1 on any failure.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const BASE = (process.env.BASE_URL || '').replace(/\/$/, '');
if (!BASE) { console.error('[e2e] BASE_URL is not set'); process.exit(1); }
const SHOTS = path.resolve(process.env.SHOTS || 'screenshots');
const TIMEOUT = Number(process.env.TIMEOUT_MS || 20000);
const TASKLIST = `${BASE}/camunda/app/tasklist/default/`;
const COCKPIT = `${BASE}/camunda/app/cockpit/default/`;
const CLERK = { id: 'cb-thon-dong.chi-uy', password: 'Demo@2026' };
const SUPERVISOR = { id: 'xa-an-phu.giam-sat', password: 'Demo@2026' };
const ADMIN = { id: 'admin', password: 'Demo@2026' };
const PROCESS_NAME = 'Kết nạp đảng viên';
const FILTER_NAME = 'Việc của chi ủy';
const TASK_CERT = 'Ghi nhận giấy chứng nhận lớp nhận thức về Đảng';
const TASK_APPLICATION = 'Tiếp nhận đơn xin vào Đảng (1-KNĐ)';

// A unique candidate, so the case cannot be mistaken for one of the demo cases or an earlier run. A name is
// letters only (the registry refuses digits and signs in a name), so the digits of the tag become letters.
const tag = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`
  .replace(/[0-9]/g, (digit) => 'abcdefghij'[Number(digit)])
  .replace(/^./, (first) => first.toUpperCase());
const CANDIDATE = `Nguyễn Thị Kiểm Thử ${tag}`;
const MARKUP_NAME = 'Lê <b>Văn</b> <img src="http://example.invalid/x.png"> **Đậm**';

// Dates relative to today (the rules check the certificate against today: valid for 60 months).
const day = (offset) => { const d = new Date(); d.setUTCHours(12, 0, 0, 0); d.setUTCDate(d.getUTCDate() + offset); return d; };
const iso = (d) => d.toISOString().slice(0, 10);
// a day as a Vietnamese clerk types and reads it, whatever the browser's language (this browser's is en-US)
const vn = (d) => `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
const BIRTH = new Date(Date.UTC(1998, 4, 19, 12));
const CERT_DATE = day(-45);        // well inside the last 60 months
const APP_DATE_WRONG = day(-60);   // before the certificate: the server must refuse it
const APP_DATE_RIGHT = day(-30);   // after the certificate, not in the future

fs.mkdirSync(SHOTS, { recursive: true });
const t0 = Date.now();
const log = (msg) => console.log(`[e2e ${((Date.now() - t0) / 1000).toFixed(1).padStart(5)}s] ${msg}`);
let stepNo = 0;
async function step(name, fn) {
  const n = ++stepNo; const s = Date.now();
  log(`step ${n}: ${name} ...`);
  const r = await fn();
  log(`step ${n}: ${name} - ok in ${((Date.now() - s) / 1000).toFixed(2)} s`);
  return r;
}

const rest = async (user, urlPath) => {
  const res = await fetch(`${BASE}/engine-rest${urlPath}`, {
    headers: { Authorization: 'Basic ' + Buffer.from(`${user.id}:${user.password}`).toString('base64'), Accept: 'application/json' },
  });
  if (!res.ok) throw new Error(`GET /engine-rest${urlPath} as ${user.id}: HTTP ${res.status} ${await res.text()}`);
  return res.json();
};
// Condition wait on the engine (a task appears once the previous transaction committed); bounded by TIMEOUT.
async function waitForTask(processInstanceId, taskName) {
  const until = Date.now() + TIMEOUT;
  for (;;) {
    const tasks = await rest(CLERK, `/task?processInstanceId=${processInstanceId}`);
    const t = tasks.find((x) => x.name === taskName);
    if (t) return t;
    if (Date.now() > until) throw new Error(`no task "${taskName}" in case ${processInstanceId} after ${TIMEOUT} ms; open: ${JSON.stringify(tasks.map((x) => x.name))}`);
    await new Promise((r) => setImmediate(r)); // yield, then ask again (the REST round trip paces the loop)
  }
}

const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nq21-e2e-udd-'));
let ctx; let page;
const serverErrors = [];

async function shot(name) {
  const file = path.join(SHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  log(`  screenshot ${path.relative(process.cwd(), file)}`);
}

/** A form-js form must show an input within the timeout, or the run fails with that message. */
async function formRendered(scope, fieldId, what) {
  // a date field's input id ends in -date
  const field = scope.locator(`.fjs-form [id$="-${fieldId}"], .fjs-form [id$="-${fieldId}-date"]`).first();
  try {
    await field.waitFor({ state: 'visible', timeout: TIMEOUT });
  } catch (e) {
    throw new Error(`the form "${what}" did not render: no .fjs-form input [id$="-${fieldId}"] within ${TIMEOUT} ms`);
  }
}

/** form-js date field (flatpickr): type MM/DD/YYYY, confirm with Enter, check what it shows. */
async function fillDate(scope, fieldId, date) {
  const input = scope.locator(`.fjs-form [id$="-${fieldId}-date"]`);
  const placeholder = await input.getAttribute('placeholder');
  if (placeholder !== 'dd/mm/yyyy') throw new Error(`date field ${fieldId} asks for "${placeholder}", not dd/mm/yyyy`);
  await input.fill(vn(date));
  await input.press('Enter');
  // read back exactly as typed: day first, two digits each (form-js alone showed 5/1/2027, or read it as 1 May)
  const shown = await input.inputValue();
  if (shown !== vn(date)) throw new Error(`date field ${fieldId} shows "${shown}", expected ${vn(date)}`);
}

/** Login on the webapps' sign-in form, robust against the autofocus race (notes: wait 1). */
/** The Community Edition's "migrate to Camunda 8" banner must not reach a clerk or a supervisor. */
async function noMigrationBanner(where) {
  const banners = await page.locator('.ce-eol-banner').evaluateAll((els) => els.filter((e) => e.offsetParent !== null).length);
  if (banners > 0) throw new Error(`the "migrate to Camunda 8" banner is shown in ${where}`);
}

async function login(user) {
  const form = page.locator('form[name="signinForm"]');
  const u = form.locator('input[ng-model="username"]');
  const p = form.locator('input[ng-model="password"]');
  await u.waitFor({ state: 'visible' });
  await page.waitForFunction(() => document.activeElement
    && document.activeElement.getAttribute('ng-model') === 'username', null, { timeout: TIMEOUT });
  for (let attempt = 1; ; attempt++) {
    await u.fill(user.id);
    await p.fill(user.password);
    if ((await u.inputValue()) === user.id && (await p.inputValue()) === user.password) break;
    if (attempt >= 5) throw new Error('login form: fields keep losing their values');
    log(`  login fields read back wrong (focus race), refilling (attempt ${attempt})`);
  }
  const resp = page.waitForResponse((r) => r.url().includes('/camunda/api/admin/auth/user/default/login/')
    && r.request().method() === 'POST');
  await form.locator('button[type="submit"]').click();
  const r = await resp;
  if (r.status() !== 200) throw new Error(`login as ${user.id}: HTTP ${r.status()}`);
  await page.locator('li.account > a.dropdown-toggle').waitFor({ state: 'visible' });
  await noMigrationBanner(page.url());
}

async function logout() {
  await page.locator('li.account > a.dropdown-toggle').click();
  await page.locator('li.logout a').click();
  await page.locator('form[name="signinForm"] input[ng-model="username"]').waitFor({ state: 'visible' });
}

/** Select the task in the role filter's list (by id), then make sure it is claimed by us. */
async function openAndClaim(task) {
  const filter = page.locator('.task-filter h4.name a', { hasText: FILTER_NAME });
  await filter.click();
  const link = page.locator(`ol.tasks-list li.task h4.task a[href="#/?task=${task.id}"]`);
  await link.waitFor({ state: 'visible' });
  // The filter is meant to show the candidate beside each task (filter variables). Reported, not required:
  // The case's key facts (candidate, organisation) show beside the task: the clerk may read the case
  const item = page.locator('ol.tasks-list li.task', { has: page.locator(`h4.task a[href="#/?task=${task.id}"]`) });
  await item.filter({ hasText: CANDIDATE }).waitFor({ state: 'visible' });
  log(`  the list shows the candidate beside the task`);
  // read in full, not under the collapsed card's white fade; no priority number
  if (await item.locator('.task-card-details .shutter').isVisible()) throw new Error('the card fades the candidate out');
  if (await item.locator('.priority').isVisible()) throw new Error('the card shows the task priority');
  // which step of how many (the models number the admission's main line: 13 steps)
  const card = (await item.innerText()).replace(/\s+/g, ' ');
  const stepOf = card.match(/Bước:? (\d+\/13)/);
  if (!stepOf) throw new Error(`the card does not say which step of how many: ${card}`);
  log(`  the card says: Bước ${stepOf[1]}`);
  await link.click();
  const claim = page.locator('button.claim[ng-click="claim()"]');
  const unclaim = page.locator('button.unclaim[ng-click="unclaim()"]');
  await claim.or(unclaim).first().waitFor({ state: 'visible' });
  if (await claim.isVisible()) {
    const resp = page.waitForResponse((r) => r.url().includes(`/task/${task.id}/claim`) && r.request().method() === 'POST');
    await claim.click();
    const r = await resp;
    if (r.status() >= 300) throw new Error(`claim ${task.id}: HTTP ${r.status()}`);
    await unclaim.waitFor({ state: 'visible' });
  }
}

const taskForm = () => page.locator('[cam-tasklist-form-camunda]');
const completeResponse = (taskId) => page.waitForResponse((r) => r.url().includes(`/task/${taskId}/submit-form`)
  && r.request().method() === 'POST');

async function main() {
  log(`BASE_URL=${BASE} SHOTS=${SHOTS} candidate="${CANDIDATE}"`);
  await step('launch headless chromium (fresh user-data dir)', async () => {
    ctx = await chromium.launchPersistentContext(userDataDir, {
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      headless: !process.env.HEADED,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
      viewport: { width: 1280, height: 900 },
      // form-js types and shows dates in the browser's locale (vi-VN would be D/M/Y): pin it, so typing
      // MM/DD/YYYY means the same everywhere. The webapps' UI language does not matter to the selectors.
      locale: 'en-US',
      timezoneId: 'Asia/Ho_Chi_Minh',
    });
    ctx.setDefaultTimeout(TIMEOUT);
    page = ctx.pages()[0] || await ctx.newPage();
    page.on('response', (r) => { if (r.status() >= 500) serverErrors.push(`${r.status()} ${r.request().method()} ${r.url()}`); });
    page.on('pageerror', (e) => log(`  page error: ${e.message}`));
  });

  await step(`Tasklist login as ${CLERK.id}`, async () => {
    await page.goto(TASKLIST);
    // the sign-in page names the product, not Camunda ("CAMUNDA Workflow" before)
    const appName = page.locator('.form-signin .app-name');
    await appName.waitFor({ state: 'visible' });
    const title = await appName.evaluate((el) => (getComputedStyle(el, '::before').content.replace(/^"|"$/g, '')
      + el.textContent).replace(/\s+/g, ' ').trim());
    if (title !== 'NQ21 Workflow') throw new Error(`the sign-in page reads "${title}"`);
    if (await page.locator('.form-signin .login-logo').isVisible()) throw new Error('the sign-in page shows Camunda\'s logo');
    await shot('00-sign-in');
    await login(CLERK);
    // a clerk is not offered a free task outside the procedures ("Create task", which asks for a tenant id)
    await page.locator('li.start-process-action').waitFor({ state: 'visible' });
    if (await page.locator('li.create-task-action').isVisible()) throw new Error('"Create task" is offered to a clerk');
    // the "stop the case" task every case carries is not in the work list: it has its own filter, used when needed
    await page.locator('.task-filter h4.name a', { hasText: 'Ghi nhận dừng hồ sơ' }).waitFor({ state: 'visible' });
    await page.locator('.task-filter h4.name a', { hasText: FILTER_NAME }).click();
    await page.locator('ol.tasks-list li.task').first().waitFor({ state: 'visible' });
    const stopCards = await page.locator('ol.tasks-list li.task h4.task', { hasText: 'Ghi nhận dừng hồ sơ' }).count();
    if (stopCards > 0) throw new Error(`the work list shows ${stopCards} "Ghi nhận dừng hồ sơ" tasks`);
    // each card's due date reads as a day (dd/MM/yyyy after "in n days"), and a late one is red
    const dues = await page.locator('ol.tasks-list li.task .due-date').evaluateAll((spans) => spans.map((span) => ({
      day: getComputedStyle(span.querySelector('span[uib-tooltip]'), '::after').content,
      late: span.classList.contains('overdue'),
      color: getComputedStyle(span).color,
    })));
    if (!dues.length || dues.some((d) => !/\d{2}\/\d{2}\/\d{4}/.test(d.day))) {
      throw new Error(`the cards' due dates read: ${JSON.stringify(dues)}`);
    }
    if (dues.some((d) => d.late && d.color !== 'rgb(179, 0, 0)')) throw new Error(`a late due date is not red: ${JSON.stringify(dues)}`);
    log(`  due dates on the cards: ${dues.map((d) => `${d.day}${d.late ? ' (late)' : ''}`).join(', ')}`);
    // the list is sorted by due date, soonest first, and the header says so (not "Created")
    const sortedBy = (await page.locator('[cam-sorting-choices] li.sorting-choice').first().innerText()).trim();
    if (!/Due date/.test(sortedBy)) throw new Error(`the list header says it is sorted by "${sortedBy}"`);
    const days = dues.map((d) => d.day.match(/(\d{2})\/(\d{2})\/(\d{4})/)).map((m) => `${m[3]}${m[2]}${m[1]}`);
    if (days.some((d, i) => i > 0 && d < days[i - 1])) throw new Error(`the cards are not soonest due first: ${days}`);
    log(`  sorted by: ${sortedBy}`);
  });

  const started = await step(`Start process "${PROCESS_NAME}" through the start form`, async () => {
    await page.locator('li.start-process-action a').click();
    const dialog = page.locator('.modal-dialog');
    await dialog.locator('input[ng-model="page.searchValue"]').fill(PROCESS_NAME);
    await dialog.locator('ul.processes a', { hasText: PROCESS_NAME }).first().click();
    await formRendered(dialog, 'Field_candidateName', 'ket-nap-mo-ho-so');
    const form = dialog.locator('.fjs-form');
    await fillDate(dialog, 'Field_candidateBirthDate', BIRTH);
    await form.locator('input[type="radio"][id$="-Field_candidateGender-1"]').check(); // NU
    await form.locator('[id$="-Field_candidateWorkplace"]').fill('Hợp tác xã nông nghiệp An Phú (kiểm thử tự động)');
    await form.locator('[id$="-Field_candidateResidence"]').fill('Thôn Đông, xã An Phú');
    // A name with markup is refused by the server, and its message shows the markup as text
    await form.locator('[id$="-Field_candidateName"]').fill(MARKUP_NAME);
    const refused = page.waitForResponse((r) => /\/process-definition\/[^/]+\/submit-form$/.test(new URL(r.url()).pathname)
      && r.request().method() === 'POST');
    await dialog.locator('button[ng-click="startProcessInstance()"]').click();
    const rr = await refused;
    if (rr.status() !== 400) throw new Error(`a name with markup: HTTP ${rr.status()}, expected 400`);
    const alert = page.locator('.alert', { hasText: 'chỉ được gồm chữ cái' });
    await alert.first().waitFor({ state: 'visible' });
    const alertText = await alert.first().innerText();
    if (/Cannot submit|Cannot instantiate/.test(alertText)) throw new Error(`English prefix shown: ${alertText}`);
    if (!alertText.includes('<b>')) throw new Error(`the refused name was not shown as text: ${alertText}`);
    if (await page.locator('.alert b, .alert img').count() > 0) throw new Error('markup from data rendered as HTML');
    log(`  server refused the name with markup (HTTP 400): ${alertText.replace(/\s+/g, ' ').trim()}`);
    await shot('01a-start-form-markup-name-refused');
    await form.locator('[id$="-Field_candidateName"]').fill(CANDIDATE);
    await shot('01-start-form-filled');
    const resp = page.waitForResponse((r) => /\/process-definition\/[^/]+\/submit-form$/.test(new URL(r.url()).pathname)
      && r.request().method() === 'POST');
    await dialog.locator('button[ng-click="startProcessInstance()"]').click();
    const r = await resp;
    const body = await r.json().catch(() => ({}));
    if (r.status() !== 200) throw new Error(`start: HTTP ${r.status()} ${JSON.stringify(body)}`);
    const sent = r.request().postDataJSON().variables;
    if (sent.candidateBirthDate?.value !== iso(BIRTH)) throw new Error(`birth date sent as ${JSON.stringify(sent.candidateBirthDate)}`);
    if (sent.candidateGender?.value !== 'NU') throw new Error(`gender sent as ${JSON.stringify(sent.candidateGender)}`);
    await dialog.waitFor({ state: 'detached' });
    log(`  case started: processInstanceId=${body.id} definition=${body.definitionId}`);
    return body;
  });

  const certTask = await step(`task "${TASK_CERT}": find in "${FILTER_NAME}", claim`, async () => {
    const task = await waitForTask(started.id, TASK_CERT);
    await openAndClaim(task);
    return task;
  });

  await step(`task "${TASK_CERT}": fill the form and complete`, async () => {
    await formRendered(taskForm(), 'Field_certificateNumber', 'ket-nap-chung-nhan-nhan-thuc');
    const form = taskForm().locator('.fjs-form');
    await form.getByText(CANDIDATE).first().waitFor({ state: 'visible' }); // the form names our candidate
    await form.locator('[id$="-Field_certificateNumber"]').fill(`NT-${tag}`);
    await fillDate(taskForm(), 'Field_certificateIssueDate', CERT_DATE);
    await form.locator('[id$="-Field_certificateIssuer"]').fill('Trung tâm chính trị huyện (kiểm thử)');
    await shot('02-certificate-form-filled');
    const resp = completeResponse(certTask.id);
    await page.locator('.form-actions button[ng-click="complete()"]').click();
    const r = await resp;
    if (r.status() >= 300) throw new Error(`complete certificate task: HTTP ${r.status()} ${await r.text()}`);
    await page.locator(`ol.tasks-list a[href="#/?task=${certTask.id}"]`).waitFor({ state: 'detached' });
  });

  const appTask = await step(`task "${TASK_APPLICATION}": find in "${FILTER_NAME}", claim`, async () => {
    const task = await waitForTask(started.id, TASK_APPLICATION);
    await openAndClaim(task);
    await formRendered(taskForm(), 'Field_applicationDate', 'ket-nap-don-xin-vao-dang');
    await taskForm().locator('.fjs-form').getByText(CANDIDATE).first().waitFor({ state: 'visible' });
    return task;
  });

  await step(`task "${TASK_APPLICATION}": a date before the certificate is refused by the server`, async () => {
    await fillDate(taskForm(), 'Field_applicationDate', APP_DATE_WRONG);
    const resp = completeResponse(appTask.id);
    await page.locator('.form-actions button[ng-click="complete()"]').click();
    const r = await resp;
    if (r.status() < 400) throw new Error(`an application date before the certificate was accepted (HTTP ${r.status()})`);
    const alert = page.locator('.notifications .alert', { hasText: 'Chưa thể hoàn thành bước này' });
    await alert.first().waitFor({ state: 'visible' });
    const text = await alert.first().innerText();
    if (!text.includes('Ngày ghi trên đơn xin vào Đảng')) throw new Error(`the rejection does not name the field: ${text}`);
    log(`  server refused (HTTP ${r.status()}): ${text.replace(/\s+/g, ' ').trim()}`);
    // The task stays open: still listed, the form still there with the value, and the engine still has it.
    await page.locator(`ol.tasks-list a[href="#/?task=${appTask.id}"]`).waitFor({ state: 'visible' });
    await taskForm().locator('.fjs-form [id$="-Field_applicationDate-date"]').waitFor({ state: 'visible' });
    const still = await rest(CLERK, `/task?processInstanceId=${started.id}`);
    if (!still.some((x) => x.id === appTask.id)) throw new Error('the refused task is no longer open');
    await shot('03-application-form-refused');
    await alert.first().locator('button[ng-click="removeNotification(notification)"]').click();
    await alert.first().waitFor({ state: 'detached' });
  });

  await step(`task "${TASK_APPLICATION}": corrected date, complete`, async () => {
    await fillDate(taskForm(), 'Field_applicationDate', APP_DATE_RIGHT);
    await shot('04-application-form-corrected');
    const complete = page.locator('.form-actions button[ng-click="complete()"]');
    await complete.waitFor({ state: 'visible' });
    const resp = completeResponse(appTask.id);
    await complete.click();
    const r = await resp;
    if (r.status() >= 300) throw new Error(`complete application task: HTTP ${r.status()} ${await r.text()}`);
    await page.locator(`ol.tasks-list a[href="#/?task=${appTask.id}"]`).waitFor({ state: 'detached' });
    const hist = await rest(CLERK, `/history/variable-instance?processInstanceId=${started.id}&variableName=applicationDate`);
    log(`  applicationDate stored: ${JSON.stringify(hist.map((v) => v.value))}`);
  });

  await step('Case page: the next task\'s tab "Toàn bộ hồ sơ" tells the whole case, with what each step recorded and the diagram', async () => {
    const next = await waitForTask(started.id, 'Người giới thiệu hoặc nghị quyết giới thiệu (3-KNĐ, 4-KNĐ)');
    await page.locator(`ol.tasks-list li.task h4.task a[href="#/?task=${next.id}"]`).click();
    await page.locator('.nav-tabs a', { hasText: 'Toàn bộ hồ sơ' }).click();
    const frame = page.frameLocator('iframe.nq21-case-frame');
    await frame.locator('.summary h2', { hasText: PROCESS_NAME }).waitFor({ state: 'visible' });
    await frame.locator('.diagram .nq21-current').first().waitFor({ state: 'visible' });
    const text = (await frame.locator('#case').innerText()).replace(/\s+/g, ' ');
    for (const expected of [CANDIDATE, 'Chi bộ thôn Đông', 'Đang chờ', next.name, 'Các bước đã làm', 'Mở hồ sơ', TASK_CERT,
      `NT-${tag}`, vn(CERT_DATE), 'Quyết định, nghị quyết và văn bản có số', 'Danh mục hồ sơ', 'Đang ở đây']) {
      if (!text.includes(expected)) throw new Error(`the case tab lacks "${expected}": ${text.slice(0, 600)}`);
    }
    // the clerk who completed the certificate step is named beside it
    const certRow = frame.locator('#done tr', { hasText: TASK_CERT });
    if (!(await certRow.innerText()).includes(CLERK.id)) throw new Error(`the certificate step does not say who: ${await certRow.innerText()}`);
    const english = text.match(/\b(History|Created|Assignee|Due|undefined|null)\b/);
    if (english) throw new Error(`the case tab shows "${english[0]}"`);
    log(`  case tab: ${await frame.locator('#done tbody tr').count()} steps done, current step marked in the diagram`);
    await shot('19-case-tab');
  });

  await step('Member page: from Tasklist\'s "Tìm theo người" the clerk finds the candidate and sees one record, in Vietnamese, with the case and its next step', async () => {
    // Tasklist's header leads to the search by person (name, CCCD, số lý lịch, số thẻ)
    await page.locator('[cam-widget-header] li.nq21-find-person a').click();
    await page.waitForURL(/\/ho-so-dang-vien\//);
    await page.locator('#search-form').waitFor({ state: 'visible' });
    await page.locator('#q').fill('Kiểm Thử ' + tag);
    await page.locator('#search-form button[type="submit"]').click();
    const row = page.locator('#results tbody tr', { hasText: CANDIDATE });
    await row.waitFor({ state: 'visible' });
    await shot('06-member-search');
    await row.click();
    await page.locator('#record-body h2', { hasText: CANDIDATE }).waitFor({ state: 'visible' });
    // the year's books come last, in a second request
    await page.locator('#record-body h3', { hasText: 'Xếp loại đảng viên' }).waitFor({ state: 'visible' });
    const text = await page.locator('#record-body').innerText();
    for (const expected of ['Trạng thái', 'Tổ chức đảng theo thời gian', 'Chi bộ thôn Đông', 'Lịch sử trạng thái',
      PROCESS_NAME, 'Đang giải quyết', 'Sổ sách năm', 'Đảng phí']) {
      if (!text.includes(expected)) throw new Error(`member page lacks "${expected}": ${text.slice(0, 400)}`);
    }
    // the case's next step, which this clerk works on, opens in Tasklist from the record
    const [next] = await rest(CLERK, `/task?processInstanceId=${started.id}&taskDefinitionKey=Task_NguoiGioiThieu`);
    const stepLink = page.locator('#record-body .open-tasks a', { hasText: next.name });
    await stepLink.waitFor({ state: 'visible' });
    const href = await stepLink.getAttribute('href');
    if (href !== `/camunda/app/tasklist/default/#/?task=${next.id}`) throw new Error(`the step links to ${href}`);
    // the case itself opens the case page
    const caseLink = page.locator(`#record-body a[href="/ho-so-giai-quyet/?id=${started.id}"]`);
    await caseLink.waitFor({ state: 'visible' });
    await shot('07-member-record');
  });

  await step('Member page: another organisation\'s member is not found, by search or by address', async () => {
    const other = await fetch(`${BASE}/api/members?q=DEMO-0018`, { headers: {
      Authorization: 'Basic ' + Buffer.from(`${SUPERVISOR.id}:${SUPERVISOR.password}`).toString('base64'), Accept: 'application/json' } });
    const found = await other.json();
    if (!found.length) throw new Error('supervisor of xã An Phú should find DEMO-0018 of chi bộ thôn Tây');
    await page.locator('#back').click();
    await page.locator('#q').fill('DEMO-0018');
    await page.locator('#search-form button[type="submit"]').click();
    await page.locator('#search-message', { hasText: 'Không tìm thấy' }).waitFor({ state: 'visible' });
    await page.goto(`${BASE}/ho-so-dang-vien/#/nguoi/${found[0].id}`);
    await page.locator('#record-message', { hasText: 'Không tìm thấy người này' }).waitFor({ state: 'visible' });
    if (await page.locator('#record-body h2').count()) throw new Error('another organisation\'s member was shown');
    await shot('08-member-other-organisation');
    await page.goto(TASKLIST);
    await page.locator('li.account > a.dropdown-toggle').waitFor({ state: 'visible' });
  });

  await step('Exemption (demo case of DEMO-0001): the chi ủy proposes in Vietnamese, the chi bộ\'s vote form opens', async () => {
    const [task] = await rest(CLERK, '/task?processDefinitionKey=mien-sinh-hoat-dang&taskDefinitionKey=Task_ChiUyXemXet');
    if (!task) throw new Error('the demo exemption case of chi bộ thôn Đông is not waiting for the chi ủy');
    // Tasklist is open since the last step (loading the same address again can leave it on its splash screen)
    await page.locator('li.account > a.dropdown-toggle').waitFor({ state: 'visible' });
    await page.locator('.task-filter h4.name a', { hasText: FILTER_NAME }).click();
    const link = page.locator(`ol.tasks-list li.task h4.task a[href="#/?task=${task.id}"]`);
    await link.waitFor({ state: 'visible' });
    await link.click();
    // untaken, the task cannot be completed: the page says so above the form, with the button that takes it
    const hint = page.locator('.nq21-claim-hint');
    await hint.waitFor({ state: 'visible' });
    const hintText = await hint.innerText();
    if (!hintText.includes('chưa có người nhận')) throw new Error(`the locked form is explained as: ${hintText}`);
    await shot('09a-exemption-untaken');
    // (Playwright never finds the button "stable" inside Tasklist's task pane; a clerk's click is a DOM click)
    await hint.locator('button').evaluate((button) => button.click());
    await page.locator('button.unclaim[ng-click="unclaim()"]').waitFor({ state: 'visible' });
    await hint.waitFor({ state: 'detached' });
    await formRendered(taskForm(), 'Field_proposalDate', 'mien-chi-uy-xem-xet');
    const text = await taskForm().innerText();
    for (const expected of ['Chi ủy xem xét, đề xuất', 'Nguyễn Văn Hùng', 'Tuổi cao']) {
      if (!text.includes(expected)) throw new Error(`exemption form lacks "${expected}"`);
    }
    await fillDate(taskForm(), 'Field_proposalDate', day(0));
    await taskForm().locator('input[type="radio"][id$="-Field_chiUyConclusion-0"]').check();
    await taskForm().locator('input[type="radio"][id$="-Field_holdsChiUyRole-0"]').check(); // Không
    await shot('09-exemption-proposal-form');
    const resp = completeResponse(task.id);
    await page.locator('.form-actions button[ng-click="complete()"]').click();
    const r = await resp;
    if (r.status() >= 300) throw new Error(`exemption proposal: HTTP ${r.status()} ${await r.text()}`);
    const vote = await waitForTask(task.processInstanceId, 'Chi bộ xét, biểu quyết (MS03)');
    await page.goto(`${TASKLIST}#/?task=${vote.id}`);
    await formRendered(taskForm(), 'Field_voteDate', 'mien-chi-bo-bieu-quyet');
    const voteText = await taskForm().innerText();
    if (!voteText.includes('quá nửa')) throw new Error('the exemption vote form does not say "quá nửa"');
    await shot('10-exemption-vote-form');
  });

  await step('Verification (demo case of Đinh Thị Thẩm Tra): a parent who is a member, recorded field by field, with form-js speaking Vietnamese', async () => {
    const [task] = await rest(CLERK, '/task?processDefinitionKey=ket-nap-dang-vien&taskDefinitionKey=Task_ThamTraLyLich');
    if (!task) throw new Error('the demo admission case of chi bộ thôn Đông is not waiting at the verification');
    await page.goto(`${TASKLIST}#/?task=${task.id}`);
    await page.locator('button.claim[ng-click="claim()"]').click();
    await page.locator('button.unclaim[ng-click="unclaim()"]').waitFor({ state: 'visible' });
    await formRendered(taskForm(), 'Field_verificationDate', 'ket-nap-tham-tra-ly-lich');
    // form-js's own validation: required fields left empty are named in Vietnamese, nothing is sent
    await page.locator('.form-actions button[ng-click="complete()"]').click();
    const errors = taskForm().locator('.fjs-form-field-error');
    await errors.first().waitFor({ state: 'visible' });
    const errorText = (await errors.allInnerTexts()).join(' | ');
    if (/Field |required|must /.test(errorText) || !errorText.includes('Chưa nhập ô này')) {
      throw new Error(`form-js's validation messages read: ${errorText}`);
    }
    log(`  form-js validation: ${errorText}`);
    // Tasklist's notice names each field to fix, and stands clear of the complete button
    const problems = page.locator('.page-notifications .nq21-form-problems');
    await problems.waitFor({ state: 'visible' });
    const listed = await problems.innerText();
    if (!listed.includes('Ngày nhận đủ kết quả thẩm tra: Chưa nhập ô này')) throw new Error(`the notice lists: ${listed}`);
    log(`  the notice lists: ${listed.replace(/\s+/g, ' ')}`);
    // one relative at a time: the next one's boxes appear once a name is written
    const second = taskForm().locator('[id$="-Field_relative2Name"]');
    if (await second.isVisible()) throw new Error('the second relative is offered before the first is written');
    await taskForm().locator('[id$="-Field_relative1Name"]').fill('Đinh Văn Cha');
    await second.waitFor({ state: 'visible' });
    await taskForm().locator('[id$="-Field_relative1Card"]').fill('79.000123');
    await taskForm().locator('[id$="-Field_relative1Org"]').fill('Chi bộ khu phố 3, tỉnh khác');
    await taskForm().locator('[id$="-Field_relative1Relation-display"]').click();
    await page.locator('.fjs-dropdownlist-item', { hasText: 'Cha đẻ' }).click();
    await taskForm().locator('input[type="checkbox"][id$="-Field_relative1Declared"]').check();
    await taskForm().locator('textarea[id$="-Field_verificationPersons"]').fill('Bản thân; mẹ đẻ (xã An Phú)');
    await fillDate(taskForm(), 'Field_verificationDate', day(0));
    await taskForm().locator('input[type="radio"][id$="-Field_verificationResult-0"]').check();
    const english = await taskForm().locator('.fjs-container').innerText();
    if (/Field is required|Field must|Select|Search|No results/.test(english)) throw new Error('English from form-js is still on the form');
    await shot('15-verification-relatives');
    const stillWrong = await taskForm().locator('.fjs-form-field-error').allInnerTexts();
    if (stillWrong.length) {
      const where = await taskForm().locator('.fjs-form-field:has(.fjs-form-field-error) label').allInnerTexts();
      throw new Error(`form-js still refuses: ${stillWrong.join(' | ')} at ${where.join(' | ')}`);
    }
    // a form corrected after form-js refused it can be sent (a dynamic list could not: Tasklist kept the button off)
    const complete = page.locator('.form-actions button[ng-click="complete()"]');
    if (await complete.isDisabled()) throw new Error('the complete button stays disabled on a corrected form');
    const resp = completeResponse(task.id);
    await complete.click();
    const r = await resp;
    if (r.status() >= 300) throw new Error(`verification: HTTP ${r.status()} ${await r.text()}`);
    const kept = await rest(CLERK, `/history/variable-instance?processInstanceId=${task.processInstanceId}&variableName=relativesExemptText`);
    if (!kept.length || !String(kept[0].value).includes('Đinh Văn Cha (cha đẻ, thẻ đảng viên số 79.000123')) {
      throw new Error(`the relative is not recorded on the case: ${JSON.stringify(kept)}`);
    }
    log(`  recorded: ${kept[0].value}`);
  });

  await step('log out of Tasklist', logout);

  const RECEIVER = { id: 'dbcs-bao-tinh.van-phong', password: 'Demo@2026' };
  await step(`Transfer (demo case of DEMO-0005): ${RECEIVER.id} records the report, then opens the check of the hồ sơ`, async () => {
    await login(RECEIVER);
    const [task] = await rest(RECEIVER, '/task?processDefinitionKey=tiep-nhan-chuyen-sinh-hoat'
      + '&taskDefinitionKey=Task_DangVienTrinhDien&processVariables=' + encodeURIComponent('memberName_eq_Nguyễn Đức Minh'));
    if (!task) throw new Error('the demo transfer of DEMO-0005 is not waiting for the member\'s report');
    await page.goto(`${TASKLIST}#/?task=${task.id}`);
    const claim = page.locator('button.claim[ng-click="claim()"]');
    await claim.waitFor({ state: 'visible' });
    await claim.click();
    await page.locator('button.unclaim[ng-click="unclaim()"]').waitFor({ state: 'visible' });
    await formRendered(taskForm(), 'Field_reportDate', 'chuyen-den-trinh-dien');
    const text = await taskForm().innerText();
    for (const expected of ['Nguyễn Đức Minh', 'Chuyển sinh hoạt đảng chính thức', 'Chi bộ thôn Đông', '30 ngày làm việc']) {
      if (!text.includes(expected)) throw new Error(`transfer report form lacks "${expected}"`);
    }
    await fillDate(taskForm(), 'Field_reportDate', day(0));
    await shot('11-transfer-report-form');
    const resp = completeResponse(task.id);
    await page.locator('.form-actions button[ng-click="complete()"]').click();
    const r = await resp;
    if (r.status() >= 300) throw new Error(`transfer report: HTTP ${r.status()} ${await r.text()}`);
    let check;
    for (const until = Date.now() + TIMEOUT; !check && Date.now() < until; ) {
      [check] = await rest(RECEIVER, `/task?processInstanceId=${task.processInstanceId}&taskDefinitionKey=Task_KiemTraHoSo`);
      if (!check) await page.waitForTimeout(250);
    }
    if (!check) throw new Error('the check of the hồ sơ (CS07) did not follow the report');
    await page.goto(`${TASKLIST}#/?task=${check.id}`);
    await page.locator('button.claim[ng-click="claim()"]').click();
    await page.locator('button.unclaim[ng-click="unclaim()"]').waitFor({ state: 'visible' });
    await formRendered(taskForm(), 'Field_checkDate', 'chuyen-den-kiem-tra-ho-so');
    await taskForm().locator('input[type="radio"][id$="-Field_checkConclusion-0"]').check(); // Tiếp nhận
    // the chi bộ to choose come from the case (valuesKey chiBoOptions): the receiving đảng bộ's own chi bộ only
    await taskForm().locator('[id$="-Field_toChiBoId-display"]').click();
    const options = page.locator('.fjs-dropdownlist-item');
    await options.first().waitFor({ state: 'visible' });
    const names = await options.allInnerTexts();
    if (!names.includes('Chi bộ Trị sự') || names.some((n) => n.includes('thôn'))) {
      throw new Error(`the receiving chi bộ offered are ${JSON.stringify(names)}`);
    }
    await shot('12-transfer-check-form');
  });

  await step('log out of Tasklist', logout);

  const TRI_SU = { id: 'cb-tri-su.chi-uy', password: 'Demo@2026' };
  await step(`Removal (demo case of DEMO-0032): ${TRI_SU.id} records the second request for self-review, the chi bộ's vote form opens`, async () => {
    await login(TRI_SU);
    const [task] = await rest(TRI_SU, '/task?processDefinitionKey=dua-ra-khoi-dang&taskDefinitionKey=Task_YeuCauTuKiemDiem');
    if (!task) throw new Error('the demo xóa tên of DEMO-0032 is not waiting for the second self-review');
    await page.goto(`${TASKLIST}#/?task=${task.id}`);
    const claim = page.locator('button.claim[ng-click="claim()"]');
    await claim.waitFor({ state: 'visible' });
    await claim.click();
    await page.locator('button.unclaim[ng-click="unclaim()"]').waitFor({ state: 'visible' });
    await formRendered(taskForm(), 'Field_requestDate', 'xoa-ten-tu-kiem-diem');
    const text = await taskForm().innerText();
    for (const expected of ['Yêu cầu đảng viên tự kiểm điểm', 'lần thứ 2', 'Phùng Văn Lợi', 'Lần 1', 'Xóa tên trong danh sách đảng viên']) {
      if (!text.includes(expected)) throw new Error(`self-review form lacks "${expected}"`);
    }
    await fillDate(taskForm(), 'Field_requestDate', day(0));
    await taskForm().locator('input[type="radio"][id$="-Field_requestAnswer-2"]').check(); // cố tình không tự kiểm điểm
    await taskForm().locator('textarea[id$="-Field_answerNotes"]').fill('Biên bản ngày hôm nay: đồng chí từ chối viết bản tự kiểm điểm');
    await shot('13-removal-self-review-form');
    const resp = completeResponse(task.id);
    await page.locator('.form-actions button[ng-click="complete()"]').click();
    const r = await resp;
    if (r.status() >= 300) throw new Error(`self-review request: HTTP ${r.status()} ${await r.text()}`);
    let vote;
    for (const until = Date.now() + TIMEOUT; !vote && Date.now() < until; ) {
      [vote] = await rest(TRI_SU, `/task?processInstanceId=${task.processInstanceId}&taskDefinitionKey=Task_ChiBoBieuQuyet`);
      if (!vote) await page.waitForTimeout(250);
    }
    if (!vote) throw new Error('the chi bộ\'s vote (XT03) did not follow the deliberate refusal');
    await page.goto(`${TASKLIST}#/?task=${vote.id}`);
    await formRendered(taskForm(), 'Field_voteDate', 'xoa-ten-chi-bo-bieu-quyet');
    const voteText = await taskForm().innerText();
    for (const expected of ['hai phần ba', 'cố tình không tự kiểm điểm']) {
      if (!voteText.includes(expected)) throw new Error(`the removal vote form lacks "${expected}"`);
    }
    await shot('14-removal-vote-form');
  });

  await step('log out of Tasklist', logout);

  await step(`Cockpit: log in as ${SUPERVISOR.id}, open "${PROCESS_NAME}", see the case`, async () => {
    await page.goto(COCKPIT);
    await login(SUPERVISOR);
    await page.goto(`${COCKPIT}#/processes`);
    await page.locator('a', { hasText: PROCESS_NAME }).first().click();
    await page.waitForURL(/#\/process-definition\/[^/]+\/runtime/);
    // the tab of cases as a supervisor reads them: the candidate, the organisation, the step, who and by when
    await page.locator('.nav-tabs a', { hasText: 'Hồ sơ đang giải quyết' }).first().click();
    const caseRow = page.locator(`.nq21-cases tr[data-case="${started.id}"]`);
    await caseRow.waitFor({ state: 'visible' });
    const caseText = (await caseRow.innerText()).replace(/\s+/g, ' ').trim();
    if (!caseText.includes(CANDIDATE) || !caseText.includes('Chi bộ thôn Đông')
      || !/hạn \d{2}\/\d{2}\/\d{4}/.test(caseText)) {
      throw new Error(`the case reads in Cockpit: ${caseText}`);
    }
    log(`  Cockpit case: ${caseText}`);
    await shot('05a-cockpit-cases');
    if (await caseRow.locator(`a.nq21-case-page[href="/ho-so-giai-quyet/?id=${started.id}"]`).count() !== 1) {
      throw new Error('the case list does not lead to the case page');
    }
    // a supervisor is not offered what the engine would refuse: suspending the procedure, the human tasks page
    await page.waitForFunction(() => document.documentElement.classList.contains('nq21-not-admin'), null,
      { timeout: TIMEOUT });
    if (await page.locator('a.btn-suspend-action').isVisible()) throw new Error('a supervisor is offered to suspend');
    if (await page.locator('a', { hasText: /^\s*Human Tasks\s*$/ }).first().isVisible()) {
      throw new Error('a supervisor is offered Human Tasks');
    }
    // Cockpit's own list of instances, the next tab
    await page.locator('.nav-tabs a', { hasText: 'Process Instances' }).first().click();
    // the case's row in the instance table (its id is the link title)
    await page.locator(`a[title="${started.id}"]`).first().waitFor({ state: 'visible' });
    // translations arrive after the first render (notes: wait 5)
    await page.waitForFunction(() => !/PLUGIN_|PROCESS_INSTANCE_ADD/.test(document.body.innerText), null, { timeout: TIMEOUT });
    const row = page.locator('tr', { has: page.locator(`a[title="${started.id}"]`) }).first();
    log(`  Cockpit row: ${(await row.innerText()).replace(/\s+/g, ' ').trim()}`);
    await shot('05-cockpit-process-definition');
    // the case's own page in Cockpit opens on the whole case, as the clerks' case page tells it
    await page.goto(`${COCKPIT}#/process-instance/${started.id}/runtime`);
    await page.locator('.nav-tabs a', { hasText: 'Toàn bộ hồ sơ' }).first().click();
    const frame = page.frameLocator('iframe.nq21-case-frame');
    await frame.locator('.summary h2', { hasText: PROCESS_NAME }).waitFor({ state: 'visible' });
    await frame.locator('#done tr', { hasText: TASK_CERT }).waitFor({ state: 'visible' });
    await shot('05b-cockpit-case-tab');
  });

  await step('Admin: the authorizations of applications read in Vietnamese order, with the permissions named', async () => {
    await page.locator('li.account > a.dropdown-toggle').click();
    await page.locator('li.logout a').click();
    // an admin whose browser prefers Vietnamese (the rest of this run pins en-US for form-js's date typing)
    page = await ctx.newPage();
    await page.addInitScript(() => Object.defineProperty(navigator, 'languages', { get: () => ['vi-VN', 'vi'] }));
    await page.goto(`${BASE}/camunda/app/admin/default/#/authorization?resource=0`);
    await login(ADMIN);
    const title = page.locator('.section-content > header h3');
    await page.waitForFunction(() => {
      const h3 = document.querySelector('.section-content > header h3');
      return h3 && h3.textContent.trim().startsWith('Phân quyền:');
    }, null, { timeout: TIMEOUT });
    const text = (await title.innerText()).replace(/\s+/g, ' ').trim();
    if (text !== 'Phân quyền: Ứng dụng') throw new Error(`the authorization page is titled "${text}"`);
    const cells = page.locator('td.permissions');
    await cells.first().waitFor({ state: 'visible' });
    const permissions = await cells.allInnerTexts();
    if (!permissions.some((p) => p.includes('Tất cả (ALL)') || p.includes('Truy cập (ACCESS)'))) {
      throw new Error(`the permissions read: ${permissions.join(' | ')}`);
    }
    log(`  ${text}: ${[...new Set(permissions.map((p) => p.trim()))].join(' | ')}`);
    await shot('16-admin-authorizations');
  });

  await step('Admin: a revision deployed as the Modeler does is in force; running cases move to it and back', async () => {
    // what Camunda Modeler's deploy dialog sends: the revised admission model with its forms and the review chain
    const root = fileURLToPath(new URL('../../../', import.meta.url));
    const deployment = new FormData();
    deployment.append('deployment-name', 'Kết nạp: sửa đổi (kiểm thử trình duyệt)');
    deployment.append('deployment-source', 'Camunda Modeler');
    const admission = fs.readFileSync(path.join(root, 'bpmn/ket-nap-dang-vien.bpmn'), 'utf8')
      .replace('name="Kết nạp đảng viên"', 'name="Kết nạp đảng viên (sửa đổi)"');
    deployment.append('ket-nap-dang-vien.bpmn', new Blob([admission], { type: 'text/xml' }), 'ket-nap-dang-vien.bpmn');
    deployment.append('xet-duyet-cap-tren.bpmn', new Blob([fs.readFileSync(path.join(root, 'bpmn/xet-duyet-cap-tren.bpmn'))],
      { type: 'text/xml' }), 'xet-duyet-cap-tren.bpmn');
    const formsDir = path.join(root, 'forms/ket-nap-dang-vien');
    for (const file of fs.readdirSync(formsDir)) {
      deployment.append(file, new Blob([fs.readFileSync(path.join(formsDir, file))], { type: 'application/json' }), file);
    }
    const deployed = await fetch(`${BASE}/engine-rest/deployment/create`, {
      method: 'POST', body: deployment,
      headers: { Authorization: 'Basic ' + Buffer.from(`${ADMIN.id}:${ADMIN.password}`).toString('base64'), Accept: 'application/json' },
    });
    if (deployed.status !== 200) throw new Error(`Modeler-style deployment: HTTP ${deployed.status} ${await deployed.text()}`);

    // Admin's dashboard leads to the page
    await page.goto(`${BASE}/camunda/app/admin/default/#/`);
    await page.locator('a[href="#/phien-ban"]').first().click();
    await page.locator('.nq21-revisions h2').waitFor({ state: 'visible' });
    const inForce = page.locator('.nq21-in-force tr[data-key="ket-nap-dang-vien"]');
    await inForce.waitFor({ state: 'visible' });
    const inForceText = (await inForce.innerText()).replace(/\s+/g, ' ').trim();
    if (!inForceText.includes('Camunda Modeler') || !inForceText.includes('admin')) {
      throw new Error(`the admission model in force reads: ${inForceText}`);
    }
    log(`  in force: ${inForceText}`);

    // validate: nothing changes yet
    await page.locator('select.nq21-process').selectOption('ket-nap-dang-vien');
    await page.locator('.nq21-versions tr[data-version]').nth(1).waitFor({ state: 'visible' });
    await page.locator('button.nq21-validate').click();
    const summary = page.locator('.nq21-summary');
    await summary.waitFor({ state: 'visible' });
    const summaryText = await summary.innerText();
    const movable = Number(summaryText.match(/^(\d+) hồ sơ chuyển được/)[1]);
    if (!(movable > 0)) throw new Error(`no case can move: ${summaryText}`);
    log(`  ${summaryText}`);
    await shot('17-admin-revision-validated');

    // move one case, follow it to the end, then undo the move
    await page.locator('input.nq21-pick:checked').evaluateAll((boxes) => boxes.slice(1).forEach((box) => { box.checked = false; }));
    await page.locator('button.nq21-move').click();
    const moved = page.locator('.nq21-batch.nq21-finished');
    await moved.waitFor({ state: 'visible', timeout: 4 * TIMEOUT });
    const movedText = await moved.innerText();
    if (!movedText.includes('1/1 đã chuyển')) throw new Error(`the move reads: ${movedText}`);
    log(`  ${movedText}`);
    await shot('18-admin-revision-moved');
    await page.locator('button.nq21-undo').click();
    const undone = page.locator('.nq21-batch.nq21-finished', { hasText: 'Hoàn tác' });
    await undone.waitFor({ state: 'visible', timeout: 4 * TIMEOUT });
    log(`  ${await undone.innerText()}`);
    const english = (await page.locator('.nq21-revisions').innerText()).match(/\b(Error|Cannot|undefined|null|NaN)\b/);
    if (english) throw new Error(`the revision page shows "${english[0]}"`);
  });

  if (serverErrors.length) throw new Error(`server errors seen: ${serverErrors.join('; ')}`);
}

let ok = false;
try {
  await main();
  ok = true;
} catch (e) {
  console.error(`[e2e] FAILED: ${e && e.stack ? e.stack : e}`);
  if (page) {
    await page.screenshot({ path: path.join(SHOTS, 'failure.png'), fullPage: true }).catch(() => {});
    fs.writeFileSync(path.join(SHOTS, 'failure.html'), await page.content().catch(() => ''));
    console.error(`[e2e] failure screenshot and page in ${SHOTS}/failure.png, failure.html (url ${page.url()})`);
  }
} finally {
  if (ctx) await ctx.close().catch(() => {});
  fs.rmSync(userDataDir, { recursive: true, force: true });
}
log(ok ? 'PASSED' : 'FAILED');
process.exit(ok ? 0 : 1);
