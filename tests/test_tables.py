"""Flattened tables (one cell a line): rows, labels and column headers (newsfacts.tables),
and what the claim rules make of them."""

import newsfacts
from newsfacts.tables import cells

PLAN_TABLE = ("表一 主要目标完成情况\n指标名称\n属性\n全年目标\n全年完成\n"
              "地区生产总值\n预期性\n增长6%左右\n增长6.3%\n"
              "城镇调查失业率\n预期性\n5.5%以内\n5.1%\n"
              "单位产值能耗\n约束性\n下降3%\n下降3.2%\n")


def _cells(text):
    doc = newsfacts.extract(text)
    found = cells(text, [(c.quantity.start, c.quantity.end) for c in doc.claims])
    return doc, {text[m:m + 8].split("\n")[0]: (text[c.label[0]:c.label[1]],
                                                text[c.header[0]:c.header[1]] if c.header else None)
                 for m, c in found.items()}


def test_rows_and_columns_of_a_target_table():
    _, found = _cells(PLAN_TABLE)
    assert found["6%左右"] == ("地区生产总值", "全年目标")
    assert found["6.3%"] == ("地区生产总值", "全年完成")
    assert found["5.5%以内"] == ("城镇调查失业率", "全年目标")
    assert found["3.2%"] == ("单位产值能耗", "全年完成")


def test_target_and_result_columns_give_status_and_the_row_its_subject():
    doc, _ = _cells(PLAN_TABLE)
    got = [(c.quantity.surface, c.subject.text, c.status) for c in doc.claims]
    assert got == [("6%左右", "地区生产总值", "planned"), ("6.3%", "地区生产总值", "reported"),
                   ("5.5%以内", "城镇调查失业率", "planned"), ("5.1%", "城镇调查失业率", "reported"),
                   ("3%", "单位产值能耗", "planned"), ("3.2%", "单位产值能耗", "reported")]
    for c in doc.claims:
        assert PLAN_TABLE[c.subject.start:c.subject.end] == c.subject.text


def test_a_product_table_with_bare_growth_numbers_and_a_part_row():
    text = ("全年粮食总产量16.3万吨。\n主要产品产量\n2023年\n较上年增长(%)\n"
            "粮食总产量\n162817吨\n0.5\n其中:谷物\n97658吨\n-9.7\n油料总产量\n3959吨\n5.9\n")
    doc, found = _cells(text)
    assert found["162817吨"] == ("粮食总产量", "2023年")
    assert found["97658吨"] == ("谷物", "2023年")  # 其中: is no part of the label
    assert "16.3万吨" not in found  # a sentence is no cell
    assert [c.subject.text for c in doc.claims[1:]] == ["粮食总产量", "谷物", "油料总产量"]


def test_lines_that_each_say_something_are_no_table():
    text = "一、2024年工作回顾\n国内生产总值增长5%\n城镇新增就业1256万人\n二、今年主要预期目标\n国内生产总值增长5%左右\n城镇新增就业1200万人以上\n"
    _, found = _cells(text)
    assert found == {}


def test_a_line_with_a_label_and_its_own_amount_labels_no_row():
    """各县(市、区)平均降水量:⏎德城区:46毫米⏎庆云:29.8毫米⏎武城:29.2毫米 (gold g1583): each line
    says its own place and amount; 德城区:46毫米 is no row label of the lines after it."""
    text = ("各县(市、区)平均降水量:\n\n德城区:46毫米\n\n庆云:29.8毫米\n\n武城:29.2毫米\n\n禹城:3.4毫米\n\n"
            "宁津:32.1毫米\n\n陵城区:45.5毫米\n\n平原:28.3毫米\n\n齐河:9.4毫米\n\n乐陵:32.3毫米\n\n临邑:11.9毫米\n")
    doc, found = _cells(text)
    assert found == {}
    assert all(not any(ch.isdigit() for ch in c.subject.text) for c in doc.claims if c.subject)


def test_one_row_is_no_table():
    _, found = _cells("指标\n目标\n完成\n地区生产总值\n增长6%\n增长6.3%\n以上数据为初步统计。")
    assert found == {}


PIPE_TABLE = ("2024年为民办实事项目完成情况\n序号 | 实事项目名称 | 完成情况 | 占全年计划 |\n"
              "1 | 新增300张养老床位 | 352 | 117% |\n2 | 新建20个社区食堂 | 21 | 105% |\n")


def test_a_task_named_in_a_table_of_results_is_the_target():
    """序号 | 实事项目名称 | 完成情况 | …: the amount in a task's name is its target; the shares
    under the results are said of the task (gold g507)."""
    doc = newsfacts.extract(PIPE_TABLE)
    got = [(c.quantity.surface, c.status, c.subject.text) for c in doc.claims]
    assert got[0][:2] == ("300张", "planned") and got[2][:2] == ("20个", "planned")
    assert got[1][1] == got[3][1] == "reported"
    assert "|" not in got[1][2] and "|" not in got[3][2]  # | is a cell's edge, never a subject


def test_a_long_cell_in_the_column_of_results_is_a_result():
    """序号 | 具体工作任务和要求 | 责任单位 | 落实情况 |: the tasks' column names targets, the results'
    column, in long sentences too, reports them (gold g568)."""
    text = ("序号 | 具体工作任务和要求 | 责任单位 | 落实情况 |\n"
            "1 | 完成吉水二中迁建项目,增加义务教育学位5000个,启动城西教育网点规划布局。 | 县教体局 | "
            "吉水二中均完成项目建设,实现秋季开学,新增义务教育学位5500个,城西高中已启动前期工作。 |\n")
    assert [(c.quantity.surface, c.status) for c in newsfacts.extract(text).claims] == [
        ("5000个", "planned"), ("5500个", "reported")]


def test_a_table_without_a_column_of_results_names_no_targets():
    text = "序号 | 项目名称 | 建设地点 |\n1 | 新建20个社区食堂 | 城区 |\n2 | 改造300户老旧住房 | 城区 |\n"
    assert [c.status for c in newsfacts.extract(text).claims] == ["reported", "reported"]


def test_a_table_written_with_bars_gives_labels_without_them():
    """|街市名稱⏎|2025年空置率⏎|赤柱海濱小賣亭⏎|100%… (gold g1493): the bars that open each
    cell are no part of the row's label."""
    text = ("空置率達三成以上的街市：\n|街市名稱\n|2025年空置率\n|赤柱海濱小賣亭\n|100%\n"
            "|同益街市\n|63%\n|洪水橋臨時街市\n|59%\n")
    doc, found = _cells(text)
    assert found["100%"] == ("赤柱海濱小賣亭", "2025年空置率")
    assert [c.subject.text for c in doc.claims if c.quantity.surface.endswith("%")] == ["赤柱海濱小賣亭", "同益街市", "洪水橋臨時街市"]
