package org.plenary.platform.translation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one command to its end on the calling (worker) thread, the text on its standard input and its output
 * read back, both through temporary files so that neither pipe can fill and stall it; past {@code timeout} the
 * process and every process it started are killed.
 */
final class LocalProcess {

  private LocalProcess() {
  }

  /** What the command wrote, or an {@link IOException} saying why there is nothing (exit code, timeout). */
  static String run(List<String> command, String input, Duration timeout) throws IOException, InterruptedException {
    Path in = Files.createTempFile("plenary-translate-in", ".txt");
    Path out = Files.createTempFile("plenary-translate-out", ".txt");
    Path err = Files.createTempFile("plenary-translate-err", ".txt");
    try {
      Files.writeString(in, input, StandardCharsets.UTF_8);
      Process process = new ProcessBuilder(command).redirectInput(in.toFile()).redirectOutput(out.toFile())
          .redirectError(err.toFile()).start();
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        // Apertium is a shell pipeline: its stages are the script's children, killed first.
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        throw new IOException("no answer within " + timeout.toSeconds() + " s; killed");
      }
      if (process.exitValue() != 0) {
        String why = Files.readString(err, StandardCharsets.UTF_8).strip();
        throw new IOException("exit code " + process.exitValue() + (why.isEmpty() ? "" : ": " + abridged(why)));
      }
      return Files.readString(out, StandardCharsets.UTF_8);
    } finally {
      Files.deleteIfExists(in);
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  private static String abridged(String text) {
    return text.length() <= 300 ? text : text.substring(0, 300) + "…";
  }
}
