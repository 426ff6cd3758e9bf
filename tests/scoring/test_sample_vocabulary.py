"""Every wording variant of the sample-site generator, on hand-built pages: a regression net.

The generator (data/sample_sites/_build, the sites developer's) words each checklist item
several ways; each variant must be read as stated, each slogan or bare name as not.
Category inference must place every generator topic title in its AAMA category.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from catalog.page import ExtractedPage, Section
from scoring.categories import infer
from scoring.criteria import detect_all
from scoring.formats import detect_format

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # the generator is imported as the package data.sample_sites._build
    sys.path.insert(0, str(ROOT))
wording = pytest.importorskip("data.sample_sites._build.wording")
TOPICS = pytest.importorskip("data.sample_sites._build.topics").TOPICS


class Pick:
    """A stand-in for random.Random that picks variant ``i`` of every choice."""

    def __init__(self, i: int):
        self.i = i

    def choice(self, seq):  # noqa: ANN001, ANN201 - mirrors random.Random.choice
        seq = list(seq)
        return seq[self.i % len(seq)]

    def randint(self, a: int, b: int) -> int:
        return b

    def sample(self, population, k: int) -> list:  # noqa: ANN001 - mirrors random.Random.sample
        return list(population)[:k]


def page(*sections: Section) -> ExtractedPage:
    text = "\n".join(x for s in sections for x in (s.heading, s.text) if x)
    return ExtractedPage(url="https://x.example/c", title="T", text=text, sections=list(sections))


@pytest.mark.parametrize("topic", TOPICS, ids=lambda t: t.key)
def test_topic_titles_get_their_category(topic) -> None:  # noqa: ANN001 - a generator Topic
    for title in topic.titles:
        assert infer(title, "").category == topic.category, title


@pytest.mark.parametrize("i", range(6))
def test_wording_variants(i: int) -> None:
    rng = Pick(i)
    for topic in TOPICS:
        text = wording.rationale(rng, topic)
        assert detect_all(page(Section("Details", 2, text)))["rationale"].met, text
        slogan = wording.slogan(rng, topic)
        assert not detect_all(page(Section("Overview", 2, f"{topic.summary}\n{slogan}")))["rationale"].met, slogan
        intro, objectives = wording.outcomes_intro(rng), wording.objectives(rng, topic)
        listed = Section("", 0, intro + "\n" + "\n".join(objectives), objectives, "list")
        assert detect_all(page(listed))["learning_outcomes"].met, intro
    for fmt in ("self-paced online", "live webinar", "in person", "hybrid", "recorded webinar"):
        text = wording.methods(rng, fmt)
        assert detect_all(page(Section("", 0, text)))["instructional_methods"].met, text
        assert detect_format([], [text])[0] == fmt, text
    for text in (wording.refund_inline(rng), wording.all_sales_final(rng)):
        assert detect_all(page(Section("", 0, text)))["refund_policy"].met, text


def test_instructors_with_and_without_credentials() -> None:
    for inst in wording.INSTRUCTORS:
        assert detect_all(page(Section("", 0, wording.instructor_bio(inst))))["instructor_credentials"].met
        assert detect_all(page(Section("Instructor", 2, inst.display)))["instructor_credentials"].met
    for name in wording.BARE_NAMES:
        assert not detect_all(page(Section("Instructor", 2, name)))["instructor_credentials"].met, name
