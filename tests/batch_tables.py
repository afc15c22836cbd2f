"""Reading the batch sinks back in tests: table rows, and records rebuilt from them."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select

from meetingparse import MeetingRecord
from meetingparse.batch.schema import metadata


def sql_tables(engine: Engine) -> dict[str, list[dict[str, Any]]]:
    """Every table's rows, ordered by id."""
    with engine.connect() as connection:
        return {name: [dict(row._mapping) for row in connection.execute(select(table).order_by(table.c.id))]
                for name, table in metadata.tables.items()}


def csv_tables(directory: Path) -> dict[str, list[dict[str, str]]]:
    tables = {}
    for name in metadata.tables:
        with (directory / f"{name}.csv").open(encoding="utf-8", newline="") as stream:
            tables[name] = list(csv.DictReader(stream))
    return tables


def as_csv_text(tables: dict[str, list[dict[str, Any]]]) -> dict[str, list[dict[str, str]]]:
    """SQL rows as the CSV sink writes them: dates in ISO, None empty, everything a string."""
    def text(value: Any) -> str:
        if value is None:
            return ""
        return value.isoformat() if hasattr(value, "isoformat") else str(value)
    return {name: [{k: text(v) for k, v in row.items()} for row in rows] for name, rows in tables.items()}


def _grounded(row: dict[str, Any], name: str) -> dict | None:
    if row[name] is None:
        return None
    return {"text": row[name], "start": row[f"{name}_start"], "end": row[f"{name}_end"]}


def _children(rows: list[dict], key: str, owner: int) -> list[dict]:
    return sorted((r for r in rows if r[key] == owner), key=lambda r: r["position"])


LIST_ITEMS = ("participant", "organization", "point")  # the confidences table's items that are not record fields


def _confidences(rows: list[dict], meeting: int) -> dict[str, dict[int, float]]:
    """The meeting's confidences as item -> position -> confidence."""
    found: dict[str, dict[int, float]] = {}
    for row in _children(rows, "meeting_id", meeting):
        found.setdefault(row["item"], {})[row["position"]] = row["confidence"]
    return found


def _scored(items: list[Any], confidences: dict[int, float]) -> list[dict]:
    """``items`` (grounded values or persons) each with the confidence at its position, if any."""
    return [{**item, "confidence": confidences.get(i)} for i, item in enumerate(items)]


def stored_records(tables: dict[str, list[dict[str, Any]]]) -> dict[str, MeetingRecord]:
    """The record of every parsed document, by source, rebuilt from the rows alone."""
    names = {table: {r["id"]: r["name"] for r in tables[table]} for table in ("persons", "organizations")}
    records = {}
    for document in tables["documents"]:
        if document["status"] != "parsed":
            continue
        [meeting] = [m for m in tables["meetings"] if m["document_id"] == document["id"]]
        scores = _confidences(tables["confidences"], meeting["id"])
        people = []
        for p in _children(tables["participations"], "meeting_id", meeting["id"]):
            person = {"name": names["persons"][p["person_id"]],
                      "mentions": [_grounded(m, "text") for m in _children(tables["mentions"], "participation_id", p["id"])],
                      "title": _grounded(p, "title"), "organization": _grounded(p, "organization"),
                      "roles": p["roles"].split(",") if p["roles"] else [],
                      "confidence": scores.get("participant", {}).get(p["position"])}
            people.append((person, p["listed"]))
        chair = names["persons"].get(meeting["chair_id"])
        date = None
        if meeting["date_start"] is not None:
            date = {"start": meeting["date_start"], "end": meeting["date_end"], "time": meeting["date_time"],
                    "part_of_day": meeting["part_of_day"], "text": _grounded(meeting, "date_text")}
        records[document["source"]] = MeetingRecord.model_validate({
            "title": _grounded(meeting, "title"), "kind": meeting["kind"], "date": date,
            "location": _grounded(meeting, "location"), "mode": meeting["mode"],
            "organizer": _grounded(meeting, "organizer"),
            "chair": next((p for p, _ in people if p["name"] == chair), None),
            "participants": [p for p, listed in people if listed],
            "groups": [_grounded(g, "text") for g in _children(tables["attendee_groups"], "meeting_id", meeting["id"])],
            "organizations": _scored([_grounded(o, "text") for o in _children(
                tables["meeting_organizations"], "meeting_id", meeting["id"])], scores.get("organization", {})),
            "speeches": _speeches(tables, meeting["id"], scores.get("point", {})),
            "confidence": {field: by_position[0] for field, by_position in scores.items() if field not in LIST_ITEMS},
        })
    return records


def _speeches(tables: dict[str, list[dict[str, Any]]], meeting: int, confidences: dict[int, float]) -> list[dict]:
    """The meeting's speeches; a point's confidence is at its place among all the meeting's points."""
    speeches = [{"speaker": s["speaker"],
                 "points": [_grounded(p, "text") for p in _children(tables["points"], "speech_id", s["id"])]}
                for s in _children(tables["speeches"], "meeting_id", meeting)]
    scored = iter(_scored([p for s in speeches for p in s["points"]], confidences))
    return [{**s, "points": [next(scored) for _ in s["points"]]} for s in speeches]
