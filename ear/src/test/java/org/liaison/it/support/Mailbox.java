package org.liaison.it.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;

/**
 * The mail that the deployed Liaison really sent through WildFly's mail session to the test stack's
 * SMTP server (GreenMail), read back through GreenMail's API.
 */
public final class Mailbox {

  private static final String API = System.getProperty("liaison.mail.api", "http://127.0.0.1:8026");
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One received mail: subject and plain-text body, decoded. */
  public record Mail(String to, String subject, String body) {}

  private Mailbox() {}

  /** Every mail received for the address so far. */
  public static List<Mail> of(String address) {
    try {
      var response =
          HTTP.send(
              HttpRequest.newBuilder(
                      URI.create(
                          API
                              + "/api/user/"
                              + URLEncoder.encode(address, StandardCharsets.UTF_8)
                              + "/messages/"))
                  .build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (response.statusCode() == 400) {
        return List.of(); // GreenMail: no mail yet for this address
      }
      var mails = new ArrayList<Mail>();
      for (var m : JSON.readTree(response.body())) {
        // GreenMail hands the raw message over as ISO-8859-1 characters: turn them back to bytes.
        var raw = m.get("mimeMessage").asText().getBytes(StandardCharsets.ISO_8859_1);
        var message =
            new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
        mails.add(new Mail(address, message.getSubject(), message.getContent().toString()));
      }
      return mails;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Waits (up to 30 s: mail leaves after commit) for a mail to the address that matches. */
  public static Mail awaitMail(String address, Predicate<Mail> matching) {
    var deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(deadline)) {
      var found = of(address).stream().filter(matching).findFirst();
      if (found.isPresent()) {
        return found.get();
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("No matching mail to " + address + " within 30 s; got " + of(address));
  }
}
