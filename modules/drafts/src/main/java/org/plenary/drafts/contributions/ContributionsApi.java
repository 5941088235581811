package org.plenary.drafts.contributions;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.plenary.drafts.DraftAccess;
import org.plenary.drafts.Paragraphs;
import org.plenary.drafts.api.DraftEvents;
import org.plenary.forum.api.ThreadInfo;
import org.plenary.platform.http.ApiModule;
import org.plenary.platform.http.ApiRoutes;
import org.plenary.platform.http.Created;
import org.plenary.platform.http.Cursor;
import org.plenary.platform.http.RequestInput;
import org.plenary.platform.http.Responses;
import org.plenary.platform.identity.Caller;
import org.plenary.platform.identity.Participant;

/** Comments and amendments on the paragraphs of a draft. */
public final class ContributionsApi implements ApiModule {

  private static final int DEFAULT_PAGE = 50;

  /** What a page is read against: the thread (for Chatham House) and the paragraph as it stands now. */
  private record Context(ThreadInfo thread, Paragraphs.Standing paragraph) {
  }

  private static final Paragraphs.Standing UNKNOWN = new Paragraphs.Standing(Optional.empty(), OptionalInt.empty());

  private interface Page<T> {
    Future<List<T>> read(UUID paragraphId, long afterId, int limit);
  }

  /** Writes a contribution from the request {@code in} (its body) on the paragraph of the thread. */
  private interface Write {
    Future<Long> write(Participant author, UUID threadId, UUID paragraphId, RequestInput in);
  }

  private interface View<T> {
    JsonObject render(T contribution, ThreadInfo thread, Optional<Participant> reader, Paragraphs.Standing paragraph);
  }

  private final Pool pool;
  private final ContributionStore store;
  private final ContributionService service;
  private final ContributionView view;
  private final DraftAccess access;

  public ContributionsApi(Pool pool, DraftAccess access) {
    this.pool = pool;
    this.access = access;
    this.store = new ContributionStore(pool);
    this.service = new ContributionService(pool, store, access);
    this.view = new ContributionView();
  }

  public ContributionService service() {
    return service;
  }

  @Override
  public String openApiFragment() {
    return "openapi/contributions.yaml";
  }

  @Override
  public void mount(ApiRoutes routes) {
    routes.onCreate("commentOnParagraph", rc -> contribute(rc, (author, thread, paragraph, in) -> service.comment(author,
            thread, paragraph, in.body().getString("body")), store::comment, view::comment),
            (rc, made) -> shown(rc, made.payload(DraftEvents.COMMENT_ADDED).getLong("commentId"), store::comment, view::comment)
                .map(json -> new Created(null, json)))
        .on("listParagraphComments", rc -> list(rc, store::comments, view::comment, Comment::id))
        .onCreate("proposeAmendment", rc -> contribute(rc, (author, thread, paragraph, in) -> service.proposeAmendment(
                author, new ProposeAmendment(thread, paragraph, in.body().getString("text"),
                    Optional.ofNullable(in.body().getString("explanation")))), store::amendment, view::amendment),
            (rc, made) -> shown(rc, made.payload(DraftEvents.AMENDMENT_PROPOSED).getLong("amendmentId"), store::amendment,
                view::amendment).map(json -> new Created(null, json)))
        .on("listAmendments", rc -> list(rc, (p, after, limit) -> store.amendments(p, after,
            RequestInput.of(rc).query("status").orElse(null), limit), view::amendment, Amendment::id))
        .on("listDraftAmendments", this::listOfDraft)
        .on("withdrawAmendment", rc -> decide(rc, service::withdrawAmendment))
        .on("notRetainAmendment", rc -> decide(rc, service::notRetain));
  }

  private interface Decision {
    Future<Void> decide(Participant caller, UUID threadId, long amendmentId);
  }

  /** Writes a contribution and answers 201 with it, as its author sees it. */
  private <T> void contribute(RoutingContext rc, Write write, Function<Long, Future<T>> find, View<T> render) {
    Participant author = Caller.require(rc);
    RequestInput in = RequestInput.of(rc);
    UUID threadId = in.uuid("threadId");
    UUID paragraphId = in.uuid("paragraphId");
    write.write(author, threadId, paragraphId, in)
        .compose(id -> shown(rc, id, find, render))
        .onSuccess(json -> Responses.json(rc, 201, json))
        .onFailure(rc::fail);
  }

