"""Claim fields on real sentences: subject, predicate, status, change, modifiers, time,
scope, groups, ids. Hard cases: ellipsis, lists, subject after the number, subject
before the verb, percentages of an indicator, changes vs levels, traditional script."""

import pytest

import newsfacts
from newsfacts import Extractor

EX = Extractor()
# these tables test the rules: the trained subject-boundary steps, whose choices move with each
# retraining, are switched off here and tested in test_subject_score.py and by the gold floors
EX.claim_builder.boundary.weights = {}
EX.claim_builder.boundary.trim_weights = {}
EX.claim_builder.boundary.end_weights = {}
EX.claim_builder.ranker.weights = {}


def claims(text, published=None):
    return EX.extract(text, published=published).claims


def field(c, name):
    v = getattr(c, name)
    return v.text if hasattr(v, "text") else v


SUBJECTS = [
    # a comma that groups thousands ends no clause: what follows the amount is its subject (gold g883)
    ("中心對約1,500個食物樣本。", "食物樣本"),
    # a copula right after the amount says something of it: the subject is the list's (gold g154)
    ("經陸路入境旅客共9,000,000人次,其中7,250,954人次是從關閘入境。", "經陸路入境旅客"),
    ("共有85,676名病人。", "病人"),
    # a time between the subject and its verb is stepped over (gold g848)
    ("失业率明年可降至3.2%。", "失业率"),
    ("唐英年預計,該比例明年可降至20.2%。", "比例"),
    # a benefit word with its kind heads the phrase of a count (gold g768, g839)
    ("发放困难残疾人生活补贴3442人。", "困难残疾人生活补贴"),
    ("义教寄宿生补助4578人次。", "义教寄宿生补助"),
    # a rate before a comparison verb is what is compared, not the reference after it (gold g826)
    ("农村居民收入增速快于城镇1.7个百分点。", "农村居民收入增速"),
    # a verb between the noun and a name's head is part of the name (gold g364)
    ("牡丹江市7个国省道改造项目全面复工。", "国省道改造项目"),
    ("完成100户家庭适老化改造。", "家庭"),
    # a comparison with a date that closes before the subject (gold g328)
    ("与2024年相比项目总数增加9个。", "项目总数"),
    # subject before the number, through a 的 chain
    ("全市今年预计发放加载交通功能的第三代社保卡12.67万张。", "第三代社保卡"),
    ("目前总形象进度81.25%，力争秋季完工。", "总形象进度"),
    ("恢复和改善灌溉33万亩。", "灌溉"),
    ("提质改造农村公路239.47公里。", "农村公路"),
    # subject after the number
    ("全市建设1544.38公里农村公路安防工程。", "农村公路安防工程"),
    ("以家庭为单位，为672名残疾儿童提供康复训练。", "残疾儿童"),
    ("全市启动实施了131个老旧小区改造项目。", "老旧小区改造项目"),
    ("线上线下累计惠及12.57万家长。", "家长"),
    # activities measured: 出口, 节电
    ("其中，出口20310.4亿元，增长18.6%。", "出口"),
    ("实现年节电225亿千瓦时。", "节电"),
    # a leading place is scope
    ("1-8月江苏外贸同增17.1%。", "外贸"),
    # traditional script
    ("直至現在，已發展至100個社會房屋單位。", "社會房屋單位"),
    # the subject stands before a time adverbial
    ("所有服務活動合計的淨產值在二零一九年第三季實質下跌1.7%。", "淨產值"),
    ("社会消费品零售总额前三季度增长3%。", "社会消费品零售总额"),
    ("初步核算，2020年我国单位国内生产总值二氧化碳排放比2019年下降约1.0%。", "单位国内生产总值二氧化碳排放"),
    ("工业增加值增速较一季度提高0.6个百分点。", "工业增加值增速"),
    # a name written with letters and digits, and one jieba glues to the amount
    ("数据显示，成都上半年实现GDP9602.72亿元。", "GDP"),
    ("全市新建5G基站1200个。", "5G基站"),
    # an adverb that is also an adjective, and a localizer glued to a character, stay
    ("中央发行特别国债1万亿元。", "特别国债"),
    ("期內，整體開支5972億元。", "整體開支"),
    ("规上工业增加值增长6%。", "规上工业增加值"),
    # a verb that opens a short phrase joined to the amount by a copula names a kind of it
    ("新建项目共185个，计划总投资624.4亿元。", "新建项目"),
    # a tour product is no duration
    ("其中，一日游游客528.08万人次，同比增长26.23%。", "一日游游客"),
    ("111年12月遷入人口數為11萬9679人。", "遷入人口數"),
    ("清理村莊及道路兩旁溝渠及河道共1500多條。", "村莊及道路兩旁溝渠及河道"),
    # a verb glued to a bound noun (费, 预算, 量, 税, 款) makes one noun with it
    ("其中：公务用车运行费35.7万元。", "公务用车运行费"),
    ("力争黄牛养殖量增加1.5万头以上。", "黄牛养殖量"),
    ("稅課收入項目中的統籌分配稅增加172億元。", "統籌分配稅"),
    # a dimension's word glued to a noun is part of it; a period glued to a change word is no subject
    ("長照基金用途決算數由109年度的416億餘元增至773億餘元。", "長照基金用途決算數"),
    ("1月15至24歲失業率11.44%最高，月減0.14個百分點。", "失業率"),
    ("城乡低保标准提高到月人均450元。", "城乡低保标准"),
    # a total glued to its noun is counted
    ("加上调入资金等，收入总计929393万元。", "收入总计"),
    # a subject before a plan's adverb and a time
    ("據衛福部推估，長照基金來源將自115年度的1139億餘元逐年成長。", "長照基金來源"),
    # a change or a level verb glued to the noun, or cut in two, is no part of it
    ("交通通信类价格上涨2·9%。", "交通通信类价格"),
    ("登记失业率控制在3.5%。", "登记失业率"),
    ("失業率維持在3.0%的低水平。", "失業率"),
    ("長期債務僅剩40億元。", "長期債務"),
    ("歲出增列3億多元。", "歲出"),
    # a reference that 与 opens and 相比 closes is no subject
    ("旅游收入与去年同期相比增长23.1%。", "旅游收入"),
    # the holder of a share past 的比重; spending that is measured; budget accounts whole
    ("三次产业增加值占生产总值的比重为13.2%。", "三次产业增加值"),
    ("游客花费151.71亿元，同比增长16.3%。", "游客花费"),
    ("加上级补助收入172万元，收入总量为15,050万元。", "上级补助收入"),
    ("以及安排预算稳定调节基金35227万元、结转下年40818万元后。", "预算稳定调节基金"),
    # a joiner that opens the next amount of a list ends the counted noun
    ("将北岗乡17个村屯、北山乡18个村屯整合为1处供水厂。", "村屯"),
    # 單位 in a Hong Kong release is a flat: the subject stands before the amount
    ("香港政府表示，公營房屋建屋量將增至約158 000個單位。", "公營房屋建屋量"),
    # terms the tokenizer would cut, so the walk dropped their first word
    ("全省共有运输机场11个。", "运输机场"),
    ("不過夜旅客有120萬人次。", "不過夜旅客"),
    ("发放创业担保贷款3.2亿元。", "创业担保贷款"),
    # a rank after the amount, a gap to the long-term mean and 冢 (a classifier) name nothing counted
    ("经济发展支出5386亿元第三。", "经济发展支出"),
    ("本年平均气温14.0℃,比历年平均值偏高1.3℃。", "平均气温"),
    ("安装骨灰墓穴3224冢。", "骨灰墓穴"),
    # an infographic: a figure opens the line under a short label
    ("全省地方\n一般公共预算收入\n479.89亿元 同比增长45.8%\n", "一般公共预算收入"),
    # verbs of emergency news end the subject before them (gold g1615, g1613, g1518)
    ("工矿商贸事故发生20起。", "工矿商贸事故"),
    ("消防救援队伍出动指战员2042名。", "指战员"),
    ("省民政厅紧急向灾区调拨帐篷200顶。", "帐篷"),
]


@pytest.mark.parametrize("text,subject", SUBJECTS, ids=[s for s, _ in SUBJECTS])
def test_subject(text, subject):
    c = claims(text)[0]
    assert field(c, "subject") == subject
    assert text[c.subject.start:c.subject.end] == subject


def test_subject_leaves_out_an_items_mark():
    """一、基隆港:二十六萬五千五百五十TEU (gold g1697): the mark of a list item is no part of what is
    counted; 一、二级医院 lists numerals and keeps them."""
    text = "各港口統計分別如下:\n一、基隆港:二十六萬五千五百五十TEU;二、高雄港:五十萬二千六百二十七TEU。"
    assert [field(c, "subject") for c in claims(text)] == ["基隆港", "高雄港"]
    (c,) = claims("一、二级医院和基层医疗卫生机构诊疗人次占比53.17%。")
    assert field(c, "subject") == "一、二级医院和基层医疗卫生机构诊疗人次"
    # a mark with nothing after it leaves no subject (it crashed the property test of periods)
    text = "香港近五年首3季1-10月一、香港去年1-10月同期今年2023年较行政院16/17年度截至去年首3季2024年2月29日增长5.2%到2025年比上年,增长5.2%近五年"
    assert [c.quantity.surface for c in claims(text)] == ["5.2%", "5.2%"]


def test_gaps_to_the_long_term_mean_are_changes():
    got = {c.quantity.surface: c.change for c in claims("年平均气温14.0℃,比历年平均值偏高1.3℃;降水量542.0毫米,较常年偏多15%;日照时数较常年偏低92.4小时。")}
    assert got == {"14.0℃": None, "1.3℃": "increase", "542.0毫米": None, "15%": "increase", "92.4小时": "decrease"}
    # a gap word that closes another item of a list says nothing of the amount after it
    (age,) = claims("勞工請領年齡偏低、平均僅61.42歲。")
    assert age.change is None


def test_design_figures_of_a_project_still_to_be_built():
    text = ("龙洞水库预计明年底建成投用\n截至目前,龙洞水库已完成形象进度约50%。龙洞水库是一座小(1)型水利工程。"
            "水库总库容203万立方米,设计年供水量330万方。")
    assert [(c.quantity.surface, c.status) for c in claims(text)] == [
        ("约50%", "reported"), ("203万立方米", "planned"), ("330万方", "planned")]
    # a lead that says the project was accepted as finished: its size is reported, though it started once
    (c,) = claims("专家组同意寒山水库工程通过竣工验收。\n寒山水库2015年9月正式开工建设,建筑面积1418平方米。")
    assert c.status == "reported"


def test_labelled_items_before_their_progress_are_targets():
    text = ("实事二:新改扩建“四好农村路”300公里,加固改造危桥120座。\n\n"
            "截至6月30日,完成新改扩建项目194个,120座危桥改造项目已完成87座。")
    assert [(c.quantity.surface, c.status) for c in claims(text)] == [
        ("300公里", "planned"), ("120座", "planned"), ("194个", "reported"), ("120座", "planned"), ("87座", "reported")]
    # without the report of progress after it, the item says nothing of its status
    assert claims(text.split("\n")[0])[0].status == "reported"


def test_a_lead_that_will_do_the_years_practical_matters_makes_the_list_targets():
    text = "市长作政府工作报告。菏泽将着力办好十个方面民生实事。\n\n(1)开展职业技能培训,完成培训8万人次。\n\n(2)新建中小学40所。"
    assert [(c.quantity.surface, c.status) for c in claims(text) if c.quantity.value != 10] == [
        ("8万人次", "planned"), ("40所", "planned")]


def test_places_in_a_bracket_after_a_total_share_its_subject():
    text = "其他县(市、区)改造小区99个(经开区2个、港务区9个、铜山区3个),惠及居民2100户。"
    got = [(c.quantity.surface, field(c, "subject")) for c in claims(text)]
    assert got[:4] == [("99个", "小区"), ("2个", "小区"), ("9个", "小区"), ("3个", "小区")]
    # kinds in the bracket are subjects of their own
    got = [(c.quantity.surface, field(c, "subject")) for c in claims("全县共有幼儿园83所(公办52所、民办31所)。")]
    assert got == [("83所", "幼儿园"), ("52所", "公办"), ("31所", "民办")]
    # …and so are labels that end as the total does, though they end with a place suffix
    got = [(c.quantity.surface, field(c, "subject")) for c in claims("识别深度贫困村41个(其中贫困村28个,非贫困村13个)。")]
    assert got[1] == ("28个", "贫困村")


def test_a_ranked_list_keeps_each_items_subject():
    text = "社會福利支出8310億元最高、教育科學文化支出6050億元次之、經濟發展支出5386億元第三。"
    assert [field(c, "subject") for c in claims(text)] == ["社會福利支出", "教育科學文化支出", "經濟發展支出"]


def test_a_review_heading_keeps_a_task_under_way_reported():
    text = "一、“十一五”回顾\n“十一五”期间,我镇组织投资3737万元的土地综合整理。目前,正在推进二期建设。"
    assert [c.status for c in claims(text)] == ["reported"]
    # without the heading the next sentence's work under way makes it a task
    assert [c.status for c in claims(text.split("\n", 1)[1])] == ["planned"]


def test_a_rank_is_no_subject_and_a_grave_is_counted():
    rain = claims("其次中寨乡31.5毫米,南迳27.4毫米第三。")
    assert [c.quantity.surface for c in rain] == ["31.5毫米", "27.4毫米"]
    assert rain[1].subject is None or rain[1].subject.text != "第三"
    (graves,) = claims("建成乡镇农村公益性公墓,安装墓穴6243冢。")
    assert (graves.quantity.value, graves.quantity.unit, graves.quantity.dimension) == (6243, "冢", "count")


def test_label_line_needs_a_figure_opening_the_line():
    # the line under the label opens with words: the label is not what is counted there
    (c,) = claims("一般公共预算收入\n全省完成479.89亿元\n")
    assert c.subject is None or c.subject.text != "一般公共预算收入"


def test_who_speaks_is_no_subject_of_what_is_said():
    """唐英年預計,該比例明年可降至20.2% (gold g848): a sentence's first phrase before a verb of saying."""
    assert claims("唐英年预计,明年可降至20.2%。")[0].subject is None


def test_subjects_of_a_met_target_a_share_of_the_budget_and_items_before_fenbie():
    # 完成…增长8%以上目标: the target the sentence's subject met (gold g680)
    cs = claims("固定资产投资同比增长13%以上,完成区人代会批准增长8%目标。")
    assert [field(c, "subject") for c in cs] == ["固定资产投资", "固定资产投资"]
    # 完成年度预算的100.2%: a share of what the revenue did (gold g677)
    cs = claims("全区一般公共预算收入完成147.1亿元,完成年度预算的100.2%,同比增长7.2%。")
    assert [field(c, "subject") for c in cs] == ["一般公共预算收入"] * 3
    # a list's group that starts in an earlier clause; items joined by 及 (gold g661, g665)
    cs = claims("家禽发展到196.8万羽,肉、蛋、奶总产量分别达2.0万吨、0.55万吨、7.9万吨。")
    assert [field(c, "subject") for c in cs][1:] == ["肉", "蛋", "奶"]
    cs = claims("其中,在外住宿、旅行社收费、飞机票、景点门票、电影及演出票价格分别上涨8.3%、2.6%、2.0%、1.1%、0.5%。")
    assert [field(c, "subject") for c in cs] == ["在外住宿", "旅行社收费", "飞机票", "景点门票", "电影及演出票"]


def test_a_subject_before_a_scope_adverbial():
    # 开工率在全国率先达到100%: the subject stands before 在 and a scope word, not the list's (gold g329)
    cs = claims("全省3698个小区已全部开工改造,开工率在全国率先达到100%。")
    assert [field(c, "subject") for c in cs] == ["小区", "开工率"]


def test_a_comparison_before_an_earlier_amount_is_not_the_next_ones_reference():
    # 与2024年相比 belongs to the first amount; each later item names its own subject (gold g328)
    cs = claims("与2024年相比项目总数增加9个、概算总投资增加9.7亿元、年度计划投资增加35.28亿元。")
    assert [field(c, "subject") for c in cs] == ["项目总数", "概算总投资", "年度计划投资"]
    # …while a noun right after a compared date is still the reference of the change
    c = claims("較2009-10年度的修訂預算淨增加34億元。")[0]
    assert field(c, "subject") != "修訂預算淨"


def test_elided_subject_is_inherited_from_the_list():
    cs = claims("截至目前，全市24项重点民生实事，5项已完成年度任务，19项超序时进度。")
    assert [field(c, "subject") for c in cs] == ["重点民生实事"] * 3


def test_elided_subject_after_change_verb():
    cs = claims("其中，出口20310.4亿元，增长18.6%；进口12568亿元，增长14.7%。")
    assert [field(c, "subject") for c in cs] == ["出口", "出口", "进口", "进口"]
    assert [c.change for c in cs] == [None, "increase", None, "increase"]


def test_respectively_distributes_list_items():
    cs = claims("集成电路、笔记本电脑分别出口1493.7亿元、1109.9亿元，分别增长18.4%、14%。")
    assert [field(c, "subject") for c in cs] == ["集成电路", "笔记本电脑", "集成电路", "笔记本电脑"]
    assert [c.change for c in cs] == [None, None, "increase", "increase"]


def test_respectively_list_shares_its_measure_noun():
    cs = claims("工业机器人、新能源汽车、服务器、3D打印设备产量分别增长191.6%、349.6%、100.3%和229.9%。")
    assert [c.subject.text for c in cs] == ["工业机器人", "新能源汽车", "服务器", "3D打印设备"]
    assert all(c.change == "increase" for c in cs)
    # a head that is part of each name stays (城镇居民 / 农村居民人均可支配收入)
    cs = claims("城镇居民、农村居民人均可支配收入分别增长5.2%左右、7.6%左右。")
    assert cs[1].subject.text == "农村居民人均可支配收入"


