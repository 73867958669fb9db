"""Print the README's "How good is it" table: every gold set scored by ``newsfacts evaluate``.

    python benchmarks/gold_table.py

Sets are the ranges of gold files the READMEs of tests/fixtures/gold name; the last two
columns are the periods (issue 18: share of gold periods with both days right, on the sets
annotated with them) and the claims at confidence >= 0.8 with the share of them fully right.
"""

from __future__ import annotations

from pathlib import Path

from newsfacts import Extractor
from newsfacts.evaluate import evaluate, load_gold, scores

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "fixtures" / "gold"
SETS = [  # (label, first, last)
    ("g01–g16", 1, 16), ("g17–g26", 17, 26), ("set D, g27–g38", 27, 38), ("set E, g39–g50", 39, 50),
    ("set F, g51–g62", 51, 62), ("set G, g63–g74", 63, 74), ("set H, g75–g86", 75, 86),
    ("set I, g87–g94 (policy)", 87, 94), ("set J, g95–g102 (budgets)", 95, 102),
    ("set K, g103–g110 (statistics)", 103, 110), ("set L, g111–g118 (HK/TW/Macau)", 111, 118),
    ("set M, g119–g126 (county, projects)", 119, 126), ("set N, g127–g136 (time-rich releases)", 127, 136),
    ("set O, g137–g146 (HK/TW/Macau, plans)", 137, 146), ("set P, g147–g156 (broad mix)", 147, 156),
    ("set Q, g157–g166 (county, enterprise, plans)", 157, 166), ("set R, g167–g176 (broad mix)", 167, 176),
    ("set S, g177–g186 (plans, budgets)", 177, 186), ("set T, g187–g196 (民生, sector news)", 187, 196),
    ("set U, g197–g206 (plans, 民生)", 197, 206), ("set V, g207–g216 (budgets, mixed)", 207, 216),
    ("set W, g217–g226 (county, city, mixed)", 217, 226),
    ("set X, g227–g236 (policy, plans, budgets)", 227, 236),
    ("set Y, g237–g246 (民生 statistics, local news)", 237, 246),
    ("set Z, g247–g256 (county statistics, HK/Macau, results)", 247, 256),
    ("set AA, g257–g266 (plans, public finance)", 257, 266),
    ("set AB, g267–g276 (民生 progress, final accounts, Macau)", 267, 276),
    ("set AC, g277–g286 (plans beside results, statistics)", 277, 286),
    ("set AD, g287–g296 (budget drafts, company and service figures)", 287, 296),
    ("set AE, g297–g306 (project lists and targets, county statistics, Macau, Taiwan)", 297, 306),
    ("set AF, g307–g316 (city, county and sector reports, HK port cargo, Taiwan travel)", 307, 316),
    ("set AG, g317–g326 (city and county texts, trade, education, Macau labour)", 317, 326),
    ("set AH, g327–g336 (民生 in five provinces and Macau, a plan execution, a railway, listed companies)", 327, 336),
    ("set AI, g337–g346 (民生 and work reports in four provinces, a budget, expressways, Hong Kong GDP)", 337, 346),
    ("set AJ, g347–g356 (民生 and services, a work report, statistics, a vehicle plan, Macau visitors)", 347, 356),
    ("set AK, g357–g366 (民生 lists and results, district reports, a city's finances, road projects, Taichung solar)", 357, 366),
    ("set AL, g367–g372 (a city's targets, a work report, county housing and labour, a half year, a Hong Kong fund)", 367, 372),
    ("set AM, g373–g382 (policy documents with targets, county reports, a Taiwan county's final accounts)", 373, 382),
    ("set AN, g383–g392 (plans with targets, budgets for the coming year, a Hong Kong budget speech)", 383, 392),
    ("set AO, g393–g402 (民生 progress during the year, statistics, Taiwan national accounts, Macau visitors)", 393, 402),
    ("set AP, g403–g411 (work reports with results and targets, project signings, company results)", 403, 411),
    ("set AQ, g412–g421 (民生 news, Hong Kong, Macau and Taiwan releases)", 412, 421),
    ("set AR, g422–g431 (county and provincial 民生 texts, statistics, trade, electricity)", 422, 431),
    ("set AS, g432–g441 (texts that set targets, housing, grain, railways, Taiwan long-term care)", 432, 441),
    ("set AT, g442–g449 (Beijing, Tianjin and Shanghai 民生, state-owned enterprises, a Hainan bulletin, a tourism plan, Qinghai energy)", 442, 449),
    ("set AU, g450–g458 (Hong Kong, Macau and Taiwan releases, Inner Mongolia projects, Tibet's budget outturn, two half years)", 450, 458),
    ("set AV, g459–g466 (rural water, Jilin's 民生 targets, a district's half year, Hubei, a port, a power group, Hong Kong visitors, Taiwan prices)", 459, 466),
    ("set AW, g467–g476 (plan documents: Jiangsu, Shanghai's plan table, Ningxia, Tibet's grid, Hong Kong's climate plan; an oilfield, a port, bulletins)", 467, 476),
    ("set AX, g477–g486 (district budgets and work reports, Wuxi's 民生 lists, Zhengding's targets; Hong Kong retail, Macau finances, grain, holidays)", 477, 486),
    ("set AY, g487–g496 (Taiwan's long-term care, Tianjin's 民心工程, Hebei, Xiong'an, Jiangsu's 实事; Hainan statistics, airports, social insurance, graduates, Macao jobs)", 487, 496),
    ("set AZ, g497–g506 (work reports of Haikou, Weihai, Xining, Liaoning, Lhasa; Hsinchu subsidies, Hong Kong housing, Hainan sales, Qinghai environment, Manzhouli trains)", 497, 506),
    ("set BA, g507–g516 (Shanghai's 实事 table, Urumqi, Tianjin's list, Harbin; Yanbian, a listed farm group, health resources, fisheries, Taiwan's health insurance)", 507, 516),
    ("set BB, g517–g526 (a plan execution, a work report, a budget execution, Xinji's list, Shandong projects; industry, railway, nuclear power, a holiday, Macao CPI)", 517, 526),
    ("set BC, g527–g536 (Tibet's work report, district 实事, Tianjin's third quarter, Jiading's budget, a banner's report; customs, a brewery, Tibet's education, a port, Macao visitors)", 527, 536),
    ("set BD, g537–g546 (Beijing's and Hainan's 实事 lists, Xinjiang projects, Yancheng, Tibet's 十四五; Tianjin, Hebei steel, Shanghai jobs, Harbin tourism, Macao jobs)", 537, 546),
    ("set BE, g547–g556 (Licheng's and Hexi's reviews, Inner Mongolia's targets, Liaoning's county revenues, Heilongjiang; Qinghai industry, an aluminium group, Tianjin health, Fujian's holiday, Macao hotels)", 547, 556),
    ("set BF, g557–g566 (Yuanmou's plan execution, Anshun's ten matters, Tongcheng, Cangwu's and Jing'an's reviews; Hubei's May Day, Shaanxi CPI, Chongqing jobs, Hunan's old communities, Taiwan's Lunar New Year rail)", 557, 566),
    ("set BG, g567–g576 (Changde's targets and list, Jishui's task table, Gansu's targets, Jinzhong's tasks, Xingqing's plans; Inner Mongolia energy, Zhanjiang's bulletin, Xinjiang cotton, a pig producer, a Chongqing bank)", 567, 576),
    ("set BH, g577–g586 (Zhaoqing's targets, Sichuan's key projects, Hebei's regional plan, Minhou's projects, Quxian's final accounts; Zhejiang's 实事 at mid-year, Huangshan, Huai'an's elderly care, Deyang's jobs, Guangdong's livelihood)", 577, 586),
    ("set BI, g587–g596 (Hohhot's task list, Changchun's targets, Jinyun's and Guizhou's ten projects, Ningde's plan; Tangshan's air, Jiangxi transport targets, Beihai's holiday, a Liuzhou car maker, Yilan's scenic areas)", 587, 596),
    ("set BJ, g597–g606 (Bishan's and Gangcheng's ten projects, Yanjin's farm targets, Wuhan's care plan, Heihe's projects; Hezhou's bulletin, Zhaotong's revenue, Huaibei's farm output, Jiangxi's trade, Hong Kong's fire services)", 597, 606),
    ("set BK, g607–g616 (Xinjiang's, Tunchang's and Xianyang's reports, Tianshui's ten projects, Hainan's tourism plan; Zhengzhou metro, Xingtai's express delivery, Dongying's assistance standards, Guangdong's 高考, Macao's 敬老金)", 607, 616),
    ("set BL, g617–g626 (Hunan's 实事 at mid-year, Fujian's rural roads, Luocheng's bulletin, Jinping's roads, Yunlong; the Three Gorges, Henan's holiday and grain, rental housing, Taiwan's basic wage)", 617, 626),
    ("set BM, g627–g636 (Xiajiang's, Lixin's, Qiyang's, Henan's and Jining's budgets and finances; Shaanxi's jobs, Fujian's air quality, Guangdong's elderly canteens, Wenzhou's kindergartens, Taiwan's social housing)", 627, 636),
    ("set BN, g637–g646 (Suihua's, Qinhuangdao's, Shizuishan's, Jiaocheng's and Alxa's plans; Hainan's trade, Guizhou's Spring Festival transport, Guangdong's water, Kunming and Hong Kong airports)", 637, 646),
    ("set BO, g647–g656 (Yueqing's 实事, Kaiping, Changle, Boxing's ten projects, Taixing; Sichuan livestock, Anhui's Qingming, Jiangxi rice prices, Hubei electricity, Macao housing)", 647, 656),
    ("set BP, g657–g666 (Dalian's two 2025 plan lists, Shuangyang, Jianping, Jiangyuan's work report, Zhenlai's plan execution; Qinghai, Ningxia, Tibet, Yunnan and Shuozhou statistics)", 657, 666),
    ("set BQ, g667–g676 (Golog, Tumed Left Banner, Shizuishan, Majiang, Baiyin work-report news; Ningxia's 低保, Hebei's school meals, Hong Kong's CSSA, Taiwan's farmers' allowance, Macao's social security)", 667, 676),
    ("set BR, g677–g686 (Keqiao's and Haishu's budget execution, Zhangjiagang's and Yaohai's plan execution, Baohe's 十四五 review; Henan's Spring Festival, a 春运 day, a rice yield test, Guangdong and Baoding rainfall)", 677, 686),
    ("set BS, g687–g696 (Taishan's, Qimen's, Mengjin's, Jize's and Xinzheng's 民生实事; Wuhan metro, national power statistics, a Beijing water plant, national air quality, a company's results)", 687, 696),
    ("set BT, g697–g706 (Luzhai, Qintang, Lingshui, Qiongshan and Fangchenggang 民生实事; Xiangyin, Jiayu, Luochuan, Song county and Nanchang county bulletins)", 697, 706),
    ("set BU, g707–g716 (Chengdu's community plan, Gansu's agriculture plan, Jiangxi's ecology opinions, Gansu's rural opinions, Shaanxi's 十四五; Lanzhou, Guangxi, Zhangjiajie and Shijiazhuang holidays)", 707, 716),
    ("set BV, g717–g726 (Chaotian's and Renshou's budgets, Changshou's budget adjustment, Xincheng's half year, a unit's final accounts; Hong Kong's budget relief and retail, Macao property, Taiwan's rent subsidy and unemployment)", 717, 726),
    ("set BW, g727–g736 (Longhua, Wujin, Xianyou, Shengzhou and Qingdao work-report news; Beibu Gulf port, Jingmen express delivery, a Boye herb cooperative, Shanxi trade, an Anning industrial park)", 727, 736),
    ("set BX, g737–g746 (Jilin kindergartens, Inner Mongolia places, Tianjin school places, Hainan county hospitals, Qinghai vaccines; Panzhihua, a county's old compounds, Yibin, a housing fund, Putian sales)", 737, 746),
    ("set BY, g747–g756 (Heilongjiang farm incomes, Jilin, He county, Sichuan farmland, Gansu villages; Jingzhou jobs, Xincheng, Longyan incomes, wage arrears, Hong Kong's minimum wage)", 747, 756),
    ("set BZ, g757–g766 (Liannan's and Chizhou's key projects, Jinping's and Sinan's investment promotion, a Jia county project; national pollution control, Hebei emissions, Jilin forests, Fengdu, Hengyang county)", 757, 766),
    ("set CA, g767–g776 (a district's care table, two county assistance summaries, Ma'anshan's disability plan, Hong Kong allowances; Zhushan buses, Bozhou 5G, Zherong parking, Nanning transport, Ankang's networks)", 767, 776),
    ("set CB, g777–g786 (Lixian, Alxa Right, Zhushan, Jingdong and Zhijiang work reports; Datong, Pingchang and Jiangkou bulletins, Dianjiang's first quarter, Chuxiong's high-tech zone)", 777, 786),
    ("set CC, g787–g796 (Longhu's final accounts, Nanzhang's and Taijiang's debt notes, Bazhou's and Mianzhu's 三公 budgets; Zhuhai port, Quartz's results, Qingbaijiang projects, Tianrun's charity, a Sichuan mine)", 787, 796),
    ("set CD, g797–g806 (Taiwan's earnings, travel, 2026 welfare, low-use housing, Tainan's record; Hong Kong's 2018-19 relief, Macao visitors and allowances, Hong Kong unemployment and public housing)", 797, 806),
    ("set CE, g807–g816 (farmland, a water-works task list, forestry, farm-machine subsidies, Huangshi grain; Wuding accidents, Xinhuang culture, a fitness plan, Jintang Golden Week, Shitai disasters)", 807, 816),
    ("set CF, g817–g826 (press conferences of the labour, civil-affairs and housing ministries, Henan and Shanghai; Siping, Yuncheng, Pingxiang, Weifang and Binzhou statistics)", 817, 826),
    ("set CG, g827–g836 (Ziyang, Zhuhai, Tong'an, Nanchuan and Fucheng work reports; Hengyang's targets, Chibi's tourism rewards, Jiyang's subsidies, Xixiang's villages, Liping's cadre pay)", 827, 836),
    ("set CH, g837–g846 (Hong'an hospital, Wugang screening, Xunwu student aid, Zhangpu schools, Ziyang insurance checks; Taiwan export orders, customs, the business-cycle signal, pensions, Yunlin's budget)", 837, 846),
    ("set CI, g847–g856 (Hong Kong housing and the 2005-06 budget, A&E after the fee reform, Macao accounts and social security; Hami wind, Zhuzhou power, a railway, Chengdu airports, a solar plant)", 847, 856),
    ("set CJ, g857–g866 (social sections of Hecheng, Boluo, Liangzihu, Weiyuan and a county's bulletins; Lin'an, Yueyanglou, Shouxian, Huidong and Hebi progress tables)", 857, 866),
    ("set CK, g867–g876 (Inner Mongolia air, Jinjiang sewage, Haicang waste, Xianning emissions, Dali mines; Hebei sales, 70-city prices, Shandong housing, Yuzhong land, national land supply)", 867, 876),
    ("set CL, g877–g886 (Kaohsiung childcare, Hualien tourism, Keelung's budget, New Taipei housing, Taitung's elderly gifts; the Ombudsman, food safety, IT spending, the 2014/15 elderly package, Macao study allowances)", 877, 886),
    ("set CM, g887–g896 (Hubei credit, Xianning insurance, rural banks, a tea company, Jinwan signings; Weichang dividends, Gongxian tea, Kaiyuan livestreams, Tongzi tourism, Wenxian monitoring)", 887, 896),
    ("set CN, g897–g906 (Beilin, Tiefeng, Zhongning, Xiaxian and Hulin work reports; Shuyang jobs, elderly care, Huojia water, Panjin heating, Taishun's task table)", 897, 906),
    ("set CO, g907–g916 (industrial output, Shandong and Yunnan trade, Shaanxi's Qingming, Zhejiang investment; Yan'an roads, Haidian schools, Yunnan tourism, the health plan, Zunyi)", 907, 916),
    ("set CP, g917–g926 (Nantou's budget, Kinmen travel, parental-leave pay, Macao housing and study allowances; Hong Kong population, subsidised sales, hospitals, tunnel tolls, 2022-23 relief)", 917, 926),
    ("set CQ, g927–g936 (Pengshui, Yuanling, two town budgets, Togtoh; Hanzhong, Zigong, Fengjie, Langqi and Lujiang projects)", 927, 936),
    ("set CR, g937–g946 (Jinggu, Dengkou, Zhenglan, Makit and Hoxud work reports; Lintao, Huangping and Lukou budgets, a department budget, a kindergarten's final accounts)", 937, 946),
    ("set CS, g947–g956 (Hong Kong visitors, retail sales, two budgets' relief; Taiwan transport grants, investment, pensions, farm machinery, clean air)", 947, 956),
    ("set CT, g957–g966 (Shizhong, Tongxin, Cangxi, Jingde and Tonglu 民生; Baoji state firms, a listed firm, Zhengzhou projects, foreign trade, ports)", 957, 966),
    ("set CU, g967–g976 (Sunwu, Gaochang, Ningjin, Changbai and Liandu statistics; Hunan, Qinghai, Shandong, Zhenjiang and Hubei plans)", 967, 976),
    ("set CV, g977–g986 (Macao construction, CPI, policy addresses, allowances; Taipei, Yilan, Chiayi, Taichung and Lienchiang budgets and welfare)", 977, 986),
    ("set CW, g987–g996 (Yueyang, Shaoyang, Zhangjiakou, Xinyu and Zhoukou work reports; minimum wages, 低保, 特困, medical insurance, provident fund)", 987, 996),
    ("set CX, g997–g1006 (Guangdong freight, Shanxi power, Jiangxi air and water, summer grain, a province's power; Dezhou, Guangdong, Jiaozuo, Luzhou and national projects)", 997, 1006),
    ("set CY, g1007–g1016 (Zhumadian screening, Longjing culture, Shuangjiang schools, Fu'an places, Suixi hospital; Sichuan loans, a debt ceiling, national tax, Wuzhou CPI, Quanzhou trade)", 1007, 1016),
    ("set CZ, g1017–g1026 (Hong Kong public housing, hospital waits, 綜援, the $2 fare, school places; Yunlin roads, Ruisui pomelo, Tainan visitors, a Changhua nursery, Yilan elders' gifts)", 1017, 1026),
    ("set DA, g1027–g1036 (Yongzhou, Bazhong, Qixian, Shunde and Qin'an 民生实事 lists; Zhangzhen, Wangcang, Daxing, Xuzhen and Luzhai budgets and 三公 accounts)", 1027, 1036),
    ("set DB, g1037–g1046 (Jiaxing, Wuhu, Yangzhou, Nanchong and Linfen statistics; Guangzhou, Jinan, Suzhou, Yunnan and Ningde plans and reviews)", 1037, 1046),
    ("set DC, g1047–g1056 (Wuduhe kiwi, Zhuanglang cattle, Mingshan tea, Minning, Xincha village; Tianjin gas, Xi'an buses, Weifang waste, Beijing parks, Shanghai's park city)", 1047, 1056),
    ("set DD, g1057–g1066 (Hong Kong housing strategy, labour force, trade, visitors, vaccination; Hsinchu budgets, Macao aid and job matching, Taiwan's population projection)", 1057, 1066),
    ("set DE, g1067–g1076 (Huanglong, Dawa, Jiaxian, Lishu and Longxian work reports; Guizhou, Zigong, Xihua, Shangluo and Pingnan jobs and social security)", 1067, 1076),
    ("set DF, g1077–g1086 (Shandong, Jiangxi and Xi'an holidays, a concert, a marathon; Wucheng, Jiande, Huaihua, Jiaxing and Huzhou policy packages)", 1077, 1086),
    ("set DG, g1087–g1096 (Anhui and Guangzhou state firms, earnings forecasts, Shangrao parks, Yuncheng signings; floods, Chongqing relief, accidents, fires, vaccination)", 1087, 1096),
    ("set DH, g1097–g1106 (Qianxinan, Chenggu and Dawu environment and tree planting; Hebei, Ningxia, Mianyang, Zuoquan and Qichun transport)", 1097, 1106),
    ("set DI, g1107–g1116 (Hengnan, Xiaoxian, Jingchuan, Yongchang and an unnamed county's grain and farms; Shanghai, Jiangxi, Hebei, Funing and Guangdong housing)", 1107, 1116),
    ("set DJ, g1117–g1126 (Taiwan GDP, earnings, population, export orders, Nantou's lantern festival; Hong Kong fire services, expressway accidents, security arrests, immigration, corrections)", 1117, 1126),
    ("set DK, g1127–g1136 (Kaifeng, Qingdao, Beijing, Tianjin and Qingyuan plans; Hedong court, Huainan and Aba police, Hengdong and Dongtou science)", 1127, 1136),
    ("set DL, g1137–g1146 (Yichang, Huocheng and Jishishan medical insurance, Sichuan rural health, Baoying's plan; Tianmen, Shuangyashan, Zhongshan and Huanghua civil affairs)", 1137, 1146),
    ("set DM, g1147–g1156 (Macao gaming survey, visitors, flu vaccination, allowances, 2018 budget; Chengdu listed firms, Changchun High-tech, Jinan plants, Yichang signings, Suizhou)", 1147, 1156),
    ("set DN, g1157–g1166 (Xiangshan, Jimo, Lishui and Gaocheng 民生实事, Baiyang street; Lianxi, Wuhua, Hantai, Tongling Jiaoqu and Fanchang statistics)", 1157, 1166),
    ("set DO, g1167–g1176 (Hong Kong housing waits, MTR patronage, 綜援, unemployment, policy address; Kaohsiung budget, New Taipei births, Chiayi elders, Pingtung farms, Chiayi city hall)", 1167, 1176),
    ("set DP, g1177–g1186 (Shanxi, a Heilongjiang city, Dazu, Wuhan's zone and Jining education; Taizhou, Hengfeng, Leshan, Ningxiang and Huangmei water)", 1177, 1186),
    ("set DQ, g1187–g1196 (Gansu deposits, Chongqing loans, Beijing insurance, Guangxi farm insurance, Zhoukou targets; Shuanghe, Yichun, Tunxi and Luoshan budgets, Hunan tax relief)", 1187, 1196),
    ("set DR, g1197–g1206 (Yintai power, Chint solar, Linfen gas, Chongqing's energy plan, national power use; Jincheng and Foshan vouchers, parcels, Jiaozuo trade, Leshan's plan)", 1197, 1206),
    ("set DS, g1207–g1216 (Hong Kong A&E waits, flu vaccination, Primary One places, research funds, 2018-19 budget; Macao housing, jobs, gaming tax, visitors, social security)", 1207, 1216),
    ("set DT, g1217–g1226 (Taiwan travel, holiday clinics, student projections, typhoon losses, exports; Dongyin budget cuts, council cut rates, Miaoli townships, Chiayi boat relief and payments)", 1217, 1226),
    ("set DU, g1227–g1236 (Hangzhou, Tongliao and Linfen targets, Gucheng, a Hunan county, Futian and Sansui reports; Yunhe, Chenggong, Xuchang, Weiyang and Shangluo population and income)", 1227, 1236),
    ("set DV, g1237–g1246 (Fuyang, Huarong, Sichuan libraries, Shandong's tourism plan, A-grade sites; Gaotang, a Gansu county, Qiongzhong, a Du'an village, Suzhou's rural plan)", 1237, 1246),
    ("set DW, g1247–g1256 (Hong Kong retail sales, trade, GDP, prices, tourism accounts; Taiwan GDP forecast, unpaid leave, industrial output, a rate rise, TSMC revenue)", 1247, 1256),
    ("set DX, g1257–g1266 (Longling accidents, a county's emergency bureau, fire inspections, flood losses, a Liaoning city's safety plan; Shantou, Huangpu, Qinghai and Weixi market regulation)", 1257, 1266),
    ("set DY, g1267–g1276 (Decheng, Anhui meal aid, Ningxia's plan, Taizhou and Liaocheng elderly care; Gong'an and Wenchuan water, Botou parks, Wanzai, Heilongjiang utilities)", 1267, 1276),
    ("set DZ, g1277–g1286 (Shouxian, Xundian, Echeng and Xiaolin 三公 and accounts, Hebei's budget execution; Shiyan, Gansu, Ma'anshan, Sichuan and Caijiapo zones)", 1277, 1286),
    ("set EA, g1287–g1296 (Lianyungang R&D, Baotou contracts, Nantong patents, high-tech zones, the national R&D bulletin; Shenyang telecom, Zhongwei and Jiujiang computing, Yichang projects, poor counties' online retail)", 1287, 1296),
    ("set EB, g1297–g1306 (Yunnan airports, 春运, Shuanghe and Chongqing cold-chain parks, Wuhan port; Fuzhou procuratorate, Yiling court, Qiaokou legal aid, Yangxian anti-fraud, Huangmei procuratorate)", 1297, 1306),
    ("set EC, g1307–g1316 (Hong Kong deficit, works spending, waste, civil service; Macao budget execution; Nantou and Kinmen relief and subsidies, Zhushan 重陽 gifts, catastrophic illness, Yunlin low-income households)", 1307, 1316),
    ("set ED, g1317–g1326 (Shaya, Alxa, Qinghai herding, Gansu farming, Yinchuan; Mutang, Lucun, Dongliu, Changshuo and Dayanta reports)", 1317, 1326),
    ("set EE, g1327–g1336 (Beijing blood donation, a blood centre, cancer screening, Nanxiong and Xishui hospitals; Changyuan, Huizhou listed firms, Shenghua Baike, coal output, a silicon project)", 1327, 1336),
    ("set EF, g1337–g1346 (Yangquan complaints, Wusheng and Jinghai food checks, Ningxia farm inputs, Ningde spot checks; Linyi, Jining, Shenzhen, a city's and Fujian's pensions and insurance)", 1337, 1346),
    ("set EG, g1347–g1356 (Hong Kong 綜援 caseloads, crime reviews 2019 and 2007, public-housing waits; Jingxi, Rong'an, Changning, Kaiyang and Pinghe farming)", 1347, 1356),
    ("set EH, g1357–g1366 (Chengjiang hazard points, Shanxi forest chiefs, Quannan rain damage, a county's climate year, Qidong's February; Mile, Guangshui, Weinan, Rizhao and Changsha lottery funds)", 1357, 1366),
    ("set EI, g1367–g1376 (Huaiyuan veterans, Tengchong and Yuxi funeral reform, Jinan and Qinghai cooperatives; Ningbo and Wuhan customs, Heilongjiang tobacco, Anqing and Haizhou grain)", 1367, 1376),
    ("set EJ, g1377–g1386 (the camellia-oil plan, the Yangtze Delta outline, Xinxiang, Lianyungang elderly care, a county's targets; Quanzhou, Mianyang, Changde, Hainan and Rangtang revenue)", 1377, 1386),
    ("set EK, g1387–g1396 (Taoyuan flood aid, New Taipei works, Yunlin and Hualien Double Ninth gifts, Miaoli's budget; Hong Kong ferries, EV chargers, Sai Kung water, recycling, care places)", 1387, 1396),
    ("set EL, g1397–g1406 (Chongqing Steel, carmakers 2003, Shaanxi and Heilongjiang state firms, Hebang; Dazhou visits, Huade hospital, county hospitals, a city's health resources and bulletin)", 1397, 1406),
    ("set EM, g1407–g1416 (Zhenyuan's work report, township plans and reviews, Yexi's five years; Jiaxing arbitration, Heilongjiang skills, Cangzhou, Ya'an and Dongyang jobs and mediation)", 1407, 1416),
    ("set EN, g1417–g1426 (Chengdu, Shandong and Shanghai transport, Zhuji's holiday, Zhumadian rural roads; Xinchang, Guiding, Pingjiang and two counties' schools)", 1417, 1426),
    ("set EO, g1427–g1436 (Macao emergency visits, elderly flats, light-rail tender, local tours and school subsidies; Xuyong and Lianhua reservoirs, Xiangyun water, Jingning floods, Yunxi works)", 1427, 1436),
    ("set EP, g1437–g1446 (Dongshan, Yicheng, Chongchuan, Dingyuan and Lufeng projects; Jinping and Yao'an livestock, Chaohu fisheries, Shuangliao machinery, Qinyang wheat)", 1437, 1446),
    ("set EQ, g1447–g1456 (Xuzhou, Datong, Shuangtaizi, Liyang and Chengdu housing renewal; Suizhou, Zhanggong and Suqian air and water, Xiangxi and Nanhua energy use)", 1447, 1456),
    ("set ER, g1457–g1466 (Taiwan's typhoon budget, long-term care, green power, TPASS and supplementary budget; Hong Kong restaurant receipts, services index, budget speeches and rates relief)", 1457, 1466),
    ("set ES, g1467–g1476 (Daguan, Hangzhou, Huangshi, Heze and Chengxiang 民生实事; Xuzhou, Xishuangbanna, Qinhuangdao, Quzhou and Dunhuang holidays)", 1467, 1476),
    ("set ET, g1477–g1486 (Ningbo, Xi'an, Huai'an, Xiangtan and Huichang 实事 progress; Daixian stadium, Xiangyin hospital, Liannan school, a Sichuan reservoir, a county road)", 1477, 1486),
    ("set EU, g1487–g1496 (a Heilongjiang spring, Jingyuan snow, Jinsha rain, Qianguo and Kangding earthquakes; Macao libraries, borders and fire services, Hong Kong markets and sports grounds)", 1487, 1496),
    ("set EV, g1497–g1506 (Pingtung schools, Changhua recycling, Yunlin festivals, Matsu engines, Gukeng coffee; Zhongzhan, Yueyang, Chenxi and two counties' bulletins)", 1497, 1506),
    ("set EW, g1507–g1516 (Hong Kong A&E visits, CSSA, work injuries, traffic complaints, public housing; Kaohsiung hotels, New Taipei and Taoyuan budgets, Tainan elderly care, Taipei senior cards)", 1507, 1516),
    ("set EX, g1517–g1526 (typhoon, flood and hail losses and relief in Guangdong, Guangxi, Guizhou, Anhui, Tonghua and Lichuan; 民生实事 progress in Danling, Xin'an, Qingshui, Shijiazhuang and Wanzhou)", 1517, 1526),
    ("set EY, g1527–g1536 (Shanghai deposits and insurance, Xixiang and Gansu revenue, Jinsha rural credit; stent 集采, vaccination, holiday libraries, museums and tourism)", 1527, 1536),
    ("set EZ, g1537–g1546 (Macao transport, pensions, Labour Day visitors, employment, tax relief; Taiwan household registration, export orders, student numbers, minimum wage, child policy spending)", 1537, 1546),
    ("set FA, g1547–g1556 (Shanghai, Puyang and national climate reviews, heat waves; Jinan and Hubei targets, Sanmenxia rural plan, Jinfeng and Longhai 实事 lists)", 1547, 1556),
    ("set FB, g1557–g1566 (Yuxi parks, CSIC, Shagang, Ya'an zone and central enterprises' results; Gaobeidian machinery subsidies, Dongsheng seeds, Zigui farmland, grain purchases and harvest)", 1557, 1566),
    ("set FC, g1567–g1576 (Hong Kong unemployment, retail sales, crime, immigration and A&E; Taitung tourism, Hualien road repair, Yilan grants, Chiayi school lunches, Keelung results)", 1567, 1576),
    ("set FD, g1577–g1586 (民生实事 and key-project progress in Changsha, Nanchuan, Xiping, Beichen and a county; Suizhou, Dezhou and Meishan rain, a cold wave, Guangxi gales)", 1577, 1586),
    ("set FE, g1587–g1596 (monthly statistics of Ruyuan, Hinggan, Garze, Yuncheng and Zhongyuan; elderly-care, education and health plans of Heilongjiang, a county, Qingdao, Gansu and Wuhan)", 1587, 1596),
    ("set FF, g1597–g1606 (Hong Kong budget and public works, LegCo finance papers, Macao accounts and budget; Taiwan electricity prices, Pingtung solar, MRT ridership, traffic deaths, air quality)", 1597, 1606),
    ("set FG, g1607–g1616 (Wenzhou, Nan'an, Lu'an, Dalian and Fujian environment bulletins; Changning and Jishishan quake rescue, the 2020 flood season, Wuhan work safety, Yuxi stockpiles)", 1607, 1616),
    ("set FH, g1617–g1626 (Lanzhou and Longgang 实事 votes, Hu town, Mudong and Zhanbei work reports; Xiang'an, Anshan, two counties' and national assistance figures)", 1617, 1626),
    ("set FI, g1627–g1636 (Hubei, Chenzhou, Yucheng, Yuyao and Dongyang policy documents with targets and rewards; Kecheng and Xuanzhou courts, Hongshan procuratorate, Chengxian anti-fraud, Pingshan legal aid)", 1627, 1636),
    ("set FJ, g1637–g1646 (Taiyuan, Huanxian, Fumin, Huzhou and Mouding health and education bulletins; a province's electricity use, Shanghai grid investment, national urban rail, Luzhou buses, Yangtze ports)", 1637, 1646),
    ("set FK, g1647–g1656 (Taipei, New Taipei, Hualien, Tainan and Taoyuan welfare, childcare and housing releases; Lanxi, Gaoxian, Le'an, Lezhi and Pingtang villages, co-operatives and crops)", 1647, 1656),
    ("set FL, g1657–g1666 (Hong Kong land registry, vacancies, money supply, MPF and HIV releases; Dongchangfu, Yingzhou, Hantai, Qiaokou and Huize results and forecasts)", 1657, 1666),
    ("set FM, g1667–g1676 (Zhoucun, Wulong, Zhangjiajie, Santai and Shiquan 民生实事 progress; Macao visitors, house prices, ageing, building repair fund, education fund)", 1667, 1676),
    ("set FN, g1677–g1686 (Zhongguancun Tongzhou, Zhenyuan, Haiyan, Changshan and Huaguang enterprise news; Guzhen, Linxiang, Xiashan, Hubin and Meixian monthly economic analyses)", 1677, 1686),
    ("set FO, g1687–g1696 (Jinzhou, Zhenba, Panzhihua Dongqu, Yichuan and a district's agriculture bulletins; Daoxian, Huizhou district, a Hubei city, Xiangdong and Maiji jobs and social security)", 1687, 1696),
    ("set FP, g1697–g1706 (Taiwan cross-strait container traffic, air passengers, citrus forecasts, Chiayi sales, Miaoli coastal clean-up; Minqing, Fengkai, Baihe, Shicheng and Qilian floods, typhoon and snow)", 1697, 1706),
    ("set FQ, g1707–g1716 (Jinxi, Jiangling, Changshun, Changzhou district and Panyu budget execution; Yinan, Shenqiu, Wuyuan, Fusong and Wuzhi schools, hospitals and care homes)", 1707, 1716),
    ("set FR, g1717–g1726 (Tainan, Changhua, Pingtung, Taitung and Nantou farm, harbour and stream works; Hong Kong hospital staff, psychiatric beds, health vouchers, public-housing limits, kindergartens)", 1717, 1726),
    ("set FS, g1727–g1736 (Shenzhen, Luohu, Juye, Yazhou and Huqiu work-report news; Da Hinggan Ling, Xinglong, Luodian, Huanan and Qing'an climate reviews and forecasts)", 1727, 1736),
    ("set FT, g1737–g1746 (Chaoyang, Licang, Lunan, Yuping and Wushi 民生实事 lists and progress; Yixian, Yakeshi, Sihong and two unnamed places' population, culture, tourism and science)", 1737, 1746),
    ("set FU, g1747–g1756 (Chuxiong, Jinhua, Changzhou, Zhoushan and Haihe water resources bulletins; Chongqing, Henan, Shaanxi and Heilongjiang foreign trade, Luoyang tax)", 1747, 1756),
    ("set FV, g1757–g1766 (Luochuan, Taizhou, Jiuyuan, Changji and Xianghuang Banner plans and targets; Nansha, Anci, Shijingshan, Xuhui and Wuchang work and budget reports)", 1757, 1766),
    ("set FW, g1767–g1776 (Changhua house tax, Tainan jobs, Penghu cash gifts, Miaoli road, Taichung fertiliser; Hong Kong and Macao housing, parking tickets, labour, trades survey)", 1767, 1776),
    ("set FX, g1777–g1786 (Taiwan ministries: work safety, causes of death, rice, transport, SMEs; Hong Kong smoking survey, care workers, teachers, country parks, green bonds)", 1777, 1786),
    ("set FY, g1787–g1796 (Jing'an, Yuhang, Julu, Shizhu and Shexian targets; Zichang, Zhenfeng, Zhuolu, Suining and Diqing progress against targets)", 1787, 1796),
    ("set FZ, g1797–g1806 (Wuyishan, Chongli, Anyang, Xuanzhou and Jiangyou holidays, 春运 and a marathon; cars, phones, steel, a cement maker, Qaidam investment)", 1797, 1806),
    ("set GA, g1807–g1816 (Kinmen council budget, Kaohsiung typhoon losses, Xiaoliuqiu arrivals, Chiayi birth subsidies, Lukang farm roads; Taiwan health insurance, long-term care, childcare, rent, water)", 1807, 1816),
    ("set GB, g1817–g1826 (Macao gaming revenue, conferences, population, domestic violence, a road tender; Hong Kong MTR delays, traffic accidents, crime, an election, public housing)", 1817, 1826),
    ("set GC, g1827–g1836 (Xianju, Yixiu and an unnamed city's bureau summaries, Xinping medical insurance, Huizhou labour plan; Yanshan, Miyun, Fenggang, Xiangning and Jingle schools, health, culture)", 1827, 1836),
    ("set GD, g1842–g1846 (Hong Kong 2007-08 budget measures, the former Chief Executive's office spending, clinic waiting times, care-home waiting lists; Macao school places)", 1842, 1846),
    ("set GE, g1847–g1856 (Lijiang, Guandu, a Fujian county, Shuangliu and Tongguan targets and results; Langfang, Uxin Banner, Ningqiang, Biyang and Xishan budgets and 民生 spending)", 1847, 1856),
    ("set GF, g1862–g1866 (Shaowu water supply, Shucheng sewage, Jiuquan heating, Gengma rural roads, Juxian buses)", 1862, 1866),
    ("set GG, g1857–g1861 (Maoji, Dachuan, Yaozhou and Huxian economic analyses, Wuding prices)", 1857, 1861),
]


