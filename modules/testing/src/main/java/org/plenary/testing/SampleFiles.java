package org.plenary.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Small real files for upload tests, made here rather than kept as binaries: a PDF a reader opens, a DOCX and an
 * ODT as word processors write them (the parts each format requires), and the first bytes of executables.
 */
public final class SampleFiles {

  public static final String PDF = "application/pdf";
  public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  public static final String ODT = "application/vnd.oasis.opendocument.text";

  private SampleFiles() {
  }

  /** A one-page PDF that shows {@code text} (ASCII), with a correct cross-reference table. */
  public static byte[] pdf(String text) {
    String[] objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
            + " /Resources << /Font << /F1 5 0 R >> >> >>",
        null,
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
    String stream = "BT /F1 18 Tf 72 760 Td (" + text.replace("(", "\\(").replace(")", "\\)") + ") Tj ET";
    objects[3] = "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream";
    StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
    int[] offsets = new int[objects.length];
    for (int i = 0; i < objects.length; i++) {
      offsets[i] = pdf.length();
      pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
    }
    int xref = pdf.length();
    pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
    for (int offset : offsets) {
      pdf.append(String.format("%010d 00000 n \n", offset));
    }
    pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
        .append("\n%%EOF\n");
    return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  /** A DOCX with one paragraph of {@code text}: the content types, the package relationship, the document. */
  public static byte[] docx(String text) {
    return zip(false,
        "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org"
            + "/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package"
            + ".relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/"
            + "document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
            + "\"/></Types>",
        "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org"
            + "/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument"
            + "/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>",
        "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats"
            + ".org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>" + xml(text) + "</w:t></w:r></w:p></w:body>"
            + "</w:document>");
  }

  /** An ODT with one paragraph of {@code text}: the stored {@code mimetype} first, the manifest, the content. */
  public static byte[] odt(String text) {
    return zip(true,
        "mimetype", ODT,
        "META-INF/manifest.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest xmlns:manifest=\"urn:oasis:"
            + "names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\"><manifest:file-entry manifest:full-path=\"/"
            + "\" manifest:media-type=\"" + ODT + "\"/><manifest:file-entry manifest:full-path=\"content.xml\""
            + " manifest:media-type=\"text/xml\"/></manifest:manifest>",
        "content.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:"
            + "opendocument:xmlns:office:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version="
            + "\"1.2\"><office:body><office:text><text:p>" + xml(text) + "</text:p></office:text></office:body>"
            + "</office:document-content>");
  }

  /** What a Linux executable begins with (renamed to .pdf, it is still one). */
  public static byte[] elf() {
    byte[] bytes = new byte[4096];
    System.arraycopy(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0}, 0, bytes, 0, 8);
    return bytes;
  }

  /** What a Windows executable begins with. */
  public static byte[] mz() {
    byte[] bytes = new byte[4096];
    bytes[0] = 'M';
    bytes[1] = 'Z';
    bytes[0x3c] = (byte) 0x80;
    System.arraycopy("PE\0\0".getBytes(StandardCharsets.ISO_8859_1), 0, bytes, 0x80, 4);
    return bytes;
  }

  private static String xml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** Entries as name, text pairs; {@code firstStored}: the first entry uncompressed, as ODF requires of its mimetype. */
  private static byte[] zip(boolean firstStored, String... entries) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (int i = 0; i < entries.length; i += 2) {
        byte[] content = entries[i + 1].getBytes(StandardCharsets.UTF_8);
        ZipEntry entry = new ZipEntry(entries[i]);
        if (i == 0 && firstStored) {
          CRC32 crc = new CRC32();
          crc.update(content);
          entry.setMethod(ZipEntry.STORED);
          entry.setSize(content.length);
          entry.setCrc(crc.getValue());
        }
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