def test_items_before_respectively_are_the_subjects_in_order():
    cs = claims("城镇登记失业率、居民价格消费指数和人口自增率分别控制在4.2%、3%、2.5‰以内。")
    assert [c.subject.text for c in cs] == ["城镇登记失业率", "居民价格消费指数", "人口自增率"]
    cs = claims("其中，亿元以上建设项目和新开工建设项目分别增长12.4%和18.9%。")
    assert [c.subject.text for c in cs] == ["亿元以上建设项目", "新开工建设项目"]
    cs = claims("香港及中國台灣旅客亦分別佔30.7%及7.6%。")
    assert [c.subject.text for c in cs] == ["香港", "中國台灣旅客"]
    # 也 before 分別 is a link word like 亦, not the last item's (gold g1507)
    cs = claims("雅麗氏何妙齡那打素醫院、東區尤德夫人那打素醫院和瑪麗醫院也分別錄得18.1%、17.2%和10.1%的增幅。")
    assert cs[-1].subject.text == "瑪麗醫院"
    # a measure written once after the last item is every item's subject
    cs = claims("住院和门诊每人次平均救助水平分别为1498.4元和153.2元。")
    assert [c.subject.text for c in cs] == ["平均救助水平", "平均救助水平"]


def test_a_change_whose_subject_is_only_its_size_continues_the_list():
    """綜援個案總數為296,255宗,按月下跌幅度為0.1%: 幅度 alone names nothing (gold g1508)."""
    cs = claims("綜援個案總數為296,255宗,按月下跌幅度為0.1%。")
    assert [c.subject.text for c in cs] == ["綜援個案總數", "綜援個案總數"]


def test_items_closed_by_etc_or_a_count_in_the_clause_before_respectively():
    """…的车险、企财险、责任险和工程险等业务快速增长,同比分别增长… (gold g1189); …燃气生产和供应业三个行业增加值增势
    较好,分别增长… (g105): the list runs from after 的 (or the clause's start) to 等 or the count."""
    cs = claims("其中,与经济社会发展密切相关的车险、企财险、责任险和工程险等业务快速增长,同比分别增长11.1%、15.0%、39.8%和21.3%。")
    assert [c.subject.text for c in cs] == ["车险", "企财险", "责任险", "工程险"]
    cs = claims("汽车制造业、食品制造业、燃气生产和供应业三个行业增加值增势较好,分别增长89.2%、11.4%、159.4%。")
    assert [c.subject.text for c in cs[-3:]] == ["汽车制造业", "食品制造业", "燃气生产和供应业"]  # after 三个 (行业)


def test_items_listed_in_the_clause_before_the_one_that_opens_with_respectively():
    """目的地主要為香港、中國大陸及中國台灣,分別佔…; 團客主要來自…,依次為… (gold g556)."""
    cs = claims("目的地主要為香港、中國大陸及中國台灣,分別佔59.7%、16.0%及11.7%。")
    assert [c.subject.text for c in cs] == ["香港", "中國大陸", "中國台灣"]
    cs = claims("團客主要來自中國大陸、香港及中國台灣,依次為282,834、29,954及27,753人次。")
    assert [c.subject.text for c in cs] == ["中國大陸", "香港", "中國台灣"]
    # 五是 numbers an item; what follows is no list opened by 是
    cs = claims("五是里巷道路改造、供热补建和旧楼区综合整修进展顺利,分别完成今年计划工程量的63%、70%和95%。")
    assert "旧楼区综合整修进展顺利" not in [c.subject.text for c in cs if c.subject]


def test_items_before_respectively_run_over_short_clauses():
    """学前教育毛入园率,小学净入学率,初中阶段、高中阶段、高等教育毛入学率分别为… five amounts, and the
    list after 分别比2012年提高 takes the same items (gold g534)."""
    cs = claims("全区共有学生90多万人,学前教育毛入园率,小学净入学率,初中阶段、高中阶段、高等教育毛入学率分别为"
                "84.42%、99.71%、102.88%、86.62%和47.65%,分别比2012年提高39.22%、0.31%、4.28%、16.42%和20.25%。")
    items = ["学前教育毛入园率", "小学净入学率", "初中阶段", "高中阶段", "高等教育毛入学率"]
    assert [c.subject.text for c in cs[1:]] == items + items


def test_a_county_the_tokenizer_split_is_a_place_not_a_subject():
    """安置点6个(西秀区1个、普定县1个、镇宁自治县1个): 镇宁|自治县 is a place like 西秀区 (gold g558)."""
    cs = claims("全市建设易地扶贫搬迁安置点6个(西秀区1个、普定县1个、镇宁自治县1个)。")
    assert len({c.subject.text for c in cs[1:]}) == 1 and "自治县" not in cs[3].subject.text
    # a word before a one-character suffix stays: 负增长县
    cs = claims("负增长县比上年同期减少22个。")
    assert cs[0].subject.text == "负增长县"


def test_a_plan_a_result_falls_short_of_is_no_subject():
    """地区生产总值126.68亿元,同比增长6.9%,差计划目标3.1个百分点 (gold g557): the gap is the indicator's."""
    cs = claims("全县实现地区生产总值126.68亿元,同比增长6.9%,差计划目标3.1个百分点。")
    assert [c.subject.text for c in cs] == ["地区生产总值"] * 3


def test_the_subject_stands_before_a_time_opened_by_zhi():
    """本港财政储备至二零二零年三月底预计为一万一千七百八十四亿元 (gold g138): not the previous sentence's."""
    cs = claims("会录得一百六十八亿元的综合盈余。本港财政储备至二零二零年三月底预计为一万一千七百八十四亿元。")
    assert [c.subject.text for c in cs] == ["综合盈余", "财政储备"]


def test_a_footnote_mark_between_the_subject_and_the_amount_is_blank():
    """全年实现地区生产总值[2]753.95亿元 (gold g602): the mark reads as a space; offsets stay the text's."""
    text = "初步核算(下同),全年实现地区生产总值[2]753.95亿元,比上年增长7.0%。"
    cs = claims(text)
    assert [(c.subject.text, text[c.quantity.start:c.quantity.end]) for c in cs] == [
        ("地区生产总值", "753.95亿元"), ("地区生产总值", "7.0%")]


def test_a_count_after_kaifugong_counts_the_projects():
    """全市145个百大项目开复工92个 (gold g601): 开复工 is the verb, the projects are counted."""
    cs = claims("全市145个百大项目开复工92个。")
    assert [(c.subject.text, c.predicate.text if c.predicate else None) for c in cs][1] == ("百大项目", "开复工")


def test_a_classifier_word_after_a_short_note_ends_a_name():
    """过境中欧(中亚)班列12210列 (gold g607): 班列 after the note is the name's, not a classifier."""
    cs = claims("其中,过境中欧(中亚)班列12210列、增长21.5%。")
    assert [c.subject.text for c in cs] == ["过境中欧(中亚)班列"] * 2


def test_an_items_number_is_no_topic():
    """(一)城市低保标准:由每人每月600元提高到620元 (gold g614)."""
    cs = claims("(一)城市低保标准:由每人每月600元提高到620元。")
    assert [c.subject.text for c in cs] == ["城市低保标准"] * 2


def test_a_dateline_is_no_topic():
    """新华社乌鲁木齐1月3日电(记者李志浩)2019年,新疆棉花产量继续保持全国最高,达500.2万吨 (gold g574)."""
    cs = claims("新华社乌鲁木齐1月3日电(记者李志浩)2019年,新疆棉花产量继续保持全国最高,达500.2万吨。")
    assert cs[0].subject.text == "棉花产量"
    # without the dateline the same
    assert claims("2019年,新疆棉花产量继续保持全国最高,达500.2万吨。")[0].subject.text == "棉花产量"


def test_the_time_schedule_a_result_runs_ahead_of_is_no_subject():
    """一般公共预算收入72777万元,为预算的65.7%,快于序时进度15.7个百分点 (gold g627, g630, g583)."""
    cs = claims("一般公共预算收入完成72777万元,为预算的65.7%,快于序时进度15.7个百分点,增长2.1%。")
    assert [c.subject.text for c in cs] == ["一般公共预算收入"] * 4


def test_an_adverb_of_degree_is_no_subject():
    """公办幼儿园在园覆盖率从14.4%增加到30.11%,整整翻了一倍 (gold g635)."""
    cs = claims("公办幼儿园在园覆盖率从14.4%增加到30.11%,整整翻了一倍。")
    assert cs[-1].subject is None or cs[-1].subject.text != "整整"


def test_level_after_a_change_is_the_changed_amounts():
    cs = claims("全县地区生产总值增长12.6%达92.9亿元,第一产业增长9.1%达21.2亿元。")
    assert [c.subject.text for c in cs] == ["地区生产总值", "地区生产总值", "第一产业", "第一产业"]


def test_scope_naming_a_category_inside_a_phrase():
    assert claims("全区一般公共预算本级收入完成53.19亿元。")[0].subject.text == "一般公共预算本级收入"
    # a scope that opens the phrase is no part of it
    assert claims("元旦档期全市电影票房突破1000万元。")[0].subject.text == "电影票房"


def test_new_level_after_from_has_the_same_subject():
    cs = claims("一般公共预算收入由年初的76138万元调整为89138万元，调增13000万元。")
    assert [c.subject.text for c in cs] == ["一般公共预算收入"] * 3
    # a date before the verb is no amount changed from
    cs = claims("財政儲備於3月底將為6473億元。")
    assert cs[0].subject.text == "財政儲備"


def test_conjunction_is_no_subject_and_elided_subject_continues():
    cs = claims("根據初步統計數字,整體本地生產總值在二零一九年第三季較上年同期實質下跌2.9%,而二零一九年第二季則上升0.4%。")
    assert [c.subject.text for c in cs] == ["整體本地生產總值", "整體本地生產總值"]
    assert [c.change for c in cs] == ["decrease", "increase"]


def test_ranking_list_items_take_the_lead_topic():
    # places (and places listed with them) lead the sentence; the indicator is the topic
    text = ("2．县（区）1—7月投资增速前三名：中宁县增长58.3%，海原县增长36.8%。\n"
            "1．地级市及宁东1—7月投资增速后三名：银川市（不含宁东）下降0.5%，宁东下降25.3%。")
    cs = claims(text)
    assert [c.subject.text for c in cs] == ["投资"] * 4
    assert [c.change for c in cs] == ["increase", "increase", "decrease", "decrease"]


def test_goods_listed_before_etc_are_the_subject():
    cs = claims("此外，集成电路、电工器材、汽车零配件等进口3494.1亿元，增长9.2%。"
                "基本有机化学品、铜及铜材、纸浆等合计进口1515.8亿元。")
    assert cs[0].subject.text == "集成电路、电工器材、汽车零配件"
    assert cs[0].predicate.text == "进口"
    assert cs[2].subject.text == "基本有机化学品、铜及铜材、纸浆"
    # 基本 before a noun is an adjective and stays; before a verb it is an adverb and goes
    assert claims("此外，出口基本有机化学品614.7亿元。")[0].subject.text == "基本有机化学品"


def test_bracketed_note_inside_a_noun_phrase():
    cs = claims("建成106个乡镇前端、1408个行政村(社区)前端。2023年,每千人口执业(助理)医师3.40人。")
    assert [c.subject.text for c in cs] == ["乡镇前端", "行政村(社区)前端", "执业(助理)医师"]
    c = claims("全国共有社区卫生服务中心(站)37177个。")[0]
    assert c.subject.text == "社区卫生服务中心(站)"
    c = claims("机电产品出口1.3万亿元，占出口总值的（下同）65.9%。")[1]
    assert "下同" not in c.subject.text
    cs = claims("在全国接待的5.26亿人次游客中,过夜游客(仅限于住在宾馆和旅馆招待所)为1.14亿人次,增长14.7%。")
    assert [c.subject.text for c in cs] == ["游客", "过夜游客", "过夜游客"]
    # a note after a place is no part of the subject
    c = claims("银川市（不含宁东）计划投资258亿元。")[0]
    assert "不含" not in c.subject.text


def test_activity_as_an_attribute_or_a_verb():
    # 高效节能空调: 节能 describes the air conditioners; 江苏出口机电产品: 出口 governs its object
    c = claims("政策实施以来，高效节能空调价格从推广前每台3000-4000元下降到2000元左右。")[0]
    assert c.subject.text == "高效节能空调价格"
    c = claims("1-8月，江苏出口机电产品13380.2亿元。")[0]
    assert c.subject.text == "机电产品" and c.predicate.text == "出口"


def test_glued_words_and_leading_numeral_split_off():
    cs = claims("现有人口16.3万人。节能灯市场价格比推广前下降了40%。首個單位是一個建築面積550呎。")
    assert [c.subject.text for c in cs] == ["人口", "节能灯市场价格", "建築面積"]


def test_trading_partner_stays_with_the_trade():
    cs = claims("其中，对欧盟进出口以4905.2亿元继续排第一，高出美国200亿元。")
    assert [c.subject.text for c in cs] == ["对欧盟进出口", "对欧盟进出口"]
    assert cs[1].change == "increase"


def test_breakdown_by_category_keeps_the_counted_thing():
    cs = claims("截至7月底未开工项目共5个，按责任单位（主管单位）划分分别是：银川市2个，银川市绿色交通项目；"
                "自治区卫生健康委1个，疾病控制中心迁建项目。")
    assert "项目" in cs[0].subject.text
    assert [c.subject for c in cs[1:]] == [cs[0].subject] * 2
    cs = claims("投资完成率前九名项目，按责任单位划分分别是：固原市1个，垃圾焚烧发电工程；宁东基地3个，正异丁醛项目。")
    assert [c.subject.text for c in cs] == ["项目", "项目"]
    # without a breakdown lead the word before the amount stays the subject
    assert claims("全市新建幼儿园3个。")[0].subject.text == "幼儿园"


def test_predicate_before_the_amount_is_no_subject():
    cs = claims("樓齡最年輕為3年，最老則有63年。")
    assert [c.subject.text for c in cs] == ["樓齡", "樓齡"]
    c = claims("该热电厂已经运行12年。")[0]
    assert c.subject.text == "热电厂" and c.predicate.text == "运行"


def test_counted_noun_after_limits_verbs_and_place_kinds():
    cs = claims("中央财政安排30.4亿元，支持推广100多万辆1.6升及以下节能乘用车。")
    assert cs[1].subject.text == "节能乘用车"
    assert claims("完成1个农村千人以上饮用水源地的生态环境问题专项整治。")[0].subject.text == "农村千人以上饮用水源地"
    assert claims("截至目前，发布了三批推广产品目录。")[0].subject.text == "推广产品目录"


def test_counted_noun_after_a_relative_clause():
    cs = claims("年内，两条部分路段建成通车的高速公路分别是：瓜州至星星峡高速公路。全市建成3个覆盖城乡的服务平台。")
    assert [c.subject.text for c in cs] == ["高速公路", "服务平台"]
    # 的 without a verb before it is a possessive: the noun before it is counted
    assert claims("完成1个农村饮用水源地的专项整治。")[0].subject.text == "农村饮用水源地"


def test_bare_quantifier_is_no_subject():
    cs = claims("「光房」租期是1年，租客每年可申請續租，最多可租住3年。")
    assert "租期" in cs[1].subject.text
    assert claims("支持推广3.6亿只低汞含量节能灯。")[0].subject.text == "低汞含量节能灯"


def test_topic_from_a_leading_name_or_de_phrase():
    cs = claims("進出口貿易、批發及零售業的淨產值,繼二零一九年第二季與上年同期比較實質下跌3.7%後,在第三季下跌10.1%。")
    assert [c.subject.text for c in cs] == ["淨產值", "淨產值"]
    cs = claims("「廣東院舍照顧服務計劃」本月起新增兩家至二十六家，覆蓋大灣區內地九個城市。")
    assert cs[0].subject.text == "「廣東院舍照顧服務計劃」"
    c = claims("住宿服務業(包括提供短期住宿服務的機構單位)及膳食服務業的淨產值,繼第二季實質下跌1.3%後,在第三季下跌13.8%。")
    assert [x.subject.text for x in c] == ["淨產值", "淨產值"]


def test_respectively_after_a_list_takes_its_items():
    cs = claims("年末,全国共有专业公共卫生机构床位32.5万张、卫生人员101万人,分别比2020年末增长9.8%、8.8%。")
    assert [c.subject.text for c in cs] == ["专业公共卫生机构床位", "卫生人员", "专业公共卫生机构床位", "卫生人员"]
    assert [c.change for c in cs] == [None, None, "increase", "increase"]
    # the 分别 of one clause carries on to the list of the clause right after it (gold g2133)
    # (not the subject the rates would inherit from the sentence before)
    cs = claims("1至7月,以一般贸易方式进出口371.8亿元,增长2.4%。同期,保税物流、加工贸易、对外承包出口等贸易方式"
                "也蓬勃发展,分别达104.7亿元、14.6亿元、8.3亿元,增长153.2%、41.9%、157.3%。")
    got = [c.subject.text for c in cs[2:]]
    assert got[:2] == ["保税物流", "加工贸易"] and got[3:] == got[:3]


def test_threshold_word_after_the_amount_is_no_subject():
    c = claims("有10个副省级城市上半年经济总量超5000亿元大关。")[1]
    assert c.subject.text == "经济总量"
    assert c.quantity.bound == "more_than"


def test_average_inside_a_noun_phrase():
    assert claims("医院出院患者平均住院日为8.8日。")[0].subject.text.endswith("平均住院日")
    c = claims("全国地级及以上城市平均优良天数比例为87.0%。")[0]
    assert c.subject.text == "平均优良天数比例"


def test_verbs_before_the_amount_are_no_subject():
    cs = claims("2013-2018年同期广东规模以上工业增加值平均增速为7.35%，2019年增速变缓至3%。")
    assert [c.subject.text for c in cs] == ["规模以上工业增加值"] * 2
    assert cs[0].modifiers == ["平均"]  # the 年 of 2018年 is no modifier


