"""Quantities in running text: surface, value, unit, dimension, bound, offsets.

Tables of real sentences, grouped as price-parser does: forms we read, traps found in
other projects' bug trackers, and text that must give nothing. Known gaps are
``xfail(strict=True)`` so that a fix is noticed.
"""

from decimal import Decimal

import pytest

from newsfacts import Extractor

EX = Extractor()


def quantities(text):
    doc = EX.extract(text)
    out = []
    for c in doc.claims:
        q = c.quantity
        assert text[q.start:q.end] == q.surface
        v = q.value if q.bound != "range" else (q.low, q.high)
        out.append((q.surface, v, q.unit, q.bound))
    return out


D = Decimal

READS = [
    # counts with classifiers, multipliers, bounds
    ("全市今年预计发放第三代社保卡12.67万张。", [("12.67万张", D(126700), "张", "exact")]),
    ("每个服务点日均提供就餐服务不少于50人次。", [("不少于50人次", D(50), "人次", "at_least")]),
    ("全市各类社会助学项目近50种，年帮扶金额达152余万元。",
     [("近50种", D(50), "种", "less_than"), ("152余万元", D(1520000), "CNY", "more_than")]),
    ("推广高效节能空调3400多万台、节能灯3.6亿多只。",
     [("3400多万台", D(34000000), "台", "more_than"), ("3.6亿多只", D(360000000), "只", "more_than")]),
    ("惠及500余万群众。", [("500余万", D(5000000), None, "more_than")]),
    ("线上线下累计惠及12.57万家长。", [("12.57万", D(125700), None, "exact")]),
    ("甘肃与周边6省区接壤。", [("6", D(6), None, "exact")]),
    ("单位共有3个房间，一般为两三个家庭合住。", [("3个", D(3), "个", "exact"), ("两三个", (D(2), D(3)), "个", "range")]),
    # measures, money, energy
    ("提质改造农村公路239.47公里，恢复和改善灌溉33万亩，新增蓄水能力251.01万方。",
     [("239.47公里", D("239.47"), "km", "exact"), ("33万亩", D(330000), "mu", "exact"),
      ("251.01万方", D(2510100), "m3", "exact")]),
    ("旅客周转量335.9亿人公里，货物周转量8700.1亿吨公里。",
     [("335.9亿人公里", D(33590000000), "person-km", "exact"), ("8700.1亿吨公里", D(870010000000), "t-km", "exact")]),
    ("实现年节电225亿千瓦时，年节油30万吨。", [("225亿千瓦时", D(22500000000), "kWh", "exact"), ("30万吨", D(300000), "t", "exact")]),
    ("新增装机3万千瓦。", [("3万千瓦", D(30000), "kW", "exact")]),
    ("进口1.2亿美元的先进生产设备。", [("1.2亿美元", D(120000000), "USD", "exact")]),
    ("公司获港币五千万元注资。", [("港币五千万元", D(50000000), "HKD", "exact")]),
    ("亩产达5515.7公斤/公顷。", [("5515.7公斤/公顷", D("5515.7"), "kg/ha", "exact")]),
    # rates: per a hundred units, per year, a classifier per a period (never per another classifier)
    ("生猪均价118.4元/百斤，路网密度58公里/百平方公里。",
     [("118.4元/百斤", D("118.4"), "CNY/100jin", "exact"), ("58公里/百平方公里", D(58), "km/100km2", "exact")]),
    ("年产能200万吨/年，设计输送4000万人/年，日均32.5万席/日，每组3人/组。",
     [("200万吨/年", D(2000000), "t/year", "exact"), ("4000万人/年", D(40000000), "人/year", "exact"),
      ("32.5万席/日", D(325000), "席/d", "exact"), ("3人", D(3), "人", "exact")]),
    # percent, points, multiples, fractions
    ("总形象进度81.25%，同比提高3.3个百分点。", [("81.25%", D("81.25"), "%", "exact"), ("3.3个百分点", D("3.3"), "pp", "exact")]),
    ("其中六个百分点来自出口。", [("六个百分点", D(6), "pp", "exact")]),
    ("出生率为6.94‰,比上年下降1.74個千分點。", [("6.94‰", D("6.94"), "permille", "exact"),
                                          ("1.74個千分點", D("1.74"), "permille_point", "exact")]),
    ("其余八成人已迁出，接近九成单位邻近车站。", [("八成", D(80), "%", "exact"), ("接近九成", D(90), "%", "less_than")]),
    ("占全省的三分之二。", [("三分之二", None, "%", "exact")]),
    ("经济总量翻一番。", [("翻一番", D(2), "times", "exact")]),
    ("租金为市价的2折至7折。", [("2折至7折", (D(20), D(70)), "%", "range")]),
    # ranges
    ("租期3至5年。", [("3至5年", (D(3), D(5)), "year", "range")]),
    ("价格从每台3000-4000元下降到2000元左右。",
     [("3000-4000元", (D(3000), D(4000)), "CNY", "range"), ("2000元左右", D(2000), "CNY", "approx")]),
    ("寿命期内节电800-1000亿千瓦时。", [("800-1000亿千瓦时", (D(80000000000), D(100000000000)), "kWh", "range")]),
    ("增幅在10%-15%之间。", [("10%-15%", (D(10), D(15)), "%", "range")]),
    ("自費60、70萬元進行大裝修。", [("60、70萬元", (D(600000), D(700000)), "HKD", "range")]),
    # lists sharing a unit and a bound
    ("面积分别为10.6万、3.8万、3.3万平方公里。",
     [("10.6万", D(106000), "km2", "exact"), ("3.8万", D(38000), "km2", "exact"), ("3.3万平方公里", D(33000), "km2", "exact")]),
    # traditional script and full-width digits
    ("已發展至100個社會房屋單位，受惠人數超過550人。", [("100個", D(100), "个", "exact"), ("超過550人", D(550), "人", "more_than")]),
    ("建築面積約２１５３呎。", [("約２１５３呎", D(2153), "ft2", "approx")]),
    # change then level is not a range
    ("服务券增加4000張至16000張。", [("4000張", D(4000), "张", "exact"), ("16000張", D(16000), "张", "exact")]),
    # a minus sign after a word that is also a classifier (幅), a range after an amount
    ("居民消费价格涨幅-0.9%。", [("-0.9%", D("-0.9"), "%", "exact")]),
    ("控制在3吨-5吨。", [("3吨-5吨", (D(3), D(5)), "t", "range")]),
    # a bound word before a verb stays out of the surface (dev convention: 约降1.0%, 约为, 约合)
    ("总资助额约为5亿4千万元。", [("5亿4千万元", D(540000000), "CNY", "approx")]),
    ("约合20533美元。", [("20533美元", D(20533), "USD", "approx")]),
    # 折 of 折算 (convert) is no discount; 打8折 is
    ("按平均汇率6.8985折算。", [("6.8985", D("6.8985"), None, "exact")]),
    ("商品打8折出售。", [("8折", D(80), "%", "exact")]),
    # 伙: flats, in Hong Kong's housing figures
    ("8月私人住宅落成量錄得919伙。", [("919伙", D(919), "伙", "exact")]),
    # Chinese digits with a decimal point, and a decimal before a multiplier
    ("桃園市明年歲出規模為一一一三.二億元，較今年增加九○.八六億元。",
     [("一一一三.二億元", D("111320000000"), "TWD", "exact"), ("九○.八六億元", D("9086000000"), "TWD", "exact")]),
    ("全市投资三点五亿元。", [("三点五亿元", D("350000000"), "CNY", "exact")]),
    # Macau and Hong Kong papers write the decimal point after Chinese digits as ‧ (U+2027)
    ("今年一至五月,澳門特區政府公共財政盈餘四百七十六‧六億元(澳門元,下同),增幅三十五‧五%。",
     [("四百七十六‧六億元", D("47660000000"), "MOP", "exact"), ("三十五‧五%", D("35.5"), "%", "exact")]),
    # 兆 is a trillion before an amount and mega in a unit of its own
    ("桃園市第1季營業額為1兆485億元，裝機100兆瓦。",
     [("1兆485億元", D("1048500000000"), "TWD", "exact"), ("100兆瓦", D(100), "MW", "exact")]),
    # 千瓩 (Taiwan): a thousand of the whole number of kW; a middle dot as a rate's decimal point
    ("總裝置容量為4萬4,509.05千瓩，售電量為2,300億瓩時。",
     [("4萬4,509.05千瓩", D("44509050"), "kW", "exact"), ("2,300億瓩時", D("230000000000"), "kWh", "exact")]),
    ("交通通信类价格上涨2·9%。", [("2·9%", D("2.9"), "%", "exact")]),
    # a text that dates a month by the ROC era reads its bare 115年 as a year (2026), not 115 years
    ("較114年5月預測數上修，預測115年經濟成長2.81％。", [("2.81％", D("2.81"), "%", "exact")]),
    # a Taiwan release laid out with spaces (交通部觀光局 annual report): the ROC year with a
    # space before 年 is a year; the multiplier stands between spaces, a count unit after one
    ("107 年國人出國共計 1,664 萬 4,684 人次,較 106 年增加 99 萬 0,105 人次,平均花費新臺幣 4 萬 8,529 元。",
     [("1,664 萬 4,684 人次", D(16644684), "人次", "exact"), ("99 萬 0,105 人次", D(990105), "人次", "exact"),
      ("新臺幣 4 萬 8,529 元", D(48529), "TWD", "exact")]),
    # an index's value has no unit (gold g633, g405)
    ("综合指数为2.34,范围为1.43~3.09;居民消费价格指数为102.7。",
     [("2.34", D("2.34"), None, "exact"), ("102.7", D("102.7"), None, "exact")]),
    ("环境空气质量综合指数范围为2.39~3.43。", [("2.39~3.43", None, None, "range")]),
    # 个 before a measure that opens a word (方面) counts, no volume
    ("涵盖教育、养老等10个方面,六个加仑。", [("10个", D(10), "个", "exact"), ("六个加仑", D(6), "gal", "exact")]),
    # a set phrase inside a numeral is the numeral's (五万|一千: 万一; gold g586, g138)
    ("居民人均可支配收入五万一千多元,有一万一千人。",
     [("五万一千多元", D(51000), "CNY", "more_than"), ("一万一千人", D(11000), "人", "exact")]),
    # a capital numeral that ends a word (大陸, 队伍) is no digit of the number after it; a
    # spoken trillion (一兆五二二億 = 1兆0522億) holds its 兆 (gold g798)
    ("日本六七三萬人次，中國大陸三二三萬人次。",
     [("六七三萬人次", D(6730000), "人次", "exact"), ("三二三萬人次", D(3230000), "人次", "exact")]),
    ("去年全台出國旅客花費高達一兆五二二億元，队伍五个。",
     [("一兆五二二億元", D(1052200000000), "TWD", "exact"), ("五个", D(5), "个", "exact")]),
    # the currency an article names in brackets after 元 is its bare 元's (g356, g656), whatever
    # the script; a traditional text with pinyin glosses is a mainland site's conversion: CNY (g244)
    ("住宅单位平均价格为93795元(澳门元,下同),办公室价格为84499元。",
     [("93795元", D(93795), "MOP", "exact"), ("84499元", D(84499), "MOP", "exact")]),
    ("這個項(xiàng)目總投資3.8億元,全部投產(chǎn)後可形成銷售60億元。",
     [("3.8億元", D(380000000), "CNY", "exact"), ("60億元", D(6000000000), "CNY", "exact")]),
    ("這個項目總投資3.8億元,全部投產後可形成銷售60億元。",
     [("3.8億元", D(380000000), "HKD", "exact"), ("60億元", D(6000000000), "HKD", "exact")]),
    # rail wagons (车), lanes (车道) and nights of a stay (晚) are counted (gold g463, g344, g947)
    ("日均装车2140车,双向四车道,平均逗留4.8晚。",
     [("2140车", D(2140), "车", "exact"), ("四车道", D(4), "车道", "exact"), ("4.8晚", D("4.8"), "晚", "exact")]),
    ("周六晚8点举行,今晚发布。", []),
    # an Arabic zero typed among Chinese digits is 〇: no claim of 0, the year a year (gold g983)
    ("二0二三年全县投资五千万元。", [("五千万元", D(50000000), "CNY", "exact")]),
    ("收入合計四八三億一六0五萬九千元。", [("四八三億一六0五萬九千元", D(48316059000), "HKD", "exact")]),
    # a length of time of more than 60 years in traditional script: a size word before it
    ("大廈最老則有63年,亦有約60年樓齡。", [("63年", D(63), "year", "exact"), ("約60年", D(60), "year", "approx")]),
    # 案 counts cases; 家 before 中小… or 業者 stays a classifier (gold g1781)
    ("已累計執行1831案、投入補助約10億元。", [("1831案", D(1831), "案", "exact"), ("約10億元", D(1000000000), "HKD", "approx")]),
    ("已鎖定1500家中小能源用戶,輔導22萬3676家業者。",
     [("1500家", D(1500), "家", "exact"), ("22萬3676家", D(223676), "家", "exact")]),
    # a Taiwan township's Chinese digits with full-width zeros (gold g1770)
    ("核定總經費一億七六三萬四０００元（工程費三０００萬元）。",
     [("一億七六三萬四０００元", D(107634000), "HKD", "exact"), ("三０００萬元", D(30000000), "HKD", "exact")]),
    # a Taiwan catty (台斤, 0.6 kg) is no jin (gold g1023)
    ("共有3800萬台斤,全年產量1500斤。", [("3800萬台斤", D(38000000), "taijin", "exact"), ("1500斤", D(1500), "jin", "exact")]),
    # money per hour is keyed like money per month (gold g992)
    ("小时最低工资标准23.7元/小时,月标准2175元/月。",
     [("23.7元/小时", D("23.7"), "CNY/hour", "exact"), ("2175元/月", D(2175), "CNY/month", "exact")]),
    # an age or a life expectancy is in years (spec: duration 年 year; gold g54, g90, g915)
    ("人均预期寿命提高到80岁。", [("80岁", D(80), "year", "exact")]),
    # a small full stop (﹒) written for the decimal point, in Chinese and in Arabic digits
    ("比例為八十三﹒四％,另一項為83﹒4%。", [("八十三﹒四％", D("83.4"), "%", "exact"), ("83﹒4%", D("83.4"), "%", "exact")]),
    # a school year (ROC or Western) is a time, not an amount; 学时 still counts hours
    ("114學年國小新生共5000人,2023学年招生300人,共培训50学时。",
     [("5000人", D(5000), "人", "exact"), ("300人", D(300), "人", "exact"), ("50学时", D(50), "学时", "exact")]),
    # 略高於 is a bound: a little more than
    ("占比略高於5成。", [("略高於5成", D(50), "%", "more_than")]),
    # tents (顶), loans of books (册次) and points of a benefit card (點) are classifiers
    ("调拨帐篷200顶，借阅7500册次，點數從480點增加。",
     [("200顶", D(200), "顶", "exact"), ("7500册次", D(7500), "册次", "exact"), ("480點", D(480), "点", "exact")]),
    # a measure after 万 names a size class: 个 counts (no spoken 四个万 = 40000)
    ("建设4个万亩梯田示范点，投资两个亿。", [("4个", D(4), "个", "exact"), ("两个亿", D(200000000), "CNY", "exact")]),
    # a bare number after a total of people or an accident rate is its value (gold g1508, g1509)
    ("受助總人數為523,163。", [("523,163", D(523163), None, "exact")]),
    # 點 before digits is a decimal point, not the points of a card (duckling)
    ("比率為零點77。", []),
    # Taiwan's 平方公尺 and the micro sign of µg/m³ (gold g1603, g1606)
    ("屋頂面積1154.95平方公尺，濃度降到12.6µg/m³。",
     [("1154.95平方公尺", D("1154.95"), "m2", "exact"), ("12.6µg/m³", D("12.6"), "ug/m3", "exact")]),
    # a bound word that jieba glues to the numeral (近千人, 超过八成) is still a bound
    ("有近千人参加，占比超过八成。", [("近千人", D(1000), "人", "less_than"), ("超过八成", D(80), "%", "more_than")]),
    # apparent power of transformers (千伏安), shares of a co-operative (股) (gold g1643, g1655)
    ("新增变电容量375万千伏安，按3427股计算。",
     [("375万千伏安", D(3750000), "kVA", "exact"), ("3427股", D(3427), "股", "exact")]),
    # 万 without 元 before a payment or a large sum (慰問金, 巨资, 補助) is money (gold g1649, g1643)
    ("花蓮縣政府中秋節前發出287萬慰問金。", [("287萬", D(2870000), "TWD", "exact")]),
    ("今年投入170亿巨资建设电网。", [("170亿", D(17000000000), "CNY", "exact")]),
    # 成 and a digit before a full stop written as ".", at the end of a text, and 成半 before a
    # classifier that jieba joins to 半 (半個) (gold g1660, g1661)
    ("按年上升兩成九.按年上升近五成三.超過九成半個案，占比达到七成五",
     [("兩成九", D(29), "%", "exact"), ("近五成三", D(53), "%", "less_than"), ("超過九成半", D(95), "%", "more_than"),
      ("七成五", D(75), "%", "exact")]),
    # a weather forecast: wind forces (级 after 风) and the day's temperatures in 度, high first
    # (gold g1735, g1736); 度 of electricity stays kWh
    ("19日白天~夜间:阵雨转多云,西风3~4级,14~5度;局地阵风7级以上。",
     [("3~4级", (D(3), D(4)), "级", "range"), ("14~5度", (D(5), D(14)), "degC", "range"), ("7级以上", D(7), "级", "at_least")]),
    ("全年用电量14~15度。", [("14~15度", (D(14), D(15)), "kWh", "range")]),
    # the unit a price is for (2元一斤) is no amount of its own (gold g446, g1656)
    ("收购价是2元一斤，老年人3.29元一两。", [("2元", D(2), "CNY", "exact"), ("3.29元", D("3.29"), "CNY", "exact")]),
    # months with a fraction are a duration, never a date (gold g1878); 6月 stays a date
    ("平均輪候6.6月;另平均1至2個月便可。", [("6.6月", D("6.6"), "month", "exact"), ("1至2個月", (D(1), D(2)), "month", "range")]),
    ("6月，平均1.5月完成。", [("1.5月", D("1.5"), "month", "exact")]),
    # 兆 between spaces, the 億 after it counting what follows (gold g1940)
    ("全國住宅建築貸款餘額 1 兆 5,742.22 億元。", [("1 兆 5,742.22 億元", D(1574222000000), "HKD", "exact")]),
    # …while a count of days with no word that dates it stays one
    ("施工期为120日。", [("120日", D(120), "day", "exact")]),
    # a ratio written with a colon is one amount in times, the first number over the second (spec 2.2;
    # gold g1985, g1057, g1378); a number per hundred keeps its number (g970), a clock time is none
    ("城乡收入比为1.98∶1,低于去年同期水平(2.02∶1)。",
     [("1.98∶1", D("1.98"), "times", "exact"), ("2.02∶1", D("2.02"), "times", "exact")]),
    ("未来农民、政府负担比例改为7:3。", [("7:3", D("2.33333333"), "times", "exact")]),
    ("城乡居民收入比控制在2.2∶1以内。", [("2.2∶1以内", D("2.2"), "times", "at_most")]),
    ("男女性别比为105.23:100。", [("105.23", D("105.23"), None, "exact")]),
    # 蚊: Cantonese for a Hong Kong dollar (gold g1880)
    ("建議「唔加1,000蚊都加500蚊」。", [("1,000蚊", D(1000), "HKD", "exact"), ("500蚊", D(500), "HKD", "exact")]),
]


