"""Claims' times resolved to calendar periods (spec §2, Claim.period), as tables of real
sentences with their article dates."""

import json

import pytest

import newsfacts
from newsfacts import Extractor
from newsfacts.io.flat import flatten_document


@pytest.fixture(scope="module")
def ex():
    return Extractor()


def periods(ex, text, published=None):
    """(surface, period, reference_period) of each claim, periods as 'start…end anchor'."""
    doc = ex.extract(text, published=published)
    show = lambda p: None if p is None else f"{p.start}…{p.end} {p.anchor}"  # noqa: E731
    return {c.quantity.surface: (show(c.period), show(c.reference_period)) for c in doc.claims}


# (text, article date, surface, period, reference period)
TABLE = [
    # a year and months written together; 同比 → the same months a year earlier
    ("2023年1-10月，全市实现地区生产总值1000亿元，同比增长5.2%。", None,
     "5.2%", "2023-01-01…2023-10-31 text", "2022-01-01…2022-10-31 text"),
    ("2023年1-10月，全市实现地区生产总值1000亿元，同比增长5.2%。", None,
     "1000亿元", "2023-01-01…2023-10-31 text", None),
    # an undated release: the year of a part of a year in its lead dates its other parts
    ("根据统一核算结果,2024年前三季度全县生产总值58亿元。\n前三季度,全县商品房销售面积17355平方米。", None,
     "17355平方米", "2024-01-01…2024-09-30 document", None),
    # relative to the article's date
    ("今年以来，全市新增城镇就业3.2万人。", "2023-11-05", "3.2万人", "2023-01-01…2023-11-05 published", None),
    ("截至9月底，全市累计发放第三代社保卡12.67万张。", "2023-10-20", "12.67万张", "2023-01-01…2023-09-30 published", None),
    ("上半年，全县完成固定资产投资45.6亿元。", "2024-07-18", "45.6亿元", "2024-01-01…2024-06-30 published", None),
    ("前三季度，全省农村居民人均可支配收入15386元。", "2022-10-25", "15386元", "2022-01-01…2022-09-30 published", None),
    ("去年，全市接待游客3200万人次。", "2019-02-01", "3200万人次", "2018-01-01…2018-12-31 published", None),
    ("3月末，全县本外币存款余额440.95亿元，增长6.4%。", "2025-05-22", "440.95亿元", "2025-01-01…2025-03-31 published", None),
    ("近五年，全市累计新增就业18.6万人。", "2023-03-01", "18.6万人", "2018-01-01…2022-12-31 published", None),
    ("今后五年，地区生产总值突破3000亿元。", "2017-04-22", "突破3000亿元", "2017-01-01…2021-12-31 published", None),
    # plans and targets written with their years
    ("“十四五”期间，全省计划新建改扩建学校200所。", "2022-01-10", "200所", "2021-01-01…2025-12-31 text", None),
    ("到2025年，全市建成5G基站3万个。", "2023-05-01", "3万个", "2025-01-01…2025-12-31 text", None),
    ("2023—2025年，每年新增托位1000个。", "2023-02-01", "1000个", "2023-01-01…2025-12-31 text", None),
    # Hong Kong fiscal years run from April; Taiwan writes ROC years (traditional script)
    ("政府在2024至25年度的經常開支預算為5,500億元。", "2024-02-28", "5,500億元", "2024-04-01…2025-03-31 text", None),
    ("民國112年全年出口總值達4,324億美元。", "2024-01-09", "4,324億美元", "2023-01-01…2023-12-31 text", None),
    # 一一四年 (gold g1120, Chinese digits one by one): an ROC year with no era word and no date
    ("帶旺臺灣一一四年全年外銷訂單金額達七四三七·三億美元。", None, "七四三七·三億美元", "2025-01-01…2025-12-31 text", None),
    ("行政院主計總處統計，113年1至9月出口總額達3,500億美元，較112年同期增加10.5%。", "2024-10-20",
     "10.5%", "2024-01-01…2024-09-30 document", "2023-01-01…2023-09-30 document"),
    # a date line that disagrees with a date in the text: the text's own year wins
    ("2022年全县粮食总产量46695吨。", "2023-03-21", "46695吨", "2022-01-01…2022-12-31 text", None),
    # the compared amount is in the compared period, and has no base of its own
    ("全年一般公共预算支出537347万元，较上年508794万元增长5.6%。", "2024-01-15",
     "508794万元", "2023-01-01…2023-12-31 published", None),
    ("全年一般公共预算支出537347万元，较上年508794万元增长5.6%。", "2024-01-15",
     "5.6%", "2024-01-01…2024-12-31 published", "2023-01-01…2023-12-31 published"),
    # a comparison with a named year
    ("全市旅游收入比2019年增长12.3%。", "2023-12-01", "12.3%", None, None),
    # a project's lifetime total has no period of its own, though its sentence names a year
    ("2018年计划投资15.65亿元的穆家沟水库工程项目，总投资5.88亿元。", "2018-03-30", "5.88亿元", None, None),
    ("2018年计划投资15.65亿元的穆家沟水库工程项目，总投资5.88亿元。", "2018-03-30",
     "15.65亿元", "2018-01-01…2018-12-31 text", None),
    # 全年 in 完成全年任务 is part of a noun: the amount is in the earlier 截至三季度末
    ("截至三季度末，其中24个事项已提前完成全年任务，9个事项超序时进度。", "2025-10-20",
     "9个", "2025-01-01…2025-09-30 published", None),
    # Hong Kong years written in Chinese digits with ○, and slashed fiscal years; Macau's 首3季
    ("二○二四至二五年度的整體開支為7,532億港元。", "2025-04-30", "7,532億港元", "2024-04-01…2025-03-31 text", None),
    ("香港二零一九/二零年度的总收入预计为六千二百六十一亿港元。", "2019-02-27",
     "六千二百六十一亿港元", "2019-04-01…2020-03-31 text", None),
    ("2023年首3季本地生產總值按年實質增長77.7%。", None, "77.7%",
     "2023-01-01…2023-09-30 text", "2022-01-01…2022-09-30 text"),
    # 前 of 先前 (before) and 以前 (earlier years): no first months, no year before last (gold g482, g209)
    ("本年收入86,928萬元,加以前年度結余18,744萬元。", "2024-06-30", "18,744萬元", "2024-01-01…2024-12-31 document", None),
    # 截至目前: the year to the article's day, as 截至9月底 (gold g509 and 43 claims before it)
    ("截至目前,全市完成投资44.1亿元。", "2013-08-10", "44.1亿元", "2013-01-01…2013-08-10 published", None),
    # the 一月 inside 十一月 is no month of its own (gold g482)
    ("按商店類別分析,二零一三年十一月與二零一二年十一月比較,珠寶首飾的銷貨數量上升13.3%。", "2014-01-02", "13.3%",
     "2013-11-01…2013-11-30 document", "2012-11-01…2012-11-30 document"),
    # compared with an earlier period of the same year: that period is the base
    ("1-9月，全市规模以上工业增加值同比增长2.3%。中型企业增长8.0%，较1-8月提高1.2个百分点。", "2020-10-28",
     "1.2个百分点", "2020-01-01…2020-09-30 published", "2020-01-01…2020-08-31 published"),
    # …and the amount before it is in the line's own 1-9月 (never the 9月 inside it)
    ("1-9月，全市规模以上工业增加值同比增长2.3%。中型企业增长8.0%，较1-8月提高1.2个百分点。", "2020-10-28",
     "8.0%", "2020-01-01…2020-09-30 published", "2019-01-01…2019-09-30 published"),
    # 同期 after 较去年 is the compared time, not the amount's: the sentence's 首十个月 is
    ("今年首十個月入境旅客總數為13,699,516人次，較去年同期上升44.1%。", "2004-11-20",
     "44.1%", "2004-01-01…2004-10-31 published", "2003-01-01…2003-10-31 published"),
    # a gap to another place has no earlier period
    ("全县城镇化率达到58.2%，高出全省3.1个百分点。", "2023-12-01", "3.1个百分点", None, None),
    # a paragraph's time carried to a later line gives way to a year written since
    ("二零一九/二零年度财政预算\n\n181. 二零一八年《施政报告》中宣布的措施共涉及约七百五十三亿元经营开支，"
     "我会全面配合。\n\n182. 二零一九/二零年度的总收入预计为六千二百六十一亿元。入息及利得税预计为二千三百五十九亿元。",
     "2019-02-27", "二千三百五十九亿元", "2019-01-01…2020-12-31 text", None),
    # the Spring Festival holiday (除夕 to 初六, data/periods.tsv); 同比 and 比2020年 compare
    # with that year's festival
    ("2021年春節,全縣共接待游客123.4萬人次,同比增長22%。", "2021-02-18",
     "22%", "2021-02-11…2021-02-17 text", "2020-01-24…2020-01-30 text"),
    ("今年春节期间,商圈销售额5941万元,比2019年增长28.4%。", "2021-02-18",
     "28.4%", "2021-02-11…2021-02-17 published", "2019-02-04…2019-02-10 published"),
    # 当年 is the year the text speaks of, 上年结转 a budget line: neither is a time of their own
    ("2023年,全市一般公共预算总收入637.58亿元,其中:当年收入292.14亿元。", "2024-01-18",
     "292.14亿元", "2023-01-01…2023-12-31 document", None),
    ("2024年,全市一般公共预算收入安排306.74亿元;加上年结转收入等317.56亿元,总收入624.3亿元。", "2024-01-18",
     "624.3亿元", "2024-01-01…2024-12-31 text", None),
    # a quarter written with its year is one time
    ("2023年第4季,貨物出口按年下跌24.9%。", "2024-02-20",
     "24.9%", "2023-10-01…2023-12-31 text", "2022-10-01…2022-12-31 text"),
    # a school year runs from September to August
    ("2010/2011學年終高等教育學生有24,156名,較上一學年增加8.4%。", "2012-03-07",
     "24,156名", "2010-09-01…2011-08-31 text", None),
    # 全年 of the plan an amount is measured against is no time of the amount's
    ("前三季度，全省城镇新增就业53万人。失业保险参保人数248.6万人，完成全年计划的100.1%。", "2011-10-30",
     "248.6万人", "2011-01-01…2011-09-30 published", None),
    # …but 年内 before a planned investment is the amount's own year
    ("新建项目共185个，年内计划投资246.5亿元。", "2017-10-20", "246.5亿元", "2017-01-01…2017-12-31 published", None),
    # a year listed after a compared one is compared too: the next sentence keeps its own year
    ("內政部公布民國111年全年結婚對數12萬4997對，較109年的12萬1702對、110年的11萬4606對還多。離婚對數5萬609對。", "2023-01-10",
     "5萬609對", "2022-01-01…2022-12-31 text", None),
    # what a project will yield once built has no calendar period
    ("今年新开工项目5个。项目建成投产后可实现年产值10亿元以上，解决就业500人。", "2024-01-10", "500人", None, None),
    # a holiday of the solar calendar: the days the State Council set for that year
    ("2025年“五一”假期5天全国国内出游3.14亿人次，同比增长6.4%。", "2025-05-06",
     "6.4%", "2025-05-01…2025-05-05 text", "2024-05-01…2024-05-05 text"),
    ("今年國慶假日全省接待遊客1039萬人次。", "2023-10-07", "1039萬人次", "2023-09-29…2023-10-06 published", None),
    # holidays set by the year's table: 清明, 端午, 中秋, and 春节 where its days were not 除夕 to
    # 初六 (2025: 1月28日至2月4日); 同比 compares with the year before's days
    ("清明小长假期间,安徽省接待游客1832.67万人次,同比增长9.40%。", "2019-04-09",
     "9.40%", "2019-04-05…2019-04-07 published", "2018-04-05…2018-04-07 published"),
    ("端午节假期,全市接待游客12.6万人次。", "2024-06-11", "12.6万人次", "2024-06-08…2024-06-10 published", None),
    ("今年春节假期,全省接待游客4106.1万人次。", "2025-02-05", "4106.1万人次", "2025-01-28…2025-02-04 published", None),
    # a range of days, across a month's end and with its hours; a holiday that starts on the
    # 1st is no month counted up (累计)
    ("春节假日(1月28日至2月4日)期间,全省接待游客4106.1万人次。", "2025-02-05",
     "4106.1万人次", "2025-01-28…2025-02-04 published", None),
    ("春节黄金周期间(2月15日0时至2月21日24时),公路累计发送旅客1046.15万人次。", "2018-02-23",
     "1046.15万人次", "2018-02-15…2018-02-21 published", None),
    ("2019年国庆假日(10月1日至7日共7天),我市累计接待游客185.28万人次。", "2019-10-08",
     "185.28万人次", "2019-10-01…2019-10-07 document", None),
    # a speaker's year that opens what is said, as its topic (2013年是…的第一年), dates the amounts after it
    ("市长张新起在回顾2013年的工作中指出:2013年是全面贯彻党的十八大精神的第一年。全市生产总值实现8006.6亿元,增长10%。", "2014-02-19",
     "8006.6亿元", "2013-01-01…2013-12-31 text", None),
    # the first, middle and last ten days of a month (下旬 runs to its end)
    ("3月上旬广东省平均降雨量仅为22毫米。", "2010-03-14", "22毫米", "2010-03-01…2010-03-10 published", None),
    ("2月下旬,全省降雨量35毫米。", "2024-03-05", "35毫米", "2024-02-21…2024-02-29 published", None),
    # a holiday named in a later paragraph takes over from a time carried from an earlier one
    ("其中在5月2日至4日,客房平均出租率超过80%。\n\n今年“五一”期间,全市接待国内游客1858.31万人次。", "2025-05-06",
     "1858.31万人次", "2025-05-01…2025-05-05 published", None),
    # a bare 全年 is in the year a clause of its line opened with (a work report on the year
    # just past, gold g337), not a year compared with in mid-clause (gold g116)
    ("剛剛過去的一年，是困難最多的一年。預計全年生產總值增長百分之十。", "2010-01-12",
     "百分之十", "2009-01-01…2009-12-31 published", "2008-01-01…2008-12-31 published"),
    ("2023年本地生產總值錄得實質增長80.5%，已回復至2019年逾八成水平。全年的人均本地生產總值為55.9萬澳門元。", "2024-03-01",
     "55.9萬澳門元", "2023-01-01…2023-12-31 document", None),
    # a time that opens a paragraph is the time of its amounts that write none, however far
    # (gold g347, no date line)
    ("2024年,是民生情更暖的一年。我市开展困难职工帮扶359户次;为7684名残疾人提供康复救助,为残疾人开展职业技能培训和创业培训835人次;"
     "“阳光家园计划”托养服务428人;办理困难群众法律援助案件3565件。\n全市共有养老机构42家。", None,
     "3565件", "2024-01-01…2024-12-31 text", None),
    # a growth averaged over two years is measured against two years before (gold g381)
    ("2021年全县实现地区生产总值87.36亿元,比上年增长8%,两年平均增长6%。", None,
     "6%", "2021-01-01…2021-12-31 document", "2019-01-01…2019-12-31 document"),
    # a month's stock counted up (累计) runs from the year's start; the year's budget is the
    # whole year's, a share of it the months' (gold g390, g264)
    ("4月,一般公共预算收入累计完成24627万元,完成年初预算数60999万元的40.4%。", "2024-05-10",
     "24627万元", "2024-01-01…2024-04-30 published", None),
    ("4月,一般公共预算收入累计完成24627万元,完成年初预算数60999万元的40.4%。", "2024-05-10",
     "60999万元", "2024-01-01…2024-12-31 published", None),
    ("4月,一般公共预算收入累计完成24627万元,完成年初预算数60999万元的40.4%。", "2024-05-10",
     "40.4%", "2024-01-01…2024-04-30 published", None),
    ("6月份,城乡居民生活用电量为1.34亿千瓦时。", "2020-07-20", "1.34亿千瓦时", "2020-06-01…2020-06-30 published", None),
    # a release whose title and lead name no period but whose text names one part of the year
    # only is about it (gold g398)…
    ("实现地区生产总值744.94亿元,同比增长6.3%\n农业生产形势较好,第一产业增加值145.88亿元,增长3.8%。"
     "初步统计,前三季度蔬菜产量增长4.5%。", "2024-10-26", "145.88亿元", "2024-01-01…2024-09-30 document", None),
    # …not when it names two
    ("实现地区生产总值744.94亿元,同比增长6.3%\n农业生产形势较好,第一产业增加值145.88亿元,增长3.8%。"
     "初步统计,前三季度蔬菜产量增长4.5%,上半年茶叶产量增长6.3%。", "2024-10-26", "145.88亿元", None, None),
    # a time that opens what a speaker says dates the amounts after it in its line (gold g405)
    ("市长胡衡华作政府工作报告。胡衡华说,2014年,全市经济社会持续健康发展。预计完成地区生产总值7810亿元,增长10%。",
     "2015-01-24", "7810亿元", "2014-01-01…2014-12-31 text", None),
    # 过去的一年 in a report is the year before (gold g406)
    ("王喜良说,过去的一年,全市新增城镇就业8.6万人。", "2017-03-22", "8.6万人", "2016-01-01…2016-12-31 published", None),
    # a month later than the article's, without a year, is the one gone by (gold g563)…
    ("12月,陕西居民消费价格环比上涨0.1%。", "2024-01-16", "0.1%", "2023-12-01…2023-12-31 published", None),
    # …but next month is still this year's
    ("2月,全市完成投资10亿元。", "2024-01-16", "10亿元", "2024-02-01…2024-02-29 published", None),
    # a budget adjusted within its year is no change against the year before
    ("2022年一般公共预算收入由年初的76138万元调整为89138万元，调增13000万元。", "2023-01-20",
     "13000万元", "2022-01-01…2022-12-31 document", None),
    # a quarter written with spaces around its digit, as Taiwan releases do (gold g1940)
    ("台灣內政部統計，110 年第 1 季底全國住宅建築貸款餘額 1 兆 5,742.22 億元。", "2021-05-20", "1 兆 5,742.22 億元",
     "2021-01-01…2021-03-31 text", None),
]


