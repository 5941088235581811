import { IntlMessageFormat } from 'intl-messageformat';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

interface Compiled {
  format: IntlMessageFormat;
  /** Parameters placed as they are ({count}), not chosen on ({count, plural, ...}). */
  plain: Set<string>;
  numbers: Intl.NumberFormat;
}

// Compiled patterns by language and text: a page renders the same messages again and again.
const compiled = new Map<string, Compiled>();

/**
 * A catalogue message formatted as ICU MessageFormat: {name} takes a parameter, numbers are formatted for the
 * language, and {count, plural, ...} picks the language's plural form (Russian has three, Arabic six).
 */
export function formatMessage(template: string, language: string, params: Record<string, string | number>): string {
  const key = `${language}\u0000${template}`;
  let message = compiled.get(key);
  if (!message) {
    // ignoreTag: messages are text, never markup; a "<" in one is a character to show.
    const elements = parse(template, { ignoreTag: true });
    message = {
      format: new IntlMessageFormat(elements, language, undefined, { ignoreTag: true }),
      plain: plainArguments(elements),
      numbers: new Intl.NumberFormat(language),
    };
    compiled.set(key, message);
  }
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    // intl-messageformat places a plain number unformatted ("1234"); the reader's language writes "1,234".
    values[name] = typeof value === 'number' && message.plain.has(name) ? message.numbers.format(value) : value;
  }
  try {
    return String(message.format.format(values));
  } catch {
    // A parameter the caller did not pass: the message as written rather than nothing.
    return template;
  }
}

/** The names of the parameters placed as they are, at any depth of the pattern. */
export function plainArguments(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.argument) {
      into.add(element.value);
    } else if (element.type === TYPE.plural || element.type === TYPE.select) {
      Object.values(element.options).forEach((option) => plainArguments(option.value, into));
    }
  }
  return into;
}
