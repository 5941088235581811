"""Composes posts from the sentence banks: every sentence is used once across the whole demo."""
import csv
import os
import random

from bank_ar import AR, OPENERS_AR
from bank_en import EN
from bank_en_voices import OPENERS, STAKEHOLDER
from bank_es import ES, OPENERS_ES
from bank_fr import FR, OPENERS_FR
from bank_ru import RU, OPENERS_RU
from bank_zh import ZH, OPENERS_ZH
from cast import NAMES
import slots

BANKS = {'en': EN, 'fr': FR, 'es': ES, 'ru': RU, 'ar': AR, 'zh': ZH}
OPEN = {'en': OPENERS, 'fr': OPENERS_FR, 'es': OPENERS_ES, 'ru': OPENERS_RU, 'ar': OPENERS_AR, 'zh': OPENERS_ZH}
FALLBACK = ['dialogue', 'norms', 'capacity', 'ci', 'law', 'cbm', 'threats', 'board']

REGISTRY = os.path.join(os.path.dirname(__file__), '../../platform/src/main/resources/registry/organizations.csv')
EN_NAMES = {row['id']: row['name'] for row in csv.DictReader(open(REGISTRY, encoding='utf-8'))}
EN_NAMES.update({'GBR': 'the United Kingdom', 'USA': 'the United States', 'NLD': 'the Netherlands',
                 'KOR': 'the Republic of Korea', 'PHL': 'the Philippines', 'DOM': 'the Dominican Republic',
                 'RUS': 'the Russian Federation', 'EU': 'the European Union', 'AU': 'the African Union',
                 'OAS': 'the Organization of American States', 'ARF': 'the ASEAN Regional Forum',
                 'contoso-security': 'Contoso Security', 'cyber-policy-institute': 'the Institute for Cyber Policy Studies',
                 'open-networks-alliance': 'the Open Networks Alliance'})

used = set()
rng = random.Random(18)


def fill(template, lang):
    values = {
        'sector': rng.choice(slots.SECTOR[lang]), 'measure': rng.choice(slots.MEASURE[lang]),
        'partner': rng.choice(slots.PARTNER[lang]), 'year': rng.choice(slots.YEAR), 'count': rng.choice(slots.COUNT),
    }
    return template.format(**values)


in_post = set()  # the templates of the post being written: none twice in one post


def sentence(lang, templates, tries=400):
    """A sentence from the templates not used before, or None."""
    for _ in range(tries):
        template = rng.choice(templates)
        if template in in_post:
            continue
        text = fill(template, lang)
        if text not in used:
            used.add(text)
            in_post.add(template)
            return text
    return None


def theme_sentence(lang, theme, stakeholder=False):
    if stakeholder and lang == 'en':
        got = sentence(lang, STAKEHOLDER.get(theme, STAKEHOLDER['consultation']))
        if got:
            return got
    bank = BANKS[lang]
    for name in [theme] + FALLBACK:
        if name in bank:
            got = sentence(lang, bank[name])
            if got:
                return got
    raise RuntimeError('the %s bank is exhausted for %s' % (lang, theme))


def name_forms(code):
    plain = EN_NAMES.get(code, code)
    forms = NAMES.get(code, (plain,))
    de = forms[1] if len(forms) > 1 else plain
    return plain, de


def opener(lang, kind, code, parent=None):
    options = OPEN[lang].get(kind) or OPEN[lang]['position']
    plain, de = name_forms(code) if code else ('', '')
    parent_name = EN_NAMES.get(parent, parent) if parent else ''
    for _ in range(200):
        template = rng.choice(options)
        text = template.format(name=plain, Name=plain[:1].upper() + plain[1:], de=de, parent=parent_name)
        if text not in used:
            used.add(text)
            return text
    return None


def closer(lang):
    return sentence(lang, OPEN[lang]['closer'], tries=20) if rng.random() < 0.35 else None


def join(lang, parts):
    parts = [p for p in parts if p]
    return ('' if lang == 'zh' else ' ').join(parts)


def position(lang, code, theme, align=False):
    in_post.clear()
    head = opener(lang, 'align' if align else 'position', code)
    body = [theme_sentence(lang, theme) for _ in range(rng.choice([2, 2, 3]))]
    return join(lang, [head] + body + [closer(lang)])


def comment(lang, theme, stakeholder=False):
    in_post.clear()
    body = [theme_sentence(lang, theme, stakeholder) for _ in range(rng.choice([1, 2, 2]))]
    return join(lang, body + [closer(lang) if not stakeholder else None])


def reply(lang, theme, parent, stakeholder=False):
    in_post.clear()
    return join(lang, [opener(lang, 'reply', None, parent), theme_sentence(lang, theme, stakeholder)])


def right_of_reply(lang, code, parent, theme):
    in_post.clear()
    return join(lang, [opener(lang, 'ror', code, parent), theme_sentence(lang, theme)])


ROR = {
    'en': ['These allegations are not supported by any evidence that has been shared with the dialogue.',
           'Accusations made without evidence do nothing to build the trust this mechanism needs.',
           'We have consistently respected the framework of responsible State behaviour and will continue to do so.',
           'The statement ignores the context and the facts; we will not dignify it with a longer answer.'],
    'es': ['Las acusaciones sin pruebas no contribuyen a la confianza que este mecanismo necesita.',
           'Rechazamos el uso de este foro para señalar a países sin presentar pruebas.',
           'Las medidas coercitivas unilaterales también afectan a la seguridad de nuestras infraestructuras.'],
    'ru': ['Голословные обвинения не способствуют укреплению доверия между государствами.',
           'Мы отвергаем попытки политизировать работу механизма.',
           'Никаких доказательств в подтверждение этих утверждений представлено не было.'],
    'zh': ['上述指责没有任何证据支持。', '我们反对将网络安全问题政治化。'],
    'ar': ['لا تسهم الاتهامات غير المدعومة بالأدلة في بناء الثقة بين الدول.', 'نرفض تسييس عمل هذه الآلية.'],
    'fr': ['Ces allégations ne reposent sur aucun élément communiqué au dialogue.',
           'Les accusations sans preuve ne contribuent pas à la confiance entre États.'],
}


def right_of_reply(lang, code, parent, theme):
    in_post.clear()
    return join(lang, [opener(lang, 'ror', code, parent), sentence(lang, ROR[lang]), sentence(lang, ROR[lang])])


def joint_heading(lang, states):
    if lang == 'en':
        names = [EN_NAMES[c] for c in states]
        return 'I have the honour to speak on behalf of %s and %s.' % (', '.join(names[:-1]), names[-1])
    names = [name_forms(c)[0] if c in NAMES else EN_NAMES[c] for c in states]
    listed = ', '.join(names[:-1]) + (' et ' if lang == 'fr' else ' y ') + names[-1]
    if lang == 'fr':
        return "J'ai l'honneur de prendre la parole au nom des pays suivants : %s." % listed
    return 'Tengo el honor de hablar en nombre de los siguientes países: %s.' % listed
