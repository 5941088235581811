"""Writes modules/server/src/main/resources/demo/week/*.yaml, the demo's busy weeks. Run: python3 generate.py"""
import os
import random

import yaml

import compose
from cast import GOVERNMENTAL, MEMBERS, STAKEHOLDERS, STATES, cast_yaml, delegate
from threads import T
from clock import Clock
from dialogue import dialogue_times
from drafts import CBM_DRAFT

OUT = os.path.join(os.path.dirname(__file__), '../src/main/resources/demo/week')
rng = random.Random(266)
GROUPS = ['af', 'ap', 'ee', 'lac', 'weog']
STAKEHOLDER_PEOPLE = {'ps-contoso': 'contoso-security', 'ac-institute': 'cyber-policy-institute',
                      'cs-opennet': 'open-networks-alliance'}
STAKEHOLDER_PEOPLE.update({user: org for user, (_, org) in STAKEHOLDERS.items()})
MEMBERS_OF = {}
for user, (_, code) in list(MEMBERS.items()) + [('member-fra', ('', 'FRA'))]:
    MEMBERS_OF.setdefault(code, []).append(user)


def pick_states(count, exclude=(), must=(), prefer=None):
    chosen = [c for c in dict.fromkeys(must) if c not in exclude]
    pool = [c for c in STATES if c not in exclude and c not in chosen]
    rng.shuffle(pool)
    if prefer:
        pool.sort(key=lambda c: STATES[c][0] != prefer)
    group = 0
    while len(chosen) < count and pool:
        wanted = GROUPS[group % len(GROUPS)]
        group += 1
        match = next((c for c in pool if STATES[c][3] == wanted), None) if not prefer or len(chosen) >= 2 else pool[0]
        if match:
            pool.remove(match)
            chosen.append(match)
    return chosen


ALL_SPEAKERS = [(delegate(code), code) for code in STATES] + [(user, code) for code, users in MEMBERS_OF.items()
                                                               for user in users]


def weekdays(days):
    return max(2, round(days * 5 / 7))


class Thread:
    def __init__(self, spec, clock=None, count=None):
        self.spec = spec
        self.posts = []
        self.count = 0
        self.positions = {}  # State -> key
        self.clock = clock or Clock(weekdays(spec['frm']) + 1, weekdays(spec['to']), count or 10, rng)

    def key(self):
        self.count += 1
        return '%s-%d' % (self.spec['key'], self.count)

    def gq(self, post):
        if self.spec.get('gqs'):
            post['guidingQuestion'] = rng.randrange(len(self.spec['gqs']))
        return post

    def add(self, post, when):
        post['key'] = self.key()
        post['at'] = when
        self.posts.append(post)
        return post

    def position(self, code, when, align=None, joint=None):
        lang = STATES[code][0] if code in STATES else 'en'
        theme = self.spec['theme']
        post = dict(by=delegate(code), kind='position', language=lang)
        if joint:
            post['onBehalfOf'] = joint['states']
            post['confirmedBy'] = [delegate(c) for c in joint['confirmed']]
            post['body'] = compose.join(lang, [compose.joint_heading(lang, joint['states']),
                                               compose.theme_sentence(lang, theme), compose.theme_sentence(lang, theme)])
        else:
            post['body'] = compose.position(lang, code, theme, align=bool(align))
        if align:
            post['alignsWith'] = align
        self.positions[code] = self.add(self.gq(post), when)['key']

    def fixed(self, code):
        return self.clock.at(code)

    def speakers(self, stakeholders, not_user=None):
        pool = sorted(STAKEHOLDER_PEOPLE.items()) if stakeholders else ALL_SPEAKERS
        pool = [s for s in pool if s[0] != not_user]
        return rng.sample(pool, min(10, len(pool)))

    def comment(self, stakeholder=False):
        g, (user, org) = self.clock.pick(self.speakers(stakeholder))
        lang = 'en' if stakeholder else STATES[org][0]
        body = compose.comment(lang, self.theme(stakeholder), stakeholder=stakeholder)
        self.add(self.gq(dict(by=user, kind='comment', language=lang, body=body)), self.clock.take(g, org))

    def theme(self, stakeholder):
        if stakeholder and self.spec.get('kind') == 'consultation' and rng.random() < 0.5:
            return 'consultation'
        return self.spec['theme']

    def reply(self, stakeholder=False, parents=None):
        candidates = (parents or []) + self.posts[-12:]
        if not candidates:
            return self.comment(stakeholder)
        parent = rng.choice(candidates)
        g, (user, org) = self.clock.pick(self.speakers(stakeholder, not_user=parent['by']))
        lang = 'en' if stakeholder else STATES[org][0]
        body = compose.reply(lang, self.theme(stakeholder), org_of(parent['by']), stakeholder=stakeholder)
        self.add(dict(by=user, kind='reply', language=lang, parent=parent['key'], body=body), self.clock.take(g, org))

    def right_of_reply(self, author, target_key, target_org):
        lang = STATES[author][0]
        body = compose.right_of_reply(lang, author, target_org, 'law')
        self.add(dict(by=delegate(author), kind='right-of-reply', language=lang, parent=target_key, body=body),
                 self.fixed(author))


