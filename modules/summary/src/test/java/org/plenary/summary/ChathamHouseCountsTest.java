package org.plenary.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;
import org.plenary.testing.Dialogue;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("Under the Chatham House Rule, a summary gives no count of one or two speakers of a group or constituency")
class ChathamHouseCountsTest {

  /** A count of one or two contributions or speakers, as the Markdown would have written it. */
  private static final Pattern SMALL_COUNT = Pattern.compile("\\b[12] (contribution|organization|State)s?\\b");

  private final Api api = TestServer.api();
  private final Dialogue dialogue = Dialogue.on(api);

  @Test
  @DisplayName("Malawi alone speaks for the African Group, civil society has one voice: 'fewer than 3' in the JSON, the Markdown, HTML and Word")
  void fewerThanThree() throws Exception {
    String thread = dialogue.openThread("moderator", "capacity-building", new JsonObject().put("kind", "consultation")
        .put("audience", "participants").put("chathamHouse", true)
        .put("closesAt", Instant.now().plus(3, ChronoUnit.DAYS).toString())
        .put("guidingQuestions", new JsonArray().add("Which capacity-building needs are most urgent?")));
    for (String[] contribution : new String[][] {
        {"delegate-mwi", "Our most urgent need is a national CERT with trained staff and basic tooling."},
        {"delegate-est", "Exercises that bring operators and CERTs together build trust quickly."},
        {"delegate-rus", "Capacity-building must be free of political conditions and respect sovereignty."},
        {"delegate-idn", "Demand-driven programmes work best when the requesting State sets priorities."},
        {"delegate-bra", "A clearing house should publish its matches so that gaps become visible."},
        {"delegate-fra", "Regional training centres can serve several States at once."},
        {"cs-opennet", "Human rights training belongs in every programme for incident responders."}}) {
      dialogue.post(contribution[0], thread, new JsonObject().put("guidingQuestion", 0).put("body", contribution[1]))
          .expect(201);
    }
    JsonObject summary = api.as("moderator").post("/threads/" + thread + "/summaries").expect(201).json();
    String id = summary.getString("id");

    JsonObject participation = summary.getJsonObject("generated").getJsonObject("participation");
    assertEquals(new JsonObject().put("regionalGroup", "african").put("postsFewerThan", 3).put("organizationsFewerThan", 3),
        group(participation.getJsonArray("byRegionalGroup"), "regionalGroup", "african"));
    JsonObject civilSociety = group(participation.getJsonArray("byConstituency"), "constituency", "civil-society");
    assertEquals(3, civilSociety.getInteger("organizationsFewerThan"));
    assertFalse(civilSociety.containsKey("organizations") || civilSociety.containsKey("posts"), civilSociety.encode());
    JsonObject states = group(participation.getJsonArray("byConstituency"), "constituency", "state");
    assertEquals(6, states.getInteger("organizations"), "three or more are counted");
    JsonObject easternEuropean = group(participation.getJsonArray("byRegionalGroup"), "regionalGroup", "eastern-european");
    assertEquals(3, easternEuropean.getInteger("organizationsFewerThan"), "two States of a group are 'fewer than 3' too");
    assertFalse(easternEuropean.containsKey("organizations"), easternEuropean.encode());

    Api moderator = api.as("moderator");
    List<String> documents = List.of(moderator.get("/summaries/" + id + "/export?format=markdown").expect(200).body(),
        moderator.get("/summaries/" + id + "/export?format=html").expect(200).body(), docxText(moderator, id));
    for (String document : documents) {
      assertTrue(document.contains("African States: fewer than 3 contributions from fewer than 3 States"), document);
      assertTrue(document.contains("Civil society participant: fewer than 3 contributions from fewer than 3 organizations"),
          document);
      assertFalse(SMALL_COUNT.matcher(document).find(), "a count of one or two in: " + document);
      assertFalse(document.contains("Malawi"), document);
    }
  }

  @Test
  @DisplayName("Outside the rule the same counts are exact")
  void exactOutsideTheRule() {
    String thread = dialogue.openThread("moderator", "capacity-building", new JsonObject().put("audience", "participants"));
    dialogue.comment("delegate-mwi", thread, "Our most urgent need is a national CERT with trained staff and basic tooling.");
    JsonObject participation = api.as("moderator").post("/threads/" + thread + "/summaries").expect(201).json()
        .getJsonObject("generated").getJsonObject("participation");
    assertEquals(1, group(participation.getJsonArray("byRegionalGroup"), "regionalGroup", "african").getInteger("organizations"));
  }

  private static JsonObject group(JsonArray counts, String field, String value) {
    return counts.stream().map(JsonObject.class::cast).filter(c -> value.equals(c.getString(field))).findFirst().orElseThrow();
  }

  private String docxText(Api as, String id) throws Exception {
    HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create(api.baseUrl() + "/api/v1/summaries/" + id + "/export?format=docx"))
        .header("Authorization", "Bearer " + as.passwordGrant("moderator")).build(), HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, response.statusCode());
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(response.body()));
         XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
      return extractor.getText();
    }
  }
}
