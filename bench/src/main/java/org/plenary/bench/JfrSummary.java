package org.plenary.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a server's CPU went during one scenario, from the JFR recording run.sh takes with {@code PROFILE=1}: the
 * execution samples by the part of the stack they are in (the frame nearest the top that belongs to one of
 * {@link #PARTS}: JSON encoding called by Plenary counts as JSON), and the methods at the top of the most samples. Usage: {@code JfrSummary <recording.jfr>}; prints Markdown.
 */
public final class JfrSummary {

  /** Package prefixes, the more specific before the more general of the same library. */
  private static final List<String[]> PARTS = List.of(
      new String[] {"io.vertx.openapi", "OpenAPI request validation"},
      new String[] {"io.vertx.json.schema", "OpenAPI request validation"},
      new String[] {"org.commonmark", "Markdown"},
      new String[] {"org.owasp.html", "HTML sanitizer"},
      new String[] {"com.fasterxml.jackson", "JSON encoding and decoding"},
      new String[] {"io.vertx.core.json", "JSON encoding and decoding"},
      new String[] {"com.github.benmanes.caffeine", "page cache (Caffeine)"},
      new String[] {"io.vertx.pgclient", "PostgreSQL client"},
      new String[] {"io.vertx.sqlclient", "PostgreSQL client"},
      new String[] {"io.vertx.ext.auth", "token verification"},
      new String[] {"io.netty.handler.codec.http", "HTTP codec (Netty)"},
      new String[] {"io.netty.handler.codec.compression", "HTTP compression (Netty)"},
      new String[] {"io.netty", "Netty I/O"},
      new String[] {"org.plenary", "Plenary's own code"},
      new String[] {"io.vertx", "Vert.x core"});

  public static void main(String[] args) throws Exception {
    Map<String, Integer> byPart = new HashMap<>();
    Map<String, Integer> byTopMethod = new HashMap<>();
    int samples = 0;
    for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
      if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
        continue;
      }
      RecordedStackTrace stack = event.getStackTrace();
      if (stack == null || stack.getFrames().isEmpty()) {
        continue;
      }
      samples++;
      byPart.merge(part(stack.getFrames()), 1, Integer::sum);
      RecordedFrame top = stack.getFrames().get(0);
      byTopMethod.merge(top.getMethod().getType().getName() + "." + top.getMethod().getName(), 1, Integer::sum);
    }
    StringBuilder md = new StringBuilder(String.format(Locale.ROOT, "%d execution samples.%n%n| Part | Share |%n|---|---:|%n", samples));
    int total = Math.max(1, samples);
    byPart.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .forEach(e -> md.append(String.format(Locale.ROOT, "| %s | %.1f%% |%n", e.getKey(), 100.0 * e.getValue() / total)));
    md.append(String.format(Locale.ROOT, "%nHottest methods (self):%n%n| Method | Share |%n|---|---:|%n"));
    byTopMethod.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(12)
        .forEach(e -> md.append(String.format(Locale.ROOT, "| `%s` | %.1f%% |%n", e.getKey(), 100.0 * e.getValue() / total)));
    System.out.print(md);
  }

  /** The part a sample's stack is in: the innermost frame (nearest the top) that belongs to one of {@link #PARTS}. */
  private static String part(List<RecordedFrame> frames) {
    for (RecordedFrame frame : frames) {
      String type = frame.getMethod().getType().getName();
      for (String[] part : PARTS) {
        if (type.startsWith(part[0])) {
          return part[1];
        }
      }
    }
    String top = frames.get(0).getMethod().getType().getName();
    return top.startsWith("java.") || top.startsWith("jdk.") || top.startsWith("sun.") ? "JDK (no library frame)" : "other";
  }
}