def test_count_measure_takes_its_verb_and_money_after_de():
    c = claims("四川省接待游客总数5349.76万人次。")[0]
    assert c.subject.text == "接待游客总数"
    c = claims("实现旅游收入4213亿元，节约税收成本约8000万元。")
    assert [x.subject.text for x in c] == ["旅游收入", "税收成本"]
    c = claims("在117億元的撥款中,經營開支約佔61億元。")
    assert [x.subject.text for x in c] == ["撥款", "經營開支"]


def test_share_of_a_whole_and_part_of_a_target():
    cs = claims("2020年全国生态质量优和良的县域面积占国土面积的46.6%。全区地方财政支出998.9亿元,完成调整预算的38.7%。")
    assert [c.subject.text for c in cs] == ["县域面积", "地方财政支出", "地方财政支出"]
    assert [c.predicate.text for c in cs if c.predicate] == ["占", "完成"]
    # after 分别 the rates pair with the items of a list: the plan is no list subject
    c = claims("新增就业4474人,困难人员再就业2006人,分别完成年计划的76.5%和80.2%。")[2]
    assert c.subject.text == "年计划"
    # a time before 的 is no whole: the rate is inherited
    c = claims("租戶的就業率由入住前的21%，增加至入住半年後的62%。")[1]
    assert c.subject.text != "半年後"


def test_measure_noun_takes_its_verb():
    cs = claims("截至目前，全市各类社会助学项目近50种，资助人数2236人，每年资助金额近200万元。")
    assert [c.subject.text for c in cs[1:]] == ["资助人数", "资助金额"]


def test_bracketed_name_after_a_counted_amount():
    c = claims("即力争建成1圈(兰州南北绕城高速圈)，打通2条重要通道瓶颈路段。")[0]
    assert c.subject.text == "兰州南北绕城高速圈" and c.status == "planned"


def test_share_subject_is_the_holder():
    cs = claims("江苏省一般贸易方式进出口18727.3亿元，增长24.3%，占外贸总值的57%。")
    assert field(cs[2], "subject") == field(cs[0], "subject")


def test_subject_before_the_verb():
    cs = claims("1133个重大项目开工1116个。")
    assert [field(c, "subject") for c in cs] == ["重大项目", "重大项目"]
    assert field(cs[1], "predicate") == "开工"


# every amount's subject, in order (sixteenth session; the gold each case comes from in brackets)
ALL_SUBJECTS = [
    # paired modifiers share the head after them (g498, g500); other items keep their own
    ("城镇和农村居民人均可支配收入分别增长8%和8.5%左右。", ["居民人均可支配收入"] * 2),
    ("规上工业增加值、固定资产投资分别增长8%和10%。", ["规上工业增加值", "固定资产投资"]),
    # 之间 closes a range, 點 a count of points: neither is the subject (g505, g516)
    ("可吸入颗粒物年均浓度在44~106微克/立方米之间。", ["可吸入颗粒物年均浓度"]),
    ("總計費用支出達688億點。", ["費用支出"]),
    # the comparison of an earlier item of a 、 list does not stop a later one (g513)
    ("公司实现营业收入133亿元,比上年增长44.25%、营业利润3.80亿元,比上年增长25.82%。",
     ["营业收入", "营业收入", "营业利润", "营业利润"]),
    # a sign before a bracketed amount is stepped over (g526)
    ("升幅較明顯的有家居設備及服務(+11.08%)和交通(+5.73%)。", ["家居設備及服務", "交通"]),
    # Hong Kong link words: 按月 (month on month), 錄 (recorded) (g503)
    ("8月私人住宅落成量錄得919伙,按月下跌約42.8%。", ["私人住宅落成量"] * 2),
    ("今年私人住宅落成量暫錄405伙。", ["私人住宅落成量"]),
    # 起降 is counted, no verb; the rules give 起降, the boundary scorer adds 运输 (g493)
    ("全区机场保障运输起降4.9万架次,同比增长11.5%。", ["起降", "起降"]),
    # 本地 (local residents, as against non-resident workers) names the statistic (g496)
    ("全年總體失業率為1.8%,本地居民失業率為2.4%。", ["總體失業率", "本地居民失業率"]),
    ("第4季總體失業率及本地居民失業率分別維持在1.7%及2.3%的水平。", ["總體失業率", "本地居民失業率"]),
]


@pytest.mark.parametrize("text,subjects", ALL_SUBJECTS, ids=[s for s, _ in ALL_SUBJECTS])
def test_every_subject(text, subjects):
    assert [c.subject.text for c in claims(text)] == subjects


def test_predicate():
    c = claims("全市组织开展455场线下家庭教育指导服务。")[0]
    assert field(c, "predicate") == "开展"


STATUS = [
    ("政府建议安排资金500万元。", "planned"),
    # 已 inside a word jieba keeps whole reports, after a target said to be met (gold g2128)
    ("全市新农保工作推进迅速,全年年度目标已经完成,全市已登记参保40.2万人。", "reported"),
    ("全市今年预计发放第三代社保卡12.67万张。", "planned"),
    ("赤字率拟按3%安排。", "planned"),
    ("力争到2015年，全省高速公路总里程突破5500公里，其中通车里程达到3600公里以上。", "planned"),
    ("甘肃将开建17条高速公路。", "planned"),
    ("全市共对2580户特殊困难老年人家庭完成适老化改造。", "reported"),
    ("据初步预计，2022年地区生产总值突破5万亿元。", "reported"),
    ("吴忠市计划投资232亿元，完成63.5%。", "planned"),
    # a plan word that opens a later clause leads the clauses after it
    ("持续升级现代化工业体系，力争今年工业投资增长15%，规上工业增加值增长16%。", "planned"),
    # …but a plan word before a verb and a name's head names a kind of project
    ("从建设阶段看，计划开工项目完成投资165.5亿元。", "reported"),
    # what a project yields once built is a design figure
    ("该项目建成投产后可实现年产值10亿元以上。", "planned"),
    ("项目完工后可提供回迁房14796.4平方米。", "planned"),
    ("项目建成投运后可实现产值86亿元。", "planned"),  # gold g407
    # a list named in a document's title is news of the list, not a list of targets (gold g354)
    ("《湖北省新能源汽車產業重點任務清單》正式印發。2021年,湖北汽車產量達209.9萬輛。", "reported"),
    # the size of a project that starts is a design figure (gold g344)…
    ("今年新开工的高速公路总里程265公里，工期3年。", "planned"),
    # …not of one that is built
    ("该高速公路全长30公里，去年开工，今年已建成通车。", "reported"),
    # a hospital that breaks ground: its land, floor space and beds, though it is to be built by a date
    ("南雄市第二人民医院开工奠基\n位于乌迳镇的第二人民医院总占地面积5.27万平方米,设置床位300张,预计2020年12月前建成。", "planned"),
    # …a project's size in a news story that starts nothing stays reported
    ("全市现有医院12家,总占地面积5.27万平方米。", "reported"),
    # 要求 with 的 after it is a noun (the requirement), no plan (gold g330)
    ("其他符合特定法律要求的澳門居民也透過任意性制度每月供款九十元。", "reported"),
    # 预期寿命 is life expectancy, no forecast
    ("隨着澳門的預期壽命增長,老年人口比例在二〇二三年達到百分之十三點九。", "reported"),
    # the plans made are what is counted (gold g327)
    ("驻村工作成效显著。据介绍,各驻村工作队制定实施经济发展规划8.1万余项。", "reported"),
    # 将 before an adverb of effort and a verb is the future (gold g608)
    ("2022年,屯昌将努力实现地区生产总值增长9.5%左右。", "planned"),
    # 将 before an amount is 把 (gold g565)
    ("通过拆除违建、增设电梯等举措,将36个老旧小区串联成宜居社区,居民满意度达98%。", "reported"),
    ("2025年将新建30个公园。", "planned"),
    # 将 that a 把-verb follows (将…列为) is no plan (gold g426)
    ("兰州市政府将老旧楼院改造列为为民兴办实事之一,每年在全市范围选取40处楼院进行改造。", "reported"),
    # a headline that says a plan is already passed measures against it (gold g483)
    ("收入已超全年预算\n今年前五个月财政收入300亿元。", "reported"),
    # a plan word that ends its clause after a noun names a plan, no cue (gold g502, g414, g83)
    ("新埔鎮區域排水規劃,總經費為255萬8,000元。", "reported"),
    ("实施残疾儿童康复救助计划,为144名残疾儿童实施康复救助。", "reported"),
    # 力争 before a verb and 项目 strives, it names no kind of project (gold g640)
    ("力争签约项目开工率达到30%。", "planned"),
    # an amount that names a target (gold g632)
    ("全省城镇新增就业完成全年35万目标任务的62.6%。", "planned"),
    # the plan's own value, the whole of a share (gold g618)
    ("农村公路建设与改造完工2092.4公里,占年度计划1500公里的139.5%。", "reported"),
    # an amount before 的 and a target noun is the target's value (gold g508)
    ("全年城镇登记失业率低于3.7%的控制目标。", "planned"),
    # the level a planned change starts from, said to be today's, is a fact (gold g487)
    ("住民補助將從現行每年12萬元提高至18萬元。", "reported"),
    # …but a target before its count stays a target
    ("若按公營房屋供應目標30.8萬個單位計算。", "planned"),
    # a share right before a target noun is the target met (gold g680)
    ("社会消费品零售总额完成区人代会批准增长8%以上目标。", "planned"),
    # a change whose next sentence says when it will take effect (gold g756); its starting level is today's
    ("將法定最低工資水平由現行每小時40元調升至42.1元。預計將於2025年5月1日生效。", "reported"),
    # …and without 現行 too: 由X調升至 starts from today's level (gold g2118); the new level is planned
    ("最低工資由每小時40元調升至42.1元。預計將於2025年5月1日生效。", "reported"),
    ("最低工資調升至42.1元。預計將於2025年5月1日生效。", "planned"),
    # …but a change said to have been carried out, with no 将 before 于, is done (gold g738)
    ("全区幼儿园达到3672所。内蒙古于2014—2016年实施学前教育行动计划。", "reported"),
    # new amounts from a month on (gold g771)
    ("多项社会援助津贴金额,会在二月起调高百分之一点四。", "planned"),
    # a plan word right after a verb of achieving names what was achieved (gold g1522)
    ("民生工程项目112个小项,全面完成全年目标任务的有46项。", "reported"),
    # …but an amount named by the plan after it is the plan's (gold g78)
    ("床位数达到31789张,超额完成规划提出的增加8500张床位的目标任务。", "reported"),
    # a target label and its colon open a stretch of the line, up to a progress label (gold g1523, g1525)
    ("一、中小学校安全建设项目\n目标任务:对8所中小学校进行校舍安全改造。\n目前进度:已完成7所。", "planned"),
    ("任务目标:对全市100个老旧小区进行改造。 进展情况:实际完成101个。", "planned"),
    # a lead that publishes the year's list of 实事, its name quoted inside (gold g1555)
    ("金凤区发布2025年民生“十心”实事!\n交通畅行\n▶新增公共停车位800个。", "planned"),
    # …but not when the lead says they are all done (gold g1526)
    ("区六届人大五次会议票决通过的民生实事项目全部完成,累计完成投资14.4亿元。", "reported"),
    # …but 目标任务 that a verb takes as its object is no label (gold g988)
    ("较好的完成了市十五届人大二次会议确定的目标任务:实现地区生产总值1261.6亿元。", "reported"),
]


@pytest.mark.parametrize("text,status", STATUS, ids=[s for s, _ in STATUS])
def test_status(text, status):
    assert claims(text)[0].status == status


def test_status_heading_of_a_task_done_below():
    """A numbered heading states the task when the paragraph under it reports the task done (gold g442)."""
    cs = claims("(三)新建公共厕所30座\n新建公共厕所42座，超额完成年度任务。")
    assert [(c.quantity.value, c.status) for c in cs] == [(30, "planned"), (42, "reported")]
    # without a report of the task under it, a heading keeps its own status
    cs = claims("(三)新建公共厕所30座\n其中城区12座。")
    assert cs[0].status == "reported"


def test_status_numbered_item_that_the_next_sentence_says_is_done():
    """1.减少农村扶贫对象6.76万人(责任单位:…)⏎此项工作已完成。… and 二、解决6万人…。(责任单位:…)该件实事已全面完成
    (gold g558): the item states the task; the result under it reports."""
    cs = claims("1.减少农村扶贫对象6.76万人(责任单位:市扶贫办,各县区)\n此项工作已完成。截至2019年12月底,全市完成减少农村扶贫对象7.497万人。",
                published="2020-01-09")
    assert [c.status for c in cs] == ["planned", "reported"]
    cs = claims("二、解决6万人农村饮水安全问题。(责任单位:市水务局)该件实事已全面完成", published="2020-01-09")
    assert cs[0].status == "planned"
    # an item that says it is done itself reports
    cs = claims("1.全市完成减少农村扶贫对象6.76万人。\n此项工作已完成。", published="2020-01-09")
    assert cs[0].status == "reported"


def test_status_level_a_change_starts_from_in_a_past_year_is_reported():
    """將由2011年的8.5%增加至2016年的11.2% (a text of 2013, gold g1674): the starting level is a
    fact; the level of a later year stays a target; in a text of 2010 both are targets."""
    text = "65歲及以上老年人口比例將由2011年的8.5%增加至2016年的11.2%。"
    assert [c.status for c in claims(text, published="2013-05-01")] == ["reported", "reported", "planned"]
    assert [c.status for c in claims(text, published="2010-05-01")][1:] == ["planned", "planned"]


def test_status_progress_label_under_a_list_of_tasks_reports():
    """项目内容:… states the task, 项目进展:… what is done so far, even under a lead that makes
    every amount of the list a target (gold g1667)."""
    text = ("2015年度全区25项民生实事项目进展情况\n\n编者按:2015年,区委、区政府确定了25项为民办的实事好事。\n\n"
            "1.投资2316万元,对11个社区的老旧小区进行整体改造。\n\n项目内容:对11个社区的老旧小区进行整体改造,惠及12000户居民。\n\n"
            "项目进展:累计投资1455万元,完成路面开挖79120平方米。")
    got = {c.quantity.surface: c.status for c in claims(text, published="2015-08-21")}
    assert (got["2316万元"], got["12000户"]) == ("planned", "planned")
    assert (got["1455万元"], got["79120平方米"]) == ("reported", "reported")


def test_status_task_that_the_next_sentence_says_is_under_way():
    """目前 and work still under way after a sentence: the sentence states the task (gold g461, g285)."""
    cs = claims("改造老旧小区12个，新建口袋公园3个。目前，正在开展施工招标。")
    assert [c.status for c in cs] == ["planned", "planned"]
    # done first, under way after: the sentence before is a fact
    cs = claims("全区共有村庄120个。目前，已完成56个村庄规划编制，40个正在编制中。")
    assert cs[0].status == "reported"
    cs = claims("去年改造老旧小区12个。目前，正在开展施工招标。")
    assert cs[0].status == "reported"


def test_status_every_share_of_a_list_measured_against_a_plan_reports():
    """分别达到治理计划的57%、37%和70%: the plan is the whole of each share (gold g488)."""
    cs = claims("改造3条道路,分别达到治理计划的57%、37%和70%。")
    assert [c.status for c in cs] == ["reported"] * 4


def test_status_list_voted_in_a_lead_broken_into_lines():
    """A phone page's lead, one phrase a line, tells of the vote on this year's list (gold g479)."""
    cs = claims("今天上午\n区人大会议\n票决产生了\n10项2025年民生实事项目\n01\n新建停车泊位300个\n"
                "02\n完成老旧小区改造12个", published="2025-01-10")
    assert [(c.quantity.surface, c.status) for c in cs] == [
        ("10项", "reported"), ("300个", "planned"), ("12个", "planned")]
    # last year's list is no list of targets
    cs = claims("今天上午\n区人大会议\n票决产生了\n10项2024年民生实事项目\n01\n新建停车泊位300个",
                published="2025-01-10")
    assert cs[1].status == "reported"


def test_a_line_wrapped_mid_sentence_runs_on_into_the_next():
    """…其中:水毁修复64件,沟道岁修1475件,病险水⏎库除险加固7件 (gold g808): a PDF copy's line break
    inside a word does not end the sentence, so the plan's breakdown goes on; a blank line,
    a heading or a dateline after it does."""
    lead = "2010年我县水利基础设施建设的主要任务是:计划完成各类水利工程1911件,其中:水毁修复64件,沟道岁修1475件,病险水"
    cs = claims(lead + "\n库除险加固7件;河道治理2件。\n二、下一步工作\n完成投资300万元")
    assert [(c.quantity.surface, c.status) for c in cs] == [
        ("1911件", "planned"), ("64件", "planned"), ("1475件", "planned"), ("7件", "planned"), ("2件", "planned"),
        ("300万元", "reported")]
    assert cs[3].sentence.start == 0
    assert [c.status for c in claims(lead + "\n\n库除险加固7件。")][-1] == "reported"


def test_status_a_vote_on_this_years_list_named_by_jinnian():
    """经人大代表表决通过,今年该市将实施15件民生实事项目: the list's items are targets (gold g520)."""
    cs = claims("经人大代表表决通过,今年该市将实施15件民生实事项目。\n在民生保障方面,完成市二中等7所学校项目建设。",
                published="2023-02-02")
    assert [(c.quantity.surface, c.status) for c in cs] == [("15件", "planned"), ("7所", "planned")]


