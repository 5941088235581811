package org.plenary.capacity.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.plenary.capacity.domain.Area;
import org.plenary.capacity.domain.Confirmations;
import org.plenary.capacity.domain.Engagement;
import org.plenary.capacity.domain.Modality;
import org.plenary.capacity.domain.Need;
import org.plenary.capacity.domain.NeedContent;
import org.plenary.capacity.domain.Offer;
import org.plenary.capacity.domain.OfferContent;
import org.plenary.capacity.domain.Party;
import org.plenary.capacity.domain.Timeframe;
import org.plenary.platform.http.Responses;

/** Needs, offers and engagements as the API shows them. */
final class CapacityJson {

  private CapacityJson() {
  }

  static JsonObject party(Party party) {
    JsonObject json = new JsonObject().put("id", party.id()).put("name", party.name()).put("kind", party.kind());
    party.regionalGroup().ifPresent(group -> json.put("regionalGroup", group));
    return json;
  }

  /** A page of listings, newest first, with the cursor of the next page if there is one. */
  static <T> JsonObject page(ListPage<T> page, Function<T, JsonObject> json) {
    JsonArray items = new JsonArray();
    page.items().forEach(item -> items.add(json.apply(item)));
    return Responses.page(items, page.next().orElse(null));
  }

  static JsonObject area(Area area) {
    return new JsonObject().put("id", area.id()).put("label", area.label()).put("description", area.description());
  }

  static JsonObject need(Need need) {
    NeedContent c = need.content();
    JsonObject json = listing(need.id(), c.title(), c.description(), c.areas(), c.regions(), c.languages(),
        c.modalities(), c.timeframe(), need.authorId(), need.authorName(), need.createdAt(), need.updatedAt())
        .put("state", party(need.state()))
        .put("visibility", c.visibility().wire())
        .put("status", c.status().wire());
    need.matchedAt().ifPresent(at -> json.put("matchedAt", at.toString()));
    return json;
  }

  static JsonObject offer(Offer offer) {
    OfferContent c = offer.content();
    return listing(offer.id(), c.title(), c.description(), c.areas(), c.regions(), c.languages(), c.modalities(),
        c.timeframe(), offer.authorId(), offer.authorName(), offer.createdAt(), offer.updatedAt())
        .put("provider", party(offer.provider()))
        .put("capacity", c.capacity())
        .put("committed", offer.committed())
        .put("remaining", offer.remaining())
        .put("status", c.status().wire());
  }

  private static JsonObject listing(UUID id, String title, String description, List<String> areas,
                                    List<String> regions, List<String> languages, List<Modality> modalities,
                                    Timeframe timeframe, UUID authorId, String authorName, Instant createdAt,
                                    Instant updatedAt) {
    return new JsonObject()
        .put("id", id.toString())
        .put("title", title)
        .put("description", description)
        .put("areas", new JsonArray(areas))
        .put("regions", new JsonArray(regions))
        .put("languages", new JsonArray(languages))
        .put("modalities", new JsonArray(modalities.stream().map(Modality::wire).toList()))
        .put("startsOn", timeframe.startsOn().toString())
        .put("endsOn", timeframe.endsOn().toString())
        .put("postedBy", new JsonObject().put("id", authorId.toString()).put("name", authorName))
        .put("createdAt", createdAt.toString())
        .put("updatedAt", updatedAt.toString());
  }

  static JsonObject engagement(Engagement e) {
    JsonObject json = new JsonObject()
        .put("id", e.id().toString())
        .put("need", new JsonObject().put("id", e.needId().toString()).put("title", e.needTitle()))
        .put("offer", new JsonObject().put("id", e.offerId().toString()).put("title", e.offerTitle()))
        .put("state", party(e.state()))
        .put("provider", party(e.provider()))
        .put("initiatedBy", e.initiatedBy().wire())
        .put("status", e.status().wire())
        .put("waitingFor", new JsonArray(e.awaiting().stream().map(Engagement.Side::wire).toList()))
        .put("confirmations", new JsonObject().put("start", confirmations(e.start(), null))
            .put("completion", confirmations(e.completion(), "outcome")))
        .put("scoreAtProposal", e.score())
        .put("proposedAt", e.proposedAt().toString())
        .put("updatedAt", e.updatedAt().toString());
    e.message().ifPresent(message -> json.put("message", message));
    putInstant(json, "agreedAt", e.agreedAt());
    putInstant(json, "startedAt", e.startedAt());
    putInstant(json, "completedAt", e.completedAt());
    putInstant(json, "declinedAt", e.declinedAt());
    putInstant(json, "withdrawnAt", e.withdrawnAt());
    return json;
  }

  /** Each side's confirmation that is there: when, and its note under {@code noteField}. */
  private static JsonObject confirmations(Confirmations confirmations, String noteField) {
    JsonObject json = new JsonObject();
    for (Engagement.Side side : Engagement.Side.values()) {
      confirmations.of(side).ifPresent(c -> {
        JsonObject one = new JsonObject().put("at", c.at().toString());
        c.note().ifPresent(note -> one.put(noteField, note));
        json.put(side.wire(), one);
      });
    }
    return json;
  }

  static JsonObject engagement(Engagement e, List<Engagement.Step> steps) {
    JsonArray history = new JsonArray();
    for (Engagement.Step step : steps) {
      JsonObject json = new JsonObject().put("step", step.step().wire()).put("status", step.status().wire())
          .put("at", step.at().toString())
          .put("by", new JsonObject().put("name", step.actorName()).put("organization", party(step.organization())));
      step.note().ifPresent(note -> json.put("note", note));
      history.add(json);
    }
    return engagement(e).put("history", history);
  }

  private static void putInstant(JsonObject json, String field, Optional<Instant> value) {
    value.ifPresent(at -> json.put(field, at.toString()));
  }
}
