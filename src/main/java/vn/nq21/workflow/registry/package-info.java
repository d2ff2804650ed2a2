/**
 * Sổ đảng viên: the member registry, system of record for people in the procedures — identity, status
 * and its history (each change stamped with the case and user that caused it), key dates and numbers
 * (domain specification §12). Processes change it only through {@link vn.nq21.workflow.registry.MemberRegistry}.
 */
package vn.nq21.workflow.registry;