def test_status_a_lead_that_says_what_the_articles_year_will_bring_with_a_place_between():
    """2021年我省将继续扎实办好“十件民生实事”。…具体为:新建改扩建公办幼儿园100所 (gold g591):
    a short place word between the year and 将; the list's size (10个方面) stays a fact."""
    text = "2021年我省将继续扎实办好“十件民生实事”。\n“十件民生实事”具体为:新建改扩建公办幼儿园100所;提质扩能40个县级医疗卫生机构。"
    assert [c.status for c in claims(text, published="2021-02-07")] == ["planned", "planned"]
    text = "北京市2026年重要民生实事项目公布,涵盖教育、养老等10个方面。2026年,北京将新增托位1000个。"
    assert [c.status for c in claims(text, published="2026-02-03")] == ["reported", "planned"]


def test_status_a_list_decided_or_published_for_the_articles_year():
    """公布了2021年鋼城區為民辦十件實事 (gold g600); 2025年重点民生实事新闻发布会上获悉,…票决产生了10件重点民生实事
    (gold g597): the items after the lead are targets."""
    text = "近日,在鋼城區十八屆人大五次會議上,公布了2021年鋼城區為民辦十件實事。\n實施教育提升工程。完成10處塑膠操場建設。"
    assert claims(text, published="2021-02-02")[-1].status == "planned"
    text = ("记者从璧山区2025年重点民生实事新闻发布会上获悉,经区人民代表大会票决产生了10件重点民生实事。\n"
            "实施城镇老旧小区改造,新开工5个老旧小区改造项目。")
    assert [c.status for c in claims(text, published="2025-03-04")] == ["reported", "planned"]
    # another year's list decides nothing
    text = "近日,公布了2020年鋼城區為民辦十件實事。\n實施教育提升工程。完成10處塑膠操場建設。"
    assert claims(text, published="2021-02-02")[-1].status == "reported"


def test_status_a_lead_list_said_done_in_the_title_or_the_next_sentence():
    """泰山区基本完成2019年为民办实事项目 (gold g687): a decided list in the lead opens no targets when the title
    says it is done; 据介绍,十件民生实事包括:一是… (gold g700): the items of the year's list are targets."""
    text = ("泰山区基本完成2019年为民办实事项目\n今年年初,泰山区委、区政府确定了2019年度为民办好的10件实事。"
            "截至11月底,10件实事已基本完成。\n其中,棚户区改造项目400套正在完善最后部分手续。")
    assert claims(text, published="2019-12-10")[-1].status == "reported"
    text = "2016年,琼山区将办好10件民生实事。\n据介绍,十件民生实事包括:一是推进扶贫开发,精准脱贫530户。"
    assert claims(text, published="2016-02-25")[-1].status == "planned"


def test_status_results_of_an_ended_period_in_a_plan_document():
    """关于印发…“十四五”残疾人保障和发展规划的通知 (gold g770): what the 十三五 period achieved is reported."""
    text = ("市政府关于印发马鞍山市“十四五”残疾人保障和发展规划的通知\n一、发展基础\n"
            "“十三五”时期,全市6567名建档立卡贫困残疾人实现脱贫。\n到2025年,新增残疾人就业2000人。")
    assert [c.status for c in claims(text, published="2022-06-02")] == ["reported", "planned"]


def test_status_provisions_of_a_policy_notice_are_planned():
    """建德市人民政府印发关于推动经济高质量发展的若干政策(2025年版)的通知 (gold g1083); 關于印發《懷化市貫徹落實〈…〉實施方案》
    with a name longer than 30 characters (g1084); 現將《關于推動經濟高質量發展若干政策(2025年版)》印發給你們 (g1086).
    A news lead that says a county 出台了《…行动计划》等一系列政策措施 reports (g835)."""
    body = "\n对首次上规模的高新技术企业,给予30万元奖励。"
    leads = ["建德市人民政府印发关于推动经济高质量发展的若干政策(2025年版)的通知",
             "懷化市人民政府辦公室關于印發《懷化市貫徹落實〈關于打好經濟增長主動仗實現經濟運行整體好轉的若干政策措施〉實施方案》的通知",
             "各區縣人民政府:\n現將《關于推動經濟高質量發展若干政策(2025年版)》印發給你們,請認真組織實施。",
             # 《泰安市2015年主要污染物减排计划》制定出台 (gold g1891): a bracketed plan's name, then the verb
             "日前,《安平市2025年主要污染物减排计划》制定出台,明确了全年的工作目标。"]
    for lead in leads:
        assert [c.status for c in claims(lead + body, published="2025-03-31")] == ["planned"], lead
    text = ("西乡县先后出台了《关于实施生态立县战略建设美丽幸福西乡的决定》和《“美丽乡村”建设两年行动计划》等一系列政策措施,"
            "成立了9个专项工作组。")
    assert {c.status for c in claims(text, published="2013-05-02")} == {"reported"}


def test_status_a_lone_estimate_cue_opens_the_sentence():
    """預計,全年完成地區生產總值188億元,同比增長1.0% (gold g1068, 2024-12-27): 预计 alone in the first clause
    governs the clauses after it; 已 in the amount's clause still reports."""
    text = "全区经济社会发展取得新进展。\n预计,全年完成地区生产总值188亿元,同比增长1.0%。"
    assert [c.status for c in claims(text, published="2024-12-27")] == ["planned", "planned"]
    text = "全区经济社会发展取得新进展。\n预计,全年已完成地区生产总值188亿元。"
    assert [c.status for c in claims(text, published="2024-12-27")] == ["reported"]


def test_status_a_paragraph_that_opens_a_list_of_targets():
    """2021年促进就业计划目标为:…。农村劳动力转移就业70万人,… (gold g1072, a review of 2021 dated 2022-03-31): the
    list that 目标为: opens runs through the paragraph, also when its year is over; the results come after."""
    text = ("一、促进就业计划执行情况\n2021年促进就业计划目标为:全省城镇新增就业60万人以上,就业困难人员就业7万人。"
            "农村劳动力转移就业70万人。实际完成情况如下:\n(一)全省城镇新增就业64.7万人。")
    assert [c.status for c in claims(text, published="2022-03-31")] == ["planned", "planned", "planned", "reported"]


def test_status_a_work_summary_and_plan_reviews_under_its_work_heading():
    """天门市民政局2024年工作总结及2025年工作计划 ⏎ 一、2024年工作情况 (gold g1142): the title names a plan but the
    section reviews the year's work (cues review: 工作情况, 工作总结); the plan section's targets stay planned."""
    text = ("天门市民政局2024年工作总结及2025年工作计划\n一、2024年工作情况\n全市保障城市低保7754人。临时救助2188人次。\n"
            "二、2025年工作计划\n新建互助照料中心10个。")
    assert [c.status for c in claims(text, published="2025-03-12")] == ["reported", "reported", "planned"]


def test_status_share_of_a_target_that_names_its_amount():
    """一般公共预算收入累计实现7,598万元,为年度收入目标7,598万元的100% (gold g1192): the target and its amount name
    the whole a share is of; the share is a result, and so is the breakdown after it."""
    text = "2023年,全镇一般公共预算收入累计实现7,598万元,为年度收入目标7,598万元的100%。其中:税收收入1,249万元。"
    assert [c.status for c in claims(text, published="2024-04-26")] == ["reported", "planned", "reported", "reported"]


def test_status_funds_obtained_are_no_plan():
    """2021年爭取中央資金13.4億元,同比增長20% (gold g1190), 争取上级各类项目资金11.88亿元 (g780): 争取 before a source of
    funds reports what was obtained; 力争…争取资金23.5亿元以上 (g938) is still a target."""
    assert [c.status for c in claims("2021年爭取中央資金13.4億元,同比增長20%。", published="2021-12-14")] == ["reported"] * 2
    assert claims("明年力争全口径向上争取资金23.5亿元以上。", published="2021-12-14")[0].status == "planned"


def test_status_estimate_in_a_report_given_before_its_year_ended():
    """——2024年12月28日在白山市江源区第十届人民代表大会⏎第四次会议上 (gold g660): the date line, broken by the page,
    times the report, so its 预计 of 2024 is a forecast, also when the article is dated 2025."""
    text = ("——2024年12月28日在白山市江源区第十届人民代表大会\n第四次会议上\n一、2024年工作回顾\n"
            "预计全年地区生产总值同比增长5%。")
    assert claims(text, published="2025-02-18")[0].status == "planned"


def test_status_a_plan_word_does_not_carry_into_the_next_item():
    """…今后,居民均可申请救助;六是…新建153个…: 今后 of item five does not reach item six (gold g508)."""
    cs = claims("五是完善救助制度,今后,居民均可申请应急性救助;六是改善老年活动场所条件,新建153个社区老年活动中心。")
    assert cs[0].status == "reported"


def test_status_a_lead_that_gives_the_main_targets_makes_a_list_of_tasks():
    """今年经济社会发展的主要预期目标是:… then the year's tasks without a cue (gold g501)."""
    cs = claims("政府工作报告指出,今年经济社会发展的主要预期目标是:地区生产总值增长10%。\n"
                "基础设施\n完善城市基础设施,建成6个公交场站。投资28亿元,新建农村公路300公里。")
    assert [c.status for c in cs] == ["planned"] * 4


def test_status_within_the_year_compared_with_the_year_before_reports():
    """年内 names a plan's year, but an amount compared with the same period before is a
    result; 回顾年内 reviews it (gold g553)."""
    cs = claims("年内,本集团铝合金产品销量达到约574.8万吨,较去年同期约547.3万吨增加约5.0%。")
    assert [c.status for c in cs] == ["reported"] * 3
    cs = claims("回顾年内,本集团铝合金产品产量约626.5万吨。")
    assert cs[0].status == "reported"
    # 年内 without a comparison stays a plan
    cs = claims("年内,全市新建口袋公园30个,改造老旧小区12个。")
    assert [c.status for c in cs] == ["planned"] * 2


def test_status_an_overview_that_names_the_plans_it_carried_out_reports():
    """卫生事业概况: a lead that tells of plans issued, under a title that gives an overview,
    reports (gold g554)."""
    cs = claims("卫生事业概况\n卫生健康体系建设不断推进。制定实施健康天津行动计划,出台促进中医药传承创新发展的实施方案。"
                "全市急救站点达到204个。卫生机构床位6.84万张。")
    assert [c.status for c in cs] == ["reported"] * 2
    # without the overview the lead issues a plan
    cs = claims("制定实施健康天津行动计划,出台促进中医药传承创新发展的实施方案。全市急救站点达到204个。")
    assert cs[0].status == "planned"


def test_status_a_plan_verb_after_a_source_and_a_time_leads_the_sentence():
    """根据《…政府工作报告》,2024年,内蒙古将改造…,建成…,改造危房4211户: the source and the
    time before 将 do not keep it from governing the clauses after its own (gold g548)."""
    cs = claims("根据《2024年内蒙古自治区政府工作报告》,2024年,内蒙古将改造老旧小区1639个,建成户厕6.2万个、公路5106公里,"
                "改造危房4211户。")
    assert [c.status for c in cs] == ["planned"] * 4
    # a long clause that names no source still stops it
    cs = claims("在自治区党委政府的坚强领导下,2024年,内蒙古将改造老旧小区1639个,建成户厕6.2万个、公路5106公里,改造危房4211户。")
    assert [c.status for c in cs] == ["planned", "planned", "reported", "reported"]


def test_a_year_written_without_nian_before_jiang_is_no_amount():
    """内蒙古2024将改造城镇老旧管网2220公里 (gold g548)."""
    assert [c.quantity.surface for c in claims("内蒙古2024将改造城镇老旧管网2220公里")] == ["2220公里"]


def test_status_the_end_of_the_articles_own_year_still_to_come_is_a_deadline():
    """为2017年底全面完成14.05万户采沉区棚改奠定了基础, in January 2017 (gold g550)."""
    text = "改造已累计开工13万套,为2017年底全面完成14.05万户采沉区棚改奠定了基础。"
    assert [c.status for c in claims(text, published="2017-01-20")] == ["reported", "planned"]
    # in the next year the end of 2017 is past
    assert [c.status for c in claims(text, published="2018-02-20")] == ["reported", "reported"]


def test_status_a_plan_a_result_is_measured_against_is_no_cue():
    """基本实现…的目标;固定资产投资完成172亿元,增长18.7%,超计划目标6.7个百分点;…增长10.1%,差计划目标0.9个百分点
    (gold g557): achieved, passed or missed, the plan is the reference."""
    text = ("全县基本实现“增速不低于全州平均水平”的目标;固定资产投资完成172亿元,增长18.7%,超计划目标6.7个百分点;"
            "社会消费品零售总额完成49.28亿元,增长10.1%,差计划目标0.9个百分点。")
    assert [c.status for c in claims(text, published="2023-02-02")] == ["reported"] * 6
    # an estimate of a year gone by reports, whatever plans the sentence measured it against
    text = "2022年,增长10.1%,差计划目标0.9个百分点;城镇常住居民人均可支配收入预计达45578元。"
    assert [c.status for c in claims(text, published="2023-02-02")] == ["reported"] * 3
    # a plan that is no reference stays a cue
    assert claims("2023年计划目标:社会消费品零售总额增长10%。", published="2023-02-02")[0].status == "planned"


def test_status_the_cost_that_names_a_project_is_planned():
    """投资84.6亿元的洪屏电站二期建设进展顺利 (gold g561, g293, g413): a project's cost."""
    assert claims("投资84.6亿元的洪屏电站二期建设进展顺利。")[0].status == "planned"
    # what was spent is no project's cost
    assert claims("全市完成投资84.6亿元的工程有3个。")[0].status == "reported"


def test_status_an_estimate_note_with_xiatong_covers_the_amounts_after_it():
    """地区生产总值增长8%左右(预计数,下同),固定资产投资增长10%以上 (gold g567, given 2019-12-25)."""
    text = "2019年,全市地区生产总值增长8%左右(预计数,下同),固定资产投资增长10%以上,产业投资占比54%。"
    assert [c.status for c in claims(text, published="2019-12-26")] == ["planned"] * 3
    # once the year is over the estimates report
    assert [c.status for c in claims(text, published="2020-01-20")] == ["reported"] * 3
    # without 下同 the note is the first amount's only
    text = "2019年,全市地区生产总值增长8%左右(预计数),全年新建学校12所,产业投资占比54%。"
    assert [c.status for c in claims(text, published="2019-12-26")] == ["planned", "reported", "reported"]


def test_status_a_paragraph_that_opens_with_this_year_and_jiang_lists_targets():
    """今年,兴庆区将加大…力度,确保固定资产投资达到120亿元以上。全力推进第一批75个…项目 (gold g571,
    published 2025-01-09): the lead has an amount, but opens with the article's year and 将."""
    text = "今年,兴庆区将加大投资力度,确保固定资产投资达到120亿元以上。全力推进第一批75个基本建设项目前期工作。"
    assert [c.status for c in claims(text, published="2025-01-09")] == ["planned", "planned"]
    # a year gone by opens no plan; nor does 将 as 把 (将…纳入)
    text = "2023年,兴庆区将加大投资力度,确保固定资产投资达到120亿元以上。全力推进第一批75个基本建设项目前期工作。"
    assert claims(text, published="2025-01-09")[1].status == "reported"
    text = "2025年,湖南将农村公路提升行动纳入民生实事,提出完成改造3000公里的目标。1至7月完成改造2399公里。"
    assert claims(text, published="2025-08-20")[1].status == "reported"


def test_status_counts_of_listed_projects_beside_their_expected_investment():
    """續建項目532個、2025年預計完成投資6076.8億元;計劃新開工項目278個、… (gold g578, g580): the
    counts report the list, the expected investments are planned."""
    text = "續建項目532個、2025年預計完成投資6076.8億元;計劃新開工項目278個、2025年預計完成投資1839.7億元。"
    assert [c.status for c in claims(text, published="2025-01-17")] == ["reported", "planned", "reported", "planned"]
    # after a time 计划 is the verb of a target; a cue before the amount still governs it
    text = "其中,一季度计划新开工项目20个,目前已全部开工。"
    assert claims(text, published="2025-01-17")[0].status == "planned"
    assert claims("13条接头路将全部打通。")[0].status == "planned"


def test_status_a_project_total_after_a_semicolon_is_not_counted_up():
    """1-6月累计完成投资235.8亿元,占年计划投资的72%;计划新开工项目157项,总投资506.08亿元 (gold g580)."""
    text = "1-6月累计完成投资235.8亿元,占年计划投资的72%;计划新开工项目157项,总投资506.08亿元。"
    assert [c.status for c in claims(text, published="2023-07-12")] == ["reported", "reported", "reported", "planned"]


def test_status_what_the_articles_own_year_is_to_achieve_is_planned():
    """2024年完成综合交通固定资产投资1148亿元以上 in January 2024 (gold g593, g162)."""
    text = "适度超前开展交通基础设施建设,2024年完成综合交通固定资产投资1148亿元以上。"
    assert claims(text, published="2024-01-09")[0].status == "planned"
    # once the year is over it reports; so does what the clause counts up
    assert claims(text, published="2025-01-09")[0].status == "reported"
    assert claims("2024年累计完成投资1148亿元。", published="2024-06-09")[0].status == "reported"


def test_status_the_plan_value_inside_a_share_is_planned():
    """占年度计划1500公里的139.5% (gold g618)."""
    cs = claims("农村公路建设与改造完工2092.4公里,占年度计划1500公里的139.5%。", published="2022-09-20")
    assert [c.status for c in cs] == ["reported", "planned", "reported"]


def test_status_and_subject_of_a_target_at_the_end_of_a_quoted_task_name():
    """“城镇棚户区改造27.76万套”项目,已完成17.18万套 (gold g617): the quoted amount is the task's
    target; the subject stops at the opening quote and is not the 项目 after the closing one."""
    cs = claims("包括“城镇棚户区改造27.76万套”项目,已完成17.18万套。", published="2018-07-23")
    assert [(c.status, c.subject.text) for c in cs] == [("planned", "城镇棚户区改造"), ("reported", "城镇棚户区改造")]
    # a quoted name that no task word follows is no target
    assert claims("记者问到“城镇棚户区改造27.76万套”时,他笑了。", published="2018-07-23")[0].status == "reported"


