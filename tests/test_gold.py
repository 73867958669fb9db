"""End-to-end scores on the annotated gold articles (claims.md §3), as regression floors.

The floors sit a little under the measured figures so that a real regression fails while
an annotation-neutral refactor passes; the closing notes of the issues quote the figures.
"""

from pathlib import Path

import pytest

from newsfacts import Extractor
from newsfacts.evaluate import evaluate, load_gold, scores

FIXTURES = Path(__file__).parent / "fixtures"
EX = Extractor()


@pytest.fixture(scope="module")
def dev():
    return evaluate(load_gold(sorted((FIXTURES / "dev").glob("*.json"))), EX)


def _gold(first: int, last: int) -> list[Path]:
    return [FIXTURES / "gold" / f"g{i:02d}.json" for i in range(first, last + 1)]


@pytest.fixture(scope="module")
def held_out():
    return evaluate(load_gold(_gold(1, 16)), EX)


@pytest.fixture(scope="module")
def fresh():
    # g17-g26 were annotated after the claim rules were tuned on dev and g01-g16, and used
    # for error analysis from the fourth session on
    return evaluate(load_gold(_gold(17, 26)), EX)


# Sets D-H (g27-g86), annotated in the fourth session by helper sessions that never saw the
# extractor's output; each was scored unseen first (its README has those figures), then used
# for error analysis, except set H, the last held-out set.
FLOOR_KEYS = ("precision", "recall", "value", "unit", "bound", "subject_strict", "subject_lenient",
              "status", "status_mark_f1", "change", "full_f1")
