package org.plenary.drafts.versions;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.plenary.drafts.Attribution;
import org.plenary.drafts.DraftAccess;
import org.plenary.drafts.api.DraftEvents;
import org.plenary.drafts.stances.ConsensusJson;
import org.plenary.drafts.stances.ConsensusReader;
import org.plenary.forum.api.ThreadInfo;
import org.plenary.platform.http.ApiModule;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.http.ApiRoutes;
import org.plenary.platform.http.Created;
import org.plenary.platform.http.Made;
import org.plenary.platform.http.RequestInput;
import org.plenary.platform.http.Responses;
import org.plenary.platform.identity.Caller;
import org.plenary.platform.identity.Participant;

/** {@code /drafts/{threadId}}: the text of a draft, version by version, and publishing a new version. */
public final class DraftsApi implements ApiModule {

  private final VersionStore versions;
  private final VersionService service;
  private final ConsensusReader consensus;
  private final DraftAccess access;

  public DraftsApi(VersionStore versions, VersionService service, ConsensusReader consensus, DraftAccess access) {
    this.versions = versions;
    this.service = service;
    this.consensus = consensus;
    this.access = access;
  }

  @Override
  public String openApiFragment() {
    return "openapi/drafts.yaml";
  }

  @Override
  public void mount(ApiRoutes routes) {
    routes.on("getDraft", this::get)
        .onCreate("publishDraftVersion", this::publish, this::published)
        .on("getDraftParagraph", this::paragraph);
  }

  private void get(RoutingContext rc) {
    RequestInput in = RequestInput.of(rc);
    UUID threadId = in.uuid("threadId");
    Optional<Integer> version = in.wholeQuery("version").map(Math::toIntExact);
    Optional<Participant> reader = Caller.of(rc);
    Responses.reply(rc, access.readableDraft(threadId, reader).compose(thread -> view(thread, reader, version)));
  }

  private void publish(RoutingContext rc) {
    Participant publisher = Caller.require(rc);
    RequestInput in = RequestInput.of(rc);
    UUID threadId = in.uuid("threadId");
    service.publish(publisher, VersionsJson.publishVersion(threadId, in.body()))
        .compose(published -> access.readableDraft(threadId, Optional.of(publisher))
            .compose(thread -> view(thread, Optional.of(publisher), Optional.of(published.number())))
            .map(json -> json.put("amendmentDecisions", VersionsJson.amendmentDecisions(published.amendments()))))
        .onSuccess(json -> Responses.created(rc, "/api/v1/drafts/" + threadId + "?version="
            + json.getJsonObject("version").getInteger("number"), json))
        .onFailure(rc::fail);
  }

  /**
   * A version whose first answer was lost, as its publisher sees it, with the decisions on amendments the event
   * kept (see {@link VersionService#publish}). For an event recorded before events kept them, the amendments' rows
   * cannot tell this version's decisions from later ones judged against it, so its retry answers empty lists
   * rather than guess.
   */
  private Future<Created> published(RoutingContext rc, Made made) {
    Participant publisher = Caller.require(rc);
    JsonObject event = made.payload(DraftEvents.VERSION_PUBLISHED);
    UUID threadId = UUID.fromString(event.getString("threadId"));
    int number = event.getInteger("version");
    JsonObject decisions = event.getJsonObject("amendmentDecisions",
        new JsonObject().put("incorporated", new JsonArray()).put("notRetained", new JsonArray()));
    return access.readableDraft(threadId, Optional.of(publisher))
        .compose(thread -> view(thread, Optional.of(publisher), Optional.of(number)))
        .map(json -> new Created("/api/v1/drafts/" + threadId + "?version=" + number,
            json.put("amendmentDecisions", decisions)));
  }

  private Future<JsonObject> view(ThreadInfo thread, Optional<Participant> reader, Optional<Integer> number) {
    return versions.versions(thread.id()).compose(all -> {
      if (all.isEmpty()) {
        return Future.succeededFuture(DraftView.toJson(thread, all, null, List.of(), List.of(), null, null, Map.of()));
      }
      int wanted = number.orElse(all.get(all.size() - 1).number());
      if (wanted >= all.size()) {
        throw Failure.notFound("The draft has no version " + wanted + "; its latest is "
            + DraftAccess.versionLabel(all.size() - 1) + " (" + (all.size() - 1) + ").");
      }
      VersionStore.Version shown = all.get(wanted);
      Future<List<VersionStore.ParagraphText>> previous = wanted == 0 ? Future.succeededFuture(List.of())
          : versions.paragraphs(all.get(wanted - 1).id());
      return Future.all(versions.paragraphs(shown.id()), previous,
              consensus.latest(thread.id(), Attribution.of(thread, reader)))
          .compose(loaded -> {
            List<VersionStore.ParagraphText> paragraphs = loaded.resultAt(0);
            List<VersionStore.ParagraphText> before = loaded.resultAt(1);
            ConsensusReader.Tracked tracker = loaded.resultAt(2);
            List<UUID> removed = DraftView.removed(paragraphs, before).stream().map(VersionStore.ParagraphText::id).toList();
            return versions.proposedAmendments(thread.id(), removed).map(proposed -> DraftView.toJson(thread, all, shown,
                paragraphs, before, tracker.byParagraph(), tracker.summary(), proposed));
          });
    });
  }

  /** A paragraph through every version it appeared in, and its consensus if it is in the latest. */
  private void paragraph(RoutingContext rc) {
    RequestInput in = RequestInput.of(rc);
    UUID threadId = in.uuid("threadId");
    UUID paragraphId = in.uuid("paragraphId");
    Optional<Participant> reader = Caller.of(rc);
    Responses.reply(rc, access.attributionIn(threadId, reader)
        .compose(attribution -> Future.all(versions.history(threadId, paragraphId),
            consensus.latest(threadId, attribution)))
        .map(loaded -> {
          List<ParagraphVersion> history = loaded.resultAt(0);
          if (history.isEmpty()) {
            throw Failure.notFound("Draft " + threadId + " has no paragraph " + paragraphId + ".");
          }
          JsonArray versionsOfIt = new JsonArray();
          history.forEach(entry -> versionsOfIt.add(VersionsJson.historyEntry(entry)));
          JsonObject json = new JsonObject().put("id", paragraphId.toString()).put("history", versionsOfIt);
          ConsensusReader.Tracked tracker = loaded.resultAt(1);
          Optional.ofNullable(tracker.byParagraph().get(paragraphId)).ifPresentOrElse(
              current -> json.put("inLatestVersion", true).put("consensus", ConsensusJson.paragraph(current)),
              () -> json.put("inLatestVersion", false));
          return json;
        }));
  }
}