def row(label: str, s: dict) -> str:
    period = "" if s["period"] is None else f"{s['period']:.3f}"
    return (f"| {label} | {s['gold']} | {s['f1']:.3f} | {s['value']:.3f} / {s['unit']:.3f} | "
            f"{s['subject_strict']:.3f} / {s['subject_lenient']:.3f} | {s['status']:.3f} / {s['status_mark_f1']:.3f} | "
            f"{s['change']:.3f} | {s['full_f1']:.3f} | {period} | {s['confident']} / {s['confident_right']:.3f} |")


def main() -> None:
    ex = Extractor()
    print("| | claims | detection F1 | value / unit | subject strict / lenient | status / planned-mark F1 "
          "| change | full F1 | period | conf ≥ 0.8 |")
    print("|---|---:|---:|---|---|---|---:|---:|---:|---|")
    dev = scores(evaluate(load_gold([ROOT / "tests" / "fixtures" / "dev"]), ex).total)
    print(row(f"dev ({len(list((ROOT / 'tests' / 'fixtures' / 'dev').glob('*.json')))} articles)", dev))
    for label, first, last in SETS:
        paths = [GOLD / f"g{i:02d}.json" for i in range(first, last + 1)]
        print(row(label, scores(evaluate(load_gold(paths), ex).total)))


if __name__ == "__main__":
    main()
