package org.plenary.drafts.stances;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.plenary.drafts.Attribution;
import org.plenary.drafts.DraftAccess;
import org.plenary.drafts.DraftRules;
import org.plenary.drafts.Paragraphs;
import org.plenary.drafts.api.DraftEvents;
import org.plenary.forum.api.ThreadInfo;
import org.plenary.platform.events.Outbox;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.identity.Participant;
import org.plenary.platform.organizations.Organizations;

/**
 * Stances of States on the paragraphs of a draft. A State's delegate records the State's stance; an
 * intergovernmental organization's delegate records one on behalf of its member States, which never overrides
 * a member's own: outside the Chatham House Rule it skips those members, under it it is kept behind their own.
 */
public final class StanceService {

  /**
   * The States the stance was recorded for, and those skipped because they had recorded their own — told only to
   * a caller who may see those States' own stances by name ({@code keptTheirOwn} is empty when not told).
   */
  public record Recorded(List<String> states, Optional<List<String>> keptTheirOwn) {
  }

  private final Pool pool;
  private final StanceStore stances;
  private final DraftAccess access;
  private final Organizations organizations;

  public StanceService(Pool pool, StanceStore stances, DraftAccess access, Organizations organizations) {
    this.pool = pool;
    this.stances = stances;
    this.access = access;
    this.organizations = organizations;
  }

  public Future<Recorded> record(Participant delegate, RecordStance command) {
    boolean forMembers = DraftRules.requireMayRecordStance(delegate);
    List<String> onBehalfOf = command.onBehalfOf();
    if (!forMembers && !onBehalfOf.isEmpty()) {
      throw Failure.invalid("onBehalfOf is for intergovernmental delegates recording a stance for their member"
          + " States; a State's delegate records the stance of its own State.");
    }
    String explanation = blankToNull(command.explanation().orElse(null));
    UUID threadId = command.threadId();
    return access.readableDraft(threadId, Optional.of(delegate))
        .map(thread -> DraftAccess.requireAccepting(thread, "A stance"))
        .compose(thread -> (forMembers ? members(delegate, onBehalfOf) : Future.succeededFuture(
            List.of(delegate.organization().id())))
            .compose(states -> record(delegate, thread, command, explanation, forMembers, states)));
  }

  /**
   * Under the Chatham House Rule the caller learns nothing of the members' own stances that the reads would not
   * show it: the organization's stance is recorded for every member it names (a member's own still counts first,
   * see {@link StanceStore#record}), the answer names them all, and it is never refused because members have their
   * own. Outside the rule the organization hears which members kept their own, and is refused when all did.
   */
  private Future<Recorded> record(Participant delegate, ThreadInfo thread, RecordStance command, String explanation,
                                  boolean forMembers, List<String> states) {
    UUID threadId = thread.id();
    UUID paragraphId = command.paragraphId();
    Attribution attribution = Attribution.of(thread, Optional.of(delegate));
    boolean skipOwn = forMembers && attribution.namesEveryone();
    return access.write(pool, thread.id(), locked -> DraftAccess.requireAccepting(locked, "A stance"), conn -> Paragraphs.lock(conn, threadId, paragraphId)
            .compose(paragraph -> {
              String via = forMembers ? delegate.organization().id() : null;
              StanceStore.NewStance stance = new StanceStore.NewStance(paragraphId, paragraph.revision(),
                  command.stance(), explanation, delegate.id(), via);
              Future<Set<String>> own = skipOwn ? stances.ownStancesAmong(conn, paragraphId, paragraph.revision(),
                  states, via) : Future.succeededFuture(Set.of());
              return own.compose(keptTheirOwn -> {
                List<String> recordFor = states.stream().filter(s -> !keptTheirOwn.contains(s)).toList();
                if (recordFor.isEmpty()) {
                  throw Failure.conflict("Each of these States has recorded its own stance on the paragraph, which"
                      + " a stance on their behalf does not replace.");
                }
                return stances.record(conn, stance, recordFor)
                    .compose(v -> Outbox.record(conn, DraftEvents.STANCE_RECORDED, "thread:" + threadId, new JsonObject()
                        .put("threadId", threadId.toString()).put("paragraphId", paragraphId.toString())
                        .put("stance", command.stance())
                        .put("organizationId", delegate.organization().id())
                        .put("states", new JsonArray(recordFor))))
                    .map(new Recorded(recordFor, skipOwn
                        ? Optional.of(List.copyOf(new TreeSet<>(keptTheirOwn))) : Optional.empty()));
              });
            }));
  }

  /** The member States a stance is recorded for: those named, all of them when none is. */
  private Future<List<String>> members(Participant delegate, List<String> named) {
    String organization = delegate.organization().id();
    return organizations.members(organization).map(members -> {
      if (members.isEmpty()) {
        throw Failure.conflict(delegate.organization().name() + " has no member States in the registry to record"
            + " a stance for.");
      }
      if (named.isEmpty()) {
        return members;
      }
      List<String> strangers = named.stream().filter(state -> !members.contains(state)).toList();
      if (!strangers.isEmpty()) {
        throw Failure.invalid("Not members of " + delegate.organization().name() + ": " + strangers
            + "; a stance is recorded on behalf of member States only.");
      }
      return named;
    });
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
