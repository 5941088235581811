package org.plenary.platform.files;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * What a file is, from its bytes alone (never its name nor the type a client claims). Tika's magic names PDF,
 * ODT and most other formats (an executable, an image) from the first bytes; it sees a DOCX only as a ZIP
 * without its parser modules, so the container is opened with java.util.zip: a DOCX is a ZIP whose
 * {@code [Content_Types].xml} declares a WordprocessingML main document (not a macro-enabled one), an ODT one
 * whose {@code mimetype} entry says so and that has its {@code content.xml}. Blocking: call off the event loop.
 */
public final class FileSniffer {

  /** What the bytes are: one of the accepted types, or empty with {@code detected} naming what they are instead. */
  public record Verdict(Optional<FileType> type, String detected) {
  }

  private static final MimeTypes MAGIC = MimeTypes.getDefaultMimeTypes();
  private static final String DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
  private static final int MAX_MANIFEST_BYTES = 256 * 1024;

  private FileSniffer() {
  }

  /** How many first bytes {@link #mayBe} looks at. */
  public static final int HEAD_BYTES = 8;

  /**
   * Whether a file that begins with {@code head} may still be of {@code type}: a PDF begins with {@code %PDF-}
   * (perhaps after a byte order mark), a DOCX or ODT is a ZIP. Lets the edge refuse an executable at its first
   * bytes instead of its last; {@link #sniff} decides.
   */
  public static boolean mayBe(FileType type, byte[] head) {
    String text = new String(head, StandardCharsets.ISO_8859_1);
    return switch (type) {
      case PDF -> "%PDF-".startsWith(text.substring(0, Math.min(5, text.length())))
          || text.startsWith("\u00ef\u00bb\u00bf%PDF".substring(0, Math.min(7, text.length())));
      case DOCX, ODT -> "PK\u0003\u0004".startsWith(text.substring(0, Math.min(4, text.length())));
    };
  }

  public static Verdict sniff(Path file) throws IOException {
    MediaType detected;
    try (InputStream in = new BufferedInputStream(java.nio.file.Files.newInputStream(file))) {
      detected = MAGIC.detect(in, new Metadata());
    }
    String name = detected.getBaseType().toString();
    if (name.equals(FileType.PDF.mediaType())) {
      return new Verdict(Optional.of(FileType.PDF), name);
    }
    if (isZip(file)) {
      return inContainer(file, name);
    }
    return new Verdict(Optional.empty(), name);
  }

  private static boolean isZip(Path file) throws IOException {
    try (InputStream in = java.nio.file.Files.newInputStream(file)) {
      byte[] head = in.readNBytes(4);
      return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }
  }

  private static Verdict inContainer(Path file, String detected) throws IOException {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      String mimetype = text(zip, "mimetype");
      if (mimetype != null && mimetype.trim().equals(FileType.ODT.mediaType()) && zip.getEntry("content.xml") != null) {
        return new Verdict(Optional.of(FileType.ODT), FileType.ODT.mediaType());
      }
      String contentTypes = text(zip, "[Content_Types].xml");
      if (contentTypes != null && contentTypes.contains("\"" + DOCX_MAIN + "\"")) {
        return new Verdict(Optional.of(FileType.DOCX), FileType.DOCX.mediaType());
      }
      return new Verdict(Optional.empty(), mimetype != null ? mimetype.trim()
          : contentTypes != null ? "an Office Open XML file that is not a Word document" : "application/zip");
    } catch (ZipException broken) {
      return new Verdict(Optional.empty(), detected + " (a ZIP that cannot be read)");
    }
  }

  /** An entry's text, read up to a bound (a small manifest; a larger one is not the format's). */
  private static String text(ZipFile zip, String name) throws IOException {
    ZipEntry entry = zip.getEntry(name);
    if (entry == null) {
      return null;
    }
    try (InputStream in = zip.getInputStream(entry)) {
      return new String(in.readNBytes(MAX_MANIFEST_BYTES), StandardCharsets.UTF_8);
    }
  }
}
