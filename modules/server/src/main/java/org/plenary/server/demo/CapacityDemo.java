package org.plenary.server.demo;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.plenary.capacity.Capacity;
import org.plenary.capacity.domain.Viewer;
import org.plenary.capacity.service.ListingRequest;
import org.plenary.platform.identity.Participant;

/**
 * Plays the {@code capacity} part of the demo script through the capacity services: offers and needs in
 * the order they were posted, then engagements step by step, each on the day the script gives. The
 * services enforce the rules, so a step the other side must take is refused here as in the API.
 */
final class CapacityDemo {

  private final Capacity capacity;
  private final DemoCast cast;
  private final Instant now = Instant.now();
  private final Map<String, UUID> needs = new HashMap<>();
  private final Map<String, UUID> offers = new HashMap<>();

  CapacityDemo(Capacity capacity, DemoCast cast) {
    this.capacity = capacity;
    this.cast = cast;
  }

  Future<Void> play(JsonObject script) {
    List<JsonObject> listings = new ArrayList<>();
    script.getJsonArray("offers").forEach(offer -> listings.add(((JsonObject) offer).copy().put("kind", "offer")));
    script.getJsonArray("needs").forEach(need -> listings.add(((JsonObject) need).copy().put("kind", "need")));
    listings.sort(Comparator.comparingInt((JsonObject listing) -> listing.getInteger("posted")).reversed());
    Future<Void> chain = Future.succeededFuture();
    for (JsonObject listing : listings) {
      chain = chain.compose(v -> post(listing));
    }
    for (Object engagement : script.getJsonArray("engagements")) {
      chain = chain.compose(v -> engage((JsonObject) engagement));
    }
    return chain;
  }

  int listings() {
    return needs.size() + offers.size();
  }

  private Future<Void> post(JsonObject script) {
    LocalDate startsOn = LocalDate.ofInstant(now, ZoneOffset.UTC).withDayOfMonth(1)
        .plusMonths(script.getInteger("startsInMonths"));
    ListingRequest request = new ListingRequest(Optional.ofNullable(script.getString("title")),
        Optional.of(script.getString("description").strip()), texts(script, "areas"), texts(script, "regions"),
        texts(script, "languages"), texts(script, "modalities"), Optional.of(startsOn.toString()),
        Optional.of(startsOn.plusMonths(script.getInteger("months")).minusDays(1).toString()),
        Optional.ofNullable(script.getString("visibility")), Optional.ofNullable(script.getInteger("capacity")),
        Optional.empty());
    Instant at = daysAgo(script.getInteger("posted"));
    boolean isNeed = script.getString("kind").equals("need");
    return cast.participant(script.getString("by"))
        .compose(author -> isNeed ? capacity.needs().post(author, request, at) : capacity.offers().post(author, request, at))
        .onSuccess(id -> (isNeed ? needs : offers).put(script.getString("key"), id))
        .mapEmpty();
  }

  private static Optional<List<String>> texts(JsonObject script, String field) {
    return Optional.ofNullable(script.getJsonArray(field)).map(values -> values.stream().map(String::valueOf).toList());
  }

  private Future<Void> engage(JsonObject script) {
    UUID need = needs.get(script.getString("need"));
    UUID offer = offers.get(script.getString("offer"));
    Future<UUID> proposed = viewer(script.getString("by")).compose(viewer -> capacity.engagements()
        .propose(viewer, need, offer, script.getString("message"), daysAgo(script.getInteger("at"))));
    return proposed.compose(id -> {
      Future<Void> chain = Future.succeededFuture();
      for (Object entry : script.getJsonArray("steps", new JsonArray())) {
        JsonObject step = (JsonObject) entry;
        chain = chain.compose(v -> step(id, step));
      }
      return chain;
    });
  }

  private Future<Void> step(UUID engagement, JsonObject script) {
    Instant at = daysAgo(script.getInteger("at"));
    String note = script.getString("note");
    return viewer(script.getString("by")).compose(viewer -> switch (script.getString("step")) {
      case "accept" -> capacity.engagements().accept(viewer, engagement, at);
      case "start" -> capacity.engagements().start(viewer, engagement, note, at);
      case "complete" -> capacity.engagements().complete(viewer, engagement, note, at);
      case "decline" -> capacity.engagements().decline(viewer, engagement, note, at);
      case "withdraw" -> capacity.engagements().withdraw(viewer, engagement, note, at);
      default -> Future.failedFuture("the demo script names an unknown step " + script.getString("step"));
    });
  }

  private Future<Viewer> viewer(String persona) {
    return cast.participant(persona).map((Participant p) -> new Viewer(Optional.of(p), true));
  }

  private Instant daysAgo(int days) {
    return now.minus(days, ChronoUnit.DAYS);
  }
}
