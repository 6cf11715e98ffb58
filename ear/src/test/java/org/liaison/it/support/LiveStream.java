package org.liaison.it.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** A user's live stream (server-sent events) read in the background, as a browser would. */
public final class LiveStream implements AutoCloseable {

  /** One event received: its name and data. */
  public record Event(String name, String data) {}

  private final List<Event> events = new CopyOnWriteArrayList<>();
  private final CompletableFuture<Integer> status = new CompletableFuture<>();
  private final Thread reader;
  private volatile Stream<String> lines;

  /** Reads the stream on a thread of its own (never on the HTTP client's threads). */
  private LiveStream(String baseUrl, String username) {
    var request =
        HttpRequest.newBuilder(URI.create(baseUrl + "/api/live"))
            .header("Accept", "text/event-stream")
            .header("Authorization", "Bearer " + KeycloakLogin.tokenFor(username))
            .build();
    reader =
        new Thread(
            () -> {
              try {
                var response =
                    HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofLines());
                lines = response.body();
                status.complete(response.statusCode());
                read(response.body());
              } catch (Exception e) {
                status.completeExceptionally(e);
              }
            },
            "live-" + username);
    reader.setDaemon(true);
    reader.start();
  }

  private void read(Stream<String> body) {
    String name = "message";
    var data = new StringBuilder();
    var iterator = body.iterator();
    while (iterator.hasNext()) {
      var line = iterator.next();
      if (line.isEmpty()) {
        if (!data.isEmpty()) {
          events.add(new Event(name, data.toString()));
        }
        name = "message";
        data.setLength(0);
      } else if (line.startsWith("event:")) {
        name = line.substring(6).strip();
      } else if (line.startsWith("data:")) {
        data.append(line.substring(5).strip());
      } else if (line.startsWith(":")) {
        events.add(new Event("comment", line.substring(1).strip()));
      }
    }
  }

  /** Opens the stream of a user on a server, and waits until it is connected. */
  public static LiveStream open(String baseUrl, String username) throws Exception {
    var stream = new LiveStream(baseUrl, username);
    var status = stream.status.get(30, TimeUnit.SECONDS);
    if (status != 200) {
      throw new IllegalStateException("live stream answered " + status);
    }
    stream
        .await(e -> e.name().equals("comment"), Duration.ofSeconds(30))
        .orElseThrow(() -> new IllegalStateException("no keep-alive on the live stream"));
    return stream;
  }

  public static LiveStream open(String username) throws Exception {
    return open(Stack.BASE_URL, username);
  }

  /** The first event received so far or within the timeout that matches. */
  public Optional<Event> await(Predicate<Event> matching, Duration timeout)
      throws InterruptedException {
    var deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      var found = events.stream().filter(matching).findFirst();
      if (found.isPresent() || System.nanoTime() > deadline) {
        return found;
      }
      Thread.sleep(50); // polling what the reader thread collected
    }
  }

  @Override
  public void close() {
    var body = lines;
    if (body != null) {
      body.close();
    }
    reader.interrupt();
  }
}
