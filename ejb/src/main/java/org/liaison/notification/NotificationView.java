package org.liaison.notification;

import java.time.Instant;
import java.util.UUID;

/**
 * A notification as its recipient sees it; {@code link} is a path of the app; {@code patientName}
 * when the recipient may see the patient it is about (never in an e-mail).
 */
public record NotificationView(
    UUID id,
    NotificationKind kind,
    UUID fileId,
    String patientName,
    String actorName,
    String link,
    Instant createdAt,
    Instant readAt) {}
