"""The ``rasd`` command end to end, and its answers to bad input (one clear line, never a traceback)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from rasd.cli import main
from tests.conftest import EXAMPLES


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_inspect_reports_offsets_into_the_original(capsys: pytest.CaptureFixture[str]) -> None:
    text = "قُتل ١٧ عنصراً أمس، وأصيب أكثر من 23 آخرين."
    code, out, _ = run(["inspect", "--text", text, "--published", "2022-01-22"], capsys)
    assert code == 0
    result = json.loads(out)
    assert set(result) >= {"sentences", "quantities", "dates"}
    assert [q["value"] for q in result["quantities"]] == [17, 23]
    assert [d["date"] for d in result["dates"]] == ["2022-01-21"]
    for item in result["quantities"] + result["dates"]:
        assert text[item["start"] : item["end"]] == item["text"]


def test_inspect_example_article(capsys: pytest.CaptureFixture[str]) -> None:
    path = EXAMPLES / "deir-ez-zor-attack.txt"
    code, out, _ = run(["inspect", str(path), "--published", "2023-03-16"], capsys)
    assert code == 0
    layer = json.loads(out)
    text = path.read_text(encoding="utf-8")
    assert layer["language"] == "ar"
    assert len(layer["sentences"]) == 6
    counts = [(q["text"], q["value"], q["qualifier"], q["counted"])
              for q in layer["quantities"] if q["kind"] == "count"]
    assert counts == [
        ("9", 9, "exact", "عناصر"),
        ("14", 14, "more_than", "آخرين"),
        ("12", 12, "at_least", None),
        ("اثنين", 2, "exact", "مدنيَين"),
        ("عشرات", 10, "vague", "الشبان"),
    ]
    dates = [(d["text"], d["date"], d["precision"]) for d in layer["dates"]]
    assert dates == [
        ("أمس الأربعاء", "2023-03-15", 1),
        ("صباح اليوم", "2023-03-16", 1),
        ("الثلاثاء الماضي", "2023-03-14", 1),
        ("آذار 2019", "2019-03-01", 3),
    ]
    assert ("بلدة الشحيل", "Al-Shuheil", "near", 2) in [
        (p["text"], p["name_en"], p["relation"], p["geo_precision"]) for p in layer["places"]]
    assert {a["actor_id"] for a in layer["actors"]} >= {"sy-sdf", "sy-is"}
    for item in layer["quantities"] + layer["dates"] + layer["places"] + layer["actors"] + layer["triggers"]:
        assert text[item["start"] : item["end"]] == item["text"]


def test_extract_prints_the_event_record(capsys: pytest.CaptureFixture[str]) -> None:
    path = EXAMPLES / "aleppo-shelling.txt"
    code, out, _ = run(["extract", str(path), "--published", "2019-11-12", "--source", "Rasd example"], capsys)
    assert code == 0
    record = json.loads(out)
    assert record["document"]["language"] == "ar"
    assert record["document"]["source"] == "Rasd example"
    assert len(record["document"]["id"]) == 16
    [event] = record["events"]
    assert (event["event_type"], event["sub_event_type"]) == ("Explosions/Remote violence",
                                                              "Shelling/artillery/missile attack")
    assert (event["event_date"], event["location"], event["fatalities"]) == ("2019-11-11", "Al Atārib", 3)


def test_eval_command_scores_a_gold_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = (EXAMPLES / "aleppo-shelling.txt").read_text(encoding="utf-8")
    gold = {"id": "aleppo", "published": "2019-11-12", "text": text, "events": [{
        "id": "e1", "required": True, "event_type": "Explosions/Remote violence",
        "sub_event_type": ["Shelling/artillery/missile attack"], "dates": ["2019-11-11"],
        "location": {"lat": 36.14, "lon": 36.83, "tol_km": 10, "admin1": ["aleppo"]},
        "actors": [["syrian army", "military forces of syria"], ["civilians"]], "fatalities": [3, 3]}],
        "counts": [{"kind": "killed", "value": 3}, {"kind": "injured", "value": 4}]}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(gold, ensure_ascii=False) + "\n", encoding="utf-8")
    code, out, _ = run(["eval", str(path)], capsys)
    assert code == 0
    report = json.loads(out)
    assert (report["precision"], report["recall"]) == (1.0, 1.0)
    assert all(v == 1.0 for v in report["fields"].values())
    assert report["counts_recall"] == 0.5  # 4 injured is not in the article: the scorer must say so
    assert report["per_article"][0]["errors"] == ["count injured 4 not found"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "input is empty"),
        (b"  \n\t \n", "input holds only whitespace"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary data"),
        ("قتل شخصان".encode("cp1256"), "not valid UTF-8"),
        (b"\xd9\x82\xd8\xaa\xd9\x84 \xff\xfe", "not valid UTF-8"),
    ],
)
def test_bad_input_gives_one_clear_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, message: str
) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(content)
    code, out, err = run(["inspect", str(path)], capsys)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("rasd: error: ") and message in err
    assert path.read_bytes() == content  # the input is left as it was


def test_huge_input_is_refused_without_reading_it_all(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes("قتل شخصان في هجوم. ".encode() * (20 * 1024 * 1024 // 30))
    assert path.stat().st_size > 20_000_000
    code, out, err = run(["inspect", str(path)], capsys)
    assert code == 2 and out == ""
    assert err.startswith("rasd: error: input is over the limit") and err.count("\n") == 1


def test_huge_input_within_a_raised_limit_is_processed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes("قتل شخصان في هجوم. ".encode() * 20000)
    code, out, _ = run(["inspect", str(path), "--max-bytes", str(50 * 1024 * 1024), "--compact"], capsys)
    assert code == 0
    assert len(json.loads(out)["sentences"]) == 20000


def test_text_in_another_language_gives_an_empty_result(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["inspect", "--text", "Seventeen fighters were killed on 20 January 2022."], capsys)
    assert code == 0
    result = json.loads(out)
    assert result["language"] == "other"
    assert result["quantities"] == [] and result["dates"] == []
    assert "does not look like Arabic" in err


def test_missing_file(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["inspect", "/nonexistent/article.txt"], capsys)
    assert code == 2 and err == "rasd: error: no such file: /nonexistent/article.txt\n"


def test_bad_published_date_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["inspect", "--text", "قتل", "--published", "22/01/2022"])
    assert exc.value.code == 2
    assert "not a date in the form YYYY-MM-DD" in capsys.readouterr().err


def test_console_script_reads_stdin() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "rasd.cli", "inspect", "--compact"],
        input="قتل ثلاثة مدنيين.".encode(),
        capture_output=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert [q["value"] for q in json.loads(proc.stdout)["quantities"]] == [3]


# Team-written report for the HTML and JSON Lines tests below.
SHELLING = ("قُتل أربعة مدنيين وأصيب ستة آخرون، أمس الأحد، جراء قصف مدفعي لقوات النظام على مدينة معرة النعمان "
            "بريف إدلب الجنوبي، بحسب ما أفاد ناشطون محليون. وقال الناشطون إن القذائف سقطت على حي سكني قرب "
            "السوق الرئيسي في المدينة.")


def test_extract_an_html_page_uses_its_main_text_and_metadata(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.ingest.conftest import page

    path = tmp_path / "page.html"
    path.write_text(page(SHELLING, title="قصف على معرة النعمان", published="2019-11-11T10:00:00+02:00",
                         canonical="https://news.example/maarat"), encoding="utf-8")
    code, out, _ = run(["extract", str(path)], capsys)
    assert code == 0
    record = json.loads(out)
    assert record["document"]["published"] == "2019-11-11"
    assert record["document"]["source"] == "شبكة الأنباء المحلية"
    assert record["document"]["url"] == "https://news.example/maarat"
    [event] = record["events"]
    assert (event["sub_event_type"], event["event_date"], event["fatalities"], event["admin1"]) == (
        "Shelling/artillery/missile attack", "2019-11-10", 4, "Idleb")
    assert "جميع الحقوق محفوظة" not in json.dumps(record, ensure_ascii=False)

    # The command line wins over the page's metadata.
    code, out, _ = run(["extract", str(path), "--published", "2019-11-18", "--source", "مصدر آخر"], capsys)
    record = json.loads(out)
    assert (record["document"]["published"], record["document"]["source"]) == ("2019-11-18", "مصدر آخر")
    assert record["events"][0]["event_date"] == "2019-11-17"  # أمس الأحد

    # inspect reads the same main text.
    code, out, _ = run(["inspect", str(path), "--compact"], capsys)
    assert code == 0 and [q["value"] for q in json.loads(out)["quantities"] if q["kind"] == "count"] == [4, 6]


def test_extract_an_html_page_without_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><head><title>x</title></head><body></body></html>", encoding="utf-8")
    code, out, err = run(["extract", str(path)], capsys)
    assert (code, out) == (2, "")
    assert err == f"rasd: error: {path}: no article text found in the HTML page\n"


@pytest.mark.parametrize("name", ["batch.jsonl", "batch.jsonl.gz"])
def test_extract_json_lines_prints_one_record_a_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    import gzip

    lines = [
        json.dumps({"id": "k1", "text": SHELLING, "published": "2019-11-11", "source": "وكالة محلية"},
                   ensure_ascii=False),
        "{not json",
        "",
        json.dumps({"id": "k3", "text": SHELLING, "published": "11/11/2019"}, ensure_ascii=False),
        json.dumps({"id": "k4", "text": SHELLING}, ensure_ascii=False),
    ]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    path = tmp_path / name
    path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    code, out, err = run(["extract", str(path), "--published", "2019-11-18"], capsys)
    assert code == 1 and err == ""
    records = [json.loads(line) for line in out.splitlines()]
    assert len(records) == 4 and all("\n" not in line for line in out.splitlines())
    first, bad_json, bad_date, last = records
    assert first["document"]["input_id"] == "k1" and first["document"]["origin"] == f"{path}:1"
    assert (first["document"]["published"], first["document"]["source"]) == ("2019-11-11", "وكالة محلية")
    assert first["events"][0]["event_date"] == "2019-11-10" and first["events"][0]["fatalities"] == 4
    assert bad_json == {"document": {"origin": f"{path}:2", "input_id": None}, "events": [],
                        "error": "line is not JSON: Expecting property name enclosed in double quotes at column 2"}
    assert bad_date["document"] == {"origin": f"{path}:4", "input_id": "k3"} and bad_date["events"] == []
    assert bad_date["error"].startswith('bad "published" date: "11/11/2019"')
    # A line without a date takes the command line's.
    assert last["document"]["published"] == "2019-11-18" and last["events"][0]["event_date"] == "2019-11-17"


def test_extract_json_lines_all_good_exits_zero(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "ok.jsonl"
    path.write_text(json.dumps({"id": 1, "text": SHELLING}, ensure_ascii=False) + "\n", encoding="utf-8")
    code, out, _ = run(["extract", str(path)], capsys)
    assert code == 0 and json.loads(out)["document"]["input_id"] == "1"
    code, _, err = run(["extract", str(tmp_path / "absent.jsonl")], capsys)
    assert code == 2 and err == f"rasd: error: no such file: {tmp_path / 'absent.jsonl'}\n"
