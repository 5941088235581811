package org.plenary.bench;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * PDFs made in memory: a header, one stream object and a trailer, which is what the server's sniffing
 * (Tika's magic, {@code %PDF-} at the start) looks at. The stream's bytes are random, as compressed content is,
 * so that nothing on the way can shrink them.
 */
final class UploadFile {

  private UploadFile() {
  }

  /** A PDF of exactly {@code size} bytes. */
  static byte[] pdf(int size, long seed) {
    String head = "%%PDF-1.4\n%%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Length %010d >>\nstream\n";
    String tail = "\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n";
    int length = size - head.formatted(0).length() - tail.length();
    byte[] content = new byte[length];
    new Random(seed).nextBytes(content);
    ByteArrayOutputStream out = new ByteArrayOutputStream(size);
    out.writeBytes(head.formatted(length).getBytes(StandardCharsets.ISO_8859_1));
    out.writeBytes(content);
    out.writeBytes(tail.getBytes(StandardCharsets.ISO_8859_1));
    return out.toByteArray();
  }

  /** A small PDF naming what it is, for the generated language versions. */
  static byte[] smallPdf(String text) {
    String content = "BT /F1 12 Tf 72 720 Td (" + text.replaceAll("[()\\\\]", "") + ") Tj ET";
    return ("%PDF-1.4\n1 0 obj\n<< /Length " + content.length() + " >>\nstream\n" + content
        + "\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);
  }
}
