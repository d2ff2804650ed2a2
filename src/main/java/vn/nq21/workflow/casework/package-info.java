/**
 * Case work: what every procedure's steps do with a case, whatever the procedure. Reading a case's variables
 * with their types ({@link vn.nq21.workflow.casework.CaseReader}), collecting a submission's problems in
 * Vietnamese ({@link vn.nq21.workflow.casework.Problems}), today and dates as a clerk reads them, the one
 * listener and submission check that runs each procedure's step checks ({@link
 * vn.nq21.workflow.casework.CaseTaskCheck}), the dossier inventory, handing a case to another organisation,
 * and opening a case of another procedure by its start message.
 */
package vn.nq21.workflow.casework;