@pytest.mark.parametrize("text,expected", READS, ids=[t for t, _ in READS])
def test_reads(text, expected):
    got = quantities(text)
    assert [(s, u, b) for s, _, u, b in got] == [(s, u, b) for s, _, u, b in expected]
    for (_, gv, _, _), (_, ev, _, _) in zip(got, expected):
        if ev is not None:
            assert gv == ev


NOTHING = [
    "会议于9:30开始。",  # a clock time, no ratio
    "图1:2011-2015年全县地区生产总值及增长速度",  # a figure's label (gold g103)
    "补助均自即日起至1031日开放申请。",  # a month and day written together after 至 (gold g1771)
    "——在20201223日上海市徐汇区第十六届人民代表大会第五次会议上",  # a date in eight digits (gold g1765)
    "集成电路、音视频零件、金属矿砂是主要的进口商品。",  # 零件 is a part, no zero (gold g1753)
    "110 年第 1 季底全國住宅的統計",  # a year of the ROC era before a quarter, written with spaces (gold g1940)
    "七上八下，一心一意，一去二三里。",  # idioms
    "万一发生事故，进一步提高。",  # set phrases with numerals
    "朝着第二个百年奋斗目标进军，实现两个一百年。",  # set phrases of a goal
    "景区推出一日游和三日游线路。",  # tour products
    "下午两点半开会。",  # clock time
    "2012–13年度球季。",  # season, a date
    "0728豪雨成災,編號05。",  # written with a leading zero: a date or a code (gold g1808)
    "手機請改撥02-4128-678洽詢。",  # a phone number with a short last group (gold g1812)
    "97年及98年長照服務量快速成長。",  # two-digit ROC years in traditional script (gold g1813)
    "张三和李四收拾队伍回到大陆。",  # names and false friends
    "第三代社保卡、第5名、首次。",  # ordinals
    "2023年11月29日上午9时，1-10月。",  # dates
    "截至下午2时30分，上午9时30分开幕。",  # clock times with minutes
    "体育场地1和体育场地2，体育场地1的设施，方案2的投资。",  # numbers that label a name
    "咨询电话0731-84567890，手机13812345678。",  # phone numbers
    "身份证号430102199001011234。",  # id number
    "详见https://yiyang.rednet.cn/content/646841/83/14053855.html",  # URL
    "推进5G网络和G60科创走廊，PM2.5浓度下降。",  # names with digits
    "“十四五”时期，党的二十大，“两癌”免费检查。",  # labels
    "这一天，我们打通了“最后一公里”，提供“一站式”服务。",  # set phrases
    "11.marked.jpg",  # page furniture
    "一个贫困家庭，每个服务点。",  # indefinite, distributive
    "近两年来，5年前。",  # time spans
    "首7個月和過去12個月的客運量。",  # months of a period (gold g646)
    "庆祝建党100周年，建国70周年。",  # anniversaries, not 100 weeks
    "98至101年度特別預算案，其中98、99、100及101年度分別編列。",  # fiscal (ROC) years, not durations
    "为七至九年级女生提供服务，建设3人制篮球场，九年义务教育巩固率。",  # grades, labels, set phrases
    "2023年前11个月，今年前三个月。",  # the first months of a year, a time
    "二次供水设施提标改造，为建党百年华诞献礼。",  # set phrases
    "九年一贯制学校，十二年一贯制学校。",  # school systems named by their years
    "预计未来五年，首5年，5年期间。",  # time spans
    "截至2019年6月30日止6個月，較上一個三個月期間。",  # months of a period
    "附件:1.2025年县《政府工作报告》任务清单",  # a list number glued to a year
    "審計部公布民國113年決算報告，由109年至113年度，106至115年。",  # ROC years in a text naming the era
    "以「零碳排放‧綠色宜居‧持續發展」為願景。",  # ‧ separating words, no decimal point
    "健保制度從民國87年開始實施。",  # a two-digit year of the ROC era it names
    "政府在二○○四至二○○五財政年度的綜援開支，2023至2024财年。",  # fiscal years, written with ○
    "对全市老旧小区的二次管网进行改造。",  # set phrase (secondary pipe network)
    "電話:(02) 2960-3456轉 3694，請撥打(02)2720-8889)轉分機1877洽詢。",  # Taiwan phone numbers, extensions
    "人數一年比一年少，發布時間一天比一天早，預算一毛未刪。",  # set phrases
]


