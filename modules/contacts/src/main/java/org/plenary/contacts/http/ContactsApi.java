package org.plenary.contacts.http;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.plenary.contacts.api.ContactsEvents;
import org.plenary.contacts.domain.ContactEntry;
import org.plenary.contacts.service.DirectoryService;
import org.plenary.contacts.service.ResultsReading;
import org.plenary.contacts.service.StaleEntry;
import org.plenary.contacts.service.TrainingNeed;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.http.ApiModule;
import org.plenary.platform.http.ApiRoutes;
import org.plenary.platform.http.Created;
import org.plenary.platform.http.Made;
import org.plenary.platform.http.RequestInput;
import org.plenary.platform.http.Responses;
import org.plenary.platform.identity.Caller;
import org.plenary.platform.identity.Participant;
import org.plenary.platform.organizations.OrganizationKind;

/** {@code /contacts/{stateId}}: the directory's entries, described by {@code openapi/contacts.yaml}. */
public final class ContactsApi implements ApiModule {

  private final DirectoryService directory;
  private final ResultsReading results;
  private final TrainingNeed training;
  private final Clock clock;

  public ContactsApi(DirectoryService directory, ResultsReading results, TrainingNeed training, Clock clock) {
    this.directory = directory;
    this.results = results;
    this.training = training;
    this.clock = clock;
  }

  @Override
  public String openApiFragment() {
    return "openapi/contacts.yaml";
  }

  @Override
  public void mount(ApiRoutes routes) {
    routes.on("listPointsOfContact", this::list)
        .on("getPointsOfContact", this::entry)
        .on("savePointsOfContact", this::save)
        .on("listPointsOfContactVersions", this::versions)
        .on("getContactsTrainingOffer", this::offer)
        .onCreate("postContactsTrainingNeed", this::postNeed, ContactsApi::postedNeed);
  }

  private void list(RoutingContext rc) {
    Optional<Participant> reader = Caller.of(rc);
    Responses.reply(rc, directory.directory(reader).map(entries -> {
      JsonArray items = new JsonArray();
      entries.forEach(e -> items.add(ContactsJson.entry(e, mayEdit(reader, e))));
      return new JsonObject().put("items", items);
    }));
  }

  private void entry(RoutingContext rc) {
    Optional<Participant> reader = Caller.of(rc);
    Responses.reply(rc, directory.entry(reader, RequestInput.of(rc).path("stateId"))
        .map(e -> ContactsJson.entry(e, mayEdit(reader, e))));
  }

  private void versions(RoutingContext rc) {
    Optional<Participant> reader = Caller.of(rc);
    Responses.reply(rc, directory.history(reader, RequestInput.of(rc).path("stateId")).map(entries -> {
      JsonArray items = new JsonArray();
      entries.forEach(e -> items.add(ContactsJson.entry(e, false)));
      return new JsonObject().put("items", items);
    }));
  }

  private void save(RoutingContext rc) {
    RequestInput in = RequestInput.of(rc);
    Participant actor = Caller.require(rc);
    Responses.reply(rc, directory.save(actor, ContactsJson.save(in.path("stateId"), in.body()), clock.instant())
        .recover(ContactsApi::stale).map(e -> ContactsJson.entry(e, true)));
  }

  /** A stale save's problem carries the newer entry, so the client shows it beside the change it keeps. */
  private static Future<ContactEntry> stale(Throwable failure) {
    if (failure instanceof StaleEntry s) {
      return Future.failedFuture(Failure.conflict("stale-contacts-version", "Saved meanwhile", s.getMessage(),
          Map.of("baseVersion", s.baseVersion(), "latestVersion", ContactsJson.entry(s.latest(), true))));
    }
    return Future.failedFuture(failure);
  }

  private void offer(RoutingContext rc) {
    Responses.reply(rc, results.trainingOffer(Caller.of(rc), RequestInput.of(rc).path("stateId"), clock.instant())
        .map(ContactsJson::offer));
  }

  private void postNeed(RoutingContext rc) {
    Participant actor = Caller.require(rc);
    training.post(actor, RequestInput.of(rc).path("stateId"), clock.instant())
        .onSuccess(needId -> Responses.created(rc, need(needId))).onFailure(rc::fail);
  }

  private static Future<Created> postedNeed(RoutingContext rc, Made made) {
    return Future.succeededFuture(need(UUID.fromString(
        made.payload(ContactsEvents.TRAINING_NEED_POSTED).getString("needId"))));
  }

  private static Created need(UUID needId) {
    return new Created("/api/v1/capacity/needs/" + needId, new JsonObject().put("needId", needId.toString()));
  }

  private static boolean mayEdit(Optional<Participant> reader, ContactEntry entry) {
    return reader.filter(p -> p.isDelegateOf(OrganizationKind.STATE)
        && p.organization().id().equals(entry.stateId())).isPresent();
  }
}
