package org.plenary.drafts.proposals;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.plenary.drafts.DraftAccess;
import org.plenary.drafts.DraftRules;
import org.plenary.drafts.api.DraftEvents;
import org.plenary.platform.events.EventType;
import org.plenary.platform.events.Outbox;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.identity.Participant;

/**
 * Proposals: a State's delegate tables one in a thread for its own State, at once or after circulating it for
 * sponsorship. Every other State sponsors it only when its own delegate joins: while it is circulated, as an
 * original sponsor; once it is tabled, as a later sponsor. Sponsors may leave again. The tabling State may
 * withdraw the proposal; it stays in the record.
 */
public final class ProposalService {

  private static final String CIRCULATED = "circulated";
  private static final String TABLED = "tabled";

  private final Pool pool;
  private final ProposalStore store;
  private final DraftAccess access;

  ProposalService(Pool pool, ProposalStore store, DraftAccess access) {
    this.pool = pool;
    this.store = store;
    this.access = access;
  }

  /** Tables the proposal, or with {@code circulate} puts it forward for sponsorship first; the caller's State sponsors it. */
  public Future<UUID> table(Participant delegate, TableProposal proposal) {
    DraftRules.requireStateDelegate(delegate, "tables a proposal");
    UUID threadId = proposal.threadId();
    String state = delegate.organization().id();
    String status = proposal.circulate() ? CIRCULATED : TABLED;
    return access.readableThread(threadId, Optional.of(delegate))
        .map(thread -> DraftAccess.requireAccepting(thread, "A proposal"))
        .compose(thread -> access.write(pool, thread.id(), locked -> DraftAccess.requireAccepting(locked, "A proposal"), conn -> store.insert(conn, threadId, proposal.title().strip(),
                proposal.text().strip(), state, delegate.id(), status)
            .compose(id -> event(conn, CIRCULATED.equals(status) ? DraftEvents.PROPOSAL_CIRCULATED : DraftEvents.PROPOSAL_TABLED, threadId, id,
                state).map(id))));
  }

  /** The State that circulated the proposal tables it: the States that joined so far are its original sponsors. */
  public Future<Void> tableCirculated(Participant delegate, UUID proposalId) {
    DraftRules.requireStateDelegate(delegate, "tables a proposal");
    return change(delegate, proposalId, proposal -> {
      DraftRules.requireCirculatedBy(delegate, proposal.tabledFor());
      if (!CIRCULATED.equals(proposal.status())) {
        throw Failure.conflict("The proposal is " + proposal.status() + ", not circulated: there is"
            + " nothing to table.");
      }
      return conn -> store.tableCirculated(conn, proposalId)
          .compose(v -> event(conn, DraftEvents.PROPOSAL_TABLED, proposal.threadId(), proposalId,
              delegate.organization().id()));
    });
  }

  /** The caller's State joins: an original sponsor while the proposal is circulated, a later one once tabled. */
  public Future<Void> cosponsor(Participant delegate, UUID proposalId) {
    DraftRules.requireStateDelegate(delegate, "joins the sponsors of a proposal");
    String state = delegate.organization().id();
    return change(delegate, proposalId, proposal -> {
      if ("withdrawn".equals(proposal.status())) {
        throw Failure.conflict("The proposal was withdrawn; it takes no new sponsors.");
      }
      boolean original = CIRCULATED.equals(proposal.status());
      return conn -> store.join(conn, proposalId, state, delegate.id(), original).compose(joined -> joined
          ? event(conn, DraftEvents.PROPOSAL_SPONSOR_JOINED, proposal.threadId(), proposalId, state)
          : Future.failedFuture(Failure.conflict(delegate.organization().name() + " sponsors the proposal already.")));
    });
  }

  public Future<Void> leave(Participant delegate, UUID proposalId, String state) {
    DraftRules.requireStateDelegate(delegate, "withdraws its State's sponsorship");
    DraftRules.requireOwnSponsorship(delegate, state);
    return change(delegate, proposalId, proposal -> {
      if (state.equals(proposal.tabledFor())) {
        throw Failure.conflict(delegate.organization().name() + " tabled the proposal; it withdraws the proposal"
            + " rather than its sponsorship.");
      }
      return conn -> store.leave(conn, proposalId, state).compose(left -> left
          ? event(conn, DraftEvents.PROPOSAL_SPONSOR_LEFT, proposal.threadId(), proposalId, state)
          : Future.failedFuture(Failure.notFound(delegate.organization().name() + " does not sponsor the proposal.")));
    });
  }

  public Future<Void> withdraw(Participant delegate, UUID proposalId) {
    DraftRules.requireStateDelegate(delegate, "withdraws a proposal");
    return change(delegate, proposalId, proposal -> {
      DraftRules.requireTabledBy(delegate, proposal.tabledFor());
      if ("withdrawn".equals(proposal.status())) {
        throw Failure.conflict("The proposal is withdrawn already.");
      }
      return conn -> store.withdraw(conn, proposalId)
          .compose(v -> event(conn, DraftEvents.PROPOSAL_WITHDRAWN, proposal.threadId(), proposalId,
              delegate.organization().id()));
    });
  }

  /**
   * The proposal if the caller may read its thread (else 404) and the thread's record is not frozen (else 409),
   * then the change decided on its locked row.
   */
  private Future<Void> change(Participant caller, UUID proposalId,
                              Function<LockedProposal, Function<SqlConnection, Future<Void>>> decide) {
    return store.find(proposalId)
        .map(found -> found.orElseThrow(() -> notFound(proposalId)))
        .compose(proposal -> access.readableThread(proposal.threadId(), Optional.of(caller)))
        .recover(failure -> Future.failedFuture(Failure.isNotFound(failure) ? notFound(proposalId)
            : failure))
        .map(thread -> DraftAccess.requireNotFrozen(thread, "The proposal cannot change"))
        .compose(thread -> access.write(pool, thread.id(), locked -> DraftAccess.requireNotFrozen(locked, "The proposal cannot change"), conn -> store.lock(conn, proposalId)
            .compose(proposal -> decide.apply(proposal).apply(conn))));
  }

  static Failure notFound(UUID id) {
    return Failure.notFound("There is no proposal " + id + ", or it is not open to you.");
  }


  private static Future<Void> event(SqlConnection conn, EventType type, UUID threadId, UUID proposalId, String state) {
    return Outbox.record(conn, type, "thread:" + threadId, new JsonObject().put("threadId", threadId.toString())
        .put("proposalId", proposalId.toString()).put("stateId", state));
  }
}
