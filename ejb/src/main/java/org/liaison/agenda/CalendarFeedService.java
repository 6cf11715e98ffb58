package org.liaison.agenda;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.liaison.agenda.AgendaCommands.FeedSettings;
import org.liaison.agenda.AgendaViews.FeedView;
import org.liaison.directory.DirectoryService;
import org.liaison.kernel.Caller;
import org.liaison.kernel.NotFoundException;
import org.liaison.kernel.SecretToken;
import org.liaison.mail.MailOutbox;

/**
 * Each professional's private iCalendar subscription: a secret URL (only its hash is stored),
 * replaced or revoked at will, that calendars fetch without logging in. The feed says only what its
 * detail level allows (discreet by default).
 */
@Stateless
public class CalendarFeedService {

  /** The feed covers from this many days ago on; calendars keep what they already have. */
  static final int PAST_DAYS = 30;

  @Inject private AgendaRepository repository;
  @Inject private AgendaCalendars calendars;
  @Inject private DirectoryService directory;

  private final Clock clock = Appointment.CLOCK;

  public FeedView feed(Caller caller) {
    var me = directory.professionalOf(caller).id();
    return repository
        .feed(me)
        .map(f -> new FeedView(true, f.detail(), f.createdAt(), null))
        .orElse(new FeedView(false, CalendarFeed.Detail.DISCREET, null, null));
  }

  /** A new secret URL; the previous one, if any, stops working now. */
  public FeedView create(Caller caller, FeedSettings settings) {
    var me = directory.professionalOf(caller).id();
    var detail =
        settings == null || settings.detail() == null
            ? CalendarFeed.Detail.DISCREET
            : settings.detail();
    var token = SecretToken.create();
    var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    var existing = repository.feed(me);
    if (existing.isPresent()) {
      existing.get().renew(SecretToken.hash(token), detail, now);
    } else {
      repository.add(new CalendarFeed(me, SecretToken.hash(token), detail, now));
    }
    return new FeedView(true, detail, now, MailOutbox.link("/api/ical/" + token + ".ics"));
  }

  public FeedView change(Caller caller, FeedSettings settings) {
    var me = directory.professionalOf(caller).id();
    var feed =
        repository
            .feed(me)
            .orElseThrow(() -> new NotFoundException("You have no calendar subscription."));
    if (settings != null && settings.detail() != null) {
      feed.change(settings.detail());
    }
    return new FeedView(true, feed.detail(), feed.createdAt(), null);
  }

  public void revoke(Caller caller) {
    var me = directory.professionalOf(caller).id();
    repository.feed(me).ifPresent(repository::remove);
  }

  /** The calendar behind a secret URL, or 404 when it is unknown or revoked. */
  public String calendar(String token) {
    var feed =
        repository
            .feedByTokenHash(SecretToken.hash(token))
            .orElseThrow(() -> new NotFoundException("No such calendar."));
    var now = clock.instant();
    var appointments =
        repository.ofProfessional(
            feed.professionalId(),
            now.minus(PAST_DAYS, ChronoUnit.DAYS),
            now.plus(3650, ChronoUnit.DAYS));
    return calendars.calendar("Liaison", appointments, feed.detail());
  }
}
