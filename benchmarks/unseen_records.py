"""Rebuild tests/fixtures/unseen/: the rules' output on each gold set before they were tuned on it.

For every gold set, the code of the commit *before* the set's articles were added is checked
out (a temporary git worktree) and run over the set's current gold texts; its records are
written as ``tests/fixtures/unseen/set_<x>.jsonl``, one document a line. These are the
training data of the confidence scorer (``python -m newsfacts.train``): output of rules that
had not seen the articles, as a user's new articles will be.

    python benchmarks/unseen_records.py           # all sets
    python benchmarks/unseen_records.py set_i     # one set (its articles must be committed)

A set is named by the first article of each commit that added gold files: the sets are read
off the git history, so a new set needs no change here.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = "tests/fixtures/gold"
OUT = ROOT / "tests" / "fixtures" / "unseen"
SETS = {  # the gold sets as the READMEs name them, by their first article
    "g01": "set_a", "g09": "set_b", "g17": "set_c", "g27": "set_d", "g39": "set_e", "g51": "set_f",
    "g63": "set_g", "g75": "set_h", "g87": "set_i", "g95": "set_j", "g103": "set_k", "g111": "set_l",
    "g119": "set_m", "g127": "set_no", "g147": "set_p", "g157": "set_q", "g167": "set_r", "g177": "set_s", "g187": "set_t", "g197": "set_u", "g207": "set_v", "g217": "set_w", "g227": "set_x", "g237": "set_y", "g247": "set_z", "g257": "set_aa", "g267": "set_ab", "g277": "set_ac", "g287": "set_ad", "g297": "set_ae", "g307": "set_af", "g317": "set_ag", "g327": "set_ah", "g337": "set_ai", "g347": "set_aj", "g357": "set_ak", "g367": "set_al", "g373": "set_am", "g383": "set_an", "g393": "set_ao", "g403": "set_ap", "g412": "set_aq", "g422": "set_ar", "g432": "set_as", "g442": "set_at", "g450": "set_au", "g459": "set_av", "g467": "set_aw", "g477": "set_ax", "g487": "set_ay", "g497": "set_az", "g507": "set_ba", "g517": "set_bb", "g527": "set_bc", "g537": "set_bd", "g547": "set_be", "g557": "set_bf", "g567": "set_bg", "g577": "set_bh", "g587": "set_bi", "g597": "set_bj", "g607": "set_bk", "g617": "set_bl", "g627": "set_bm", "g637": "set_bn", "g647": "set_bo", "g657": "set_bp", "g667": "set_bq", "g677": "set_br", "g687": "set_bs", "g697": "set_bt", "g707": "set_bu", "g717": "set_bv", "g727": "set_bw", "g737": "set_bx", "g747": "set_by", "g757": "set_bz", "g767": "set_ca", "g787": "set_cc", "g797": "set_cd", "g807": "set_ce", "g777": "set_cb", "g817": "set_cf", "g837": "set_ch", "g827": "set_cg", "g847": "set_ci", "g867": "set_ck", "g877": "set_cl", "g887": "set_cm", "g857": "set_cj", "g897": "set_cn", "g907": "set_co", "g917": "set_cp", "g927": "set_cq", "g957": "set_ct", "g937": "set_cr", "g967": "set_cu", "g947": "set_cs", "g997": "set_cx", "g977": "set_cv", "g987": "set_cw", "g1007": "set_cy", "g1027": "set_da", "g1037": "set_db", "g1047": "set_dc", "g1017": "set_cz", "g1057": "set_dd", "g1067": "set_de", "g1077": "set_df", "g1087": "set_dg", "g1097": "set_dh", "g1107": "set_di", "g1117": "set_dj", "g1127": "set_dk", "g1137": "set_dl", "g1147": "set_dm", "g1157": "set_dn", "g1167": "set_do", "g1177": "set_dp", "g1187": "set_dq", "g1197": "set_dr", "g1207": "set_ds", "g1217": "set_dt", "g1227": "set_du", "g1237": "set_dv", "g1247": "set_dw", "g1257": "set_dx", "g1267": "set_dy", "g1277": "set_dz", "g1287": "set_ea", "g1297": "set_eb", "g1307": "set_ec", "g1317": "set_ed", "g1327": "set_ee", "g1337": "set_ef", "g1347": "set_eg", "g1357": "set_eh", "g1367": "set_ei", "g1377": "set_ej", "g1387": "set_ek", "g1397": "set_el", "g1407": "set_em", "g1417": "set_en", "g1427": "set_eo", "g1437": "set_ep", "g1447": "set_eq", "g1457": "set_er", "g1467": "set_es", "g1477": "set_et", "g1487": "set_eu", "g1497": "set_ev", "g1507": "set_ew", "g1517": "set_ex", "g1527": "set_ey", "g1537": "set_ez", "g1547": "set_fa", "g1557": "set_fb", "g1567": "set_fc", "g1577": "set_fd", "g1587": "set_fe", "g1597": "set_ff", "g1607": "set_fg", "g1617": "set_fh", "g1627": "set_fi", "g1637": "set_fj", "g1647": "set_fk", "g1657": "set_fl", "g1667": "set_fm", "g1677": "set_fn", "g1687": "set_fo", "g1697": "set_fp", "g1707": "set_fq", "g1717": "set_fr", "g1727": "set_fs", "g1737": "set_ft", "g1747": "set_fu", "g1757": "set_fv", "g1767": "set_fw", "g1777": "set_fx", "g1787": "set_fy", "g1797": "set_fz", "g1807": "set_ga", "g1817": "set_gb", "g1827": "set_gc", "g1842": "set_gd", "g1847": "set_ge", "g1862": "set_gf", "g1857": "set_gg", "g1837": "set_gh", "g1877": "set_gj", "g1887": "set_gk", "g1867": "set_gi", "g1897": "set_gl", "g1907": "set_gm", "g1917": "set_gn", "g1927": "set_go", "g1937": "set_gp", "g1947": "set_gq", "g1957": "set_gr", "g1977": "set_gt", "g1967": "set_gs", "g1987": "set_gu", "g1997": "set_gv", "g2007": "set_gw", "g2017": "set_gx", "g2027": "set_gy", "g2037": "set_gz", "g2047": "set_ha", "g2057": "set_hb", "g2067": "set_hc", "g2077": "set_hd", "g2087": "set_he", "g2097": "set_hf", "g2107": "set_hg", "g2117": "set_hh", "g2127": "set_hi", "g2157": "set_hl", "g2147": "set_hk", "g2142": "set_hj", "g2137": "set_hm",  # N and O arrived in one commit
}
RUN = """
import json, sys
import newsfacts
for path in sys.argv[1:]:
    g = json.load(open(path, encoding="utf-8"))
    doc = newsfacts.extract(g["text"], g["doc_id"])
    print(json.dumps(doc.model_dump(mode="json"), ensure_ascii=False, sort_keys=True))