LATER_SETS = {  # name: (first and last file, gold claims, floors in the order of FLOOR_KEYS)
    # The twenty-eighth session retrained the subject scorers on every set's first records (A–HC,
    # not A–EE) and lowered the subject and full-F1 floors of 71 older sets to what they measure:
    # sets A–EE lose their fit (subject strict 0.924 -> 0.920 over their 25,509 claims), while on
    # sets neither model had seen the retrained scorers fix 128 subjects and break 90 (FU–GW
    # trained on A–FT, GX–GZ on A–GW, HA–HC on A–GZ).
    "D": ((27, 38), 322, (0.99, 0.99, 1.00, 1.00, 1.00, 0.94, 0.95, 0.99, 0.97, 1.00, 0.95)),
    "E": ((39, 50), 260, (0.99, 0.98, 1.00, 1.00, 1.00, 0.96, 0.98, 0.96, 0.90, 1.00, 0.97)),
    "F": ((51, 62), 290, (1.00, 0.99, 1.00, 1.00, 0.99, 0.95, 0.96, 0.96, 0.87, 0.97, 0.96)),
    "G": ((63, 74), 194, (1.00, 1.00, 1.00, 0.99, 0.98, 0.96, 0.98, 0.90, 0.85, 0.99, 0.98)),
    # H's full F1, I's subject and M's subject lenient and full F1 lowered in the thirteenth
    # session: a subject inherited from one the boundary scorer moved now moves with it within
    # its clauses (all sets: subject strict 0.863 → 0.870), and a few scorer moves were wrong
    # for the amounts that inherit them (宁东计划投资201亿元，完成38.9%)
    "H": ((75, 86), 265, (0.99, 0.99, 0.99, 0.99, 0.99, 0.94, 0.95, 0.83, 0.69, 0.98, 0.92)),
    # sets I-M (fifth session): scored unseen first (closing note); I, J, L, M then used for the
    # structural status rules, K (statistics, enterprise news) never opened
    "I": ((87, 94), 123, (0.97, 0.98, 1.00, 0.99, 0.99, 0.89, 0.91, 0.96, 0.97, 0.95, 0.89)),
    # J's precision lowered by 0.01 in the seventeenth session: 10个方面 now counts (方面 opens a
    # word, no volume), and g95's annotators listed 八个方面 as a non-claim where later sets
    # (g537, g582) made such counts required
    "J": ((95, 102), 216, (0.98, 1.00, 1.00, 0.99, 0.99, 0.95, 0.95, 0.98, 0.96, 0.98, 0.95)),
    "K": ((103, 110), 252, (0.98, 0.98, 1.00, 1.00, 1.00, 0.96, 0.96, 0.99, 0.97, 0.99, 0.95)),
    # L's full F1 and Y's lenient subject floors lowered by 0.01 when the boundary scorer was
    # retrained with set AI (twelfth session): one subject each
    # L's and Z's subject strict lowered by 0.01 when the boundary scorer was retrained with sets
    # AM-AS (fourteenth session): one subject each (all gold subject strict 0.858 → 0.865)
    "L": ((111, 118), 188, (0.96, 0.99, 0.93, 0.98, 0.97, 0.85, 0.86, 0.93, 0.93, 0.92, 0.79)),
    "M": ((119, 126), 175, (0.99, 0.99, 1.00, 1.00, 0.99, 0.91, 0.93, 0.93, 0.94, 0.98, 0.93)),
    # sets N (time-rich mainland releases) and O (Hong Kong, Macau, Taiwan, plans), sixth
    # session, annotated with periods (their first, unseen scores are in README's table)
    "N": ((127, 136), 215, (0.96, 0.99, 1.00, 1.00, 0.98, 0.88, 0.88, 0.93, 0.86, 0.99, 0.87)),
    # O's status floors lowered by 0.01 in the twelfth session: 人均预期寿命 (life expectancy) no
    # longer cues a plan, and one target of a plan's list was right only through it; its
    # planned-mark F1 by 0.01 more when a bare 第一季度 took the year its line opens with (2021年,
    # an article of 2022 listing that year's plan: one project count now reads as finished)
    "O": ((137, 146), 230, (0.96, 0.98, 0.99, 0.99, 0.98, 0.88, 0.91, 0.87, 0.76, 0.93, 0.88)),
    # set P (a broad mix, annotated with periods after N and O were used for tuning): first
    # unseen scores status 0.871, planned F1 0.548, subject 0.613/0.707, full F1 0.694,
    # period 0.579 (README_p.md)
    # P's lenient subject lowered by 0.01 in the twenty-seventh session: 1∶4 (g156) is now found as a
    # ratio, and its subject (省外游客, gold 省外游客和本省游客之比) is the part, not the ratio's name
    "P": ((147, 156), 258, (0.98, 1.00, 1.00, 0.99, 1.00, 0.87, 0.88, 0.96, 0.90, 0.97, 0.87)),
    # set Q (seventh session: county reports, a bulletin, enterprise and 民生 news, plans, a
    # budget, a Taiwan release): first unseen scores status 0.863, planned F1 0.651, subject
    # 0.651/0.769, full F1 0.748, period 0.770 (README_q.md)
    # (planned F1 0.795 → 0.785 in the ninth session: 增长15% after a 争取 wrongly read as a
    # plan now follows it as the change of a plan)
    # Q's subject floors lowered by 0.01 in the twenty-fifth session: the subject ranker, retrained
    # when 股, 能够 and 可以 entered the data, reads 布疋及服飾品零售業 as 零售業 (one subject; 4
    # fixed and 2 broken over all gold and dev)
    "Q": ((157, 166), 213, (0.99, 0.99, 0.98, 1.00, 0.99, 0.92, 0.92, 0.96, 0.91, 0.97, 0.91)),
    # set R (seventh session, scored after that session's rule changes): first unseen scores
    # status 0.712, planned F1 0.280, subject 0.783/0.848, full F1 0.835, period 0.630
    "R": ((167, 176), 251, (0.98, 1.00, 0.99, 0.98, 0.99, 0.95, 0.97, 0.97, 0.96, 0.99, 0.95)),
    # set S (eighth session: policy, plan and budget documents, scored after the session's
    # first subject rules): first unseen scores status 0.786, planned F1 0.619, subject
    # 0.808/0.872, full F1 0.844, period 0.849 (README_s.md)
    "S": ((177, 186), 175, (0.95, 0.98, 1.00, 1.00, 1.00, 0.97, 0.97, 0.93, 0.90, 0.98, 0.94)),
    # set T (eighth session: 民生 and government reports, sector news, Macau and Taiwan, scored
    # after the rules tuned on S): first unseen scores status 0.773, planned F1 0.422, subject
    # 0.607/0.681, full F1 0.668, period 0.540 (README_t.md)
    "T": ((187, 196), 229, (1.00, 1.00, 1.00, 1.00, 1.00, 0.82, 0.86, 0.93, 0.71, 0.98, 0.86)),
    # set U (eighth session: plans and targets, 民生 and public services, scored after the rules
    # tuned on S and T): first unseen scores status 0.855, planned F1 0.836, subject
    # 0.715/0.807, full F1 0.791, period 0.833 (README_u.md)
    "U": ((197, 206), 235, (1.00, 0.97, 1.00, 1.00, 0.99, 0.91, 0.93, 0.95, 0.94, 1.00, 0.92)),
    # set V (eighth session: budgets and public finance, a broad mix, scored after the rules
    # tuned on S, T and U): first unseen scores unit 0.875, status 0.654, planned F1 0.162,
    # subject 0.642/0.708, full F1 0.593, period 0.704 (README_v.md)
    "V": ((207, 216), 241, (1.00, 0.99, 1.00, 1.00, 0.99, 0.95, 0.97, 0.96, 0.92, 0.99, 0.96)),
    # set W (end of the eighth session, after all its rules, never used for tuning): first
    # unseen scores status 0.833, planned F1 0.696, subject 0.776/0.843, full F1 0.783, period
    # 0.737 (README_w.md)
    # W's full F1 and AA's lenient subject and full F1 floors lowered by 0.01 when the boundary
    # scorer was retrained with set AJ (twelfth session): one subject each
    "W": ((217, 226), 214, (1.00, 0.99, 1.00, 0.96, 0.99, 0.94, 0.96, 0.91, 0.86, 0.99, 0.92)),
    # sets X (policy and plan documents, budgets) and Y (民生 statistics, mixed local news),
    # ninth session, scored unseen on the eighth session's code: X status 0.792, planned F1
    # 0.774, subject 0.702/0.768, full F1 0.763, period 0.968; Y status 0.875, planned F1
    # 0.456, subject 0.761/0.830, full F1 0.792, period 0.757 (README_x.md, README_y.md)
    "X": ((227, 236), 169, (0.99, 0.99, 1.00, 0.99, 0.99, 0.92, 0.94, 0.92, 0.93, 1.00, 0.92)),
    "Y": ((237, 246), 247, (0.99, 1.00, 0.98, 0.98, 1.00, 0.93, 0.95, 0.96, 0.81, 0.98, 0.94)),
    # sets Z (county statistics, 民生 progress, Hong Kong and Macau releases, company results)
    # and AA (policy and plan documents, public finance), ninth session, scored unseen after all
    # of that session's rules (README_z.md, README_aa.md); AA's subjects 0.752 → 0.735 when
    # Taiwan's Chinese-digit decimals (一一一三.二億元) were read, 13 claims more to score
    "Z": ((247, 256), 239, (0.99, 0.99, 1.00, 1.00, 0.99, 0.93, 0.93, 0.94, 0.68, 0.99, 0.93)),
    "AA": ((257, 266), 164, (0.96, 1.00, 1.00, 1.00, 1.00, 0.87, 0.88, 0.89, 0.84, 0.98, 0.86)),
    # set AB (民生 progress in regions not yet covered, final accounts, Macau's budget
    # amendment), tenth session, scored unseen on that session's first commit: status 0.912,
    # planned F1 0.638, subject 0.714/0.822, full F1 0.812, period 0.915 (README_ab.md)
    "AB": ((267, 276), 193, (0.96, 1.00, 1.00, 0.99, 0.99, 0.94, 0.96, 0.95, 0.80, 0.99, 0.94)),
    # set AC (plans and targets beside results, statistics and economic news), tenth session,
    # scored unseen on that session's second commit of rules: status 0.842, planned F1 0.735,
    # subject 0.737/0.806, full F1 0.737, period 0.737 (README_ac.md)
    # AC's subject and full F1 floors lowered by 0.01 in the twenty-sixth session: 成長 became a
    # change word (Taiwan's 增長, 66 changes fixed, none broken), so g283's 下半年預測成長2.3％ no
    # longer takes 成長 as its subject
    "AC": ((277, 286), 286, (0.99, 0.97, 1.00, 0.98, 1.00, 0.92, 0.95, 0.92, 0.88, 0.94, 0.92)),
    # set AD (budget drafts and work reports, company, project and service statistics), scored
    # unseen on the tenth session's final rules: status 0.888, planned F1 0.780, subject
    # 0.806/0.852, full F1 0.845, period 0.968 (README_ad.md)
    "AD": ((287, 296), 196, (0.99, 1.00, 1.00, 1.00, 1.00, 0.93, 0.95, 0.97, 0.96, 0.95, 0.95)),
    # set AE (livelihood-project lists and plan targets beside results; county statistics,
    # Macau's budget bill, Taiwan's population, company results), scored unseen at the start of
    # the eleventh session on 22bc17b: status 0.789, planned F1 0.500, subject 0.793/0.863,
    # full F1 0.863, period 0.732 (invented 0.83) (README_ae.md)
    "AE": ((297, 306), 256, (1.00, 1.00, 1.00, 1.00, 1.00, 0.92, 0.95, 0.93, 0.87, 0.96, 0.95)),
    # set AF (city, county and sector reports, Hong Kong port cargo, Taiwan travel), scored
    # unseen in the eleventh session on 0f9d74b: subject 0.761/0.811, planned F1 0.769, full F1
    # 0.781, value 0.961, period 0.855 (invented 0.22); on 3dd3447, with the boundary scorer
    # that had not learned from it: subject 0.770/0.823, full F1 0.784 (README_af.md)
    "AF": ((307, 316), 336, (0.99, 0.99, 0.99, 0.99, 1.00, 0.87, 0.88, 0.99, 0.88, 0.98, 0.87)),
    # set AG (city and county texts, trade, education, Macau labour, an industry), scored
    # unseen at the end of the eleventh session on 4f63b5e (its rules and boundary scorer):
    # status 0.943, planned F1 0.682, subject 0.770/0.819, full F1 0.805, period 0.733
    # (invented 0.75); without the boundary scorer subject 0.745/0.786 (README_ag.md)
    "AG": ((317, 326), 247, (0.99, 1.00, 1.00, 1.00, 1.00, 0.91, 0.93, 0.98, 0.88, 0.99, 0.93)),
    # set AH (民生 in Tibet, Ningxia, Hebei, Macau, Jiangsu; a plan execution, statistics, a
    # railway, listed companies, a district budget), scored unseen at the start of the twelfth
    # session on 6c866e5: status 0.930, planned F1 0.718, subject 0.703/0.787, full F1 0.776,
    # period 0.908 (invented 0.64) (README_ah.md)
    "AH": ((327, 336), 157, (0.98, 0.99, 1.00, 1.00, 1.00, 0.91, 0.93, 0.99, 0.97, 0.95, 0.92)),
    # set AI (民生 and government work in Hebei, Guangxi, Yunnan, Jilin; a district budget,
    # statistics, new expressways, investment promotion, Hong Kong GDP), scored unseen in the
    # twelfth session on 51a1fb1: status 0.871, planned F1 0.638, subject 0.856/0.918, full F1
    # 0.896, period 0.844 (invented 0.70) (README_ai.md)
    # AI's lenient subject and full F1 lowered by 0.01 when the scorers were retrained with sets
    # BF to BO (0.9381, 0.9165)
    "AI": ((337, 346), 196, (0.97, 0.98, 1.00, 0.99, 0.99, 0.94, 0.96, 0.99, 0.98, 0.98, 0.94)),
    # set AJ (民生 and public services in Anhui and Hubei, national medical services; a work
    # report, a quarter's statistics, a vehicle plan, tourism, Macau visitor spending), scored
    # unseen at the end of the twelfth session on 3f62e29: status 0.920, planned F1 0.640, subject
    # 0.863/0.912, full F1 0.870, period 0.864 (invented 0.17) (README_aj.md)
    "AJ": ((347, 356), 227, (0.99, 0.99, 1.00, 0.99, 0.99, 0.96, 0.98, 0.97, 0.86, 0.96, 0.97)),
    # set AK (民生 lists and results in Qinghai, Hainan, Hunan, Xinjiang; district and city texts
    # in Shanghai, Beijing, Heilongjiang, Liaoning, Taichung), scored unseen in the thirteenth
    # session on a82e40a: status 0.839, planned F1 0.621, subject 0.785/0.800, full F1 0.779,
    # period 0.939 (invented 0.14) (README_ak.md)
    "AK": ((357, 366), 210, (0.97, 0.97, 1.00, 0.99, 1.00, 0.91, 0.91, 0.98, 0.97, 0.99, 0.88)),
    # set AL (a city's targets, a city's work report, a county's social housing, a city's half
    # year, a county's labour force, Hong Kong's Community Care Fund; one helper delivered one
    # article, so six files g367-g372), scored unseen at the end of the thirteenth session on
    # cd4d099: status 0.752, planned F1 0.480, subject 0.806/0.854, full F1 0.837, period 0.936
    # (invented 0.0) (README_al.md)
    "AL": ((367, 372), 106, (0.96, 0.99, 1.00, 0.99, 0.99, 0.98, 0.99, 0.83, 0.71, 0.98, 0.95)),
    # sets AM-AS (fourteenth session), each scored unseen before anyone looked at it, on the code
    # of its moment (README_am.md … README_as.md; first scores in the README): AM policy
    # documents and county reports (planned F1 0.896, full F1 0.869), AN plans and budgets for
    # the coming year (planned F1 0.813), AO 民生 progress and statistics, AP work reports and
    # enterprise news, AQ 民生 news and Hong Kong, Macau and Taiwan releases (subject strict
    # 0.572), AR county texts and statistics, AS targets and mixed news (full F1 0.859)
    "AM": ((373, 382), 164, (0.97, 0.98, 1.00, 0.99, 1.00, 0.93, 0.94, 0.99, 0.99, 1.00, 0.92)),
    "AN": ((383, 392), 134, (0.97, 0.97, 1.00, 1.00, 0.96, 0.95, 0.96, 0.96, 0.97, 0.95, 0.94)),
    "AO": ((393, 402), 235, (0.98, 0.99, 0.99, 1.00, 0.99, 0.83, 0.90, 0.94, 0.63, 0.92, 0.88)),
    # AP's lenient subject and full F1 lowered by 0.01 in the twenty-eighth session: g411's shares
    # (占总收入的32.72%) take the items of the 分别 list before them, and the first item keeps
    # 中国中车 in front of 铁路装备业务 (three rates of other sets are fixed by the same rule)
    "AP": ((403, 411), 167, (0.99, 1.00, 1.00, 0.99, 1.00, 0.94, 0.97, 0.88, 0.80, 1.00, 0.96)),
    "AQ": ((412, 421), 182, (0.98, 0.98, 1.00, 1.00, 0.99, 0.82, 0.86, 0.88, 0.67, 0.93, 0.85)),
    "AR": ((422, 431), 230, (0.98, 0.97, 1.00, 0.98, 1.00, 0.86, 0.88, 0.98, 0.85, 0.98, 0.86)),
    "AS": ((432, 441), 161, (0.95, 0.98, 0.99, 0.98, 0.98, 0.97, 0.99, 0.90, 0.86, 0.98, 0.94)),
    # sets AT-AV (fifteenth session), each scored unseen before anyone looked at it (README_at.md,
    # README_au.md, README_av.md; first scores in the README). Lowered in the fifteenth session
    # when both subject scorers were retrained with AT-AV (all gold: subject 0.8738 / 0.8985 ->
    # 0.8758 / 0.8992): M subject and full F1, V and Z lenient, AA, AH, AI, AJ subject and full F1
    # (Z full F1 too), by 0.01-0.02 each; the start scorer now cuts a few subjects it kept before
    # (已完成投资 -> 投资 in g125)
    "AT": ((442, 449), 121, (0.96, 0.99, 1.00, 0.99, 1.00, 0.93, 0.95, 0.91, 0.86, 1.00, 0.91)),
    "AU": ((450, 458), 135, (0.97, 1.00, 1.00, 0.96, 0.97, 0.89, 0.91, 0.82, 0.56, 0.95, 0.87)),
    "AV": ((459, 466), 120, (0.96, 0.98, 1.00, 1.00, 1.00, 0.94, 0.94, 0.94, 0.84, 0.99, 0.92)),
    # sets AW-BD (sixteenth session), each scored unseen before anyone looked at it (README_aw.md
    # to README_bd.md; first scores in the README). Lowered in the sixteenth session: AQ subject
    # strict 0.71 -> 0.70 (g412: 城镇、农村居民人均可支配收入 now gives both amounts the shared head,
    # one strict match made lenient), AH lenient and full F1 0.90 / 0.89 -> 0.89 / 0.87 and AJ
    # lenient 0.96 -> 0.95 when the scorers were retrained with AW-BD (all gold: subject 0.8691 /
    # 0.8992 -> 0.8771 / 0.9014); AK subject and full F1 by 0.01-0.02 and AV subject strict and
    # full F1 by 0.01 when they were retrained again with BE (the 555 articles before BE: subject
    # 0.8784 / 0.9026 -> 0.8785 / 0.9024)
    "AW": ((467, 476), 127, (0.98, 0.97, 1.00, 1.00, 1.00, 0.93, 0.95, 0.99, 0.97, 0.95, 0.93)),
    "AX": ((477, 486), 162, (0.96, 0.99, 1.00, 1.00, 1.00, 0.96, 0.97, 1.00, 1.00, 0.95, 0.95)),
    "AY": ((487, 496), 210, (0.99, 0.98, 1.00, 1.00, 0.99, 0.92, 0.93, 0.95, 0.75, 0.97, 0.92)),
    # AZ status and planned F1 by 0.01: 預測 leading later clauses also reads 相比全年預測落成量…達標約43.2% (g503) as planned
    "AZ": ((497, 506), 176, (0.98, 0.99, 0.99, 0.99, 0.98, 0.92, 0.95, 0.96, 0.92, 0.97, 0.93)),
    "BA": ((507, 516), 212, (0.99, 0.94, 1.00, 1.00, 0.99, 0.94, 0.96, 1.00, 1.00, 0.98, 0.92)),
    "BB": ((517, 526), 182, (0.98, 0.98, 1.00, 1.00, 1.00, 0.90, 0.93, 1.00, 1.00, 0.98, 0.92)),
    "BC": ((527, 536), 180, (0.98, 0.96, 1.00, 1.00, 1.00, 0.92, 0.93, 0.96, 0.75, 0.98, 0.90)),
    "BD": ((537, 546), 180, (1.00, 0.99, 1.00, 1.00, 1.00, 0.94, 0.96, 0.97, 0.94, 0.98, 0.96)),
    "BE": ((547, 556), 178, (0.98, 1.00, 1.00, 0.99, 0.97, 0.94, 0.96, 0.95, 0.69, 0.96, 0.94)),
    "BF": ((557, 566), 174, (0.99, 0.99, 1.00, 1.00, 1.00, 0.97, 0.98, 1.00, 1.00, 0.91, 0.98)),
    "BG": ((567, 576), 176, (0.99, 1.00, 0.98, 0.99, 1.00, 0.96, 0.96, 0.93, 0.88, 0.97, 0.94)),
    "BH": ((577, 586), 200, (1.00, 0.98, 1.00, 1.00, 1.00, 0.97, 0.97, 0.98, 0.97, 0.97, 0.96)),
    "BI": ((587, 596), 166, (0.97, 0.99, 0.99, 1.00, 0.99, 0.90, 0.93, 0.96, 0.97, 0.97, 0.91)),
    "BJ": ((597, 606), 184, (1.00, 0.98, 1.00, 0.97, 0.98, 0.96, 1.00, 0.85, 0.74, 0.98, 0.96)),
    "BK": ((607, 616), 130, (0.99, 0.99, 1.00, 1.00, 1.00, 0.95, 0.97, 0.85, 0.74, 0.96, 0.96)),
    "BL": ((617, 626), 170, (0.97, 0.99, 1.00, 0.98, 0.98, 0.90, 0.92, 0.89, 0.62, 0.98, 0.90)),
    # BM's subject and full F1 floors lowered in the twenty-fifth session: the ranker no longer
    # takes what a gap in percentage points is measured against (高出平均增幅35.2个百分点), which
    # g630's gold accepts as an alternative subject (two subjects; 7 fixed elsewhere)
    "BM": ((627, 636), 173, (0.98, 1.00, 0.99, 1.00, 0.98, 0.84, 0.89, 0.96, 0.84, 0.97, 0.87)),
    "BN": ((637, 646), 136, (0.97, 1.00, 1.00, 1.00, 1.00, 0.90, 0.94, 0.88, 0.78, 0.97, 0.93)),
    "BO": ((647, 656), 222, (0.98, 0.99, 0.99, 0.99, 1.00, 0.95, 0.95, 0.96, 0.90, 0.97, 0.93)),
    # sets BP-CA (eighteenth session), each scored unseen before anyone looked at it (README_bp.md
    # to README_ca.md; first scores in the README). Lowered in the eighteenth session, by 0.01-0.03:
    # AP subject strict (g411: items joined by 与 read as one, 中国中车铁路装备业务 where 收入 was an
    # alternative), BM subject and full F1 (g631: a share of 年度预算 inherits the sentence's topic),
    # L planned-mark F1 (g118: counts after a space now read, 約 600 個 planned where the gold says
    # reported), and, when the scorers were retrained with BP-CA (the 665 articles before them:
    # subjects 14 fixed, 30 broken strict), M, N, O, X, AA, AJ, AK, BH, BJ, BL and BM subjects
    "BP": ((657, 666), 218, (0.99, 0.99, 1.00, 1.00, 1.00, 0.93, 0.95, 0.90, 0.68, 0.98, 0.94)),
    "BQ": ((667, 676), 121, (0.95, 0.97, 1.00, 1.00, 1.00, 0.93, 0.94, 0.83, 0.81, 0.95, 0.91)),
    "BR": ((677, 686), 158, (0.96, 1.00, 1.00, 0.99, 1.00, 0.91, 0.91, 0.97, 0.87, 0.96, 0.89)),
    "BS": ((687, 696), 144, (0.97, 0.81, 0.98, 0.97, 1.00, 0.82, 0.85, 0.83, 0.44, 1.00, 0.73)),
    "BT": ((697, 706), 201, (0.99, 1.00, 1.00, 1.00, 1.00, 0.94, 0.96, 0.98, 0.93, 0.98, 0.95)),
    "BU": ((707, 716), 150, (0.99, 0.99, 1.00, 1.00, 0.93, 0.94, 0.95, 0.96, 0.93, 1.00, 0.94)),
    "BV": ((717, 726), 252, (0.98, 0.97, 1.00, 1.00, 0.99, 0.93, 0.94, 0.97, 0.90, 0.95, 0.92)),
    "BW": ((727, 736), 175, (0.98, 0.98, 1.00, 1.00, 1.00, 0.93, 0.93, 0.85, 0.57, 0.99, 0.92)),
    "BX": ((737, 746), 136, (0.99, 1.00, 1.00, 1.00, 1.00, 0.98, 0.99, 0.90, 0.79, 1.00, 0.98)),
    "BY": ((747, 756), 161, (0.98, 0.99, 0.99, 1.00, 0.99, 0.92, 0.93, 0.96, 0.87, 0.95, 0.91)),
    "BZ": ((757, 766), 169, (0.97, 0.98, 0.99, 1.00, 1.00, 0.93, 0.95, 0.95, 0.86, 0.97, 0.92)),
    "CA": ((767, 776), 138, (0.97, 0.97, 0.99, 0.97, 1.00, 0.90, 0.91, 0.93, 0.85, 0.99, 0.89)),
    # sets CB-CM (nineteenth session), each scored unseen before anyone looked at it (README_cb.md to
    # README_cm.md; first scores in the README). Lowered in the nineteenth session by 0.01: K, AA,
    # AF, AP, AW, AZ, BE, BK, BO and BS subjects (and the full F1 of some) when the scorers were
    # retrained with CB-CM and the trim scorer came in (the 785 articles before them: subjects
    # 186 fixed, 49 broken strict), and by the rules for grouped thousands (1,500 no longer ends a
    # clause: a Hong Kong bracket of amounts now reaches back to the subject before it)
    "CB": ((777, 786), 194, (0.98, 0.99, 1.00, 0.98, 0.99, 0.97, 1.00, 0.98, 0.96, 0.95, 0.97)),
    "CC": ((787, 796), 163, (0.98, 1.00, 1.00, 0.99, 1.00, 0.86, 0.88, 0.84, 0.73, 1.00, 0.86)),
    "CD": ((797, 806), 206, (0.97, 0.99, 0.99, 1.00, 0.96, 0.87, 0.89, 0.89, 0.75, 0.92, 0.87)),
    "CE": ((807, 816), 190, (0.98, 1.00, 1.00, 0.96, 0.99, 0.89, 0.91, 0.91, 0.77, 0.95, 0.87)),
    "CF": ((817, 826), 205, (1.00, 0.99, 0.99, 0.98, 0.98, 0.91, 0.94, 0.94, 0.81, 0.98, 0.92)),
    "CG": ((827, 836), 134, (0.99, 0.97, 1.00, 1.00, 1.00, 0.86, 0.87, 0.85, 0.85, 1.00, 0.86)),
    "CH": ((837, 846), 173, (1.00, 0.96, 1.00, 0.97, 0.97, 0.91, 0.92, 0.92, 0.86, 0.82, 0.89)),
    "CI": ((847, 856), 204, (0.99, 0.99, 1.00, 0.99, 0.99, 0.92, 0.93, 0.93, 0.88, 0.95, 0.91)),
    "CJ": ((857, 866), 327, (0.99, 0.99, 1.00, 0.99, 0.99, 0.89, 0.93, 0.91, 0.65, 0.98, 0.92)),
    "CK": ((867, 876), 193, (0.99, 0.99, 1.00, 1.00, 1.00, 0.96, 0.98, 0.83, 0.55, 0.99, 0.97)),
    "CL": ((877, 886), 185, (0.99, 0.97, 0.99, 0.98, 0.97, 0.68, 0.74, 0.87, 0.81, 0.97, 0.72)),
    "CM": ((887, 896), 144, (0.97, 0.97, 1.00, 0.99, 0.98, 0.89, 0.91, 0.95, 0.82, 0.98, 0.88)),
    # sets CN-CQ (nineteenth session), scored unseen on the session's end code (README_cn.md to
    # README_cq.md). Lowered when the scorers were retrained with them (the 925 articles before
    # them: subjects 19 fixed, 23 broken strict), by 0.01: I, O, U, V, W, AD, AE, AK, BA, BN, BY,
    # CH, CL and CM subjects or full F1
    "CN": ((897, 906), 136, (0.99, 0.99, 1.00, 1.00, 1.00, 0.94, 0.95, 0.90, 0.76, 1.00, 0.94)),
    "CO": ((907, 916), 263, (0.98, 0.96, 1.00, 0.97, 0.99, 0.92, 0.95, 0.91, 0.80, 0.95, 0.91)),
    "CP": ((917, 926), 167, (0.97, 0.97, 1.00, 0.96, 0.90, 0.82, 0.85, 0.87, 0.84, 0.94, 0.80)),
    "CQ": ((927, 936), 191, (0.99, 0.99, 1.00, 0.99, 0.99, 0.93, 0.96, 0.88, 0.85, 1.00, 0.95)),
    # sets CR-CY (twentieth session), each scored unseen before anyone looked at it (README_cr.md to
    # README_cy.md; first scores in the README). Lowered in the twentieth session by 0.01: L, AS, BN,
    # CD and AI subjects (and the full F1 of CD and AI) when the scorers were retrained with CR-CY (the 945 articles
    # before them: subjects 133 fixed, 12 broken strict); AJ status and CQ planned-mark F1 by the
    # plan-document and budget-heading rules (a budget speech named before what it does; a reason
    # given under a budget heading)
    "CR": ((937, 946), 229, (0.97, 0.98, 1.00, 0.99, 1.00, 0.89, 0.89, 0.84, 0.52, 0.97, 0.87)),
    # CS's subject strict and full F1 lowered by 0.01 in the twenty-sixth session: the ranker,
    # retrained when 增加价值 became a term (its features moved), takes 外圍因素 for g950's -15.7%
    "CS": ((947, 956), 216, (0.95, 0.96, 1.00, 0.97, 0.94, 0.82, 0.84, 0.87, 0.80, 0.94, 0.80)),
    "CT": ((957, 966), 189, (0.99, 1.00, 1.00, 0.99, 1.00, 0.96, 0.99, 0.97, 0.95, 1.00, 0.98)),
    "CU": ((967, 976), 230, (0.98, 0.96, 1.00, 0.99, 1.00, 0.95, 0.96, 0.96, 0.92, 0.99, 0.94)),
    "CV": ((977, 986), 164, (0.97, 0.95, 0.99, 0.98, 0.97, 0.85, 0.88, 0.88, 0.85, 0.90, 0.84)),
    "CW": ((987, 996), 125, (0.96, 1.00, 1.00, 1.00, 0.92, 0.90, 0.93, 0.96, 0.90, 0.99, 0.91)),
    "CX": ((997, 1006), 222, (1.00, 0.98, 1.00, 0.98, 0.99, 0.95, 0.96, 0.97, 0.61, 0.99, 0.94)),
    "CY": ((1007, 1016), 203, (0.99, 0.99, 1.00, 1.00, 1.00, 0.91, 0.93, 0.90, 0.75, 0.88, 0.92)),
    # sets CZ-DG (twentieth session, second half), each scored unseen before anyone looked at it
    # (README_cz.md to README_dg.md). Lowered when the scorers were retrained with them (the 1,025
    # articles before them: subjects 125 fixed, 21 broken strict), by 0.01 or 0.02: R, AG, AO, AS,
    # BA, BB, BF, BY, BZ, CA and CN subjects or full F1; CV status and planned F1 by 0.01 when the
    # ROC draft-year rule was reverted (it had fixed a Taipei budget report's survey figure)
    # CZ's status floors lowered in the twenty-sixth session: with 案 a classifier, g1022's
    # headline 三案已獲得…核定補助 is a claim, and the headline's 104-107年 carried as the
    # paragraph's time then gives way to 106年4月6日 written since: nine amounts of approved
    # works lose the plan's later year and read as reported (the title's time is needed as a
    # paragraph's time elsewhere: without carrying it, 214 periods broke and 160 were fixed)
    # CZ's subject and full F1 lowered by 0.01 in the twenty-seventh session: the phrase ranker,
    # retrained for the ratios and dates found, now takes 瑞穗文旦栽培面積 for g1023's 約2.2噸
    "CZ": ((1017, 1026), 161, (0.93, 0.96, 0.94, 0.97, 0.94, 0.84, 0.87, 0.82, 0.65, 0.92, 0.76)),
    "DA": ((1027, 1036), 189, (0.99, 0.96, 1.00, 1.00, 1.00, 0.95, 0.96, 0.96, 0.95, 0.99, 0.94)),
    "DB": ((1037, 1046), 196, (0.98, 0.96, 1.00, 0.99, 0.99, 0.94, 0.94, 0.94, 0.80, 0.96, 0.92)),
    "DC": ((1047, 1056), 152, (0.98, 1.00, 1.00, 0.99, 1.00, 0.92, 0.96, 0.96, 0.83, 1.00, 0.95)),
    "DD": ((1057, 1066), 166, (0.96, 0.93, 1.00, 0.95, 0.97, 0.89, 0.89, 0.91, 0.87, 0.96, 0.80)),
    "DE": ((1067, 1076), 131, (0.97, 1.00, 1.00, 1.00, 0.98, 0.97, 0.99, 0.94, 0.92, 1.00, 0.97)),
    "DF": ((1077, 1086), 132, (0.99, 0.99, 0.99, 0.99, 0.99, 0.95, 0.96, 0.97, 0.96, 0.98, 0.93)),
    "DG": ((1087, 1096), 237, (0.99, 0.98, 1.00, 0.99, 0.97, 0.95, 0.96, 0.96, 0.85, 0.99, 0.94)),
    # sets DH-DZ (twenty-first session), each scored unseen before anyone looked at it (README_dh.md
    # to README_dz.md; DI1's values were corrected for a dropped 万 after its first score). Lowered
    # when the scorers were retrained with them (all gold and dev: subjects 268 fixed, 41 broken
    # strict): by 0.01 N, Z, AI, AP, AQ, AV, BB, BM, BR, CA, CL, CS, CW and CY subjects or full F1,
    # by 0.01-0.04 AK and AL (8 and 2 subjects of their start moved); W unit 0.96 -> 0.95 when a
    # missed claim was found (its unit wrong); BG's period floor when a dropped 三年 (a plan named by
    # its length) no longer carried its time to g567, and CJ's invented periods by 0.01
    "DH": ((1097, 1106), 119, (0.96, 0.98, 1.00, 1.00, 1.00, 0.93, 0.94, 0.96, 0.80, 0.96, 0.92)),
    "DI": ((1107, 1116), 195, (0.98, 1.00, 1.00, 0.99, 1.00, 0.89, 0.90, 0.90, 0.81, 1.00, 0.89)),
    "DJ": ((1117, 1126), 213, (0.99, 0.98, 1.00, 0.98, 0.99, 0.86, 0.88, 0.90, 0.47, 0.87, 0.87)),
    "DK": ((1127, 1136), 121, (0.92, 1.00, 1.00, 0.98, 0.98, 0.94, 0.95, 0.95, 0.94, 0.96, 0.90)),
    "DL": ((1137, 1146), 207, (0.99, 1.00, 0.99, 0.98, 1.00, 0.94, 0.96, 0.92, 0.42, 0.98, 0.94)),
    "DM": ((1147, 1156), 203, (0.97, 0.96, 0.99, 1.00, 0.99, 0.89, 0.90, 0.96, 0.90, 0.98, 0.87)),
    "DN": ((1157, 1166), 239, (1.00, 1.00, 1.00, 1.00, 0.99, 0.92, 0.97, 0.94, 0.84, 0.99, 0.97)),
    "DO": ((1167, 1176), 178, (0.99, 0.98, 1.00, 0.98, 0.98, 0.85, 0.88, 0.86, 0.83, 0.95, 0.87)),
    "DP": ((1177, 1186), 207, (0.98, 1.00, 1.00, 0.97, 1.00, 0.93, 0.96, 0.91, 0.79, 0.98, 0.94)),
    "DQ": ((1187, 1196), 175, (1.00, 1.00, 1.00, 0.99, 0.99, 0.91, 0.94, 0.94, 0.64, 0.98, 0.93)),
    "DR": ((1197, 1206), 135, (0.97, 1.00, 1.00, 0.99, 0.98, 0.89, 0.94, 0.88, 0.77, 0.97, 0.92)),
    # DS's status floors lowered by 0.01 in the twenty-fifth session: the level a change starts
    # from in a past year is reported, and g1209's 將由2022年的58,500人 (a projection of 2022 in
    # a text of 2023) is planned in its gold (one status; 2 fixed elsewhere)
    "DS": ((1207, 1216), 129, (0.96, 0.98, 1.00, 0.98, 0.96, 0.87, 0.90, 0.98, 0.95, 0.97, 0.87)),
    "DT": ((1217, 1226), 195, (0.97, 1.00, 0.99, 1.00, 0.96, 0.72, 0.74, 0.81, 0.66, 0.83, 0.73)),
    "DU": ((1227, 1236), 195, (0.98, 0.96, 0.99, 0.99, 0.99, 0.93, 0.93, 0.92, 0.78, 0.99, 0.90)),
    "DV": ((1237, 1246), 173, (1.00, 0.99, 1.00, 0.98, 1.00, 0.94, 0.96, 0.99, 0.96, 0.98, 0.95)),
    "DW": ((1247, 1256), 196, (0.97, 1.00, 1.00, 0.98, 0.98, 0.96, 0.97, 0.96, 0.88, 0.84, 0.94)),
    "DX": ((1257, 1266), 149, (0.91, 1.00, 1.00, 0.99, 0.98, 0.93, 0.95, 0.89, 0.61, 1.00, 0.90)),
    "DY": ((1267, 1276), 116, (0.95, 1.00, 1.00, 0.99, 1.00, 0.91, 0.92, 0.88, 0.74, 0.96, 0.90)),
    "DZ": ((1277, 1286), 257, (0.99, 1.00, 1.00, 0.99, 1.00, 0.93, 0.94, 0.92, 0.77, 0.99, 0.94)),
    "EA": ((1287, 1296), 161, (0.99, 0.96, 1.00, 1.00, 1.00, 0.87, 0.91, 0.97, 0.90, 1.00, 0.89)),
    "EB": ((1297, 1306), 197, (0.97, 0.99, 1.00, 1.00, 0.99, 0.91, 0.93, 0.93, 0.73, 0.99, 0.92)),
    "EC": ((1307, 1316), 179, (0.99, 0.99, 1.00, 0.98, 0.92, 0.89, 0.90, 0.92, 0.58, 0.97, 0.89)),
    "ED": ((1317, 1326), 253, (0.99, 0.99, 1.00, 1.00, 1.00, 0.94, 0.96, 0.98, 0.40, 0.93, 0.95)),
    "EE": ((1327, 1336), 163, (0.98, 0.98, 1.00, 0.93, 0.98, 0.90, 0.93, 0.94, 0.81, 0.99, 0.86)),
    "EF": ((1337, 1346), 204, (0.97, 0.98, 1.00, 1.00, 1.00, 0.88, 0.96, 0.99, 0.00, 1.00, 0.93)),
    "EG": ((1347, 1356), 159, (0.97, 0.99, 0.97, 1.00, 1.00, 0.93, 0.94, 0.95, 0.63, 0.94, 0.90)),
    "EH": ((1357, 1366), 121, (1.00, 0.96, 1.00, 1.00, 1.00, 0.95, 0.95, 1.00, 1.00, 0.98, 0.94)),
    "EI": ((1367, 1376), 200, (0.99, 1.00, 1.00, 0.99, 0.97, 0.92, 0.97, 0.99, 0.00, 0.98, 0.96)),
    "EJ": ((1377, 1386), 158, (0.99, 1.00, 1.00, 0.99, 1.00, 0.91, 0.92, 0.97, 0.95, 0.97, 0.91)),
    "EK": ((1387, 1396), 143, (0.97, 0.99, 1.00, 0.99, 0.98, 0.79, 0.82, 0.81, 0.59, 0.92, 0.81)),
    "EL": ((1397, 1406), 209, (0.99, 1.00, 0.99, 0.99, 0.99, 0.91, 0.91, 0.99, 0.92, 0.96, 0.90)),
    "EM": ((1407, 1416), 177, (0.99, 0.99, 1.00, 0.99, 1.00, 0.91, 0.93, 0.85, 0.64, 1.00, 0.92)),
    "EN": ((1417, 1426), 204, (0.99, 0.99, 0.99, 1.00, 1.00, 0.95, 0.95, 1.00, 1.00, 1.00, 0.95)),
    "EO": ((1427, 1436), 125, (0.98, 0.97, 0.99, 1.00, 0.95, 0.85, 0.85, 0.77, 0.59, 0.98, 0.83)),
    "EP": ((1437, 1446), 134, (0.99, 1.00, 1.00, 1.00, 0.99, 0.97, 0.97, 0.89, 0.82, 1.00, 0.97)),
    "EQ": ((1447, 1456), 160, (0.98, 1.00, 1.00, 0.96, 1.00, 0.91, 0.95, 0.90, 0.85, 0.99, 0.91)),
    "ER": ((1457, 1466), 187, (0.94, 0.99, 0.97, 0.97, 0.87, 0.91, 0.92, 0.90, 0.89, 0.90, 0.86)),
    "ES": ((1467, 1476), 208, (0.99, 0.99, 1.00, 0.99, 1.00, 0.92, 0.94, 0.93, 0.76, 0.99, 0.93)),
    # ET's subject and full F1 lowered by 0.01 in the twenty-seventh session: the retrained phrase
    # ranker takes 正在主体 for g1478's 1所 (中小学)
    "ET": ((1477, 1486), 156, (0.98, 0.97, 1.00, 0.99, 1.00, 0.84, 0.86, 0.84, 0.67, 1.00, 0.84)),
    "EU": ((1487, 1496), 189, (0.98, 0.95, 0.99, 0.98, 0.98, 0.78, 0.82, 1.00, 1.00, 0.91, 0.77)),
    "EV": ((1497, 1506), 248, (0.98, 0.90, 1.00, 0.97, 0.98, 0.85, 0.89, 0.95, 0.50, 0.97, 0.83)),
    "EW": ((1507, 1516), 174, (0.98, 0.97, 0.99, 0.97, 0.97, 0.83, 0.85, 0.90, 0.86, 0.91, 0.82)),
    "EX": ((1517, 1526), 215, (0.96, 1.00, 1.00, 0.99, 1.00, 0.95, 0.96, 0.88, 0.46, 0.96, 0.94)),
    "EY": ((1527, 1536), 196, (0.98, 1.00, 1.00, 1.00, 0.99, 0.97, 0.98, 0.96, 0.50, 0.98, 0.97)),
    # EZ's subject strict lowered by 0.01 in the twenty-fifth session: the same retrained ranker
    # takes 少子化影響 for 國小學生數 (one subject)
    # EZ's subject and full F1 lowered in the twenty-seventh session: the two 粗出生率 of g1542
    # follow the ranker's (wrong) move to 最低為基隆市 in their sentence; the same following fixed
    # 13 subjects elsewhere
    "EZ": ((1537, 1546), 196, (0.97, 0.96, 1.00, 0.96, 0.98, 0.88, 0.89, 0.94, 0.83, 0.91, 0.84)),
    "FA": ((1547, 1556), 138, (0.98, 1.00, 1.00, 1.00, 1.00, 0.86, 0.90, 0.94, 0.92, 0.97, 0.89)),
    "FB": ((1557, 1566), 165, (1.00, 1.00, 1.00, 1.00, 1.00, 0.92, 0.93, 0.99, 0.90, 0.97, 0.93)),
    # FC's lenient subject lowered by 0.01 in the twenty-sixth session: 14案 of g1573 is read
    # whole now (案 a classifier) and the ranker takes 提報經費 for it
    "FC": ((1567, 1576), 162, (0.98, 0.98, 1.00, 0.99, 0.98, 0.89, 0.90, 0.91, 0.46, 0.98, 0.88)),
    # FD's status floors lowered in the twenty-fifth session: g1586's wind forces (西北风3~4级),
    # missed before, are found now, and read as reported where the forecast's gold has them planned
    "FD": ((1577, 1586), 174, (0.98, 0.98, 0.99, 0.99, 1.00, 0.85, 0.88, 0.84, 0.58, 0.99, 0.85)),
    "FE": ((1587, 1596), 260, (0.99, 1.00, 1.00, 0.99, 0.99, 0.75, 0.76, 0.86, 0.66, 0.95, 0.75)),
    "FF": ((1597, 1606), 164, (0.96, 0.98, 0.98, 0.95, 0.95, 0.80, 0.84, 0.81, 0.70, 0.90, 0.79)),
    "FG": ((1607, 1616), 181, (0.95, 0.94, 1.00, 0.98, 1.00, 0.90, 0.93, 0.97, 0.00, 0.98, 0.87)),
    "FH": ((1617, 1626), 130, (0.99, 1.00, 1.00, 0.99, 0.99, 0.94, 0.96, 0.98, 0.95, 0.98, 0.95)),
    "FI": ((1627, 1636), 129, (1.00, 1.00, 1.00, 1.00, 1.00, 0.92, 0.93, 0.99, 0.98, 1.00, 0.93)),
    "FJ": ((1637, 1646), 290, (1.00, 0.98, 1.00, 0.99, 1.00, 0.94, 0.95, 1.00, 1.00, 1.00, 0.94)),
    "FK": ((1647, 1656), 104, (0.93, 0.97, 1.00, 1.00, 0.98, 0.87, 0.92, 0.91, 0.72, 0.99, 0.88)),
    "FL": ((1657, 1666), 186, (0.97, 0.99, 0.98, 1.00, 0.97, 0.91, 0.91, 0.88, 0.63, 0.87, 0.89)),
    "FM": ((1667, 1676), 136, (0.99, 0.93, 0.98, 0.92, 0.98, 0.80, 0.85, 0.85, 0.62, 1.00, 0.75)),
    "FN": ((1677, 1686), 223, (1.00, 1.00, 1.00, 0.99, 1.00, 0.94, 0.95, 0.97, 0.81, 0.95, 0.95)),
    "FO": ((1687, 1696), 222, (0.99, 0.99, 1.00, 1.00, 1.00, 0.93, 0.93, 0.99, 0.00, 0.97, 0.93)),
    "FP": ((1697, 1706), 162, (0.98, 0.99, 1.00, 0.98, 0.98, 0.87, 0.90, 0.96, 0.76, 0.95, 0.88)),
    "FQ": ((1707, 1716), 173, (1.00, 0.99, 1.00, 1.00, 1.00, 0.97, 0.97, 0.88, 0.80, 0.97, 0.96)),
    "FR": ((1717, 1726), 135, (0.99, 0.97, 0.98, 1.00, 0.96, 0.86, 0.89, 0.81, 0.74, 0.93, 0.86)),
    "FS": ((1727, 1736), 195, (0.92, 0.94, 0.97, 0.99, 0.97, 0.88, 0.88, 0.76, 0.29, 0.95, 0.82)),
    "FT": ((1737, 1746), 206, (0.99, 0.99, 1.00, 0.99, 1.00, 0.91, 0.93, 0.86, 0.73, 1.00, 0.92)),
    # sets FU-GC (twenty-sixth session; first scores unseen in README_fu.md … README_gc.md and the
    # closing note): floors at the end of the session
    "FU": ((1747, 1756), 254, (1.00, 0.99, 1.00, 0.98, 0.99, 0.91, 0.94, 1.00, 1.00, 0.98, 0.92)),
    "FV": ((1757, 1766), 157, (0.97, 1.00, 1.00, 0.99, 0.98, 0.97, 0.98, 0.96, 0.96, 1.00, 0.97)),
    "FW": ((1767, 1776), 152, (0.98, 0.96, 1.00, 0.99, 0.95, 0.81, 0.83, 0.89, 0.27, 0.94, 0.81)),
    # FX's subject strict and status lowered by 0.01 in the twenty-seventh session: the four
    # ratios of g1783 (2:1, 1:1) are now found, two of them with the wrong subject or status
    "FX": ((1777, 1786), 205, (0.98, 0.95, 0.99, 0.99, 0.96, 0.82, 0.86, 0.96, 0.85, 0.97, 0.82)),
    "FY": ((1787, 1796), 212, (1.00, 1.00, 1.00, 1.00, 0.99, 0.83, 0.85, 0.92, 0.89, 1.00, 0.85)),
    "FZ": ((1797, 1806), 213, (0.99, 0.99, 1.00, 1.00, 1.00, 0.99, 0.99, 1.00, 1.00, 0.99, 0.98)),
    # GA's lenient subject lowered by 0.01 in the twenty-seventh session: the retrained
    # ranker takes 分級醫療 for g1812's 4.61% (基層診所就醫率)
    "GA": ((1807, 1816), 164, (0.94, 0.98, 1.00, 0.98, 0.98, 0.86, 0.86, 0.88, 0.29, 0.95, 0.82)),
    "GB": ((1817, 1826), 211, (0.98, 0.96, 0.99, 0.97, 0.99, 0.88, 0.89, 0.96, 0.72, 0.98, 0.86)),
    "GC": ((1827, 1836), 223, (0.99, 1.00, 1.00, 0.96, 1.00, 0.94, 0.95, 0.95, 0.80, 0.94, 0.91)),
    # sets GD (g1842-g1846), GF (g1862-g1866), GG (g1857-g1861) and GH (g1837-g1841) hold five articles each
    "GD": ((1842, 1846), 79, (0.96, 0.97, 0.98, 1.00, 0.94, 0.93, 0.98, 0.75, 0.71, 0.93, 0.94)),
    "GE": ((1847, 1856), 164, (1.00, 1.00, 1.00, 1.00, 1.00, 0.95, 0.95, 0.85, 0.69, 0.97, 0.95)),
    "GF": ((1862, 1866), 66, (1.00, 1.00, 1.00, 0.98, 1.00, 1.00, 1.00, 0.75, 0.60, 0.98, 0.98)),
    "GG": ((1857, 1861), 163, (1.00, 0.99, 1.00, 0.99, 1.00, 0.97, 0.98, 1.00, 1.00, 0.94, 0.97)),
    "GH": ((1837, 1841), 85, (0.98, 0.98, 1.00, 1.00, 0.98, 0.88, 0.90, 0.91, 0.22, 0.96, 0.89)),
    # sets GI-GW (twenty-seventh session): scored unseen first, one set at a time (closing note)
    "GI": ((1867, 1876), 201, (0.99, 0.99, 1.00, 1.00, 0.99, 0.97, 0.98, 0.89, 0.22, 0.98, 0.98)),
    "GJ": ((1877, 1886), 143, (0.96, 0.99, 0.99, 0.96, 0.99, 0.84, 0.85, 0.73, 0.46, 0.93, 0.81)),
    "GK": ((1887, 1896), 240, (0.98, 0.99, 1.00, 1.00, 0.99, 0.96, 0.98, 0.96, 0.85, 0.96, 0.97)),
    "GL": ((1897, 1906), 136, (0.97, 0.99, 1.00, 1.00, 1.00, 0.82, 0.85, 0.91, 0.91, 0.97, 0.84)),
    "GM": ((1907, 1916), 174, (0.98, 0.98, 1.00, 0.97, 0.90, 0.81, 0.84, 0.78, 0.86, 0.93, 0.81)),
    "GN": ((1917, 1926), 215, (0.99, 0.98, 1.00, 0.99, 1.00, 0.90, 0.92, 0.97, 0.88, 0.99, 0.90)),
    "GO": ((1927, 1936), 207, (0.99, 1.00, 1.00, 0.99, 1.00, 0.94, 0.96, 0.92, 0.86, 0.98, 0.95)),
    "GP": ((1937, 1946), 246, (0.99, 0.99, 0.99, 0.98, 0.99, 0.87, 0.89, 0.94, 0.55, 0.94, 0.88)),
    "GQ": ((1947, 1956), 156, (0.99, 0.98, 1.00, 0.98, 1.00, 0.87, 0.91, 0.85, 0.38, 0.98, 0.88)),
    "GR": ((1957, 1966), 121, (0.96, 1.00, 1.00, 0.98, 1.00, 0.90, 0.90, 0.98, 0.50, 0.95, 0.86)),
    "GS": ((1967, 1976), 149, (0.98, 0.96, 0.99, 1.00, 0.98, 0.85, 0.86, 0.86, 0.56, 0.97, 0.84)),
    "GT": ((1977, 1986), 208, (0.97, 0.92, 1.00, 1.00, 1.00, 0.92, 0.95, 0.98, 0.96, 0.94, 0.91)),
    "GU": ((1987, 1996), 191, (0.98, 0.99, 1.00, 0.98, 1.00, 0.92, 0.94, 0.89, 0.75, 0.97, 0.92)),
    "GV": ((1997, 2006), 184, (0.98, 1.00, 0.99, 0.98, 1.00, 0.85, 0.87, 0.92, 0.78, 0.95, 0.85)),
    "GW": ((2007, 2016), 176, (0.96, 0.99, 1.00, 1.00, 0.99, 0.94, 0.96, 0.97, 0.90, 0.98, 0.94)),
    "GX": ((2017, 2026), 219, (0.99, 0.96, 1.00, 1.00, 0.99, 0.91, 0.94, 0.95, 0.60, 0.84, 0.92)),
    "GY": ((2027, 2036), 171, (0.98, 0.98, 0.98, 0.98, 0.97, 0.86, 0.89, 0.93, 0.59, 0.94, 0.86)),
    "GZ": ((2037, 2046), 127, (1.00, 1.00, 1.00, 1.00, 0.98, 0.87, 0.89, 0.78, 0.73, 0.99, 0.89)),
    "HA": ((2047, 2056), 239, (0.99, 0.97, 0.99, 0.99, 0.99, 0.95, 0.97, 0.95, 0.54, 0.97, 0.95)),
    "HB": ((2057, 2066), 187, (0.97, 1.00, 1.00, 0.98, 1.00, 0.97, 0.98, 0.63, 0.46, 0.94, 0.95)),
    "HC": ((2067, 2076), 165, (0.97, 1.00, 1.00, 1.00, 0.98, 0.96, 0.98, 0.96, 0.90, 0.99, 0.97)),
    "HD": ((2077, 2086), 172, (0.97, 0.97, 1.00, 1.00, 0.87, 0.71, 0.79, 0.78, 0.41, 0.97, 0.78)),
    "HE": ((2087, 2096), 160, (0.94, 0.97, 0.96, 0.96, 1.00, 0.79, 0.84, 0.90, 0.69, 1.00, 0.78)),
    "HF": ((2097, 2106), 194, (1.00, 0.98, 1.00, 1.00, 1.00, 0.84, 0.88, 0.97, 0.92, 0.97, 0.87)),
    "HG": ((2107, 2116), 143, (0.99, 0.96, 0.99, 0.99, 1.00, 0.77, 0.84, 0.72, 0.57, 0.99, 0.81)),
    "HH": ((2117, 2126), 204, (0.95, 0.99, 0.99, 0.99, 0.99, 0.88, 0.90, 0.96, 0.88, 0.98, 0.87)),
    "HI": ((2127, 2136), 196, (0.98, 0.98, 1.00, 0.99, 0.99, 0.84, 0.89, 0.98, 0.76, 0.96, 0.88)),
    "HJ": ((2142, 2146), 89, (1.00, 1.00, 1.00, 1.00, 0.98, 0.82, 0.89, 0.67, 0.67, 1.00, 0.89)),
    "HK": ((2147, 2156), 212, (0.97, 0.96, 0.99, 0.97, 1.00, 0.88, 0.91, 0.98, 0.82, 0.95, 0.87)),
    "HL": ((2157, 2166), 175, (0.97, 0.98, 1.00, 0.98, 1.00, 0.76, 0.84, 0.93, 0.62, 0.99, 0.82)),
    "HM": ((2137, 2141), 104, (0.97, 0.99, 0.99, 0.99, 0.97, 0.74, 0.82, 0.97, 0.80, 1.00, 0.80)),
}

