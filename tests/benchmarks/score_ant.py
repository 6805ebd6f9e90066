"""Score helpers.extract_figures on the sets of outlets outside SaudiNewsNet (tests/corpus/ant_figures.tsv: ANT,
Ahdath.info, the Arab newspapers, BBC Arabic and Al Jazeera, Goud.ma, and the later outlets of BU, BV, BW, BX, CI and CJ):
killed/injured precision and recall, and sources, per set, outlet and class.

    git clone https://github.com/antcorpus/antcorpus.multisource.data ANT/antcorpus.multisource.data
    git clone https://github.com/antcorpus/antcorpus.data ANT/antcorpus.data
    git clone https://github.com/elsayed-issa/Arabic-News-Summaries ANT/Arabic-News-Summaries
    git clone https://github.com/Nasreddine/arabic_news_papers_for_llms ANT/arabic_news_papers_for_llms
    git clone https://github.com/motazsaad/bbc-crawler ANT/bbc-crawler
    git clone https://github.com/shammur/Arabic_news_text_classification_datasets ANT/Arabic_news_text_classification_datasets
    git clone https://github.com/KamelGaanoun/MoroccanSummarization ANT/MoroccanSummarization
    git clone https://github.com/hamdi-ramdane/S8-WANLP-PROJECT ANT/S8-WANLP-PROJECT
    git clone https://github.com/kdarwish/Farasa ANT/Farasa
    git clone https://github.com/AbdulazizAlshehri/ML-NLP-Arabic-Newspaper-Topic-Modeling \
        ANT/ML-NLP-Arabic-Newspaper-Topic-Modeling
    git clone https://github.com/CAMeL-Lab/FIGNEWS-2024 ANT/FIGNEWS-2024
    git clone https://github.com/Mohamed5913/Web-Scraping-Crawling-youm7 ANT/Web-Scraping-Crawling-youm7
    git clone https://github.com/elsayed-issa/The-Moroccan-News-Corpus ANT/The-Moroccan-News-Corpus
    git clone https://github.com/ariankarami1999-dev/Telegram ANT/Telegram
    git clone https://github.com/Russell219/arabic-fake-news-detection ANT/arabic-fake-news-detection
    git clone https://github.com/Abbas-sd/Web-Scraping-AlMayadeen.net ANT/Web-Scraping-AlMayadeen.net
    git clone https://github.com/sani1415/Gazza_app ANT/Gazza_app
    python tests/benchmarks/score_ant.py --ant ANT [--failures] [--known-failures]

The annotation file holds no article text, only where each sentence stands in its ANT article (see
its header); the articles are read from the checkouts, and every sentence's SHA-1 is checked so
that another version of the corpus is reported, not silently scored. Each article is extracted
whole, as the SaudiNewsNet sets are (tests/benchmarks/score_figures.py, which this reuses).
"""
from __future__ import annotations

import argparse
import ast
import csv
import hashlib
import html
import io
import json
import re
import subprocess
import sys
import urllib.parse
from functools import cache
from pathlib import Path
from xml.etree import ElementTree

sys.path.insert(0, str(Path(__file__).resolve().parent))
from score_figures import ROOT, found_in_articles, read_tsv, report, write_known_failures  # noqa: E402

