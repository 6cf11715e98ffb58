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

/** A structure of the territory: coordination structure, hospital, home-care service… */
@Entity
@Cacheable
@Table(name = "structure")
public class Structure {

  @Id private UUID id;

  @Column(nullable = false, length = 200)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private StructureType type;

  @Column(nullable = false, length = 100)
  private String commune;

  @Column(name = "postal_code", length = 5)
  private String postalCode;

  @Column(length = 30)
  private String phone;

  @Column(length = 200)
  private String email;

  @Version private long version;

  protected Structure() {}

  public UUID id() {
    return id;
  }

  public String name() {
    return name;
  }

  public StructureType type() {
    return type;
  }

  public String commune() {
    return commune;
  }

  public String postalCode() {
    return postalCode;
  }

  public String phone() {
    return phone;
  }

  public String email() {
    return email;
  }
}
