package org.liaison.directory;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.liaison.kernel.InvalidInputException;
import org.liaison.kernel.StaleVersionException;

/** A professional of the directory; {@code username} links him or her to a Keycloak login. */
@Entity
@Cacheable
@Table(name = "professional")
public class Professional {

  @Id private UUID id;

  @Column(name = "structure_id", nullable = false)
  private UUID structureId;

  @Column(unique = true, length = 100)
  private String username;

  @Column(name = "first_name", nullable = false, length = 100)
  private String firstName;

  @Column(name = "last_name", nullable = false, length = 100)
  private String lastName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private Profession profession;

  @Column(length = 11)
  private String rpps;

  @Column(length = 200)
  private String email;

  @Column(length = 30)
  private String phone;

  @Version private long version;

  protected Professional() {}

  /** A new entry of a structure's staff. */
  static Professional create(UUID structureId, ProfessionalDetails details) {
    var p = new Professional();
    p.id = UUID.randomUUID();
    p.structureId = structureId;
    p.apply(details);
    return p;
  }

  /** Corrects the entry; {@code expectedVersion} is the version the editor saw. */
  void update(ProfessionalDetails details, long expectedVersion) {
    if (expectedVersion != version) {
      throw new StaleVersionException(expectedVersion, version);
    }
    apply(details);
  }

  private void apply(ProfessionalDetails d) {
    var number = blankToNull(d.rpps());
    if (number != null) {
      Rpps.problemWith(number)
          .ifPresent(
              problem -> {
                throw new InvalidInputException("rpps", problem);
              });
    }
    firstName = d.firstName().strip();
    lastName = d.lastName().strip();
    profession = d.profession();
    rpps = number;
    email = blankToNull(d.email());
    phone = blankToNull(d.phone());
    // null keeps the login as it is (the API does not show it); blank unlinks it
    if (d.username() != null) {
      username = blankToNull(d.username());
    }
  }

  /** Links a Keycloak login to this entry (accepting an invitation). */
  void linkLogin(String login) {
    this.username = login;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public long version() {
    return version;
  }

  public UUID id() {
    return id;
  }

  public UUID structureId() {
    return structureId;
  }

  public String username() {
    return username;
  }

  public String firstName() {
    return firstName;
  }

  public String lastName() {
    return lastName;
  }

  public Profession profession() {
    return profession;
  }

  public String rpps() {
    return rpps;
  }

  public String email() {
    return email;
  }

  public String phone() {
    return phone;
  }
}
