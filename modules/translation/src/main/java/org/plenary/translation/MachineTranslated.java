package org.plenary.translation;

import java.util.List;
import org.plenary.platform.i18n.Language;

/** A translation as readers are given it: always beside its original, always marked as made by a machine. */
record MachineTranslated(SourceText.Kind kind, String id, int version, String html, Language from, Language to,
                         String engine, List<Language> via, boolean cached) {

  MachineTranslated {
    via = List.copyOf(via);
  }
}
