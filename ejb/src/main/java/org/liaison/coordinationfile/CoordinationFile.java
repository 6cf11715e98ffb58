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
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import org.liaison.kernel.CareClockProvider;
import org.liaison.kernel.ConflictException;
import org.liaison.kernel.InvalidInputException;
import org.liaison.kernel.StaleVersionException;

/**
 * A patient's coordination file in one coordination structure: identity, how the patient came
 * (referral) and is followed (catchment area, case manager), consent, and the case workflow.
 */
@Entity
@Table(name = "coordination_file")
public class CoordinationFile {

  static final ZoneId CARE_ZONE = CareClockProvider.CARE_ZONE;

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

  @Enumerated(EnumType.STRING)
  @Column(name = "ins_status", length = 12)
  private InsStatus insStatus;

  @Column(length = 30)
  private String phone;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private CaseStatus status;

  @Column(name = "status_since", nullable = false)
  private LocalDate statusSince;

  @Enumerated(EnumType.STRING)
  @Column(name = "referral_origin", length = 30)
  private ReferralOrigin referralOrigin;

  @Column(name = "referral_detail", length = 200)
  private String referralDetail;

  @Column(name = "catchment_area", length = 100)
  private String catchmentArea;

  @Column(name = "case_manager_id")
  private UUID caseManagerId;

  @Embedded private Consent consent;

  @Column(name = "opened_at", nullable = false, updatable = false)
  private Instant openedAt;

  @Column(name = "opened_by", nullable = false, updatable = false)
  private UUID openedBy;

  @Version private long version;

  protected CoordinationFile() {}

  /** Opens a file in the structure of the case manager who opens it, in request analysis (T1). */
  public static CoordinationFile open(
      PatientIdentity identity, UUID structureId, UUID openedBy, Instant at) {
    var file = new CoordinationFile();
    file.id = UUID.randomUUID();
    file.structureId = structureId;
    file.openedBy = openedBy;
    file.openedAt = at;
    file.caseManagerId = openedBy;
    file.status = CaseStatus.REQUEST_ANALYSIS;
    file.statusSince = LocalDate.ofInstant(at, CARE_ZONE);
    file.apply(identity);
    return file;
  }

  /** The first step of the history: the file opened in request analysis. */
  CaseStatusChange opening(String byName) {
    return new CaseStatusChange(
        id, null, status, statusSince, openedAt, openedBy, byName, "File opened", null, null);
  }

  /** Corrects the identity; {@code expectedVersion} is the version the editor saw. */
  public void correctIdentity(PatientIdentity identity, long expectedVersion) {
    requireVersion(expectedVersion);
    apply(identity);
  }

  /** Sets how the file is followed; {@code expectedVersion} is the version the editor saw. */
  void changeCoordination(CoordinationDetails details, long expectedVersion) {
    requireVersion(expectedVersion);
    referralOrigin = details.referralOrigin();
    referralDetail = blankToNull(details.referralDetail());
    catchmentArea = blankToNull(details.catchmentArea());
    if (details.caseManagerId() != null) {
      caseManagerId = details.caseManagerId();
    }
  }

  void refer(ReferralOrigin origin, String detail, String area) {
    referralOrigin = origin;
    referralDetail = blankToNull(detail);
    catchmentArea = blankToNull(area);
  }

