package org.liaison.forms;

/**
 * A signal's answers as checked against its form: the answers kept (JSON, as a submission keeps
 * them) and a text of one line per answer ("Label : answer"), for the structure and the logbook.
 */
public record SignalAnswers(SignalForm form, String answersJson, String text) {}
