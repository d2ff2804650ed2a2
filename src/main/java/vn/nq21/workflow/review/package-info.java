/**
 * The review chain (domain specification §3.2, §3.3): after the chi bộ's resolution, which levels consider a
 * case (đảng ủy bộ phận where one exists, đảng ủy cơ sở unless it decides itself), which body decides, by when,
 * and the checks of those levels' steps. It is one called process, {@code bpmn/xet-duyet-cap-tren.bpmn}, that
 * every procedure whose case climbs to a competent body calls with its own forms; it is part of the caller's
 * case, never a case of its own.
 *
 * <p>{@link vn.nq21.workflow.engine.modelcheck.Procedure}: the variables of this package and of case work are the
 * chain's; the đảng ủy bộ phận's opinion is recorded as given (the case goes on to the đảng ủy cơ sở whatever it
 * says).
 */
@Procedure(processKeys = "xet-duyet-cap-tren", uses = CaseReader.class,
    recordedOnly = {"appraisalOpinion", "appraisalNotes"})
package vn.nq21.workflow.review;

import vn.nq21.workflow.casework.CaseReader;
import vn.nq21.workflow.engine.modelcheck.Procedure;
