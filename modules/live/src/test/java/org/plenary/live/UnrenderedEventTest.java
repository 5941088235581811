package org.plenary.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;
import org.plenary.testing.Dialogue;
import org.plenary.testing.EventStream;
import org.plenary.testing.OwnPostgres;
import org.plenary.testing.TestServer;

/**
 * Two instances on a PostgreSQL of the test's own: the first writes as the superuser, the second serves the
 * stream as a role of its own, from which the test takes the right to read posts for a moment. The second can
 * then read the event from the outbox but not render it, as when its database goes away between the two.
 */
@DisplayName("An event that cannot be rendered for its subscribers is never skipped")
class UnrenderedEventTest {

  private static final String ROLE = "plenary_stream_server";
  private static OwnPostgres postgres;
  private static TestServer.Running writer;
  private static TestServer.Running streamer;

  @BeforeAll
  static void start() throws Exception {
    postgres = OwnPostgres.start("plenary");
    writer = TestServer.startOn(postgres.url("plenary"), Map.of());
    sql("CREATE ROLE " + ROLE + " LOGIN",
        "GRANT USAGE, CREATE ON SCHEMA public TO " + ROLE,
        "GRANT ALL ON ALL TABLES IN SCHEMA public TO " + ROLE,
        "GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO " + ROLE);
    streamer = TestServer.startOn(postgres.url("plenary", ROLE),
        Map.of("PLENARY_OIDC_ISSUER", writer.baseUrl() + "/dev-idp"));
  }

  @AfterAll
  static void stop() throws Exception {
    streamer.close();
    writer.close();
    postgres.close();
  }

  @Test
  @DisplayName("A post the server could not prepare for Estonia ends Estonia's stream before any later post;"
      + " resuming from the last event received delivers both, in order")
  void streamEndsAndResumes() throws Exception {
    Api writing = new Api(writer.baseUrl());
    Dialogue dialogue = Dialogue.on(writing);
    String thread = dialogue.openThread("delegate-fra", "norms");
    Api estonia = new Api(streamer.baseUrl()).withToken(writing.passwordGrant("delegate-est"));
    String events = "/threads/" + thread + "/events";

    long first;
    String lastReceived;
    try (EventStream stream = estonia.follow(events, null)) {
      lastReceived = stream.opened().id();
      sql("REVOKE SELECT ON post FROM " + ROLE);
      first = dialogue.comment("delegate-fra", thread, "Written while the second server cannot read posts.")
          .getLong("id");
      assertEquals(EventStream.END, stream.next(), "the stream ends instead of going on without the post");
    }
    sql("GRANT SELECT ON post TO " + ROLE);
    long second = dialogue.comment("delegate-fra", thread, "Written once it can again.").getLong("id");

    try (EventStream resumed = estonia.follow(events, lastReceived)) {
      assertEquals(first, resumed.next("post.created").json().getJsonObject("post").getLong("id"));
      assertEquals(second, resumed.next("post.created").json().getJsonObject("post").getLong("id"));
    }
  }

  private static void sql(String... statements) throws Exception {
    try (Connection connection = postgres.connect("plenary"); Statement statement = connection.createStatement()) {
      for (String each : statements) {
        statement.execute(each);
      }
    }
  }
}
