"""Document metadata and page furniture, on real page layouts."""

import json
from pathlib import Path

from newsfacts import Extractor

EX = Extractor()
FIXTURES = Path(__file__).parent / "fixtures" / "dev"


def test_rednet_page_metadata_and_furniture():
    text = json.loads((FIXTURES / "yiyang-minsheng.json").read_text(encoding="utf-8"))["text"]
    doc = EX.extract(text)
    assert doc.title == "民生有温度 幸福有质感 —— 益阳市扎实推动民生可感行动工作纪实"
    assert doc.source == "时刻新闻"
    assert doc.authors == ["饶树芸", "陈麒宇"]
    assert doc.editors == ["岳敬然"]
    assert doc.url == "https://yiyang.rednet.cn/content/646841/83/14053855.html"
    assert any("furniture" in w for w in doc.warnings)
    # nothing after 相关链接 (menus) and no image file name becomes a claim
    menu_start = text.index("相关链接")
    assert all(c.quantity.start < menu_start for c in doc.claims)
    assert "11" not in [c.quantity.surface for c in doc.claims]


def test_reporter_line_and_editor():
    text = json.loads((FIXTURES / "a009.json").read_text(encoding="utf-8"))["text"]
    doc = EX.extract(text)
    assert "王海平" in doc.authors
    assert doc.editors == ["王蒙"]
    assert doc.title.startswith("1-8月江苏外贸同增17.1%")


def test_published_date_line_and_source():
    text = ("县城新增托位200个\n发布时间：2023-11-29 10:20  来源：县融媒体中心\n"
            "本报讯 今年全县新增普惠性托位200个。\n责任编辑：李四\n原文链接：http://x.example/a/1.html\n")
    doc = EX.extract(text)
    assert doc.published == "2023-11-29"
    assert doc.editors == ["李四"]
    assert doc.url == "http://x.example/a/1.html"
    assert doc.title == "县城新增托位200个"
    assert [c.quantity.surface for c in doc.claims] == ["200个", "200个"]


def test_caller_metadata_wins():
    doc = EX.extract("新增托位200个。", doc_id="d1", title="T", source="S", url="http://u", published="2024-01-01")
    assert (doc.doc_id, doc.title, doc.source, doc.url, doc.published) == ("d1", "T", "S", "http://u", "2024-01-01")
