/*
 * Admin's authorization pages, as a Vietnamese admin reads them (Admin in Vietnamese only). Loaded through
 * `customScripts` (config.js).
 * - The page title is written "{resource} {Authorizations}" by the template: in Vietnamese that read "Ứng dụng
 *   Phân quyền"; it becomes "Phân quyền: Ứng dụng".
 * - The permissions shown in the list (ALL, READ, CREATE_INSTANCE…) are Camunda's codes, written by its code, not
 *   through the locale files: each is shown in Vietnamese with its code beside it, which is what the edit form
 *   offers to choose.
 */
import { onPageChange } from '../../nq21-page-changes.js';

const AUTHORIZATIONS = 'Phân quyền';

const PERMISSIONS = {
  ALL: 'Tất cả',
  NONE: 'Không có',
  ACCESS: 'Truy cập',
  READ: 'Xem',
  UPDATE: 'Sửa',
  CREATE: 'Tạo',
  DELETE: 'Xóa',
  READ_TASK: 'Xem việc',
  UPDATE_TASK: 'Sửa việc',
  TASK_WORK: 'Làm việc',
  TASK_ASSIGN: 'Giao việc',
  READ_VARIABLE: 'Xem biến',
  UPDATE_TASK_VARIABLE: 'Sửa biến của việc',
  READ_INSTANCE: 'Xem hồ sơ',
  UPDATE_INSTANCE: 'Sửa hồ sơ',
  DELETE_INSTANCE: 'Xóa hồ sơ',
  CREATE_INSTANCE: 'Mở hồ sơ',
  UPDATE_INSTANCE_VARIABLE: 'Sửa biến của hồ sơ',
  READ_INSTANCE_VARIABLE: 'Xem biến của hồ sơ',
  READ_HISTORY: 'Xem lịch sử',
  READ_HISTORY_VARIABLE: 'Xem biến trong lịch sử',
  DELETE_HISTORY: 'Xóa lịch sử',
  SUSPEND: 'Tạm dừng',
  SUSPEND_INSTANCE: 'Tạm dừng hồ sơ',
  MIGRATE_INSTANCE: 'Chuyển phiên bản hồ sơ',
  RETRY_JOB: 'Chạy lại công việc nền',
  SET: 'Đặt',
  READ_TASK_VARIABLE: 'Xem biến của việc'
};

// Text is changed in its own node, which Admin's bindings keep updating: a changed value is translated again.
function textNodes(element) {
  return Array.from(element.childNodes).filter((node) => node.nodeType === Node.TEXT_NODE && node.nodeValue.trim());
}

function permissionsInVietnamese(cell) {
  for (const node of textNodes(cell)) {
    const codes = node.nodeValue.split(',').map((code) => code.trim()).filter(Boolean);
    if (codes.length && codes.every((code) => /^[A-Z_]+$/.test(code))) {
      node.nodeValue = codes.map((code) => (PERMISSIONS[code] ? `${PERMISSIONS[code]} (${code})` : code)).join(', ');
    }
  }
}

function titleInVietnameseOrder(h3) {
  for (const node of textNodes(h3)) {
    const text = node.nodeValue.replace(/\s+/g, ' ').trim();
    if (text.endsWith(` ${AUTHORIZATIONS}`) && !text.startsWith(`${AUTHORIZATIONS}:`)) {
      node.nodeValue = `${AUTHORIZATIONS}: ${text.slice(0, -AUTHORIZATIONS.length - 1)}`;
    }
  }
}

// Admin speaks Vietnamese unless the browser's first language is English (config.js: vi first, en available;
// the app chooses by the browser's first language, as here)
const FIRST = ((navigator.languages && navigator.languages[0]) || navigator.language || '').split('-')[0];
const VIETNAMESE = FIRST.toLowerCase() !== 'en';

function update() {
  if (!VIETNAMESE) {
    return;
  }
  document.querySelectorAll('td.permissions').forEach(permissionsInVietnamese);
  document.querySelectorAll('.section-content > header h3').forEach(titleInVietnameseOrder);
}

onPageChange(update);

export default [];
