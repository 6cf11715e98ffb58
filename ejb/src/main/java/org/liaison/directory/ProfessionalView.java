package org.liaison.directory;

import java.util.UUID;

/** A professional as other contexts and the API see him or her. */
public record ProfessionalView(
    UUID id,
    String firstName,
    String lastName,
    Profession profession,
    String rpps,
    String email,
    String phone,
    StructureView structure,
    boolean hasLogin,
    long version) {

  public String displayName() {
    return firstName + " " + lastName;
  }
}