# sets annotated with periods: floors of (period, reference_f1) and the ceiling of period_invented
PERIOD_FLOORS = {
    "I": (0.82, 0.40, 1.00), "J": (0.96, 0.96, 0.00), "K": (0.96, 0.93, 0.15), "L": (0.79, 0.76, 1.00),
    "M": (0.72, 0.90, 0.22), "N": (0.86, 0.78, 0.00), "O": (0.65, 0.62, 0.67), "P": (0.80, 0.76, 0.50),
    # Q: 0.813 before 未来五年 became a time (ninth session): a stale paragraph time reaches g163;
    # one period invented since a release's one part of a year frames it (fourteenth session)
    "Q": (0.81, 0.86, 1.00),
    "R": (0.89, 0.91, 1.00),
    "S": (0.84, 0.74, 1.00),
    "T": (0.64, 0.83, 0.86),
    "U": (0.82, 0.59, 0.00),  # 0.833 before the festival periods: g205 dates 春节期间 to the whole year
    "V": (0.88, 0.85, 0.00),
    "W": (0.86, 0.88, 0.44),  # reference 0.884 → 0.874 as its period 0.737 → 0.861 (a release's one part of a year)
    "X": (0.96, 0.63, 0.00),
    "Y": (0.95, 0.80, 0.00),
    "Z": (0.76, 0.66, 0.00),
    "AA": (0.88, 0.93, 1.00),
    "AB": (0.98, 0.83, 0.04),
    "AC": (0.83, 0.80, 0.45),
    "AD": (0.96, 0.88, 0.00),
    "AE": (0.90, 0.78, 0.84),
    # AF's invented-period ceiling raised in the twenty-eighth session: g309's 由…不到20年 (a flood standard
    # raised from under 20 years) is reported now, as the gold has it, and a reported level takes its year
    "AF": (0.89, 0.84, 0.34),
    "AG": (0.74, 0.70, 0.75),
    "AH": (0.92, 0.93, 0.52),
    "AI": (0.90, 0.90, 0.70),
    "AJ": (0.95, 0.81, 0.17),
    "AK": (0.94, 0.94, 0.15),
    "AL": (0.93, 0.78, 0.00),
    "AM": (0.86, 0.73, 1.00),
    "AN": (0.80, 0.72, 0.00),
    "AO": (0.73, 0.82, 0.27),
    "AP": (0.82, 0.79, 0.35),
    "AQ": (0.54, 0.54, 0.82),
    "AR": (0.76, 0.71, 0.88),
    "AS": (0.97, 0.91, 0.17),
    "AT": (0.96, 1.00, 1.00),
    "AU": (0.82, 0.92, 0.26),
    "AV": (0.70, 0.91, 0.00),
    "AW": (0.92, 0.87, 0.78),
    "AX": (0.82, 0.86, 0.00),
    "AY": (0.95, 0.75, 0.32),
    "AZ": (0.93, 0.65, 0.03),
    "BA": (0.78, 0.76, 0.34),
    "BB": (0.85, 0.76, 0.44),
    "BC": (0.74, 0.82, 1.00),
    "BD": (0.80, 0.71, 0.80),
    "BE": (0.83, 0.77, 0.84),
    "BF": (0.92, 0.82, 0.70),
    "BG": (0.88, 0.81, 0.07),
    "BH": (0.78, 0.76, 0.20),
    "BI": (0.97, 0.93, 0.45),
    "BJ": (0.76, 0.92, 1.00),
    "BK": (0.83, 0.76, 1.00),
    "BL": (0.77, 0.84, 0.96),
    "BM": (0.73, 0.87, 1.00),
    "BN": (0.71, 0.50, 0.46),
    "BO": (0.85, 0.89, 0.00),
    # N and BK reference F1 lowered in the eighteenth session: holidays now resolve to their days
    # (g132's 中秋假期 where the gold dates its second day; g612's 9月28日~10月6日, whose 同比 is
    # the same days a year earlier, not 2022's 国庆)
    "BP": (0.97, 0.75, 0.80),
    "BQ": (0.69, 0.81, 0.52),
    "BR": (0.62, 0.75, 1.00),
    "BS": (0.77, 0.76, 0.26),
    "BT": (0.87, 0.90, 0.12),
    "BU": (0.50, 0.60, 0.40),
    "BV": (0.75, 0.60, 0.40),
    "BW": (0.67, 0.75, 0.08),
    "BX": (0.73, 1.00, 0.14),
    "BY": (0.78, 0.62, 0.37),
    "BZ": (0.75, 0.73, 0.54),
    "CA": (0.57, 0.00, 0.00),
    # AB reference and BM invented periods changed in the nineteenth session: 調升 is now one word
    # and a change cue (g276's 預算調升8.3億 takes 2024 as its reference), and a Taiwan text is
    # known by more of its words (g636's 屋齡50年 read as the ROC year 50)
    "CB": (0.85, 0.84, 0.00),
    "CC": (0.85, 0.85, 0.19),
    "CD": (0.64, 0.46, 0.34),
    "CE": (0.79, 0.87, 0.63),
    "CF": (0.92, 0.81, 0.26),
    "CG": (0.74, 0.80, 0.29),
    "CH": (0.72, 0.65, 0.46),
    "CI": (0.80, 0.88, 0.11),
    "CJ": (0.69, 0.83, 0.40),
    "CK": (0.97, 0.67, 0.63),
    "CL": (0.30, 0.76, 0.69),
    "CM": (0.78, 0.84, 0.47),
    "CN": (0.65, 0.75, 0.42),
    "CO": (0.76, 0.70, 0.27),
    "CP": (0.40, 0.00, 0.22),
    "CQ": (0.81, 0.66, 0.40),
    "CR": (0.82, 0.88, 1.00),
    "CS": (0.68, 0.65, 0.19),
    "CT": (0.90, 0.89, 0.25),
    "CU": (0.95, 0.90, 0.12),
    "CV": (0.93, 0.61, 1.00),
    "CW": (0.75, 0.86, 0.47),
    "CX": (0.72, 0.68, 0.00),
    "CY": (0.80, 0.54, 0.18),
    # CZ's period floor lowered by 0.01 in the twenty-sixth session: g1022's headline count
    # (三案, 案 a classifier) carries the headline's time into the works' paragraphs (see LATER_SETS)
    "CZ": (0.43, 0.09, 0.46),
    "DA": (1.00, 0.97, 0.00),
    "DB": (0.72, 0.65, 0.58),
    "DC": (0.78, 1.00, 0.34),
    "DD": (0.82, 0.82, 0.19),
    "DE": (0.96, 0.94, 0.42),
    "DF": (0.80, 0.44, 0.68),
    "DG": (0.68, 0.86, 0.36),
    "DH": (0.49, 0.50, 0.02),
    "DI": (0.80, 0.96, 0.72),
    "DJ": (0.59, 0.41, 1.00),
    "DK": (0.74, 0.74, 1.00),
    "DL": (0.81, 0.93, 0.12),
    "DM": (0.65, 0.69, 0.15),
    "DN": (0.73, 0.89, 0.05),
    "DO": (0.69, 0.25, 0.68),
    "DP": (0.91, 0.81, 0.50),
    "DQ": (0.75, 0.63, 0.26),
    "DR": (0.56, 0.53, 0.08),
    "DS": (0.80, 0.64, 0.32),
    "DT": (0.56, 0.61, 0.42),
    "DU": (0.73, 0.54, 0.00),
    "DV": (0.91, 0.81, 0.77),
    "DW": (0.64, 0.57, 0.00),
    "DX": (0.48, 0.47, 1.00),
    "DY": (0.66, 1.00, 0.55),
    "DZ": (0.99, 0.93, 0.52),
    "EA": (0.89, 0.81, 0.04),
    "EB": (0.82, 0.66, 0.12),
    "EC": (0.84, 0.69, 0.60),
    "ED": (0.94, 0.91, 1.00),
    "EE": (0.89, 0.97, 0.16),
    "EF": (0.70, 0.88, 0.08),
    "EG": (0.75, 0.58, 0.47),
    "EH": (0.68, 0.50, 0.18),
    "EI": (0.73, 0.68, 1.00),
    "EJ": (0.88, 0.56, 0.08),
    "EK": (0.47, 0.36, 0.42),
    "EL": (0.82, 0.94, 0.47),
    "EM": (0.77, 0.85, 0.22),
    "EN": (0.84, 0.81, 0.53),
    "EO": (0.41, 0.00, 0.40),
    "EP": (0.61, 0.75, 0.38),
    "EQ": (0.80, 0.48, 0.38),
    "ER": (0.45, 0.52, 0.72),
    "ES": (0.78, 0.92, 0.08),
    "ET": (0.36, 1.00, 0.43),
    "EU": (0.49, 0.64, 0.05),
    "EV": (0.57, 0.54, 0.50),
    "EW": (0.66, 0.68, 0.76),
    "EX": (0.51, 0.00, 0.08),
    "EY": (0.41, 0.56, 0.00),
    "EZ": (0.57, 0.58, 0.60),
    "FA": (0.66, 0.72, 0.80),
    "FB": (0.65, 0.92, 0.08),
    "FC": (0.46, 0.63, 0.27),
    "FD": (0.52, 0.40, 0.35),  # lowered in the twenty-fifth session: g1586's wind forces, found now, carry no period
    "FE": (0.38, 0.29, 0.26),
    "FF": (0.56, 0.66, 0.64),
    "FG": (0.67, 0.87, 1.00),
    "FH": (0.73, 0.83, 0.15),
    "FI": (0.79, 0.75, 0.47),
    "FJ": (0.77, 0.84, 0.09),
    "FK": (0.37, 0.00, 0.21),
    "FL": (0.78, 0.58, 1.00),
    "FM": (0.59, 0.17, 0.67),
    "FN": (0.75, 0.65, 0.07),
    "FO": (0.65, 0.76, 0.50),
    "FP": (0.72, 0.61, 0.14),
    "FQ": (1.00, 0.90, 0.28),
    "FR": (0.58, 0.33, 0.83),
    "FS": (0.67, 0.86, 0.07),
    "FT": (0.95, 1.00, 0.00),
    "FU": (0.88, 0.68, 1.00),
    "FV": (0.81, 0.63, 0.14),
    "FW": (0.79, 0.84, 0.41),
    "FX": (0.65, 0.56, 0.26),
    "FY": (0.93, 0.82, 0.03),
    "FZ": (0.62, 0.65, 0.35),
    "GA": (0.25, 0.00, 0.63),
    "GB": (0.71, 0.64, 1.00),
    "GC": (0.81, 0.76, 0.25),
    "GD": (0.63, 0.40, 0.93),
    "GE": (0.94, 0.91, 1.00),
    "GF": (0.81, 1.00, 0.42),
    "GG": (0.87, 0.70, 0.00),
    "GH": (0.55, 0.42, 0.21),
    "GI": (0.89, 0.93, 0.90),
    "GJ": (0.56, 0.00, 0.74),
    "GK": (0.83, 0.80, 0.25),
    "GL": (0.88, 0.80, 0.06),
    "GM": (0.65, 0.18, 0.81),
    "GN": (0.84, 0.77, 0.29),
    "GO": (0.62, 0.92, 1.00),
    "GP": (0.61, 0.55, 0.75),
    "GQ": (0.89, 0.88, 0.68),
    "GR": (0.84, 0.83, 0.34),
    "GS": (0.61, 0.41, 0.25),
    "GT": (0.73, 0.68, 0.00),
    "GU": (0.78, 0.57, 0.21),
    "GV": (0.68, 0.52, 0.48),
    "GW": (0.91, 0.81, 0.38),
    "GX": (0.60, 0.42, 0.00),
    "GY": (0.73, 0.57, 0.67),
    "GZ": (0.98, 0.66, 0.51),
    "HA": (0.61, 0.61, 0.19),
    "HB": (0.77, 0.81, 0.58),
    "HC": (0.85, 0.77, 0.50),
    "HD": (0.79, 0.00, 0.54),
    "HE": (0.47, 0.23, 1.00),
    "HF": (0.87, 0.78, 0.00),
    "HG": (0.74, 0.00, 0.81),
    "HH": (0.82, 0.64, 0.18),
    "HI": (0.95, 0.78, 0.69),
    "HJ": (0.86, 1.00, 0.50),
    "HK": (0.53, 0.36, 0.00),
    "HL": (0.52, 0.62, 0.63),
    "HM": (0.91, 0.87, 0.79),
}