ANT_FIGURES = ROOT / "tests" / "corpus" / "ant_figures.tsv"
# The checkout and outlet folder of each DOCNO prefix (AL-culture-144-20180308 → Alarabia/culture/…). The
# Moroccan Ahdath.info articles are the entries of one JSON file instead: AH-ahd22-17 is its entry 17. The
# newspapers of 19 Arab countries are Windows-1256 files in one folder per section: NP-politics-KWP4 is
# سياسيه/KWP4.txt (its first two letters the country, the third the section). BBC Arabic's articles of
# 2016 and 2017 as one crawler saved them are files named by section and number: BC-world-39000000 is
# out_Aug2017/world-39000000.txt, read whole (title, crawl date, paragraphs). Al Jazeera's social-media
# news posts of ASND (2019 and 2020) are the rows of three CSV files: SM-trn-17 is row 17 of sm_news_ar_trn.csv.
# The Moroccan Goud.ma articles of MArSum (2018 to 2020, mostly in Darija) are the rows of its test file, each a
# text and its title in quotes separated by a space: MA-test-17 is its row 17's text.
OUTLETS = {"AL": ("antcorpus.multisource.data", "Alarabia"), "BB": ("antcorpus.multisource.data", "BBC"),
           "CN": ("antcorpus.multisource.data", "CNN"), "FR": ("antcorpus.multisource.data", "France24"),
           "SK": ("antcorpus.multisource.data", "SkyNews"), "JA": ("antcorpus.data", ""),
           "AH": ("Arabic-News-Summaries", "ahd22.json"),
           "NP": ("arabic_news_papers_for_llms", "Arabic Newspapers Corpus"),
           "BC": ("bbc-crawler", "out_Aug2017"),
           "SM": ("Arabic_news_text_classification_datasets", "Arabic_Social_Media_News_Dataset_ASND"),
           "MA": ("MoroccanSummarization", "MArSum1_test.txt"),
           "AP": ("S8-WANLP-PROJECT", "scrapping/scrapping/data/xml"),
           "YM": ("S8-WANLP-PROJECT", "scrapping/scrapping/data/xml"),
           "EC": ("S8-WANLP-PROJECT", "scrapping/outputs/echorouk.json"),
           "WN": ("Farasa", "WikiNewsTruth.txt"),
           "RY": ("ML-NLP-Arabic-Newspaper-Topic-Modeling", "Data/sample_all_texts.csv"),
           "FG": ("FIGNEWS-2024", "data/FIGNEWS-2024-TEXT-IAA.tsv"),
           "Y7": ("Web-Scraping-Crawling-youm7", "notebook.ipynb"),
           "FB": ("The-Moroccan-News-Corpus", "THE CORPUS/feb.txt"),
           "NY": ("Telegram", "channels/naya_foriraq.md"),
           "RT": ("arabic-fake-news-detection", ""),
           "SD": ("arabic-fake-news-detection", ""),
           "MY": ("Web-Scraping-AlMayadeen.net", "Articals/articles_2024_04.json"),
           "AJ": ("Gazza_app", "")}
# Five later outlets (BU, tuned on in round 95): the RSS feeds that hamdi-ramdane/S8-WANLP-PROJECT saved in March 2025
# (Algérie Presse Service, AP-feed-3: the third APS item of the feeds read in file order, each link once; the
# Saudi Al-Yaum, YM-feed-3, likewise) and its Echorouk (Algeria) JSON (EC-json-3: entry 3); Arabic Wikinews
# of about 2013 as kdarwish/Farasa keeps it, fully vowelled (WN-line-3: line 3 of WikiNewsTruth.txt); and
# Al-Riyadh of 2018 to 2021 (RY-csv-3: row 3 of the T_Text column of AbdulazizAlshehri's sample). Two more (BV,
# drawn after round 95 and tuned on in round 96): the Arabic news posts of FIGNEWS 2024 on the war in Gaza
# (FG-iaa-3: the third row whose source language is Arabic in its IAA file), and the Egyptian Youm7's headlines of
# May 2025 as the words of their story links, which a scraper's notebook printed when their requests failed
# (Y7-slug-3: the third story linked). Three more (BW, drawn after round 96): the Moroccan Febrayer.com of 2018 and
# 2019 as elsayed-issa/The-Moroccan-News-Corpus keeps it (FB-line-3: line 3 of feb.txt, its list of paragraphs);
# the Iraqi Telegram news channel NAYA (@naya_foriraq) of May to August 2026, whose last hundred posts an archive
# saved at each of its commits (NY-post-3: the third post by message number, in the text of its last saved
# version); and the articles of RT Arabic, DW Arabic, BBC Arabic and Al-Masry Al-Youm of 2024 that a fact-checking
# project saved and later deleted (RT-row-3: the third row of its kb_articles_v2.csv, as of KB_COMMIT, that is no
# Wikipedia entry). One more (BX, drawn after round 97 with more of BW's three): the 900 articles of the SANAD
# corpus (AlKhaleej, Al Arabiya and Akhbarona; 150 from each of six sections) that the same project saved beside
# them (SD-row-3: the third row of its kb_articles_sanad.csv, as of KB_COMMIT). One more (CI, drawn after round 107):
# the Lebanese Al Mayadeen of April 2024 as a scraping project saved it (MY-json-3: entry 3 of its
# articles_2024_04.json, its title, a blank line and its full_text). One more (CJ, drawn after round 108): the
# headlines and lead paragraphs of Al Jazeera Net on the war in Gaza, October 2023 to November 2025, that a news
# archive app saved (AJ-lead-3: the third item of AJ_FILES read in that order, each link once, its title, a blank
# line and its excerpt).
LATER_OUTLETS = {"AP": "feed", "YM": "feed", "EC": "json", "WN": "line", "RY": "csv", "FG": "iaa",
                 "Y7": "slug", "FB": "line", "NY": "post", "RT": "row", "SD": "row", "MY": "json",
                 "AJ": "lead"}   # prefix: DOCNO's middle