@pytest.mark.parametrize("text, published, surface, period, reference", TABLE)
def test_period_of_a_claim(ex, text, published, surface, period, reference):
    assert periods(ex, text, published)[surface] == (period, reference)


def test_an_article_without_a_date_resolves_no_relative_time(ex):
    """No published date and no year in the text: 今年 stays unresolved (never today's clock)."""
    got = periods(ex, "今年以来，全市新增城镇就业3.2万人，上半年发放创业担保贷款5.6亿元。")
    assert got == {"3.2万人": (None, None), "5.6亿元": (None, None)}


def test_the_lead_dates_stand_in_for_a_missing_publication_date(ex):
    text = "2025年2月22日，市人大会议通过预算报告。\n今年全市一般公共预算收入安排1954.7亿元。"
    assert periods(ex, text)["1954.7亿元"] == ("2025-01-01…2025-12-31 document", None)


def test_headings_and_titles_give_untimed_claims_their_period(ex):
    text = ("政府工作报告要点\n一、2024年工作回顾\n城镇新增就业1256万人\n二、今年主要预期目标\n"
            "城镇新增就业1200万人以上\n")
    got = periods(ex, text, "2025-03-05")
    assert got["1256万人"][0] == "2024-01-01…2024-12-31 document"
    assert got["1200万人以上"][0] == "2025-01-01…2025-12-31 document"
    bulletin = "2023年国民经济和社会发展统计公报\n全年粮食总产量46695吨。\n"
    assert periods(ex, bulletin, "2024-03-20")["46695吨"][0] == "2023-01-01…2023-12-31 document"
    # a table's caption names the year; its 全年 headers are that year's, not the article's (gold g468)
    table = "报告\n表一 2025年主要目标完成情况\n指标名称\n全年目标\n全年完成\n地区生产总值\n增长5%\n增长5.4%\n" \
            "一般公共预算收入\n增长2%\n增长1.5%\n"
    assert periods(ex, table, "2026-02-12")["5.4%"][0] == "2025-01-01…2025-12-31 document"


