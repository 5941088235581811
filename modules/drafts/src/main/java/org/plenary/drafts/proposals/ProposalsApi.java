package org.plenary.drafts.proposals;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.plenary.drafts.Attribution;
import org.plenary.drafts.DraftAccess;
import org.plenary.drafts.DraftRules;
import org.plenary.drafts.api.DraftEvents;
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

/** {@code /threads/{threadId}/proposals} and {@code /proposals/{proposalId}}: proposals and their sponsors. */
public final class ProposalsApi implements ApiModule {

  private static final int DEFAULT_PAGE = 25;

  private final ProposalStore store;
  private final ProposalService service;
  private final DraftAccess access;

  public ProposalsApi(Pool pool, DraftAccess access) {
    this.store = new ProposalStore(pool);
    this.service = new ProposalService(pool, store, access);
    this.access = access;
  }

  public ProposalService service() {
    return service;
  }

  @Override
  public String openApiFragment() {
    return "openapi/proposals.yaml";
  }

  @Override
  public void mount(ApiRoutes routes) {
    routes.onCreate("tableProposal", this::table, this::tabled)
        .on("listProposals", this::list)
        .on("getProposal", rc -> Responses.reply(rc, view(proposalId(rc), Caller.of(rc))))
        .on("tableCirculatedProposal", rc -> change(rc, caller -> service.tableCirculated(caller, proposalId(rc))))
        .on("cosponsorProposal", rc -> change(rc, caller -> service.cosponsor(caller, proposalId(rc))))
        .on("withdrawSponsorship", rc -> change(rc, caller -> service.leave(caller, proposalId(rc),
            RequestInput.of(rc).path("stateId"))))
        .on("withdrawProposal", rc -> change(rc, caller -> service.withdraw(caller, proposalId(rc))));
  }

  private void table(RoutingContext rc) {
    Participant delegate = Caller.require(rc);
    RequestInput in = RequestInput.of(rc);
    JsonObject body = in.body();
    service.table(delegate, new TableProposal(in.uuid("threadId"), body.getString("title"), body.getString("text"),
            body.getBoolean("circulate", false)))
        .compose(id -> view(id, Optional.of(delegate)))
        .onSuccess(json -> Responses.created(rc, "/api/v1/proposals/" + json.getString("id"), json))
        .onFailure(rc::fail);
  }

  /** A proposal whose first answer was lost, as its delegate sees it; tabled or circulated, its event names it. */
  private Future<Created> tabled(RoutingContext rc, Made made) {
    JsonObject event = made.payloadOfAny(DraftEvents.PROPOSALS);
    return view(UUID.fromString(event.getString("proposalId")), Optional.of(Caller.require(rc)))
        .map(json -> new Created("/api/v1/proposals/" + json.getString("id"), json));
  }

  /** Under the Chatham House Rule a reader lists by sponsor only their own State, as it is all they see by name. */
  private void list(RoutingContext rc) {
    RequestInput in = RequestInput.of(rc);
    Optional<Participant> reader = Caller.of(rc);
    UUID threadId = in.uuid("threadId");
    Optional<String> sponsor = in.query("sponsor");
    int limit = in.limit(DEFAULT_PAGE);
    Cursor.Keys after = in.query("cursor").map(c -> Cursor.decode(c, Cursor.Key.TIME, Cursor.Key.UUID)).orElse(null);
    access.readableThread(threadId, reader)
        .map(thread -> {
          Attribution attribution = Attribution.of(thread, reader);
          if (sponsor.isPresent() && !attribution.sees(sponsor.get())) {
            throw DraftRules.chathamHouse("The thread is under the Chatham House Rule: its proposals are not listed by"
                + " sponsor, except for your own State.");
          }
          return attribution;
        })
        .compose(attribution -> store.page(threadId, in.query("status").orElse(null), sponsor.orElse(null),
            after == null ? null : after.instant(0),
            after == null ? null : after.uuid(1), limit + 1)
            .map(found -> {
              List<Proposal> page = found.size() > limit ? found.subList(0, limit) : found;
              JsonArray items = new JsonArray();
              page.forEach(proposal -> items.add(ProposalView.toJson(proposal, attribution)));
              Proposal last = page.isEmpty() ? null : page.get(page.size() - 1);
              String next = found.size() > limit
                  ? Cursor.encode(last.circulatedAt().toString(), last.id().toString())
                  : null;
              return Responses.page(items, next);
            }))
        .onSuccess(page -> Responses.ok(rc, page))
        .onFailure(rc::fail);
  }

  private void change(RoutingContext rc, Function<Participant, Future<Void>> change) {
    Participant caller = Caller.require(rc);
    Responses.reply(rc, change.apply(caller).compose(v -> view(proposalId(rc), Optional.of(caller))));
  }

  /** The proposal if its thread is open to the reader; 404 otherwise, as for the thread. */
  private Future<JsonObject> view(UUID id, Optional<Participant> reader) {
    return store.find(id)
        .map(found -> found.orElseThrow(() -> ProposalService.notFound(id)))
        .compose(proposal -> access.readableThread(proposal.threadId(), reader)
            .map(thread -> ProposalView.toJson(proposal, Attribution.of(thread, reader))))
        .recover(failure -> Future.failedFuture(Failure.isNotFound(failure)
            ? ProposalService.notFound(id) : failure));
  }

  private static UUID proposalId(RoutingContext rc) {
    return RequestInput.of(rc).uuid("proposalId");
  }
}
