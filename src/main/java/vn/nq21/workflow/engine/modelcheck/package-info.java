/**
 * Kiểm tra mô hình: one checker ({@link vn.nq21.workflow.engine.modelcheck.ModelChecker}) for the BPMN
 * models, DMN tables and Camunda Forms of a deployment, run by the build on {@code bpmn/} and
 * {@code forms/} and by the engine on every new deployment (an admin deploying from the Modeler or
 * through {@code /engine-rest}), so that a model that would fail a clerk is refused before it is
 * deployed, with every problem named in Vietnamese.
 */
package vn.nq21.workflow.engine.modelcheck;
