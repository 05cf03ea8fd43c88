"""`rasd ingest`, `rasd events` and `rasd export` end to end, and crash safety under SIGKILL."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from rasd.cli import main
from rasd.store import open_store

PLACES = ["حلب", "إدلب", "دير الزور", "الرقة", "حمص", "درعا", "الحسكة", "حماة"]
NUMBERS = ["ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"]


def report(i: int) -> dict:
    """A short team-written report; each i gives a different text, place and toll."""
    place, number = PLACES[i % len(PLACES)], NUMBERS[(i // len(PLACES)) % len(NUMBERS)]
    text = (f"قُتل {number} مدنيين أمس في قصف مدفعي لقوات النظام على مدينة {place}، بحسب ناشطين. "
            f"(النشرة رقم {i})")
    return {"id": f"r{i}", "text": text, "published": "2019-11-12", "source": f"outlet-{i % 3}",
            "title": f"قصف على {place}"}


def write_jsonl(path: Path, n: int) -> Path:
    path.write_text("".join(json.dumps(report(i), ensure_ascii=False) + "\n" for i in range(n)), encoding="utf-8")
    return path


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_ingest_a_folder_with_a_bad_file_then_again(tmp_path, capsys, db_url):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    write_jsonl(folder / "batch.jsonl", 10)
    (folder / "sub" / "one.txt").write_text(report(50)["text"], encoding="utf-8")
    (folder / "sub" / "bad.txt").write_bytes("قصف على حلب".encode("cp1256"))
    status, out, err = run(capsys, "ingest", str(folder), "--db", db_url, "--no-progress")
    assert status == 1  # one input could not be read
    assert "bad.txt" in err and "UTF-8" in err
    assert "articles: 11 new, 0 skipped (already stored), 1 failed" in out
    with open_store(db_url) as store:
        first = store.counts()
        assert first["documents"] == 11 and first["events"] >= 11
    status, out, _ = run(capsys, "ingest", str(folder), "--db", db_url, "--no-progress")
    assert "articles: 0 new, 11 skipped (already stored), 1 failed; events: 0" in out
    with open_store(db_url) as store:
        assert store.counts() == first


def test_events_and_export_commands(tmp_path, capsys, db_url):
    write_jsonl(tmp_path / "a.jsonl", 16)
    run(capsys, "ingest", str(tmp_path / "a.jsonl"), "--db", db_url, "--no-progress")
    with open_store(db_url) as store:
        incidents = store.incidents()
    aleppo = [i for i in incidents if i.admin1 == "Aleppo"]
    assert aleppo and all(i.country == "Syria" for i in incidents)

    status, out, _ = run(capsys, "events", "--db", db_url, "--admin1", "Aleppo", "--format", "json")
    listed = json.loads(out)
    assert status == 0 and [d["incident_id"] for d in listed] == [i.incident_id for i in aleppo]
    status, out, _ = run(capsys, "events", "--db", db_url, "--format", "table", "--limit", "3")
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["date", "type", "country"] and len(lines) == 4
    status, out, _ = run(capsys, "events", "--db", db_url, "--format", "csv", "--admin1", "aleppo")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["incident_id"] for r in rows] == [i.incident_id for i in aleppo]

    status, out, _ = run(capsys, "export", "--db", db_url, "--format", "acled-csv")
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0][0] == "event_id_cnty" and len(rows[0]) == 31 and len(rows) == len(incidents) + 1
    status, out, _ = run(capsys, "export", "--db", db_url, "--format", "geojson", "--admin1", "Aleppo")
    features = json.loads(out)["features"]
    assert len(features) == len(aleppo) and features[0]["geometry"]["coordinates"][0] == aleppo[0].longitude
    target = tmp_path / "out.parquet"
    assert run(capsys, "export", "--db", db_url, "--format", "parquet", "-o", str(target))[0] == 0
    import pyarrow.parquet as pq

    assert pq.read_table(target).num_rows == len(incidents)
    status, _, err = run(capsys, "export", "--db", db_url, "--format", "parquet")
    assert status == 2 and "--output" in err


def test_ingest_workers_option(tmp_path, capsys):
    articles = write_jsonl(tmp_path / "a.jsonl", 40)
    serial, pipelined = str(tmp_path / "serial.db"), str(tmp_path / "pipelined.db")
    assert run(capsys, "ingest", str(articles), "--db", serial, "--no-progress", "--workers", "0")[0] == 0
    status, out, _ = run(capsys, "ingest", str(articles), "--db", pipelined, "--no-progress", "--workers", "2")
    assert status == 0 and "articles: 40 new, 0 skipped" in out
    assert _consistency(pipelined) == _consistency(serial)
    for bad in ("-1", "two"):
        with pytest.raises(SystemExit):
            main(["ingest", str(articles), "--db", serial, "--workers", bad])
        assert "not a number of processes" in capsys.readouterr().err


def test_bad_filters_are_refused(capsys, tmp_path):
    with pytest.raises(SystemExit):
        main(["events", "--db", str(tmp_path / "x.db"), "--bbox", "1,2,3"])
    assert "MIN_LON" in capsys.readouterr().err


def _consistency(db_url: str) -> tuple[int, list]:
    """Every stored article is whole, every event in an incident; returns (documents, incident snapshot)."""
    with open_store(db_url) as store, store.engine.connect() as conn:
        partial = conn.execute(sa.text(
            "SELECT d.id FROM documents d LEFT JOIN events e ON e.document_id = d.id "
            "GROUP BY d.id, d.n_events HAVING count(e.event_id) <> d.n_events")).all()
        assert partial == []
        orphans = conn.execute(sa.text(
            "SELECT e.event_id FROM events e LEFT JOIN incidents i ON i.incident_id = e.incident_id "
            "WHERE i.incident_id IS NULL")).all()
        assert orphans == []
        empty = conn.execute(sa.text(
            "SELECT i.incident_id FROM incidents i LEFT JOIN events e ON e.incident_id = i.incident_id "
            "WHERE e.event_id IS NULL")).all()
        assert empty == []
        snapshot = sorted(
            (i.incident_id, i.sub_event_type, i.location, i.fatalities, i.fatalities_high, tuple(sorted(i.sources)),
             tuple(sorted(r.event.event_id for r in i.reports)))
            for i in store.incidents(reports=True))
        return store.counts()["documents"], snapshot


def _children(pid: int) -> list[int]:
    """The processes whose parent is ``pid`` (Linux's /proc)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue  # ended meanwhile
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def _running(pid: int) -> bool:
    """Whether ``pid`` is a process that has not ended (a zombie has ended: only its parent's wait is missing)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="finds the worker processes in Linux's /proc")
def test_sigkill_mid_ingest_loses_no_article_and_the_rerun_completes(tmp_path, db_url):
    """`rasd ingest` as it runs by default (extraction in worker processes on a machine of two CPUs or
    more; told so on one), killed mid-ingest: the store holds whole articles and the workers end too."""
    from rasd.store.ingest import default_workers

    articles = write_jsonl(tmp_path / "many.jsonl", 300)
    command = [sys.executable, "-m", "rasd.cli", "ingest", str(articles), "--db", db_url, "--no-progress",
               *([] if default_workers() else ["--workers", "2"])]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    reader = sa.create_engine(open_store(db_url).engine.url)  # reads while the ingest writes
    deadline = time.monotonic() + 120
    stored = 0
    with reader.connect() as conn:
        while stored < 40 and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.05)
            stored = conn.execute(sa.text("SELECT count(*) FROM documents")).scalar_one()
            conn.commit()
    reader.dispose()
    assert proc.poll() is None, f"ingest ended before it could be killed: {proc.stderr.read()!r}"
    workers = _children(proc.pid)
    assert len(workers) == (default_workers() or 2)  # the pipelined ingest it is meant to test
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 60  # not a measure of speed: how long to wait before calling them left over
    while any(map(_running, workers)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not [pid for pid in workers if _running(pid)], "extraction workers outlived the killed ingest"
    killed_at, _ = _consistency(db_url)
    assert 40 <= killed_at < 300  # killed mid-ingest, and what is there is whole

    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert f"{300 - killed_at} new, {killed_at} skipped" in done.stdout
    documents, snapshot = _consistency(db_url)
    assert documents == 300
    # The same articles ingested in one go give exactly the same incidents.
    fresh = str(tmp_path / "fresh.db")
    assert main(["ingest", str(articles), "--db", fresh, "--no-progress"]) == 0
    assert _consistency(fresh) == (300, snapshot)
