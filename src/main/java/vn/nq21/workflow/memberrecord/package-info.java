/**
 * A member's record on one page, where clerks and supervisors already work (the page {@code /ho-so-dang-vien/}
 * opened with the webapps' login): the search and the record's API. It reads the registry and the engine's history;
 * it writes nothing.
 */
package vn.nq21.workflow.memberrecord;