@pytest.mark.parametrize("text", NOTHING)
def test_nothing(text):
    assert quantities(text) == []


def test_ahead_of_schedule_is_an_amount_but_the_first_months_a_time():
    assert [g[0] for g in quantities("提前3个月完成任务。")] == ["3个月"]
    c = EX.extract("2023年前11个月，全省完成客运量3.5亿人次。").claims[0]
    assert c.time == "前11个月"


def test_share_written_with_a_slash():
    got = quantities("新能源装机占比近1/3,光伏约占全省的1/4。")
    assert [(g[0], g[2], g[3]) for g in got] == [("近1/3", "%", "less_than"), ("1/4", "%", "approx")]
    assert got[1][1] == D(25)
    assert quantities("会议于3/5日召开,比分3/2。") == []  # a date, a score


def test_change_by_then_to_or_a_range():
    assert quantities("全年计划新增5万至6万户。") == [("5万至6万户", (D(50000), D(60000)), "户", "range")]
    assert [g[0] for g in quantities("增加4000张至16000张。")] == ["4000张", "16000张"]
    assert [g[0] for g in quantities("生果金加40元至1,475元。")] == ["40元", "1,475元"]


def test_thousands_grouped_after_a_multiplier_or_by_spaces():
    assert quantities("涉及開支約28億7,300萬元。") == [("約28億7,300萬元", D(2873000000), "HKD", "approx")]
    assert quantities("預計約64 000個住戶受惠。") == [("約64 000個", D(64000), "个", "approx")]
    assert quantities("每年約2\u00a0500萬元。") == [("約2\u00a0500萬元", D(25000000), "HKD", "approx")]
    assert quantities("2023 2024年。") == []  # two years, not one number
    # a multiplier between spaces joins only a part under ten thousand, never a year after it
    assert [g[:2] for g in quantities("增加 99 萬 2019 年起。")] == [("99 萬", D(990000))]
    assert [g[:2] for g in quantities("共50萬 3個。")] == [("50萬", D(500000)), ("3個", D(3))]
    # a count whose classifier follows after one space (text copied from a PDF)
    assert [g[:3] for g in quantities("发放农村低保金4461 户7153 人3057.63 万元。")] == [
        ("4461 户", D(4461), "户"), ("7153 人", D(7153), "人"), ("3057.63 万元", D(30576300), "CNY")]


