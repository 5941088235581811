package org.plenary.drafts.stances;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.plenary.drafts.DraftAccess;
import org.plenary.drafts.DraftRules;
import org.plenary.drafts.api.DraftEvents;
import org.plenary.drafts.versions.VersionStore;
import org.plenary.platform.http.ApiModule;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.http.ApiRoutes;
import org.plenary.platform.http.Created;
import org.plenary.platform.http.Cursor;
import org.plenary.platform.http.Made;
import org.plenary.platform.http.RequestInput;
import org.plenary.platform.http.Responses;
import org.plenary.platform.identity.Caller;
import org.plenary.platform.identity.Participant;

/** Stances per paragraph, their history, dissociations and the consensus tracker. */
public final class StancesApi implements ApiModule {

  private static final int DEFAULT_PAGE = 100;

  private final StanceService service;
  private final DissociationService dissociations;
  private final StanceStore stances;
  private final VersionStore versions;
  private final ConsensusReader consensus;
  private final DraftAccess access;

  public StancesApi(StanceService service, DissociationService dissociations, StanceStore stances,
                    VersionStore versions, ConsensusReader consensus, DraftAccess access) {
    this.service = service;
    this.dissociations = dissociations;
    this.stances = stances;
    this.versions = versions;
    this.consensus = consensus;
    this.access = access;
  }

  @Override
  public String openApiFragment() {
    return "openapi/stances.yaml";
  }

  @Override
  public void mount(ApiRoutes routes) {
    routes.onCreate("recordStance", this::record, this::recorded)
        .on("listStances", this::history)
        .on("getConsensus", this::tracker)
        .on("dissociateFromParagraphs", this::dissociate);
  }

  private void record(RoutingContext rc) {
    Participant delegate = Caller.require(rc);
    RequestInput in = RequestInput.of(rc);
    UUID threadId = in.uuid("threadId");
    UUID paragraphId = in.uuid("paragraphId");
    service.record(delegate, StancesJson.recordStance(threadId, paragraphId, in.body()))
        .compose(recorded -> trackerAsSeenBy(threadId, Optional.of(delegate)).map(draft -> {
          JsonObject json = new JsonObject().put("recordedFor", new JsonArray(recorded.states()))
              .put("consensus", consensusOf(draft, paragraphId));
          recorded.keptTheirOwn().ifPresent(kept -> json.put("keptTheirOwn", new JsonArray(kept)));
          return json;
        }))
        .onSuccess(json -> Responses.json(rc, 201, json))
        .onFailure(rc::fail);
  }

  /**
   * A stance whose first answer was lost: for whom it was recorded (from its event) and the paragraph's
   * consensus now. Which members had kept their own stance is not in the record, and is left out.
   */
  private Future<Created> recorded(RoutingContext rc, Made made) {
    Participant delegate = Caller.require(rc);
    JsonObject stance = made.payload(DraftEvents.STANCE_RECORDED);
    UUID threadId = UUID.fromString(stance.getString("threadId"));
    UUID paragraphId = UUID.fromString(stance.getString("paragraphId"));
    return trackerAsSeenBy(threadId, Optional.of(delegate)).map(draft -> new Created(null, new JsonObject()
        .put("recordedFor", stance.getJsonArray("states"))
        .put("consensus", consensusOf(draft, paragraphId))));
  }

  /**
   * Every stance ever recorded on the paragraph, newest first, with {@code current} marking those that count.
   * Under the Chatham House Rule a reader sees the States of their own entries only, and may not list by State.
   */
  private void history(RoutingContext rc) {
    RequestInput in = RequestInput.of(rc);
    Optional<Participant> reader = Caller.of(rc);
    UUID threadId = in.uuid("threadId");
    UUID paragraphId = in.uuid("paragraphId");
    Optional<String> state = in.query("state");
    int limit = in.limit(DEFAULT_PAGE);
    Long before = in.query("cursor").map(c -> Cursor.decode(c, Cursor.Key.LONG).whole(0)).orElse(null);
    access.attributionIn(threadId, reader)
        .map(attribution -> {
          if (state.isPresent() && !attribution.sees(state.get())) {
            throw DraftRules.chathamHouse("The draft is under the Chatham House Rule: its stances are not listed by"
                + " State, except for your own State.");
          }
          return attribution;
        })
        .compose(attribution -> versions.history(threadId, paragraphId)
            .compose(history -> history.isEmpty()
                ? Future.failedFuture(Failure.notFound("Draft " + threadId + " has no paragraph " + paragraphId + "."))
                : stances.history(paragraphId, before, state.orElse(null), limit + 1))
            .map(entries -> {
              List<StanceEntry> page = entries.size() > limit ? entries.subList(0, limit) : entries;
              JsonArray items = new JsonArray();
              page.forEach(entry -> items.add(StancesJson.historyEntry(entry, attribution)));
              String next = entries.size() > limit ? Cursor.encode(page.get(page.size() - 1).id()) : null;
              return Responses.page(items, next);
            }))
        .onSuccess(page -> Responses.ok(rc, page))
        .onFailure(rc::fail);
  }

  private void tracker(RoutingContext rc) {
    RequestInput in = RequestInput.of(rc);
    UUID threadId = in.uuid("threadId");
    Optional<String> status = in.query("status");
    Responses.reply(rc, trackerAsSeenBy(threadId, Caller.of(rc))
        .map(draft -> new JsonObject()
            .put("threadId", threadId.toString())
            .put("summary", ConsensusJson.summary(draft.summary()))
            .put("paragraphs", new JsonArray(draft.paragraphs().stream()
                .filter(p -> status.map(s -> s.equals(p.status())).orElse(true)).map(ConsensusJson::paragraph).toList()))
            .put("dissociations", dissociations(draft))));
  }

  private void dissociate(RoutingContext rc) {
    Participant delegate = Caller.require(rc);
    RequestInput in = RequestInput.of(rc);
    UUID threadId = in.uuid("threadId");
    String state = delegate.organization().id();
    Responses.reply(rc, dissociations.dissociate(delegate, StancesJson.dissociate(threadId, in.body()))
        .compose(v -> trackerAsSeenBy(threadId, Optional.of(delegate)))
        .map(draft -> draft.dissociations().stream()
            .filter(d -> state.equals(d.dissociation().stateId())).findFirst().map(ConsensusJson::dissociation)
            .orElseGet(() -> new JsonObject().put("state", new JsonObject().put("id", state)
                .put("name", delegate.organization().name())).put("paragraphs", new JsonArray()))));
  }

  /** The paragraph's tracker as JSON; null when it is not in the latest version. */
  private static JsonObject consensusOf(ConsensusReader.Tracked draft, UUID paragraphId) {
    ParagraphConsensus consensus = draft.byParagraph().get(paragraphId);
    return consensus == null ? null : ConsensusJson.paragraph(consensus);
  }

  private static JsonArray dissociations(ConsensusReader.Tracked draft) {
    JsonArray json = new JsonArray();
    draft.dissociations().forEach(d -> json.add(ConsensusJson.dissociation(d)));
    return json;
  }

  private Future<ConsensusReader.Tracked> trackerAsSeenBy(UUID threadId, Optional<Participant> reader) {
    return access.attributionIn(threadId, reader).compose(attribution -> consensus.latest(threadId, attribution));
  }
}