AJ_FILES = ("articles_data_2.json", "articles_data_3.json", "articles_data_4.json", "articles_data_6.json",
            "live_blog_articles.json", "video_articles.json")   # articles_data_1 and _5 are too large for a mirror
KB_COMMIT = "9c489a57ccbb35deb3eb1f2222c8ad3be200a41f"   # the last commit of Russell219's that holds its articles
NEWSPAPER_SECTIONS = {"politics": "سياسيه", "economy": "اقتصاديه", "culture": "ثقافية", "religion": "دينيه",
                      "sports": "رياضية", "scitech": "علمية وتقنية"}
_FIELD = {tag: re.compile(rf"<{tag}>\s*(.*?)\s*</{tag}>", re.S) for tag in ("DOCNO", "TITLE", "TEXT")}


class AntCorpusError(ValueError):
    """An ANT article missing from the checkouts, or not the text the annotations were made on."""


def article_path(ant: Path, docno: str) -> Path:
    """Where the article `docno` lies under `ant`, the folder holding the checkouts."""
    prefix, category = docno.split("-")[:2]
    if prefix not in OUTLETS:
        raise AntCorpusError(f"{ANT_FIGURES.name}: article_id {docno}: unknown outlet prefix {prefix!r}")
    checkout, outlet = OUTLETS[prefix]
    if outlet.endswith(".json") or prefix in LATER_OUTLETS:
        return ant / checkout / outlet
    if prefix == "BC":
        return ant / checkout / outlet / f"{docno.split('-', 1)[1]}.txt"
    if prefix == "SM":
        return ant / checkout / outlet / f"sm_news_ar_{category}.csv"
    if prefix == "MA":
        return ant / checkout / outlet
    if prefix == "NP":
        if category not in NEWSPAPER_SECTIONS:
            raise AntCorpusError(f"{ANT_FIGURES.name}: article_id {docno}: unknown section {category!r}")
        return ant / checkout / outlet / NEWSPAPER_SECTIONS[category] / f"{docno.split('-', 2)[2]}.txt"
    return ant / checkout / outlet / category / f"{docno}.txt"


@cache
def json_articles(path: Path) -> tuple[str, ...]:
    """Every entry of a JSON file of articles as annotated: its `content` paragraphs joined by blank lines."""
    return tuple("\n\n".join(entry["content"]) for entry in json.loads(path.read_text(encoding="utf-8")))