def test_per_person_rates_are_rates():
    got = [(c.quantity.surface, c.quantity.unit, c.quantity.dimension) for c in EX.extract(
        "城市低保平均标准540.6元/人·月,农村4300.7元/人·年,平均救助水平1109.9元/人·次,均价4158元/平方米。").claims]
    assert got == [("540.6元/人·月", "CNY/person/month", "other"), ("4300.7元/人·年", "CNY/person/year", "other"),
                   ("1109.9元/人·次", "CNY/person-time", "other"), ("4158元/平方米", "CNY/m2", "other")]


def test_money_per_period_and_mainland_or_taiwan_texts_in_traditional_script():
    got = EX.extract("上海將從7月1日起調整失業保險金支付標準為2175元/月。").claims[0].quantity
    assert (got.surface, got.unit, got.dimension) == ("2175元/月", "CNY/month", "other")
    got = EX.extract("本縣自來水接管補助計畫,經濟部水利署核定補助經費320萬元。").claims[0].quantity
    assert got.unit == "TWD"


def test_half_after_a_bound_is_fifty_percent_not_one():
    assert quantities("超过一半。") == [("超过一半", D(50), "%", "more_than")]
    assert quantities("新能源占全省装机容量近三成。") == [("近三成", D(30), "%", "less_than")]


