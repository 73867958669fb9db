"""Readers: every format, fields, errors that fail one member only, and the safety limits."""

import gzip
import io
import json
import os
import random
import tarfile
import zipfile

import pytest

from newsfacts.io.limits import Limits
from newsfacts.io.readers import Fields, ReadError, Reader, SourceDoc, format_of, read_inputs

A = "今年以来，全市新增普惠性托位1365个，比去年增长百分之十二。"
B = "全市累计投资3.5亿元，建成40个社区养老服务中心。"
C = "香港政府今年共興建一千二百五十間學校，投資3.5億元。"

PAGE = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="{charset}"><title>益阳市新增普惠性托位1365个_新闻中心</title>
<meta property="og:site_name" content="益阳日报">
<meta property="article:published_time" content="2023-11-29T08:00:00+08:00">
<script>var nav = "导航脚本 999999个";</script>
</head><body>
<div class="header"><nav><ul><li><a href="/">首页</a></li><li><a href="/news">新闻中心</a></li>
<li><a href="/gov">政务公开</a></li><li><a href="/about">联系我们</a></li></ul></nav></div>
<div class="breadcrumb">当前位置: <a href="/">首页</a> &gt; <a href="/news">新闻</a></div>
<article><h1>益阳市新增普惠性托位1365个</h1>
<p>今年以来，全市新增普惠性托位1365个，比去年增长百分之十二，惠及12.57万家长。市卫健委有关负责人介绍，全市共对2580户特殊困难老年人家庭完成适老化改造。</p>
<p>截至目前，全市累计投资3.5亿元，建成40个社区养老服务中心，覆盖中心城区和各县市区的主要街道与乡镇。</p>
<p>下一步，益阳市将继续推进民生实事项目，力争到2025年新增托位2000个以上，让更多家庭受益。</p>
</article>
<!-- 注释里的数字 777777个 -->
<script type="text/javascript">document.write("脚本里的 888888个");</script>
<div class="footer"><a href="/sitemap">网站地图</a> | 版权所有 益阳日报社</div>
</body></html>
"""


def page(charset="utf-8"):
    return PAGE.format(charset=charset).encode("gbk" if charset == "gbk" else charset)


def items(*paths, **options):
    return list(read_inputs([str(p) for p in paths], **options))


def texts(result, limits=Limits()):
    out = []
    for item in result:
        if isinstance(item, SourceDoc):
            out.append(item.materialize(limits)[0])
        else:
            out.append(item)
    return out


def kinds(result):
    return ["doc" if isinstance(i, SourceDoc) else i.type for i in result]


def write(path, data):
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


# -------------------------------------------------------------- plain files


def test_format_of():
    assert [format_of(n) for n in ("a.TXT", "b.md", "c.htm", "d.jsonl", "e.json", "f.tsv", "g.warc.gz",
                                   "h.tar.gz", "i.tgz", "j.zip", "k.jsonl.gz", "l.bin")] == [
        "txt", "md", "html", "jsonl", "json", "tsv", "warc", "tar", "tar", "zip", "gz", None]


def test_txt_encodings_and_ids(tmp_path):
    write(tmp_path / "u.txt", A)
    write(tmp_path / "g.txt", A.encode("gbk"))
    write(tmp_path / "b.txt", C.encode("big5"))
    write(tmp_path / "w.md", A.encode("utf-16"))
    got = items(tmp_path / "u.txt", tmp_path / "g.txt", tmp_path / "b.txt", tmp_path / "w.md")
    assert [i.doc_id for i in got] == ["u", "g", "b", "w"]
    assert texts(got) == [A, A, C, A]
    warnings = [i.materialize()[2] for i in got]
    assert warnings[0] == [] and warnings[1] == ["encoding detected as gb18030"]
    assert warnings[2] == ["encoding detected as big5"]


def test_empty_and_binary_files_are_error_records(tmp_path):
    write(tmp_path / "empty.txt", b"")
    write(tmp_path / "blank.txt", b"  \n\n")
    write(tmp_path / "photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 16)
    got = items(tmp_path / "empty.txt", tmp_path / "blank.txt", tmp_path / "photo.jpg")
    assert kinds(got) == ["EmptyInput", "EmptyInput", "doc"]
    from newsfacts.io.encodings import BinaryInput

    with pytest.raises(BinaryInput):
        got[2].materialize()


def test_missing_file_is_an_error_record(tmp_path):
    got = items(tmp_path / "nope.txt")
    assert kinds(got) == ["FileNotFoundError"]


def test_html_main_text_without_navigation_scripts_or_comments(tmp_path):
    write(tmp_path / "p.html", page("gbk"))
    (doc,) = items(tmp_path / "p.html")
    text, meta, warnings = doc.materialize()
    assert "全市新增普惠性托位1365个" in text and "力争到2025年新增托位2000个以上" in text
    for junk in ("首页", "政务公开", "联系我们", "999999", "777777", "888888", "版权所有", "网站地图"):
        assert junk not in text
    assert meta["title"] == "益阳市新增普惠性托位1365个"
    assert meta["published"] == "2023-11-29"
    assert meta["source"] == "益阳日报"
    assert "encoding detected as gb18030" in warnings


def test_html_entities_are_never_expanded(tmp_path):
    bomb = (
        '<?xml version="1.0"?>\n<!DOCTYPE html [\n<!ENTITY a "AAAAAAAAAA">\n'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">\n<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">\n'
        '<!ENTITY ext SYSTEM "file:///etc/passwd">\n]>\n'
        "<html><body><article><p>" + A * 5 + "&c;&ext;</p><p>" + B * 5 + "</p></article></body></html>"
    )
    write(tmp_path / "x.html", bomb)
    (doc,) = items(tmp_path / "x.html")
    text = doc.materialize()[0]
    assert A in text and B in text
    assert "AAAAAAAAAA" not in text and "root:" not in text


# -------------------------------------------------------------- records


def test_jsonl_fields_defaults_and_broken_line(tmp_path):
    lines = [
        json.dumps({"id": "n1", "title": "标题一", "content": A, "time": "2023-11-29"}, ensure_ascii=False),
        "{broken json",
        "",
        json.dumps({"text": B, "date": "2023-11-30", "url": "http://x/2"}, ensure_ascii=False),
        json.dumps({"title": "no text"}),
        json.dumps([1, 2]),
    ]
    write(tmp_path / "news.jsonl", "\n".join(lines) + "\n")
    got = items(tmp_path / "news.jsonl")
    assert kinds(got) == ["doc", "JSONDecodeError", "doc", "MissingText", "MissingText"]
    first, bad, second = got[0], got[1], got[2]
    assert (first.doc_id, first.title, first.published, first.text) == ("n1", "标题一", "2023-11-29", A)
    assert (second.doc_id, second.published, second.url, second.text) == ("news:4", "2023-11-30", "http://x/2", B)
    assert bad.origin.endswith("news.jsonl:2") and bad.doc_id == "news:2"
    assert got[3].origin.endswith(":5")


def test_jsonl_custom_fields_and_gbk(tmp_path):
    rec = {"art": {"body": A}, "key": 7, "head": "H", "when": "2023"}
    write(tmp_path / "n.jsonl", (json.dumps(rec, ensure_ascii=False) + "\n").encode("gbk"))
    fields = Fields.from_options(text="art.body", id="key", title="head", date="when")
    (doc,) = items(tmp_path / "n.jsonl", fields=fields)
    assert (doc.text, doc.doc_id, doc.title, doc.published) == (A, "7", "H", "2023")


def test_jsonl_html_content_goes_through_the_html_reader(tmp_path):
    rec = {"content": "<div><p>" + A + "</p><p>" + B + "</p><script>x=1</script></div>"}
    write(tmp_path / "n.jsonl", json.dumps(rec, ensure_ascii=False) + "\n")
    (doc,) = items(tmp_path / "n.jsonl")
    assert doc.kind == "html"
    text = doc.materialize()[0]
    assert A in text and "x=1" not in text


def test_jsonl_overlong_line_fails_that_line_only(tmp_path):
    long = json.dumps({"content": "数" * 5000})
    write(tmp_path / "n.jsonl", "\n".join([json.dumps({"content": A}, ensure_ascii=False), long,
                                         json.dumps({"content": B}, ensure_ascii=False)]) + "\n")
    got = items(tmp_path / "n.jsonl", limits=Limits(max_line_bytes=1000))
    assert kinds(got) == ["doc", "DocumentTooLarge", "doc"]
    assert texts(got)[2] == B


def test_json_array_and_object(tmp_path):
    write(tmp_path / "arr.json", json.dumps([{"content": A}, {"content": B}], ensure_ascii=False))
    write(tmp_path / "obj.json", json.dumps({"data": [{"text": C}]}, ensure_ascii=False))
    write(tmp_path / "one.json", json.dumps({"content": A, "id": "x"}, ensure_ascii=False))
    got = items(tmp_path / "arr.json", tmp_path / "obj.json", tmp_path / "one.json")
    assert texts(got) == [A, B, C, A]
    assert [g.doc_id for g in got] == ["arr:1", "arr:2", "obj:1", "x"]


def test_csv_and_tsv(tmp_path):
    write(tmp_path / "n.csv", ('id,title,content,date\n1,t1,"' + A + '",2023-01-01\n2,t2,"' + B + ',\n多行",\n').encode("gbk"))
    write(tmp_path / "n.tsv", "text\ttitle\n" + C + "\tT\n")
    got = items(tmp_path / "n.csv", tmp_path / "n.tsv")
    assert texts(got) == [A, B + ",\n多行", C]
    assert [(g.doc_id, g.title, g.published) for g in got] == [
        ("1", "t1", "2023-01-01"), ("2", "t2", None), ("n:1", "T", None)]


# -------------------------------------------------------------- archives


def _zip(path, members):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members:
            zf.writestr(name, data)
    return path


def test_directory_walk_sorted_recursive_with_glob(tmp_path):
    root = tmp_path / "root"
    (root / "b" / "c").mkdir(parents=True)
    write(root / "z.txt", A)
    write(root / "b" / "c" / "deep.txt", B)
    write(root / "b" / "a.html", page())
    write(root / "notes.bin", b"\x00\x01")
    write(root / ".hidden.txt", A)
    got = items(root)
    assert [g.doc_id for g in got] == ["b/a", "b/c/deep", "z"]
    assert Reader([str(root)]).total() == 3
    got = items(root, glob="*.txt")
    assert [g.doc_id for g in got] == ["b/c/deep", "z"]


def test_zip_members_in_memory_and_a_corrupt_member_fails_alone(tmp_path):
    path = _zip(tmp_path / "a.zip", [("one.txt", A), ("../../evil.txt", B), ("dir/two.html", page()),
                                     ("skip.bin", b"\x00"), ("three.txt", C.encode("big5"))])
    # corrupt the compressed bytes of "one.txt" (the first member): its CRC check fails
    raw = bytearray(path.read_bytes())
    start = raw.index(b"one.txt") + len(b"one.txt")
    for i in range(start + 2, start + 8):
        raw[i] ^= 0xFF
    path.write_bytes(bytes(raw))
    before = set(os.listdir(tmp_path)) | set(os.listdir(tmp_path.parent))
    got = items(path)
    assert len(got) == 4
    assert isinstance(got[0], ReadError) and got[0].origin.endswith("a.zip!one.txt")
    assert [g.doc_id for g in got[1:]] == ["../../evil", "dir/two", "three"]
    assert texts(got[1:2]) == [B] and texts(got[3:]) == [C]
    assert set(os.listdir(tmp_path)) | set(os.listdir(tmp_path.parent)) == before  # nothing unpacked
    assert [g.doc_id for g in items(path, glob="*.html")] == ["dir/two"]


def test_zip_bomb_and_member_count_limits(tmp_path):
    zeros = b"0" * 2_000_000  # compresses to a few KB
    path = _zip(tmp_path / "bomb.zip", [("a.txt", A), ("big.txt", zeros), ("b.txt", B), ("c.txt", C), ("d.txt", A)])
    got = items(path, limits=Limits(max_member_bytes=100_000, max_members=3))
    assert kinds(got) == ["doc", "DecompressedTooLarge", "doc", "TooManyMembers"]
    got = items(path, limits=Limits(max_archive_bytes=1_000_000))
    assert kinds(got) == ["doc", "DecompressedTooLarge", "DecompressedTooLarge", "DecompressedTooLarge",
                          "DecompressedTooLarge"]


def test_nested_zip_and_depth_limit(tmp_path):
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as zf:
        zf.writestr("in.txt", A)
    path = _zip(tmp_path / "outer.zip", [("inner.zip", inner.getvalue()), ("b.txt", B)])
    got = items(path)
    assert [g.origin.rsplit("/", 1)[-1] for g in got] == ["outer.zip!inner.zip!in.txt", "outer.zip!b.txt"]
    got = items(path, limits=Limits(max_depth=0))
    assert kinds(got) == ["UnsupportedInput", "doc"]


def test_not_a_zip(tmp_path):
    write(tmp_path / "fake.zip", b"this is not a zip file")
    assert kinds(items(tmp_path / "fake.zip")) == ["BadZipFile"]


def _tar(path, members):
    with tarfile.open(path, "w:gz") as tf:
        for name, data in members:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
        link = tarfile.TarInfo("link.txt")
        link.type = tarfile.SYMTYPE
        link.linkname = "/etc/passwd"
        tf.addfile(link)
    return path


def test_tar_gz_and_truncation(tmp_path):
    big = ("正文" * 20000).encode()  # incompressible enough to span the cut below
    members = [("a.txt", A.encode()), ("n.jsonl", (json.dumps({"content": B}, ensure_ascii=False) + "\n").encode()),
               ("c.txt", C.encode("big5"))]
    path = _tar(tmp_path / "a.tar.gz", members)
    got = items(path)
    assert texts(got) == [A, B, C]
    assert [g.doc_id for g in got] == ["a", "n:1", "c"]
    full = _tar(tmp_path / "t.tar.gz", [("a.txt", A.encode()), ("b.txt", random.Random(290).randbytes(300_000)), ("c.txt", big)])
    data = full.read_bytes()
    write(tmp_path / "cut.tar.gz", data[: len(data) // 2])
    got = items(tmp_path / "cut.tar.gz")
    # a.txt is whole; b.txt is cut (its own record); the unread rest is one more record
    assert kinds(got) == ["doc", "EOFError", "EOFError"]  # the gzip stream ends early
    assert got[1].origin.endswith("cut.tar.gz!b.txt")
    assert got[2].origin.endswith("cut.tar.gz") and "rest of this input is lost" in got[2].message


def test_gz_single_and_truncated_jsonl(tmp_path):
    write(tmp_path / "a.txt.gz", gzip.compress(A.encode("gbk")))
    assert texts(items(tmp_path / "a.txt.gz")) == [A]
    lines = "".join(json.dumps({"content": f"第{i}条：新增托位{i}个。" + "内容" * 200}, ensure_ascii=False) + "\n"
                    for i in range(200))
    data = gzip.compress(lines.encode())
    write(tmp_path / "cut.jsonl.gz", data[: len(data) * 2 // 3])
    got = items(tmp_path / "cut.jsonl.gz")
    assert 1 <= len(got) - 1 < 200
    assert all(isinstance(g, SourceDoc) for g in got[:-1])
    assert got[-1].type == "EOFError"
    assert [g.doc_id for g in got[:-1]] == [f"cut:{i + 1}" for i in range(len(got) - 1)]
    write(tmp_path / "bad.txt.gz", b"\x1f\x8b\x08\x00garbage")
    assert len(items(tmp_path / "bad.txt.gz")) == 1


def test_gzip_bomb(tmp_path):
    write(tmp_path / "bomb.jsonl.gz", gzip.compress(b" " * 5_000_000 + b"\n"))
    got = items(tmp_path / "bomb.jsonl.gz", limits=Limits(max_archive_bytes=1_000_000, max_line_bytes=10_000_000))
    assert kinds(got) == ["DecompressedTooLarge"]
    write(tmp_path / "bomb.txt.gz", gzip.compress(b"a" * 5_000_000))
    assert kinds(items(tmp_path / "bomb.txt.gz", limits=Limits(max_member_bytes=1_000_000))) == ["DocumentTooLarge"]


def _warc(path, pages):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=str(path).endswith(".gz"))
        for url, ctype, status, body in pages:
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          http_headers=headers))
        writer.write_record(writer.create_warc_record("http://x/meta", "metadata", payload=io.BytesIO(b"k: v")))
    return path


def test_warc_html_responses_only(tmp_path):
    pages = [
        ("http://news.example/1", "text/html; charset=gbk", "200 OK", page("gbk")),
        ("http://news.example/robots.txt", "text/plain", "200 OK", b"User-agent: *"),
        ("http://news.example/404", "text/html", "404 Not Found", b"<html>gone</html>"),
        ("http://news.example/2", "text/html", "200 OK", ("<html><body><article><p>" + B * 4 + "</p></article></body></html>").encode()),
    ]
    for name in ("c.warc", "c.warc.gz"):
        got = items(_warc(tmp_path / name, pages))
        assert [g.url for g in got] == ["http://news.example/1", "http://news.example/2"]
        text, meta, _ = got[0].materialize()
        assert "全市新增普惠性托位1365个" in text and meta["url"] == "http://news.example/1"
        assert B in got[1].materialize()[0]


@pytest.mark.parametrize("name", ["c.warc", "c.warc.gz"])
def test_warc_cut_anywhere_inside_a_record_is_an_error(tmp_path, name):
    # a cut inside a record's header or content (not only at a lucky place) must give an
    # error record, never a page that silently disappears
    pages = [(f"http://n/{i}", "text/html", "200 OK",
              ("<html><body><article><p>" + A * 3 + f"第{i}篇" + "</p></article></body></html>").encode()
              + random.Random(i).randbytes(1500)) for i in range(4)]
    data = _warc(tmp_path / name, pages).read_bytes()
    marker = b"\x1f\x8b\x08" if name.endswith(".gz") else b"WARC/1.0"
    starts = [i for i in range(len(data)) if data.startswith(marker, i)]
    first, nxt = starts[2], starts[3]
    # the end of a record can go missing with nothing lost: a gzip member's last deflate bytes,
    # CRC and size; a plain record's separator
    trailer = 32 if name.endswith(".gz") else 4
    for cut in range(first + 1, nxt - trailer):  # every position: a cut inside a header is rare
        write(tmp_path / ("cut" + name), data[:cut])
        got = items(tmp_path / ("cut" + name))
        docs = [g for g in got if isinstance(g, SourceDoc)]
        errors = [g for g in got if isinstance(g, ReadError)]
        assert len(docs) == 2 and len(errors) >= 1, (cut - first, got)


@pytest.mark.parametrize("name", ["c.warc", "c.warc.gz"])
@pytest.mark.parametrize("share", [0.5, 0.55, 0.6, 0.75])
def test_truncated_warc_keeps_what_was_read(tmp_path, name, share):
    pages = [(f"http://n/{i}", "text/html", "200 OK",
              ("<html><body><article><p>" + A * 3 + f"第{i}篇" + "</p></article></body></html>").encode()
              + random.Random(i).randbytes(2000)) for i in range(6)]
    data = _warc(tmp_path / name, pages).read_bytes()
    cut = int(len(data) * share)
    # record ids and dates vary, so a cut can land exactly between two records, where the
    # file is merely shorter; move it inside a record so there is something truncated
    while data.startswith(b"\x1f\x8b\x08", cut) or data.startswith(b"WARC/", cut) or data[cut - 4:cut] == b"\r\n\r\n":
        cut -= 7
    write(tmp_path / ("cut" + name), data[:cut])
    got = items(tmp_path / ("cut" + name))
    docs = [g for g in got if isinstance(g, SourceDoc)]
    assert 2 <= len(docs) < 6
    assert [d.url for d in docs] == [f"http://n/{i}" for i in range(len(docs))]
    assert got[: len(docs)] == docs  # whole pages first, in order
    errors = got[len(docs):]
    assert 1 <= len(errors) <= 2 and all(isinstance(e, ReadError) for e in errors)
    assert len(docs) + len(errors) <= 6


def test_forced_format(tmp_path):
    write(tmp_path / "dump.data", json.dumps({"content": A}, ensure_ascii=False) + "\n")
    assert texts(items(tmp_path / "dump.data", format="jsonl")) == [A]
    with pytest.raises(ValueError):
        Reader([str(tmp_path)], format="docx")