def test_a_share_of_the_budget_reports_and_keeps_the_subject():
    cs = claims("2024年全区一般公共预算收入127,307万元，为预算的102.8%，完成调整预算数的97.9%，增长6.8%。")
    assert [(c.quantity.surface, c.status, field(c, "subject")) for c in cs] == [
        ("127,307万元", "reported", "一般公共预算收入"), ("102.8%", "reported", "一般公共预算收入"),
        ("97.9%", "reported", "一般公共预算收入"), ("6.8%", "reported", "一般公共预算收入")]


def test_the_share_of_an_estimate_and_the_verbs_after_a_plan_are_planned():
    cs = claims("2022年，县级一般公共预算收入预计完成64000万元，占调整预算的100%。")
    assert [(c.quantity.surface, c.status) for c in cs] == [("64000万元", "planned"), ("100%", "planned")]
    cs = claims("今年，西藏计划完成交通固定资产投资520亿元，新建改建国省干线公路5800公里。")
    assert [(c.quantity.surface, c.status) for c in cs] == [("520亿元", "planned"), ("5800公里", "planned")]


def test_a_target_section_plans_what_is_to_be_completed():
    assert [(c.quantity.surface, c.status) for c in claims("一、主要目标\n2018年，开展农村人居环境整治，完成投资25亿元。")] == [
        ("25亿元", "planned")]


def test_the_change_of_a_planned_amount_is_planned():
    cs = claims("公务接待费支出预算240万元，比2023年预算减少10万元，下降4%。")
    assert [(c.quantity.surface, c.status) for c in cs] == [("240万元", "planned"), ("10万元", "planned"), ("4%", "planned")]
    assert field(cs[0], "subject") == "公务接待费支出预算"


def test_a_paragraph_led_by_a_plan_verb_plans_its_amounts():
    text = ("全市新引进重大项目380个。\n2026年，全市将围绕八大任务发力。其中，培育专精特新企业80家以上。"
            "新引进重大产业化项目550个以上。去年已建成重点项目303个。")
    assert [(c.quantity.surface, c.status) for c in claims(text)] == [
        ("380个", "reported"), ("80家以上", "planned"), ("550个以上", "planned"), ("303个", "reported")]


def test_a_deadline_after_a_task_makes_it_a_target():
    text = "粮食产量100亿斤以上。\n|\n市农技中心\n|\n2024年底前\n|\n2\n|\n全市粮食产量去年达到98亿斤。"
    assert [(c.quantity.surface, c.status) for c in claims(text)] == [("100亿斤以上", "planned"), ("98亿斤", "reported")]


def test_an_estimate_under_a_heading_that_reviews_a_year_reports_it():
    text = "一、2018年工作回顾\n2018年，各项工作取得新进展。预计全县地区生产总值突破200亿元，增长8.8%。"
    assert [c.status for c in claims(text)] == ["reported", "reported"]


def test_an_achievement_share_of_a_plan_keeps_the_done_subject():
    cs = claims("全省农村劳动力转移就业367.9万人，完成年计划102.2%。")
    assert [field(c, "subject") for c in cs] == ["农村劳动力转移就业"] * 2


def test_roc_years_in_a_text_that_names_the_era_are_no_amounts():
    cs = claims("審計部公布民國113年決算報告指出，長照基金來源由109年的新台幣537億餘元，增至113年度的1304億餘元。")
    assert [c.quantity.surface for c in cs] == ["新台幣537億餘元", "1304億餘元"]


def test_status_list_under_a_target():
    cs = claims("今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人左右，城镇调查失业率5.5%左右。")
    assert [c.status for c in cs] == ["planned"] * 3


def test_a_progress_table_reports_the_results_after_each_target():
    """县区 项目名称 年度目标任务 完成进度⏎…募集青年就业见习岗位325个 完成330个,完成率101.54% (gold g864):
    the target of each row is planned, what is done after it is reported."""
    text = ("2023年3月份暖民心行动进展情况表\n县区 项目名称 年度目标任务 完成进度\n"
            "2.募集青年就业见习岗位325个 完成330个,完成率101.54%\n3.开发公益性岗位540个 完成838个,完成率155.19%")
    assert [(c.quantity.surface, c.status) for c in claims(text, published="2023-05-09")] == [
        ("325个", "planned"), ("330个", "reported"), ("101.54%", "reported"),
        ("540个", "planned"), ("838个", "reported"), ("155.19%", "reported")]


def test_a_heading_that_announces_targets_governs_the_lines_under_it():
    text = ("一、全市经济社会发展主要预期目标\n\n1.生产总值增长6%以上，高质量前提下能快则快。\n\n责任单位：市发改委\n\n"
            "2.规上工业增加值增长8%。\n\n二、2022年工作回顾\n\n全市生产总值增长5.2%。")
    assert [c.status for c in claims(text)] == ["planned", "planned", "reported"]
    # past sub-headings; a sentence that reports stays reported
    text = ("2021年,温州农业农村工作定下这些目标↓\n\n实施稳粮保供行动\n\n实现粮食播种面积169万亩,蔬菜产量160万吨。\n\n"
            "打造美丽乡村\n\n新增乡村振兴示范带28条,已累计建成109条。")
    assert [c.status for c in claims(text)] == ["planned", "planned", "reported", "reported"]


def test_a_projects_total_and_its_years_plan_are_planned():
    cs = claims("额敏县集中开工项目10个，总投资140.28亿元，年度计划投资26.43亿元。")
    assert [c.status for c in cs] == ["reported", "planned", "planned"]
    # the contract total of projects signed so far is a result
    cs = claims("一季度，累计签约项目7个，协议总投资额达107.54亿元。")
    assert [c.status for c in cs] == ["reported", "reported"]
    # the share of the year's plan that is done is reported
    cs = claims("至9月底，项目累计完成投资153.7亿元，完成年度计划的62.4%。")
    assert [c.status for c in cs] == ["reported", "reported"]


def test_a_title_that_names_a_plan_makes_its_amounts_targets():
    text = "2023年本溪市预算说明\n一、一般公共预算说明\n全市一般公共预算收入安排77.6亿元。加上上年结转收入25.4亿元，收入总计222.7亿元。"
    assert [c.status for c in claims(text)] == ["planned"] * 3
    # what the plan says is done stays reported
    text = "山东省电动汽车充电基础设施“十四五”发展规划\n\n截至2020年底，全省已建成充电站1200座。"
    assert [c.status for c in claims(text)] == ["reported"]


def test_cue_inside_a_name_plans_nothing():
    c = claims("推行「新資本投資者入境計劃」所需的額外開支亦逾700萬元。")[0]
    assert c.status == "reported"
    c = claims("根据《国内旅游提升计划》，全市接待游客1200万人次。")[0]
    assert c.status == "reported"
    assert claims("全年计划新增义务教育和高中学位2万个。")[0].status == "planned"
    # a quoted name that ends with a plan word is a programme's (gold g347)
    cs = claims("2024年，“阳光家园计划”托养服务428人、优化无障碍环境完成409户。")
    assert [c.status for c in cs] == ["reported", "reported"]
    # …and a plan verb after 即 leads the list it opens (dev a020)
    cs = claims("“十二五”时期甘肃将重点推行“122攻坚计划”，即力争建成1圈，打通2条重要通道瓶颈路段，连通2条重要迂回线。")
    assert [c.status for c in cs] == ["planned"] * 3


def test_a_list_decided_for_the_year_is_a_plan_and_its_size_a_fact():
    # gold g357: the lead says a vote fixed the article's own year's list
    text = ("2月22日，城中区人代会闭幕，会议票决产生了2025年民生实事项目共7类20项，总投资2.2亿元。\n"
            "就业服务方面，新增两个“零工小站”，组织引导农村劳动力转移就业7000人次，提供就业岗位1000个。")
    cs = claims(text, published="2025-02-23")
    assert [(c.quantity.surface, c.status) for c in cs] == [
        ("7类", "reported"), ("20项", "reported"), ("2.2亿元", "planned"),
        ("两个", "planned"), ("7000人次", "planned"), ("1000个", "planned")]
    # the figure of the vote is the vote's; the year before's results stay results (gold g188)
    text = ("人大代表票决确定2021年10项民生实事项目\n1月22日，由231名代表投票表决，2021年10项民生实事项目名单正式出炉。"
            "2020年，截至12月底完成投资2.41亿元。")
    cs = claims(text, published="2021-01-23")
    assert [(c.quantity.surface, c.status) for c in cs] == [
        ("10项", "reported"), ("231名", "reported"), ("10项", "reported"), ("2.41亿元", "reported")]
    # what will be done is planned: 将为民办好15件大事 (gold g297)
    cs = claims("县政府2020年将为民办好15件大事和民生实事。", published="2020-05-11")
    assert [c.status for c in cs] == ["planned"]


def test_forecasts_and_design_figures_are_planned():
    # a completion share computed from a forecast is a forecast (gold g359, a December report)
    cs = claims("——年计划完成地区生产总值617亿元以上,1—9月完成428.3亿元,同比增长2.2%,全年预计完成600亿元,完成年计划的97%。",
                published="2023-12-19")
    assert [c.status for c in cs] == ["planned", "reported", "reported", "planned", "planned"]
    # …but the share of the year's plan that is done stays a result
    cs = claims("至9月底，项目累计完成投资153.7亿元，完成年度计划的62.4%。")
    assert [c.status for c in cs] == ["reported", "reported"]
    # 拟建: the buildings and floor area of a school to be built (gold g358)
    cs = claims("该校拟建1栋6层教学综合楼，1栋2层体育中心，总建筑面积60081.94平方米。", published="2025-04-30")
    assert [(c.quantity.surface, c.status) for c in cs if c.quantity.unit != "层"] == [
        ("1栋", "planned"), ("1栋", "planned"), ("60081.94平方米", "planned")]
    # the length of a road that resumes work is its design; what was done this year is not (gold g364)
    text = "7个国省道改造项目全面复工\n国道鹤大公路杏山至省界段，建设里程52公里，本年完成投资50万元。"
    assert [c.status for c in claims(text)] == ["reported", "planned", "reported"]
    assert claims("新开工项目12个，完成公路建设里程300公里。")[1].status == "reported"
    # 预估: an estimate of what a plant will yield
    assert claims("太阳光电预估年产出绿电可多供给15万户一般家庭年用电量。")[0].status == "planned"


def test_months_gone_by_are_reported_after_a_plan_cue():
    # a December report: the plan of its first clause does not reach 1-9月 (gold g359)
    cs = claims("——年计划城乡居民人均可支配收入与经济增长同步,1-9月城乡居民人均可支配收入26659元,同比增长5.2%,"
                "全年预计达到35040元。", published="2023-12-19")
    assert [c.status for c in cs] == ["reported", "reported", "planned"]
    # an August progress report on the year's task list (gold g204)
    cs = claims("今年计划改造老旧小区440个，截至6月底，已开工的小区129个，占任务数的28.86%。", published="2020-08-10")
    assert [c.status for c in cs] == ["planned", "reported", "reported"]
    # the months still to come stay under the plan
    cs = claims("今年计划改造老旧小区440个，年底前开工的小区129个。", published="2020-08-10")
    assert [c.status for c in cs] == ["planned", "planned"]


def test_a_forecast_in_a_report_given_before_its_year_ended():
    # gold g368: delivered 2022-12-28, published 2023-01-18: 预计 of 2022 is a forecast
    text = ("——2022年12月28日在淄博市第十六届人民代表大会第三次会议上\n一、2022年工作回顾\n"
            "经济运行稳中向好。预计全市地区生产总值完成4500亿元,同比增长4%以上。")
    assert [c.status for c in claims(text, published="2023-01-18")] == ["planned", "planned"]
    # without the date line the year was over when it was written: an estimate of a result
    assert [c.status for c in claims(text.split("\n", 1)[1], published="2023-01-18")] == ["reported", "reported"]


def test_a_task_handed_down_is_planned():
    # gold g369 and g62: the size of a task the prefecture or province assigned
    assert claims("2012年州下达该县公租房建设任务573套,现已全部开工。", published="2012-10-29")[0].status == "planned"
    assert claims("一是建设任务。2021年省州下达建设任务2.05万亩。", published="2021-06-10")[0].status == "planned"
    # …and the part of it in brackets is part of the task
    cs = claims("2012年州下达该县公租房建设任务573套(其中乡镇教师公共租赁住房42套),现已全部开工。", published="2012-10-29")
    assert [c.status for c in cs] == ["planned", "planned"]
    # a task done is no task handed down (gold g203)
    assert claims("制定88条问题清单,已完成整改任务66项。", published="2021-06-10")[1].status == "reported"


def test_next_year_is_a_plan():
    cs = claims("政府下年度起把長者社區照顧服務券增加4000張至16000張。")
    assert [c.status for c in cs] == ["planned", "planned"]
    assert claims("政府去年把服務券增加4000張。")[0].status == "reported"


def test_target_named_after_the_amount_and_heading_cut_off():
    c = claims("2020年单位国内生产总值二氧化碳排放比2015年下降18.8%，超额完成“十三五”下降18%的目标。")[1]
    assert c.status == "planned"
    assert claims("全年完成了80%的计划任务。")[0].status == "reported"
    # a heading cut off without punctuation carries its cue to the next line
    assert claims("全年计划新增\n义务教育和高中学位2万个\n")[0].status == "planned"
    assert claims("全年新增\n义务教育和高中学位2万个\n")[0].status == "reported"
    # a numbered section title is no cut-off sentence
    assert claims("二、全市政府性基金预算收支情况\n上半年,全市政府性基金预算收入249.1亿元。")[0].status == "reported"


def test_hypothetical_plans_until_a_turn():
    cs = claims("她表示，如果將單位出租或改劃成劏房，一定能收取雙倍或以上的租金，不過她選擇將物業用作「光房」，"
                "以低於市價一半的價錢出租。")
    assert [c.status for c in cs] == ["planned", "reported"]


def test_coordinated_clause_continues_the_plan():
    cs = claims("政府下年度起把長者社區照顧服務券增加4000張至16000張，以及把長者院舍照顧服務券增加1000張至總數7000張。")
    assert [c.status for c in cs] == ["planned"] * 4
    cs = claims("去年新建学校3所，以及改扩建学校5所。")
    assert [c.status for c in cs] == ["reported"] * 2


def test_headline_takes_the_status_of_the_body():
    text = "新改扩建50所中小学 建成15个重大医疗项目\n全市计划新改扩建中小学校50所以上。去年建成15个重大医疗项目。"
    cs = claims(text)
    assert [c.status for c in cs] == ["planned", "reported", "planned", "reported"]


def test_budget_accounts_are_names_and_estimates_are_plans():
    cs = claims("上半年,全市政府性基金预算收入249.1亿元;全市一般公共预算支出1532.7亿元。")
    assert [c.status for c in cs] == ["reported", "reported"]
    c = claims("建议向车主提供一笔过资助,估计涉及的总资助额约为5亿4千万元。")[0]
    assert c.status == "planned"


def test_jiang_before_a_noun_is_no_plan():
    assert claims("她選擇將物業用作「光房」，以低於市價一半的價錢出租。")[0].status == "reported"
    assert claims("“十二五”末，13条接头路将全部打通。")[0].status == "planned"


def test_status_reported_cue_in_own_clause():
    cs = claims("吴忠市计划投资232亿元，完成63.5%。")
    assert [c.status for c in cs] == ["planned", "reported"]


def test_plan_cue_before_a_report_word_still_plans():
    assert claims("預計全年完成營造林900萬畝。")[0].status == "planned"
    assert claims("预计全年比上年增长6%左右。")[0].status == "planned"
    assert claims("已完成年计划的76.5%。")[0].status == "reported"
    assert claims("年内已完成投资5亿元。")[0].status == "reported"  # 已 is done, whatever came before
    assert claims("年内建成学校5所。")[0].status == "planned"


def test_plan_as_the_reference_of_a_comparison_is_no_status():
    cs = claims("城镇登记失业率3.1%,低于市计划的0.7个百分点。")
    assert [c.status for c in cs] == ["reported", "reported"]
    assert claims("全市保障性住房目标任务完成率达110.59%。")[0].status == "reported"
    assert claims("全市保障性住房目标任务为14622套。")[0].status == "planned"
    # a budget compared with last year's budget is still compared, not made a plan by it
    assert claims("預計明年開支較2009-10年度的修訂預算淨增加約34億元。")[0].status == "planned"


def test_task_over_years_heading_its_results_is_planned():
    cs = claims("2606个撤并村通公路(2013—2017年)。上半年已完成建设4022公里,新解决1075个撤并村通公路。")
    assert [c.status for c in cs] == ["planned", "reported", "reported"]
    # a report cue keeps an amount with years in brackets reported
    assert claims("已建成学校12所(2013—2017年)。")[0].status == "reported"


def test_share_of_a_plan_is_an_achievement():
    cs = claims("上半年实际完成投资156.92亿元,占全年计划投资的56.6%。累计解决2585个,占总计划的99.2%。")
    assert [c.status for c in cs] == ["reported"] * 4
    # 目标任务 before 的 names the whole too (gold g394)
    cs = claims("全省新增85466人,达565965人,为目标任务的565.97%。")
    assert [c.status for c in cs] == ["reported"] * 3