def test_kilometres_after_shisu_are_a_speed():
    q = EX.extract("最高设计时速为160公里。").claims[0].quantity
    assert (q.unit, q.dimension, q.value) == ("km/h", "speed", D(160))
    assert EX.extract("线路全长48.73公里。").claims[0].quantity.unit == "km"


def test_bare_multiplier_after_a_bound_is_an_amount():
    got = quantities("国庆假日旅游收入超百亿。")
    assert got == [("超百亿", D(10000000000), "CNY", "more_than")]
    assert quantities("百万学位建设计划，千亿级产业集群。") == []


def test_rises_and_falls_are_no_litres():
    assert all(g[2] != "L" and "升" not in g[0] for g in quantities("工业用电量方面,5升9降。"))
    assert quantities("每瓶5升装。") == [("5升", D(5), "L", "exact")]


def test_bound_before_a_share_verb_reaches_the_share():
    assert quantities("新建高速公路721公里,约占全国新增高速公路里程的10%。")[-1] == ("10%", D(10), "%", "approx")
    assert quantities("出口占全省的57%。") == [("57%", D(57), "%", "exact")]


def test_bound_keeps_at_least_not_money():
    got = quantities("至少100个人参加。")
    assert got == [("至少100个", D(100), "个", "at_least")]


def test_offsets_survive_surrogates_and_object_replacement():
    text = "😀\ufffc😀新增托位1365个，🎉约2万亩。"
    got = quantities(text)
    assert [g[0] for g in got] == ["1365个", "约2万亩"]


