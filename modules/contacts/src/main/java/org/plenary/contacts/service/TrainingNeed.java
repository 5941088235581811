package org.plenary.contacts.service;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.plenary.capacity.api.CapacityNeeds;
import org.plenary.contacts.api.ContactsEvents;
import org.plenary.platform.audit.AuditLog;
import org.plenary.platform.events.Outbox;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.identity.Participant;

/**
 * A State whose points of contact answered neither of the last two exercises posts, when it wants, a "points of
 * contact training" need on the capacity-building board, through the board's own port (its rules, its matching).
 */
public final class TrainingNeed {

  /** The board's area the training belongs to (its taxonomy, capacity's V20). */
  static final String AREA = "incident-management-certs";

  private final Pool pool;
  private final ResultsReading results;
  private final CapacityNeeds board;

  public TrainingNeed(Pool pool, ResultsReading results, CapacityNeeds board) {
    this.pool = pool;
    this.results = results;
    this.board = board;
  }

  public Future<UUID> post(Participant actor, String stateId, Instant at) {
    ContactRules.mayPostTrainingNeed(actor, stateId);
    return results.offer(stateId, at).compose(offer -> {
      if (!offer.offered()) {
        throw Failure.conflict("no-training-offer", "Nothing to train for",
            "The points of contact of " + stateId + " answered one of the last two ping exercises: the directory"
                + " offers a training need after two unanswered exercises in a row.");
      }
      LocalDate today = at.atZone(ZoneOffset.UTC).toLocalDate();
      CapacityNeeds.NeedDraft draft = new CapacityNeeds.NeedDraft("Points of contact training",
          "Our points of contact did not answer the last two ping exercises of the Points of Contact directory:"
              + " we look for training of our diplomatic and technical points of contact in receiving, routing"
              + " and acknowledging requests between States during ICT security incidents.",
          List.of(AREA), List.of("en"), today.plusDays(30), today.plusDays(210));
      return board.post(actor, draft, at).compose(needId -> pool.withTransaction(conn -> {
        JsonObject payload = new JsonObject().put("stateId", stateId).put("needId", needId.toString());
        return AuditLog.append(conn, actor.id(), ContactsEvents.TRAINING_NEED_POSTED.name(), "contact-entry",
                stateId, null, payload)
            .compose(v -> Outbox.record(conn, ContactsEvents.TRAINING_NEED_POSTED, ContactsEvents.stream(stateId),
                payload));
      }).map(needId));
    });
  }
}