def test_the_published_keyword_of_extract_and_the_cli(tmp_path):
    text = "今年以来，全市新增城镇就业3.2万人。"
    doc = newsfacts.extract(text, published="2023-11-05")
    assert (doc.published, doc.claims[0].period.end) == ("2023-11-05", "2023-11-05")
    from newsfacts.cli import main

    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["extract", str(path), "--published", "2023-11-05"]) == 0
    claim = json.loads(out.getvalue())["claims"][0]
    assert claim["period"] == {"start": "2023-01-01", "end": "2023-11-05", "anchor": "published"}
    with pytest.raises(SystemExit):
        main(["extract", str(path), "--published", "yesterday"])


def test_flat_rows_carry_the_periods(ex):
    doc = ex.extract("2023年1-10月，全市实现地区生产总值1000亿元，同比增长5.2%。")
    rows = flatten_document(doc)
    assert [(r["period_start"], r["period_end"], r["period_anchor"], r["reference_start"], r["reference_end"])
            for r in rows] == [("2023-01-01", "2023-10-31", "text", None, None),
                               ("2023-01-01", "2023-10-31", "text", "2022-01-01", "2022-10-31")]
    assert all(0.0 <= r["confidence"] <= 1.0 for r in rows)


def test_every_period_is_ordered_and_iso_on_the_gold(ex):
    from pathlib import Path

    for path in sorted(Path(__file__).parent.glob("fixtures/gold/g*.json"))[::7]:
        g = json.loads(path.read_text(encoding="utf-8"))
        for c in ex.extract(g["text"], published=g.get("published")).claims:
            for p in (c.period, c.reference_period):
                if p is not None:
                    assert len(p.start) == len(p.end) == 10 and p.start <= p.end, (path.name, c.quantity.surface)


