package org.plenary.forum.posts;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.plenary.forum.api.ForumJson;
import org.plenary.forum.threads.ForumThread;
import org.plenary.forum.threads.Reader;
import org.plenary.platform.http.Cursor;
import org.plenary.platform.wire.WireEnum;

/** The posts' request bodies as commands, and their pages, versions and rights of reply as JSON. */
final class PostsJson {

  private PostsJson() {
  }

  /** A {@code NewPost} body; a post is a comment unless it says otherwise. */
  static WritePost writePost(UUID threadId, JsonObject body) {
    return new WritePost(threadId, WireEnum.parse(PostKind.class, body.getString("kind", "comment")),
        body.getString("body"), body.getString("language"), Optional.ofNullable(body.getLong("parentId")),
        Optional.ofNullable(body.getLong("alignsWith")), strings(body.getJsonArray("onBehalfOf")),
        Optional.ofNullable(body.getInteger("guidingQuestion")));
  }

  /** A {@code PostEdit} body. */
  static EditPost editPost(long postId, JsonObject body) {
    return new EditPost(postId, body.getString("body"), Optional.ofNullable(body.getString("language")));
  }

  /** A page of the thread as {@code reader} may see it; its cursors go on forward and back where there is more. */
  /** Posts as the reader sees them, all of them (no cursors). */
  static JsonObject items(List<Post> posts, ForumThread thread, Reader reader) {
    JsonArray items = new JsonArray();
    posts.forEach(post -> items.add(ForumJson.post(PostView.seenBy(post, thread.chathamHouse(), reader))));
    return new JsonObject().put("items", items);
  }

  static JsonObject page(List<Post> posts, boolean chathamHouse, int postCount, Reader reader) {
    JsonArray items = new JsonArray();
    posts.forEach(post -> items.add(ForumJson.post(PostView.seenBy(post, chathamHouse, reader))));
    JsonObject page = new JsonObject().put("items", items);
    if (!posts.isEmpty()) {
      int first = posts.get(0).seq();
      int last = posts.get(posts.size() - 1).seq();
      if (last < postCount) {
        page.put("next", Cursor.encode(last));
      }
      if (first > 1) {
        page.put("previous", Cursor.encode(first));
      }
    }
    return page;
  }

  static JsonObject versions(List<PostVersion> versions) {
    JsonArray items = new JsonArray();
    versions.forEach(version -> items.add(new JsonObject()
        .put("version", version.version())
        .put("language", version.language())
        .put("bodyHtml", version.bodyHtml())
        .put("writtenAt", version.writtenAt().toString())));
    return new JsonObject().put("items", items);
  }

  static JsonObject standing(RightsOfReply.Standing standing) {
    JsonObject json = new JsonObject().put("perDay", standing.perDay()).put("usedToday", standing.usedToday())
        .put("maxChars", new JsonArray(standing.maxChars())).put("nextDayStartsAt", standing.nextDayStartsAt().toString());
    standing.nextMaxChars().ifPresent(max -> json.put("nextMaxChars", max));
    return json;
  }

  private static List<String> strings(JsonArray array) {
    return array == null ? List.of() : array.stream().map(String::valueOf).toList();
  }
}
