package org.liaison.forms;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Definitions, answers and scores as the JSON text stored with versions and submissions. */
final class FormJson {

  private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withNullValues(false));
  private static final Type ANSWERS =
      new LinkedHashMap<String, Object>() {}.getClass().getGenericSuperclass();
  private static final Type SCORES =
      new java.util.ArrayList<FormFilling.ScoreResult>() {}.getClass().getGenericSuperclass();

  private FormJson() {}

  static String write(Object value) {
    return JSON.toJson(value);
  }

  static FormDefinition definition(String json) {
    return JSON.fromJson(json, FormDefinition.class);
  }

  static Map<String, Object> answers(String json) {
    return JSON.fromJson(json, ANSWERS);
  }

  static List<FormFilling.ScoreResult> scores(String json) {
    return JSON.fromJson(json, SCORES);
  }

  /** A definition read from a bundled template (a resource of this module). */
  static FormDefinition template(String resource) {
    try (var in = FormJson.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing template " + resource);
      }
      return JSON.fromJson(in, FormDefinition.class);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
