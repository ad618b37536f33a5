"""Reads an .ics file with PyPI `icalendar` (an independent parser) and prints what it found as
JSON: every event's UID, SEQUENCE, SUMMARY, DESCRIPTION, start date and reminders, plus the
longest line in octets. Exits non-zero when the file does not parse."""
import json
import sys

import icalendar

raw = open(sys.argv[1], "rb").read()
lines = raw.split(b"\r\n")
assert lines[-1] == b"", "the file ends with CRLF"
assert all(b"\n" not in l and b"\r" not in l for l in lines), "bare CR or LF"
cal = icalendar.Calendar.from_ical(raw)
events = []
for ev in cal.walk("VEVENT"):
    alarms = [
        {
            "action": str(a.get("ACTION")),
            "trigger_seconds": int(a.decoded("TRIGGER").total_seconds()),
            "description": str(a.get("DESCRIPTION")),
        }
        for a in ev.walk("VALARM")
    ]
    events.append(
        {
            "uid": str(ev.get("UID")),
            "sequence": int(ev.get("SEQUENCE", 0)),
            "summary": str(ev.get("SUMMARY")),
            "description": str(ev.get("DESCRIPTION")),
            "start": ev.decoded("DTSTART").isoformat(),
            "end": ev.decoded("DTEND").isoformat(),
            "transp": str(ev.get("TRANSP")),
            "alarms": alarms,
        }
    )
print(
    json.dumps(
        {
            "name": str(cal.get("X-WR-CALNAME")),
            "method": str(cal.get("METHOD")),
            "max_octets": max(len(l) for l in lines),
            "events": events,
        }
    )
)
