"""Write resources/countries/countries.csv: the one country table every importer maps
reporters and partners through.

    pip install pycountry && python scripts/countries.py

Countries and territories come from ISO 3166-1 as pycountry ships it (alpha-3, numeric =
UN M49 for countries, English names, and the Simplified Chinese names of Debian's iso-codes
translations). Added here by hand: the aggregates and "not elsewhere specified" buckets
trade statistics use, the numbers by which UN Comtrade differs from ISO, China Customs'
(GAC) partner codes, and the names real downloads write (WITS, Eurostat, USITC, GAC).
Bump VERSION when the table changes: the store re-maps codes it holds on the next start.
"""

from __future__ import annotations

import csv
import gettext
import json
from pathlib import Path

VERSION = 2
OUT = Path(__file__).resolve().parents[1] / "resources" / "countries"

KINDS = ("country", "aggregate", "nes")

# code, kind, M49 number, English name, Chinese name, other names
EXTRA = [
    ("WLD", "aggregate", "0", "World", "世界", "W00|World total|World total (rounded)|全球|总值"),
    ("EU27", "aggregate", "97", "European Union (27)", "欧盟（27国）",
     "EU|EU27_2020|EUR|European Union|European Union - 27 countries (from 2020)|欧盟"),
    ("EU28", "aggregate", "", "European Union (28)", "欧盟（28国）",
     "EU28|European Union - 28 countries (2013-2020)"),
    ("INTRA_EU27", "aggregate", "", "Intra-EU27", "欧盟27国内部",
     "Intra-EU27 (from 2020)|Intra-EU27|Intra-EU"),
    ("EXTRA_EU27", "aggregate", "", "Extra-EU27", "欧盟27国以外",
     "Extra-EU27 (from 2020)|Extra-EU27|Extra-EU"),
    ("ASEAN", "aggregate", "", "ASEAN", "东盟", "Association of Southeast Asian Nations"),
    ("NES_AREAS", "nes", "899", "Areas, not elsewhere specified", "其他未列明地区",
     "Areas, nes|Areas nes|_X|Unspecified|国别不详|Not specified"),
    ("NES_BUNKERS", "nes", "837", "Bunkers", "船用燃料及物料", "Bunkers|Ship stores and bunkers"),
    ("NES_FREE_ZONES", "nes", "838", "Free zones", "自由区", "Free zones|Free Zones"),
    ("NES_SPECIAL", "nes", "839", "Special categories", "特殊类别",
     "Special categories|Special Categories"),
    ("NES_EUROPE", "nes", "568", "Other Europe, nes", "欧洲其他未列明",
     "Other Europe, nes|Europe, nes"),
    ("NES_AFRICA", "nes", "577", "Other Africa, nes", "非洲其他未列明",
     "Other Africa, nes|Africa, nes"),
    ("NES_OCEANIA", "nes", "527", "Oceania, nes", "大洋洲其他未列明", "Oceania, nes"),
    ("NES_AMERICA", "nes", "636", "Rest of America, nes", "美洲其他未列明",
     "Rest of America, nes|LAIA, nes|Other America, nes"),
]
"""Aggregates (totals of countries: never summed with them) and unallocated buckets."""

TERRITORIES = [
    # UN Comtrade's 490 is a territory, not an aggregate: shown under its own name.
    ("S19", "country", "490", "Other Asia, nes", "亚洲其他（未列明）", "Other Asia, nes|S19"),
]

COMTRADE = {"FRA": "251", "NOR": "579", "IND": "699", "CHE": "757", "USA": "842"}
"""UN Comtrade's numbers where they differ from ISO (a country with its dependencies)."""

