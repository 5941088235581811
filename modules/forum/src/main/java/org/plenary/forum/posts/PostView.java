package org.plenary.forum.posts;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.plenary.forum.api.PostAsSeen;
import org.plenary.forum.threads.Reader;

/**
 * A post as one reader may see it. Under the Chatham House Rule the author, the organization, the
 * States it speaks for and the organizations behind alignments are left out entirely (not blanked):
 * only the constituency remains.
 */
public final class PostView {

  private PostView() {
  }

  public static PostAsSeen seenBy(Post post, boolean chathamHouse, Reader reader) {
    UUID authorId = post.author().id();
    boolean identified = reader.seesIdentity(chathamHouse, authorId);
    boolean moderator = reader.seesBehindChathamHouse();
    boolean own = reader.participant().map(p -> p.id().equals(authorId)).orElse(false);
    Optional<PostAsSeen.Position> position = post.kind() != PostKind.POSITION ? Optional.empty()
        : Optional.of(position(post, identified, chathamHouse && !moderator, reader));
    Optional<PostAsSeen.Hidden> hidden = post.hidden()
        ? Optional.of(new PostAsSeen.Hidden(post.hiddenReason(), post.hiddenAt())) : Optional.empty();
    return new PostAsSeen(post.id(), post.threadId(), post.seq(), post.kind().wire(), post.language(),
        post.organization().kind(), post.replyCount(), post.version(), post.createdAt(), post.parentId(),
        post.guidingQuestion(), post.editedAt(),
        identified ? Optional.of(new PostAsSeen.Speaker(post.author(), post.organization())) : Optional.empty(),
        position, hidden,
        !post.hidden() || moderator ? Optional.of(post.bodyHtml()) : Optional.empty(),
        own && !post.hidden() ? Optional.of(post.bodyMarkdown()) : Optional.empty());
  }

  private static PostAsSeen.Position position(Post post, boolean identified, boolean anonymiseOthers, Reader reader) {
    // under the Chatham House Rule a State still sees its own name, to confirm or decline it
    List<PostAsSeen.NamedState> onBehalfOf = identified ? post.onBehalfOf()
        : namedOrganization(post, reader).map(List::of).orElse(List.of());
    return new PostAsSeen.Position(post.status(), post.supersededBy(), post.withdrawnAt(), post.withdrawalReason(),
        onBehalfOf, post.alignsWith().map(aligned -> alignment(aligned, anonymiseOthers)),
        post.alignedBy().stream().map(other -> alignment(other, anonymiseOthers)).toList());
  }

  /** The reader's own State's entry, if the statement names it and that State did not deliver it. */
  static Optional<PostAsSeen.NamedState> namedOrganization(Post post, Reader reader) {
    return reader.participant().map(p -> p.organization().id())
        .filter(own -> !own.equals(post.organization().id()))
        .flatMap(own -> post.onBehalfOf().stream().filter(state -> state.id().equals(own)).findFirst());
  }

  private static PostAsSeen.Alignment alignment(Post.Aligned aligned, boolean anonymise) {
    return new PostAsSeen.Alignment(aligned.postId(), aligned.organizationKind(), anonymise ? Optional.empty()
        : Optional.of(new PostAsSeen.Named(aligned.organizationId(), aligned.organizationName())));
  }
}