def test_dev_quantities(dev):
    s = scores(dev.total)
    assert s["gold"] == 311
    assert s["precision"] >= 0.97 and s["recall"] >= 0.97
    assert s["value"] >= 0.99
    assert s["unit"] >= 0.97 and s["dimension"] >= 0.97 and s["bound"] >= 0.97
    assert s["nonclaim_errors"] == 0


def test_dev_claim_fields(dev):
    s = scores(dev.total)
    assert s["status"] >= 0.97 and s["change"] >= 0.97
    assert s["status_mark_f1"] >= 0.95 and s["change_mark_f1"] >= 0.95
    # lowered from 0.90 / 0.94 / 0.94 in the twenty-eighth session when the subject scorers were
    # retrained on sets A–HC: dev is not trained on, and three choices moved the wrong way (one of
    # them a009's 一般贸易方式进出口 -> 进出口, which four amounts of the sentence follow); four others
    # moved the right way, and on unseen sets the retrained scorers fix 128 subjects and break 90
    assert s["subject_strict"] >= 0.89 and s["subject_lenient"] >= 0.92
    assert s["full_f1"] >= 0.92


def test_held_out_gold(held_out):
    s = scores(held_out.total)
    assert len(held_out.docs) >= 15
    assert s["precision"] >= 0.97 and s["recall"] >= 0.97
    assert s["value"] >= 0.99 and s["unit"] >= 0.97 and s["bound"] >= 0.97
    assert s["subject_strict"] >= 0.92 and s["subject_lenient"] >= 0.95
    assert s["status"] >= 0.97 and s["status_mark_f1"] >= 0.93 and s["change_mark_f1"] >= 0.97
    assert s["full_f1"] >= 0.94


