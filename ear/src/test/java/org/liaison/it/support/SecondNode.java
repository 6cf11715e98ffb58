package org.liaison.it.support;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * A second node of the provisioned server, next to the one Arquillian manages: same PostgreSQL,
 * Keycloak and cluster (JGroups peers 7601/7602, see arquillian.xml), ports offset by 2, its own
 * base directory, the same EAR deployed. Started and stopped by the test that needs it.
 */
public final class SecondNode implements AutoCloseable {

  public static final String BASE_URL = "http://127.0.0.1:8082";

  private final Process process;
  private final Path log;

  private SecondNode(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  /** Starts node B and waits (up to 4 minutes) until Liaison answers on it. */
  public static SecondNode start() throws Exception {
    var home = Path.of(System.getProperty("jboss.home", "../wildfly-config/target/server"));
    var base = Path.of("target", "node-b").toAbsolutePath();
    deleteTree(base);
    copyTree(home.resolve("standalone/configuration"), base.resolve("configuration"));
    // What Arquillian deployed to node A is recorded in its configuration: node B takes the EAR
    // from its deployments directory instead.
    var config = base.resolve("configuration/standalone.xml");
    Files.writeString(
        config, Files.readString(config).replaceAll("(?s)<deployments>.*?</deployments>", ""));
    Files.createDirectories(base.resolve("deployments"));
    Files.copy(
        Path.of(System.getProperty("liaison.ear", "target/liaison.ear")),
        base.resolve("deployments/liaison.ear"),
        StandardCopyOption.REPLACE_EXISTING);
    var log = base.resolve("node-b.out");
    var command =
        List.of(
            "bash",
            home.resolve("bin/standalone.sh").toString(),
            "-c",
            "standalone.xml",
            "-Djboss.server.base.dir=" + base,
            "-Djboss.socket.binding.port-offset=2",
            "-Djboss.bind.address=127.0.0.1",
            "-Djboss.bind.address.management=127.0.0.1",
            "-Djboss.bind.address.private=127.0.0.1",
            "-Djboss.node.name=liaison-b",
            "-Dliaison.node.id=liaison-b",
            "-Dliaison.agenda.reminders-every-seconds=2",
            "-Dliaison.cluster.name=liaison-test",
            "-Dliaison.cluster.peer1.port=7601",
            "-Dliaison.cluster.peer2.port=7602");
    var builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .directory(base.toFile());
    builder.environment().put("JBOSS_HOME", home.toAbsolutePath().toString());
    var node = new SecondNode(builder.start(), log);
    try {
      node.awaitReady(Duration.ofMinutes(4));
    } catch (Exception e) {
      node.close();
      throw e;
    }
    return node;
  }

  private void awaitReady(Duration timeout) throws Exception {
    var http = HttpClient.newHttpClient();
    var deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("node B ended; see " + log);
      }
      try {
        var status =
            http.send(
                    HttpRequest.newBuilder(URI.create(BASE_URL + "/api/config")).build(),
                    HttpResponse.BodyHandlers.discarding())
                .statusCode();
        if (status == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(1000);
    }
    throw new IllegalStateException("node B not ready after " + timeout + "; see " + log);
  }

  /** Stops node B: the java process the script started, then the script. */
  @Override
  public void close() {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      process.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
      for (var child : process.descendants().toList()) {
        child.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
      }
    } catch (Exception e) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (var path : paths.toList()) {
        var target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths
          .sorted((a, b) -> b.getNameCount() - a.getNameCount())
          .map(Path::toFile)
          .forEach(File::delete);
    }
  }
}
