"""Schedules a thread's posts: each on a weekday between 10:00 and 17:00 in its writer's time zone, in order.

Times are written as [k, "HH:MM"]: the k-th weekday before the day of seeding, at that local time of the writer
(DemoTimes in the server reads them). The clock here counts minutes of UTC on weekdays only; a post's local day
never goes back within a thread, and two writers are further apart than their clocks drift over a year, so the
order survives summer time and the weekends the server puts back in.
"""
import datetime
import functools
import zoneinfo

from cast import STATES, ZONES_OTHER

REFERENCE = datetime.datetime(2026, 12, 1, 12, 0)
OPENS, CLOSES = 10 * 60, 17 * 60


def zone_of(org):
    return STATES[org][1] if org in STATES else ZONES_OTHER[org]


@functools.lru_cache(maxsize=None)
def drift(zone_a, zone_b):
    """How far apart, over a year, the clocks of two zones move from their distance at the reference (summer time)."""
    a, b = zoneinfo.ZoneInfo(zone_a), zoneinfo.ZoneInfo(zone_b)
    at = REFERENCE.replace(tzinfo=datetime.timezone.utc)
    base = (at.astimezone(a).utcoffset() - at.astimezone(b).utcoffset()).total_seconds() // 60
    worst = 0
    for day in range(0, 366 * 4):
        t = at + datetime.timedelta(hours=6 * day)
        worst = max(worst, abs((t.astimezone(a).utcoffset() - t.astimezone(b).utcoffset()).total_seconds() // 60 - base))
    return int(worst)


def offset(org):
    zone = zoneinfo.ZoneInfo(zone_of(org))
    return int(REFERENCE.replace(tzinfo=zone).utcoffset().total_seconds() // 60)


class Clock:
    """One thread's clock: starts `start` weekdays before seeding and paces its posts to end near `end`."""

    def __init__(self, start, end, count, rng):
        self.start, self.end, self.rng = start, end, rng
        self.step = max(20, (start - end) * 1440 // max(1, count))
        self.now = None
        self.day = -1
        self.zone = None
        self.index = 0

    def local(self, g, org):
        minutes = g + offset(org)
        return minutes // 1440, minutes % 1440

    def available(self, g, org):
        day, minute = self.local(g, org)
        return day >= self.day and OPENS <= minute < CLOSES

    def earliest(self, org, after):
        g = after
        for _ in range(2000):
            if self.available(g, org):
                return g
            g += 10
        raise RuntimeError('no working hours for %s' % org)

    def lower_bound(self, org):
        target = self.index * self.step + self.rng.randint(-self.step // 3, self.step // 3)
        if self.now is None:
            return max(0, target)
        gap = 5 + drift(zone_of(org), self.zone)
        return max(self.now + gap + self.rng.randint(0, 25), target)

    def pick(self, candidates):
        """The candidate (an organization, or a (user, organization) pair) who can write soonest, and when."""
        timed = []
        for candidate in candidates:
            org = candidate[1] if isinstance(candidate, tuple) else candidate
            timed.append((self.earliest(org, self.lower_bound(org)), candidate))
        soonest = min(g for g, _ in timed)
        return self.rng.choice([pair for pair in timed if pair[0] <= soonest + 30])

    def take(self, g, org):
        """Writes at g for org: the time as [k, 'HH:MM']."""
        day, minute = self.local(g, org)
        self.now, self.day, self.zone = g, day, zone_of(org)
        self.index += 1
        k = self.start - day
        if k < 2:
            raise RuntimeError('the thread runs past two weekdays before seeding (k=%d)' % k)
        return [k, '%02d:%02d' % (minute // 60, minute % 60)]

    def at(self, org):
        g, _ = self.pick([org])
        return self.take(g, org)
