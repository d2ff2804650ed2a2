// Hồ sơ đảng viên: one page over /api, with the webapps' login (reads only). Every text from the server is set
// as text, never as markup.
(function () {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const el = (tag, text, cls) => {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  };
  const date = (iso) => {
    if (!iso) return '';
    // a moment (a case's start, a due date) is a day in Vietnam, not in UTC
    if (String(iso).includes('T')) {
      return new Date(iso).toLocaleDateString('en-GB', { timeZone: 'Asia/Ho_Chi_Minh' });
    }
    const d = String(iso).slice(0, 10).split('-');
    return d.length === 3 ? `${d[2]}/${d[1]}/${d[0]}` : String(iso);
  };
  const month = (ym) => { const p = String(ym).split('-'); return p.length >= 2 ? `${p[1]}/${p[0]}` : String(ym); };
  const money = (n) => (n === null || n === undefined) ? '' : `${Number(n).toLocaleString('vi-VN')} đ`;
  const until = (d) => d ? `đến hết ${date(addDays(d, -1))}` : 'đến nay';
  const addDays = (iso, n) => { const d = new Date(`${iso}T12:00:00Z`); d.setUTCDate(d.getUTCDate() + n); return d.toISOString().slice(0, 10); };

  async function api(path) {
    const r = await fetch(path, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (r.status === 404) return { notFound: true };
    if (r.status === 401) { show('signin'); throw new Error('Phiên đăng nhập đã hết.'); }
    if (!r.ok) throw new Error(`Máy chủ trả lời lỗi ${r.status}.`);
    return r.json();
  }

  function show(id) {
    for (const s of ['signin', 'search', 'record']) $(s).hidden = s !== id;
  }

  function table(headers, rows) {
    const t = el('table');
    const head = t.createTHead().insertRow();
    headers.forEach((h) => head.appendChild(el('th', h)));
    const body = t.createTBody();
    rows.forEach((cells) => {
      const tr = body.insertRow();
      cells.forEach((c) => { const td = tr.insertCell(); if (c instanceof Node) td.appendChild(c); else td.textContent = c ?? ''; });
    });
    return t;
  }

  function section(parent, title, content, empty) {
    parent.appendChild(el('h3', title));
    parent.appendChild(content || el('p', empty, 'muted'));
  }

  async function search(text) {
    $('search-message').textContent = '';
    const found = await api(`/api/members?q=${encodeURIComponent(text)}`);
    const body = $('results').tBodies[0];
    body.replaceChildren();
    if (found.notFound || found.length === 0) {
      $('results').hidden = true;
      $('search-message').textContent = `Không tìm thấy ai khớp “${text}” trong các tổ chức của tài khoản này.`;
      return;
    }
    for (const m of found) {
      const tr = body.insertRow();
      tr.className = 'link';
      tr.dataset.id = m.id;
      [m.fullName, m.recordNumber, m.cardNumber, date(m.birthDate), m.statusLabel, m.organizationName]
        .forEach((c) => { tr.insertCell().textContent = c ?? ''; });
      tr.addEventListener('click', () => { location.hash = `#/nguoi/${m.id}`; });
    }
    $('results').hidden = false;
  }

  async function record(id, year) {
    show('record');
    $('record-message').textContent = '';
    const body = $('record-body');
    body.replaceChildren();
    const r = await api(`/api/members/${id}/record`);
    if (r.notFound) {
      $('record-message').textContent = 'Không tìm thấy người này trong phạm vi các tổ chức của tài khoản này.';
      return;
    }
    const m = r.member;
    body.appendChild(el('h2', m.fullName));
    const dl = el('dl');
    const item = (k, v) => { if (v) { dl.appendChild(el('dt', k)); dl.appendChild(el('dd', v)); } };
    item('Trạng thái', `${r.statusLabel} (từ ${date(m.statusSince)})`);
    item('Tổ chức đảng', r.organizationName);
    item('Số lý lịch', m.recordNumber);
    item('Số thẻ đảng viên', m.cardNumber);
    item('Ngày sinh', date(m.birthDate));
    item('Ngày vào Đảng (quyết định kết nạp)', date(m.admissionDate));
    item('Ngày lễ kết nạp', date(m.ceremonyDate));
    item('Ngày chính thức', date(m.recognitionDate));
    item('Ngày cấp giấy chứng nhận lớp nhận thức', date(m.certificateIssueDate));
    body.appendChild(dl);

    section(body, 'Trạng thái kèm theo', r.overlays.length ? table(['Trạng thái', 'Từ ngày', 'Đến', 'Nơi', 'Lý do'],
      r.overlays.map((o) => [o.label, date(o.from), until(o.until), o.where, [o.reason, o.justification, o.endReason].filter(Boolean).join('; ')]))
      : null, 'Không có.');
    section(body, 'Tổ chức đảng theo thời gian', table(['Tổ chức đảng', 'Từ ngày', 'Đến', 'Ghi chú'],
      r.organizations.map((o) => [o.organizationName, o.from ? date(o.from) : 'từ khi ghi sổ', until(o.until), o.reason])));
    section(body, 'Lịch sử trạng thái', table(['Ngày hiệu lực', 'Từ', 'Sang', 'Lý do', 'Người ghi'],
      r.history.map((h) => [date(h.effectiveDate), h.from, h.to, [h.reasonLabel, h.reason].filter(Boolean).join(': '), h.userId])));
    section(body, 'Các hồ sơ công việc', r.cases.length ? table(['Thủ tục', 'Mã hồ sơ', 'Bắt đầu', 'Tình trạng',
      'Việc đang chờ (mở trong Tasklist)', 'Danh mục hồ sơ'],
      r.cases.map((c) => {
        // the whole case: steps done, where it stands, documents, diagram
        const link = el('a', c.procedure);
        link.href = `/ho-so-giai-quyet/?id=${encodeURIComponent(c.id)}`;
        const inv = el('pre', c.inventory || '—', 'inventory');
        const open = el('div', null, 'open-tasks');
        (c.openTasks || []).forEach((t) => {
          const item = el('div', null, t.overdue ? 'open-task overdue' : 'open-task');
          const a = el('a', t.name);
          a.href = `/camunda/app/tasklist/default/#/?task=${encodeURIComponent(t.id)}`;
          item.appendChild(a);
          if (t.due) item.appendChild(document.createTextNode(` — hạn ${date(t.due)}${t.overdue ? ' (quá hạn)' : ''}`));
          open.appendChild(item);
        });
        if (!open.childNodes.length) open.textContent = '—';
        return [link, c.businessKey, date(c.started), c.state, open, inv];
      })) : null, 'Chưa có hồ sơ công việc nào mà tài khoản này được xem.');

    const y = year || new Date().getFullYear();
    const yearPicker = el('select');
    yearPicker.id = 'ledger-year';
    for (let v = new Date().getFullYear(); v >= new Date().getFullYear() - 5; v--) {
      const o = el('option', v); o.value = v; if (v === y) o.selected = true; yearPicker.appendChild(o);
    }
    yearPicker.addEventListener('change', () => { location.hash = `#/nguoi/${id}/${yearPicker.value}`; });
    const h = el('h3', 'Sổ sách năm ');
    h.appendChild(yearPicker);
    body.appendChild(h);
    const l = await api(`/api/members/${id}/ledgers?year=${y}`);
    section(body, 'Đảng phí', l.dues.length ? table(['Tháng', 'Trạng thái', 'Số tiền', 'Ngày nộp', 'Ghi chú'],
      l.dues.map((d) => [month(d.month), { DA_NOP: 'Đã nộp', CHUA_NOP: 'Chưa nộp', CO_LY_DO: 'Chưa nộp, có lý do' }[d.status], money(d.amount), date(d.paidOn), d.note]))
      : null, 'Chưa có số liệu đảng phí năm này.');
    if (l.reliefs.length) {
      section(body, 'Miễn, giảm đảng phí', table(['Loại', 'Tỷ lệ', 'Từ tháng', 'Đến tháng', 'Quyết định'],
        l.reliefs.map((x) => [x.kind === 'MIEN' ? 'Miễn' : 'Giảm', x.percent ? `${x.percent}%` : '', month(x.first), x.last ? month(x.last) : '', x.decision])));
    }
    section(body, 'Sinh hoạt chi bộ', l.attendance.length ? table(['Ngày họp', 'Tham dự', 'Lý do'],
      l.attendance.map((a) => [date(a.meetingDate), { CO_MAT: 'Có mặt', VANG_CO_LY_DO: 'Vắng có lý do', VANG_KHONG_LY_DO: 'Vắng không có lý do' }[a.attendance], a.reason]))
      : null, 'Chưa có số liệu sinh hoạt năm này.');
    section(body, 'Xếp loại đảng viên', l.ratings.length ? table(['Năm', 'Xếp loại', 'Lý do không xếp loại'],
      l.ratings.map((x) => [x.year, { HTXSNV: 'Hoàn thành xuất sắc nhiệm vụ', HTTNV: 'Hoàn thành tốt nhiệm vụ', HTNV: 'Hoàn thành nhiệm vụ', KHTNV: 'Không hoàn thành nhiệm vụ' }[x.grade] || '', x.notRatedReason]))
      : null, 'Chưa có xếp loại nào.');
  }

  async function route() {
    const m = location.hash.match(/^#\/nguoi\/(\d+)(?:\/(\d{4}))?$/);
    try {
      if (m) await record(m[1], m[2] ? Number(m[2]) : undefined);
      else show('search');
    } catch (e) {
      $(m ? 'record-message' : 'search-message').textContent = e.message;
    }
  }

  async function start() {
    const r = await fetch('/camunda/api/admin/auth/user/default', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (!r.ok) { show('signin'); return; }
    const user = await r.json();
    $('user').textContent = user.userId || '';
    $('search-form').addEventListener('submit', (e) => {
      e.preventDefault();
      search($('q').value.trim()).catch((err) => { $('search-message').textContent = err.message; });
    });
    $('back').addEventListener('click', (e) => { e.preventDefault(); location.hash = ''; show('search'); });
    window.addEventListener('hashchange', route);
    await route();
  }

  start();
})();
