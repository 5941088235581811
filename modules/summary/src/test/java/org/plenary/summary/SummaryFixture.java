package org.plenary.summary;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.plenary.testing.Api;
import org.plenary.testing.Delegations;
import org.plenary.testing.Dialogue;

/** A call for positions as the acceptance of the summaries issue describes it. */
final class SummaryFixture {

  private SummaryFixture() {
  }

  /** 12 States of all five regional groups, 3 alignments with the EU, a joint statement for 4, stakeholders. */
  static String callForPositions(Api api, Delegations delegations, boolean chathamHouse) {
    Dialogue dialogue = Dialogue.on(api);
    String thread = dialogue.openThread("moderator", "norms", new JsonObject().put("kind", "position-call")
        .put("audience", "participants").put("chathamHouse", chathamHouse)
        .put("closesAt", Instant.now().plus(3, ChronoUnit.DAYS).toString())
        .put("guidingQuestions", new JsonArray().add("What national measures implement norms (f) and (g)?")
            .add("How should the dialogue support States?")));
    long eu = position(api.as("delegate-eu"), thread, 0, "The European Union reaffirms that the framework applies in full. "
        + "Critical infrastructure must never be the target of malicious ICT activity. "
        + "We implement these norms through legislation on network and information security.", null, null);
    position(api.as("delegate-est"), thread, 0, "Estonia aligns itself with that statement. "
        + "Critical infrastructure protection starts with national exercises for operators.", eu, null);
    position(delegations.delegateOf("DEU"), thread, 1, "Germany aligns itself with that statement. "
        + "Capacity-building is the most effective support for protecting critical infrastructure.", eu, null);
    position(delegations.delegateOf("POL"), thread, 1, "Poland aligns itself with that statement. "
        + "We support cooperation between CERTs to protect critical infrastructure.", eu, null);
    long joint = position(api.as("delegate-bra"), thread, 1, "We speak on behalf of a group of countries. "
        + "Protecting critical infrastructure requires cooperation and capacity-building for developing countries.", null,
        new JsonArray().add("ARG").add("BRA").add("CHL").add("MEX"));
    for (String state : new String[] {"ARG", "CHL", "MEX"}) { // each State named confirms through its own delegate
      delegations.delegateOf(state).post("/posts/" + joint + "/on-behalf-of/" + state + "/confirm").expect(200);
    }
    position(api.as("delegate-fra"), thread, 0, "National security measures protect critical infrastructure in France. "
        + "Good national practices should be collected by the dialogue.", null, null);
    long russia = position(api.as("delegate-rus"), thread, 1, "The norms are voluntary and non-binding in nature. "
        + "Protection of critical infrastructure is a sovereign responsibility of each State.", null, null);
    position(api.as("delegate-idn"), thread, 1, "Capacity-building for developing countries must respect national ownership. "
        + "We support cooperation between CERTs and the points of contact directory.", null, null);
    position(api.as("delegate-mwi"), thread, 1, "Developing countries need support to establish national CERTs. "
        + "We call for capacity-building in incident management.", null, null);
    position(delegations.delegateOf("KEN"), thread, 0, "Kenya has adopted a national framework for critical infrastructure. "
        + "We support regional cooperation between CERTs to protect critical infrastructure.", null, null);
    position(delegations.delegateOf("JPN"), thread, 0, "Sector-specific guidelines implement these norms. "
        + "We support information sharing between the public and private sectors.", null, null);
    position(delegations.delegateOf("IND"), thread, 1, "Capacity-building and technology partnerships protect critical"
        + " infrastructure. The dialogue should focus on practical cooperation.", null, null);
    position(delegations.delegateOf("EGY"), thread, 1, "Protection of critical infrastructure is a national responsibility"
        + " that requires international cooperation and capacity-building.", null, null);
    dialogue.comment("cs-opennet", thread, "Human rights safeguards must be part of every national measure. "
        + "Hospitals deserve particular protection from ransomware attacks.");
    dialogue.comment("ps-contoso", thread, "Operators of critical infrastructure need clear channels to report incidents. "
        + "Public-private partnerships help to share threat information quickly.");
    dialogue.post("delegate-fra", thread, new JsonObject().put("kind", "reply").put("parentId", russia)
        .put("body", "We disagree that the norms are optional in practice, since the General Assembly endorsed them."))
        .expect(201);
    return thread;
  }

  private static long position(Api as, String thread, int question, String body, Long alignsWith, JsonArray onBehalfOf) {
    JsonObject request = new JsonObject().put("kind", "position").put("body", body).put("language", "en")
        .put("guidingQuestion", question);
    if (alignsWith != null) {
      request.put("alignsWith", alignsWith);
    }
    if (onBehalfOf != null) {
      request.put("onBehalfOf", onBehalfOf);
    }
    return as.post("/threads/" + thread + "/posts", request).expect(201).json().getLong("id");
  }
}
