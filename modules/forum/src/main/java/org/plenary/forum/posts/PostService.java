package org.plenary.forum.posts;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.plenary.forum.ForumRules;
import org.plenary.forum.api.ForumEvents;
import org.plenary.forum.api.CitedPractices;
import org.plenary.forum.api.KnownDocuments;
import org.plenary.forum.api.PracticeCitations;
import org.plenary.forum.markdown.MarkdownRenderer;
import org.plenary.forum.threads.ForumThread;
import org.plenary.forum.threads.Reader;
import org.plenary.forum.threads.ThreadAccess;
import org.plenary.forum.threads.ThreadStore;
import org.plenary.platform.events.EventType;
import org.plenary.platform.events.Outbox;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.identity.Participant;
import org.plenary.platform.organizations.OrganizationKind;
import org.plenary.platform.search.SearchIndex;
import org.plenary.forum.ForumSearchDocuments;

/**
 * Writing posts: comments, replies, official positions, rights of reply, edits and withdrawals. Edits and
 * withdrawals stop when the thread's record freezes ({@link FrozenRecord}); joint statements' consent is
 * {@link JointStatements}'.
 */
public final class PostService {

  private final Pool pool;
  private final ThreadStore threads;
  private final PostStore posts;
  private final SearchIndex search;
  private final RightsOfReply rightsOfReply;
  private final PostLocks locks;
  private final KnownDocuments documents;
  private final CitedPractices practices;

  public PostService(Pool pool, ThreadStore threads, PostStore posts, SearchIndex search, RightsOfReply rightsOfReply) {
    this(pool, threads, posts, search, rightsOfReply, KnownDocuments.NONE, CitedPractices.NONE);
  }

  /**
   * {@code documents}: which symbols in posts link to the document registry's pages; {@code practices}: the good
   * practices posts may cite.
   */
  public PostService(Pool pool, ThreadStore threads, PostStore posts, SearchIndex search, RightsOfReply rightsOfReply,
                     KnownDocuments documents, CitedPractices practices) {
    this.documents = documents;
    this.practices = practices;
    this.pool = pool;
    this.threads = threads;
    this.posts = posts;
    this.search = search;
    this.rightsOfReply = rightsOfReply;
    this.locks = new PostLocks(threads, posts);
  }

  /** {@code markdown} as a post of it would show: what the composer's preview shows. */
  public Future<String> render(String markdown, String language) {
    return PracticeCitations.check(markdown, practices).compose(written -> documents
        .pages(MarkdownRenderer.registrySymbols(written))
        .map(pages -> MarkdownRenderer.render(written, language, pages)));
  }

  /** The new post's id. */
  public Future<Long> write(Participant author, WritePost command) {
    return written(author, command).map(WrittenPost::id);
  }

  /** The new post, with its thread. */
  public Future<WrittenPost> written(Participant author, WritePost command) {
    Long parentId = command.parentId().orElse(null);
    Long alignsWith = command.alignsWith().orElse(null);
    PostRules.check(author, command.kind(), parentId, alignsWith, command.onBehalfOf());
    String language = command.language();
    Integer guidingQuestion = command.guidingQuestion().orElse(null);
    return PracticeCitations.check(command.body(), practices).compose(body -> documents
        .pages(MarkdownRenderer.registrySymbols(body)).compose(pages -> write(author, command, body,
            MarkdownRenderer.render(body, language, pages), parentId, alignsWith, guidingQuestion)));
  }