def test_fresh_gold(fresh):
    s = scores(fresh.total)
    assert len(fresh.docs) == 10 and s["gold"] >= 220
    assert s["precision"] >= 0.96 and s["recall"] >= 0.98
    assert s["value"] >= 0.98 and s["unit"] >= 0.98 and s["bound"] >= 0.98
    assert s["subject_strict"] >= 0.83 and s["subject_lenient"] >= 0.86
    assert s["status"] >= 0.90 and s["status_mark_f1"] >= 0.72
    assert s["change"] >= 0.98 and s["full_f1"] >= 0.85


@pytest.mark.parametrize("name", sorted(LATER_SETS))
def test_later_gold_sets(name):
    (first, last), claims, floors = LATER_SETS[name]
    report = evaluate(load_gold(_gold(first, last)), EX)
    s = scores(report.total)
    assert len(report.docs) == last - first + 1 and s["gold"] == claims
    low = {k: round(s[k], 4) for k, floor in zip(FLOOR_KEYS, floors) if s[k] < floor}
    assert not low, f"set {name} below its floors: {low}"


@pytest.mark.parametrize("name", sorted(PERIOD_FLOORS))
def test_periods_of_later_gold_sets(name):
    (first, last), _, _ = LATER_SETS[name]
    s = scores(evaluate(load_gold(_gold(first, last)), EX).total)
    period, reference, invented = PERIOD_FLOORS[name]
    assert s["period"] >= period and s["reference_f1"] >= reference and s["period_invented"] <= invented, \
        {k: s[k] for k in ("period", "reference_f1", "period_invented")}


def test_every_span_round_trips():
    for path in sorted([*FIXTURES.glob("dev/*.json"), *FIXTURES.glob("gold/*.json")]):
        for gold in load_gold([path]):
            doc = EX.extract(gold["text"])
            doc.check_offsets(gold["text"])


def test_gold_files_are_well_formed():
    enums = {"bound": {"exact", "approx", "at_least", "more_than", "at_most", "less_than", "range"},
             "status": {"reported", "planned"}, "change": {None, "increase", "decrease"}}
    for path in sorted([*FIXTURES.glob("dev/*.json"), *FIXTURES.glob("gold/*.json")]):
        for gold in load_gold([path]):
            text = gold["text"]
            starts = [c["start"] for c in gold["claims"]]
            assert starts == sorted(starts), path
            for c in gold["claims"]:
                assert text[c["start"]:c["end"]] == c["surface"], (path, c["surface"])
                for k, allowed in enums.items():
                    assert c.get(k) in allowed, (path, k, c.get(k))
