package org.plenary.contacts.service;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.plenary.contacts.api.ContactsEvents;
import org.plenary.contacts.domain.Acknowledgement;
import org.plenary.contacts.domain.ContactEntry;
import org.plenary.contacts.domain.Exercise;
import org.plenary.contacts.domain.PingStatus;
import org.plenary.contacts.domain.StartExercise;
import org.plenary.contacts.store.DirectoryStore;
import org.plenary.contacts.store.ExerciseStore;
import org.plenary.platform.audit.AuditLog;
import org.plenary.platform.events.Outbox;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.identity.Participant;

/**
 * Ping exercises: the Secretariat starts one, each point of contact of each State pinged gets a one-time link (the
 * {@code contacts.ping-sent} event, which notifications delivers), and the link acknowledges once. Every write is
 * one transaction with its audit entry and its events.
 */
public final class ExerciseService {

  private final Pool pool;
  private final DirectoryStore directory;
  private final ExerciseStore exercises;
  private final String publicUrl;

  public ExerciseService(Pool pool, DirectoryStore directory, ExerciseStore exercises, String publicUrl) {
    this.pool = pool;
    this.directory = directory;
    this.exercises = exercises;
    this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
  }

  public Future<Exercise> start(Participant actor, StartExercise order, Instant at) {
    ContactRules.mayStartExercise(actor);
    UUID id = UUID.randomUUID();
    return pool.withTransaction(conn -> known(conn, order).compose(named -> {
      Exercise draft = new Exercise(id, at, order.windowHours(), at.plus(Duration.ofHours(order.windowHours())), 0);
      return exercises.insert(conn, draft, actor.id(), named).compose(states -> {
        Exercise exercise = new Exercise(id, at, draft.windowHours(), draft.deadline(), states.size());
        JsonObject started = new JsonObject().put("exerciseId", id.toString()).put("states", new JsonArray(states))
            .put("deadline", exercise.deadline().toString()).put("windowHours", exercise.windowHours());
        return AuditLog.append(conn, actor.id(), ContactsEvents.EXERCISE_STARTED.name(), "ping-exercise",
                id.toString(), null, started)
            .compose(v -> Outbox.record(conn, ContactsEvents.EXERCISE_STARTED, ContactsEvents.EXERCISES_STREAM,
                started))
            .compose(v -> ping(conn, exercise, states)).map(exercise);
      });
    }));
  }

  /** The named States, once each, all of them States; null for every State. */
  private Future<List<String>> known(SqlConnection conn, StartExercise order) {
    if (order.states().isEmpty()) {
      return Future.succeededFuture(null);
    }
    List<String> named = order.states().get().stream().distinct().toList();
    return exercises.knownStates(conn, named).map(found -> {
      Set<String> unknown = new HashSet<>(named);
      found.forEach(unknown::remove);
      if (!unknown.isEmpty()) {
        throw Failure.unprocessable("unknown-states", "No such State",
            "These codes name no State: " + String.join(", ", unknown.stream().sorted().toList()) + ".");
      }
      return named;
    });
  }

  /** One ping per point of contact of each State's latest entry, each with its own link. */
  private Future<Void> ping(SqlConnection conn, Exercise exercise, List<String> states) {
    Set<String> pinged = new HashSet<>(states);
    return directory.list(conn).compose(entries -> {
      List<ExerciseStore.NewPing> pings = new ArrayList<>();
      List<JsonObject> sent = new ArrayList<>();
      for (ContactEntry entry : entries) {
        if (!pinged.contains(entry.stateId())) {
          continue;
        }
        entry.contacts().forEach(contact -> {
          String token = LinkTokens.fresh();
          pings.add(new ExerciseStore.NewPing(UUID.randomUUID(), entry.stateId(), contact.kind(), contact.name(),
              contact.email(), LinkTokens.hash(token)));
          sent.add(new JsonObject().put("exerciseId", exercise.id().toString()).put("stateId", entry.stateId())
              .put("contactName", contact.name()).put("kind", contact.kind().wire())
              .put("deadline", exercise.deadline().toString())
              .put("acknowledgeUrl", publicUrl + "/contacts/acknowledge/" + token));
        });
      }
      Future<Void> done = exercises.insertPings(conn, exercise.id(), pings);
      for (JsonObject payload : sent) {
        done = done.compose(v -> Outbox.record(conn, ContactsEvents.PING_SENT,
            ContactsEvents.stream(payload.getString("stateId")), payload));
      }
      return done;
    });
  }

  /**
   * How long after its window a link still records a late answer. A point of contact back from leave still tells
   * the Secretariat the address works; after that the exercise's results are final and the link is refused.
   */
  public static final Duration LATE_ANSWERS = Duration.ofDays(14);

  /** The link's one use: in the window, acknowledged; for {@link #LATE_ANSWERS} after it, late; then refused. */
  public Future<Acknowledgement> acknowledge(String token, Instant at) {
    return pool.withTransaction(conn -> exercises.lockByToken(conn, LinkTokens.hash(token)).compose(found -> {
      var ping = found.orElseThrow(() -> Failure.notFound("unknown-acknowledgement-link", "No such link",
          "This acknowledgement link is not one the directory sent: use the link of the message as it came."));
      if (ping.acknowledgedAt().isPresent()) {
        throw Failure.conflict("acknowledged-already", "Acknowledged already",
            "This link was used already, on " + ping.acknowledgedAt().get() + ": a link acknowledges once.");
      }
      Instant expiry = ping.deadline().plus(LATE_ANSWERS);
      if (at.isAfter(expiry)) {
        throw Failure.conflict("acknowledgement-link-expired", "The link has expired",
            "This link answered until " + expiry + ", fourteen days after the exercise's window: the results are"
                + " final. Write to the Secretariat if the point of contact has changed.");
      }
      PingStatus status = at.isAfter(ping.deadline()) ? PingStatus.LATE : PingStatus.ACKNOWLEDGED;
      JsonObject payload = new JsonObject().put("exerciseId", ping.exerciseId().toString())
          .put("stateId", ping.stateId()).put("kind", ping.kind().wire()).put("status", status.wire());
      return exercises.acknowledge(conn, ping.id(), at)
          .compose(v -> AuditLog.append(conn, null, ContactsEvents.PING_ACKNOWLEDGED.name(), "ping",
              ping.id().toString(), null, payload))
          .compose(v -> Outbox.record(conn, ContactsEvents.PING_ACKNOWLEDGED, ContactsEvents.stream(ping.stateId()),
              payload))
          .map(new Acknowledgement(ping.exerciseId(), ping.stateId(), status, at));
    }));
  }

  /** The mail system reported a ping's message to {@code email} undeliverable: the Secretariat records it. */
  public Future<List<String>> bounced(Participant actor, UUID exerciseId, String email, Instant at) {
    ContactRules.mayStartExercise(actor);
    return pool.withTransaction(conn -> exercises.bounce(conn, exerciseId, email, at).compose(states -> {
      if (states.isEmpty()) {
        throw Failure.notFound("no-such-ping", "No such ping",
            "No unanswered ping of this exercise went to " + email + ".");
      }
      JsonObject payload = new JsonObject().put("exerciseId", exerciseId.toString())
          .put("states", new JsonArray(states));
      return AuditLog.append(conn, actor.id(), ContactsEvents.PING_BOUNCED.name(), "ping-exercise",
              exerciseId.toString(), null, payload)
          .compose(v -> Outbox.record(conn, ContactsEvents.PING_BOUNCED, ContactsEvents.EXERCISES_STREAM, payload))
          .map(states);
    }));
  }
}