GAC = {
    "AFG": "101", "BHR": "102", "BGD": "103", "BRN": "105", "MMR": "106", "KHM": "107",
    "CYP": "108", "PRK": "109", "HKG": "110", "IND": "111", "IDN": "112", "IRN": "113",
    "IRQ": "114", "ISR": "115", "JPN": "116", "JOR": "117", "KWT": "118", "LAO": "119",
    "LBN": "120", "MAC": "121", "MYS": "122", "MNG": "124", "NPL": "125", "OMN": "126",
    "PAK": "127", "PHL": "129", "QAT": "130", "SAU": "131", "SGP": "132", "KOR": "133",
    "LKA": "134", "SYR": "135", "THA": "136", "TUR": "137", "ARE": "138", "YEM": "139",
    "VNM": "141", "CHN": "142", "TWN": "143", "KAZ": "145", "KGZ": "146", "TJK": "147",
    "TKM": "148", "UZB": "149",
    "BEL": "301", "DNK": "302", "GBR": "303", "DEU": "304", "FRA": "305", "IRL": "306",
    "ITA": "307", "LUX": "308", "NLD": "309", "GRC": "310", "PRT": "311", "ESP": "312",
    "AUT": "315", "BGR": "316", "FIN": "318", "HUN": "321", "NOR": "326", "POL": "327",
    "ROU": "328", "SWE": "330", "CHE": "331", "EST": "334", "LVA": "335", "LTU": "336",
    "BLR": "340", "RUS": "344", "UKR": "347", "SVN": "350", "HRV": "351", "CZE": "352",
    "SVK": "353",
    "ARG": "402", "BRA": "410", "CHL": "412", "COL": "413", "MEX": "429", "PER": "438",
    "CAN": "501", "USA": "502", "AUS": "601", "NZL": "609",
}
"""China Customs' partner codes (海关国别代码) for the partners a desk meets most. A GAC
file also names each partner: the importers check the name against this table and go by
the name where the two disagree, so a wrong or missing code here is never guessed."""

ALIASES = {
    "USA": "USA|US|United States of America|美利坚合众国",
    "GBR": "UK|Great Britain|United Kingdom of Great Britain and Northern Ireland",
    "KOR": "South Korea|Korea, Rep.|Republic of Korea|Rep. of Korea|Korea|韩国",
    "PRK": "North Korea|Korea, Dem. People's Rep.|Dem. People's Rep. of Korea|朝鲜",
    "RUS": "Russia|俄罗斯联邦",
    "IRN": "Iran|Iran, Islamic Rep.",
    "VNM": "Vietnam|Viet Nam",
    "TUR": "Turkey|Türkiye|Turkiye",
    "CZE": "Czech Republic|Czechia",
    "SVK": "Slovak Republic",
    "TWN": "Taiwan|Chinese Taipei|Taipei, Chinese|台湾|中国台湾|台澎金马关税区",
    "HKG": "Hong Kong, China|Hong Kong SAR|China, Hong Kong SAR|中国香港",
    "MAC": "Macao, China|Macao SAR|China, Macao SAR|Macau|中国澳门",
    "CHN": "China, People's Republic of|People's Republic of China|China PR",
    "LAO": "Lao PDR|Laos|Lao People's Dem. Rep.|老挝",
    "EGY": "Egypt, Arab Rep.",
    "VEN": "Venezuela, RB|Venezuela",
    "YEM": "Yemen, Rep.",
    "COD": "Congo, Dem. Rep.|Democratic Republic of the Congo|Dem. Rep. of the Congo",
    "COG": "Congo, Rep.|Republic of the Congo|Congo",
    "BHS": "Bahamas, The",
    "GMB": "Gambia, The",
    "FSM": "Micronesia, Fed. Sts.",
    "KGZ": "Kyrgyz Republic|Kyrgyzstan",
    "MKD": "North Macedonia|Macedonia, FYR|TFYR of Macedonia",
    "MDA": "Moldova|Rep. of Moldova",
    "TZA": "Tanzania|United Rep. of Tanzania",
    "BOL": "Bolivia",
    "SYR": "Syria",
    "CIV": "Cote d'Ivoire|Côte d'Ivoire|Ivory Coast",
    "IRL": "Ireland (Eire)|Eire",
    "DEU": "Germany (incl. DD from 1991)",
    "BEL": "Belgium (incl. Luxembourg 'LU' -> 1998)",
    "NLD": "Holland",
    "ARE": "UAE|United Arab Emirates|阿联酋",
    "SAU": "Saudi Arabia",
    "BRN": "Brunei|Brunei Darussalam",
    "MMR": "Myanmar|Burma",
    "CPV": "Cape Verde|Cabo Verde",
    "SWZ": "Swaziland|Eswatini",
    "PSE": "State of Palestine|Palestine|West Bank and Gaza",
    "VAT": "Holy See",
    "SLB": "Solomon Isds|Solomon Islands",
    "WLF": "Wallis and Futuna Isds",
    "VGB": "Br. Virgin Isds|British Virgin Islands",
    "CYM": "Cayman Isds|Cayman Islands",
    "MNP": "N. Mariana Isds",
    "MHL": "Marshall Isds",
    "TCA": "Turks and Caicos Isds",
    "FLK": "Falkland Isds (Malvinas)",
    "FRO": "Faeroe Isds|Faroe Islands",
    "CCK": "Cocos Isds",
    "CXR": "Christmas Isds",
    "COK": "Cook Isds",
    "BES": "Bonaire",
    "STP": "Sao Tome and Principe",
    "KNA": "Saint Kitts and Nevis|St. Kitts and Nevis",
    "LCA": "Saint Lucia|St. Lucia",
    "VCT": "Saint Vincent and the Grenadines|St. Vincent and the Grenadines",
    "BIH": "Bosnia Herzegovina|Bosnia and Herzegovina",
    "CUW": "Curacao|Curaçao",
    "DOM": "Dominican Rep.",
    "CAF": "Central African Rep.",
    "ATA": "Antarctica",
}
"""Names real downloads write that ISO does not (WITS, Comtrade, Eurostat, USITC)."""


