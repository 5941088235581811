package org.plenary.drafts.contributions;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.plenary.drafts.Attribution;
import org.plenary.drafts.DraftAccess;
import org.plenary.drafts.Paragraphs;
import org.plenary.forum.api.ThreadInfo;
import org.plenary.platform.identity.Participant;

/**
 * Comments and amendments as a reader sees them: attributed to their constituency always, and to their
 * author and organization as {@link Attribution} allows under the Chatham House Rule; with the version that
 * removed their paragraph, once one did, and what became of an amendment (incorporated, not retained).
 */
final class ContributionView {

  ContributionView() {
  }

  JsonObject comment(Comment comment, ThreadInfo thread, Optional<Participant> reader, Paragraphs.Standing paragraph) {
    return common(comment.id(), comment.paragraphId(), comment.versionNumber(), comment.revision(),
        comment.createdAt(), comment.contributor(), thread, reader, paragraph).put("body", comment.body());
  }

  /** With the diff of the proposed text against the paragraph's current text, while it is in the draft. */
  JsonObject amendment(Amendment amendment, ThreadInfo thread, Optional<Participant> reader,
                       Paragraphs.Standing paragraph) {
    String status = amendment.status();
    JsonObject json = common(amendment.id(), amendment.paragraphId(), amendment.versionNumber(), amendment.revision(),
        amendment.createdAt(), amendment.contributor(), thread, reader, paragraph)
        .put("text", amendment.proposedText())
        .put("status", status);
    Optional.ofNullable(amendment.explanation()).ifPresent(e -> json.put("explanation", e));
    Optional.ofNullable(amendment.withdrawnAt()).ifPresent(t -> json.put("withdrawnAt", t.toString()));
    Integer decidedIn = amendment.decidedInVersion();
    if (decidedIn != null) {
      json.put("incorporated".equals(status) ? "incorporatedIn" : "notRetainedIn", version(decidedIn))
          .put("decidedAt", amendment.decidedAt().toString());
      Optional.ofNullable(amendment.incorporation()).ifPresent(how -> json.put("incorporation", how));
    }
    paragraph.current().ifPresent(p -> json.put("diff", diff(WordDiff.diff(p.text(), amendment.proposedText()))));
    return json;
  }

  private JsonObject common(long id, UUID paragraphId, int versionNumber, int revision, Instant createdAt,
                            Contributor by, ThreadInfo thread, Optional<Participant> reader,
                            Paragraphs.Standing paragraph) {
    JsonObject json = new JsonObject()
        .put("id", id)
        .put("paragraphId", paragraphId.toString())
        .put("madeOn", version(versionNumber))
        .put("onCurrentText", paragraph.current().map(p -> p.revision() == revision).orElse(false))
        .put("constituency", by.organizationKind())
        .put("createdAt", createdAt.toString());
    paragraph.removedIn().ifPresent(version -> json.put("paragraphRemovedIn", version(version)));
    if (Attribution.of(thread, reader).sees(by.organizationId())) {
      json.put("author", new JsonObject().put("id", by.authorId().toString()).put("name", by.authorName()))
          .put("organization", new JsonObject().put("id", by.organizationId())
              .put("name", by.organizationName()));
    }
    return json;
  }

  private static JsonArray diff(List<WordDiff.Run> runs) {
    JsonArray json = new JsonArray();
    runs.forEach(run -> json.add(new JsonObject().put("op", run.op()).put("text", run.text())));
    return json;
  }

  private static JsonObject version(int number) {
    return new JsonObject().put("version", number).put("label", DraftAccess.versionLabel(number));
  }
}
