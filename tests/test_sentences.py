"""Sentence splitting and lines that link to other stories."""
from __future__ import annotations

import pytest

from pipeline.sentences import link_spans, split_sentences


def test_a_sentence_glued_to_the_next_by_a_scraper_is_split():
    text = ("Two people were killed, and four others were left injured.Christopher Beatty was identified "
            "by Sgt.Hernandez on Monday. It was the U.S. Army.")
    assert [s.text for s in split_sentences(text)] == [
        "Two people were killed, and four others were left injured.",
        "Christopher Beatty was identified by Sgt.Hernandez on Monday.",
        "It was the U.S. Army."]


def test_link_lines_cover_the_marker_line_and_the_headlines_after_a_bare_header():
    text = ("Police said the man died Monday.\n\nRelated Stories:\n\n"
            "2 teenagers killed and 2 juveniles arrested in Louisville in 2 days\n\n"
            "TAUNTON, Mass. (WPRI) - Police said two people were shot.\n"
            "RELATED: Mom of slain teen speaks\nMORE: Video shows July 4th fatal shooting in DC\n"
            "Related Coverage One person killed in Taunton shooting\n")
    assert [text[a:b] for a, b in link_spans(text)] == [
        "Related Stories:", "2 teenagers killed and 2 juveniles arrested in Louisville in 2 days",
        "RELATED: Mom of slain teen speaks", "MORE: Video shows July 4th fatal shooting in DC",
        "Related Coverage One person killed in Taunton shooting"]


@pytest.mark.parametrize("line", [
    "More than 20 people were killed in the blast.",
    "Related charges were filed on Tuesday.",
    "Watching the news, she saw the shooting.",
])
def test_sentences_that_start_like_a_link_marker_are_kept(line):
    assert link_spans(f"Police said.\n{line}\n") == []