  /**
   * Moves the file in the case workflow. Only the transitions of {@link CaseStatus#next()} exist;
   * any other is refused with the allowed ones. The step cannot be dated before the previous one.
   */
  CaseStatusChange changeStatus(
      ChangeCaseStatus command, LocalDate today, UUID by, String byName, Instant at) {
    var target = command.to();
    if (!status.mayGoTo(target)) {
      var allowed = status.next();
      throw new ConflictException(
              "transition-not-allowed",
              "A file in "
                  + status
                  + " cannot go to "
                  + target
                  + (allowed.isEmpty()
                      ? ": " + status + " is a final status."
                      : "; allowed: " + allowed + "."))
          .with("from", status)
          .with("allowed", allowed);
    }
    if (command.exitReason() != null && target != CaseStatus.DISCHARGED) {
      throw new InvalidInputException("exitReason", "is only given for a discharge (DISCHARGED)");
    }
    var consentNote = blankToNull(command.consentNotCollected());
    if (consentNote != null && target != CaseStatus.INCLUDED) {
      throw new InvalidInputException(
          "consentNotCollected", "is only given for an inclusion (INCLUDED)");
    }
    var on = command.effectiveOn() == null ? today : command.effectiveOn();
    if (on.isBefore(statusSince)) {
      throw new InvalidInputException(
          "effectiveOn", "must not be before " + statusSince + ", the date of the current status");
    }
    var consented = consent != null && !consent.withdrawn();
    if (target == CaseStatus.INCLUDED && !consented && consentNote == null) {
      throw new ConflictException(
          "consent-required",
          "Record the person's consent to share data first, or say why it could not be collected"
              + " (consentNotCollected).");
    }
    var change =
        new CaseStatusChange(
            id,
            status,
            target,
            on,
            at,
            by,
            byName,
            command.reason(),
            command.exitReason(),
            consentNote);
    status = target;
    statusSince = on;
    return change;
  }

  void giveConsent(GiveConsent command) {
    consent =
        new Consent(
            command.givenBy().strip(),
            command.relationship(),
            command.givenOn(),
            command.scope(),
            null,
            null);
  }

  void withdrawConsent(WithdrawConsent command) {
    if (consent == null || consent.withdrawn()) {
      throw new ConflictException("no-consent-to-withdraw", "There is no consent to withdraw.");
    }
    if (command.withdrawnOn().isBefore(consent.givenOn())) {
      throw new InvalidInputException(
          "withdrawnOn", "must not be before the consent was given (" + consent.givenOn() + ")");
    }
    consent =
        new Consent(
            consent.givenBy(),
            consent.relationship(),
            consent.givenOn(),
            consent.scope(),
            command.withdrawnOn(),
            blankToNull(command.reason()));
  }

  private void requireVersion(long expectedVersion) {
    if (expectedVersion != version) {
      throw new StaleVersionException(expectedVersion, version);
    }
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
    if (normalizedIns == null && identity.insStatus() == InsStatus.QUALIFIED) {
      throw new InvalidInputException("insStatus", "only an INS can be qualified");
    }
    this.firstName = identity.firstName().strip();
    this.lastName = identity.lastName().strip();
    this.birthDate = identity.birthDate();
    this.sex = identity.sex();
    this.address = identity.address();
    this.ins = normalizedIns;
    this.insStatus =
        normalizedIns == null
            ? null
            : identity.insStatus() == null ? InsStatus.PROVISIONAL : identity.insStatus();
    this.phone = blankToNull(identity.phone());
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** "B. L." */
  public String initials() {
    return firstName.substring(0, 1).toUpperCase(Locale.ROOT)
        + ". "
        + lastName.substring(0, 1).toUpperCase(Locale.ROOT)
        + ".";
  }

  /** "M. L.", "Mme L." or "L.": civility and initial of the surname, nothing more. */
  public String discreetName() {
    var initial = lastName.substring(0, 1).toUpperCase(Locale.ROOT) + ".";
    return switch (sex) {
      case MALE -> "M. " + initial;
      case FEMALE -> "Mme " + initial;
      default -> initial;
    };
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

  public InsStatus insStatus() {
    return insStatus;
  }

  public String phone() {
    return phone;
  }

  public CaseStatus status() {
    return status;
  }

  public LocalDate statusSince() {
    return statusSince;
  }

  public ReferralOrigin referralOrigin() {
    return referralOrigin;
  }

  public String referralDetail() {
    return referralDetail;
  }

  public String catchmentArea() {
    return catchmentArea;
  }

  public UUID caseManagerId() {
    return caseManagerId;
  }

  public Consent consent() {
    return consent;
  }

  public Instant openedAt() {
    return openedAt;
  }

  public long version() {
    return version;
  }
}
