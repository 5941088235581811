package org.plenary.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A TCP proxy between a Plenary server and its PostgreSQL that fails one transaction the way networks do,
 * without touching the database server itself: it can let a transaction commit and then lose the answer
 * (the connection drops between PostgreSQL's "COMMIT" and the client), or hold one statement back for a
 * while. The transaction is the one whose statements carry a marker, for example the text of a post.
 */
public final class PostgresProxy implements AutoCloseable {

  private enum Mode { LOSE_COMMIT_ANSWER, HOLD }

  private record Fault(byte[] marker, Mode mode, Duration hold, CountDownLatch fired) {
  }

  private final ServerSocket listener;
  private final String targetHost;
  private final int targetPort;
  private final URI database;
  private final AtomicReference<Fault> armed = new AtomicReference<>();
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();

  private PostgresProxy(URI database) throws IOException {
    this.database = database;
    this.targetHost = database.getHost();
    this.targetPort = database.getPort() < 0 ? 5432 : database.getPort();
    this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::accept, "postgres-proxy");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** A proxy to the database at {@code postgresql://...}. */
  public static PostgresProxy to(String databaseUrl) throws IOException {
    return new PostgresProxy(URI.create(databaseUrl));
  }

  /** The same database, through the proxy: for {@code PLENARY_DB_URL}. */
  public String url() {
    String user = database.getRawUserInfo() == null ? "" : database.getRawUserInfo() + "@";
    return "postgresql://" + user + "127.0.0.1:" + listener.getLocalPort() + database.getRawPath()
        + (database.getRawQuery() == null ? "" : "?" + database.getRawQuery());
  }

  /**
   * The next transaction that sends {@code marker} commits, and its connection drops before the client hears
   * so: the write is stored, the client only knows that the connection was lost. Returns when it happened.
   */
  public CountDownLatch loseTheCommitAnswerOfTransactionWith(String marker) {
    return arm(marker, Mode.LOSE_COMMIT_ANSWER, Duration.ZERO);
  }

  /** The next statement that carries {@code marker} reaches PostgreSQL only after {@code hold}. */
  public CountDownLatch holdStatementWith(String marker, Duration hold) {
    return arm(marker, Mode.HOLD, hold);
  }

  private CountDownLatch arm(String marker, Mode mode, Duration hold) {
    CountDownLatch fired = new CountDownLatch(1);
    armed.set(new Fault(marker.getBytes(StandardCharsets.UTF_8), mode, hold, fired));
    return fired;
  }

  private void accept() {
    while (!listener.isClosed()) {
      try {
        Socket client = listener.accept();
        Socket server = new Socket(targetHost, targetPort);
        sockets.add(client);
        sockets.add(server);
        Connection connection = new Connection(client, server);
        start(() -> connection.clientToServer(), "postgres-proxy-up");
        start(() -> connection.serverToClient(), "postgres-proxy-down");
      } catch (IOException closed) {
        return;
      }
    }
  }

  private static void start(Runnable pump, String name) {
    Thread thread = new Thread(pump, name);
    thread.setDaemon(true);
    thread.start();
  }

  /** One client connection: the client's bytes are scanned for the marker, the server's framed into messages. */
  private final class Connection {
    private final Socket client;
    private final Socket server;
    private volatile Fault doomed;

    Connection(Socket client, Socket server) {
      this.client = client;
      this.server = server;
    }

    void clientToServer() {
      byte[] buffer = new byte[65536];
      byte[] tail = new byte[0];
      try (InputStream in = client.getInputStream(); OutputStream out = server.getOutputStream()) {
        declineEncryption(in, out);
        for (int read; (read = in.read(buffer)) > 0; ) {
          byte[] seen = concat(tail, buffer, read);
          Fault fault = armed.get();
          if (fault != null && contains(seen, fault.marker()) && armed.compareAndSet(fault, null)) {
            if (fault.mode() == Mode.HOLD) {
              fault.fired().countDown();
              Thread.sleep(fault.hold().toMillis());
            } else {
              doomed = fault;
            }
          }
          out.write(buffer, 0, read);
          out.flush();
          tail = Arrays.copyOfRange(seen, Math.max(0, seen.length - 256), seen.length);
        }
      } catch (IOException | InterruptedException ended) {
        closeBoth();
      }
    }

    /**
     * A client that asks for TLS or GSS encryption first (JDBC does) is told "N" by the proxy itself, so that
     * everything after is plain messages; any other first message is the startup message, passed on.
     */
    private void declineEncryption(InputStream in, OutputStream out) throws IOException {
      while (true) {
        byte[] first = in.readNBytes(8);
        int length = ((first[0] & 0xff) << 24) | ((first[1] & 0xff) << 16) | ((first[2] & 0xff) << 8) | (first[3] & 0xff);
        int code = ((first[4] & 0xff) << 24) | ((first[5] & 0xff) << 16) | ((first[6] & 0xff) << 8) | (first[7] & 0xff);
        if (length == 8 && (code == 80877103 || code == 80877104)) {
          OutputStream toClient = client.getOutputStream();
          toClient.write('N');
          toClient.flush();
          continue;
        }
        out.write(first);
        return;
      }
    }

    /** Every message from PostgreSQL is a type byte, a length and a body; "C" with "COMMIT" ends a commit. */
    void serverToClient() {
      try (InputStream in = server.getInputStream(); OutputStream out = client.getOutputStream()) {
        while (true) {
          byte[] header = in.readNBytes(5);
          if (header.length < 5) {
            break;
          }
          int length = ((header[1] & 0xff) << 24) | ((header[2] & 0xff) << 16) | ((header[3] & 0xff) << 8) | (header[4] & 0xff);
          byte[] body = in.readNBytes(length - 4);
          Fault fault = doomed;
          if (fault != null && header[0] == 'C' && new String(body, StandardCharsets.US_ASCII).startsWith("COMMIT")) {
            closeBoth();
            fault.fired().countDown();
            return;
          }
          out.write(header);
          out.write(body);
          if (in.available() == 0) {
            out.flush();
          }
        }
      } catch (IOException ended) {
        // the other side closed
      }
      closeBoth();
    }

    private void closeBoth() {
      close(client);
      close(server);
    }
  }

  private static byte[] concat(byte[] tail, byte[] buffer, int read) {
    byte[] all = Arrays.copyOf(tail, tail.length + read);
    System.arraycopy(buffer, 0, all, tail.length, read);
    return all;
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  private static void close(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing anyway
    }
  }

  /** Waits for an armed fault to happen. */
  public static void await(CountDownLatch fired, String what) throws InterruptedException {
    if (!fired.await(20, TimeUnit.SECONDS)) {
      throw new AssertionError("the proxy never saw " + what);
    }
  }

  @Override
  public void close() throws IOException {
    listener.close();
    sockets.forEach(PostgresProxy::close);
  }
}
