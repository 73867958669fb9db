"""Encoding detection: UTF-8 with/without BOM, GB18030/GBK, Big5, UTF-16, damaged bytes, binary."""

import pytest

from newsfacts.io.encodings import BinaryInput, decode_bytes, detect_encoding

SIMPLIFIED = "今年以来，全市新增普惠性托位1365个，比去年增长百分之十二，惠及12.57万家长。"
TRADITIONAL = "香港政府今年共興建一千二百五十間學校，投資3.5億元，惠及12.57萬家長。"


@pytest.mark.parametrize(
    "text, encoding",
    [
        (SIMPLIFIED, "utf-8"),
        (SIMPLIFIED, "utf-8-sig"),
        (SIMPLIFIED, "gbk"),
        (SIMPLIFIED, "gb18030"),
        (TRADITIONAL, "big5"),
        (TRADITIONAL, "utf-16"),
        (SIMPLIFIED, "utf-16"),
        (TRADITIONAL, "utf-8"),
    ],
)
def test_round_trip(text, encoding):
    decoded, warnings = decode_bytes(text.encode(encoding))
    assert decoded == text
    assert not any("replaced" in w for w in warnings)


def test_gbk_is_read_as_gb18030_and_noted():
    decoded, warnings = decode_bytes(SIMPLIFIED.encode("gbk"))
    assert decoded == SIMPLIFIED
    assert warnings == ["encoding detected as gb18030"]


def test_utf8_needs_no_warning():
    assert decode_bytes(SIMPLIFIED.encode("utf-8")) == (SIMPLIFIED, [])
    assert decode_bytes(SIMPLIFIED.encode("utf-8-sig")) == (SIMPLIFIED, [])


def test_utf16_without_bom():
    assert decode_bytes(SIMPLIFIED.encode("utf-16-le"))[0] == SIMPLIFIED
    assert decode_bytes(SIMPLIFIED.encode("utf-16-be"))[0] == SIMPLIFIED


def test_damaged_gbk_is_replaced_with_a_warning():
    data = "全市新增".encode("gbk") + b"\xff\xff" + "托位1365个，比去年增长百分之十二。".encode("gbk")
    decoded, warnings = decode_bytes(data)
    assert decoded.startswith("全市新增") and decoded.endswith("托位1365个，比去年增长百分之十二。")
    assert "\ufffd" in decoded
    assert any("replaced by U+FFFD" in w and "gb18030" in w for w in warnings)


def test_damaged_utf8_is_replaced_with_a_warning():
    decoded, warnings = decode_bytes("全市新增".encode() + b"\xff" + "托位".encode())
    assert decoded == "全市新增\ufffd托位"
    assert warnings == ["input was not valid utf-8: 1 undecodable byte sequence(s) replaced by U+FFFD"]


def test_utf8_cut_at_the_end_of_the_sample_is_still_utf8():
    data = SIMPLIFIED.encode("utf-8")
    assert detect_encoding(data[:-1]) == "utf-8"


def test_declared_charset_is_used_when_it_fits():
    assert detect_encoding(SIMPLIFIED.encode("gbk"), declared="GB2312") == "gb18030"


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
        bytes(range(256)) * 8,
        b"\x00\x01\x02\x03\x04\x05" * 100,
    ],
)
def test_binary_is_refused(data):
    with pytest.raises(BinaryInput):
        decode_bytes(data)
