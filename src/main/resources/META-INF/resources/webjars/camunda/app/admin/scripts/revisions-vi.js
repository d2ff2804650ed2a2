/*
 * Admin's page for a revised regulation ("Phiên bản quy trình", #/phien-ban), loaded through `customScripts`
 * (config.js), with a section on Admin's dashboard that leads to it. It shows which version of each procedure and
 * rule table is in force and whose deployment it is, and moves running cases from one version of a procedure to
 * another: validate first (nothing changes), move the cases that can, follow the move case by case, undo it; and it
 * withdraws a bad revision. Everything it shows and does goes through the application's /api/revisions (README,
 * "When the regulation changes"), with the Admin session and its CSRF token; the server decides and explains in
 * Vietnamese, this page only lays it out.
 */
const API = '/api/revisions';

function csrfToken(api) {
  if (api && api.CSRFToken) return api.CSRFToken;
  const cookie = document.cookie.split(';').map((c) => c.trim()).find((c) => c.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
}

async function call(api, method, path, body) {
  const headers = { Accept: 'application/json' };
  if (method !== 'GET') {
    headers['Content-Type'] = 'application/json';
    headers['X-XSRF-TOKEN'] = csrfToken(api);
  }
  const response = await fetch(API + path, {
    method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body)
  });
  const text = await response.text();
  let data = null;
  try { data = text ? JSON.parse(text) : null; } catch (e) { data = null; }
  if (!response.ok) {
    const message = data && (data.message || data.detail) ? (data.message || data.detail)
      : `Máy chủ trả lời ${response.status}.`;
    throw new Error(message);
  }
  return data;
}

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([key, value]) => {
    if (value === undefined || value === null || value === false) return;
    if (key === 'onclick' || key === 'onchange') node.addEventListener(key.substring(2), value);
    else node.setAttribute(key, value === true ? '' : value);
  });
  children.flat().forEach((child) => {
    if (child !== null && child !== undefined) node.append(child instanceof Node ? child : String(child));
  });
  return node;
}

function table(headings, rows, cls) {
  return el('table', { class: `table table-condensed nq21-table ${cls || ''}` },
    el('thead', {}, el('tr', {}, headings.map((h) => el('th', {}, h)))),
    el('tbody', {}, rows));
}

function problem(box, error) {
  box.replaceChildren(el('div', { class: 'alert alert-danger nq21-problem', role: 'alert' },
    String(error && error.message ? error.message : error)));
}

const STATES = {
  MOVED: 'Đã chuyển', WAITING: 'Đang chờ', FAILED: 'Lỗi', NOT_MOVED: 'Không chuyển được', ENDED: 'Đã kết thúc'
};

function versionLabel(v) {
  return `phiên bản ${v.version}${v.versionTag ? ` (${v.versionTag})` : ''}`;
}

