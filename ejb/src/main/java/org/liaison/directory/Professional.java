package org.liaison.directory;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

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

  protected Professional() {}

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
