/*
 * The tab "Hồ sơ đang giải quyết" of a procedure in Cockpit, first, before Cockpit's own list of instances ("Hồ sơ"),
 * loaded through `customScripts` (config.js): every running case of the
 * procedure the supervisor may read, as a supervisor reads it — the person it is about, the organisation, the steps
 * it waits on with who must act and by when (dd/MM/yyyy, red and "quá hạn N ngày" when late), when it opened — late
 * cases first. The data comes from the application's GET /api/cases (the engine decides which cases, as in
 * Cockpit's own list); each case links to Cockpit's page of that case and to the case page. On Cockpit's page of a
 * case, the tab "Toàn bộ hồ sơ" shows the case page (steps done with who and what, documents, deadlines).
 */
function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([key, value]) => {
    if (value !== undefined && value !== null && value !== false) node.setAttribute(key, value);
  });
  children.flat().forEach((child) => {
    if (child !== null && child !== undefined) node.append(child instanceof Node ? child : String(child));
  });
  return node;
}

/** The case page: the whole case, steps done with who and what, documents, the diagram with the current step. */
function casePage(caseId) {
  return `/ho-so-giai-quyet/?id=${encodeURIComponent(caseId)}`;
}

function steps(row) {
  const waiting = row.waiting.map((s) => el('div', { class: `nq21-step${s.overdue ? ' nq21-overdue' : ''}` },
    el('strong', {}, s.name),
    s.who ? el('span', { class: 'nq21-who' }, ` — ${s.who}`) : '',
    s.due ? el('span', { class: 'nq21-due' }, ` — hạn ${s.due}${s.overdue ? ` (quá hạn ${s.daysLate} ngày)` : ''}`)
      : el('span', { class: 'nq21-due' }, ' — không có hạn')));
  if (!waiting.length) waiting.push(el('div', { class: 'nq21-step' }, 'Không có bước nào đang mở'));
  if (row.alwaysOpen.length) {
    waiting.push(el('div', { class: 'nq21-always' }, `Luôn mở: ${row.alwaysOpen.join('; ')}`));
  }
  return waiting;
}

async function render(node, processDefinitionId) {
  node.replaceChildren(el('p', {}, 'Đang tải danh sách hồ sơ…'));
  let rows;
  try {
    const response = await fetch(`/api/cases?processDefinitionId=${encodeURIComponent(processDefinitionId)}`, {
      credentials: 'same-origin', headers: { Accept: 'application/json' }
    });
    const body = await response.json().catch(() => null);
    if (!response.ok) throw new Error(body && (body.message || body.detail) ? (body.message || body.detail)
      : `Máy chủ trả lời ${response.status}.`);
    rows = body;
  } catch (e) {
    node.replaceChildren(el('div', { class: 'alert alert-danger' }, `Không tải được danh sách hồ sơ: ${e.message}`));
    return;
  }
  const { total } = rows;
  rows = rows.rows;
  const late = rows.filter((r) => r.overdue).length;
  const summary = total > rows.length
    ? `${total} hồ sơ đang giải quyết; hiển thị ${rows.length} hồ sơ đầu tiên, trong đó ${late} hồ sơ quá hạn.`
    : `${rows.length} hồ sơ đang giải quyết, ${late} hồ sơ quá hạn.`;
  node.replaceChildren(el('div', { class: 'nq21-cases' },
    el('p', { class: 'nq21-cases-summary' }, summary),
    el('table', { class: 'table table-condensed' },
      el('thead', {}, el('tr', {}, ['Hồ sơ', 'Người', 'Tổ chức', 'Đang chờ (ai làm, hạn)', 'Mở ngày']
        .map((h) => el('th', {}, h)))),
      el('tbody', {}, rows.map((r) => el('tr', { 'data-case': r.caseId, class: r.overdue ? 'nq21-late' : '' },
        el('td', {}, el('a', { href: `#/process-instance/${r.caseId}/runtime` }, r.businessKey || r.caseId),
          el('br'), el('a', { href: casePage(r.caseId), target: '_blank', class: 'nq21-case-page' }, 'Toàn bộ hồ sơ')),
        el('td', {}, r.person || ''), el('td', {}, r.organization || ''), el('td', {}, steps(r)),
        el('td', {}, r.opened || '')))))));
}

export default [{
  id: 'nq21.cases.tab',
  pluginPoint: 'cockpit.processDefinition.runtime.tab',
  priority: 20,
  properties: { label: 'Hồ sơ đang giải quyết' },
  render: (node, { processDefinitionId } = {}) => { render(node, processDefinitionId); }
}, {
  // a case's own page in Cockpit: a tab with the whole case as the clerks' case page tells it
  id: 'nq21.case.tab',
  pluginPoint: 'cockpit.processInstance.runtime.tab',
  priority: 20,
  properties: { label: 'Toàn bộ hồ sơ' },
  render: (node, { processInstanceId } = {}) => {
    // the page itself links to its own window, for printing or a wider view
    node.replaceChildren(el('iframe', { class: 'nq21-case-frame', title: 'Toàn bộ hồ sơ',
      src: `${casePage(processInstanceId)}&gon=1` }));
  }
}];
