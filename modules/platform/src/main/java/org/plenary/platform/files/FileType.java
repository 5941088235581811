package org.plenary.platform.files;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of file Plenary keeps: statements, documents and written inputs are PDF or word-processing files. */
public enum FileType {
  PDF("application/pdf", "pdf"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
  ODT("application/vnd.oasis.opendocument.text", "odt");

  private final String mediaType;
  private final String extension;

  FileType(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  public String mediaType() {
    return mediaType;
  }

  /** Without the dot: {@code pdf}, {@code docx}, {@code odt}. */
  public String extension() {
    return extension;
  }

  /** The type a {@code Content-Type} header names, its parameters ({@code ; charset=...}) aside, in any case. */
  public static Optional<FileType> ofMediaType(String contentType) {
    if (contentType == null) {
      return Optional.empty();
    }
    int semicolon = contentType.indexOf(';');
    String bare = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(type -> type.mediaType.equals(bare)).findFirst();
  }

  /** The type as the {@code files} table keeps it. */
  String column() {
    return extension;
  }

  static FileType ofColumn(String column) {
    return Arrays.stream(values()).filter(type -> type.extension.equals(column)).findFirst()
        .orElseThrow(() -> new IllegalStateException("unknown file type in the files table: " + column));
  }
}