# plans that reach past their own clause, and where they stop
STATUS_LISTS = [
    # the parts of a planned total are planned, and so is the next task of the list (g26's gold)
    ("省下达我市保障性安居工程目标总任务为14622套,其中廉租住房1852套,公共租赁住房7900套,"
     "棚户区改造4870套;新增租赁补贴300户。", ["planned"] * 5),
    ("计划总投资50亿元,其中已完成投资20亿元,今年完成8亿元。", ["planned", "reported", "reported"]),
    ("全市开工建设16170套,其中廉租住房2164套。", ["reported", "reported"]),
    # a sentence opening with 其中 breaks down the planned total just before it
    ("到2025年,全省充电基础设施达到15万台以上。其中,公共充换电站达到5000座左右。", ["planned", "planned"]),
    # a plan verb opening a sentence governs its list
    ("2024年,全省计划投资1400亿元以上,综合交通网络持续完善,港口吞吐量达到6000万吨以上;"
     "通车高速公路643公里。", ["planned"] * 3),
    # the reference of a comparison is a fact; the change after it is the forecast
    ("预计2021年全市小麦平均亩产206.76公斤,比2020年平均亩产185.8公斤增加20.96公斤,增产11.3%。",
     ["planned", "reported", "planned", "planned"]),
    # an achievement on the way ends the plan, and so does the past
    ("全市今年预计发放社保卡12.67万张,1212辆公交车已全面完成改造,城区18个网点提供服务。",
     ["planned", "reported", "reported"]),
    ("全市今年预计发放社保卡12.67万张,去年新增普惠性托位1365个。", ["planned", "reported"]),
    # a plan verb later in the sentence does not reach back to the clauses before it
    ("去年新建学校3所,今年计划新建学校5所。", ["reported", "planned"]),
    # under a target heading, what was done before is the base (在…基础上) that the targets build
    # on; its 已 does not make them past (gold g373)
    ("一、主要目标\n在近年来已完成2100个村庄污水治理基础上,再完成4000个以上村庄污水治理,"
     "使全市60%以上村庄覆盖污水处理设施。", ["reported", "planned", "planned"]),
    # a document that issues an outline (发布《…纲要》) states targets without cues (gold g375)
    ("近日,省农业农村厅发布《全省农村供水中长期发展纲要》。\n供水保障提升。农村自来水普及率达到95%,"
     "规模化供水工程覆盖率达到80%。", ["planned", "planned"]),
    # …but the size of the list decided before it is a fact (gold g377)
    ("县政府办公室印发《2024年县列为民实事实施方案》。县人大会议确定了2024年集中办理的8件为民实事,"
     "其中新建幼儿园2所。", ["reported", "planned"]),
]


def test_a_document_opening_with_a_target_year_lists_targets():
    # an undated plan that opens with 力争到2010年: its later lines are targets too (gold g385)
    text = "力争到2030年,全市生产总值达到1000亿元。\n社会事业更加进步:新建学校20所,城镇居民人均可支配收入年均增长8%。"
    assert [c.status for c in EX.extract(text).claims] == ["planned"] * 3
    # …not when the year has passed by the article's date
    text = "到2023年底,全市生产总值达到1000亿元。\n社会事业:新建学校20所。"
    assert [c.status for c in EX.extract(text, published="2024-03-01").claims][1:] == ["reported"]


def test_a_heading_that_reports_a_target_achieved_is_no_target_section():
    # 超额完成阶段目标 says the targets were met: the amounts under it report (gold g415)
    text = "河南部分重点民生实事超额完成阶段目标\n上半年,河南省共新建公共服务领域充电桩13149个。"
    assert [c.status for c in EX.extract(text, published="2024-08-05").claims] == ["reported"]
    text = "二、主要目标\n新建公共服务领域充电桩13149个。"
    assert [c.status for c in EX.extract(text, published="2024-08-05").claims] == ["planned"]


def test_a_published_budget_and_a_budget_arrangement_heading_are_plans():
    # a year's 预算公开 publishes that year's budget: its amounts are planned (gold g392)…
    text = "2025年政府预算公开\n一、预算编制\n地方一般公共预算收入50000万元,较上年增加3000万元,增长6%。"
    assert [c.status for c in EX.extract(text, published="2025-03-01").claims] == ["planned"] * 3
    # …a 决算 (final accounts) reports
    text = "2024年决算公开\n地方一般公共预算收入50000万元,较上年增加3000万元。"
    assert [c.status for c in EX.extract(text, published="2025-03-01").claims] == ["reported"] * 2
    # a heading that sets out how the budget is arranged announces its figures
    text = "二、一般公共预算收支安排情况\n全县一般公共预算收入12亿元,其中税收收入8亿元。"
    assert [c.status for c in EX.extract(text).claims] == ["planned"] * 2
    # so does a department budget's heading of its income and spending budget (gold g944)
    text = "四、财政拨款收支预算总体情况说明\n2025年财政拨款收支总预算1085203.63元。"
    assert [c.status for c in EX.extract(text).claims] == ["planned"]


@pytest.mark.parametrize("text,statuses", STATUS_LISTS, ids=[t[:16] for t, _ in STATUS_LISTS])
def test_status_of_a_list(text, statuses):
    assert [c.status for c in claims(text)] == statuses


def test_share_opening_its_clause_belongs_to_the_amount_before():
    # 占…的比重 opening a clause: the share is of the value added named before it (gold g381)
    cs = claims("全县实现文旅产业增加值21.6亿元,按不变价计算,增长9.8%,占地区生产总值的比重为27.5%。")
    assert [field(c, "subject") for c in cs] == ["文旅产业增加值"] * 3


def test_a_budget_a_share_is_measured_against_is_not_continued():
    # 完成年初预算数X的Y%, then a change: the change is the revenue's, not the budget's (gold g390)
    cs = claims("4月,一般公共预算收入累计完成24627万元,完成年初预算数60999万元的40.4%,比上年减收1070万元,下降4.2%。")
    assert [field(c, "subject") for c in cs] == ["一般公共预算收入", "年初预算数"] + ["一般公共预算收入"] * 3


def test_the_kind_of_figure_is_no_part_of_the_subject():
    # 一般公共预算收入完成数: the subject is the revenue (gold g308); 其他方面 keeps its 方面
    assert [field(c, "subject") for c in claims("一般公共预算收入完成数274609万元,同比增收56533万元。")] == \
        ["一般公共预算收入"] * 2
    assert field(claims("税收收入执行数为2.1亿元。")[0], "subject") == "税收收入"
    assert field(claims("一般公共預算收入完成數274609萬元。")[0], "subject") == "一般公共預算收入"  # read folded
    assert field(claims("完成数量达到300个。")[0], "subject") == "数量"
    assert field(claims("用于其他方面3.01亿元。")[0], "subject") != "其他"


def test_respectively_after_amounts_each_alone_in_its_clause():
    # the two amounts before 分别 are of different kinds, each in its own clause (gold g400)
    cs = claims("全省接待游客4106.1万人次,旅游花费326.1亿元,按可比口径同比分别增长6.1%、6.5%。")
    assert [field(c, "subject") for c in cs] == ["游客", "旅游花费", "游客", "旅游花费"]
    # …but not past a clause that lists items of its own (gold g131)
    cs = claims("已竣工项目共50个,竣工率为40.7%,嘉泽镇、西太湖竣工率较高,分别为100%、65%。")
    assert field(cs[2], "subject") != "竣工项目"


def test_a_number_and_ge_before_a_noun_is_a_count_not_height():
    # 个子 (height) is no word after a number: 78个 counts 子项 (gold g393)
    cs = claims("其中,78个子项完成年度目标任务,15个子项正如期推进。")
    assert [(c.quantity.surface, field(c, "subject")) for c in cs] == [("78个", "子项"), ("15个", "子项")]


def test_numbered_items_share_the_noun_written_once():
    cs = claims("第一、二、三产业用电量分别为2.28亿千瓦时、92.24亿千瓦时、21.67亿千瓦时。")
    assert [field(c, "subject") for c in cs] == ["产业用电量"] * 3
    cs = claims("Ⅰ、Ⅱ、Ⅲ类水质断面分别占比8.8%、81.3%、7.3%。")
    assert [field(c, "subject") for c in cs] == ["水质断面"] * 3
    cs = claims("集成电路、笔记本电脑分别出口1493.7亿元、1109.9亿元。")
    assert [field(c, "subject") for c in cs] == ["集成电路", "笔记本电脑"]


def test_list_joiner_with_nothing_after_it_stays_out_of_the_subject():
    c = claims("实现每个县至少有1所中职学校、每个主导产业至少有1所行业性职业院校与其对接。")[0]
    assert field(c, "subject") == "中职学校"
    assert field(claims("新建3个公园和广场。")[0], "subject") == "公园和广场"
    assert not field(claims("新增3个养老院和托育中心。")[0], "subject").endswith("和")


def test_activity_term_after_the_counted_noun_ends_it():
    c = claims("完成2000户特殊困难老年人家庭适老化改造。")[0]
    assert field(c, "subject") == "特殊困难老年人家庭"
    c = claims('新创建8个"星级充分就业社区"。')[0]
    assert field(c, "subject") == '"星级充分就业社区"'


def test_topic_marker_and_spaces_stay_out_of_the_subject():
    cs = claims("工业用电量方面,5升9降,上升幅度最大的为长沙,增长20.8%。")
    assert field(cs[-1], "subject") == "工业用电量"
    assert field(claims("全县粮食种植面积达 5.6万公顷。")[0], "subject") == "粮食种植面积"


def test_average_before_an_activity_belongs_to_the_subject():
    cs = claims("城市低保平均标准540.6元/人·月,平均救助水平1109.9元/人·次,人均补助水平131.6元。")
    assert [field(c, "subject") for c in cs] == ["城市低保平均标准", "平均救助水平", "人均补助水平"]


def test_length_word_between_a_thing_and_its_length():
    cs = claims("共架设干管5条长3723米,架设支管98条,长46006米。")
    assert [field(c, "subject") for c in cs] == ["干管", "干管", "支管", "支管"]


def test_adverb_alone_is_no_subject_and_credit_activities_are_measured():
    cs = claims("福建出口规模首次突破3000亿元。")
    assert field(cs[0], "subject") != "首次"
    cs = claims("上半年全市信贷投放476.68亿元,制造业信贷投入201.51亿元。")
    assert [field(c, "subject") for c in cs] == ["信贷投放", "制造业信贷投入"]


def test_measure_nouns_take_their_activity():
    cs = claims("最高用电负荷突破7000万千瓦,本外币各项贷款余额4560.71亿元。")
    assert [field(c, "subject") for c in cs] == ["用电负荷", "本外币各项贷款余额"]  # the whole term, as g58's gold


def test_budget_nouns_and_a_fiscal_year_range():
    c = claims("二〇二四至二五年度的经常开支预算1,274亿元。")[0]
    assert (field(c, "subject"), c.time) == ("经常开支预算", "二〇二四至二五年度")
    c = claims("教育支出占8%。")[0]
    assert field(c, "subject") == "教育支出"


def test_employment_is_a_noun_in_a_phrase():
    c = claims("城镇新增就业人员中单位就业占比为84.8%。")[0]
    assert field(c, "subject") == "单位就业"
    c = claims("县、乡级就业公共服务机构覆盖率达到100%。")[0]
    assert field(c, "subject") == "县、乡级就业公共服务机构覆盖率"


def test_kind_of_training_is_what_a_count_after_it_counts():
    cs = claims("开展职业技能培训2.5万人次,创业培训1599人。")
    assert [field(c, "subject") for c in cs] == ["职业技能培训", "创业培训"]
    # a training verb with no kind before it leaves the subject to the words before it
    assert field(claims("为下岗职工培训300人。")[0], "predicate") == "培训"


def test_counted_place_kind_before_a_measure():
    cs = claims("其余11个市州全社会用电量均实现增长,4个市用电量下降。")
    assert [field(c, "subject") for c in cs] == ["市州", "市"]
    # a place kind that describes the counted noun stays with it
    assert field(claims("新建5个乡镇卫生院。")[0], "subject") == "乡镇卫生院"


def test_task_before_its_done_part_is_planned():
    cs = claims("2个嵌入式养老机构建设已完成1个(50%)、15个农村幸福院建设已完成8个(53%)。")
    assert [c.status for c in cs] == ["planned", "reported", "reported", "planned", "reported", "reported"]
    cs = claims("农村改厕任务38283座,完成38649座,完成率101%。")
    assert [c.status for c in cs] == ["planned", "reported", "reported"]
    # a count of items, or a total already reported, is no task
    assert [c.status for c in claims("其余27项中,截至9月底已完成19项。")] == ["reported"] * 2
    assert [c.status for c in claims("去年累计新建学校10所,已完成5所。")] == ["reported"] * 2


def test_average_opening_a_clause_belongs_to_the_subject():
    c = claims("按常住人口计算,人均地区生产总值44116元。")[0]
    assert field(c, "subject") == "人均地区生产总值"
    c = claims("全市平均增长5%。")[0]
    assert field(c, "subject") != "平均"


def test_activity_verb_before_its_object_is_the_predicate():
    cs = claims("培养创业带头人89名,征集创业项目114项,开发公益性岗位120个。")
    assert [field(c, "subject") for c in cs] == ["创业带头人", "创业项目", "公益性岗位"]
    assert [field(c, "predicate") for c in cs] == ["培养", "征集", "开发"]


CHANGES = [
    ("全省国土绿化覆盖率达69%,同比增加1个百分点。", "increase"),
    ("全区固定资产投资同比增长3%。", "increase"),
    ("银川市下降0.5%。", "decrease"),
    ("节能灯市场价格比推广前下降了40%。", "decrease"),
    ("高出全省外贸整体增速11个百分点。", "increase"),
    ("节约税收成本约8000万元。", "decrease"),
    ("市场占有率上升到70%以上。", None),
    ("价格最低降至1000元左右。", None),
    ("投资完成率54.4%。", None),
    ("农村供水保障提升工程正在施工中(75%)。", None),  # the change word is in a project's name
    ("农民收入提高10%。", "increase"),
    ("提升改造城区道路3条。", None),  # 提升 is part of the verb
    ("新建垃圾中转压缩站3座。", None),  # 压缩 is part of the facility's name
    ("居民消费价格涨幅控制在3%左右。", "increase"),
    ("涨幅较上年同期收窄3.7个百分点。", "decrease"),
    ("对经济增长的贡献率达59.7%。", None),  # 经济增长的 names a thing
    ("共增加学位15700个。", None),  # a verb and its object: the places are added, not a change
    ("全市学位比上年增加1200个。", "increase"),
    ("减排二氧化碳超过1400多万吨。", "decrease"),  # savings stay decreases
    ("减轻企业社保缴费负担59亿元。", "decrease"),
    # spending more or less than the year before, and growth compounded each year (gold g385, g390)
    ("一般公共预算支出比上年减支27580万元。", "decrease"),
    ("市级支出决算数比上年增支8807万元。", "increase"),
    ("城镇居民人均可支配收入年均递增 10%。", "increase"),
    ("恩格尔系数年均递减1.6个百分点。", "decrease"),
    ("應佔租金總收入36.7億港元,按年升4%。", "increase"),  # 升 alone (gold g254, g409)
    ("工业用电量方面,5升9降。", None),  # a tally of the items that rose and fell (gold g31)
]


@pytest.mark.parametrize("text,change", CHANGES, ids=[s for s, _ in CHANGES])
def test_change(text, change):
    assert claims(text)[-1].change == change


def test_change_restated_in_brackets_and_named_rates():
    cs = claims("今年我国夏粮总产量14582万吨(2916亿斤),比2020年增加296.7万吨(59.3亿斤),增长2.1%。")
    assert [c.change for c in cs] == [None, None, "increase", "increase", "increase"]
    assert cs[3].subject == cs[2].subject
    # a named rate before a duration says how long, not how much
    c = claims("全市固定资产投资增速连续4个月居全省首位。")[0]
    assert c.change is None
    assert claims("金融及保險業第二季的升幅為3.7%。")[0].change == "increase"
    cs = claims("「廣東院舍照顧服務計劃」本月起新增兩家至二十六家。")
    assert [c.change for c in cs] == ["increase", None]


def test_target_in_brackets_after_the_actual():
    cs = claims("一季度,我市实现地区生产总值增长58.3%(目标10.5%);全社会固定资产投资增长245.0%(目标11%)。")
    assert [c.subject.text for c in cs] == ["地区生产总值", "地区生产总值", "全社会固定资产投资", "全社会固定资产投资"]
    assert [c.status for c in cs] == ["reported", "planned", "reported", "planned"]
    assert [c.change for c in cs] == ["increase"] * 4


def test_reference_after_a_compared_date_is_no_subject():
    cs = claims("環境局及轄下部門在其政策範疇下獲撥款約117億元,較2009-10年度的修訂預算淨增加約34億元,增幅為40.1%。")
    assert [c.subject.text for c in cs] == ["撥款"] * 3
    cs = claims("全国共接待游客5.26亿人次,按可比口径,比2014年国庆节增长10.7%。")
    assert cs[1].subject.text == "游客"


def test_digits_inside_names():
    cs = claims("一季度,引进世界500强企业投资项目3个;引进中国500强企业投资项目1个。全国PM2.5浓度为33微克/立方米。")
    assert [c.quantity.surface for c in cs] == ["3个", "1个", "33微克/立方米"]  # 500强 is no amount
    assert [c.subject.text for c in cs] == ["世界500强企业投资项目", "中国500强企业投资项目", "PM2.5浓度"]


def test_shares_listed_with_zhanbi():
    cs = claims("前三季度,我省空气质量优良天数占比92.1%、地表水省级考核断面优良水质占比97.4%。")
    assert [c.subject.text for c in cs] == ["空气质量优良天数", "地表水省级考核断面优良水质"]
    cs = claims("全省PM2.5平均浓度从34微克/立方米下降到31.1微克/立方米。")
    assert [c.subject.text for c in cs] == ["PM2.5平均浓度"] * 2


def test_modifiers_time_scope():
    c = claims("全市今年以来日均提供服务不少于50人次。")[0]
    assert "日均" in c.modifiers
    assert c.time in ("今年以来", "今年")
    assert c.scope == "全市"
    c = claims("1-10月，全市同比增长5%。")[0]
    assert c.time == "1-10月"
    assert "同比" in c.modifiers


