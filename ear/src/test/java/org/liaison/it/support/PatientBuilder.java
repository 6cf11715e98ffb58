package org.liaison.it.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Test data: a patient identity as the API takes it. */
public final class PatientBuilder {

  private final Map<String, Object> fields = new LinkedHashMap<>();
  private final Map<String, Object> address = new LinkedHashMap<>();

  private PatientBuilder() {
    fields.put("firstName", "Jeanne");
    fields.put("lastName", "Test-" + UUID.randomUUID().toString().substring(0, 8));
    fields.put("birthDate", "1938-05-02");
    fields.put("sex", "FEMALE");
    address.put("line", "4 place du Martroi");
    address.put("postalCode", "45000");
    address.put("city", "Orléans");
    fields.put("address", address);
  }

  public static PatientBuilder aPatient() {
    return new PatientBuilder();
  }

  public PatientBuilder with(String field, Object value) {
    fields.put(field, value);
    return this;
  }

  public PatientBuilder without(String field) {
    fields.remove(field);
    return this;
  }

  public PatientBuilder withPostalCode(String postalCode) {
    address.put("postalCode", postalCode);
    return this;
  }

  /** A random INS with a correct key (never twice the same, so files never collide). */
  public PatientBuilder withValidIns() {
    var random = new java.util.Random();
    var nir =
        String.format(
            "2%02d%02d45%03d%03d",
            30 + random.nextInt(20),
            1 + random.nextInt(12),
            random.nextInt(1000),
            random.nextInt(1000));
    int key = 97 - new java.math.BigInteger(nir).mod(java.math.BigInteger.valueOf(97)).intValue();
    return with("ins", nir + String.format("%02d", key));
  }

  public Map<String, Object> build() {
    return fields;
  }
}
