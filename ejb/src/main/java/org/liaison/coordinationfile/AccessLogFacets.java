package org.liaison.coordinationfile;

import java.util.List;

/** The choices of the access log's filters: the people it names and the parts of the file. */
public record AccessLogFacets(List<AccessLogPerson> people, List<String> resources) {}
