package org.plenary.platform.identity;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import org.plenary.platform.http.ApiModule;
import org.plenary.platform.http.ApiRoutes;
import org.plenary.platform.http.RequestInput;
import org.plenary.platform.http.Responses;

/** {@code /me}: who the token says you are, as Plenary sees it, and your own preferences. */
public final class MeApi implements ApiModule {

  private static final String READ_PREFERENCES =
      "SELECT language, email_digest, translate_automatically FROM participant WHERE id = $1";
  /** A client that does not send {@code translateAutomatically} (it came later) leaves it as it was. */
  private static final String WRITE_PREFERENCES = "UPDATE participant SET language = $2, email_digest = $3,"
      + " translate_automatically = coalesce($4, translate_automatically) WHERE id = $1"
      + " RETURNING language, email_digest, translate_automatically";

  private final Pool pool;
  private final ParticipantDirectory directory;

  /** {@code directory} forgets a participant whose preferences change, so their language applies at once. */
  public MeApi(Pool pool, ParticipantDirectory directory) {
    this.pool = pool;
    this.directory = directory;
  }

  @Override
  public String openApiFragment() {
    return "openapi/me.yaml";
  }

  @Override
  public void mount(ApiRoutes routes) {
    routes.on("getMe", this::me)
        .on("getMyPreferences", this::preferences)
        .on("putMyPreferences", this::replacePreferences);
  }

  private void me(RoutingContext rc) {
    Responses.ok(rc, Caller.require(rc).toJson());
  }

  private void preferences(RoutingContext rc) {
    Participant caller = Caller.require(rc);
    pool.preparedQuery(READ_PREFERENCES).execute(Tuple.of(caller.id()))
        .onSuccess(rows -> Responses.ok(rc, toJson(rows.iterator().next())))
        .onFailure(rc::fail);
  }

  private void replacePreferences(RoutingContext rc) {
    Participant caller = Caller.require(rc);
    JsonObject body = RequestInput.of(rc).body();
    pool.preparedQuery(WRITE_PREFERENCES)
        .execute(Tuple.of(caller.id(), body.getString("language"), body.getBoolean("emailDigest"),
            body.getBoolean("translateAutomatically")))
        .onSuccess(rows -> {
          directory.forgetParticipant(caller.id());
          Responses.ok(rc, toJson(rows.iterator().next()));
        })
        .onFailure(rc::fail);
  }

  /** {@code language} is null until the participant chooses one; the interface then follows the browser. */
  private static JsonObject toJson(Row row) {
    return new JsonObject().put("language", row.getString("language")).put("emailDigest", row.getBoolean("email_digest"))
        .put("translateAutomatically", row.getBoolean("translate_automatically"));
  }
}
