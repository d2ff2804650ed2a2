/**
 * Bảo mật: authentication of the REST APIs, the organisation scope of a user, case visibility for
 * supervisors, and the production profile's refusal of demo settings.
 */
package vn.nq21.workflow.security;