  /** {@code body}: the command's, its citations of practices written out. */
  private Future<WrittenPost> write(Participant author, WritePost command, String body, String html, Long parentId,
                                    Long alignsWith, Integer guidingQuestion) {
    PostKind kind = command.kind();
    List<String> onBehalfOf = command.onBehalfOf();
    UUID threadId = command.threadId();
    String language = command.language();
    // the thread row is key-share-locked first, so a lock or close committed meanwhile is seen and one made later
    // waits; posts of the thread do not wait for one another: each gets its number at commit (V175)
    return pool.withTransaction(conn -> threads.findForKeyShare(conn, threadId)
        .map(found -> ThreadAccess.requireReadable(found, Reader.of(author)))
        .compose(thread -> {
          thread.refusesPostsBecause(Instant.now()).ifPresent(reason -> {
            throw Failure.conflict("This post cannot be added: " + reason + ".");
          });
          if (guidingQuestion != null && guidingQuestion >= thread.guidingQuestions().size()) {
            throw Failure.invalid("The thread has " + thread.guidingQuestions().size()
                + " guiding questions; guidingQuestion counts from 0.");
          }
          return checkReferences(conn, author, thread, kind, parentId, alignsWith, onBehalfOf)
              .compose(ok -> kind != PostKind.RIGHT_OF_REPLY ? Future.<Void>succeededFuture()
                  : rightsOfReply.checkNew(conn, threadId, author.organization().id(), author.organization().name(), body))
              .compose(ok -> insert(conn, new PostStore.NewPost(threadId, parentId, kind, author.id(),
                  author.organization().id(), language, body, html, onBehalfOf, alignsWith, guidingQuestion)))
              .map(id -> new WrittenPost(id, thread));
        }));
  }

  public Future<Void> edit(Participant editor, EditPost command) {
    if (!editor.organization().mayTakePart()) {
      return Future.failedFuture(ForumRules.notAccredited());
    }
    return PracticeCitations.check(command.body(), practices).compose(body -> documents
        .pages(MarkdownRenderer.registrySymbols(body)).compose(pages -> edit(editor, command, body, pages)));
  }

  private Future<Void> edit(Participant editor, EditPost command, String body, Map<String, String> pages) {
    long postId = command.postId();
    return pool.withTransaction(conn -> locks.lock(conn, postId)
        .compose(found -> {
          LockedPost post = found.orElseThrow(() -> notFound(postId)).post();
          ForumThread thread = found.get().thread();
          ForumRules.requireAuthor(editor, post.authorId());
          if (post.hidden()) {
            throw Failure.conflict("A post hidden by a moderator cannot be edited.");
          }
          if (!post.isActive()) {
            throw Failure.conflict("A " + post.status() + " position stays in the record as it was.");
          }
          String language = command.language().orElse(post.language());
          UUID threadId = post.threadId();
          FrozenRecord.refuseIfFrozen(thread, "This post cannot be edited");
          Future<Void> withinLimit = post.kind() == PostKind.RIGHT_OF_REPLY
              ? rightsOfReply.checkEdit(conn, postId, body) : Future.succeededFuture();
          return withinLimit
              .compose(ok -> posts.edit(conn, post, language, body, MarkdownRenderer.render(body, language, pages)))
              .compose(ok -> body.equals(post.bodyMarkdown()) ? Future.<Void>succeededFuture()
                  : JointStatements.askAgainAfterEdit(conn, posts, post))
              .compose(ok -> search.put(conn, ForumSearchDocuments.post(thread, postId, post.kind().wire(), body,
                  language, false, post.authorId(), post.organizationId(), post.createdAt())))
              .compose(ok -> event(conn, ForumEvents.POST_EDITED, threadId, postId));
        }));
  }

  /** {@code reason}, optional, is shown with the withdrawn position. */
  public Future<Void> withdraw(Participant delegate, long postId, String reason) {
    String shownReason = reason == null || reason.isBlank() ? null : reason.strip();
    return pool.withTransaction(conn -> locks.lock(conn, postId)
        .compose(found -> {
          LockedPost post = found.orElseThrow(() -> notFound(postId)).post();
          if (post.kind() != PostKind.POSITION) {
            throw Failure.invalid("Only official positions are withdrawn; this post is a " + post.kind().wire() + ".");
          }
          ForumRules.requireMayWithdraw(delegate, post.organizationId());
          if (!post.isActive()) {
            throw Failure.conflict("This position is already " + post.status() + ".");
          }
          FrozenRecord.refuseIfFrozen(found.get().thread(), "This position cannot be withdrawn");
          return posts.withdraw(conn, postId, shownReason)
              .compose(ok -> event(conn, ForumEvents.POST_WITHDRAWN, post.threadId(), postId));
        }));
  }