  /** A contribution as its author sees it: the answer to its creation, and to a retry whose answer was lost. */
  private <T> Future<JsonObject> shown(RoutingContext rc, long id, Function<Long, Future<T>> find, View<T> render) {
    Participant author = Caller.require(rc);
    RequestInput in = RequestInput.of(rc);
    UUID threadId = in.uuid("threadId");
    UUID paragraphId = in.uuid("paragraphId");
    return find.apply(id).compose(found -> context(threadId, paragraphId, Optional.of(author))
        .map(context -> render.render(found, context.thread(), Optional.of(author), context.paragraph())));
  }

  /** Withdraws or judges an amendment and answers with it as the caller sees it. */
  private void decide(RoutingContext rc, Decision decision) {
    Participant caller = Caller.require(rc);
    RequestInput in = RequestInput.of(rc);
    UUID threadId = in.uuid("threadId");
    long id = in.id("amendmentId");
    decision.decide(caller, threadId, id)
        .compose(v -> store.amendment(id))
        .compose(amendment -> context(threadId, amendment.paragraphId(), Optional.of(caller))
            .map(context -> view.amendment(amendment, context.thread(), Optional.of(caller), context.paragraph())))
        .onSuccess(json -> Responses.ok(rc, json))
        .onFailure(rc::fail);
  }

  /** Every amendment of the draft, oldest first: what the editor of the next version decides on. */
  private void listOfDraft(RoutingContext rc) {
    RequestInput in = RequestInput.of(rc);
    Optional<Participant> reader = Caller.of(rc);
    UUID threadId = in.uuid("threadId");
    int limit = in.limit(DEFAULT_PAGE);
    long after = in.query("cursor").map(c -> Cursor.decode(c, Cursor.Key.LONG).whole(0)).orElse(0L);
    access.readableDraft(threadId, reader)
        .compose(thread -> Future.all(Paragraphs.standings(pool, threadId),
                store.draftAmendments(threadId, after, in.query("status").orElse(null), limit + 1))
            .map(loaded -> {
              Map<UUID, Paragraphs.Standing> standings = loaded.resultAt(0);
              List<Amendment> found = loaded.resultAt(1);
              List<Amendment> shown = found.size() > limit ? found.subList(0, limit) : found;
              JsonArray items = new JsonArray();
              shown.forEach(amendment -> items.add(view.amendment(amendment, thread, reader,
                  standings.getOrDefault(amendment.paragraphId(), UNKNOWN))));
              return Responses.page(items, found.size() > limit ? Cursor.encode(shown.get(shown.size() - 1).id()) : null);
            }))
        .onSuccess(json -> Responses.ok(rc, json))
        .onFailure(rc::fail);
  }

  private <T> void list(RoutingContext rc, Page<T> page, View<T> render, ToLongFunction<T> idOf) {
    RequestInput in = RequestInput.of(rc);
    Optional<Participant> reader = Caller.of(rc);
    UUID threadId = in.uuid("threadId");
    UUID paragraphId = in.uuid("paragraphId");
    int limit = in.limit(DEFAULT_PAGE);
    long after = in.query("cursor").map(c -> Cursor.decode(c, Cursor.Key.LONG).whole(0)).orElse(0L);
    context(threadId, paragraphId, reader)
        .compose(context -> page.read(paragraphId, after, limit + 1).map(found -> {
          List<T> shown = found.size() > limit ? found.subList(0, limit) : found;
          JsonArray items = new JsonArray();
          shown.forEach(each -> items.add(render.render(each, context.thread(), reader, context.paragraph())));
          return Responses.page(items, found.size() > limit ? Cursor.encode(idOf.applyAsLong(shown.get(shown.size() - 1)))
              : null);
        }))
        .onSuccess(json -> Responses.ok(rc, json))
        .onFailure(rc::fail);
  }

  private Future<Context> context(UUID threadId, UUID paragraphId, Optional<Participant> reader) {
    return access.readableDraft(threadId, reader).compose(thread -> Paragraphs.standing(pool, threadId, paragraphId)
        .map(paragraph -> new Context(thread, paragraph)));
  }

}
