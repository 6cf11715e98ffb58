package org.liaison.coordinationfile;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.liaison.kernel.InvalidInputException;
import org.liaison.kernel.StaleVersionException;

/** A patient's coordination file in one coordination structure. */
@Entity
@Table(name = "coordination_file")
public class CoordinationFile {

  @Id private UUID id;

  @Column(name = "structure_id", nullable = false, updatable = false)
  private UUID structureId;

  @Column(name = "first_name", nullable = false, length = 100)
  private String firstName;

  @Column(name = "last_name", nullable = false, length = 100)
  private String lastName;

  @Column(name = "birth_date", nullable = false)
  private LocalDate birthDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Sex sex;

  @Embedded private Address address;

  @Column(length = 15)
  private String ins;

  @Column(name = "opened_at", nullable = false, updatable = false)
  private Instant openedAt;

  @Column(name = "opened_by", nullable = false, updatable = false)
  private UUID openedBy;

  @Version private long version;

  protected CoordinationFile() {}

  /** Opens a file in the structure of the case manager who opens it. */
  public static CoordinationFile open(
      PatientIdentity identity, UUID structureId, UUID openedBy, Instant at) {
    var file = new CoordinationFile();
    file.id = UUID.randomUUID();
    file.structureId = structureId;
    file.openedBy = openedBy;
    file.openedAt = at;
    file.apply(identity);
    return file;
  }

  /** Corrects the identity; {@code expectedVersion} is the version the editor saw. */
  public void correctIdentity(PatientIdentity identity, long expectedVersion) {
    if (expectedVersion != version) {
      throw new StaleVersionException(expectedVersion, version);
    }
    apply(identity);
  }

  private void apply(PatientIdentity identity) {
    var normalizedIns = Ins.normalize(identity.ins());
    if (normalizedIns != null && normalizedIns.isEmpty()) {
      normalizedIns = null;
    }
    if (normalizedIns != null) {
      Ins.problemWith(normalizedIns)
          .ifPresent(
              p -> {
                throw new InvalidInputException("ins", p);
              });
    }
    this.firstName = identity.firstName().strip();
    this.lastName = identity.lastName().strip();
    this.birthDate = identity.birthDate();
    this.sex = identity.sex();
    this.address = identity.address();
    this.ins = normalizedIns;
  }

  public UUID id() {
    return id;
  }

  public UUID structureId() {
    return structureId;
  }

  public String firstName() {
    return firstName;
  }

  public String lastName() {
    return lastName;
  }

  public LocalDate birthDate() {
    return birthDate;
  }

  public Sex sex() {
    return sex;
  }

  public Address address() {
    return address;
  }

  public String ins() {
    return ins;
  }

  public Instant openedAt() {
    return openedAt;
  }

  public long version() {
    return version;
  }
}
