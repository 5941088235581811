package org.plenary.server.demo;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.plenary.accreditation.Accreditation;

/** Plays the {@code accreditations} of the demo script through the accreditation services. */
final class AccreditationDemo {

  private static final List<String> REQUEST_FIELDS = List.of("name", "kind", "country", "website", "purpose",
      "ecosocStatus", "organizationId");

  private final Accreditation accreditation;
  private final DemoCast cast;

  AccreditationDemo(Accreditation accreditation, DemoCast cast) {
    this.accreditation = accreditation;
    this.cast = cast;
  }

  Future<Void> play(JsonArray script) {
    Future<Void> chain = Future.succeededFuture();
    for (Object entry : script) {
      JsonObject application = (JsonObject) entry;
      chain = chain.compose(v -> apply(application));
    }
    return chain;
  }

  private Future<Void> apply(JsonObject script) {
    JsonObject request = new JsonObject();
    REQUEST_FIELDS.stream().filter(script::containsKey).forEach(field -> request.put(field, script.getValue(field)));
    request.put("purpose", script.getString("purpose").strip());
    return cast.participant(script.getString("by"))
        .compose(applicant -> accreditation.applications().apply(applicant, request))
        .compose(id -> objectAll(id, script.getJsonArray("objections", new JsonArray())).map(id))
        .compose(id -> script.getBoolean("close", false)
            ? cast.participant("secretariat").compose(secretariat -> accreditation.applications().close(secretariat, id))
            : Future.succeededFuture());
  }

  private Future<Void> objectAll(UUID id, JsonArray objections) {
    Future<Void> chain = Future.succeededFuture();
    for (Object entry : objections) {
      JsonObject objection = (JsonObject) entry;
      chain = chain.compose(v -> cast.participant(objection.getString("by"))
          .compose(delegate -> accreditation.objections().object(delegate, id, objection.getString("reason"))));
    }
    return chain;
  }
}
