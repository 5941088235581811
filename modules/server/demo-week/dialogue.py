"""Times for the posts of demo/dialogue.yaml, whose writers are fixed: each at its writer's next working moment."""
import csv
import os

import yaml

from clock import Clock

HERE = os.path.dirname(__file__)
DIALOGUE = os.path.join(HERE, '../src/main/resources/demo/dialogue.yaml')
PERSONAS = os.path.join(HERE, '../../dev-idp/src/main/resources/dev-idp/personas.csv')
# weekdays before seeding each thread of dialogue.yaml starts and ends; the call for positions grows in the week
SPANS = {'norms-critical-infrastructure': (30, 3, 330), 'norm-g-assessments': (21, 6, 0), 'ransomware': (18, 4, 0),
         'ihl': (16, 6, 0), 'poc': (28, 14, 0), 'cb-consultation': (9, 2, 0), 'board-guide': (32, 31, 0),
         'annual-report': (20, 19, 0), 'modalities': (17, 3, 0)}


def dialogue_times(rng):
    script = yaml.safe_load(open(DIALOGUE, encoding='utf-8'))
    orgs = {row['username']: row['organization'] for row in csv.DictReader(open(PERSONAS, encoding='utf-8'))}
    orgs.update({member['username']: member['organization'] for member in script['cast']})
    times = {}
    for thread in script['threads']:
        start, end, more = SPANS[thread['key']]
        clock = Clock(start, end, len(thread['posts']) + 1 + more, rng)
        opened = clock.at(orgs[thread['by']])
        posts = [clock.at(orgs[post['by']]) for post in thread['posts']]
        times[thread['key']] = dict(opened=opened, posts=posts, clock=clock)
    return times