@cache
def social_posts(path: Path) -> tuple[str, ...]:
    """The `Content` of every row of an ASND CSV file, in file order."""
    with path.open(encoding="utf-8", newline="") as f:
        return tuple(row["Content"] for row in csv.DictReader(f))


@cache
def summarized_articles(path: Path) -> tuple[str, ...]:
    """The text of every row of the MArSum test file (a quoted text and a quoted title, a space between)."""
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter=" ", quotechar='"'))
    return tuple(row[0] for row in rows[1:])


def _unescaped(html_text: str) -> str:
    """A feed item's HTML as text: tags dropped, entities read (twice: Al-Yaum escapes its bodies twice), runs
    of spaces and tabs as one space, each line stripped, empty lines dropped."""
    for _ in range(2):
        html_text = html.unescape(re.sub(r"<[^>]+>", " ", html_text))
    lines = (" ".join(line.split()) for line in html_text.splitlines())
    return "\n".join(line for line in lines if line)


@cache
def feed_items(folder: Path) -> dict[str, tuple[str, ...]]:
    """The items of the RSS feeds in `folder` by outlet prefix (AP: Algérie Presse Service's aps-*.xml, YM:
    Al-Yaum's), files read in name order and each link once: its title, a blank line, its text."""
    items: dict[str, list[str]] = {"AP": [], "YM": []}
    seen = set()
    for path in sorted(folder.glob("*.xml")):
        raw = path.read_text(encoding="utf-8")
        prefix = "AP" if path.name.startswith("aps-") else "YM" if "alyaum.com" in raw[:600] else None
        if prefix is None:
            continue
        for item in ElementTree.fromstring(raw.encode("utf-8")).iter("item"):
            fields = {child.tag.split("}")[-1]: child.text or "" for child in item}
            if fields.get("link") in seen:
                continue
            seen.add(fields.get("link"))
            body = _unescaped(fields.get("encoded") or fields.get("description") or "")
            items[prefix].append(f"{' '.join(fields.get('title', '').split())}\n\n{body}")
    return {prefix: tuple(texts) for prefix, texts in items.items()}


@cache
def later_articles(ant: Path, prefix: str) -> tuple[str, ...]:
    """Every article of one of the LATER_OUTLETS, in the order their DOCNOs number them."""
    checkout, outlet = OUTLETS[prefix]
    path = ant / checkout / outlet
    if prefix in ("AP", "YM"):
        return feed_items(path)[prefix]
    if prefix in ("EC", "MY"):
        body = "content" if prefix == "EC" else "full_text"
        return tuple(f"{entry['title'].strip()}\n\n{entry[body].strip()}"
                     for entry in json.loads(path.read_text(encoding="utf-8")))
    if prefix == "WN":
        return tuple(path.read_text(encoding="utf-8").splitlines())
    if prefix == "FG":
        with path.open(encoding="utf-8", newline="") as f:
            return tuple(row["Text"] for row in csv.DictReader(f, delimiter="\t") if row["Source Language"] == "Arabic")
    if prefix == "Y7":
        return story_headlines(path)
    if prefix == "FB":
        return paragraph_lists(path)
    if prefix == "NY":
        return channel_posts(ant / checkout, outlet)
    if prefix == "AJ":
        return lead_paragraphs(path)
    if prefix in ("RT", "SD"):
        return saved_articles(ant / checkout, "kb_articles_v2.csv" if prefix == "RT" else "kb_articles_sanad.csv")
    with path.open(encoding="utf-8", newline="") as f:
        return tuple(row["T_Text"].strip() for row in csv.DictReader(f))


def story_headlines(path: Path) -> tuple[str, ...]:
    """The headline words of every Youm7 story link a notebook's outputs print, each story once in the order
    first printed: the link's words (…/story/2025/5/12/15-شهيدا-بينهم-أطفال/6983705) with spaces for its
    hyphens. A link drops the headline's punctuation and cuts it after about ten words."""
    outputs = "".join("".join(output.get("text", ())) for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]
                      for output in cell.get("outputs", ()))
    headlines: dict[str, str] = {}
    for words, story in re.findall(r"youm7\.com/story/\d+/\d+/\d+/([^/\s]+)/(\d+)", outputs):
        headlines.setdefault(story, urllib.parse.unquote(words).replace("-", " "))
    return tuple(headlines.values())