def org_of(user):
    if user in ('moderator', 'secretariat', 'chair'):
        return 'chair' if user == 'chair' else 'secretariat'
    if user in STAKEHOLDER_PEOPLE:
        return STAKEHOLDER_PEOPLE[user]
    for member, (_, code) in MEMBERS.items():
        if member == user:
            return code
    if user in GOVERNMENTAL:
        return GOVERNMENTAL[user][1]
    return 'EU' if user == 'delegate-eu' else user.split('-')[1].upper()


def build(spec, existing_positions=(), thread=None, parents=None):
    stakeholders_allowed = spec['audience'] != 'states'
    tokens = ['c'] * spec['comments'] + ['r'] * spec['replies']
    if stakeholders_allowed:
        tokens += ['s'] * spec['stakeholders']
    rng.shuffle(tokens)
    if thread is None:
        thread = Thread(spec, count=spec['positions'] + len(tokens) + 1 + len(spec.get('eu', [])))
        thread.opened = thread.fixed(org_of(spec['by']))
    if spec.get('eu'):
        thread.position('EU', thread.fixed('EU'))
        for code in spec['eu']:
            thread.position(code, thread.fixed(code), align=thread.positions['EU'])
    joints = {j['by']: j for j in spec.get('joints', [])}
    remaining = pick_states(spec['positions'], exclude=set(existing_positions) | set(thread.positions),
                            must=spec.get('must', []) + list(joints), prefer=spec.get('prefer'))
    order = []
    per_position = len(tokens) // max(1, len(remaining))
    for _ in remaining:
        order.append('p')
        for _ in range(per_position):
            if tokens:
                order.append(tokens.pop())
    order += tokens
    rors = {target: author for author, target in spec.get('rors', [])}
    for kind in order:
        if kind == 'p':
            g, code = thread.clock.pick(remaining)
            remaining.remove(code)
            thread.position(code, thread.clock.take(g, code), joint=joints.get(code))
            if code in rors:
                thread.right_of_reply(rors[code], thread.positions[code], code)
        elif kind == 'c':
            thread.comment()
        elif kind == 'r':
            thread.reply(parents=parents)
        elif kind == 's':
            if rng.random() < 0.4:
                thread.reply(stakeholder=True, parents=parents)
            else:
                thread.comment(stakeholder=True)
    return thread