SHORT_ZH = {"KOR": "韩国", "PRK": "朝鲜", "LAO": "老挝", "IRN": "伊朗", "SYR": "叙利亚",
            "BOL": "玻利维亚", "VEN": "委内瑞拉", "MDA": "摩尔多瓦", "TZA": "坦桑尼亚",
            "COD": "刚果（金）", "COG": "刚果（布）", "BIH": "波黑", "CAF": "中非",
            "DOM": "多米尼加", "TWN": "中国台湾", "HKG": "中国香港", "MAC": "中国澳门"}
"""The short names Chinese statistics write, where ISO's translation is the long form: the
long form stays an alias."""


EUROSTAT = {"GRC": "EL", "GBR": "UK"}
"""Where Eurostat's two-letter geo code differs from ISO 3166's (Greece EL, the UK UK)."""
EUROSTAT_GROUPS = {"EU27": "EU27_2020", "EXTRA_EU27": "EXT_EU27_2020",
                   "INTRA_EU27": "INT_EU27_2020", "WLD": "WORLD"}


def rows() -> list[dict[str, str]]:
    import pycountry

    zh = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["zh_CN"])
    out = []
    for c in pycountry.countries:
        names = {getattr(c, "common_name", ""), getattr(c, "official_name", "")} - {"", c.name}
        iso_zh = zh.gettext(c.name)
        name_zh = SHORT_ZH.get(c.alpha_3, iso_zh)
        aliases = [*sorted(names), *ALIASES.get(c.alpha_3, "").split("|"),
                   iso_zh if iso_zh != name_zh else ""]
        out.append({"code": c.alpha_3, "kind": "country", "m49": str(int(c.numeric)),
                    "iso2": c.alpha_2, "eurostat": EUROSTAT.get(c.alpha_3, ""),
                    "comtrade": COMTRADE.get(c.alpha_3, ""), "gac": GAC.get(c.alpha_3, ""),
                    "name_en": getattr(c, "common_name", "") or c.name, "name_zh": name_zh,
                    "aliases": "|".join(a for a in dict.fromkeys(aliases) if a)})
    for code, kind, m49, en, zh_name, aliases in TERRITORIES + EXTRA:
        out.append({"code": code, "kind": kind, "m49": m49, "iso2": "",
                    "eurostat": EUROSTAT_GROUPS.get(code, ""), "comtrade": "", "gac": "",
                    "name_en": en, "name_zh": zh_name, "aliases": aliases})
    return sorted(out, key=lambda r: (KINDS.index(r["kind"]), r["code"]))


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    table = rows()
    with (OUT / "countries.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, list(table[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(table)
    import pycountry

    (OUT / "meta.json").write_text(json.dumps({
        "version": VERSION,
        "made_by": "scripts/countries.py",
        "from": f"ISO 3166-1 as pycountry {pycountry.__version__} ships it (English names, "
                "and Chinese from Debian's iso-codes translations); aggregates, "
                "not-elsewhere-specified buckets, UN Comtrade's own numbers, China Customs' "
                "partner codes and the names downloads write, listed in the script",
    }, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(table)} rows written to {OUT / 'countries.csv'}")


if __name__ == "__main__":
    main()
