package org.plenary.translation;

import java.time.Clock;
import java.util.List;
import org.plenary.capacity.Capacity;
import org.plenary.drafts.Drafts;
import org.plenary.drafts.DraftsConfig;
import org.plenary.forum.Forum;
import org.plenary.forum.ForumConfig;
import org.plenary.implementation.Implementation;
import org.plenary.platform.i18n.Language;
import org.plenary.platform.search.PostgresSearchIndex;
import org.plenary.platform.translation.ApertiumTranslator;
import org.plenary.platform.translation.MachineTranslation;
import org.plenary.platform.translation.TranslationConfig;
import org.plenary.runtime.ContextAssembly;
import org.plenary.summary.Summaries;
import org.plenary.testing.Registry;

/**
 * Translation runs on the forum and the summaries (with the drafts they report on), and national implementation
 * (its reports and good practices, with the capacity board their needs go to), with the real Apertium (counted,
 * so that a test sees whether it ran) and two stand-ins for what cannot be installed here: an external engine for
 * Chinese to English, and a broken one for Arabic to English.
 */
public final class TranslationContexts implements ContextAssembly {

  static final CountingTranslator APERTIUM = new CountingTranslator(null);
  static final CountingTranslator EXTERNAL = new CountingTranslator(null);

  @Override
  public Assembled assemble(Kernel kernel) {
    var pool = kernel.database().pool();
    PostgresSearchIndex index = new PostgresSearchIndex();
    Forum forum = new Forum(pool, index, ForumConfig.fromEnvironment(kernel.env()));
    var config = TranslationConfig.fromEnvironment(kernel.env());
    APERTIUM.wrap(new ApertiumTranslator(kernel.vertx(), "apertium", config.timeout()));
    EXTERNAL.wrap(StandInEngines.external(Language.ZH, Language.EN));
    var machine = new MachineTranslation(List.of(APERTIUM, EXTERNAL, StandInEngines.broken(Language.AR, Language.EN)),
        false);
    Drafts drafts = new Drafts(pool, forum.access(), kernel.organizations(), DraftsConfig.fromEnvironment(kernel.env()));
    Summaries summaries = new Summaries(kernel.vertx(), pool, forum.access(), kernel.organizations(),
        kernel.config().publicUrl(), drafts.consensus());
    Capacity capacity = new Capacity(kernel.vertx(), pool, Clock.systemUTC(), index);
    Implementation implementation = new Implementation(pool, Clock.systemUTC(), capacity.needsPort(), index);
    return Assembled.of(List.of(Registry.withoutAccreditation(kernel), forum, drafts, summaries, capacity,
        implementation, new Translations(pool, forum.access(), summaries.texts(), drafts.stateStances(),
            implementation.texts(), machine)));
  }
}