def test_traditional_classifier_maps_to_simplified_key():
    doc = EX.extract("一千二百五十間學校。")
    q = doc.claims[0].quantity
    assert (q.unit, q.unit_surface, int(q.value)) == ("间", "間", 1250)


def test_hong_kong_bare_yuan_is_hkd():
    text = "「要有光」創辦人表示，項目獲捐助2,200萬元作翻新費用，計劃為低收入家庭提供過渡性房屋。"
    q = EX.extract(text).claims[0].quantity
    assert (q.unit, q.dimension, int(q.value)) == ("HKD", "money", 22000000)


def test_hong_kong_bare_yi_of_spending_and_surplus_is_hkd():
    """2025/26年度政府經營帳目收入6533億，支出6020億，錄得經營盈餘513億 (gold g1597)."""
    got = quantities("政府經營帳目收入6533億，支出6020億，錄得經營盈餘513億。")
    assert [(s, u) for s, _, u, _ in got] == [("6533億", "HKD"), ("6020億", "HKD"), ("513億", "HKD")]


def test_hong_kong_bare_dollar_sign_is_hkd():
    q = EX.extract("高額長生津下月起上調至$3815\n\n【本報訊】社會福利署公布,由下月1日起調高綜援標準金額。").claims[0].quantity
    assert (q.surface, q.unit, q.dimension) == ("$3815", "HKD", "money")


def test_mainland_text_in_traditional_script_keeps_cny():
    text = "記者近日獲悉,我市今年冬春水利建設計劃投資3.14億元,完成土石方1325.2萬方。"
    assert EX.extract(text).claims[0].quantity.unit == "CNY"
    text = "梧州市統計局數據顯示,1至5月梧州市房地產開發完成投資24.65億元。"
    assert EX.extract(text).claims[0].quantity.unit == "CNY"
    text = "財政司司長於立法會發表財政預算案，涉及約65億元額外開支。"
    assert EX.extract(text).claims[0].quantity.unit == "HKD"


def test_hong_kong_budget_in_simplified_script_is_hkd():
    # the government's own words (本港, 财政司司长) place a simplified text in Hong Kong (gold g138, g388)
    text = "二零一五/一六年度的政府经营开支预计为三千四百亿元,配合本港人力需求。"
    assert EX.extract(text).claims[0].quantity.unit == "HKD"
    # …unless it also speaks as a mainland government does
    text = "我省与本港企业签约,全省新增投资三千四百亿元。"
    assert [c.quantity.unit for c in EX.extract(text).claims] == ["CNY"]
    # and a mainland text naming Hong Kong keeps CNY
    text = "深圳与香港合作推进前海建设,今年完成投资120亿元。"
    assert EX.extract(text).claims[0].quantity.unit == "CNY"


