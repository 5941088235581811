package org.plenary.profiles;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.plenary.capacity.api.ListingOnRecord;
import org.plenary.drafts.api.DraftRecord;
import org.plenary.forum.api.ForumJson;
import org.plenary.forum.api.ThreadAsSeen;
import org.plenary.forum.api.ThreadPositions;
import org.plenary.implementation.api.NormAnswers;
import org.plenary.implementation.api.PracticeOnRecord;
import org.plenary.implementation.api.ReportOnRecord;
import org.plenary.platform.http.Cursor;
import org.plenary.platform.organizations.ActivityPage;

/** A profile and a comparison as the API sends them (openapi/profiles.yaml); positions as the forum sends posts. */
final class ProfilesJson {

  private ProfilesJson() {
  }

  static JsonObject profile(Profile profile) {
    JsonObject json = new JsonObject().put("state", profile.state().toJson())
        .put("notFiltered", new JsonArray(profile.notFiltered().stream().sorted().map(Section::wire).toList()));
    put(json, Section.POSITIONS, profile.positions(), ProfilesJson::thread);
    put(json, Section.DRAFTS, profile.drafts(), ProfilesJson::draft);
    put(json, Section.REPORTS, profile.reports(), ProfilesJson::report);
    put(json, Section.PRACTICES, profile.practices(), ProfilesJson::practice);
    put(json, Section.NEEDS, profile.needs(), ProfilesJson::listing);
    put(json, Section.OFFERS, profile.offers(), ProfilesJson::listing);
    return json;
  }

  private static <T> void put(JsonObject json, Section section, Optional<ActivityPage<T>> page,
                              Function<T, JsonObject> item) {
    page.ifPresent(found -> {
      JsonObject shown = new JsonObject().put("items", all(found.items(), item));
      found.next().ifPresent(after -> shown.put("next", Cursor.encode(section.wire(), after.at().toString(),
          after.key())));
      json.put(section.wire(), shown);
    });
  }

  static <T> JsonArray all(List<T> items, Function<T, JsonObject> item) {
    JsonArray array = new JsonArray();
    items.forEach(one -> array.add(item.apply(one)));
    return array;
  }

  static JsonObject thread(ThreadPositions positions) {
    ThreadAsSeen t = positions.thread();
    JsonObject thread = new JsonObject().put("id", t.id().toString()).put("title", t.title())
        .put("topicId", t.topicId()).put("kind", t.kind()).put("audience", t.audience())
        .put("tags", new JsonArray(t.tags())).put("chathamHouse", t.chathamHouse());
    return new JsonObject().put("thread", thread).put("latestAt", positions.latestAt().toString())
        .put("positions", all(positions.positions(), ForumJson::post));
  }

  private static JsonObject draft(DraftRecord draft) {
    JsonObject json = new JsonObject().put("threadId", draft.threadId().toString()).put("title", draft.title())
        .put("latestAt", draft.latestAt().toString()).put("stances", all(draft.stances(), ProfilesJson::stance));
    draft.dissociation().ifPresent(d -> json.put("dissociation", dissociation(d)));
    return json;
  }

  static JsonObject stance(DraftRecord.Stance stance) {
    JsonObject json = new JsonObject().put("paragraphId", stance.paragraphId().toString())
        .put("number", stance.number()).put("text", stance.text()).put("onLatestText", stance.onLatestText())
        .put("stance", stance.stance()).put("recordedAt", stance.recordedAt().toString());
    stance.explanation().ifPresent(reason -> json.put("explanation", reason));
    stance.recordedVia().ifPresent(via -> json.put("recordedVia", via));
    return json;
  }

  static JsonObject dissociation(DraftRecord.Dissociation dissociation) {
    JsonObject json = new JsonObject().put("paragraphs", new JsonArray(dissociation.paragraphs()))
        .put("ended", new JsonArray(dissociation.ended())).put("versionNumber", dissociation.versionNumber())
        .put("recordedAt", dissociation.recordedAt().toString());
    dissociation.explanation().ifPresent(reason -> json.put("explanation", reason));
    return json;
  }

  private static JsonObject report(ReportOnRecord report) {
    return new JsonObject().put("cycleId", report.cycleId()).put("cycleTitle", report.cycleTitle())
        .put("language", report.language()).put("norms", new JsonArray(report.norms()))
        .put("answerCount", report.answerCount()).put("audience", report.audience())
        .put("publishedAt", report.publishedAt().toString());
  }

  static JsonObject practice(PracticeOnRecord practice) {
    return new JsonObject().put("id", practice.id().toString()).put("title", practice.title())
        .put("language", practice.language()).put("norms", new JsonArray(practice.norms()))
        .put("sharedAt", practice.sharedAt().toString()).put("endorsements", practice.endorsements())
        .put("useful", practice.useful());
  }

  private static JsonObject listing(ListingOnRecord listing) {
    return new JsonObject().put("id", listing.id().toString()).put("title", listing.title())
        .put("areas", new JsonArray(listing.areas())).put("status", listing.status())
        .put("createdAt", listing.createdAt().toString());
  }

  static JsonObject answers(NormAnswers answers) {
    return new JsonObject().put("cycleId", answers.cycleId()).put("cycleTitle", answers.cycleTitle())
        .put("language", answers.language()).put("audience", answers.audience())
        .put("publishedAt", answers.publishedAt().toString())
        .put("answers", all(answers.answers(), a -> new JsonObject().put("question", a.question())
            .put("text", a.text())));
  }
}