  private Future<Void> checkReferences(SqlConnection conn, Participant author, ForumThread thread, PostKind kind,
                                       Long parentId, Long alignsWith, List<String> onBehalfOf) {
    List<Future<?>> checks = new ArrayList<>();
    if (parentId != null) {
      checks.add(posts.basics(conn, parentId).map(found -> {
        PostBasics parent = found.filter(post -> post.threadId().equals(thread.id())).orElseThrow(() ->
            Failure.invalid("parentId " + parentId + " is not a post of this thread."));
        if (kind == PostKind.RIGHT_OF_REPLY && (parent.kind() != PostKind.POSITION
            || author.organization().id().equals(parent.organizationId()))) {
          throw Failure.invalid("A right of reply answers another State's or organization's official position.");
        }
        return parent;
      }));
    }
    if (alignsWith != null) {
      checks.add(posts.basics(conn, alignsWith).map(found -> {
        PostBasics target = found.filter(post -> post.threadId().equals(thread.id())
                && post.kind() == PostKind.POSITION && "active".equals(post.status()))
            .orElseThrow(() -> Failure.invalid("alignsWith " + alignsWith
                + " is not a current official position in this thread."));
        if (target.organizationId().equals(author.organization().id())) {
          throw Failure.invalid("A statement cannot align with its own organization's statement.");
        }
        return target;
      }));
    }
    if (!onBehalfOf.isEmpty()) {
      checks.add(posts.statesAmong(conn, onBehalfOf).map(states -> {
        List<String> notStates = onBehalfOf.stream().filter(id -> !states.contains(id)).toList();
        if (!notStates.isEmpty()) {
          throw Failure.invalid("onBehalfOf lists States by ISO alpha-3 code; not States: " + notStates + ".");
        }
        return states;
      }));
      if (author.organization().kind() == OrganizationKind.INTERGOVERNMENTAL) {
        checks.add(posts.membersAmong(conn, author.organization().id(), onBehalfOf).map(members -> {
          ForumRules.requireMembers(author, onBehalfOf.stream().filter(id -> !members.contains(id)).toList());
          return members;
        }));
      }
    }
    return Future.all(checks).mapEmpty();
  }

  /**
   * The post, its event and what it changes in other posts. The search index learns of it from the event
   * ({@link org.plenary.forum.ForumSearchIndexing}), after the commit, not in this transaction.
   */
  private Future<Long> insert(SqlConnection conn, PostStore.NewPost post) {
    Future<List<Long>> superseded = post.kind() == PostKind.POSITION
        ? posts.supersedeCurrentPosition(conn, post.threadId(), post.organizationId())
        : Future.succeededFuture(List.of());
    return superseded.compose(old -> posts.insert(conn, post, ForumEvents.POST_CREATED)
        .compose(id -> posts.markSupersededBy(conn, old, id)
            .compose(ok -> post.parentId() == null ? Future.succeededFuture() : posts.countReply(conn, post.parentId()))
            .compose(ok -> askForConsent(conn, post, id))
            .map(id)));
  }

  /** Each State a joint statement names, other than the one delivering it, is asked to confirm it. */
  private static Future<Void> askForConsent(SqlConnection conn, PostStore.NewPost post, long id) {
    List<String> asked = post.onBehalfOf().stream().filter(state -> !state.equals(post.organizationId())).toList();
    return asked.isEmpty() ? Future.succeededFuture() : Outbox.record(conn, ForumEvents.JOINT_STATEMENT_REQUESTED,
        "thread:" + post.threadId(), new JsonObject().put("threadId", post.threadId().toString()).put("postId", id)
            .put("organizationId", post.organizationId()).put("states", new JsonArray(asked)));
  }

  static Future<Void> event(SqlConnection conn, EventType type, UUID threadId, long postId) {
    return Outbox.record(conn, type, "thread:" + threadId,
        new JsonObject().put("threadId", threadId.toString()).put("postId", postId));
  }

  static Failure notFound(long postId) {
    return Failure.notFound("There is no post " + postId + ", or it is not open to you.");
  }

}
