/*
 * Tasklist's own search looks in task names and offers some 28 technical criteria; a clerk looks for a person. Loaded
 * through `customScripts` (config.js), this puts "Tìm theo người" in Tasklist's header: it opens the member page
 * (the same login), which finds a member or candidate of the clerk's organisations by name, CCCD, số lý lịch or số
 * thẻ and lists, under each of their cases, the steps the clerk may work on, each opening here.
 */
import { onPageChange } from '../../nq21-page-changes.js';

const ITEM = 'nq21-find-person';

function update() {
  const start = document.querySelector('[cam-widget-header] li.start-process-action');
  if (!start || start.parentElement.querySelector(`li.${ITEM}`)) {
    return;
  }
  const item = document.createElement('li');
  item.className = ITEM;
  const link = document.createElement('a');
  link.href = '/ho-so-dang-vien/';
  link.title = 'Tìm người theo họ tên, CCCD, số lý lịch hoặc số thẻ, và các việc của hồ sơ của họ';
  const icon = document.createElement('span');
  icon.className = 'glyphicon glyphicon-search';
  link.append(icon, ' Tìm theo người');
  item.append(link);
  start.parentElement.insertBefore(item, start);
}

onPageChange(update);

export default [];
