package org.liaison.dashboard;

/**
 * The aggregate of one cell's facts: distinct files, sum of values, and statistics of the values.
 */
record Figure(
    String table,
    String bucket,
    String row,
    String column,
    long files,
    Double total,
    long count,
    Double mean,
    Double median,
    Double p90) {}