"""


def git(*args: str) -> str:
    return subprocess.run(["git", "-C", str(ROOT), *args], check=True, capture_output=True, text=True).stdout


def commits_adding_gold() -> dict[str, list[str]]:
    """{commit: [gold files it added]} in the order they were added."""
    out: dict[str, list[str]] = {}
    log = git("log", "--reverse", "--diff-filter=A", "--name-only", "--format=@%H", "--", f"{GOLD}/g*.json")
    commit = ""
    for line in log.splitlines():
        if line.startswith("@"):
            commit = line[1:]
        elif line.strip():
            out.setdefault(commit, []).append(line.strip())
    return out


def run_set(commit: str, files: list[str]) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "tree"
        git("worktree", "add", "--detach", str(tree), f"{commit}^")
        try:
            env = dict(os.environ, PYTHONPATH=str(tree / "src"))
            res = subprocess.run([sys.executable, "-c", RUN, *(str(ROOT / f) for f in files)],
                                 env=env, check=True, capture_output=True, text=True)
            return res.stdout
        finally:
            git("worktree", "remove", "--force", str(tree))


def main(argv: list[str]) -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for commit, files in commits_adding_gold().items():
        first = Path(sorted(files, key=lambda f: int(Path(f).stem[1:]))[0]).stem
        name = SETS.get(first, f"set_{first}")
        if argv and name not in argv:
            continue
        records = run_set(commit, sorted(files))
        if not any(json.loads(line)["claims"] for line in records.splitlines()):
            print(f"{name}: the code of {commit[:7]}^ gave no claims (it predates the extractor); skipped")
            continue
        (OUT / f"{name}.jsonl").write_text(records, encoding="utf-8")
        print(f"{name}: {len(files)} articles, code of {commit[:7]}^")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