/** The page. */
function renderPage(node, api) {
  const inForce = el('div', { class: 'nq21-in-force' }, 'Đang tải…');
  const deployments = el('div', { class: 'nq21-deployments' }, 'Đang tải…');
  const processSelect = el('select', { class: 'form-control nq21-process' });
  const versions = el('div', { class: 'nq21-versions' });
  const source = el('select', { class: 'form-control nq21-source' });
  const target = el('select', { class: 'form-control nq21-target' });
  const mappings = el('textarea', {
    class: 'form-control nq21-mappings', rows: '2',
    placeholder: 'Mỗi dòng một bước đã đổi id: bước cũ > bước mới (ví dụ CallActivity_A > CallActivity_B)'
  });
  const report = el('div', { class: 'nq21-report' });
  const progress = el('div', { class: 'nq21-progress' });
  const messages = el('div', { class: 'nq21-messages' });
  let lastReport = null;

  function mappingList() {
    return mappings.value.split('\n').map((line) => line.trim()).filter(Boolean).map((line) => {
      const [from, to] = line.split('>').map((s) => (s || '').trim());
      return { from, to };
    });
  }

  async function loadInForce() {
    try {
      const rows = await call(api, 'GET', '/in-force');
      inForce.replaceChildren(table(['Loại', 'Mã', 'Tên', 'Phiên bản', 'Triển khai lúc', 'Người triển khai', 'Nguồn'],
        rows.map((r) => el('tr', { 'data-key': r.key }, el('td', {}, r.kind), el('td', {}, el('code', {}, r.key)),
          el('td', {}, r.name || ''), el('td', {}, r.version), el('td', {}, r.deployedAt),
          el('td', {}, r.deployedBy || (r.application ? 'ứng dụng (khi khởi động)' : '')),
          el('td', {}, r.application ? 'ứng dụng' : r.source || '')))));
      const processes = rows.filter((r) => r.kind === 'quy trình');
      processSelect.replaceChildren(el('option', { value: '' }, '— Chọn quy trình —'),
        ...processes.map((p) => el('option', { value: p.key }, `${p.name || p.key} (${p.key})`)));
    } catch (e) {
      problem(inForce, e);
    }
  }

  async function loadDeployments() {
    try {
      const rows = await call(api, 'GET', '/deployments?max=15');
      deployments.replaceChildren(table(['Lúc', 'Tên', 'Nguồn', 'Người triển khai', 'Mang theo'],
        rows.map((d) => el('tr', {}, el('td', {}, d.deployedAt), el('td', {}, d.name || ''),
          el('td', {}, d.source || ''), el('td', {}, d.deployedBy || (d.application ? 'ứng dụng' : '')),
          el('td', { class: 'nq21-definitions' }, d.definitions.length ? d.definitions.join('; ') : 'chỉ biểu mẫu')))));
    } catch (e) {
      problem(deployments, e);
    }
  }

  /** The chosen procedure's versions; a new choice clears what was shown for the previous one. */
  async function loadVersions(event) {
    if (event) {
      report.replaceChildren();
      progress.replaceChildren();
      messages.replaceChildren();
    }
    const key = processSelect.value;
    if (!key) {
      versions.replaceChildren();
      return;
    }
    try {
      const rows = await call(api, 'GET', `/processes/${encodeURIComponent(key)}/versions`);
      const newest = rows[0].definition;
      versions.replaceChildren(table(['Phiên bản', 'Mã định nghĩa', 'Hồ sơ đang chạy', ''],
        rows.map((row, i) => el('tr', { 'data-version': row.definition.version },
          el('td', {}, versionLabel(row.definition)), el('td', {}, el('code', {}, row.definition.id)),
          el('td', { class: 'nq21-running' }, row.runningCases),
          el('td', {}, i === 0 && rows.length > 1 ? el('button', {
            class: 'btn btn-default btn-sm nq21-withdraw', type: 'button',
            onclick: () => withdraw(row.definition)
          }, 'Rút lại phiên bản này') : '')))));
      const options = (selected) => rows.map((row) => el('option', {
        value: row.definition.id, selected: row.definition.id === selected
      }, `${versionLabel(row.definition)} — ${row.runningCases} hồ sơ đang chạy`));
      const busiest = rows.slice(1).find((row) => row.runningCases > 0) || rows[rows.length - 1];
      source.replaceChildren(...options(busiest.definition.id));
      target.replaceChildren(...options(newest.id));
    } catch (e) {
      problem(versions, e);
    }
  }

  async function withdraw(definition) {
    if (!window.confirm(`Rút lại ${versionLabel(definition)} của ${definition.key}? Hồ sơ mới sẽ mở trên nội dung của`
      + ' phiên bản trước; hồ sơ đã ở phiên bản này vẫn ở đó cho đến khi được chuyển.')) return;
    try {
      const done = await call(api, 'POST', `/processes/definitions/${encodeURIComponent(definition.id)}/withdraw`, {});
      messages.replaceChildren(el('div', { class: 'alert alert-success nq21-withdrawn' },
        `Đã rút lại ${versionLabel(done.withdrawn)}: hồ sơ mới mở trên ${versionLabel(done.now)}, nội dung của `
        + `${versionLabel(done.restored)}. Hồ sơ đã ở ${versionLabel(done.withdrawn)} chuyển về bằng “Kiểm tra” rồi`
        + ' “Chuyển” bên dưới.'));
      await Promise.all([loadInForce(), loadDeployments()]);
      processSelect.value = definition.key;
      await loadVersions();
    } catch (e) {
      problem(messages, e);
    }
  }

  function showReport(r) {
    lastReport = r;
    const parts = [el('h4', {}, `Kiểm tra chuyển từ ${versionLabel(r.source)} sang ${versionLabel(r.target)}`
      + ' (chưa thay đổi gì)')];
    if (r.planProblems.length) {
      parts.push(el('div', { class: 'alert alert-danger nq21-plan-problems' },
        el('p', {}, 'Kế hoạch chuyển chưa hợp lệ:'), el('ul', {}, r.planProblems.map((p) => el('li', {}, p)))));
    }
    parts.push(el('p', {}, `Các bước tương ứng: ${r.mapped.length} (bước cùng id, và các ánh xạ đã nhập).`));
    if (r.unmapped.length) {
      parts.push(el('div', { class: 'alert alert-warning nq21-unmapped' },
        el('p', {}, 'Hồ sơ đang đứng ở các bước không có bước tương ứng trong phiên bản đích:'),
        el('ul', {}, r.unmapped.map((u) => el('li', {}, `${u.name || u.activityId} (${u.activityId}): ${u.cases} hồ sơ`)))));
    }
    const movable = r.cases.filter((c) => c.canMove).length;
    parts.push(el('p', { class: 'nq21-summary' },
      `${movable} hồ sơ chuyển được, ${r.cases.length - movable} hồ sơ không chuyển được.`));
    parts.push(table(['', 'Hồ sơ', 'Người', 'Tổ chức', 'Đang ở bước', 'Kết quả kiểm tra'],
      r.cases.map((c) => el('tr', { 'data-case': c.caseId, class: c.canMove ? '' : 'nq21-cannot' },
        el('td', {}, el('input', { type: 'checkbox', class: 'nq21-pick', value: c.caseId, checked: c.canMove,
          disabled: !c.canMove, 'aria-label': `Chọn hồ sơ ${c.businessKey || c.caseId}` })),
        el('td', {}, c.businessKey || c.caseId), el('td', {}, c.person || ''), el('td', {}, c.organization || ''),
        el('td', {}, c.steps.join('; ')),
        el('td', { class: 'nq21-reasons' }, c.canMove ? 'Chuyển được' : c.reasons.join('; ')))), 'nq21-cases'));
    if (movable > 0 && !r.planProblems.length) {
      parts.push(el('button', { class: 'btn btn-primary nq21-move', type: 'button', onclick: move },
        'Chuyển các hồ sơ đã chọn'));
    }
    report.replaceChildren(...parts);
  }

  async function validate() {
    progress.replaceChildren();
    messages.replaceChildren();
    report.replaceChildren('Đang kiểm tra từng hồ sơ…');
    try {
      showReport(await call(api, 'POST', '/migrations/validate', {
        sourceDefinitionId: source.value, targetDefinitionId: target.value, mappings: mappingList(), caseIds: []
      }));
    } catch (e) {
      problem(report, e);
    }
  }

  async function move() {
    const picked = [...report.querySelectorAll('input.nq21-pick:checked')].map((box) => box.value);
    if (!picked.length) {
      problem(messages, 'Chưa chọn hồ sơ nào để chuyển.');
      return;
    }
    try {
      const started = await call(api, 'POST', '/migrations', {
        sourceDefinitionId: lastReport.source.id, targetDefinitionId: lastReport.target.id,
        mappings: mappingList(), caseIds: picked
      });
      follow(started.batchId);
    } catch (e) {
      problem(messages, e);
    }
  }

  async function undo(batchId) {
    try {
      const started = await call(api, 'POST', `/migrations/${encodeURIComponent(batchId)}/undo`, {});
      const staying = started.report.cases.filter((c) => !c.canMove);
      if (staying.length) {
        messages.replaceChildren(el('div', { class: 'alert alert-warning' }, `${staying.length} hồ sơ không chuyển về `
          + `được: ${staying.map((c) => `${c.businessKey || c.caseId} (${c.reasons.join('; ')})`).join(', ')}`));
      }
      follow(started.batchId);
    } catch (e) {
      problem(messages, e);
    }
  }

  async function follow(batchId) {
    let p;
    try {
      p = await call(api, 'GET', `/migrations/${encodeURIComponent(batchId)}`);
    } catch (e) {
      problem(progress, e);
      return;
    }
    const title = `${p.undoOf ? 'Hoàn tác: chuyển' : 'Chuyển'} ${p.total} hồ sơ từ ${versionLabel(p.source)} sang `
      + `${versionLabel(p.target)} — ${p.finished ? 'đã xong' : 'đang chạy'}: ${p.done}/${p.total} đã chuyển`
      + `${p.failed ? `, ${p.failed} lỗi` : ''}`;
    progress.replaceChildren(el('h4', { class: `nq21-batch ${p.finished ? 'nq21-finished' : ''}` }, title),
      el('p', {}, `Lần chuyển ${p.batchId}, do ${p.startedBy || '?'} lúc ${p.startedAt}.`),
      table(['Hồ sơ', 'Người', 'Kết quả', 'Ghi chú'], p.cases.map((c) => el('tr', { 'data-case': c.caseId },
        el('td', {}, c.businessKey || c.caseId), el('td', {}, c.person || ''),
        el('td', { class: `nq21-state-${c.state}` }, STATES[c.state] || c.state),
        el('td', {}, c.message || '')))),
      p.finished && !p.undoOf ? el('button', { class: 'btn btn-default nq21-undo', type: 'button',
        onclick: () => undo(p.batchId) }, 'Hoàn tác lần chuyển này') : '');
    if (p.finished) {
      report.replaceChildren();
      await loadVersions();
      progress.scrollIntoView({ block: 'nearest' });
    } else if (document.body.contains(node)) {
      // until the move is done, while the page is open
      window.setTimeout(() => follow(batchId), 1500);
    }
  }

  processSelect.addEventListener('change', loadVersions);
  node.replaceChildren(el('section', { class: 'nq21-revisions' },
    el('h2', {}, 'Phiên bản quy trình và chuyển hồ sơ'),
    el('p', {}, 'Khi quy định thay đổi: mô hình nào đang có hiệu lực và do ai triển khai; chuyển hồ sơ đang chạy sang'
      + ' phiên bản mới (kiểm tra trước, chưa thay đổi gì); hoàn tác; rút lại bản sửa đổi.'),
    el('h3', {}, 'Đang có hiệu lực'), inForce,
    el('h3', {}, 'Chuyển hồ sơ đang chạy sang phiên bản khác'),
    el('div', { class: 'form-group' }, el('label', {}, 'Quy trình'), processSelect),
    versions,
    el('div', { class: 'form-group' }, el('label', {}, 'Từ phiên bản'), source),
    el('div', { class: 'form-group' }, el('label', {}, 'Sang phiên bản'), target),
    el('div', { class: 'form-group' }, el('label', {}, 'Ánh xạ bước đã đổi id (nếu có)'), mappings),
    el('button', { class: 'btn btn-default nq21-validate', type: 'button', onclick: validate },
      'Kiểm tra (chưa thay đổi gì)'),
    messages, report, progress,
    el('h3', {}, 'Các lần triển khai gần đây'), deployments));
  loadInForce();
  loadDeployments();
}

export default [
  {
    id: 'nq21.revisions.dashboard',
    pluginPoint: 'admin.dashboard.section',
    priority: 5,
    properties: { label: 'Phiên bản quy trình', pagePath: '#/phien-ban' },
    render: (node) => {
      node.replaceChildren(el('p', {}, 'Mô hình đang có hiệu lực và người triển khai; chuyển hồ sơ đang chạy sang'
        + ' phiên bản mới, hoàn tác, rút lại bản sửa đổi. ', el('a', { href: '#/phien-ban' }, 'Mở trang')));
    }
  },
  {
    id: 'nq21.revisions.page',
    pluginPoint: 'admin.route',
    properties: { path: '/phien-ban', label: 'Phiên bản quy trình' },
    render: (node, { api } = {}) => renderPage(node, api)
  }
];
