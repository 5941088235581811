package org.plenary.devidp;

import java.util.List;
import java.util.Map;

/** The persona picker: an accessible HTML form, one button per demo persona. */
final class LoginPage {

  private LoginPage() {
  }

  static String render(List<Persona> personas, Map<String, String> hiddenFields) {
    StringBuilder html = new StringBuilder("""
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Sign in to Plenary (development)</title>
        <style>
          body { font-family: system-ui, sans-serif; margin: 0; background: #f4f6f8; color: #1b1b1b; }
          main { max-width: 44rem; margin: 2rem auto; padding: 1.5rem; background: #fff; border-radius: 8px; }
          fieldset { border: 1px solid #c7ccd1; border-radius: 6px; margin: 1rem 0; padding: .5rem 1rem 1rem; }
          legend { font-weight: 600; padding: 0 .25rem; }
          button { display: block; width: 100%; text-align: start; margin: .4rem 0; padding: .6rem .8rem;
                   font: inherit; background: #fff; border: 1px solid #8a939b; border-radius: 4px; cursor: pointer; }
          button:hover { background: #e8f1fb; }
          button:focus-visible { outline: 3px solid #005fcc; outline-offset: 2px; }
          .role { color: #4a535b; }
          .warning { background: #fff4ce; padding: .5rem .75rem; border-radius: 4px; }
        </style></head><body><main>
        <h1>Sign in to Plenary</h1>
        <p class="warning">Development identity provider: choose a demo persona. It does not exist in production.</p>
        <form method="post" action="authorize">
        """);
    hiddenFields.forEach((name, value) -> html.append("<input type=\"hidden\" name=\"").append(escape(name))
        .append("\" value=\"").append(escape(value)).append("\">\n"));
    group(html, "States", personas, p -> p.organization().matches("[A-Z]{3}"));
    group(html, "Intergovernmental organizations", personas, p -> p.organization().equals("EU"));
    group(html, "Stakeholders", personas, p -> p.organization().contains("-") && !p.username().equals("secretariat"));
    group(html, "United Nations", personas, p -> p.organization().equals("secretariat") || p.organization().equals("chair"));
    return html.append("</form></main></body></html>\n").toString();
  }

  private static void group(StringBuilder html, String legend, List<Persona> personas,
                            java.util.function.Predicate<Persona> member) {
    html.append("<fieldset><legend>").append(escape(legend)).append("</legend>\n");
    for (Persona persona : personas) {
      if (member.test(persona)) {
        html.append("<button type=\"submit\" name=\"persona\" value=\"").append(escape(persona.username())).append("\">")
            .append(escape(persona.name())).append(" — ").append(escape(persona.organizationName()))
            .append(" <span class=\"role\">(").append(escape(String.join(", ", persona.roles()))).append(", ")
            .append(escape(persona.username())).append(")</span></button>\n");
      }
    }
    html.append("</fieldset>\n");
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
