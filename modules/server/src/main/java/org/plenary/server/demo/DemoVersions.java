package org.plenary.server.demo;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.plenary.documents.registry.LanguageVersionService;
import org.plenary.platform.files.FileType;
import org.plenary.platform.files.Upload;
import org.plenary.platform.identity.Participant;

/**
 * Language versions of the demo's documents, uploaded through the registry's service as the Secretariat's form
 * uploads them: the bytes in a temporary file (as the upload edge leaves them), deleted once stored.
 */
final class DemoVersions {

  private final LanguageVersionService versions;

  DemoVersions(LanguageVersionService versions) {
    this.versions = versions;
  }

  /** One version: a PDF for the Latin languages, a DOCX for Arabic, Chinese and Russian. */
  record Version(String language, boolean original, boolean advanceUnedited, List<String> lines) {
  }

  Future<Void> add(Participant secretariat, UUID document, String symbol, List<Version> list) {
    Future<Void> done = Future.succeededFuture();
    for (Version version : list) {
      done = done.compose(v -> add(secretariat, document, symbol, version));
    }
    return done;
  }

  private Future<Void> add(Participant secretariat, UUID document, String symbol, Version version) {
    boolean latin = List.of("en", "fr", "es").contains(version.language());
    FileType type = latin ? FileType.PDF : FileType.DOCX;
    byte[] bytes = latin ? DemoFiles.pdf(version.lines()) : DemoFiles.docx(version.lines(), "ar".equals(version.language()));
    String filename = symbol.replace('/', '_') + "_" + version.language().toUpperCase() + "." + type.extension();
    // The demo is written from an event loop: the temporary file is made and removed off it.
    Vertx vertx = Vertx.currentContext().owner();
    return vertx.executeBlocking(() -> temporary(bytes))
        .compose(path -> versions.put(secretariat, document, new LanguageVersionService.Marks(version.language(),
                version.original(), version.advanceUnedited()), new Upload(path, filename, type, bytes.length, sha256(bytes)))
            .eventually(() -> vertx.executeBlocking(() -> Files.deleteIfExists(path))));
  }

  private static Path temporary(byte[] bytes) {
    try {
      Path path = Files.createTempFile("plenary-demo-", ".upload");
      Files.write(path, bytes);
      return path;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
