package org.liaison.it.support;

import com.fasterxml.jackson.databind.JsonNode;

/** Reading a dashboard view of /api/dashboards. */
public final class Dashboards {

  private Dashboards() {}

  /** The table of that key, in whichever section it is. */
  public static JsonNode table(JsonNode view, String key) {
    for (var section : view.get("sections")) {
      for (var table : section.get("tables")) {
        if (table.get("key").asText().equals(key)) {
          return table;
        }
      }
    }
    throw new AssertionError("no table " + key);
  }
}