def thread_yaml(spec, thread):
    out = dict(key=spec['key'], topic=spec['topic'], by=spec['by'], kind=spec.get('kind', 'discussion'),
               audience=spec['audience'], title=spec['title'], body=spec['body'],
               language=spec.get('language', 'en'))
    for field, name in [('gqs', 'guidingQuestions'), ('tags', 'tags'), ('closes', 'closesInDays')]:
        if spec.get(field):
            out[name] = spec[field]
    if spec.get('ch'):
        out['chathamHouse'] = True
    out['opened'] = thread.opened
    out['posts'] = thread.posts
    return out


def call_continuation(times):
    """The call for positions on critical infrastructure of dialogue.yaml grows past 300 posts, on the same clock."""
    spec = dict(key='ci', audience='public', theme='ci', gqs=[0, 1, 2], comments=75, replies=125, stakeholders=40,
                positions=60, must=['UKR', 'USA', 'CUB', 'SEN'],
                joints=[dict(by='SEN', states=['SEN', 'CIV', 'CMR', 'TUN'], confirmed=['CIV', 'CMR'])],
                rors=[('CUB', 'USA')])
    existing = ['EU', 'EST', 'DEU', 'POL', 'FRA', 'BRA', 'RUS', 'IDN', 'MWI', 'KEN', 'JPN', 'IND', 'EGY', 'CIV', 'CMR']
    clock = times['norms-critical-infrastructure']['clock']
    thread = Thread(spec, clock=clock)
    parents = [dict(key=key, by=by) for key, by in [('eu', 'delegate-eu'), ('rus', 'delegate-rus'),
                                                     ('joint', 'delegate-bra')]]
    build(spec, existing, thread=thread, parents=parents)
    # Ukraine answers the Russian Federation's position of dialogue.yaml (key "rus"), which answers back
    thread.add(dict(by='delegate-ukr', kind='right-of-reply', language='en', parent='rus',
                    body=compose.right_of_reply('en', 'UKR', 'RUS', 'law')), thread.fixed('UKR'))
    thread.add(dict(by='delegate-rus', kind='right-of-reply', language='ru', parent=thread.positions['UKR'],
                    body=compose.right_of_reply('ru', 'RUS', 'UKR', 'law')), thread.fixed('RUS'))
    return dict(continues='norms-critical-infrastructure', posts=thread.posts)


def main():
    parts = {}
    for spec in T:
        parts.setdefault(spec['part'], []).append(thread_yaml(spec, build(spec)))
    times = dialogue_times(rng)
    header = '# Generated by modules/server/demo-week/generate.py from its sentence banks; edit those, then run it.\n'
    parts['call-critical-infrastructure'] = [call_continuation(times)]
    write('dialogue-times.yaml', header + '# When each thread of demo/dialogue.yaml opened and each of its posts was'
          + ' written, in order: [weekdays before seeding, local time of the writer].\n'
          + yaml.safe_dump(dict(threads={key: dict(opened=t['opened'], posts=t['posts']) for key, t in times.items()}),
                           allow_unicode=True, sort_keys=False, width=120, default_flow_style=None))
    drafts = {'confidence-building': [CBM_DRAFT]}
    names = []
    for name, threads in parts.items():
        body = dict(threads=threads)
        if name in drafts:
            body['drafts'] = drafts[name]
        write(name + '.yaml', header + yaml.safe_dump(body, allow_unicode=True, sort_keys=False, width=120))
        names.append(name + '.yaml')
    write('cast.yaml', header + yaml.safe_dump(cast_yaml(), allow_unicode=True, sort_keys=False, width=120))
    write('parts.yaml', header + '# The parts, in the order they are played: one file per topic or thread.\n'
          + yaml.safe_dump(dict(parts=names), sort_keys=False))
    total = sum(len(t['posts']) for ts in parts.values() for t in ts)
    print('threads', sum(len(ts) for ts in parts.values()), 'posts', total, 'sentences', len(compose.used))


def write(name, text):
    with open(os.path.join(OUT, name), 'w', encoding='utf-8') as f:
        f.write(text)


if __name__ == '__main__':
    main()
