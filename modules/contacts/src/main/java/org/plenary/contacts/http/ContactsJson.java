package org.plenary.contacts.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Optional;
import org.plenary.contacts.domain.Acknowledgement;
import org.plenary.contacts.domain.Contact;
import org.plenary.contacts.domain.ContactEntry;
import org.plenary.contacts.domain.ContactKind;
import org.plenary.contacts.domain.Exercise;
import org.plenary.contacts.domain.ExerciseResults;
import org.plenary.contacts.domain.ExerciseSummary;
import org.plenary.contacts.domain.GroupShare;
import org.plenary.contacts.domain.SaveEntry;
import org.plenary.contacts.domain.StartExercise;
import org.plenary.contacts.domain.StateResult;
import org.plenary.contacts.domain.TrainingOffer;
import org.plenary.platform.wire.WireEnum;

/** The directory and its exercises as the API reads and shows them ({@code openapi/contacts.yaml}). */
final class ContactsJson {

  private ContactsJson() {
  }

  static SaveEntry save(String stateId, JsonObject body) {
    List<Contact> contacts = body.getJsonArray("contacts").stream().map(c -> contact((JsonObject) c)).toList();
    return new SaveEntry(stateId, body.getInteger("baseVersion"), contacts, body.getBoolean("membersMayRead", false));
  }

  /** Text trimmed, blank optional fields left out. */
  private static Contact contact(JsonObject json) {
    return new Contact(WireEnum.parse(ContactKind.class, json.getString("kind")), json.getString("name").strip(),
        optional(json, "function"), json.getString("email").strip(), optional(json, "phone"),
        optional(json, "workingHours"), json.getJsonArray("languages", new JsonArray()).stream()
            .map(String::valueOf).distinct().toList());
  }

  private static String optional(JsonObject json, String field) {
    String value = json.getString(field);
    return value == null || value.isBlank() ? null : value.strip();
  }

  static StartExercise start(JsonObject body) {
    Object states = body.getValue("states");
    Optional<List<String>> named = states instanceof JsonArray array
        ? Optional.of(array.stream().map(String::valueOf).toList()) : Optional.empty();
    return new StartExercise(named, body.getInteger("windowHours"));
  }

  static JsonObject entry(ContactEntry entry, boolean mayEdit) {
    JsonArray contacts = new JsonArray();
    entry.contacts().forEach(c -> {
      JsonObject json = new JsonObject().put("kind", c.kind().wire()).put("name", c.name()).put("email", c.email())
          .put("languages", new JsonArray(c.languages()));
      putIf(json, "function", c.function());
      putIf(json, "phone", c.phone());
      putIf(json, "workingHours", c.workingHours());
      contacts.add(json);
    });
    JsonObject json = new JsonObject().put("stateId", entry.stateId()).put("stateName", entry.stateName())
        .put("version", entry.version()).put("contacts", contacts).put("membersMayRead", entry.membersMayRead())
        .put("mayEdit", mayEdit);
    entry.regionalGroup().ifPresent(g -> json.put("regionalGroup", g));
    entry.savedByName().ifPresent(n -> json.put("savedBy", n));
    entry.savedAt().ifPresent(at -> json.put("savedAt", at.toString()));
    return json;
  }

  private static void putIf(JsonObject json, String field, String value) {
    if (value != null) {
      json.put(field, value);
    }
  }

  static JsonObject exercise(Exercise x, boolean closed) {
    return new JsonObject().put("id", x.id().toString()).put("startedAt", x.startedAt().toString())
        .put("windowHours", x.windowHours()).put("deadline", x.deadline().toString()).put("states", x.stateCount())
        .put("closed", closed);
  }

  static JsonObject share(GroupShare share) {
    JsonObject json = new JsonObject().put("states", share.states()).put("answered", share.answered())
        .put("acknowledged", share.acknowledged()).put("late", share.late()).put("share", share.share());
    if (share.group() != null) {
      json.put("regionalGroup", share.group());
    }
    return json;
  }

  static JsonObject result(StateResult r) {
    JsonObject json = new JsonObject().put("stateId", r.stateId()).put("stateName", r.stateName())
        .put("status", r.status().wire()).put("pings", r.pings()).put("acknowledged", r.acknowledged())
        .put("late", r.late()).put("bounced", r.bounced());
    r.regionalGroup().ifPresent(g -> json.put("regionalGroup", g));
    return json;
  }

  static JsonObject results(ExerciseResults results) {
    JsonArray states = new JsonArray();
    results.states().forEach(r -> states.add(result(r)));
    JsonArray groups = new JsonArray();
    results.byGroup().forEach(g -> groups.add(share(g)));
    JsonObject json = new JsonObject().put("exercise", exercise(results.exercise(), results.closed()))
        .put("states", states).put("byGroup", groups);
    results.overall().ifPresent(o -> json.put("overall", share(o)));
    return json;
  }

  static JsonObject summary(ExerciseSummary s) {
    JsonObject json = new JsonObject().put("exercise", exercise(s.exercise(), s.closed()));
    s.overall().ifPresent(o -> json.put("overall", share(o)));
    s.ownResult().ifPresent(o -> json.put("ownResult", o.wire()));
    return json;
  }

  static JsonObject acknowledgement(Acknowledgement a) {
    return new JsonObject().put("exerciseId", a.exerciseId().toString()).put("stateId", a.stateId())
        .put("status", a.status().wire()).put("at", a.at().toString());
  }

  static JsonObject offer(TrainingOffer offer) {
    JsonArray unanswered = new JsonArray();
    offer.unanswered().forEach(id -> unanswered.add(id.toString()));
    return new JsonObject().put("stateId", offer.stateId()).put("offered", offer.offered())
        .put("unansweredExercises", unanswered)
        .put("boardLink", "/board/new?type=need&title=Points%20of%20contact%20training&area=incident-management-certs");
  }
}
