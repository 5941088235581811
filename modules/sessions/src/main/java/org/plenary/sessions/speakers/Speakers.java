package org.plenary.sessions.speakers;

import io.vertx.sqlclient.Pool;
import java.time.Clock;
import org.plenary.platform.files.FileStore;
import org.plenary.platform.http.ApiModule;
import org.plenary.sessions.api.SessionsAccess;
import org.plenary.sessions.api.SpeakersAccess;
import org.plenary.sessions.statements.StatementService;
import org.plenary.sessions.statements.StatementStore;
import org.plenary.sessions.statements.StatementsApi;

/** Speakers lists and statements, wired on the sessions they belong to (read through {@link SessionsAccess}). */
public final class Speakers {

  private final SpeakersService lists;
  private final StatementService statements;
  private final SpeakersApi api;
  private final SpeakersAccess access;

  public Speakers(Pool pool, Clock clock, SessionsAccess sessions, FileStore files) {
    SessionGate gate = new SessionGate(sessions);
    SpeakersStore store = new SpeakersStore(pool);
    this.lists = new SpeakersService(pool, store, gate);
    this.statements = new StatementService(pool, new StatementStore(pool), store, gate, sessions, files);
    this.api = new SpeakersApi(lists, new StatementsApi(statements, files, clock), clock);
    this.access = new SpeakersAccessService(sessions);
  }

  /** The port the live streams read. */
  public SpeakersAccess access() {
    return access;
  }

  public ApiModule api() {
    return api;
  }

  public SpeakersService lists() {
    return lists;
  }

  public StatementService statements() {
    return statements;
  }
}