def test_per_capita_denominator_is_no_subject():
    cs = claims("每千人口注册护士4.00人,每万人口全科医生3.99人。")
    assert [c.subject.text for c in cs] == ["注册护士", "全科医生"]


def test_time_is_not_the_reference_of_a_comparison():
    cs = claims("全年全市实现地区生产总值1234.5亿元，按可比价格计算，比上年增长6.5%。"
                "其中，第一产业增加值120.3亿元，增长3.2%。2020年排放比2015年下降18.8%。")
    assert [c.time for c in cs] == ["全年", "全年", "全年", "全年", "2020年"]
    assert claims("城镇登记失业率为3.1%。")[0].subject.text == "城镇登记失业率"


def test_scope_resolves_to_article_place():
    text = "益阳市推进民生实事。益阳市各地积极行动。全市建设老年助餐服务点40个。"
    assert claims(text)[0].scope == "益阳市"
    text = "萧县民生工程进展情况\n萧县民政局介绍，我县新增就业500人。全省新建学校3所。"
    assert [c.scope for c in claims(text)] == ["萧县", "全省"]  # 全省 is no county


def test_groups_share_a_number():
    cs = claims("建成1个市级平台、8个县市区平台、106个乡镇前端。新增托位1365个。")
    assert cs[0].group is not None
    assert cs[0].group == cs[1].group == cs[2].group
    assert cs[3].group is None


def test_ids_stable_and_distinct():
    text = "建成1个市级平台、8个县市区平台。"
    a = [c.id for c in Extractor().extract(text).claims]
    b = [c.id for c in EX.extract(text).claims]
    assert a == b and len(set(a)) == 2
    assert [c.id for c in EX.extract(text + "。").claims] != a


def test_sentence_span():
    text = "第一句没有数字。新增托位1365个，提供服务6659人次。"
    c = claims(text)[0]
    assert text[c.sentence.start:c.sentence.end] == "新增托位1365个，提供服务6659人次。"


def test_lead_that_announces_an_adjustment_makes_the_new_standards_planned():
    text = "上海将从7月1日起调整失业保险金支付标准。\n第1至12个月的失业保险金支付标准为2175元/月。"
    assert [c.status for c in claims(text)] == ["planned"]


def test_lead_that_announces_targets_makes_the_list_planned():
    text = ("某市政府工作报告公布今年的主要目标。\n"
            "新建中小学10所，改造老旧小区50个。\n"
            "去年已完成改造老旧小区30个。")
    cs = claims(text)
    assert [(c.quantity.surface, c.status) for c in cs] == [
        ("10所", "planned"), ("50个", "planned"), ("30个", "reported")]
    # an ordinary report has no such lead: the same lines stay reported
    cs = claims("全市新建中小学10所，改造老旧小区50个。")
    assert [c.status for c in cs] == ["reported", "reported"]


def test_a_list_items_mark_is_no_part_of_the_subject():
    cs = claims("主要指标：⑴九年义务教育巩固率97%，⑵耕地保有量6120万亩。")
    assert [(c.quantity.surface, c.subject.text) for c in cs] == [("97%", "九年义务教育巩固率"), ("6120万亩", "耕地保有量")]


def test_a_budgets_figures_are_planned_even_in_an_execution_report():
    cs = claims("一般公共预算收入由年初的76138万元调整为89138万元，调增13000万元。"
                "全年县级一般公共预算收入31751万元，完成预算数31220万元的101.7%，完成调整预算的108.7%。")
    got = {c.quantity.surface: c.status for c in cs}
    assert (got["89138万元"], got["13000万元"], got["31220万元"]) == ("planned", "planned", "planned")
    # what was collected, and the share of the budget it reached, are results
    assert (got["31751万元"], got["101.7%"], got["108.7%"]) == ("reported", "reported", "reported")


def test_predicate_split_by_the_tokenizer():
    c = claims("今年1-10月,我省完成农村公路提质改造2399公里。")[0]
    assert (c.subject.text, c.predicate.text) == ("农村公路", "提质改造")


def test_verb_glued_to_a_suffix_is_an_attribute():
    c = claims("全市统筹开展补贴性职业技能培训5585人次。")[0]
    assert c.subject.text == "补贴性职业技能培训"


def test_measure_word_without_a_number_is_part_of_the_noun():
    cs = claims("服务贸易方面,2023年第3季入境旅客人次按年增长8.2倍至828.2万。")
    assert [(c.subject.text, c.time) for c in cs] == [("入境旅客人次", "2023年第3季")] * 2
    assert claims("死亡人數首逾20萬人。")[0].subject.text == "死亡人數"


def test_quoted_word_is_a_name():
    cs = claims("报告中,“发展”出现67次,“建设”出现57次。")
    assert [c.subject.text for c in cs] == ["“发展”", "“建设”"]
    assert cs[0].predicate.text == "出现"


def test_amount_in_brackets_after_a_noun_is_its_aside():
    cs = claims("其中收入比預測增加了53億港元(1%),主要由於印花稅(增加了59億港元)及薪俸稅(增加了9億港元)的收入比預期高。")
    assert [c.subject.text for c in cs] == ["收入", "收入", "印花稅", "薪俸稅"]
    # not after an amount (a conversion) or a time (a compared period)
    cs = claims("今年我国夏粮播种面积2643.8万公顷(39657万亩)。")
    assert [c.subject.text for c in cs] == ["夏粮播种面积"] * 2
    cs = claims("零售業網路銷售額占整體零售業營業額10.5%,較上年同季(9.3%)提高1.1個百分點。")
    assert [c.subject.text for c in cs] == ["零售業網路銷售額"] * 3
    # right after a place, the place's: 內地旅客主要來自廣東省(74.1萬)、湖南省(8.3萬) (gold g1148, g316)
    cs = claims("十二月內地旅客178.5萬,按年升7.8%;內地旅客主要來自廣東省(74.1萬)、湖南省(8.3萬)。韓國(7萬多)及台灣(9.4萬)分別上升。")
    assert [c.subject.text if c.subject else None for c in cs[2:]] == ["廣東省", "湖南省", "韓國", "台灣"]


def test_common_terms_are_kept_whole_in_subjects():
    # 每10股派发现金红利10元 (gold g1153, g793): not 金红利; 平均每日在囚人口9550人 (g1126): not 囚人口
    # (rules alone keep 10股派发现金红利; the boundary scorer of a default Extractor moves the start to the term)
    doc = Extractor().extract("公司拟向全体股东每10股派发现金红利57元(含税)。平均每日在囚人口为9550人。")
    assert [c.subject.text for c in doc.claims[-2:]] == ["现金红利", "在囚人口"]
    # 農林漁牧產值則從前年的七百二十五億元 (gold g1175): 從 + 前年, not the word 從前 (formerly)
    assert claims("屏東產值最大的畜產產值則從前年三百四十五億元跌至去年的三百二十六億元。")[0].subject.text == "畜產產值"
    # 8月出超168.3億美元 (gold g1221, g843): 出超 (a trade surplus) is one word, not 月出 + 超
    assert [c.subject.text for c in claims("8月出口584.9億美元,8月出超168.3億美元。")] == ["出口", "出超"]


def test_budget_account_is_no_plan():
    c = claims("全区一般公共预算本级收入完成53.19亿元,增长22.1%。")[0]
    assert c.status == "reported"
    assert claims("明年一般公共预算收入预算为60亿元。")[0].status == "planned"


def test_subject_before_a_colon():
    cs = claims("惟據台電公司統計,102年度至107年度實際備用容量率依序為: 17.5%、14.7%。")
    assert [c.subject.text for c in cs] == ["備用容量率"] * 2  # 實際 is a link word


def test_respectively_after_amounts_of_separate_clauses():
    cs = claims("按产业划分,第一产业51.55万人,第二产业24.94万人,第三产业54.79万人,占比分别为:39.3%、19.0%、41.7%。")
    assert [c.subject.text for c in cs[3:]] == ["第一产业", "第二产业", "第三产业"]


def test_basis_of_measurement_is_no_subject():
    c = claims("2017年,全县实现生产总值255亿元,按可比价计算增长8.5%。")[1]
    assert c.subject.text == "生产总值"


def test_cumulative_inside_a_noun_phrase():
    c = claims("其中,城镇居民累计用电量为5.18亿千瓦时,下降4.7%。")[0]
    assert c.subject.text == "城镇居民累计用电量"


def test_ceiling_of_a_finished_year_is_reported():
    doc = Extractor().extract("2020年,全市城镇登记失业率3.47%,控制在4.0%以内。", published="2021-09-30")
    assert [c.status for c in doc.claims] == ["reported", "reported"]
    doc = Extractor().extract("2021年,全市城镇登记失业率控制在4.0%以内。", published="2021-01-30")
    assert doc.claims[0].status == "planned"


def test_news_title_about_a_plan_is_no_plan_document():
    text = "人大代表票决确定2021年10项民生实事项目\n1月22日,由231名代表投票表决,2021年10项民生实事项目名单正式出炉。"
    doc = Extractor().extract(text, published="2021-01-23")
    assert {c.status for c in doc.claims} == {"reported"}


def test_category_scope_opens_the_subject():
    cs = claims("其中城市低保6195户,农村低保7840户13026人。")
    assert [c.subject.text for c in cs] == ["城市低保", "农村低保", "农村低保"]


def test_verb_word_as_the_object_of_a_predicate():
    c = claims("截至7月底,发放租赁补贴1430户,占目标任务的130.59%。")
    assert [x.subject.text for x in c] == ["租赁补贴"] * 2


def test_tasks_of_a_later_year_are_planned():
    text = "30件!2023年聊城重点民生事项\n完成老年人家庭适老化改造1500户以上\n新增3岁以下婴幼儿托位3000个"
    doc = Extractor().extract(text, published="2022-12-29")
    status = {c.quantity.surface: c.status for c in doc.claims}
    assert status["1500户以上"] == status["3000个"] == "planned"


def test_budget_revenue_line_is_no_plan():
    c = claims("元至九月,全县完成生产总值56.7亿,增长7.5%;地方公共财政预算收入4.47亿元,增长31.2%。")[2]
    assert c.status == "reported"


def test_share_of_the_budget_done_is_reported():
    c = claims("2024年上半年,我镇实现财政收入86,928万元,完成年初预算57%。")[1]
    assert c.status == "reported"
    # 为年初预算61.22%: the revenue so far as a share of the budget (gold g946)
    c = claims("截至8月底,累计完成公共财政预算总收入67949万元,为年初预算61.22%。")[1]
    assert c.status == "reported"


def test_mainland_town_in_traditional_script_counts_yuan():
    c = claims("2024年上半年,我鎮實現財政收入86,928萬元,完成年初預算57%。")[0]
    assert c.quantity.unit == "CNY"


def test_a_list_of_the_announced_tasks_is_planned():
    # 这10件实事分别为:一是…: the items of the year's announced tasks are targets (gold g960)
    text = ("旌德县确定了今年努力办好的为民十件实事,实现民生保障水平新提升。\n"
            "这10件实事分别为:一是加快推进全县中小学薄弱学校改造工程,年度实施10所以上;二是新增停车位300个。")
    assert [(c.quantity.surface, c.status) for c in EX.extract(text).claims][-2:] == [
        ("10所以上", "planned"), ("300个", "planned")]


def test_a_lead_announcing_the_years_tasks_makes_its_list_planned():
    # 確定了為全省人民辦好10件實事: the tasks after the announcement are targets, the count too
    text = ("2009年,山西省委、省政府確定了為全省人民辦好10件實事:一是維護、加固和改造中小學校舍400萬平方米;"
            "二是建設村通水泥(油)路1.5萬公里。")
    assert [(c.quantity.surface, c.status) for c in EX.extract(text, published="2009-03-07").claims] == [
        ("10件", "planned"), ("400萬平方米", "planned"), ("1.5萬公里", "planned")]
    # 2020年将 in an article of May 2020 speaks of its own year: the numbered items are targets
    text = ("甘谷县政府2020年将为民办好15件大事\n县政府将重点抓好15件大事和民生实事。分别是: (8)新建行政村公共厕所120座。"
            " (9)建成农村生活垃圾处理站5个。")
    got = [(c.quantity.surface, c.status) for c in EX.extract(text, published="2020-05-11").claims]
    assert ("120座", "planned") in got and ("5个", "planned") in got
    # a report on the year's tasks, done, stays reported
    text = "贺兰县2024年10项为民办实事全部办理完成。全年发放创业担保贷款1200万元。"
    assert [c.status for c in EX.extract(text, published="2025-01-10").claims] == ["reported", "reported"]


def test_a_review_row_under_a_target_is_reported():
    # a list the lead announces: the item's text is its target, the 完成情况 row what was done
    text = ("今年,市委、市政府承诺为全市人民办好10件实事。\n1.全年开展职业技能培训4.7万人次以上。\n"
            "责任单位:市人力资源和社会保障局\n完成情况:全市开展各类职业技能培训10万人次。")
    got = [(c.quantity.surface, c.status) for c in EX.extract(text, published="2025-01-10").claims]
    assert ("4.7万人次以上", "planned") in got and ("10万人次", "reported") in got


def test_a_sentence_that_says_done_under_a_list_lead_is_reported():
    # the lead names the year's list (2023年…将…作为为民办实事项目); a later sentence says the
    # canteen already runs (目前…已…) so its figures are facts, unless a plan word comes
    # before the amount (预定, gold g917; 目标, gold g1781) (gold g2045)
    text = ("2023年更是首次将建设社区长者食堂作为为民办实事项目,并明确要新增40个社区长者食堂。\n"
            "这家社区长者食堂7月正式对外营业,目前,每天的客流已基本固定,早餐就餐人数在200人次左右。\n"
            "其中已锁定1500家用户,目标今年再节电6230万度。\n"
            "县长在去年即提及,预定今年开始全面补助老人,约有10万名老人受用。\n"
            "累计开展招聘会不少于15场次,提供就业岗位1000个。")
    got = [(c.quantity.surface, c.status) for c in EX.extract(text, published="2023-08-28").claims]
    assert ("40个", "planned") in got and ("200人次左右", "reported") in got
    assert ("6230万度", "planned") in got and ("10万名", "planned") in got
    assert ("1000个", "planned") in got  # 累计 counts up a plan's targets too (gold g357)


def test_the_level_a_change_starts_from_is_todays():
    # 由X调升至Y: X is today's level, reported; Y the plan's (gold g2118); a budget's or an
    # estimate's old level was a plan too (gold g276, g847); the order of the rules lets this
    # come before a later period's task (明年)
    text = "法案建议自明年元旦起,最低工资按月计算报酬,每月由7,072元调升至7,280元。"
    got = [(c.quantity.surface, c.status) for c in EX.extract(text, published="2025-11-05").claims]
    assert got == [("7,072元", "reported"), ("7,280元", "planned")]
    text = "法案建议2025年财政年度一般综合预算的收入总额将由1,210.89亿元下调至1,165.29亿元。"
    got = [(c.quantity.surface, c.status) for c in EX.extract(text, published="2025-10-20").claims]
    assert got == [("1,210.89亿元", "planned"), ("1,165.29亿元", "planned")]
    text = "预计涉及的公营房屋单位将由原先的6,300个增至8,700个。"
    assert [c.status for c in EX.extract(text, published="2025-10-20").claims] == ["planned", "planned"]


def test_an_undated_article_speaks_from_its_headlines_year_when_later():
    # the first date of the text (2016年1月) is history; the headline's 2024 says when it speaks,
    # so the 2023 and 2024 figures are facts, not targets (gold g2134)
    text = ("2024年郑州机场新开国际货运航线19条\n河南跨境电商起步很早,2016年1月,郑州获批设立综合试验区。"
            "此后,进出口额从2015年的384亿元,增长到2023年的2371亿元。")
    got = [(c.quantity.surface, c.status) for c in EX.extract(text).claims]
    assert ("19条", "reported") in got and ("2371亿元", "reported") in got


def test_a_time_a_comparison_or_a_sign_alone_is_no_subject():
    # 較前年同期升33.5%: the comparison names nothing; the clause's topic does (gold g947)
    cs = claims("今年首4個月的訪港旅客共6,670,000人次,按年增長39.1%;較前年同期升33.5%。")
    assert field(cs[-1], "subject") == "訪港旅客"
    # a footnote mark in 〔〕 after the word reads as blank, like [2] (gold g247)
    cs = claims("经市统计局核算反馈〔1〕,全年完成地区生产总值〔2〕129.92亿元,同比增长2.8%。")
    assert [field(c, "subject") for c in cs] == ["地区生产总值", "地区生产总值"]


def test_a_budget_speech_named_before_what_it_does_is_a_plan():
    # 財政預算案繼續派糖: the measures of the budget news are proposals, planned (gold g949)
    text = ("【Now新聞台】財政預算案繼續派糖,包括寬減薪俸稅及利得稅,又寬免差餉。\n"
            "全港191萬名納稅人薪俸稅,繼續獲寬減百分之75。")
    assert [c.status for c in EX.extract(text).claims] == ["planned", "planned"]


def test_a_list_that_repeats_its_change_word_takes_the_items_in_order():
    # 分别下降11.9%和下降16.4%: the change word repeated after 和 still joins one list (gold g997)
    cs = claims("水路客运量和旅客周转量分别完成165万人和5328万人公里,比去年同月分别下降11.9%和下降16.4%。")
    assert [field(c, "subject") for c in cs] == ["水路客运量", "旅客周转量", "水路客运量", "旅客周转量"]