def statuses(ex, text, *published):
    """The claims' statuses of ``text`` for each article date."""
    return [[c.status for c in ex.extract(text, published=p).claims] for p in published]


def test_an_amount_whose_period_ends_after_the_article_is_a_target(ex):
    """A plan's indicators under its heading: targets while the plan runs, results after it;
    without a publication date (a lead's date may be an event's) the rule says nothing."""
    text = "辽宁“十二五”期间\n全省森林覆盖率42%，耕地保有量6120万亩。\n"
    assert statuses(ex, text, "2012-08-01", "2016-03-01", None) == [["planned"] * 2, ["reported"] * 2, ["reported"] * 2]
    # a sentence that reports keeps its amounts reported, whatever its period
    assert statuses(ex, "“十四五”以来，全市已累计建成5G基站3万个。", "2023-06-01") == [["reported"]]


def test_an_estimate_of_a_finished_year_reports_it(ex):
    """A work report in January on the year before: its 预计/预测 figures are results; the
    same sentence before the year ends, or with no date, is an estimate (planned)."""
    text = "2021年全县经济社会发展各项目标任务高质量全面完成\n\n据统计预测，全县地区生产总值增长12.6%达92.9亿元。"
    assert statuses(ex, text, "2022-01-24", "2021-12-20", None) == [["reported"] * 2, ["planned"] * 2, ["planned"] * 2]
    # the year just past named in the line before 预计全年 (gold g337)
    assert statuses(ex, "剛剛過去的一年，是困難最多的一年。預計全年生產總值增長百分之十。", "2010-01-12") == [["reported"]]
    # a target word beside the estimate keeps it planned
    assert statuses(ex, "2021年主要预期目标\n\n预计全年地区生产总值目标增长6%。", "2022-01-24") == [["planned"]]