def lead_paragraphs(folder: Path) -> tuple[str, ...]:
    """The title, a blank line and the excerpt of every item of the AJ_FILES in `folder`, in that order, each
    link once."""
    items: dict[str, str] = {}
    for name in AJ_FILES:
        for entry in json.loads((folder / name).read_text(encoding="utf-8")):
            items.setdefault(entry["link"], f"{entry['title'].strip()}\n\n{entry['excerpt'].strip()}")
    return tuple(items.values())


def paragraph_lists(path: Path) -> tuple[str, ...]:
    """The articles of a file with one line each, `content: [...]`, a Python list of its paragraphs: each
    line's paragraphs joined by blank lines (an empty list, an empty article)."""
    articles = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        if not line.startswith("content: "):
            raise AntCorpusError(f"{path}: line {number}: no `content: ` list")
        articles.append("\n\n".join(ast.literal_eval(line.removeprefix("content: "))))
    return tuple(articles)


_POST = re.compile(r'<div class="tg-post" id="msg-(\d+)">(.*?)<div class="tg-footer">', re.S)
_POST_TEXT = re.compile(r'<div class="tg-text">(.*?)</div>', re.S)


def channel_posts(repo: Path, channel: str) -> tuple[str, ...]:
    """The text of every post a Telegram archive ever saved of one channel (a Markdown page of HTML posts that
    each commit rewrote with the channel's last posts), in message-number order, each in its last saved version:
    its text div with <br> as a line break, tags dropped, entities read, lines stripped."""
    revisions = _git(repo, "log", "--reverse", "--format=%H", "--", channel).split()
    batch = subprocess.run(["git", "-C", str(repo), "cat-file", "--batch"], check=True, capture_output=True,
                           input="".join(f"{revision}:{channel}\n" for revision in revisions).encode()).stdout
    posts: dict[int, str] = {}
    at = 0
    while at < len(batch):
        header_end = batch.index(b"\n", at)
        header = batch[at:header_end].split()
        if header[-1] == b"missing":   # a commit that deleted the page
            at = header_end + 1
            continue
        size = int(header[2])
        page = batch[header_end + 1:header_end + 1 + size].decode("utf-8")
        at = header_end + 1 + size + 1
        for number, post in _POST.findall(page):
            text = _POST_TEXT.search(post)
            if text is not None:
                lines = html.unescape(re.sub(r"<[^>]+>", "", re.sub(r"<br\s*/?>", "\n", text.group(1)))).splitlines()
                posts[int(number)] = "\n".join(line.strip() for line in lines).strip()
    return tuple(posts[number] for number in sorted(posts))


def saved_articles(repo: Path, name: str) -> tuple[str, ...]:
    """The `full_text` of every row of the CSV file `name` as of KB_COMMIT whose `source` is a news outlet, not
    Wikipedia, in file order."""
    rows = csv.DictReader(io.StringIO(_git(repo, "show", f"{KB_COMMIT}:{name}")))
    return tuple(row["full_text"] for row in rows if row["source"] != "Wikipedia_AR")


def _git(repo: Path, *args: str) -> str:
    """A git command's output in the checkout `repo`; AntCorpusError naming the checkout when it fails."""
    done = subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, encoding="utf-8")
    if done.returncode:
        raise AntCorpusError(f"{repo}: git {' '.join(args)}: {done.stderr.strip()}")
    return done.stdout


