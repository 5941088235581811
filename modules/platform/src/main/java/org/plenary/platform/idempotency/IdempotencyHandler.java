package org.plenary.platform.idempotency;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Row;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.plenary.platform.http.ApiProblem;
import org.plenary.platform.http.Made;
import org.plenary.platform.http.ProblemHandler;
import org.plenary.platform.http.Responses;
import org.plenary.platform.http.RetryAnswer;
import org.plenary.platform.identity.Caller;
import org.plenary.platform.identity.Participant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Idempotency-Key of a create, decided at the edge before its handler runs (the IETF httpapi draft's
 * semantics): a new key lets the request through, holding the key; the same key with the same request
 * (method, address and body) gets the first answer again; with another request, 422; while the first is
 * still in flight, 409. Keys belong to the participant who sent them. A request without the header, or
 * anonymous, goes through unguarded.
 */
public final class IdempotencyHandler implements Handler<RoutingContext> {

  public static final String REPLAYED = "Idempotent-Replayed";
  private static final Logger LOG = LoggerFactory.getLogger(IdempotencyHandler.class);

  private final IdempotentRequests requests;
  private final RetryAnswer retried;

  public IdempotencyHandler(IdempotentRequests requests, RetryAnswer retried) {
    this.requests = requests;
    this.retried = retried;
  }

  @Override
  public void handle(RoutingContext rc) {
    String header = rc.request().getHeader(IdempotencyKey.HEADER);
    Optional<Participant> caller = Caller.of(rc);
    if (header == null || caller.isEmpty()) {
      rc.next();
      return;
    }
    String key = IdempotencyKey.parse(header).value();
    UUID participantId = caller.get().id();
    requests.begin(participantId, key, fingerprint(rc)).onSuccess(begun -> {
      switch (begun.standing()) {
        case FIRST -> proceed(rc, begun.guard());
        case ANSWERED -> replay(rc, begun.row());
        case MADE -> answerWhatWasMade(rc, participantId, key, begun.row());
        case IN_FLIGHT -> inFlight(rc);
        case OTHER_REQUEST -> rc.fail(new ApiProblem(422, "idempotency-key-reused",
            "The Idempotency-Key was used for another request",
            "The Idempotency-Key was sent with another request (another address or body) in the last 24 hours;"
                + " a new request takes a new key."));
        default -> throw new IllegalStateException(begun.standing().name());
      }
    }).onFailure(rc::fail);
  }

  /** The first request with the key: its write records what it made under the key; its answer is kept. */
  private void proceed(RoutingContext rc, IdempotencyGuard guard) {
    if (!guard.enter()) {
      LOG.warn("{} {} does not run on a request context of its own; its Idempotency-Key guards only replays",
          rc.request().method(), rc.request().path());
    }
    boolean[] givenBack = {false};
    rc.put(ProblemHandler.BEFORE_REFUSAL, (Supplier<Future<Void>>) () -> {
      givenBack[0] = true;
      // Bounded: a database that does not answer must not hold the refusal back (the key's lease then frees it).
      return requests.release(guard).timeout(2, TimeUnit.SECONDS).recover(e -> Future.succeededFuture());
    });
    rc.addEndHandler(ended -> {
      guard.release();
      int status = rc.response().getStatusCode();
      boolean answered = ended.succeeded() && status >= 200 && status < 300;
      if (!answered && givenBack[0]) {
        return;
      }
      (answered ? requests.answered(guard, status, rc.response().headers().get("Location"), rc.get(Responses.SENT_BODY))
          : requests.release(guard))
          // Debug only: this fails when the database does, and the outage is logged once, not per request.
          .onFailure(e -> LOG.debug("Could not record the end of a request with an Idempotency-Key ({}); its key"
              + " stays held until its lease ends", e.getMessage()));
    });
    rc.next();
  }

  private static void replay(RoutingContext rc, Row row) {
    if (row.getString("location") != null) {
      rc.response().putHeader("Location", row.getString("location"));
    }
    rc.response().setStatusCode(row.getInteger("status")).putHeader(REPLAYED, "true");
    if (row.getString("body") == null) {
      rc.response().end();
    } else {
      rc.response().putHeader("Content-Type", "application/json").end(row.getString("body"));
    }
  }

  /** The first attempt committed, but its answer never made it: show the resource it made, and keep that answer. */
  private void answerWhatWasMade(RoutingContext rc, UUID participantId, String key, Row row) {
    retried.answer(rc, new Made(IdempotentRequests.made(row))).onSuccess(created -> {
      String body = created.body().encode();
      requests.answeredAgain(participantId, key, 201, created.location(), body)
          .onFailure(e -> LOG.debug("Could not keep the answer to a retried request ({})", e.getMessage()));
      rc.response().putHeader(REPLAYED, "true");
      Responses.created(rc, created);
    }).onFailure(rc::fail);
  }

  private static void inFlight(RoutingContext rc) {
    rc.response().putHeader("Retry-After", "1");
    rc.fail(new ApiProblem(409, "idempotency-key-in-flight", "A request with this Idempotency-Key is in progress",
        "A request with this Idempotency-Key is still being processed; retry in a moment to get its answer."));
  }

  /** The request the key stands for: method, address and body, byte for byte. */
  private static byte[] fingerprint(RoutingContext rc) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      sha256.update((rc.request().method().name() + " " + rc.request().uri() + "\n").getBytes(StandardCharsets.UTF_8));
      Buffer body = rc.body() == null ? null : rc.body().buffer();
      if (body != null) {
        sha256.update(body.getBytes());
      }
      org.plenary.platform.files.Upload upload = rc.get(org.plenary.platform.files.Uploads.KEY);
      if (upload != null) {
        // An upload's body was streamed, not buffered: its digest stands for it.
        sha256.update(upload.sha256().getBytes(StandardCharsets.UTF_8));
      }
      return sha256.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
