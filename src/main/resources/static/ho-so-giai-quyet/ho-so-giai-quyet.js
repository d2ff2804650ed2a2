// Hồ sơ giải quyết: one case, whole, over GET /api/cases/{id} with the webapps' login (reads only). Opened from a
// task in Tasklist (its tab "Toàn bộ hồ sơ", with ?gon=1), from Cockpit and from the member page. Every text from the
// server is set as text, never as markup.
(function () {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const params = new URLSearchParams(location.search);
  const caseId = params.get('id');
  if (params.get('gon') === '1') document.body.classList.add('gon');

  const el = (tag, text, cls) => {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  };
  const link = (text, href, newWindow) => {
    const a = el('a', text);
    a.href = href;
    if (newWindow) a.target = '_blank';
    return a;
  };
  const tasklist = (taskId) => `/camunda/app/tasklist/default/#/?task=${encodeURIComponent(taskId)}`;

  function table(headers, rows, rowClass) {
    const t = el('table');
    const head = t.createTHead().insertRow();
    headers.forEach((h) => head.appendChild(el('th', h)));
    const body = t.createTBody();
    rows.forEach((cells, i) => {
      const tr = body.insertRow();
      if (rowClass) tr.className = rowClass(i) || '';
      cells.forEach((c) => {
        const td = tr.insertCell();
        if (c instanceof Node) td.appendChild(c); else td.textContent = c ?? '';
      });
    });
    return t;
  }

  function section(title, content, empty, id) {
    const s = el('section');
    if (id) s.id = id;
    s.appendChild(el('h3', title));
    s.appendChild(content || el('p', empty, 'muted'));
    $('case').appendChild(s);
    return s;
  }

  async function api(path) {
    const r = await fetch(path, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (r.status === 401) { $('signin').hidden = false; throw new Error(''); }
    if (r.status === 404) throw new Error('Không có hồ sơ này, hoặc tài khoản này không được xem hồ sơ này.');
    if (!r.ok) throw new Error(`Máy chủ trả lời lỗi ${r.status}.`);
    return r.json();
  }

  /** Who must act, by when; the user's own step opens in Tasklist. */
  function waiting(steps) {
    return table(['Bước', 'Đang chờ', 'Ai phải làm', 'Từ ngày', 'Hạn'], steps.map((s) => [s.step || '',
      s.yours ? link(s.name, tasklist(s.taskId), document.body.classList.contains('gon')) : el('span', s.name),
      s.who, s.since, s.due ? `${s.due}${s.overdue ? ` (quá hạn ${s.daysLate} ngày)` : ''}` : '']),
    (i) => (steps[i].overdue ? 'late' : ''));
  }

  function recorded(values) {
    if (!values.length) return el('span', '');
    const dl = el('dl', null, 'recorded');
    values.forEach((v) => { dl.appendChild(el('dt', v.label)); dl.appendChild(el('dd', v.value)); });
    return dl;
  }

  const KINDS = { start: 'Mở hồ sơ', task: 'Việc', system: 'Hệ thống', timer: 'Đến hạn', message: 'Tin báo', end: 'Kết thúc' };

  function render(c) {
    const root = $('case');
    root.replaceChildren();
    document.title = `${c.procedure}${c.person ? ` – ${c.person}` : ''} – NQ21 Workflow`;

    const summary = el('section', null, 'summary');
    const h = el('h2', c.procedure);
    h.appendChild(document.createTextNode(' '));
    h.appendChild(el('small', c.version));
    summary.appendChild(h);
    const dl = el('dl');
    const item = (k, v) => {
      if (v) { dl.appendChild(el('dt', k)); const dd = el('dd'); dd.append(v); dl.appendChild(dd); }
    };
    item('Về đồng chí / quần chúng', c.person
      ? (c.memberId ? link(c.person, `/ho-so-dang-vien/#/nguoi/${c.memberId}`, document.body.classList.contains('gon')) : c.person)
      : null);
    item('Tổ chức đảng', c.organization);
    item('Mã hồ sơ', c.businessKey);
    item('Tình trạng', c.ended ? `${c.state} (${c.ended})` : c.state);
    item('Mở ngày', `${c.opened}${c.openedBy ? `, do ${c.openedBy}` : ''}`);
    summary.appendChild(dl);
    if (document.body.classList.contains('gon')) {
      summary.appendChild(link('Mở trang hồ sơ riêng (để in hoặc xem rộng hơn)', `/ho-so-giai-quyet/?id=${encodeURIComponent(c.caseId)}`, true));
    }
    root.appendChild(summary);

    if (!c.ended) {
      const now = section('Đang chờ', c.current.length ? waiting(c.current) : null, 'Không có bước nào đang mở.', 'current');
      if (c.alwaysOpen.length) {
        const p = el('p', 'Luôn mở, chỉ dùng khi hồ sơ phải dừng: ', 'muted');
        c.alwaysOpen.forEach((s, i) => {
          if (i) p.append('; ');
          p.append(s.yours ? link(s.name, tasklist(s.taskId), document.body.classList.contains('gon')) : s.name);
        });
        now.appendChild(p);
      }
      section('Hạn sắp tới', c.ahead.length ? table(['Hạn', 'Việc đến hạn', 'Của bước'],
        c.ahead.map((a) => [a.due + (a.overdue ? ' (đã qua)' : ''), a.what, a.step]), (i) => (c.ahead[i].overdue ? 'late' : ''))
        : null, 'Không có hạn nào đang chạy.', 'ahead');
    }
    section('Quyết định, nghị quyết và văn bản có số', c.documents.length
      ? table(['Văn bản', 'Số', 'Ngày', 'Ghi ở bước'], c.documents.map((d) => [d.label, d.number, d.date, d.step]))
      : null, 'Chưa có văn bản nào có số.', 'documents');
    section('Danh mục hồ sơ', c.inventory ? el('pre', c.inventory, 'inventory') : null,
      'Thủ tục này chưa ghi danh mục hồ sơ nào.', 'inventory');
    const diagrams = section('Sơ đồ quy trình', el('p', 'Đang tải sơ đồ…', 'muted'), null, 'diagrams');
    section('Các bước đã làm', c.done.length ? table(['Lúc', 'Bước', 'Người làm', 'Đã ghi'], c.done.map((d) => {
      const step = el('div');
      step.appendChild(el('span', d.completed ? KINDS[d.kind] || '' : 'Đóng, không làm', `kind ${d.completed ? d.kind : 'not-done'}`));
      step.append(d.name);
      return [d.at, step, d.by || (d.kind === 'task' ? '' : 'Hệ thống'), recorded(d.recorded)];
    })) : null, 'Chưa có bước nào.', 'done').querySelectorAll('td:first-child').forEach((td) => td.classList.add('when'));
    drawDiagrams(diagrams).catch((e) => {
      diagrams.querySelectorAll(':scope > p.muted').forEach((p) => p.remove());
      diagrams.appendChild(el('p', `Không vẽ được sơ đồ: ${e.message}`, 'message'));
    });
  }

  /**
   * The whole diagram when it can be read at that size; otherwise the current step at full size, in the middle (a
   * procedure of some forty steps is unreadable when fitted to the page).
   */
  function showStep(canvas, registry, current) {
    canvas.zoom('fit-viewport');
    const step = current.map((id) => registry.get(id)).find((e) => e && e.width !== undefined);
    if (!step || canvas.zoom() >= 0.75) return;
    const size = canvas.getSize();
    canvas.viewbox({ x: step.x + step.width / 2 - size.width / 2, y: step.y + step.height / 2 - size.height / 2,
      width: size.width, height: size.height });
  }

  async function drawDiagrams(sectionNode) {
    const diagrams = await api(`/api/cases/${encodeURIComponent(caseId)}/diagrams`);
    sectionNode.lastChild.remove();
    sectionNode.appendChild(el('p', 'Bước hồ sơ đang ở được viền đỏ, ghi “Đang ở đây”; các bước đã qua được tô xanh nhạt. Kéo để di chuyển; giữ Ctrl và cuộn chuột để phóng to, thu nhỏ.', 'diagram-help'));
    for (const d of diagrams) {
      if (diagrams.length > 1) sectionNode.appendChild(el('h4', d.name));
      const canvasNode = el('div', null, 'diagram');
      canvasNode.dataset.process = d.processInstanceId;
      sectionNode.appendChild(canvasNode);
      const viewer = new window.BpmnJS({ container: canvasNode });
      await viewer.importXML(d.xml);
      const canvas = viewer.get('canvas');
      const registry = viewer.get('elementRegistry');
      const overlays = viewer.get('overlays');
      d.passed.forEach((id) => { if (registry.get(id)) canvas.addMarker(id, 'nq21-passed'); });
      d.current.forEach((id) => {
        if (!registry.get(id)) return;
        canvas.removeMarker(id, 'nq21-passed');
        canvas.addMarker(id, 'nq21-current');
        overlays.add(id, { position: { top: -14, left: 0 }, html: el('span', 'Đang ở đây', 'nq21-here') });
      });
      showStep(canvas, registry, d.current);
      const buttons = el('div', null, 'diagram-buttons');
      const whole = el('button', 'Xem toàn bộ sơ đồ');
      whole.type = 'button';
      whole.addEventListener('click', () => canvas.zoom('fit-viewport'));
      const here = el('button', 'Về bước đang ở');
      here.type = 'button';
      here.addEventListener('click', () => showStep(canvas, registry, d.current));
      buttons.append(whole, ' ', here);
      sectionNode.insertBefore(buttons, canvasNode);
    }
  }

  async function start() {
    const r = await fetch('/camunda/api/admin/auth/user/default', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (!r.ok) { $('signin').hidden = false; return; }
    $('user').textContent = (await r.json()).userId || '';
    if (!caseId) { $('message').textContent = 'Thiếu mã hồ sơ (?id=…). Mở trang này từ một việc trong Tasklist, từ Cockpit hoặc từ hồ sơ đảng viên.'; return; }
    try {
      render(await api(`/api/cases/${encodeURIComponent(caseId)}`));
    } catch (e) {
      $('message').textContent = e.message;
    }
  }

  start();
})();
