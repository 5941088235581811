package org.plenary.testing;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.vertx.core.json.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A server-sent events client for tests: parses events on a background thread into a queue. Waiting for
 * an event has a generous limit only so that a broken server fails the test instead of hanging it.
 */
public final class EventStream implements AutoCloseable {

  /** One event; {@code END} marks the end of the stream. */
  public record Event(String id, String name, String data) {
    public long position() {
      return Long.parseLong(id);
    }

    public JsonObject json() {
      return new JsonObject(data);
    }
  }

  public static final Event END = new Event("-1", "end", "{}");
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final long PATIENCE_SECONDS = 30;

  private static final String OPENED = "stream.opened";

  private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
  private final java.util.concurrent.CompletableFuture<Event> opened = new java.util.concurrent.CompletableFuture<>();
  private final InputStream body;
  private final int status;

  private EventStream(HttpResponse<InputStream> response) {
    this.status = response.statusCode();
    this.body = response.body();
    Thread reader = new Thread(this::read, "sse-test-reader");
    reader.setDaemon(true);
    reader.start();
  }

  /** Opens {@code url} with the given headers; the status is known when this returns. */
  public static EventStream open(String url, Map<String, String> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream");
    headers.forEach(request::header);
    try {
      return new EventStream(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream()));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public int status() {
    return status;
  }

  /** The stream's first event, which names where it starts; {@link #next()} never returns it. */
  public Event opened() {
    try {
      return opened.get(PATIENCE_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      throw new AssertionError("the stream did not open with " + OPENED, e);
    }
  }

  /** The next event (or {@link #END}), failing the test if none comes. */
  public Event next() {
    try {
      Event event = events.poll(PATIENCE_SECONDS, TimeUnit.SECONDS);
      assertNotNull(event, "no event within " + PATIENCE_SECONDS + " s");
      return event;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The next event that is not a heartbeat-only frame, skipping events of other names. */
  public Event next(String name) {
    Event event = next();
    while (event != END && !event.name().equals(name)) {
      event = next();
    }
    return event;
  }

  @Override
  public void close() {
    try {
      body.close();
    } catch (IOException ignored) {
      // the reader thread ends with the stream
    }
  }

  private void read() {
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
      String id = null;
      String name = "message";
      StringBuilder data = new StringBuilder();
      String line;
      while ((line = lines.readLine()) != null) {
        if (line.isEmpty()) {
          if (data.length() > 0 && OPENED.equals(name)) {
            opened.complete(new Event(id, name, data.toString()));
          } else if (data.length() > 0) {
            events.add(new Event(id, name, data.toString()));
          }
          name = "message";
          data.setLength(0);
        } else if (line.startsWith("id: ")) {
          id = line.substring(4);
        } else if (line.startsWith("event: ")) {
          name = line.substring(7);
        } else if (line.startsWith("data: ")) {
          data.append(data.length() > 0 ? "\n" : "").append(line.substring(6));
        }
      }
    } catch (IOException closed) {
      // closed by the test or the server
    } finally {
      events.add(END);
    }
  }
}
