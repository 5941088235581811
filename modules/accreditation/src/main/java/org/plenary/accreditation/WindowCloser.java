package org.plenary.accreditation;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes non-objection windows when they end. At start it decides every window that ended while the
 * server was down; then it sleeps until the next window ends, but never longer than the sweep interval,
 * so that windows opened or moved through another server instance are closed in time too. Instances
 * sharing a database may race for a window: {@link Decisions#decide} lets only one of them decide it.
 */
final class WindowCloser {

  private static final Logger LOG = LoggerFactory.getLogger(WindowCloser.class);
  private static final long NO_TIMER = -1;
  private static final int BATCH = 100;

  private final Vertx vertx;
  private final ApplicationStore store;
  private final Decisions decisions;
  private final Duration sweepInterval;
  private final AtomicLong timer = new AtomicLong(NO_TIMER);
  private final AtomicBoolean stopped = new AtomicBoolean();

  WindowCloser(Vertx vertx, ApplicationStore store, Decisions decisions, Duration sweepInterval) {
    this.vertx = vertx;
    this.store = store;
    this.decisions = decisions;
    this.sweepInterval = sweepInterval;
  }

  /** Decides what is overdue, then keeps watching. Fails only if the first sweep fails. */
  Future<Void> start() {
    stopped.set(false);
    return closeDueWindows().onSuccess(decided -> {
      if (decided > 0) {
        LOG.info("Decided {} accreditation applications whose window closed while the server was down", decided);
      }
      scheduleNext();
    }).mapEmpty();
  }

  void stop() {
    stopped.set(true);
    cancel(timer.getAndSet(NO_TIMER));
  }

  /** A window was opened or moved: wake at its end if that comes before the planned wake-up. */
  void reschedule() {
    if (!stopped.get()) {
      scheduleNext();
    }
  }

  private void scheduleNext() {
    store.nextDueInMs().onComplete(next -> {
      long sweepMs = sweepInterval.toMillis();
      long delay = next.succeeded() ? next.result().map(ms -> Math.max(1, Math.min(ms, sweepMs))).orElse(sweepMs) : sweepMs;
      if (next.failed()) {
        LOG.warn("Could not read the next accreditation window; retrying in {} ms", sweepMs, next.cause());
      }
      if (!stopped.get()) {
        cancel(timer.getAndSet(vertx.setTimer(delay, id -> sweep())));
      }
    });
  }

  private void sweep() {
    closeDueWindows()
        .onFailure(e -> LOG.warn("Closing accreditation windows failed; the next sweep retries", e))
        .onComplete(done -> reschedule());
  }

  /** The number of applications this instance decided. */
  private Future<Integer> closeDueWindows() {
    return store.due(BATCH).compose(this::decideEach);
  }

  private Future<Integer> decideEach(List<UUID> due) {
    Future<Integer> decided = Future.succeededFuture(0);
    for (UUID id : due) {
      decided = decided.compose(count -> decisions.decide(id, null, Decided.WINDOW_EXPIRED)
          .map(decision -> count + (decision.isPresent() ? 1 : 0)));
    }
    return due.size() == BATCH ? decided.compose(count -> closeDueWindows().map(more -> count + more)) : decided;
  }

  private void cancel(long id) {
    if (id != NO_TIMER) {
      vertx.cancelTimer(id);
    }
  }
}
