"""Checks the schedule as the server will read it, for seedings on every day of a year: order, hours, past."""
import csv
import datetime
import os
import zoneinfo

import yaml

from clock import zone_of

HERE = os.path.dirname(__file__)
WEEK = os.path.join(HERE, '../src/main/resources/demo/week')
cast = yaml.safe_load(open(os.path.join(WEEK, 'cast.yaml')))
dialogue = yaml.safe_load(open(os.path.join(HERE, '../src/main/resources/demo/dialogue.yaml')))
orgs = {row['username']: row['organization'] for row in csv.DictReader(open(os.path.join(
    HERE, '../../dev-idp/src/main/resources/dev-idp/personas.csv')))}
orgs.update({m['username']: m['organization'] for m in dialogue['cast'] + cast['cast']})


def instant(seeded, at, org):
    k, hhmm = at
    day = seeded.astimezone(datetime.timezone.utc).date()
    while k > 0:
        day -= datetime.timedelta(days=1)
        if day.weekday() < 5:
            k -= 1
    zone = zoneinfo.ZoneInfo(cast['zones'][org])
    h, m = map(int, hhmm.split(':'))
    return datetime.datetime(day.year, day.month, day.day, h, m, tzinfo=zone)


threads = {}
times = yaml.safe_load(open(os.path.join(WEEK, 'dialogue-times.yaml')))['threads']
for t in dialogue['threads']:
    threads[t['key']] = [(p, orgs[p['by']]) for p in t['posts']]
    threads[t['key']] = [(times[t['key']]['posts'][i], org) for i, (p, org) in enumerate(threads[t['key']])]
for f in [os.path.join(WEEK, name) for name in yaml.safe_load(open(os.path.join(WEEK, 'parts.yaml')))['parts']]:
    for t in yaml.safe_load(open(f)).get('threads', []) or []:
        key = t.get('continues') or t['key']
        threads.setdefault(key, [])
        threads[key] += [(p['at'], orgs[p['by']]) for p in t['posts']]
problems = 0
start = datetime.datetime(2026, 1, 1, 0, 30, tzinfo=datetime.timezone.utc)
for hours in range(0, 365 * 24, 7):
    seeded = start + datetime.timedelta(hours=hours)
    for key, posts in threads.items():
        previous = None
        for at, org in posts:
            real = instant(seeded, at, org)
            local = real.astimezone(zoneinfo.ZoneInfo(cast['zones'][org]))
            if previous and real < previous or real > seeded - datetime.timedelta(minutes=10) or local.weekday() > 4 \
                    or not (9 <= local.hour < 18):
                problems += 1
                if problems < 10:
                    print('problem', seeded, key, at, org, real, previous)
            previous = real
print('problems', problems)
