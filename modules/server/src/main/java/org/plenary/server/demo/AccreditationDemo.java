package org.plenary.server.demo;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Optional;
import java.util.UUID;
import org.plenary.accreditation.Accreditation;
import org.plenary.accreditation.ApplyForAccreditation;

/** Plays the {@code accreditations} of the demo script through the accreditation services. */
final class AccreditationDemo {


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
    ApplyForAccreditation request = new ApplyForAccreditation(script.getString("name"), script.getString("kind"),
        script.getString("country"), script.getString("website"), script.getString("purpose").strip(),
        script.getBoolean("ecosocStatus", false), Optional.ofNullable(script.getString("organizationId")),
        Optional.empty());
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