def test_bare_trillions_of_an_economy_are_money():
    # 经济总量在4万亿以上, GDP冲刺2万亿 (gold g430)
    got = [(q[0], q[2]) for q in quantities("上海、北京的经济总量在4万亿以上,全市GDP冲刺2万亿。")]
    assert got == [("4万亿以上", "CNY"), ("2万亿", "CNY")]


def test_a_tenth_and_a_digit():
    # 一成三 = 13 % (gold g418); 一成三百人 is 10 % and 300 people
    assert quantities("較去年同期增加一成三。") == [("一成三", D(13), "%", "exact")]
    assert quantities("較去年同期增加近一成二;")[0][:3] == ("近一成二", D(12), "%")
    assert [q[0] for q in quantities("占一成三百人")] == ["一成", "三百人"]


def test_a_tenth_and_an_arabic_digit():
    # 滿意度9成8 = 98 % (gold g1121); 增加三成二, = 32 % before a comma (g1024); 9成85 is no tenth and digit
    assert quantities("南投燈會滿意度9成8 許淑華盼中央給力") == [("9成8", D(98), "%", "exact")]
    assert quantities("一口氣增加三成二,總營收突破五百萬。")[0][:2] == ("三成二", D(32))
    assert quantities("滿意度9成85")[0][:2] != ("9成8", D(98))


def test_chinese_digits_with_a_middle_dot_and_roc_years():
    # 經濟部…一一四年外銷訂單金額七四三七·三億美元，年增卅七·九% (gold g1120, a Taiwan agency's style):
    # the middle dot is a decimal point, 一一四年 a year of the ROC era (no 114 years)
    got = quantities("經濟部今天公布一一四年外銷訂單金額七四三七·三億美元，年增卅七·九%，創歷年新高。")
    assert got == [("七四三七·三億美元", D("743730000000"), "USD", "exact"), ("卅七·九%", D("37.9"), "%", "exact")]
    assert quantities("他工作了二十年。") == [("二十年", D(20), "year", "exact")]
    # 廿五・五萬人 with a katakana middle dot (gold g1219)
    assert quantities("學生數將降至廿五・五萬人。") == [("廿五・五萬人", D(255000), "人", "exact")]


def test_spaced_amount_keeps_its_bound_and_unit():
    # 去年逾 7,700 宗 (gold g1123): 逾 after 去年 is the bound (年逾七十 is an age); 增加 8,000 人居第三 (g1118):
    # 人 counts, 居 is the verb after it, and no span ends in a space
    assert quantities("去年逾 7,700 宗違例使用") == [("逾 7,700 宗", D(7700), "宗", "more_than")]
    assert quantities("醫療保健服務業增加 8,000 人居第三。") == [("8,000 人", D(8000), "人", "exact")]
    assert quantities("他年逾七十。") == []


def test_amounts_in_brackets_after_places_are_no_section_numbers():
    # 內地旅客主要來自廣東省(74.1萬)、湖南省(8.3萬) (gold g1148): an amount in brackets; (1) and (二) stay list marks
    assert [q[:2] for q in quantities("內地旅客主要來自廣東省(74.1萬)、湖南省(8.3萬)。")] == [("74.1萬", D(741000)), ("8.3萬", D(83000))]
    assert quantities("(1)全县新建学校。") == []
    assert quantities("(二)主要任务") == []


def test_month_and_day_joined_by_a_dot_name_an_event():
    # 有效应对3·5上城疫情,4·18、8·16和10·8钱塘疫情 (gold g1161); 增长3·5% stays a decimal
    assert quantities("有效应对3·5上城疫情,4·18、8·16和10·8钱塘疫情等多次疫情") == []
    assert quantities("增长3·5%") == [("3·5%", D("3.5"), "%", "exact")]


def test_rates_per_person_and_period_with_slashes_and_spaces():
    # 728 元 / 人 / 月 (gold g1146, laid out with spaces), 6188元/人/年; 16.19万人(次) counts person-times (g1139)
    assert quantities("保障标准由 728 元 / 人 / 月提高") == [("728 元 / 人 / 月", D(728), "CNY/person/month", "exact")]
    assert quantities("农村6188元/人/年。") == [("6188元/人/年", D(6188), "CNY/person/year", "exact")]
    assert quantities("门诊补偿16.19万人(次)。") == [("16.19万人(次)", D(161900), "人次", "exact")]
    assert quantities("新建18万套(间)。")[0][2] == "套"


def test_names_that_hold_numbers_are_no_amounts():
    # 《制造强市建设三年行动计划(2021—2023年)》 (gold g1130), 三年行动计划 (2020—2022 年) laid out with spaces (g1206),
    # 国产2价HPV疫苗 (g1160), 签订三方合作协议 (g1202), 二轮土地延包 (g1108), 三輪汽車 (g1102)
    for text in ("制定出台《制造强市建设三年行动计划(2021—2023年)》。", "消费中心城市三年行动计划 (2020—2022 年)》出台",
                 "免费接种国产2价HPV疫苗。", "签订三方合作协议。", "开展全县二轮土地延包工作。", "包括三輪汽車和低速貨車。"):
        assert quantities(text) == [], text
    assert quantities("用三年时间完成改造。") == [("三年", D(3), "year", "exact")]
    # 近 5 年新高, 過去 5 年 laid out with spaces (gold g1123) are spans of time like 近五年, not durations
    assert all("5 年" not in q[0] for q in quantities("三組數字均為近 5 年新高。"))
    assert all("5 年" not in q[0] for q in quantities("羅列了過去 5 年各類型車輛的數字。"))


