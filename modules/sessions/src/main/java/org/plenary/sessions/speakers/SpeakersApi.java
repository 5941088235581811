package org.plenary.sessions.speakers;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.plenary.platform.http.ApiModule;
import org.plenary.platform.http.ApiRoutes;
import org.plenary.platform.http.Created;
import org.plenary.platform.http.Made;
import org.plenary.platform.http.RequestInput;
import org.plenary.platform.http.Responses;
import org.plenary.platform.identity.Caller;
import org.plenary.platform.identity.Participant;
import org.plenary.platform.wire.WireEnum;
import org.plenary.sessions.api.SpeakerEvents;
import org.plenary.sessions.statements.StatementsApi;

/** Speakers lists and their statements: described by {@code openapi/speakers.yaml}. */
public final class SpeakersApi implements ApiModule {

  private final SpeakersService service;
  private final StatementsApi statements;
  private final Clock clock;

  public SpeakersApi(SpeakersService service, StatementsApi statements, Clock clock) {
    this.service = service;
    this.statements = statements;
    this.clock = clock;
  }

  @Override
  public String openApiFragment() {
    return "openapi/speakers.yaml";
  }

  @Override
  public void mount(ApiRoutes routes) {
    routes.on("listSpeakingGroups", rc -> Responses.reply(rc, service.groups().map(SpeakersJson::groups)))
        .on("getSpeakersList", this::read)
        .onCreate("inscribeSpeaker", this::inscribe, this::retried)
        .onCreate("inscribeRightOfReply", this::reply, this::retried)
        .on("setSpeakersTimeLimits", this::limits)
        .on("withdrawInscription", rc -> onEntry(rc, (me, id) -> service.withdraw(me, id, clock.instant())))
        .on("moveSpeaker", rc -> onEntry(rc, (me, id) -> service.move(me, id,
            RequestInput.of(rc).body().getInteger("position"), RequestInput.of(rc).body().getString("reason"),
            clock.instant())))
        .on("markSpeaker", rc -> onEntry(rc, (me, id) -> service.floor(me, id,
            WireEnum.parse(FloorAction.class, RequestInput.of(rc).body().getString("action")), clock.instant())));
    statements.mount(routes);
  }

  private void read(RoutingContext rc) {
    RequestInput in = RequestInput.of(rc);
    SpeakersPlace place = new SpeakersPlace(in.uuid("sessionId"), in.uuid("itemId"),
        in.query("meetingId").map(UUID::fromString));
    Responses.reply(rc, service.read(place, Caller.of(rc)).map(SpeakersJson::list));
  }

  private void inscribe(RoutingContext rc) {
    Participant me = Caller.require(rc);
    JsonObject body = RequestInput.of(rc).body();
    created(rc, service.inscribe(me, place(rc, body), body.getString("organizationId", me.organization().id()),
        Optional.ofNullable(body.getString("onBehalfOf")), clock.instant()));
  }

  private void reply(RoutingContext rc) {
    Participant me = Caller.require(rc);
    JsonObject body = RequestInput.of(rc).body();
    created(rc, service.reply(me, place(rc, body), body.getString("organizationId", me.organization().id()),
        clock.instant()));
  }

  private void limits(RoutingContext rc) {
    Participant me = Caller.require(rc);
    JsonObject body = RequestInput.of(rc).body();
    TimeLimits limits = TimeLimits.of(body.getInteger("nationalSeconds"), body.getInteger("groupSeconds"),
        body.getInteger("firstReplySeconds"), body.getInteger("secondReplySeconds"));
    Responses.reply(rc, service.setLimits(me, place(rc, body), limits, clock.instant()).map(SpeakersJson::list));
  }

  private static SpeakersPlace place(RoutingContext rc, JsonObject body) {
    RequestInput in = RequestInput.of(rc);
    return new SpeakersPlace(in.uuid("sessionId"), in.uuid("itemId"),
        Optional.ofNullable(body.getString("meetingId")).map(UUID::fromString));
  }

  private static void created(RoutingContext rc, Future<SpeakersService.Inscribed> inscribed) {
    inscribed.map(SpeakersApi::answer).onSuccess(answer -> Responses.created(rc, answer)).onFailure(rc::fail);
  }

  /** A retried inscription whose first answer was lost: the list as it stands, naming the entry made. */
  private Future<Created> retried(RoutingContext rc, Made made) {
    JsonObject payload = made.payloadOfAny(SpeakerEvents.SPEAKERS);
    UUID entryId = UUID.fromString(payload.getString("entryId"));
    return service.read(UUID.fromString(payload.getString("listId")))
        .map(list -> answer(new SpeakersService.Inscribed(entryId, list)));
  }

  private static Created answer(SpeakersService.Inscribed inscribed) {
    SpeakersList list = inscribed.list();
    String location = "/api/v1/sessions/" + list.sessionId() + "/items/" + list.agendaItemId() + "/speakers"
        + list.meetingId().map(meeting -> "?meetingId=" + meeting).orElse("");
    return new Created(location, SpeakersJson.list(list).put("entryId", inscribed.entryId().toString()));
  }

  private interface EntryChange {
    Future<SpeakersList> apply(Participant me, UUID entryId);
  }

  private static void onEntry(RoutingContext rc, EntryChange change) {
    Participant me = Caller.require(rc);
    UUID entryId = RequestInput.of(rc).uuid("entryId");
    Responses.reply(rc, change.apply(me, entryId).map(SpeakersJson::list));
  }
}