def test_a_unit_or_measuring_note_in_brackets_ends_no_subject():
    # 農林牧漁業總產值(按可比價): how the figure is measured is no part of what is counted (gold g968)
    cs = claims("全年農林牧漁業總產值(按可比價)58.57億元,增長6.2%。")
    assert [field(c, "subject") for c in cs] == ["農林牧漁業總產值", "農林牧漁業總產值"]
    # an alternative name in brackets stays (gold g537: 街道(乡镇)…; 老年食堂(助餐点))
    cs = claims("全市新建老年食堂(助餐点)120个。")
    assert field(cs[0], "subject") == "老年食堂(助餐点)"
    # a Latin abbreviation of the name goes: 地区生产总值(GDP), 居民消費價格總水平(CPI) (gold g286, g1015)
    cs = claims("全县实现地区生产总值(GDP)120亿元,增长6.1%。")
    assert [field(c, "subject") for c in cs] == ["地区生产总值", "地区生产总值"]
    # the note without brackets: 规模工业增加值可比价增长1.0% (gold g1165); 用人单位 keeps its 单位
    assert field(claims("全区规模工业增加值可比价增长1.0%。")[0], "subject") == "规模工业增加值"
    assert field(claims("走访用人单位862家次。")[0], "subject") == "用人单位"


def test_a_roll_call_and_an_adjusted_standard_are_reported():
    # 应到代表535名: who should attend a meeting, a fact of its roll call (gold g988, g991)
    assert [c.status for c in claims("本次大会应到代表535名,实到502名。")] == ["reported", "reported"]
    # 调整为 is a budget word only where the sentence speaks of a budget (gold g993)
    cs = claims("城市特困人员基本生活标准调整为9048元/年。")
    assert cs[0].status == "reported"


def test_a_target_in_brackets_after_its_noun_is_planned():
    # 占全年筛查任务(6.6万人)的103.12%: the task's size in brackets is the target (gold g1007)
    cs = claims("全市共进行宫颈癌筛查68059人,占全年筛查任务(6.6万人)的103.12%;筛查率82.33%,超出省定目标任务(60%)22.33个百分点。")
    assert [(c.quantity.surface, c.status) for c in cs] == [
        ("68059人", "reported"), ("6.6万人", "planned"), ("103.12%", "reported"), ("82.33%", "reported"),
        ("60%", "planned"), ("22.33个百分点", "reported")]


def test_a_forecast_verb_leads_the_clauses_after_it():
    """主計總處預測今年每人GDP為3萬8748美元，每人GNI為3萬9845美元，CPI上漲1.67％ (gold g1252, g401): 預測
    opening the sentence governs its later clauses, as 预计 does."""
    cs = claims("另，主計總處預測今年每人GDP為3萬8748美元，每人GNI為3萬9845美元，CPI上漲1.67％。", published="2025-11-28")
    assert [c.status for c in cs] == ["planned"] * 3


def test_a_provisional_estimate_of_a_statistics_office_is_reported():
    # 臨時估計為324億元: the statistics office's provisional figure, no forecast (gold g948)
    cs = claims("今年8月的零售業總銷貨價值的臨時估計為324億元,較去年同月上升13.7%。")
    assert [c.status for c in cs] == ["reported", "reported"]
    # and the revised one of an earlier month (gold g1247, g723)
    cs = claims("今年4月的零售業總銷貨價值的修訂估計較去年同月上升11.7%。")
    assert [c.status for c in cs] == ["reported"]


def test_a_target_year_opening_a_sentence_after_a_full_stop():
    # 。到2020年,…的奋斗目标,即…达到100亿元: the target year opens the sentence (gold g964)…
    text = "第一句。第二句。第三句话很长。到2020年,郑州经开区全力实现“百千万”的奋斗目标,即公共财政预算收入达到100亿元。"
    assert [c.status for c in claims(text)] == ["planned"]
    # …but a year already over when the article was written reports its result (gold g659)
    text = "第一句。第二句。第三句话很长。到2018年年末,全县地区生产总值完成115亿元,同比增长7%。"
    assert [c.status for c in claims(text, published="2019-02-22")] == ["reported", "reported"]



def test_a_numbered_line_that_names_a_budget_heads_its_items():
    # 1. 镇人大批准的年初预算草案。⏎(1)收入总计8303万元: the items under it are the budget (gold g1034)
    text = ("一、2024年收支决算情况\n1. 镇第十九届人大第十次会议批准的年初预算草案。\n"
            "(1)收入总计8303万元。其中:本级收入1240万元。\n3. 决算情况\n(1)收入总计9590万元。")
    assert [c.status for c in claims(text, published="2025-07-31")] == ["planned", "planned", "reported"]


def test_a_word_that_names_nothing_is_no_subject():
    # 按季微跌0.1年: 微 is how it fell, not what (gold g1017); the headline's topic is taken
    cs = claims("公屋平均輪候時間為6年,按季微跌0.1年。")
    assert [field(c, "subject") for c in cs] == ["公屋平均輪候時間", "公屋平均輪候時間"]


def test_a_price_rise_or_a_crop_loss_is_a_change_not_part_of_the_subject():
    # 瑞穗文旦逆勢漲價2至3成, 南部文旦產量受損6至7成 (gold g1023)
    cs = claims("瑞穗文旦漲價2至3成,南部文旦產量受損6至7成。")
    assert [(field(c, "subject"), c.change) for c in cs] == [("瑞穗文旦", "increase"), ("南部文旦產量", "decrease")]


def test_a_dollar_amount_then_a_space_then_what_it_is():
    # 發放 $10,000 電子消費券: the voucher after the space is what the amount is (gold g926)…
    cs = claims("政府今日發表新一份財政預算案,向18歲或以上人士發放 $10,000 電子消費券。")
    assert field(cs[-1], "subject") == "電子消費券"
    # …but a headline's space after a plain amount ends its phrase (gold g19)
    cs = claims("云南旅游收入超百亿 自助游成主流")
    assert field(cs[0], "subject") == "云南旅游收入"


def test_the_own_years_list_set_out_as_follows_is_planned():
    # 2020年县政府民生实事项目共11项,项目情况如下: the year's list, its items targets (gold g961)…
    text = "2020年县政府民生实事项目共11项,项目情况如下:\n1.关爱婴幼儿成长。新增托位100个。"
    assert [c.status for c in claims(text, published="2020-06-29")][-1] == "planned"
    # …its progress set out as follows is a report
    text = "2020年县政府民生实事项目进展情况如下:\n1.关爱婴幼儿成长。新增托位100个。"
    assert [c.status for c in claims(text, published="2020-06-29")][-1] == "reported"


def test_final_accounts_compared_with_a_budget_are_reported():
    # 决算数共计35.5万元,比上年预算数字下降35.45% (gold g1035)
    cs = claims("许镇镇2020年“三公”经费决算数共计35.5万元,比上年预算数字下降35.45%,比上年决算数字下降34.26%。",
                published="2021-03-01")
    assert [c.status for c in cs] == ["reported", "reported", "reported"]


def test_a_wait_to_sit_out_is_no_plan():
    # 港島西要等135周: 要 is "has to", the waiting time a fact (gold g1018)
    cs = claims("內科亦是重災區,港島西要等135周、新界東要等128周。")
    assert [c.status for c in cs] == ["reported", "reported"]


def test_a_projection_is_planned():
    # 當局推算新學年適齡小一生達五萬七千三百人,其中二萬八千多人料參加統一派位 (gold g1021)
    cs = claims("當局推算新學年適齡小一生達五萬七千三百人,其中二萬八千多人料參加統一派位。")
    assert [c.status for c in cs] == ["planned", "planned"]


def test_a_basis_of_comparison_is_no_subject():
    # 接待國內游客6.37億人次,按可比口徑同比恢復79.0%: the basis names nothing counted (gold g1077)
    cs = claims("全國共接待國內游客6.37億人次,按可比口徑同比恢復79.0%。")
    assert [field(c, "subject") for c in cs] == ["國內游客", "國內游客"]


def test_money_before_the_kind_of_payment_is_that_payment():
    # 给予最高10万元奖励 (gold g1083): the reward, not the firm that gets it
    cs = claims("对重新认定通过的高新技术企业,给予最高10万元奖励。每人每月发放500元补贴。")
    assert [field(c, "subject") for c in cs] == ["奖励", "补贴"]


def test_a_place_before_a_share_holds_it():
    # 前三的城市分别为:南昌市占比15.89%、赣州市占比15.17% (gold g1078)
    cs = claims("春节假期游客接待量前三的城市分别为:南昌市占比15.89%、赣州市占比15.17%。")
    assert [field(c, "subject") for c in cs] == ["南昌市", "赣州市"]


def test_status_lines_after_a_lead_that_calls_them_estimates():
    """全年一般公共预算预计执行情况与调整方案一致:⏎…完成1,370,000万元 (a report of 2023-12-25,
    gold g1766): the lines after the lead are the year's estimates, planned while the year
    runs, up to the next heading; reported once the year is over."""
    text = ("(一)2023年一般公共预算执行情况\n2023年一般公共预算预计执行情况与调整方案一致:\n"
            "地方一般公共预算收入完成1,370,000万元,同比增长0.8%。支出分科目情况如下:\n1.教育支出287,472万元;\n"
            "(二)政府性基金预算执行情况\n政府性基金收入完成52,000万元。")
    got = [(c.quantity.surface, c.status) for c in claims(text, published="2023-12-25")]
    assert got == [("1,370,000万元", "planned"), ("0.8%", "planned"), ("287,472万元", "planned"), ("52,000万元", "reported")]
    assert {c.status for c in claims(text, published="2024-02-20")} == {"reported"}


def test_status_years_of_a_plan_so_far_are_no_cue():
    """“十三五”規劃實施以來,累計投入超過6億元 (gold g1759): the plan's years so far are past."""
    assert claims("“十三五”规划实施以来,累计投入超过6亿元,新建续建幼儿园14所。", published="2022-02-01")[0].status == "reported"
    assert claims("“十三五”规划实施以来,累计投入超过6亿元,新建续建幼儿园14所。", published="2022-02-01")[1].status == "reported"
    assert claims("“十四五”规划期间,累计投入超过6亿元,新建续建幼儿园14所。", published="2022-02-01")[1].status == "planned"


def test_status_amounts_listed_before_the_targets_they_set():
    """今年确定了第一产业增加值达到3.4亿元,增长7.9%,…增长13%的预期目标 (gold g1761): every amount
    of the list is a target; without the verb that sets them, the earlier ones are not."""
    text = "镶黄旗今年确定了第一产业增加值达到3.4亿元,增长7.9%,牧民人均纯收入达到10489元,增长13%的预期目标。"
    assert [c.status for c in claims(text)] == ["planned"] * 4
    text = "去年第一产业增加值达到3.4亿元,增长7.9%,完成了增长7%的预期目标。"
    assert [c.status for c in claims(text, published="2024-02-01")] == ["reported", "reported", "planned"]


def test_reporter_line_in_brackets_is_no_topic():
    """〔記者張聰秋／彰化報導〕彰化縣人口持續下滑，…已跌破122萬人 (gold g1767): the reporter's line is
    stepped over; the sentence is about the population."""
    c = claims("〔記者張聰秋／彰化報導〕彰化縣人口持續下滑，今年（2025）至今已跌破122萬人。", published="2025-08-09")[0]
    assert c.subject is not None and c.subject.text.endswith("人口")


def test_value_added_in_traditional_script_is_a_noun():
    """增加價值為3,060億元 (Hong Kong statistics, gold g1776): value added, not an increase."""
    cs = claims("增加價值為3,060億元,較二零零四年上升16.9%。", published="2006-12-01")
    assert [(c.subject.text, c.change) for c in cs] == [("增加價值", None), ("增加價值", "increase")]


def test_income_to_the_treasury_is_money():
    """庫房添近11億進帳 (gold g1774): 進帳 says the amount is money."""
    assert claims("牛肉乾去年336萬張 庫房添近11億進帳")[1].quantity.unit == "HKD"


def test_growth_and_decline_in_taiwan_usage_are_changes():
    """成長39.1% (gold g1780), 衰退3.5%, 負成長1.2%: Taiwan's words for a rise and a fall."""
    got = [claims(t, published="2015-01-02")[0].change for t in ("旅客人數較去年同期成長39.1%。", "出口衰退3.5%。", "經濟負成長1.2%。")]
    assert got == ["increase", "decrease", "decrease"]


def test_bare_roc_years_in_a_text_dated_by_them():
    """建檔日期:109-06-16 … 108年死亡人數 (gold g1778): a date written with a year of the ROC era
    says the text's bare three-digit years are ROC years: 108年 is 2019, no amount."""
    cs = claims("建檔日期:109-06-16\n108年死亡人數計17萬5,424人,較上(107)年增加2,565人。")
    assert [c.quantity.surface for c in cs] == ["17萬5,424人", "2,565人"]
    assert {(str(c.period.start), str(c.period.end)) for c in cs} == {("2019-01-01", "2019-12-31")}


def test_status_later_target_year_leading_a_verb_of_achieving():
    """到2027年,累计实现城镇新增就业8000人以上 (a plan of 2025, gold g1791): the target year makes
    实现 part of the target; a year already gone reports."""
    text = "高质量充分就业取得新进展。\n——城镇新增就业总量逐步增加。到{}年,累计实现城镇新增就业8000人以上。"
    assert claims(text.format(2027), published="2025-05-14")[0].status == "planned"
    assert claims(text.format(2024), published="2025-05-14")[0].status == "reported"


def test_change_after_a_span_of_years_is_against_its_first_year():
    """健保醫療支出從民國87年的2,520億點到105年的5,933億點,成長2.4倍 (gold g516): the change is
    measured against 87年 (1998); a change with no such span, against the year before."""
    cs = claims("健保醫療支出從民國87年的2,520億點到105年的5,933億點,成長2.4倍。")
    assert (cs[2].change, str(cs[2].reference_period.start)) == ("increase", "1998-01-01")
    c = claims("健保醫療支出民國105年為5,933億點,成長2.4倍。")[1]
    assert str(c.reference_period.start) == "2015-01-01"


def test_macao_by_its_own_words_is_in_patacas():
    """本澳賭收…錄得逾一百一十五億元 (gold g1817): 本澳, 幸運博彩 and 賭收 place the article in Macao;
    Hong Kong's 工務局 (gold g1308) does not."""
    assert claims("【本報訊】本澳賭收終現「復蘇」,一月錄得逾一百一十五億元。")[0].quantity.unit == "MOP"
    assert claims("工務局局長致辭:基本工程計劃的實際開支約為248億元。")[0].quantity.unit == "HKD"


def test_subject_a_dash_or_an_arrow_names_nothing():
    """– 20億人民幣的20年期債券 (gold g1786), ↓7.26% (g1495): a line's opening dash or arrow is
    no subject; a school year (本學年, g1497) is a time, not what is counted."""
    text = "今次發行的綠色債券的年期和金額如下:\n\n– 20億人民幣的2年期債券\n\n– 30億人民幣的5年期債券"
    assert [(c.quantity.surface, c.subject) for c in EX.extract(text).claims] == [("20億人民幣", None), ("30億人民幣", None)]
    assert [c.subject for c in EX.extract("在小一新生部分，本學年共5012人、222班。").claims] == [None, None]


def test_subject_budget_verbs_are_no_part_of_it():
    """歲入原列1660億4000萬元 (gold g1516), 審議結果核定: 原列, 核列 and 核定 are verbs of a budget's
    review (data/tags.tsv), which the trained scorers read; the subject is the account, after
    審議結果 too (the gold gives 審議結果刪減3億元 the account 歲出)."""
    got = newsfacts.extract("今年度預算歲入原列1660億4000萬元，審議結果核定1650億元。").claims
    assert [c.subject.text for c in got] == ["歲入", "歲入"]
    got = newsfacts.extract("總收入（基金來源）原列1041億9824萬3000元，核列1040億元。").claims
    assert [c.subject.text for c in got] == ["總收入（基金來源）", "總收入（基金來源）"]


def test_subject_an_amount_follows_the_rankers_move_in_its_sentence():
    """其次是越南勞工,有26萬2,957人,較去年底減少306人 (gold g1937): both amounts take 印尼勞工
    from the sentence before; when the ranker moves the first to the phrase of its own
    sentence, the change after it in that sentence follows."""
    text = ("依國籍別,印尼勞工有28萬395人,較去年底增加7,540人。其次是越南勞工,有26萬2,957人,較去年底減少306人。"
            "第三是菲律賓勞工,有15萬1,258人,較去年底增加1,887人。")
    got = {c.quantity.surface: c.subject.text for c in newsfacts.extract(text).claims}
    assert (got["15萬1,258人"], got["1,887人"]) == ("菲律賓勞工", "菲律賓勞工")
    assert got["7,540人"] == "印尼勞工"


def test_status_a_result_after_the_plan_in_its_sentence():
    """我市计划新增7条公交线路,现已新增20条 (gold g1932): jieba keeps 现已 (and 业已, 早已) whole,
    and it reports as 已 does."""
    cs = claims("我市计划新增7条公交线路,现已新增20条,其中市本级17条。")
    assert [(c.quantity.surface, c.status) for c in cs] == [("7条", "planned"), ("20条", "reported"), ("17条", "reported")]
    cs = claims("计划新建1万亩蔬菜基地,业已建成9120亩。")
    assert [c.status for c in cs] == ["planned", "reported"]


def test_subject_a_whole_territory_is_its_scope():
    """全澳門賭枱共6734張 (gold g1975): 全澳門, like 全港 and 全市, is where, not what is counted."""
    got = EX.extract("在今年第二季，全澳門賭枱共6734張，與首季相比增加110張。").claims
    assert [(c.quantity.surface, c.subject.text) for c in got] == [("6734張", "賭枱"), ("110張", "賭枱")]


def test_change_a_ratio_reached_is_a_level():
    """城乡居民收入比由去年同期的1.92:1缩小为1.89:1 (gold g826): the ratio after 缩小为 is the level
    it came to, no change by 1.89."""
    cs = claims("城乡居民收入比由去年同期的1.92:1缩小为1.89:1。")
    assert [(c.quantity.surface, c.change) for c in cs] == [("1.92:1", None), ("1.89:1", None)]
