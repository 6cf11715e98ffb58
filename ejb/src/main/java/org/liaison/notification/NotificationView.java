package org.liaison.notification;

import java.time.Instant;
import java.util.UUID;

/** A notification as its recipient sees it; {@code link} is a path of the app. */
public record NotificationView(
    UUID id,
    NotificationKind kind,
    UUID fileId,
    String actorName,
    String link,
    Instant createdAt,
    Instant readAt) {}
