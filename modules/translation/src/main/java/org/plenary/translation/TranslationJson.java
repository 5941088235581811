package org.plenary.translation;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.plenary.platform.i18n.Language;

/** A machine translation as the API shows it ({@code MachineTranslation} in translation.yaml). */
final class TranslationJson {

  private TranslationJson() {
  }

  static JsonObject of(MachineTranslated made) {
    return new JsonObject()
        .put("kind", made.kind().wire())
        .put("id", made.id())
        .put("version", made.version())
        .put("html", made.html())
        .put("from", made.from().code())
        .put("to", made.to().code())
        .put("engine", made.engine())
        .put("via", new JsonArray(made.via().stream().map(Language::code).toList()))
        .put("machine", true)
        .put("cached", made.cached())
        .put("notice", notice(made));
  }

  /** In English, for clients that show it as is; the web application words it in the reader's language. */
  static String notice(MachineTranslated made) {
    String engine = "apertium".equals(made.engine()) ? "Apertium"
        : "libretranslate".equals(made.engine()) ? "LibreTranslate" : made.engine();
    String via = made.via().isEmpty() ? "" : ", via " + String.join(" and ",
        made.via().stream().map(TranslationService::name).toList());
    return "Unofficial machine translation (" + engine + via + "). Only the original is the record.";
  }
}
