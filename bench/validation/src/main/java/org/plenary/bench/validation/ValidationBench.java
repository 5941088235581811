package org.plenary.bench.validation;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.openapi.contract.OpenAPIContract;
import io.vertx.openapi.validation.RequestValidator;
import io.vertx.openapi.validation.impl.RequestParameterImpl;
import io.vertx.openapi.validation.impl.ValidatableRequestImpl;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.plenary.platform.http.ApiProblem;
import org.plenary.runtime.edge.OperationRules;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The worst request body under the 256 KiB limit for Vert.x's request validator: one array marked
 * {@code uniqueItems} (a capacity need's areas) holding as many distinct items as fit. "Before" validates
 * with the contract's schemas as they are, where Vert.x compares every pair of items before it looks at
 * maxItems; "after" is what a request goes through now: the edge's array and field limits, the validator
 * with the schemas the server gives it (uniqueItems left out), then the edge's linear checks. The body is
 * decoded from its bytes each time, as the validator does for a request. Prints a Markdown table; not a test.
 */
public final class ValidationBench {

  private static final String OPERATION = "postCapacityNeed";
  private static final int BODY_LIMIT = 256 * 1024;
  /** Beyond this "before" takes minutes per request; it is measured up to here and the rest is extrapolated. */
  private static final int BEFORE_MAX_ITEMS = 8000;

  public static void main(String[] args) throws Exception {
    Vertx vertx = Vertx.vertx();
    try {
      JsonObject document = document();
      RequestValidator before = validator(vertx, document.copy());
      RequestValidator after = validator(vertx, withoutUniqueItems(document.copy()));
      OperationRules rules = OperationRules.of(document).get(OPERATION);
      int largest = itemsUnderLimit();
      System.out.println("| distinct items | body | before: validator with uniqueItems | after: edge limits, validator, linear checks | decoding the JSON (either way) |");
      System.out.println("| ---: | ---: | ---: | ---: | ---: |");
      for (int items : new int[] {8, 500, 1000, 2000, 4000, BEFORE_MAX_ITEMS, largest}) {
        JsonObject body = need(items);
        String beforeMs = items <= BEFORE_MAX_ITEMS ? format(median(() -> validate(before, body, null), runs(items)))
            : "not run (≈ " + Math.round(extrapolated(before, items) / 1000) + " s by the square of the count)";
        String afterMs = format(median(() -> validate(after, body, rules), 21));
        io.vertx.core.buffer.Buffer bytes = body.toBuffer();
        String decodeMs = format(median(() -> String.valueOf(new JsonObject(bytes).size()), 21));
        System.out.printf("| %,d | %,d bytes | %s | %s | %s |%n", items, body.encode().length(), beforeMs, afterMs, decodeMs);
      }
      JsonObject valid = need(8);
      System.out.printf("%nA valid need with 8 areas: before %s, after %s.%n",
          format(median(() -> validate(before, valid, null), 51)), format(median(() -> validate(after, valid, rules), 51)));
      JsonObject repeated = need(8);
      repeated.getJsonArray("areas").set(7, repeated.getJsonArray("areas").getString(0));
      System.out.printf("8 areas, one repeated: before %s, after %s (the edge's check: %s).%n",
          format(median(() -> validate(before, repeated, null), 51)), format(median(() -> validate(after, repeated, rules), 51)),
          outcome(after, repeated, rules));
    } finally {
      vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
  }

  private static int runs(int items) {
    return items >= 4000 ? 3 : items >= 1000 ? 5 : 21;
  }

  /** Milliseconds for {@code items}, from the time measured at {@link #BEFORE_MAX_ITEMS} and the square law. */
  private static double extrapolated(RequestValidator before, int items) {
    double measured = median(() -> validate(before, need(BEFORE_MAX_ITEMS), null), 1);
    return measured * Math.pow((double) items / BEFORE_MAX_ITEMS, 2);
  }

  private static String format(double ms) {
    return ms >= 1000 ? String.format("%.1f s", ms / 1000) : String.format("%.2f ms", ms);
  }

  /** A need whose areas are {@code items} distinct area-like ids. */
  private static JsonObject need(int items) {
    JsonArray areas = new JsonArray();
    List<String> known = List.of("strategy-assessments", "norms-cbms-diplomacy", "incident-management-certs",
        "critical-infrastructure", "cybercrime-legislation", "international-law", "skills-workforce", "technical-tooling");
    for (int i = 0; i < items; i++) {
      areas.add(i < known.size() ? known.get(i) : "a" + i);
    }
    return new JsonObject().put("title", "Incident response training").put("description", "For our national CERT.")
        .put("areas", areas).put("languages", new JsonArray().add("en")).put("modalities", new JsonArray().add("remote"))
        .put("startsOn", "2030-01-01").put("endsOn", "2030-06-30");
  }

  private static int itemsUnderLimit() {
    int items = 8;
    while (need(items * 2).encode().length() < BODY_LIMIT) {
      items *= 2;
    }
    int step = items / 2;
    while (step > 0) {
      if (need(items + step).encode().length() < BODY_LIMIT) {
        items += step;
      }
      step /= 2;
    }
    return items;
  }

  private static String validate(RequestValidator validator, JsonObject body, OperationRules rules) {
    try {
      if (rules != null) {
        rules.checkBounds(body);
      }
      var request = new ValidatableRequestImpl(Map.of(), Map.of(), Map.of(), Map.of(), new RequestParameterImpl(body.toBuffer()),
          "application/json");
      validator.validate(request, OPERATION).toCompletionStage().toCompletableFuture().get();
      if (rules != null) {
        rules.checkBody(body);
      }
      return "accepted";
    } catch (ApiProblem problem) {
      return "400: " + problem.detail();
    } catch (Exception refused) {
      return "400 by the validator: " + (refused.getCause() == null ? refused : refused.getCause()).getMessage();
    }
  }

  private static String outcome(RequestValidator validator, JsonObject body, OperationRules rules) {
    return validate(validator, body, rules);
  }

  private static double median(java.util.function.Supplier<String> run, int times) {
    run.get();
    double[] ms = new double[times];
    for (int i = 0; i < times; i++) {
      long start = System.nanoTime();
      run.get();
      ms[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(ms);
    return ms[times / 2];
  }

  private static RequestValidator validator(Vertx vertx, JsonObject document) throws Exception {
    OpenAPIContract contract = OpenAPIContract.from(vertx, document).toCompletionStage().toCompletableFuture().get();
    return RequestValidator.create(vertx, contract);
  }

  /** The base document and the capacity fragment, responses' bodies left out as the server does for validation. */
  private static JsonObject document() throws Exception {
    JsonObject document = read("openapi/base.yaml");
    JsonObject capacity = read("openapi/capacity.yaml");
    document.getJsonObject("paths").mergeIn(capacity.getJsonObject("paths"));
    capacity.getJsonObject("components").forEach(section -> document.getJsonObject("components")
        .put(section.getKey(), document.getJsonObject("components").getJsonObject(section.getKey(), new JsonObject())
            .mergeIn((JsonObject) section.getValue())));
    document.getJsonObject("paths").forEach(path -> ((JsonObject) path.getValue()).forEach(op -> {
      if (op.getValue() instanceof JsonObject operation && operation.containsKey("responses")) {
        operation.getJsonObject("responses").forEach(r -> ((JsonObject) r.getValue()).remove("content"));
      }
    }));
    document.getJsonObject("components").getJsonObject("responses").forEach(r -> ((JsonObject) r.getValue()).remove("content"));
    return document;
  }

  private static JsonObject withoutUniqueItems(JsonObject node) {
    List<Object> stack = new ArrayList<>(List.of(node));
    while (!stack.isEmpty()) {
      Object next = stack.remove(stack.size() - 1);
      if (next instanceof JsonObject json) {
        if (json.getValue("uniqueItems") instanceof Boolean) {
          json.remove("uniqueItems");
        }
        json.forEach(entry -> stack.add(entry.getValue()));
      } else if (next instanceof JsonArray array) {
        array.forEach(stack::add);
      }
    }
    return node;
  }

  @SuppressWarnings("unchecked")
  private static JsonObject read(String resource) throws Exception {
    try (InputStream in = ValidationBench.class.getClassLoader().getResourceAsStream(resource)) {
      return new JsonObject((Map<String, Object>) new Yaml(new LoaderOptions()).load(in));
    }
  }
}
