package org.liaison.notification;

import jakarta.validation.constraints.NotNull;

/** Command and view: how the caller wants to hear of notifications by e-mail. */
public record NotificationPreferences(@NotNull EmailPreference email) {}