def load_article(ant: Path, docno: str) -> str:
    """The text of the article `docno` as annotated; AntCorpusError when it is not in the checkouts."""
    path = article_path(ant, docno)
    if not path.exists():
        raise AntCorpusError(f"article {docno} not found at {path}")
    if docno.split("-")[0] in LATER_OUTLETS:
        return _numbered(later_articles(ant, docno.split("-")[0]), docno, path, "articles of that outlet")
    if docno.startswith("NP-"):
        return newspaper_text(path)
    if docno.startswith("BC-"):
        return path.read_text(encoding="utf-8")
    if docno.startswith(("SM-", "MA-")):
        return _numbered(social_posts(path) if docno.startswith("SM-") else summarized_articles(path), docno, path, "rows")
    if path.suffix != ".json":
        return article_text(path)
    return _numbered(json_articles(path), docno, path, "entries")


def _numbered(items: tuple[str, ...], docno: str, path: Path, unit: str) -> str:
    """The item a DOCNO numbers at its end (SM-trn-17: the 17th); AntCorpusError naming the range when it has none."""
    index = docno.rsplit("-", 1)[1]
    if not index.isdigit() or int(index) >= len(items):
        raise AntCorpusError(f"article {docno} not found: {path} has {unit} 0 to {len(items) - 1}")
    return items[int(index)]


def article_text(path: Path) -> str:
    """An ANT article as annotated: its title, a blank line, its body."""
    raw = path.read_text(encoding="utf-8")
    fields = {tag: pattern.search(raw) for tag, pattern in _FIELD.items()}
    missing = [tag for tag, m in fields.items() if m is None]
    if missing:
        raise AntCorpusError(f"{path}: no <{missing[0]}> field")
    return f"{fields['TITLE'].group(1)}\n\n{fields['TEXT'].group(1)}"


def newspaper_text(path: Path) -> str:
    """A newspaper article as annotated: the file decoded from Windows-1256 (which maps every byte, so a
    file in another encoding shows as sentences whose SHA-1 differs), its CRLF line ends as LF."""
    return path.read_bytes().decode("cp1256").replace("\r\n", "\n")


def read_ant(ant: Path, path: Path = ANT_FIGURES) -> tuple[list[dict[str, str]], dict[str, str]]:
    """The annotated rows, each with its sentence as `text`, and the articles' texts by DOCNO."""
    rows = read_tsv(path)
    texts: dict[str, str] = {}
    for line, row in enumerate(rows, start=1):
        docno = row["article_id"]
        if docno not in texts:
            try:
                texts[docno] = load_article(ant, docno)
            except AntCorpusError as error:
                raise AntCorpusError(f"{path.name}: row {line}: {error}") from None
        sentence = texts[docno][int(row["start"]):int(row["end"])]
        if hashlib.sha1(sentence.encode("utf-8")).hexdigest()[:12] != row["sha1"]:
            raise AntCorpusError(f"{path.name}: row {line}: the text at {row['start']}:{row['end']} of {docno} "
                                 f"is not the sentence annotated (SHA-1 differs); another version of ANT?")
        row["text"] = sentence
    return rows, texts


def found(rows: list[dict[str, str]], texts: dict[str, str]) -> list[list[tuple[str, str, str]]]:
    """Extracted (category, value, source) per row, its article extracted whole."""
    return found_in_articles(rows, texts, lambda i, row, text: (int(row["start"]), int(row["end"])))


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ant", type=Path, required=True,
                        help="folder holding the fifteen checkouts the module's docstring lists")
    parser.add_argument("--failures", action="store_true", help="list every row scored wrong")
    parser.add_argument("--known-failures", action="store_true",
                        help="rewrite tests/corpus/ant_figures_known_failures.json from the rows failing now")
    args = parser.parse_args(argv)
    rows, texts = read_ant(args.ant)
    extracted = found(rows, texts)
    report(f"{ANT_FIGURES.name} ({len(rows)} rows, extracted from whole articles; region = outlet)",
           rows, extracted, args.failures)
    if args.known_failures:
        write_known_failures(ANT_FIGURES, extracted)


if __name__ == "__main__":
    main()
