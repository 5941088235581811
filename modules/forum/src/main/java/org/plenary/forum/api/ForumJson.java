package org.plenary.forum.api;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.Optional;

/**
 * The forum's REST representations: a post and a thread as the reader they were read for may see them, exactly
 * as the forum's API sends them, for the contexts that embed them (live's events, notifications). Fields are
 * written in the order the API has always written them; a value the database may lack (a username, a regional
 * group, a moderator's reason) is written as null, as it has always been, never left out.
 */
public final class ForumJson {

  private ForumJson() {
  }

  public static JsonObject post(PostAsSeen post) {
    JsonObject json = new JsonObject()
        .put("id", post.id())
        .put("threadId", post.threadId().toString())
        .put("seq", post.seq())
        .put("kind", post.kind())
        .put("language", post.language())
        .put("constituency", post.constituency())
        .put("replyCount", post.replyCount())
        .put("version", post.version())
        .put("createdAt", post.createdAt().toString());
    post.parentId().ifPresent(id -> json.put("parentId", id));
    post.guidingQuestion().ifPresent(index -> json.put("guidingQuestion", index));
    post.editedAt().ifPresent(at -> json.put("editedAt", at.toString()));
    post.speaker().ifPresent(speaker -> json
        .put("author", new JsonObject().put("id", speaker.author().id().toString())
            .put("name", speaker.author().name()).put("username", speaker.author().username().orElse(null)))
        .put("speaksFor", new JsonObject().put("id", speaker.speaksFor().id()).put("name", speaker.speaksFor().name())
            .put("kind", speaker.speaksFor().kind()).put("regionalGroup", speaker.speaksFor().regionalGroup().orElse(null))));
    post.position().ifPresent(position -> putPosition(json, position));
    post.hidden().ifPresent(hidden -> json.put("hidden", new JsonObject().put("reason", hidden.reason().orElse(null))
        .put("at", hidden.at().map(Instant::toString).orElse(null))));
    post.bodyHtml().ifPresent(html -> json.put("bodyHtml", html));
    post.bodyMarkdown().ifPresent(markdown -> json.put("bodyMarkdown", markdown));
    return json;
  }

  private static void putPosition(JsonObject json, PostAsSeen.Position position) {
    json.put("official", true).put("status", position.status());
    position.supersededBy().ifPresent(id -> json.put("supersededBy", id));
    position.withdrawnAt().ifPresent(at -> json.put("withdrawnAt", at.toString()));
    position.withdrawalReason().ifPresent(reason -> json.put("withdrawalReason", reason));
    if (!position.onBehalfOf().isEmpty()) {
      JsonArray states = new JsonArray();
      position.onBehalfOf().forEach(state -> {
        JsonObject shown = new JsonObject().put("id", state.id()).put("name", state.name())
            .put("consent", state.consent());
        state.decidedAt().ifPresent(at -> shown.put("decidedAt", at.toString()));
        states.add(shown);
      });
      json.put("onBehalfOf", states);
    }
    position.alignsWith().ifPresent(aligned -> json.put("alignsWith", alignment(aligned)));
    JsonArray alignedBy = new JsonArray();
    position.alignedBy().forEach(other -> alignedBy.add(alignment(other)));
    json.put("alignedBy", alignedBy);
  }

  private static JsonObject alignment(PostAsSeen.Alignment alignment) {
    JsonObject reference = new JsonObject().put("postId", alignment.postId()).put("constituency", alignment.constituency());
    alignment.speaksFor().ifPresent(organization -> reference.put("speaksFor",
        new JsonObject().put("id", organization.id()).put("name", organization.name())));
    return reference;
  }

  public static JsonObject thread(ThreadAsSeen thread) {
    JsonObject json = new JsonObject()
        .put("id", thread.id().toString())
        .put("topicId", thread.topicId())
        .put("kind", thread.kind())
        .put("audience", thread.audience())
        .put("status", thread.status())
        .put("title", thread.title())
        .put("bodyHtml", thread.bodyHtml())
        .put("language", thread.language())
        .put("guidingQuestions", new JsonArray(thread.guidingQuestions()))
        .put("chathamHouse", thread.chathamHouse())
        .put("tags", new JsonArray(thread.tags()))
        .put("openedBy", openedBy(thread.openedBy()))
        .put("postCount", thread.postCount())
        .put("createdAt", thread.createdAt().toString())
        .put("updatedAt", thread.updatedAt().toString())
        .put("lastActivityAt", thread.lastActivityAt().toString());
    thread.opensAt().ifPresent(at -> json.put("opensAt", at.toString()));
    thread.closesAt().ifPresent(at -> json.put("closesAt", at.toString()));
    thread.notAcceptingPostsBecause().ifPresentOrElse(
        reason -> json.put("acceptingPosts", false).put("notAcceptingPostsBecause", reason),
        () -> json.put("acceptingPosts", true));
    thread.statusReason().ifPresent(reason -> json.put("statusReason", reason));
    thread.statusChangedAt().ifPresent(at -> json.put("statusChangedAt", at.toString()));
    thread.recordFrozenBecause().ifPresentOrElse(
        reason -> json.put("recordFrozen", true).put("recordFrozenBecause", reason),
        () -> json.put("recordFrozen", false));
    thread.bodyMarkdown().ifPresent(markdown -> json.put("bodyMarkdown", markdown));
    return json;
  }

  private static JsonObject openedBy(ThreadAsSeen.OpenedBy openedBy) {
    JsonObject opener = new JsonObject().put("constituency", openedBy.constituency());
    Optional<ThreadAsSeen.Opener> identified = openedBy.identified();
    identified.ifPresent(who -> opener
        .put("author", new JsonObject().put("id", who.authorId().toString()).put("name", who.authorName()))
        .put("organization", new JsonObject().put("id", who.organizationId()).put("name", who.organizationName())));
    openedBy.office().ifPresent(office -> opener
        .put("organization", new JsonObject().put("id", office.organizationId()).put("name", office.organizationName())));
    return opener;
  }
}
