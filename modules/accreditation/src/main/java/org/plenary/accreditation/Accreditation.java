package org.plenary.accreditation;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.sqlclient.Pool;
import java.util.List;
import java.util.Set;
import org.plenary.accreditation.api.AccreditationEvents;
import org.plenary.platform.events.EventDispatcher;
import org.plenary.platform.events.OutboxEvent;
import org.plenary.platform.http.ApiModule;
import org.plenary.platform.identity.ParticipantDirectory;
import org.plenary.platform.module.PlenaryModule;
import org.plenary.platform.organizations.AccreditationDisclosure;
import org.plenary.platform.organizations.Organizations;

/** The accreditation bounded context, wired: the non-objection procedure, its timer and its API. */
public final class Accreditation implements PlenaryModule {

  private final ApplicationService applications;
  private final ObjectionService objections;
  private final WindowCloser windows;
  private final ParticipantDirectory participants;
  private final List<ApiModule> apis;
  private MessageConsumer<OutboxEvent> accreditationChanges;

  public Accreditation(Vertx vertx, Pool pool, Organizations organizations, ParticipantDirectory participants,
                       AccreditationConfig config) {
    this.participants = participants;
    ApplicationStore store = new ApplicationStore(pool);
    Decisions decisions = new Decisions(pool, store, participants);
    this.windows = new WindowCloser(vertx, store, decisions, config.sweepInterval());
    this.applications = new ApplicationService(pool, store, organizations, decisions, config, windows::reschedule);
    this.objections = new ObjectionService(pool, store);
    this.apis = List.of(new AccreditationsApi(store, applications, objections),
        new AccreditedOrganizationsApi(store, applications));
  }

  @Override
  public List<ApiModule> apis() {
    return apis;
  }

  /**
   * Keeps the participant cache true (an organization's people are read again once its accreditation changes,
   * whichever server changed it), decides the windows that closed while the server was down, then closes windows
   * as they end.
   */
  @Override
  public Future<Void> start(Vertx vertx) {
    accreditationChanges = EventDispatcher.consume(vertx, AccreditationEvents.ACCREDITATION,
        event -> participants.forget(organizationOf(event)));
    return windows.start();
  }

  /** The organization an {@code accreditation.*} event is about: its stream {@code organization:<id>}. */
  private static String organizationOf(OutboxEvent event) {
    return event.stream().startsWith("organization:") ? event.streamKey()
        : event.payload().getString("organizationId", "");
  }

  @Override
  public Future<Void> stop(Vertx vertx) {
    if (accreditationChanges != null) {
      accreditationChanges.unregister();
    }
    windows.stop();
    return Future.succeededFuture();
  }

  /** Who sees an organization's accreditation that is not (or no longer) granted, on its page and in the directory. */
  public AccreditationDisclosure disclosure() {
    return Who::seesApplicationOf;
  }

  /** Audit entries that name an objecting State (as actor and in their details): whole for the Secretariat only. */
  public Set<String> auditActionsNamingObjectors() {
    return Set.of(ObjectionService.RAISED.name(), ObjectionService.WITHDRAWN.name());
  }

  public ApplicationService applications() {
    return applications;
  }

  public ObjectionService objections() {
    return objections;
  }
}
