package org.plenary.server;

import java.util.Map;
import org.plenary.testing.Api;
import org.plenary.testing.TestServer;

/**
 * One server seeded with the demo content, shared by the test classes that only read what the demo wrote (each
 * seeding its own would play the whole demo again). DemoContentTest keeps its own: it stops and restarts it.
 */
final class DemoServer {

  private static Api api;

  private DemoServer() {
  }

  static synchronized Api api() throws Exception {
    if (api == null) {
      TestServer.Running server = TestServer.start(Map.of("PLENARY_DEMO_CONTENT", "true"));
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          server.close();
        } catch (Exception ignored) {
          // the JVM is ending: its database goes with it
        }
      }));
      api = new Api(server.baseUrl());
    }
    return api;
  }
}
