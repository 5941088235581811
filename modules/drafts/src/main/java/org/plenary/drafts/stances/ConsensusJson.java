package org.plenary.drafts.stances;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Optional;
import org.plenary.drafts.DraftAccess;

/** The consensus tracker's records as the REST API represents them. */
public final class ConsensusJson {

  private ConsensusJson() {
  }

  public static JsonObject paragraph(ParagraphConsensus p) {
    JsonArray support = new JsonArray();
    JsonArray objections = new JsonArray();
    JsonArray reservations = new JsonArray();
    p.support().forEach(s -> support.add(stance(s)));
    p.objections().forEach(s -> objections.add(stance(s)));
    p.reservations().forEach(s -> reservations.add(stance(s)));
    JsonArray dissociating = new JsonArray();
    p.dissociatedBy().forEach(d -> dissociating.add(state(d)));
    JsonObject json = new JsonObject()
        .put("paragraphId", p.paragraphId().toString())
        .put("number", p.number())
        .put("status", p.status())
        .put("support", support)
        .put("objections", objections)
        .put("reservations", reservations)
        .put("supportCount", p.supportCount())
        .put("objectionCount", p.objectionCount())
        .put("reservationCount", p.reservationCount())
        .put("supportingGroupCount", p.supportingGroupCount())
        .put("requiredGroups", p.requiredGroups())
        .put("dissociatedBy", dissociating)
        .put("dissociationCount", p.dissociationCount());
    p.supportingGroups().ifPresent(groups -> json.put("supportingGroups", new JsonArray(groups)));
    return json;
  }

  public static JsonObject summary(ConsensusSummary summary) {
    return new JsonObject()
        .put("paragraphs", summary.paragraphs())
        .put("agreed", summary.agreed())
        .put("contested", summary.contested())
        .put("open", summary.open())
        .put("requiredGroups", summary.requiredGroups());
  }

  /** As its own State (and those behind the rule) see it: what it holds, and what a revision ended. */
  public static JsonObject dissociation(ShownDissociation shown) {
    ConsensusTracker.Dissociation dissociation = shown.dissociation();
    JsonArray named = new JsonArray();
    shown.paragraphs().forEach(p -> named.add(new JsonObject().put("id", p.id().toString()).put("number", p.number())));
    JsonArray ended = new JsonArray();
    for (ShownDissociation.Ended entry : shown.ended()) {
      JsonObject json = new JsonObject().put("id", entry.id().toString())
          .put("dissociatedFrom", version(dissociation.versionNumber())).put("endedIn", version(entry.endedInVersion()));
      entry.number().ifPresent(number -> json.put("number", number));
      ended.add(json);
    }
    JsonObject json = new JsonObject().put("state", state(dissociation)).put("paragraphs", named).put("ended", ended)
        .put("recordedOn", version(dissociation.versionNumber()))
        .put("recordedAt", dissociation.recordedAt().toString());
    Optional.ofNullable(dissociation.explanation()).ifPresent(e -> json.put("explanation", e));
    return json;
  }

  private static JsonObject stance(ConsensusTracker.Stance stance) {
    JsonObject json = new JsonObject()
        .put("state", new JsonObject().put("id", stance.stateId()).put("name", stance.stateName())
            .put("regionalGroup", stance.regionalGroup()))
        .put("recordedAt", stance.recordedAt().toString());
    if (stance.explanation() != null) {
      json.put("explanation", stance.explanation());
    }
    if (stance.recordedVia() != null) {
      json.put("recordedVia", stance.recordedVia());
    }
    return json;
  }

  private static JsonObject state(ConsensusTracker.Dissociation dissociation) {
    return new JsonObject().put("id", dissociation.stateId()).put("name", dissociation.stateName());
  }

  private static JsonObject version(int number) {
    return new JsonObject().put("version", number).put("label", DraftAccess.versionLabel(number));
  }
}