def test_the_date_line_of_the_article_or_the_callers_date(ex):
    """A date line (发布时间：…) dates the article; a date the caller gives wins over it."""
    text = "全市民生实事进展\n发布时间：2023-11-05\n今年以来，全市新增城镇就业3.2万人。\n"
    doc = ex.extract(text)
    assert (doc.published, doc.claims[0].period.start, doc.claims[0].period.end) == ("2023-11-05", "2023-01-01", "2023-11-05")
    doc = ex.extract(text, published="2024-02-01")
    assert (doc.published, doc.claims[0].period.end) == ("2024-02-01", "2024-02-01")


def test_an_roc_year_before_its_months_is_a_date_not_a_duration(ex):
    doc = ex.extract("行政院主計總處統計，113年1至9月出口總額達3,500億美元，較112年同期增加10.5%。", published="2024-10-20")
    assert [c.quantity.surface for c in doc.claims] == ["3,500億美元", "10.5%"]
    assert [c.quantity.surface for c in ex.extract("該校建校112年，培養學生10萬人。").claims] == ["112年", "10萬人"]


def test_a_fiscal_year_compared_with_an_earlier_year_stays_a_fiscal_year(ex):
    got = periods(ex, "香港2024至25年度的開支為7,532億港元，比2023年增加3%。", "2025-04-30")
    assert got["3%"] == ("2024-04-01…2025-03-31 text", "2023-04-01…2024-03-31 text")


