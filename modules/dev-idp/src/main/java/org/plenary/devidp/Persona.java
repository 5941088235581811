package org.plenary.devidp;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** A demo persona of DESIGN.md: a username (password {@code demo}), a name, an organization, roles. */
record Persona(String username, String name, String organization, String organizationName, List<String> roles) {

  static final String PASSWORD = "demo";

  /** Stable across restarts so a persona stays the same participant. */
  String subject() {
    return UUID.nameUUIDFromBytes(("plenary-dev-idp:" + username).getBytes(StandardCharsets.UTF_8)).toString();
  }

  JsonObject claims() {
    return new JsonObject()
        .put("sub", subject())
        .put("preferred_username", username)
        .put("name", name)
        // Demo addresses in a reserved domain: the daily digest has somewhere to go, and never leaves.
        .put("email", username + "@plenary.example")
        .put("organization", organization)
        .put("realm_access", new JsonObject().put("roles", new JsonArray(roles)));
  }

  static List<Persona> load() {
    try (InputStream in = Persona.class.getResourceAsStream("/dev-idp/personas.csv")) {
      CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
      List<Persona> personas = new ArrayList<>();
      for (CSVRecord record : format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        personas.add(new Persona(record.get("username"), record.get("name"), record.get("organization"),
            record.get("organization_name"), List.of(record.get("roles").split(" "))));
      }
      return List.copyOf(personas);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
