/**
 * The review chain (domain specification §3.2, §3.3): after the chi bộ's resolution, which levels consider a
 * case (đảng ủy bộ phận where one exists, đảng ủy cơ sở unless it decides itself), which body decides, by when,
 * and the checks of those levels' steps. Every procedure whose case climbs to a competent body uses it.
 */
package vn.nq21.workflow.review;
