package org.plenary.forum.threads;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.plenary.platform.wire.WireEnum;

/** The threads' request bodies as commands, with the defaults the contract documents. */
final class ThreadsJson {

  private ThreadsJson() {
  }

  /** A {@code NewThread} body: a discussion for participants, in English, unless it says otherwise. */
  static OpenThread openThread(String topicId, JsonObject body) {
    return new OpenThread(topicId, WireEnum.parse(ThreadKind.class, body.getString("kind", "discussion")),
        WireEnum.parse(Audience.class, body.getString("audience", "participants")), body.getString("title"),
        body.getString("body", ""), body.getString("language", "en"), Optional.ofNullable(instant(body, "opensAt")),
        Optional.ofNullable(instant(body, "closesAt")), strings(body.getJsonArray("guidingQuestions")),
        body.getBoolean("chathamHouse", false), strings(body.getJsonArray("tags")));
  }

  /** A {@code ThreadChange} body: a field left out stays as it is; {@code opensAt} or {@code closesAt} null clears it. */
  static EditThread editThread(UUID threadId, JsonObject patch) {
    return new EditThread(threadId, Optional.ofNullable(patch.getString("title")),
        Optional.ofNullable(patch.getString("body")),
        Optional.ofNullable(patch.getString("status")).map(status -> WireEnum.parse(ThreadStatus.class, status)),
        Optional.ofNullable(patch.getString("audience")).map(audience -> WireEnum.parse(Audience.class, audience)),
        dateChange(patch, "opensAt"), dateChange(patch, "closesAt"),
        patch.containsKey("guidingQuestions") ? Optional.of(strings(patch.getJsonArray("guidingQuestions")))
            : Optional.empty(),
        Optional.ofNullable(patch.getBoolean("chathamHouse")),
        patch.containsKey("tags") ? Optional.of(strings(patch.getJsonArray("tags"))) : Optional.empty(),
        Optional.ofNullable(patch.getString("reason")));
  }

  private static Optional<EditThread.DateChange> dateChange(JsonObject patch, String field) {
    return patch.containsKey(field) ? Optional.of(new EditThread.DateChange(Optional.ofNullable(instant(patch, field))))
        : Optional.empty();
  }

  private static Instant instant(JsonObject json, String field) {
    String value = json.getString(field);
    return value == null ? null : Instant.parse(value);
  }

  private static List<String> strings(JsonArray array) {
    return array == null ? List.of() : array.stream().map(String::valueOf).toList();
  }
}
