package org.liaison.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;

/** A plain HTTP client of the deployed API, as one user (or with a given raw token). */
public final class Api {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final String authorization;

  private Api(String authorization) {
    this.authorization = authorization;
  }

  public static Api as(String username) {
    return new Api("Bearer " + KeycloakLogin.tokenFor(username));
  }

  public static Api withToken(String token) {
    return new Api("Bearer " + token);
  }

  public static Api anonymous() {
    return new Api(null);
  }

  /** A response: status, headers and the JSON body (or null). */
  public record Reply(int status, HttpResponse<String> raw, JsonNode json) {
    public Optional<String> header(String name) {
      return raw.headers().firstValue(name);
    }

    public String contentType() {
      return header("Content-Type").orElse("");
    }
  }

  public Reply get(String path) {
    return send(request(path).GET());
  }

  /** A GET asking for another media type than JSON (e.g. a CSV export). */
  public Reply get(String path, String accept) {
    return send(request(path).setHeader("Accept", accept).GET());
  }

  public Reply post(String path, Object body) {
    return send(request(path).header("Content-Type", "application/json").POST(publisher(body)));
  }

  public Reply post(String path, Object body, String ifMatch) {
    var request = request(path).header("Content-Type", "application/json").POST(publisher(body));
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return send(request);
  }

  public Reply delete(String path) {
    return send(request(path).DELETE());
  }

  public Reply put(String path, Object body, String ifMatch) {
    var request = request(path).header("Content-Type", "application/json").PUT(publisher(body));
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return send(request);
  }

  /** A POST of raw bytes (an upload). */
  public Reply upload(String path, String contentType, byte[] body) {
    return send(
        request(path)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  /** A GET whose body is bytes (a download): status, content type and bytes. */
  public HttpResponse<byte[]> download(String path) {
    try {
      return HTTP.send(
          request(path).setHeader("Accept", "*/*").GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Any method and content type, for requests a well-behaved client would not send. */
  public Reply raw(String method, String path, String contentType, String body) {
    return send(
        request(path)
            .header("Content-Type", contentType)
            .method(method, HttpRequest.BodyPublishers.ofString(body)));
  }

  private HttpRequest.Builder request(String path) {
    var builder =
        HttpRequest.newBuilder(URI.create(Stack.BASE_URL + path))
            .header("Accept", "application/json");
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    return builder;
  }

  private static HttpRequest.BodyPublisher publisher(Object body) {
    try {
      var text = body instanceof String s ? s : JSON.writeValueAsString(body);
      return HttpRequest.BodyPublishers.ofString(text);
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static Reply send(HttpRequest.Builder request) {
    try {
      var response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      JsonNode json = null;
      if (response.body() != null
          && !response.body().isBlank()
          && response.headers().firstValue("Content-Type").orElse("").contains("json")) {
        json = JSON.readTree(response.body());
      }
      return new Reply(response.statusCode(), response, json);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
