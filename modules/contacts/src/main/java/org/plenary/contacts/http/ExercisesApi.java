package org.plenary.contacts.http;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import org.plenary.contacts.api.ContactsEvents;
import org.plenary.contacts.domain.Exercise;
import org.plenary.contacts.service.ExerciseService;
import org.plenary.contacts.service.ResultsReading;
import org.plenary.contacts.store.ExerciseStore;
import org.plenary.platform.http.ApiModule;
import org.plenary.platform.http.ApiRoutes;
import org.plenary.platform.http.Created;
import org.plenary.platform.http.Made;
import org.plenary.platform.http.RequestInput;
import org.plenary.platform.http.Responses;
import org.plenary.platform.identity.Caller;

/**
 * {@code /contacts/exercises} and {@code /contacts/acknowledgements/{token}}: the ping exercises, described by
 * {@code openapi/contact-exercises.yaml}.
 */
public final class ExercisesApi implements ApiModule {

  private static final int DEFAULT_PAGE = 20;

  private final ExerciseService exercises;
  private final ResultsReading results;
  private final ExerciseStore store;
  private final Clock clock;

  public ExercisesApi(ExerciseService exercises, ResultsReading results, ExerciseStore store, Clock clock) {
    this.exercises = exercises;
    this.results = results;
    this.store = store;
    this.clock = clock;
  }

  @Override
  public String openApiFragment() {
    return "openapi/contact-exercises.yaml";
  }

  @Override
  public void mount(ApiRoutes routes) {
    routes.on("listPingExercises", this::list)
        .onCreate("startPingExercise", this::start, this::started)
        .on("getPingExerciseResults", this::results)
        .on("recordPingBounce", this::bounce)
        .on("acknowledgePing", this::acknowledge);
  }

  private void list(RoutingContext rc) {
    int limit = RequestInput.of(rc).limit(DEFAULT_PAGE);
    Responses.reply(rc, results.list(Caller.of(rc), limit, clock.instant()).map(listed -> {
      JsonArray items = new JsonArray();
      listed.forEach(s -> items.add(ContactsJson.summary(s)));
      return new JsonObject().put("items", items);
    }));
  }

  private void start(RoutingContext rc) {
    exercises.start(Caller.require(rc), ContactsJson.start(RequestInput.of(rc).body()), clock.instant())
        .map(this::created).onSuccess(created -> Responses.created(rc, created)).onFailure(rc::fail);
  }

  /** An exercise whose first answer was lost. */
  private Future<Created> started(RoutingContext rc, Made made) {
    String id = made.payload(ContactsEvents.EXERCISE_STARTED).getString("exerciseId");
    return store.find(id).map(found -> created(found.orElseThrow()));
  }

  private Created created(Exercise exercise) {
    return new Created("/api/v1/contacts/exercises/" + exercise.id() + "/results",
        ContactsJson.exercise(exercise, exercise.closed(clock.instant())));
  }

  private void results(RoutingContext rc) {
    Responses.reply(rc, results.results(Caller.of(rc), RequestInput.of(rc).path("exerciseId"), clock.instant())
        .map(ContactsJson::results));
  }

  private void bounce(RoutingContext rc) {
    RequestInput in = RequestInput.of(rc);
    exercises.bounced(Caller.require(rc), in.uuid("exerciseId"), in.body().getString("email").strip(),
        clock.instant()).onSuccess(v -> Responses.noContent(rc)).onFailure(rc::fail);
  }

  private void acknowledge(RoutingContext rc) {
    Responses.reply(rc, exercises.acknowledge(RequestInput.of(rc).path("token"), clock.instant())
        .map(ContactsJson::acknowledgement));
  }
}
