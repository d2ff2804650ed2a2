/*
 * The messages form-js writes itself (validation, dynamic-list buttons, empty lists), in Vietnamese.
 *
 * form-js 1.8.7, the version Tasklist 7.24 embeds, has no translation hook: its strings are literals in the
 * bundle. Tasklist loads this module through `customScripts` in config.js; it translates those literals where
 * they reach the page, inside form-js's container only, and leaves everything else alone. After an upgrade a
 * string that changed in form-js stays English until it is added here; the browser test looks for English.
 *
 * Dates too: form-js 1.8.7 builds its date picker's format from the browser's language (Intl, "default"), so the
 * same form showed a typed 05/01/2027 back as 5/1/2027 in a Vietnamese browser and read it as 1 May in an English
 * one. Every date field of a form is set to Vietnamese dd/MM/yyyy here, whatever the browser's language: the picker
 * (flatpickr, which form-js keeps on the input as `_flatpickr`) parses and shows that format, and the value form-js
 * submits stays ISO (2027-01-05).
 */
const EXACT = new Map([
  ['Field is required.', 'Chưa nhập ô này (bắt buộc).'],
  ['Value is not a number.', 'Giá trị không phải là số.'],
  ['Field must be a valid email.', 'Địa chỉ thư điện tử không hợp lệ.'],
  ['Add new', 'Thêm dòng'],
  ['Collapse', 'Thu gọn'],
  ['No results', 'Không có kết quả'],
  ['All values selected', 'Đã chọn tất cả'],
  ['Search', 'Tìm'],
  ['Select', 'Chọn'],
  ['<none>', '(chưa chọn)'],
  ['Remove item', 'Xóa dòng'],
  ['Remove tag', 'Bỏ chọn'],
  ['Date', 'Ngày'],
  ['Time', 'Giờ']
]);

const PATTERNS = [
  [/^Field must have minimum value of (.+)\.$/, (m) => `Giá trị nhỏ nhất là ${m[1]}.`],
  [/^Field must have maximum value of (.+)\.$/, (m) => `Giá trị lớn nhất là ${m[1]}.`],
  [/^Field must have minimum length of (.+)\.$/, (m) => `Cần ít nhất ${m[1]} ký tự.`],
  [/^Field must have maximum length of (.+)\.$/, (m) => `Không quá ${m[1]} ký tự.`],
  [/^Field must match pattern (.+)\.$/, (m) => `Không đúng mẫu ${m[1]}.`],
  [/^Field must be a valid\s+international phone number\./, () => 'Số điện thoại không hợp lệ (ví dụ +84912345678).'],
  [/^Expand all \((\d+)\)$/, (m) => `Mở rộng tất cả (${m[1]})`]
];

function translated(text) {
  const trimmed = text.trim();
  if (!trimmed) {
    return null;
  }
  let vi = EXACT.get(trimmed);
  if (vi === undefined) {
    for (const [pattern, make] of PATTERNS) {
      const m = trimmed.match(pattern);
      if (m) {
        vi = make(m);
        break;
      }
    }
  }
  return vi === undefined ? null : text.replace(trimmed, vi);
}

const ATTRIBUTES = ['placeholder', 'aria-label', 'title'];

function translateAttributes(el) {
  for (const name of ATTRIBUTES) {
    const value = el.getAttribute(name);
    const vi = value === null ? null : translated(value);
    if (vi !== null && vi !== value) {
      el.setAttribute(name, vi);
    }
  }
}

const DAY_FIRST = 'd/m/Y';

function dayFirst(scope) {
  scope.querySelectorAll('input.flatpickr-input').forEach((input) => {
    const picker = input._flatpickr;
    if (picker && picker.config.dateFormat !== DAY_FIRST) {
      picker.set('dateFormat', DAY_FIRST);
    }
    if (input.getAttribute('placeholder') !== 'dd/mm/yyyy') {
      input.setAttribute('placeholder', 'dd/mm/yyyy');
    }
  });
}

function translateTree(root) {
  if (root.nodeType === Node.TEXT_NODE) {
    const vi = root.parentElement && root.parentElement.closest('.fjs-container') ? translated(root.nodeValue) : null;
    if (vi !== null && vi !== root.nodeValue) {
      root.nodeValue = vi;
    }
    return;
  }
  if (root.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  const inForm = root.closest('.fjs-container') ? [root] : [];
  const scopes = inForm.concat(Array.from(root.querySelectorAll('.fjs-container')));
  for (const scope of scopes) {
    const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const vi = translated(node.nodeValue);
      if (vi !== null && vi !== node.nodeValue) {
        node.nodeValue = vi;
      }
    }
    [scope, ...scope.querySelectorAll('[placeholder], [aria-label], [title]')].forEach(translateAttributes);
    dayFirst(scope);
  }
}

new MutationObserver((records) => {
  for (const record of records) {
    if (record.type === 'childList') {
      record.addedNodes.forEach(translateTree);
    } else if (record.type === 'attributes') {
      if (record.target.closest('.fjs-container')) {
        translateAttributes(record.target);
      }
    } else {
      translateTree(record.target);
    }
  }
}).observe(document.documentElement, {
  childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ATTRIBUTES
});

export default [];