PIECES = ["2023年", "1-10月", "今年", "去年", "截至", "9月底", "上半年", "十四五", "到2025年", "近五年", "今后五年",
          "以来", "同比", "比上年", "较", "同期", "112年", "民國", "2024至25年度", "二○二四至二五年度", "16/17年度",
          "首9個月", "首3季", "全年", "目前", "总投资", "5.88亿元", "增长5.2%", "，", "。", "\n", "一、", "3月末",
          "9999年", "〇〇〇〇年", "比2019年", "年初预算为", "调整为", "12", "万人", "香港", "行政院", "2024年2月29日"]


@pytest.mark.parametrize("seed", range(3))
def test_periods_of_any_mix_of_time_words_are_valid(ex, seed):
    """Shuffled time words, years out of range, leap days: every period is ordered ISO days
    and every span round-trips (check_offsets validates the records); nothing raises."""
    import random

    rng = random.Random(seed)
    for _ in range(150):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 25)))
        for published in (None, "2023-11-05", "2024-02-29"):
            ex.extract(text, published=published).check_offsets(text)


def test_evaluate_scores_periods_only_where_the_gold_has_them(ex):
    from newsfacts.evaluate import evaluate, format_line, scores

    text = "今年以来，全市新增城镇就业3.2万人。"
    claim = {"surface": "3.2万人", "start": 13, "end": 18, "value": 32000, "unit": "人", "dimension": "count",
             "subject": "城镇就业", "status": "reported"}
    assert text[13:18] == "3.2万人"
    bare = evaluate([{"doc_id": "a", "text": text, "published": "2023-11-05", "claims": [claim]}], ex)
    assert (scores(bare.total)["period"], scores(bare.total)["reference_f1"]) == (None, None)
    assert "period=n/a" in format_line(bare)
    dated = dict(claim, period={"start": "2023-01-01", "end": "2023-11-05"}, reference_period=None)
    s = scores(evaluate([{"doc_id": "a", "text": text, "published": "2023-11-05", "claims": [dated]}], ex).total)
    assert (s["period"], s["period_invented"], s["reference_f1"]) == (1.0, 0.0, 1.0)


def test_the_last_ten_years_is_no_roc_year():
    # 創下10年以來新高 in a Taiwan budget: ten years back, never ROC year 10 (1921; gold g1062)
    from newsfacts import Extractor
    text = "108年度新竹市總預算歲出203.62億元,其中資本支出46億元,創下10年以來新高。資本支出項目包括污水截流工程1.75億元。"
    cs = Extractor().extract(text, published="2018-10-22").claims
    assert [(c.period.start, c.period.end) for c in cs] == [("2019-01-01", "2019-12-31")] * 3
