package org.plenary.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;
import org.plenary.testing.PlenaryTest;
import org.plenary.testing.TestServer;

@PlenaryTest
@DisplayName("The organization registry")
class OrganizationsTest {

  private static final Set<String> GROUPS = Set.of("african", "asia-pacific", "eastern-european",
      "latin-american-caribbean", "western-european-others");

  private final Api anonymous = TestServer.api();

  @Test
  @DisplayName("Lists the 195 States (193 Members, 2 observers), each in one of the five regional groups")
  void everyState() {
    JsonArray states = anonymous.get("/organizations?kind=state").expect(200).items();
    assertEquals(195, states.size());
    Map<String, Integer> perGroup = new HashMap<>();
    int observers = 0;
    for (Object item : states) {
      JsonObject state = (JsonObject) item;
      assertTrue(GROUPS.contains(state.getString("regionalGroup")), state.encode());
      assertTrue(state.getString("id").matches("[A-Z]{3}"), state.encode());
      perGroup.merge(state.getString("regionalGroup"), 1, Integer::sum);
      observers += state.getBoolean("observer") ? 1 : 0;
    }
    assertEquals(2, observers);
    assertEquals(54, perGroup.get("african"));
    assertEquals(23, perGroup.get("eastern-european"));
    assertEquals(33, perGroup.get("latin-american-caribbean"));
  }

  @Test
  @DisplayName("Filters by regional group")
  void byGroup() {
    JsonArray eastern = anonymous.get("/organizations?kind=state&group=eastern-european").expect(200).items();
    assertEquals(23, eastern.size());
    assertTrue(eastern.stream().anyMatch(o -> ((JsonObject) o).getString("id").equals("EST")));
    assertTrue(eastern.stream().anyMatch(o -> ((JsonObject) o).getString("id").equals("RUS")));
  }

  @Test
  @DisplayName("Cursor pages walk the whole list once, without OFFSET")
  void cursorPages() {
    Set<String> seen = new HashSet<>();
    String cursor = null;
    int pages = 0;
    do {
      JsonObject page = anonymous.get("/organizations?kind=state&limit=50" + (cursor == null ? "" : "&cursor=" + cursor))
          .expect(200).json();
      page.getJsonArray("items").forEach(o -> assertTrue(seen.add(((JsonObject) o).getString("id")), "no duplicates"));
      cursor = page.getString("next");
      pages++;
    } while (cursor != null);
    assertEquals(195, seen.size());
    assertEquals(4, pages);
  }

  @Test
  @DisplayName("The European Union lists its 27 member States")
  void europeanUnion() {
    JsonObject eu = anonymous.get("/organizations/EU").expect(200).json();
    assertEquals("intergovernmental", eu.getString("kind"));
    assertEquals(27, eu.getJsonArray("members").size());
    assertTrue(eu.getJsonArray("members").contains("EST"));
    assertFalse(eu.getJsonArray("members").contains("RUS"));
  }

  @Test
  @DisplayName("Stakeholders carry their accreditation as the public list says it; a pending one only to those who follow the procedure")
  void stakeholders() {
    assertEquals("accredited", anonymous.get("/organizations/open-networks-alliance").expect(200).json()
        .getString("accreditation"));
    assertFalse(anonymous.get("/organizations/digital-rights-watch").expect(200).json().containsKey("accreditation"),
        "the public list of accredited organizations says nothing of a pending application");
    assertEquals("pending", TestServer.api().as("cs-pending").get("/organizations/digital-rights-watch").expect(200)
        .json().getString("accreditation"), "its own people see it");
    assertEquals("pending", TestServer.api().as("delegate-bra").get("/organizations/digital-rights-watch").expect(200)
        .json().getString("accreditation"), "and States");
  }

  @Test
  @DisplayName("Sorted by name, paged by cursor; States carry their alpha-2 code for naming in any language")
  void byName() {
    JsonObject first = anonymous.get("/organizations?kind=state&sort=name&limit=100").expect(200).json();
    JsonArray second = anonymous.get("/organizations?kind=state&sort=name&limit=100&cursor=" + first.getString("next"))
        .expect(200).items();
    assertEquals("Afghanistan", first.getJsonArray("items").getJsonObject(0).getString("name"));
    assertEquals(95, second.size());
    String lastOfFirst = first.getJsonArray("items").getJsonObject(99).getString("name");
    assertTrue(lastOfFirst.compareTo(second.getJsonObject(0).getString("name")) < 0, "pages continue in order");
    assertEquals("FR", anonymous.get("/organizations/FRA").expect(200).json().getString("iso2"));
  }

  @Test
  @DisplayName("An unknown id: 404 problem")
  void unknown() {
    String detail = anonymous.get("/organizations/ATLANTIS").expectProblem(404);
    assertTrue(detail.contains("ATLANTIS"), detail);
  }
}
