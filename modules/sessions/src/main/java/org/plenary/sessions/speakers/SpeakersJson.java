package org.plenary.sessions.speakers;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/** Speakers lists as the API gives them. */
final class SpeakersJson {

  private SpeakersJson() {
  }

  static JsonObject list(SpeakersList list) {
    JsonObject json = new JsonObject().put("sessionId", list.sessionId().toString())
        .put("agendaItemId", list.agendaItemId().toString()).put("version", list.version())
        .put("limits", new JsonObject().put("nationalSeconds", list.limits().nationalSeconds())
            .put("groupSeconds", list.limits().groupSeconds())
            .put("firstReplySeconds", list.limits().firstReplySeconds())
            .put("secondReplySeconds", list.limits().secondReplySeconds()))
        .put("statements", entries(list, list.statements()))
        .put("repliesOfTheDay", entries(list, list.replies()));
    if (list.id() != null) {
      json.put("id", list.id().toString());
    }
    list.meetingId().ifPresent(meeting -> json.put("meetingId", meeting.toString()));
    list.floor().ifPresent(entry -> json.put("floor", entry(list, entry)));
    list.next().ifPresent(entry -> json.put("next", entry(list, entry)));
    return json;
  }

  static JsonObject group(SpeakingGroup group) {
    JsonObject json = new JsonObject().put("id", group.id()).put("name", group.name());
    group.regionalGroup().ifPresent(region -> json.put("regionalGroup", region.wire()));
    group.speakerId().ifPresent(speaker -> json.put("speaker", speaker));
    return json;
  }

  static JsonObject groups(List<SpeakingGroup> groups) {
    return new JsonObject().put("items", new JsonArray(groups.stream().map(SpeakersJson::group).toList()));
  }

  private static JsonArray entries(SpeakersList list, List<SpeakerEntry> entries) {
    return new JsonArray(entries.stream().map(entry -> entry(list, entry)).toList());
  }

  private static JsonObject entry(SpeakersList list, SpeakerEntry entry) {
    int position = (entry.isStatement() ? list.statements() : list.replies()).indexOf(entry) + 1;
    JsonObject json = new JsonObject().put("id", entry.id().toString()).put("position", position)
        .put("organization", new JsonObject().put("id", entry.speaker().id()).put("name", entry.speaker().name())
            .put("kind", entry.speaker().kind().wire()))
        .put("category", entry.category().wire()).put("kind", entry.kind().wire())
        .put("status", entry.status().wire()).put("seconds", list.limits().secondsFor(entry))
        .put("inscribedAt", entry.inscribedAt().toString());
    entry.onBehalfOf().ifPresent(group -> json.put("onBehalfOf", group(group)));
    if (!entry.isStatement()) {
      json.put("replyNumber", entry.replyNumber());
    }
    entry.move().ifPresent(move -> json.put("move", new JsonObject().put("position", move.position())
        .put("reason", move.reason()).put("at", move.at().toString())));
    return json;
  }
}
