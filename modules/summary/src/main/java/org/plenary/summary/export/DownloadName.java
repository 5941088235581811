package org.plenary.summary.export;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A summary's file name, by its thread and date ({@code implementing-norms-f-and-g-2026-03-14.docx}), rather than
 * its id: letters of every script are kept (an Arabic title stays Arabic, sent as RFC 6266's {@code filename*}),
 * with an ASCII fallback for clients that read {@code filename} only.
 */
public final class DownloadName {

  private static final int MAX = 80;

  private DownloadName() {
  }

  /** The {@code Content-Disposition} header of the attachment {@code title-date.extension}. */
  public static String disposition(String title, LocalDate date, String extension) {
    String unicode = slug(title, false);
    String ascii = slug(title, true);
    String suffix = "-" + date + "." + extension;
    String fallback = (ascii.isEmpty() ? "summary" : ascii) + suffix;
    String full = (unicode.isEmpty() ? "summary" : unicode) + suffix;
    return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''"
        + URLEncoder.encode(full, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** Lower-case words joined by hyphens; {@code ascii}: Latin letters without their accents, and digits, only. */
  static String slug(String title, boolean ascii) {
    String text = Normalizer.normalize(title == null ? "" : title, ascii ? Normalizer.Form.NFKD : Normalizer.Form.NFKC)
        .toLowerCase(Locale.ROOT);
    if (ascii) {
      text = text.replaceAll("\\p{M}+", "");
    }
    String slug = text.replaceAll(ascii ? "[^a-z0-9]+" : "[^\\p{L}\\p{N}\\p{M}]+", "-").replaceAll("^-+|-+$", "");
    if (slug.length() > MAX) {
      slug = slug.substring(0, MAX).replaceAll("-[^-]*$", "");
    }
    return slug;
  }
}
