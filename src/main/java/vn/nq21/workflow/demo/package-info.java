/**
 * Dữ liệu mẫu: the {@code demo} profile's đảng bộ — users for every role of every organisation,
 * members in a mix of statuses — so that Tasklist and Cockpit show a living organisation on first start.
 */
package vn.nq21.workflow.demo;
