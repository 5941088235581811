package org.plenary.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The server process's resident memory and CPU time, read from /proc while a scenario runs. */
final class ServerSampler {

  private static final double TICKS_PER_SECOND = 100.0;

  private final long pid;
  private long maxRssKb;
  private final double cpuSecondsAtStart;
  private final long startNanos = System.nanoTime();

  ServerSampler(long pid) {
    this.pid = pid;
    this.cpuSecondsAtStart = cpuSeconds();
    sample();
  }

  void sample() {
    maxRssKb = Math.max(maxRssKb, rssKb(pid));
  }

  /** The process's resident memory now (VmRSS), 0 when it is gone or unknown. */
  static long rssKb(long pid) {
    if (pid <= 0) {
      return 0;
    }
    try {
      for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("\\D", ""));
        }
      }
    } catch (IOException gone) {
      // The server stopped; the scenario reports its errors.
    }
    return 0;
  }

  double maxRssMb() {
    return maxRssKb / 1024.0;
  }

  /** Average cores the server used since sampling started. */
  double cpuCores() {
    double elapsed = (System.nanoTime() - startNanos) / 1e9;
    return elapsed == 0 ? 0 : (cpuSeconds() - cpuSecondsAtStart) / elapsed;
  }

  private double cpuSeconds() {
    if (pid <= 0) {
      return 0;
    }
    try {
      String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
    } catch (IOException | RuntimeException gone) {
      return 0;
    }
  }
}
