"""Recertification planning: credential rules (data), transcripts, gaps, course plans, exports.

The public interface (brief, interface 3): ``read_transcript``, ``compute_gap``,
``make_plan``, ``write_plan``, ``plan_bytes`` and ``CREDENTIALS``; also
``transcript_from_bytes`` (uploads), ``items_from_rows`` (edited tables) and
``remaining_after`` (a hand-edited plan's gaps).

Beyond DESIGN.md's keys, the gap carries ``credential_name``, ``unit``,
``ce_deadline``, ``notes``, ``unverified`` (rules from secondary sources) and
``pool`` (what make_plan starts from); the plan carries ``all_aama_approved``,
``processing``, ``optimal``, ``unit``, ``considered``, ``reduced_to``, ``dropped``
and timings.
"""

from planning.exports import plan_bytes, write_plan
from planning.gap import compute_gap
from planning.optimiser import make_plan, remaining_after
from planning.rules import CREDENTIALS, Credential, load_credential
from planning.transcript import (
    TranscriptItem,
    items_from_rows,
    parse_transcript,
    read_transcript,
    transcript_from_bytes,
)

__all__ = [
    "CREDENTIALS",
    "Credential",
    "TranscriptItem",
    "compute_gap",
    "items_from_rows",
    "load_credential",
    "make_plan",
    "parse_transcript",
    "plan_bytes",
    "read_transcript",
    "remaining_after",
    "transcript_from_bytes",
    "write_plan",
]
