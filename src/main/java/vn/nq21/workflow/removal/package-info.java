/**
 * Đưa ra khỏi Đảng: xóa tên on a proven ground, xin ra, the complaint (domain specification §9). So far the rules
 * the procedure rests on: whether the records prove a ground of R-RK-01 (table {@code can-cu-xoa-ten}). The models
 * ({@code bpmn/dua-ra-khoi-dang.bpmn}, {@code bpmn/khieu-nai-xoa-ten.bpmn}) follow.
 */
package vn.nq21.workflow.removal;
