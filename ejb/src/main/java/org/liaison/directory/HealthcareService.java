package org.liaison.directory;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A service of a structure (FHIR HealthcareService): "Accueil de jour", "Équipe mobile"… */
@Entity
@Cacheable
@Table(name = "structure_service")
public class HealthcareService {

  @Id private UUID id;

  @Column(name = "structure_id", nullable = false, updatable = false)
  private UUID structureId;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(length = 30)
  private String phone;

  protected HealthcareService() {}

  static HealthcareService of(UUID structureId, String name, String phone) {
    var s = new HealthcareService();
    s.id = UUID.randomUUID();
    s.structureId = structureId;
    s.name = name.strip();
    s.phone = phone == null || phone.isBlank() ? null : phone.strip();
    return s;
  }

  HealthcareServiceView view() {
    return new HealthcareServiceView(id, name, phone);
  }
}
