/**
 * Tổ chức đảng: the party-organisation tree (tỉnh ủy → đảng bộ xã/phường/đặc khu or đảng bộ trực thuộc tỉnh ủy
 * → tổ chức cơ sở đảng → đảng bộ bộ phận → chi bộ trực thuộc) as the application knows it.
 *
 * <p>Following the design consequence of procedures.md §3.1, the tree is <em>data, not code</em>: every node
 * carries its {@link vn.nq21.workflow.organization.OrgType type} and the flags the authority resolver (§3.2)
 * reads — {@code tccsd} (is a tổ chức cơ sở đảng), {@code superiorOfTccsd} (is the direct superior of TCCSĐ)
 * and {@code authorisedToAdmit} (đảng ủy cơ sở được ủy quyền kết nạp, with the authorising decision). No code
 * branches on place names.
 *
 * <p>The tree is loaded from a YAML seed file by {@link vn.nq21.workflow.organization.OrganizationSeedParser},
 * which rejects a malformed file with one {@link vn.nq21.workflow.organization.OrganizationSeedException}
 * naming every problem and its line.
 */
package vn.nq21.workflow.organization;
