/*
 * Tasklist's "History" tab tells only the task at hand, and for a new task it says there is no history at all; a
 * clerk needs the case. Loaded through `customScripts` (config.js), this adds the tab "Toàn bộ hồ sơ" beside it: the
 * case page of the task's case (/ho-so-giai-quyet/, compact), with every step done — when, by whom, what was
 * recorded —, where the case stands, who must act and by when, the deadlines ahead, the documents and decisions with
 * their numbers, and the diagram with the current step marked. The page reads the case with the same login; the
 * application lets the clerk read only a case they work on.
 */
const ENGINE = '/camunda/api/engine/engine/default';

async function render(node, taskId) {
  node.replaceChildren(Object.assign(document.createElement('p'), { textContent: 'Đang tải hồ sơ…' }));
  try {
    const response = await fetch(`${ENGINE}/task/${encodeURIComponent(taskId)}`, {
      credentials: 'same-origin', headers: { Accept: 'application/json' }
    });
    if (!response.ok) throw new Error(`máy chủ trả lời ${response.status}`);
    const task = await response.json();
    if (!task.processInstanceId) throw new Error('việc này không thuộc hồ sơ nào');
    const frame = document.createElement('iframe');
    frame.className = 'nq21-case-frame';
    frame.title = 'Toàn bộ hồ sơ';
    frame.src = `/ho-so-giai-quyet/?id=${encodeURIComponent(task.processInstanceId)}&gon=1`;
    node.replaceChildren(frame);
  } catch (e) {
    node.replaceChildren(Object.assign(document.createElement('div'), {
      className: 'alert alert-danger', textContent: `Không mở được hồ sơ: ${e.message}.`
    }));
  }
}

export default {
  id: 'nq21.case.tab',
  pluginPoint: 'tasklist.task.detail',
  // after the form, before Tasklist's own History (800)
  priority: 900,
  properties: { label: 'Toàn bộ hồ sơ' },
  render: (node, { taskId } = {}) => { render(node, taskId); }
};
