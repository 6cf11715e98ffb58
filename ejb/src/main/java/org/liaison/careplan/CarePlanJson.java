package org.liaison.careplan;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The content of a version as the JSON text stored with it, and the hash that signs it. */
final class CarePlanJson {

  private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

  private CarePlanJson() {}

  static String write(CarePlanContent content) {
    return JSON.toJson(content);
  }

  static CarePlanContent read(String json) {
    return JSON.fromJson(json, CarePlanContent.class);
  }

  /** SHA-256 of the stored text, in hex: what a validation signs. */
  static String hash(String json) {
    try {
      var digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(json.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