def test_ratios_misread_percent_signs_and_signed_lists():
    # 增长15℅ (gold g1231: ℅ typed for %), 男女性别比为105.23:100 (g1232) and 性别比例为92.1:100 (g1235): a sex
    # ratio's value; 分别为0.15、-5.64、1.34个百分点 (g1232): a signed member keeps the list; 縮短0.1年至3.3年 (g1167):
    # a change and the level it reaches, no range
    assert quantities("同比增长15℅;") == [("15℅", D(15), "%", "exact")]
    assert [q[:2] for q in quantities("男女性别比为105.23:100(女性为100);")] == [("105.23", D("105.23"))]
    assert [q[:2] for q in quantities("全区男女性别比例为92.1:100。")] == [("92.1", D("92.1"))]
    assert [q[:3] for q in quantities("贡献分别为0.15、-5.64、1.34个百分点;")] == [
        ("0.15", D("0.15"), "pp"), ("-5.64", D("-5.64"), "pp"), ("1.34个百分点", D("1.34"), "pp")]
    assert [q[0] for q in quantities("平均輪候時間較上一季縮短0.1年至3.3年。")] == ["0.1年", "3.3年"]


def test_hong_kong_cents_and_bare_yi_after_earning():
    # 仙 is a Hong Kong cent; 賺29.5億 (earned) is money (gold g409)
    doc = EX.extract("港燈去年賺29.5億 派息16.09仙\n每股盈利33.43仙。")
    got = [(c.quantity.surface, c.quantity.value, c.quantity.unit) for c in doc.claims]
    assert got == [("29.5億", D(2950000000), "HKD"), ("16.09仙", D("0.1609"), "HKD"), ("33.43仙", D("0.3343"), "HKD")]


def test_taiwan_bare_yuan_is_twd_by_its_institutions():
    text = "行政院主計處表示，特別預算案歲出部分將編列1,200億元，包括行政院主管編列92.6億元。"
    assert [c.quantity.unit for c in EX.extract(text).claims] == ["TWD", "TWD"]


def test_taiwan_bare_yuan_is_twd_by_its_calendar_or_its_words():
    # a year of the Republic's calendar with its month (gold g797); 全台 (gold g798)
    text = "106年8月底受僱員工人數為759萬7千人,本月總薪資平均為46,368元。"
    assert [(c.quantity.surface, c.quantity.unit) for c in EX.extract(text).claims] == [
        ("759萬7千人", "人"), ("46,368元", "TWD")]
    assert EX.extract("去年全台出國旅客花費高達五二二億元。").claims[0].quantity.unit == "TWD"
    # a traditional-script text with neither stays Hong Kong's
    assert EX.extract("本月總薪資平均為46,368元。").claims[0].quantity.unit == "HKD"
    # the same sentence in simplified script is a mainland text about Taiwan: 元 stays CNY
    text = "行政院主计处表示，特别预算案岁出部分将编列1,200亿元。"
    assert EX.extract(text).claims[0].quantity.unit == "CNY"
    # the 元 of a rate is the region's too: 低利貸款最高14萬元／噸 (gold g1225)
    text = "行政院農業部表示，全毀漁船低利貸款最高14萬元／噸。"
    assert [c.quantity.unit for c in EX.extract(text).claims] == ["TWD/t"]


def test_si_values():
    doc = EX.extract("恢复灌溉33万亩，建设1544.38公里公路，新增251.01万方。")
    si = [(c.quantity.si_value, c.quantity.si_unit) for c in doc.claims]
    assert si == [(D("2.2E+8"), "m2"), (D("1544380"), "m"), (D("2510100"), "m3")]


@pytest.mark.xfail(strict=True, reason="a bound word separated by a noun (低于市价一半) is not read")
def test_bound_across_noun():
    got = quantities("以低於市價一半的價錢出租。")
    assert got[0][3] == "less_than"


def test_literal_alternation_finds_what_the_longest_first_alternation_finds():
    """The nonclaim and numeric-word matcher (a trie) against the plain alternation."""
    import random

    import regex

    from newsfacts.scan import literal_alternation

    rng = random.Random(7)
    for _ in range(500):
        alpha = "ab一二."[: rng.randrange(2, 6)]
        words = {"".join(rng.choice(alpha) for _ in range(rng.randrange(1, 5))) for _ in range(rng.randrange(1, 8))}
        plain = regex.compile("|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True)))
        trie = literal_alternation(words)
        for _ in range(10):
            t = "".join(rng.choice(alpha + "x") for _ in range(rng.randrange(0, 30)))
            s = rng.randrange(0, len(t) + 1)
            e = rng.randrange(s, len(t) + 1)
            assert [m.span() for m in trie.finditer(t, s, e)] == [m.span() for m in plain.finditer(t, s, e)]
    assert literal_alternation([]) is None
