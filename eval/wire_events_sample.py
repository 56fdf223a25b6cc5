"""Sixty-eight hand-checked samples of events and statements on wire stories (30 each; 16 in
the sixty-second, which exhausted the labelled stories; the sixty-third to sixty-eighth from
TE3's AFP and Xinhua stories).

The first sample is fixed by rule: in ``wire_samples.jsonl`` file order, the first story of each
``agency_detected`` label among the long-form sources (TASS, TBAQ, agency feed fixtures,
fundus), then among the AG News summaries, 30 in all, each cut to its lead (the first
sentences, at most ``LEAD_CHARS`` characters), extracted with the story's date as
``published`` when the corpus gives one. Every event newsfacts finds there was
reviewed by hand; the verdicts are the table ``VERDICTS`` below (ok, or what is wrong).
An event is fully right when its type, arguments, time and place are all right.
Statements were reviewed for a missing speaker where the text names one.
The first sample was tuned on (its errors became corpus cases). The second, held-out
sample is disjoint from it: stories with an agency label not in the first sample, taken
round-robin over agencies (long-form stories of an agency first) in an order fixed by
``SEED``; it was reviewed before any change made for it, and that untuned figure is kept
in ``HELD_OUT_UNTUNED`` next to the figure of the current code. A third sample, drawn
the same way with ``SEED_3`` and disjoint from both, was reviewed on the code before any
change made for it (``THIRD_UNTUNED``). A fourth sample (``SEED_4``), disjoint from the
three, was drawn only after the clause analysis and abstention of issue 7 were done and
reviewed on that code (``FOURTH_UNTUNED``); its untuned figure is the headline. A fifth
(``SEED_5``), disjoint from the four, was drawn after the fixes from the fourth and reviewed
the same way (``FIFTH_UNTUNED``), a second untuned measure. ``POOLED_ERRORS`` tabulates
the wrong events of the five first readings by cause. A sixth (``SEED_6``) and, as it gave
fewer than 15 events, a seventh (``SEED_7``) were drawn after the mechanisms built from that
analysis and reviewed untuned (``POOLED_UNTUNED``). Round three added the sixth and seventh
first readings to ``POOLED_ERRORS`` and built ``ROUND_THREE``; only then were an eighth
(``SEED_8``) and, as it gave fewer than 20 events, a ninth (``SEED_9``) drawn and reviewed
untuned; their pooled reading is ``POOLED_UNTUNED_3``. Round four (sport senses, abstaining
from unresolved-pronoun agents) was followed by a tenth (``SEED_10``), reviewed untuned
(``TENTH_UNTUNED``). Round five (time and place scoping, episode inheritance) was followed by
an eleventh (``SEED_11``) and, as it gave fewer than 20 events, a twelfth (``SEED_12``),
reviewed untuned and pooled (``POOLED_UNTUNED_5``): the headline, with ``ALL_UNTUNED`` over
every untuned first reading. A thirteenth (``SEED_13``) was drawn on the round's final code and
reviewed untuned (``THIRTEENTH_UNTUNED``), a check of the fixes made after the eleventh and
twelfth readings. Round six (argument and sense checks) was followed by a fourteenth
(``SEED_14``), reviewed untuned (``FOURTEENTH_UNTUNED``). Round seven (noun phrases with
their `of`-complement, topics kept to their clause, pronouns checked for gender and rival
names, kinds as senses: ``ROUND_SEVEN``) was followed by a fifteenth (``SEED_15``), reviewed
untuned (``FIFTEENTH_UNTUNED``). Round eight (a document-level incident model, then
arguments and senses found on stories outside every sample: ``ROUND_EIGHT``) was followed by
a sixteenth (``SEED_16``) and, as it gave fewer than 15 events, a seventeenth (``SEED_17``),
reviewed untuned and pooled (``POOLED_UNTUNED_8``). Round nine (what votes, protests and
strikes are for, groups before `at`/`of` X, senses, generic incident nouns: ``ROUND_NINE``)
was followed by an eighteenth (``SEED_18``) and, as it gave fewer than 15 events, a nineteenth
(``SEED_19``), reviewed untuned and pooled (``POOLED_UNTUNED_9``). Round ten (participle
incidents, what agreements are to do, verbs of onset, senses, subjects after prepositions, the
victims' whereabouts, grammar as data: ``ROUND_TEN``) was followed by a twentieth
(``SEED_20``) and, as it gave fewer than 15 events, a twenty-first (``SEED_21``), reviewed
untuned and pooled (``POOLED_UNTUNED_10``). Round eleven (subject lists read whole, future
from tense and time, possibility, a possessive's amount, rulings, `blew up`, places after a
list: ``ROUND_ELEVEN``) was followed by a twenty-second (``SEED_22``) and, as it gave fewer
than 15 events, a twenty-third (``SEED_23``), reviewed untuned and pooled
(``POOLED_UNTUNED_11``). Round twelve (tense in clauses of time, weekdays read forward, what
meetings and talks are about, missed triggers, `the country's`: ``ROUND_TWELVE``) was followed
by a twenty-fourth (``SEED_24``) and, until the pool had at least 20 events, a twenty-fifth to
twenty-seventh (``SEED_25`` to ``SEED_27``), reviewed untuned and pooled
(``POOLED_UNTUNED_12``). Round thirteen (places after `across`/`through` and named places as
modifiers, threats, subjects past a question, missed triggers, then mechanisms found on stories
outside every sample: ``ROUND_THIRTEEN``) was followed by a twenty-eighth (``SEED_28``) and,
until the pool had at least 20 events, a twenty-ninth to thirty-first (``SEED_29`` to
``SEED_31``), reviewed untuned and pooled (``POOLED_UNTUNED_13``). Round fourteen (a modal
governing a list of verbs, `alleged` claims, agents named before a trigger, clauses of their
own, places on a border, missed triggers, speed: ``ROUND_FOURTEEN``) was followed by a
thirty-second (``SEED_32``) and, until the pool had at least 20 events, a thirty-third to
thirty-fifth (``SEED_33`` to ``SEED_35``), reviewed untuned and pooled (``POOLED_UNTUNED_14``).
Round fifteen (titles joined under one determiner, amounts in parentheses, a capitalized
modifier no name, a time before an appeal's `to`, plural results, strikes begun, raising words,
speed with identical output: ``ROUND_FIFTEEN``) was followed by a thirty-sixth (``SEED_36``)
and, until the pool had at least 20 events, a thirty-seventh and thirty-eighth (``SEED_37``,
``SEED_38``), reviewed untuned and pooled (``POOLED_UNTUNED_15``). Round sixteen (a finite verb
of appeal after `and` ends a topic, a topic noun takes its complement, agents that cannot act:
``ROUND_SIXTEEN``) was followed by a thirty-ninth (``SEED_39``) and, until the pool had at least
20 events, a fortieth (``SEED_40``), reviewed untuned and pooled (``POOLED_UNTUNED_16``).
Round seventeen (a legal-action type, a projectile fired at a target an attack, a topic that is
an infinitive ends before its purpose: ``ROUND_SEVENTEEN``) was followed by a forty-first
(``SEED_41``) and, until the pool had at least 20 events, a forty-second and forty-third
(``SEED_42``, ``SEED_43``), reviewed untuned and pooled (``POOLED_UNTUNED_17``). Round
eighteen (compound modifiers, clauses joined by `and`, places near or into proper names and in
a patient, sanctions lifted, amounts heading a phrase, gerund topics, the counterpart after what
was agreed, subjects before a participle's clause: ``ROUND_EIGHTEEN``) was followed by a
forty-fourth (``SEED_44``) and, until the pool had at least 20 events, a forty-fifth and
forty-sixth (``SEED_45``, ``SEED_46``), reviewed untuned and pooled (``POOLED_UNTUNED_18``).
Round nineteen (conditions after `would`, devices that hit a target, appointments of new
holders, signings `with` a club, ratifications without the dateline's place, quoted and
purpose-bounded topics, failures blamed on the object, firms' comma names, parties with their
origins, missed triggers: ``ROUND_NINETEEN``) was followed by a forty-seventh (``SEED_47``) and,
until the pool had at least 20 events, a forty-eighth and forty-ninth (``SEED_48``,
``SEED_49``), reviewed untuned and pooled (``POOLED_UNTUNED_19``). Round twenty (-ed
modifiers after a possessive, adverbs closing a place phrase, holdings with their `in` phrase,
named public places attacked, content clauses without `that`, fighting between armed sides:
``ROUND_TWENTY``) was followed by a fiftieth (``SEED_50``) and, until the pool had at least 20
events, a fifty-first (``SEED_51``), reviewed untuned and pooled (``POOLED_UNTUNED_20``).
Round twenty-one (a described party after `to`, `and,` ending a clause, an infinitive's object
ending at `and`, conjuncts after `and a` and `as well as`, an abduction type:
``ROUND_TWENTY_ONE``) was followed by a fifty-second (``SEED_52``) and, until the pool had at
least 20 events, a fifty-third and fifty-fourth (``SEED_53``, ``SEED_54``), reviewed untuned
and pooled (``POOLED_UNTUNED_21``). Round twenty-two (places told by a nationality
adjective, the dateline's place for the lead's incidents, places inside an incident's arguments,
asides and names: ``ROUND_TWENTY_TWO``) was followed by a fifty-fifth (``SEED_55``) and, until
the pool had at least 20 events, a fifty-sixth and fifty-seventh (``SEED_56``, ``SEED_57``),
reviewed untuned and pooled (``POOLED_UNTUNED_22``). Round twenty-three (the dateline's place
only where measured right on stories outside every sample, a disaster's object through a
possessive, purposes' places, sellers after the price, content clauses read whole, lists of
places: ``ROUND_TWENTY_THREE``) was followed by a fifty-eighth (``SEED_58``) and, until the pool
had at least 20 events, a fifty-ninth (``SEED_59``), reviewed untuned and pooled
(``POOLED_UNTUNED_23``). Round twenty-four (other parties behind a preposition or a relative
clause, what investments are in, votes' sponsors and topics, a cause's place, islands behind a
possessive, proper modifiers, venues, passives after `expected to`: ``ROUND_TWENTY_FOUR``) was
followed by a sixtieth (``SEED_60``) and, until the pool had at least 20 events, a sixty-first
(``SEED_61``), reviewed untuned and pooled (``POOLED_UNTUNED_24``). Round twenty-five
(places of a topic's participle, of two-city datelines and of lists of victims, a number's
comma in a relative clause, verbs of belief ending a subject, contracted pronouns, rates raised
with a country's initials, blasts that rock a place, bills passed, adjectives taking an
infinitive: ``ROUND_TWENTY_FIVE``) re-scored the sixty-one samples and was followed by a
sixty-second (``SEED_62``), the last 16 labelled stories (7 events; the labelled draws after it
are empty). So that a reading stays untuned, the sixty-third (``SEED_63``, ``gigaword_held_out``)
is drawn from another file, ``te3_silver_gigaword.jsonl``: 2,452 AFP and Xinhua wire stories of
the TempEval-3 silver set, never used for events tuning or outside checks, taken round-robin over
the two agencies, each cut to its lead like the others and read with its ``dct`` as the date
(TE3 rewrote their datelines, so these are not the stories verbatim). The two were reviewed
untuned and pooled (``POOLED_UNTUNED_25``), round twenty-five's headline. Round
twenty-six (a participle's time set off by commas, time openers and relative clauses, `would
... if` and likelihoods as possible, places of `near` and of a force placed in the lead, `named
as` a person and `offered to` a recipient as no events, places of what is attended,
abbreviations in brackets, markets' closes, `rearrested`
and `charged`: ``ROUND_TWENTY_SIX``) re-scored the sixty-three samples. After it and the twelfth
session's participants, statements and events changes, a sixty-fourth (``SEED_64``, drawn like
the sixty-third and disjoint from it) gave 37 events, so no sixty-fifth was drawn; reviewed
untuned (``POOLED_UNTUNED_26``), it was round twenty-six's headline. Round twenty-seven (a gas
blast as an accident, a time after `from <value>` as the earlier value's, `not ... without` as
a double negation, the `that` clause of `ensure` as planned) and the session's statements and
times changes were followed by a sixty-fifth (``SEED_65``, disjoint from both), which gave 33
events, so no sixty-sixth was drawn then; reviewed untuned (``POOLED_UNTUNED_27``), it was
round twenty-seven's headline. Round twenty-eight (a time dating the clauses joined to it,
TE3's doubled-year datelines read, places of the subject's own phrase, of `here` and of a
purpose's host event) and the thirteenth session's statements changes and past perfect were
followed by a sixty-sixth (``SEED_66``, disjoint from the three), which gave 39 events, so no
sixty-seventh was drawn then; reviewed untuned (``POOLED_UNTUNED_28``), it was round
twenty-eight's headline. Round twenty-nine (story-level times and places, arguments,
statements) was followed by a sixty-seventh (``SEED_67``, disjoint from the four), which gave
33 events; reviewed untuned (``POOLED_UNTUNED_29``), it was round twenty-nine's headline. Round
thirty (places, times, arguments, statements, built without seeing the sixty-seventh) was
followed by a sixty-eighth (``SEED_68``, disjoint from the five), which gave 33 events; reviewed
untuned (``POOLED_UNTUNED_30``), it is the headline, with ``ALL_UNTUNED``.
Run: ``python eval/wire_events_sample.py`` (writes ``eval/results/wire_events_sample.md``);
an event without a verdict is listed as unreviewed, so a change in output shows up.
"""

from __future__ import annotations

import collections
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

import newsfacts

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "wire_samples" / "wire_samples.jsonl"
# AFP (1997) and Xinhua (2005-06) stories of the TempEval-3 silver set, never used for tuning
GIGAWORD = CORPUS.with_name("te3_silver_gigaword.jsonl")
GIGAWORD_AGENCIES = {"AFP": "AFP", "XIN": "Xinhua"}
OUT = ROOT / "eval" / "results" / "wire_events_sample.md"
STORIES = 30
LEAD_CHARS = 1200
SEED = 20261124  # the held-out sample's order
SEED_3 = 7  # the third sample's order
SEED_4 = 11  # the fourth sample's order (drawn after the clause mechanism of issue 7)
SEED_5 = 13  # the fifth sample's order (drawn after the fixes from the fourth)
SEED_6 = 17  # the sixth sample's order (drawn after the pooled-analysis mechanisms)
SEED_7 = 19  # the seventh (the sixth gave fewer than 15 events)
SEED_8 = 23  # the eighth (drawn after round three's mechanisms)
SEED_9 = 29  # the ninth (the eighth gave fewer than 20 events)
SEED_10 = 31  # the tenth (drawn after round four's precision-first mechanisms)
SEED_11 = 37  # the eleventh (drawn after round five's time/place scoping and episodes)
SEED_12 = 41  # the twelfth (the eleventh gave fewer than 20 events)
SEED_13 = 43  # the thirteenth (drawn on round five's final code, after the fixes from 11/12)
SEED_14 = 47  # the fourteenth (drawn after round six's argument and sense mechanisms)
SEED_15 = 53  # the fifteenth (drawn after round seven's noun-phrase, pronoun, sense mechanisms)
SEED_16 = 59  # the sixteenth (drawn after round eight's incident model)
SEED_17 = 61  # the seventeenth, if the sixteenth gives fewer than 15 events
SEED_18 = 67  # the eighteenth (drawn after round nine's purpose, group and sense mechanisms)
SEED_19 = 71  # the nineteenth, as the eighteenth gave fewer than 15 events
SEED_20 = 73  # the twentieth (drawn after round ten's mechanisms)
SEED_21 = 79  # the twenty-first, as the twentieth gave fewer than 15 events
SEED_22 = 83  # the twenty-second (drawn after round eleven's mechanisms)
SEED_23 = 89  # the twenty-third, as the twenty-second gave fewer than 15 events
SEED_24 = 97  # the twenty-fourth (drawn after round twelve's mechanisms)
SEED_25 = 101  # the twenty-fifth, as the pool had fewer than 20 events
SEED_26 = 103  # the twenty-sixth, as the pool had fewer than 20 events
SEED_27 = 107  # the twenty-seventh, as the pool had fewer than 20 events
SEED_28 = 109  # the twenty-eighth (drawn after round thirteen's mechanisms)
SEED_29 = 113  # the twenty-ninth, as the pool had fewer than 20 events
SEED_30 = 127  # the thirtieth, as the pool had fewer than 20 events
SEED_31 = 131  # the thirty-first, as the pool had fewer than 20 events
SEED_32 = 137  # the thirty-second (drawn after round fourteen's mechanisms)
SEED_33 = 139  # the thirty-third, as the pool had fewer than 20 events
SEED_34 = 149  # the thirty-fourth, as the pool had fewer than 20 events
SEED_35 = 151  # the thirty-fifth, as the pool had fewer than 20 events
SEED_36 = 157  # the thirty-sixth (drawn after round fifteen's mechanisms)
SEED_37 = 163  # the thirty-seventh, as the pool had fewer than 20 events
SEED_38 = 167  # the thirty-eighth, as the pool had fewer than 20 events
SEED_39 = 173  # the thirty-ninth (drawn after round fifteen, read after round sixteen)
SEED_40 = 179  # the fortieth, as the pool had fewer than 20 events
SEED_41 = 181  # the forty-first (drawn after round fifteen, read after round seventeen)
SEED_42 = 191  # the forty-second, as the pool had fewer than 20 events
SEED_43 = 193  # the forty-third, as the pool had fewer than 20 events
SEED_44 = 197  # the forty-fourth (drawn after round eighteen's mechanisms)
SEED_45 = 199  # the forty-fifth, as the pool had fewer than 20 events
SEED_46 = 211  # the forty-sixth, as the pool had fewer than 20 events
SEED_47 = 223  # the forty-seventh (drawn after round nineteen's mechanisms)
SEED_48 = 227  # the forty-eighth, as the pool had fewer than 20 events
SEED_49 = 229  # the forty-ninth, as the pool had fewer than 20 events
SEED_50 = 233  # the fiftieth (drawn after round twenty's mechanisms)
SEED_51 = 239  # the fifty-first, as the pool had fewer than 20 events
SEED_52 = 241  # the fifty-second (drawn after round twenty-one's mechanisms)
SEED_53 = 251  # the fifty-third, as the pool had fewer than 20 events
SEED_54 = 257  # the fifty-fourth, as the pool still had fewer than 20 events
SEED_55 = 263  # the fifty-fifth (drawn after round twenty-two's mechanisms)
SEED_56 = 269  # the fifty-sixth, as the pool had fewer than 20 events
SEED_57 = 271  # the fifty-seventh, as the pool still had fewer than 20 events
SEED_58 = 277  # the fifty-eighth (drawn after round twenty-three's mechanisms)
SEED_59 = 281  # the fifty-ninth, as the pool had fewer than 20 events
SEED_60 = 283  # the sixtieth (drawn after round twenty-four's mechanisms)
SEED_61 = 293  # the sixty-first, as the pool had fewer than 20 events
# the sixty-second (drawn after round twenty-five's mechanisms); it holds the last 16 labelled
# stories, so the labelled draws after it are empty
SEED_62 = 307
SEED_63 = 311  # the sixty-third: TE3 silver AFP and Xinhua stories (the labelled ones ran out)
SEED_64 = 313  # the sixty-fourth: TE3 silver, disjoint from the sixty-third (after round 26)
SEED_65 = 317  # the sixty-fifth: TE3 silver, disjoint from both (after round 27)
SEED_66 = 331  # the sixty-sixth: TE3 silver, disjoint from all three (after round 28)
SEED_67 = 337  # the sixty-seventh: TE3 silver, disjoint from all four (after round 29)
SEED_68 = 347  # the sixty-eighth: TE3 silver, disjoint from all five (after round 30)

# (story id, trigger text, n-th such trigger in the story) -> "ok" or the error found.
VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-652", "reported a 19 percent rise in fiscal second-quarter earnings", 0): "ok "
    "(tuned, round thirteen: found; untuned: missed)",
    ("fundus-us-APNews-V1", "raised interest rates", 0): "ok (tuned, round eighteen: Mexico, "
    "the bank's country, now given)",
    ("tass-1", "announced", 0): "ok",
    ("tbaq-XIE19980808.0031", "killed", 0): "time missing: `earlier in the day` is not read",
    ("tbaq-XIE19980808.0031", "injured", 0): "time missing: `earlier in the day` is not read",
    ("tbaq-XIE19980808.0031", "were injured", 0): "ok",
    ("tbaq-XIE19980808.0031", "were killed", 0): "ok",
    ("superdesk-aap-finance.xml", "announced the sale", 0): "ok",
    ("superdesk-aap-finance.xml", "sold", 0): "ok",
    ("superdesk-scoop.xml", "appointed", 0): "ok",
    ("superdesk-scoop.xml", "sell", 0): "ok",
    ("superdesk-scoop.xml", "resigned", 0): "ok",
    ("superdesk-scoop.xml", "sell", 1): "agent (the receivers) and patient (`it`) missing",
    ("superdesk-IPTC7901.txt", "launched coalition talks", 0): "ok (`last month`: the story "
    "gives no date; no place, the story names none: round twenty-three keeps the dateline's "
    "place to the first sentence and officials' acts)",
    ("superdesk-IPTC7901.txt", "sworn in", 0): "ok",
    ("agnews-test-11", "propose", 0): "ok",
    ("agnews-test-33", "died", 0): "place missing: Vancouver (`the city's chief constable`; "
    "round twenty-three gives the dateline's place to no death in a relative clause)",
    ("agnews-test-33", "demanded", 0): "ok",
    ("agnews-test-33", "resign", 0): "ok",
    ("agnews-test-61", "announced", 0): "ok (`on Monday`: the story gives no date)",
    ("agnews-test-567", "agreed", 0): "ok (tuned, round ten: the topic `participate in peace "
    "talks ...` now found past `Wednesday`, running on into its adjunct `after coming under "
    "pressure ...`; untuned: ok, no topic)",
    ("agnews-test-567", "peace talks", 0): "ok",
    ("agnews-test-920", "were killed", 0): "ok",
    ("agnews-test-920", "exploded", 0): "ok",
    ("agnews-test-1167", "agreed to", 0): "ok (tuned, round seventeen: the purpose, `to settle "
    "all lawsuits ...`, no longer in the topic)",
    ("agnews-test-3195", "ratify", 0): "ok",
}

# Statements reviewed: (story id, cue, n-th such cue in the story) -> "ok" or the error.
STATEMENT_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-3365", "reported", 0): "ok (tuned: found since the statements' eighth "
    "session: the newspaper's report, the fronted sentence whole)",
    ("fundus-us-APNews-V1", "said", 0): "ok",
    ("fundus-us-APNews-V1", "said", 1): "ok",
    ("fundus-us-Reuters-V1", "said", 0): "ok",
    ("fundus-us-Reuters-V1", "said", 1): "ok",
    ("fundus-us-Reuters-V1", "said", 2): "ok",
    ("fundus-us-Reuters-V1", "said", 3): "ok",
    ("fundus-us-Reuters-V1", "disputed", 0): "ok",
    ("tbaq-XIE19980808.0031", "deplored", 0): "ok",
    ("fundus-us-Reuters-V1", "say", 0): "a question inside an unclosed quote; `the company` "
    "linked to the wrong organization",
    ("tass-1", "told", 0): "ok",
    ("tass-1", "according to", 0): "ok",
    ("tass-1", "announced", 0): "ok",
    ("tass-1", "said", 0): "ok",
    ("tbaq-XIE19980808.0031", "said", 0): "ok",
    ("tbaq-XIE19980808.0031", "described", 0): "ok",
    ("tass-1", "statements", 0): "ok (heading)",
    ("tass-1", "statements", 1): "ok (heading)",
    ("tass-1", "statements", 2): "ok (heading)",
    ("tass-1", "statements", 3): "ok (heading)",
    ("agnews-test-11", "said", 0): "ok",
    ("tbaq-XIE19980808.0031", "said", 1): "ok",
    ("tbaq-XIE19980808.0031", "said", 2): "ok (tuned: the twelfth session's statements "
    "changes; untuned: missed)",
    ("superdesk-aap-finance.xml", "said", 0): "ok",
    ("superdesk-scoop.xml", "said", 0): "speaker list cut: James Stewart missing",
    ("superdesk-scoop.xml", "said", 1): "ok (they -> the speakers before)",
    ("superdesk-IPTC7901.txt", "warned", 0): "ok",
    ("superdesk-IPTC7901.txt", "told", 0): "ok",
    ("superdesk-IPTC7901.txt", "told", 1): "ok",
    ("agnews-test-51", "said", 0): "ok",
    ("agnews-test-94", "according to", 0): "ok",
    ("agnews-test-103", "said", 0): "ok",
    ("agnews-test-202", "according to", 0): "ok (after the dateline stage's `AUGUST 18, 2004 "
    "(IDG NEWS SERVICE) -` fix; before: content includes a dateline the dateline stage "
    "did not read)",
    ("agnews-test-1167", "said", 0): "ok",
    ("agnews-test-1314", "stressed", 0): "ok",
    ("agnews-test-1314", "saying", 0): "ok",
    ("agnews-test-1650", "confirmed", 0): "ok",
    ("agnews-test-3195", "told", 0): "ok",
    ("agnews-test-3630", "says", 0): "ok",
    ("agnews-test-3630", "according to", 0): "a quoted phrase inside reported speech given to "
    "`correspondence` instead of the laureate",
}

# Statements the text makes that newsfacts missed, found by reading each lead.
MISSED_STATEMENTS: dict[str, str] = {}

# The held-out sample: the same three tables, written on the untuned output.
HELD_OUT_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-6689", "resigned", 0): "ok (`on Tuesday`: the story gives no date)",
    ("agnews-test-6869", "fell", 0): "ok",
    ("agnews-test-6869", "buy", 0): "`from buy` is a stock rating, not a purchase",
    ("agnews-test-1112", "lowered its stock price", 0): "a price target lowered, not a price; "
    "trigger cut before `target`",
    ("fundus-us-Reuters-V1_1", "killed", 0): "ok",
    ("fundus-us-Reuters-V1_1", "opened fire", 0): "ok",
    ("fundus-us-Reuters-V1_1", "killed", 1): "ok",
    ("fundus-us-Reuters-V1_1", "killed", 2): "ok",
    ("fundus-us-Reuters-V1_1", "wounded", 0): "ok",
    ("tbaq-XIE19990313.0031", "signed", 0): "agent list cut (Geremek, in `the three foreign "
    "ministers of Bronislaw Geremek of Poland, ...`, missing)",
    ("tbaq-APW19990607.0041", "indicted", 0): "ok (issue 7: a participle after a comma; "
    "the bombings' place is not the indictment's)",
    ("tbaq-APW19990607.0041", "killed", 0): "ok",
    (
        "tbaq-APW19990607.0041",
        "announced",
        0,
    ): "patient wrong: `top of a $500,000 reward` (tuned, round "
    "twenty-two: the amount's determiner now read with the phrase `on top of`; before: `$500,000 "
    "reward`, ok)",
    ("agnews-test-2598", "tumbled", 0): "ok (`Monday`: the story gives no date)",
    ("superdesk-tag_reuters.com_2014_newsml_KBN0FL0ZP_version_2", "was sworn in", 0): "ok (`on "
    "Wednesday`: the story gives no date)",
    ("superdesk-tag_reuters.com_2014_newsml_KBN0FL0ZP_version_2", "protests against", 0): "ok",
    ("superdesk-tag_reuters.com_2014_newsml_KBN0FL0ZP_version_2", "killed", 0): "ok",
    ("tbaq-XIE19980808.0049", "killed", 0): "ok",
    ("tbaq-XIE19980808.0049", "injured", 0): "`the number injured topped 2,200`: a participle, "
    "not an event with these arguments",
    ("tbaq-XIE19980808.0049", "were killed", 0): "ok",
    ("agnews-test-2863", "acquired", 0): "ok",
}
HELD_OUT_STATEMENT_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-2364", "said", 0): "ok",
    ("agnews-test-4704", "told", 0): "ok",
    ("superdesk-IPTC7901_odd_charset.txt", "said", 0): "ok",
    ("superdesk-IPTC7901_odd_charset.txt", "told", 0): "ok",
    ("superdesk-IPTC7901_odd_charset.txt", "said", 1): "ok",
    ("superdesk-IPTC7901_odd_charset.txt", "told", 1): "ok",
    ("superdesk-IPTC7901_odd_charset.txt", "told", 2): "ok",
    ("superdesk-IPTC7901_odd_charset.txt", "said", 2): "ok",
    ("fundus-us-Reuters-V1_1", "according to", 0): "ok (after the dateline stage's "
    "several-places fix; before: content includes the dateline, `BEIRUT/THE HAGUE`)",
    ("fundus-us-Reuters-V1_1", "revealed", 0): "ok",
    ("fundus-us-Reuters-V1_1", "found", 0): "ok",
    ("agnews-test-2598", "disclosed", 0): "ok (`the company`; the participants stage names it "
    "`Shares of Tommy Hilfiger Corp.`)",
    ("tbaq-XIE19980808.0049", "vowed", 0): "ok",
    ("tbaq-XIE19990313.0031", "saying", 0): "ok",
    ("tbaq-XIE19990313.0031", "said", 0): "ok",
    ("tbaq-XIE19990313.0031", "said", 1): "ok",
    ("tbaq-XIE19990313.0031", "said", 2): "ok",
    ("tbaq-APW19990607.0041", "said", 0): "ok",
    ("agnews-test-6206", "said", 0): "ok",
    ("tass-9", "said", 0): "ok",
    ("tass-9", "said", 1): "ok",
    ("tass-9", "added", 0): "ok",
    ("agnews-test-7205", "said", 0): "ok (speaker `Babcock & Brown Ltd.`; the participants "
    "stage names it `Brown Ltd.`)",
    ("superdesk-tag_reuters.com_2014_newsml_KBN0FL0ZP_version_2", "said", 0): "ok (the "
    "participants stage names him `Bashar`)",
    ("superdesk-tag_reuters.com_2014_newsml_KBN0FL0ZP_version_2", "states", 0): "the noun "
    "`states` read as a cue",
    ("superdesk-tag_reuters.com_2014_newsml_KBN0FL0ZP_version_2", "told", 0): "ok",
    ("superdesk-tag_reuters.com_2014_newsml_KBN0FL0ZP_version_2", "states", 1): "the noun "
    "`states` read as a cue",
    ("tbaq-XIE19980808.0049", "said", 0): "ok",
    ("tbaq-XIE19980808.0049", "said", 1): "ok (`the president`; the participants stage names "
    "him `Bill Clinton Saturday`)",
}
HELD_OUT_MISSED: dict[str, str] = {
    "agnews-test-6689": "`after admitting that his shaky job status was a distraction` (cue "
    "`admitting`, speaker Butch Davis)",
}
# The held-out figures on the code before any change made for that sample (commit 3b3ac6a).
HELD_OUT_UNTUNED = (
    "events fully right 0.33 (7/21), statements right 19/24, 0 without a speaker, "
    "5 stories with missed speech"
)

# The third sample (seed ``SEED_3``, disjoint from both): verdicts on the code at commit
# 19ba819, before any change made for it.
THIRD_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-7531", "rose", 0): "ok (tuned, round twelve: a market `average` moves as a "
    "price; untuned: missed; `on Friday`: the story gives no date)",
    ("superdesk-tag_reuters.com_2014_newsml_KBN0FL0NN_version_5", "was sworn in", 0): "ok (`on "
    "Wednesday`: the story gives no date)",
    ("superdesk-tag_reuters.com_2014_newsml_KBN0FL0NN_version_5", "launches", 0): "`launches his "
    "seven-year term` is not a product launch",
    ("agnews-test-5425", "announced", 0): "ok (issue 7: the spaced possessive is read)",
    ("agnews-test-5425", "tour", 0): "the noun `tour` (a cricket tour) read as a visit; agent `s`",
    ("tbaq-XIE19980821.0077", "flew to", 0): "time missing (right after the Friday press "
    "conference)",
    ("agnews-test-5057", "sells", 0): "ok (tuned, round seven: an `of`-complement belongs to "
    "the phrase; untuned: patient cut, `... of prominent software products`)",
    ("tass-13", "pay an official visit to", 0): "ok",
    ("tass-13", "pay a visit to", 0): "ok",
    ("tass-13", "visited", 0): "ok",
    ("tass-13", "discussed", 0): "time and place (Kazan, October 2024, given two sentences "
    "before) missing",
    ("agnews-test-70", "arrested", 0): "place missing (the dateline, Langley, is read)",
    ("superdesk-tag_reuters.com,0000_newsml_L4N1FL0N0_1132689232", "rose", 0): "ok (`Gold rose on "
    "Tuesday`: found in round five, `Gold` no longer read as a place; the story gives no year)",
    ("superdesk-tag_reuters.com,0000_newsml_L4N1FL0N0_1132689232", "rose", 1): "ok (`Spot gold`; "
    "the `Gold Coast rose` misreading before it is dropped, issue 7: a place's price is no price "
    "change)",
    ("superdesk-tag_reuters.com,0000_newsml_L4N1FL0N0_1132689232", "edged up", 0): "ok",
    ("superdesk-tag_reuters.com,0000_newsml_L4N1FL0N0_1132689232", "travel to", 0): "`curbs on "
    "travel to`: a noun, not a visit",
    ("superdesk-tag_reuters.com,0000_newsml_L4N1FL0N0_1132689232", "suggests", 0): "`this "
    "suggests`: an inference, not a proposal",
    ("tbaq-XIE19980814.0294", "were killed", 0): "place is an event (`the Kenya embassy "
    "bombing`), not a place; now none (place and time of the bombing missing)",
    ("tbaq-XIE19980814.0294", "met with", 0): "ok (round nineteen: the topic `the situation`, "
    "what they met to assess; `following the twin bombings` dates it)",
    ("tbaq-APW20000115.0209", "urged", 0): "ok (issue 7: the addressee is a counterpart)",
    ("tbaq-APW20000115.0209", "held such rallies", 0): "ok (issue 7: no adverb as topic)",
    ("tbaq-APW20000115.0209", "signs", 0): "the noun `signs` read as a signing",
    ("agnews-test-1306", "job cuts", 0): "ok (headline; no employer named)",
    ("tass-17", "killed", 0): "place wrong: Donetsk, the dateline (tuned, round twenty-two), "
    "for the regions named after the cause; before: the cause (`Ukrainian strikes`), then none",
    ("tass-17", "wounded", 0): "place wrong: Donetsk, the dateline (tuned, round twenty-two), "
    "for the regions named after the cause; before: missing",
    ("tass-17", "killed", 1): "ok (tuned, round five: a `since` start dates nothing; before: "
    "`since the end of last year` read as all of last year)",
    ("tass-17", "wounded", 1): "ok (tuned, round five: a `since` start dates nothing; before: "
    "`since the end of last year` read as all of last year)",
    ("agnews-test-318", "buy", 0): "ok (tuned, round five: `in China` inside a relative "
    "clause is no place; before: `China`, where the bought company operates)",
    ("agnews-test-7426", "opened", 0): "`shares opened higher` is a price move, not a launch",
}
THIRD_STATEMENT_VERDICTS: dict[tuple[str, str, int], str] = {
    ("superdesk-tag_reuters.com_2014_newsml_KBN0FL0NN_version_5", "said", 0): "ok",
    ("superdesk-tag_reuters.com_2014_newsml_KBN0FL0NN_version_5", "say", 0): "speaker is `Those "
    "close to Damascus`, not Damascus",
    ("superdesk-tag_reuters.com_2014_newsml_KBN0FL0NN_version_5", "described", 0): "`rebels he "
    "described as terrorists` is not reported speech",
    ("tbaq-XIE19980821.0077", "said", 0): "ok",
    ("tbaq-XIE19980821.0077", "said", 1): "ok",
    ("tbaq-XIE19980821.0077", "said", 2): "ok",
    ("tbaq-XIE19980821.0077", "said", 3): "ok",
    ("tbaq-XIE19980821.0077", "said", 4): "ok",
    ("tbaq-XIE19980821.0077", "said", 5): "ok",
    ("tbaq-APW19990507.0207", "said", 0): "ok",
    ("tass-13", "stated", 0): "ok (tuned: an adjunct after the cue is no content)",
    ("tass-13", "said", 0): "ok",
    ("tass-13", "recalled", 0): "ok",
    ("tass-13", "noted", 0): "ok",
    ("agnews-test-3130", "said", 0): "ok",
    ("agnews-test-5424", "said", 0): "ok",
    ("superdesk-tag_reuters.com,0000_newsml_L4N1FL0N0_1132689232", "suggests", 0): "`this "
    "suggests` is not reported speech",
    ("agnews-test-4006", "said", 0): "ok",
    ("agnews-test-6105", "said", 0): "ok",
    ("tbaq-XIE19980814.0294", "vowed", 0): "ok (tuned: `and vowed` shares the sentence's "
    "subject; the participants stage names him `Bill Clinton Thursday`)",
    ("tbaq-XIE19980814.0294", "condemned", 0): "ok (the participants stage names him "
    "`Bill Clinton Thursday`)",
    ("tbaq-XIE19980814.0294", "said", 0): "ok",
    ("tbaq-XIE19980814.0294", "said", 1): "ok",
    ("tbaq-XIE19980814.0294", "said", 2): "ok",
    ("tbaq-XIE19980814.0294", "said", 3): "ok",
    ("tbaq-APW20000115.0209", "said", 0): "ok",
    ("agnews-test-1306", "according to", 0): "content includes the dateline after a headline "
    "(`NEW YORK (CNN/Money)`)",
    ("tass-17", "told", 0): "ok",
    ("tass-17", "said", 0): "ok",
    ("tass-17", "according to", 0): "ok",
    ("tass-17", "said", 1): "ok",
    ("agnews-test-318", "said", 0): "ok",
}
THIRD_MISSED: dict[str, str] = {}
# The third sample's figures on the code before any change made for it (commit 19ba819).
THIRD_UNTUNED = (
    "events fully right 0.29 (8/28), statements right 26/31, 0 without a speaker, "
    "0 stories with missed speech"
)

# The fourth sample (seed ``SEED_4``, disjoint from the three): drawn only after the clause
# analysis and abstention of issue 7 were done, and reviewed on that code (commit 7fe3d89)
# before any change made for it.
FOURTH_VERDICTS: dict[tuple[str, str, int], str] = {
    ("tbaq-XIE19990210.0079", "ratified", 0): "ok (tuned: no dateline place for an event of "
    "another day)",
    ("agnews-test-2837", "announced", 0): "ok (tuned: the planned action as topic; `Thursday`: the "
    "story gives no date)",
    ("tbaq-XIE19980812.0062", "killed", 0): "ok (no time in its sentence)",
    ("tbaq-XIE19980812.0062", "wounded", 0): "ok (no time in its sentence)",
    ("tbaq-XIE19980812.0062", "arrested", 0): "ok (the story gives no place)",
    ("tass-12", "BRICS Media Summit", 0): "ok (tuned: `organized by` gives the organizer; Moscow "
    "is named in a later paragraph)",
    ("tass-12", "BRICS Media Summit", 1): "organizer (TASS, after `was held in Moscow,`) missing",
    ("tass-12", "BRICS Media Dialogue", 0): "place (Kazan Federal University) missing",
    ("agnews-test-1562", "announced", 0): "ok",
    ("agnews-test-1642", "announce", 0): "ok (after the dateline stage reads the header date: "
    "`tomorrow`, Sept. 14, 2004; before: time missing)",
}
FOURTH_STATEMENT_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-965", "said", 0): "ok",
    ("tbaq-XIE19990210.0079", "said", 0): "ok",
    ("tbaq-XIE19990210.0079", "said", 1): "ok",
    ("tbaq-XIE19990210.0079", "added", 0): "ok (`He`: the official)",
    ("tbaq-XIE19990210.0079", "added", 1): "ok",
    ("tass-2", "told", 0): "ok",
    ("tass-2", "said", 0): "ok",
    ("tass-2", "remarked", 0): "ok",
    ("agnews-test-883", "say", 0): "ok",
    ("superdesk-ap_anpa-1.tst", "said", 0): "ok",
    ("superdesk-ap_anpa-1.tst", "said", 1): "ok",
    ("tbaq-XIE19980812.0062", "said", 0): "ok",
    ("tbaq-XIE19980812.0062", "told", 0): "ok",
    ("tbaq-XIE19980812.0062", "said", 1): "ok",
    ("tbaq-XIE19980812.0062", "said", 2): "ok",
    ("agnews-test-5506", "said", 0): "ok",
    ("tass-12", "said", 0): "ok (tuned: an adjunct after the cue is no content)",
    ("tass-12", "said", 1): "ok",
    ("tass-12", "said", 2): "ok (a partial quote of Lavrov's, after his paragraph)",
    ("tass-12", "added", 0): "ok",
    ("agnews-test-1562", "announced", 0): "ok",
    ("agnews-test-599", "said", 0): "ok (tuned: the speaker of `and said` opens the sentence)",
    ("agnews-test-2272", "say", 0): "ok (tuned: a leading conjunction is no part of the speaker)",
    ("tbaq-APW20000417.0031", "said", 0): "ok (`He`: Juan Miguel Gonzalez)",
    ("tbaq-APW20000417.0031", "said", 1): "ok",
}
FOURTH_MISSED: dict[str, str] = {}
# The fifth sample (seed ``SEED_5``, disjoint from the four): a second untuned measure, drawn
# after the fixes from the fourth and reviewed on that code (commit d5cf8ca) before any
# change made for it.
FIFTH_VERDICTS: dict[tuple[str, str, int], str] = {
    ("tass-20", "discuss", 0): "agent: `We` is Russia, not Lavrov (tuned, issue 7 "
    "coordination: the list of eight counterparts is whole)",
    ("tass-20", "agreed", 0): "ok (tuned: `yet to be` marks it future; the framework as patient)",
    ("tbaq-XIE19980808.0060", "died", 0): "ok (tuned, issue 7: the `since` clause of the cause "
    "gives time and place)",
    ("tbaq-XIE19980808.0060", "injured", 0): "ok (tuned, issue 7: the `since` clause of the cause "
    "gives the time)",
    ("tbaq-XIE19980808.0060", "were also killed", 0): "ok (round three: the trigger holds "
    "its focus adverb)",
    ("tbaq-XIE19980808.0060", "injured", 1): "ok",
    ("agnews-test-176", "arrived in", 0): "immigrants arriving to settle: no visit",
    ("agnews-test-7378", "gained", 0): "place (`on the Hong Kong stock exchange`) missing",
    ("agnews-test-5950", "announced the sale", 0): "ok (tuned, issue 7: `and its arena` closes "
    "the object)",
    ("agnews-test-505", "sanctions on", 0): "ok (tuned: a noun trigger takes no subject; no "
    "imposer named)",
    ("tbaq-XIE19990227.0171", "signed", 0): "ok (tuned: a description is named by its head before "
    "`of`)",
    ("tbaq-XIE19990227.0171", "signed", 1): "ok (tuned, issue 7: `in their presidential "
    "palaces`, a place of its own, keeps the dateline (Warsaw) away; Havel signed in Prague)",
    ("tbaq-XIE19990227.0171", "signed", 2): "ok",
    ("tbaq-XIE19990227.0171", "travel to", 0): "ok",
    ("tbaq-XIE19990227.0171", "visit", 0): "ok (new, issue 7: `invited X to visit`, the "
    "object of a control verb is the visitor; planned)",
    ("agnews-test-6983", "declined", 0): "ok (`Wednesday`: the story gives no date)",
    ("agnews-test-5661", "killed", 0): "ok (tuned, issue 7: the place of the `when` clause)",
    ("tbaq-XIE19980808.0188", "exploded", 0): "ok",
    ("tbaq-XIE19980808.0188", "were killed", 0): "ok",
    ("tbaq-XIE19980808.0188", "were wounded", 0): "ok (tuned, round five: Nairobi from the "
    "clause it is conjoined with, Friday from the blasts before; before: place missing)",
    ("tbaq-XIE19980808.0188", "killing", 0): "ok (new, round ten: the casualties a participle "
    "tells, with the blasts' agent, Friday and places)",
    ("tbaq-XIE19980808.0188", "injuring", 0): "ok (new, round ten: likewise)",
}
FIFTH_STATEMENT_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-176", "reported", 0): "ok (since the participants stage names `Statistics "
    "Canada`; before: linked to the participant `Canada`; round three: `reported` is a cue; "
    "untuned: missed)",
    ("agnews-test-5606", "said", 0): "ok",
    ("agnews-test-5606", "claims", 0): "`investigating claims that`: a noun, speaker "
    "`investigating`",
    ("tass-20", "stated", 0): "ok",
    ("tass-20", "said", 0): "ok",
    ("tass-20", "added", 0): "ok",
    ("tass-20", "said", 1): "ok",
    ("tass-20", "pointed out", 0): "ok",
    ("tass-20", "pointed out", 1): "ok",
    ("tbaq-XIE19980808.0060", "condemned", 0): "ok",
    ("tbaq-XIE19980808.0060", "condemned", 1): "ok",
    ("agnews-test-2593", "said", 0): "ok",
    ("superdesk-ap_anpa-4.tst", "argued", 0): "`officials heatedly argued over custody`: no "
    "content; speaker includes `heatedly`",
    ("agnews-test-7378", "said", 0): "ok (tuned: `there` opens the content)",
    ("agnews-test-956", "said", 0): "ok",
    ("agnews-test-4024", "said", 0): "content is what follows the cue (`last weekeven as ...`), "
    "not the clause before",
    ("agnews-test-505", "said", 0): "ok",
    ("tass-7", "said", 0): "ok (tuned: a participle after the cue is no content)",
    ("tass-7", "said", 1): "ok (tuned: `the head of state` is the speaker before)",
    ("tass-7", "noted", 0): "ok",
    ("tass-7", "recalled", 0): "ok",
    ("tass-7", "said", 2): "ok",
    ("tbaq-APW19980811.0474", "condemned", 0): "ok",
    ("tbaq-APW19980811.0474", "said", 0): "ok",
    ("tbaq-APW19980811.0474", "said", 1): "ok",
    ("agnews-test-1276", "said", 0): "ok",
    ("tass-10", "said", 0): "ok",
    ("tass-10", "pointed out", 0): "ok",
    ("tass-10", "said", 1): "ok (tuned: `the statement` is the speaker before)",
    ("tass-10", "recalled", 0): "ok",
    ("tass-10", "noted", 0): "ok (tuned: `it` is the speaker before)",
    ("tbaq-XIE19980808.0188", "condemned", 0): "ok",
    ("tbaq-XIE19980808.0188", "said", 0): "ok",
}
FIFTH_MISSED: dict[str, str] = {
    "agnews-test-2602": "`Betrusted Holdings Inc. ... and TruSecure Corp. ... last week said "
    "they 're merging`",
    # agnews-test-176 (`..., Statistics Canada reported Wednesday`): found since round three
}
# The sixth sample (seed ``SEED_6``, disjoint from the five): drawn only after the issue 7
# mechanisms of the pooled error analysis were done (commit a9cff8a) and reviewed on that
# code before any change made for it. It gave 11 events (fewer than 15), so a seventh
# (``SEED_7``) was drawn and reviewed on the same code before any fix; the two untuned
# readings are pooled into the headline.
SIXTH_VERDICTS: dict[tuple[str, str, int], str] = {
    ("tbaq-APW19981205.0374", "NATO summit", 0): "ok (future, April 1999; the text names no place)",
    ("agnews-test-5581", "approved", 0): "ok (the story gives no date)",
    # tbaq-XIE19990313.0229 `signed`: untuned, agent list cut (Geremek, in `the three foreign
    # ministers of Bronislaw Geremek of Poland, ...`, missing); since round three the list is
    # read whole, names no participant as one phrase and is too long: abstained (no event)
    ("agnews-test-4604", "cutting 4,600 jobs", 0): "ok (tuned: `is cutting` is a progressive, "
    "no passive; untuned: the employer given as patient)",
    ("tbaq-APW20000405.0276", "declared", 0): "ok",
    ("tbaq-APW20000405.0276", "announced", 0): "ok (tuned: `in Washington that` gives the "
    "place, then the content; untuned: the place read into the topic)",
    ("agnews-test-660", "arrested", 0): "ok (`since June 1`: a period, no date)",
    ("tbaq-XIE19990313.0173", "issued a joint statement", 0): "ok",
    ("tass-11", "introduced", 0): "`a state of emergency has been introduced`: no product "
    "launch; agent `the tankers accident`",
    ("tass-11", "propose", 0): "ok (tuned: `I` in a quote is its speaker, a gerund object "
    "opens a clause; untuned: agent `I`, topic cut to `classifying`)",
    ("tbaq-APW19980826.0389", "met", 0): "place missing (Nairobi: the lead has them meeting "
    "there; in reported speech the dateline is not taken)",
}
SIXTH_STATEMENT_VERDICTS: dict[tuple[str, str, int], str] = {
    ("tbaq-APW20000405.0276", "announced", 0): "ok (round five: a phrase before `that` is no "
    "content; missed before)",
    ("tbaq-APW19981205.0374", "said", 0): "ok",
    ("tbaq-APW19981205.0374", "said", 1): "ok",
    ("tbaq-APW19981205.0374", "saying", 0): "ok (round three: `, saying` with no statement "
    "before takes the sentence's subject; untuned: missed)",
    ("agnews-test-907", "said", 0): "ok (the participants stage names it `Petroleum & "
    "Chemical Corp.`)",
    ("agnews-test-7536", "said", 0): "ok",
    # agnews-test-462: `added another medal` was read as speech untuned; no statement since
    # round three (`added` with a determiner after it takes a thing as its object)
    ("agnews-test-5581", "said", 0): "ok",
    ("tbaq-XIE19990313.0229", "said", 0): "ok",
    ("tbaq-XIE19990313.0229", "said", 1): "ok",
    ("tbaq-XIE19990313.0229", "saying", 0): "ok",
    ("tbaq-XIE19990313.0229", "said", 2): "ok",
    ("agnews-test-4604", "said", 0): "ok",
    ("tass-5", "told", 0): "ok",
    ("tass-5", "told", 1): "ok (Putin's words quoted after `Putin`; the cue is the paragraph "
    "before's)",
    ("tass-5", "explained", 0): "ok",
    ("tass-5", "remarked", 0): "ok",
    ("tass-5", "stated", 0): "ok",
    ("tbaq-APW20000405.0276", "declared", 0): "ok",
    ("tbaq-APW20000405.0276", "told", 0): "ok (tuned, round three: the quote and `more or "
    "less` before the speaker, a `''` kept inside; untuned: content is the listeners "
    "`hundreds of university students ...`)",
    ("tbaq-APW20000405.0276", "said", 0): "ok",
    ("tbaq-APW20000405.0276", "said", 1): "ok",
    ("tbaq-APW20000405.0276", "said", 2): "ok (session five: the stray mark stripped; before: "
    "a stray quote mark opens the content)",
    ("tbaq-APW20000405.0276", "said", 3): "ok",
    ("agnews-test-660", "said", 0): "ok",
    ("agnews-test-1280", "said", 0): "ok",
    ("agnews-test-2128", "according to", 0): "ok",
    ("tbaq-XIE19990313.0173", "said", 0): "ok",
    ("tbaq-XIE19990313.0173", "said", 1): "ok",
    ("tbaq-XIE19990313.0173", "described", 0): "ok",
    ("tass-11", "told", 0): "ok",
    ("tass-11", "stated", 0): "ok",
    ("tass-11", "noted", 0): "ok",
    ("tass-11", "according to", 0): "ok",
    ("tass-11", "reported", 0): "ok (round three: `reported` is a cue; untuned: missed)",
    ("tass-11", "added", 0): "ok",
    ("tbaq-APW19980826.0389", "told", 0): "ok",
    ("tbaq-APW19980826.0389", "said", 0): "ok",
    ("tbaq-APW19980826.0389", "said", 1): "speaker is the embassy, not `Cooperative Bank House`",
    ("agnews-test-4630", "said", 0): "ok (the participants stage names it `New Zealand Ltd.`)",
    ("agnews-test-5601", "said", 0): "ok",
}
SIXTH_MISSED: dict[str, str] = {
    # tbaq-APW19981205.0374 (`Germany has been a strong advocate ..., saying it will serve
    # European security`): found since round three
    # tbaq-APW20000405.0276 (`Gregory Craig ... announced in Washington that the father would
    # be traveling`): found since round five
    "tbaq-XIE19990313.0173": "`The ambassadors ... issued a joint statement Friday saying ...`",
    # tass-11 (`"Cleanup efforts ..." the ministry reported`): found since round three
    "agnews-test-5232": "`Alejandro Toledosaid on Saturday he wanted` (cue glued to the name "
    "in the corpus text)",
}
SIXTH_UNTUNED = (
    "events fully right 0.45 (5/11), statements right 35/38, 0 without a speaker, "
    "5 stories with missed speech"
)
SEVENTH_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-132", "wounded", 0): "place missing (South Ossetia, `in Georgia's breakaway "
    "region of South Ossetia` in the main clause) (tuned, round nine: `were reported to be "
    "wounded` read; missed at first reading; `overnight`: the story gives no date)",
    ("agnews-test-2574", "rose", 0): "ok (tuned, round three: the trigger is the verb, the "
    "subject whole; untuned: agent cut to `Singapore 's industrial`, the trigger took "
    "`output`)",
    ("agnews-test-2574", "fell", 0): "ok (the story gives no year)",
    ("tass-19", "hold elections", 0): "ok (tuned: `must` is not done, planned; untuned: "
    "modality actual)",
    ("tass-19", "hold elections", 1): "agent `they` (Ukraine's people) unresolved (tuned: no "
    "longer the quote's speaker Lavrov; planned)",
    ("tbaq-XIE19981203.0008", "voted", 0): "ok (no time in its sentence; tuned, round nine: "
    "`in favor of their inclusion` its topic)",
    ("agnews-test-5510", "arrested", 0): "ok (`Tuesday morning`: the story gives no date)",
    ("agnews-test-7269", "announced", 0): "ok (`on Monday`: the story gives no date)",
    ("superdesk-ap.xml", "reported fourth-quarter net income", 0): "ok (the story gives no date)",
    ("superdesk-ap.xml", "posted revenue", 0): "ok",
    ("superdesk-ap.xml", "reported profit", 0): "ok",
    ("superdesk-ap.xml", "decreased", 0): "ok",
    ("tass-15", "agreed to", 0): "ok (tuned: a topic names no place inside it; untuned: the "
    "topic linked to Ho Chi Minh City)",
    ("tass-15", "agreed only to", 0): "ok (tuned, round seven: `of the foreign aircraft` "
    "read; round three: read past `only`; untuned: topic missing)",
    ("agnews-test-5718", "killed", 0): "ok (the `when` clause gives no time or place)",
    ("tbaq-XIE19980809.0010", "killed", 0): "ok",
    ("tbaq-XIE19980809.0010", "wounded", 0): "ok",
    ("tbaq-APW19980807.0261", "exploded", 0): "ok",
    ("tbaq-APW19980807.0261", "injured", 0): "ok (no time or place in its sentence; round "
    "five: the explosions' Friday and capitals, from the sentence before)",
    ("tbaq-APW19980807.0261", "killing", 0): "ok (new, round ten: the casualties a participle "
    "tells, with the bombs' Friday and the capitals)",
    ("agnews-test-3537", "killed", 0): "ok",
}
SEVENTH_STATEMENT_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-661", "found", 0): "ok",
    ("agnews-test-661", "stated", 0): "content runs into the main clause (`... than Windows "
    "were valid`)",
    ("tass-19", "stated", 0): "ok",
    ("tass-19", "said", 0): "ok",
    ("tass-19", "added", 0): "ok",
    ("tbaq-XIE19981203.0008", "according to", 0): "ok",
    ("agnews-test-7269", "announced", 0): "content runs into a `while` clause of narrative "
    "(`while Boeing Co. waited ...`)",
    ("superdesk-ap.xml", "said", 0): "speaker `Pennsylvania-based company` not linked to "
    "Nutrisystem",
    ("superdesk-ap.xml", "said", 1): "ok",
    ("tass-15", "said", 0): "ok",
    ("tass-15", "said", 1): "ok",
    ("tass-15", "noted", 0): "ok",
    ("tass-15", "said", 2): "ok",
    ("agnews-test-7397", "reported", 0): "ok (round three: `reported` is a cue; untuned: "
    "missed, not counted as missed at first reading)",
    ("tbaq-XIE19980809.0010", "condemned", 0): "ok",
    ("tbaq-XIE19980809.0010", "said", 0): "ok (tuned: the source after the content is cut; "
    "untuned: `, the official news agency IRNA reported` in the content)",
    ("tbaq-XIE19980809.0010", "condemns", 0): "a statement inside reported speech (tuned: "
    "the source after it is cut)",
    ("tbaq-XIE19980809.0010", "expressed hope", 0): "ok",
    ("tbaq-XIE19980809.0010", "reported", 0): "ok (round three: IRNA reported what the "
    "spokesman said; untuned: not a statement)",
    ("tbaq-APW19980807.0261", "said", 0): "ok",
    ("tbaq-APW19980807.0261", "said", 1): "ok (`a local TV`)",
    ("tbaq-APW19980807.0261", "said", 2): "ok",
    ("tbaq-APW19980807.0261", "said", 3): "ok (tuned, round three: `he` is the embassy "
    "official of the quote before; untuned: `he` unresolved)",
    ("tass-3", "told", 0): "ok",
    ("tass-3", "noted", 0): "ok",
    ("tass-3", "added", 0): "ok",
    ("tass-3", "noted", 1): "ok",
    ("tass-3", "said", 0): "ok",
    ("agnews-test-4858", "claims", 0): "ok (round three: a pronoun clause after a clause-only "
    "cue; untuned: missed, not counted as missed at first reading)",
}
SEVENTH_MISSED: dict[str, str] = {}
SEVENTH_UNTUNED = (
    "events fully right 0.74 (14/19), statements right 20/26, 0 without a speaker, "
    "0 stories with missed speech"
)
# The sixth and seventh samples' untuned readings pooled (round two's headline).
POOLED_UNTUNED = (
    "events fully right 0.63 (19/30), statements right 55/64, 0 without a speaker, "
    "5 stories with missed speech"
)
# The eighth sample (seed ``SEED_8``, disjoint from the seven): drawn only after round
# three's mechanisms were done (commit c58dd40) and reviewed on that code before any change
# made for it. It gave 13 events (fewer than 20), so a ninth (``SEED_9``) was drawn and
# reviewed on the same code before any fix; the two untuned readings pooled are the headline.
EIGHTH_VERDICTS: dict[tuple[str, str, int], str] = {
    ("tass-6", "impose new sanctions", 0): "ok (tuned, round five: the target after `on`, a "
    "quoted name; the cause's place, `over the incident in the Baltic Sea`, no longer taken; "
    "before: target missing, place wrong)",
    ("tass-6", "propose", 0): "ok (`we` in the EU statement's quote)",
    ("agnews-test-1423", "meet", 0): "not an event: two teams meet in a game",
    ("agnews-test-1423", "visit", 0): "not an event: a team visits another in a game",
    ("agnews-test-932", "jumped", 0): "ok (tuned: a time after `said` is no part of the subject; "
    "untuned: agent junk `Tuesday net profit`)",
    ("tbaq-APW19980227.0494", "signed", 0): "agent list linked to Yeltsin alone (Kuchma, in "
    "`Presidents Leonid Kuchma of Ukraine and Boris Yeltsin of Russia`, missing)",
    ("agnews-test-1441", "signed", 0): "ok (a player's contract; `on Thursday`: no date)",
    ("tbaq-APW19980322.0749", "bombed", 0): "ok (tuned, round five: the `since` clause's date "
    "no longer taken; before: time from a `since` clause, Feb. 20, when Sinn Fein was "
    "expelled)",
    ("tbaq-APW19980322.0749", "arrested", 0): "agent `They` (the police) unresolved",
    ("tbaq-APW19980322.0749", "fired mortar shells at", 0): "ok (tuned, round seventeen: a "
    "projectile fired at a target an attack; over a span since Feb. 20, no one date; no place "
    "told; untuned: missed)",
    ("agnews-test-5993", "were killed", 0): "ok (tuned, round fourteen: a place after `on` a "
    "line or an edge, with its ends; untuned: place missing (`on the tense border between "
    "Egypt and the Gaza Strip`))",
    ("agnews-test-5861", "unveiled", 0): "agent `The Internet giant` not linked to Yahoo",
    ("agnews-test-1738", "agreed to", 0): "ok (tuned, round eight: `X and Y` with one side no "
    "participant gives one agent each, `The Minnesota Wild` and Nick Schultz; round seven: a "
    "bare day closing a topic is cut off it; untuned: agent list linked to Nick Schultz alone, "
    "topic takes `Tuesday`)",
    ("agnews-test-2308", "rose", 0): "ok (`on Thursday`: the story gives no date)",
}
# Verdicts of statements no longer emitted after the fixes stay as the first reading's record.
EIGHTH_STATEMENT_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-4608", "say", 0): "speaker `people` (`the list of people who say ...`: "
    "the governor is meant)",
    ("tbaq-APW19980306.1001", "said", 0): "ok (tuned: a cue closing its sentence takes "
    "no content after; untuned: content is the next quotation, not `Scott Ritter led ...`)",
    ("tbaq-APW19980306.1001", "told", 0): "ok (tuned: a long opening with a verb is content; "
    "untuned: missed)",
    ("tbaq-APW19980306.1001", "said", 1): "ok",
    ("agnews-test-2803", "said", 0): "ok",
    ("agnews-test-5808", "said", 0): "ok (the participants stage names it `Wrigley Jr. Co.`)",
    ("agnews-test-125", "according to", 0): "ok (the motion IBM filed)",
    ("agnews-test-125", "argues", 0): "ok",
    ("agnews-test-186", "said", 0): "ok",
    ("tass-6", "according to", 0): "ok (tuned: the author after `a joint statement by`, linked to "
    "Kallas; untuned: speaker cut to `a joint`)",
    ("tass-6", "said", 0): "ok (`the statement`: the EU's)",
    ("tass-6", "said", 1): "ok",
    ("agnews-test-932", "said", 0): "ok",
    ("agnews-test-6404", "disputed", 0): "`disputed presidential election`: an adjective, "
    "no speech",
    ("agnews-test-3071", "said", 0): "ok (the participants stage names him `George W`)",
    ("agnews-test-7434", "added", 0): "`added 13` (points): no speech",
    ("agnews-test-1457", "warned", 0): "ok",
    ("tass-14", "highlights", 0): "`highlights its prestigious role`: no speech",
    ("tass-14", "said", 0): "ok",
    ("tass-14", "told", 0): "ok",
    ("tass-14", "expressed confidence", 0): "ok",
    ("tass-14", "argued", 0): "ok",
    ("tass-14", "according to", 0): "ok (tuned: `him` is the speaker before; untuned: unresolved)",
    ("tass-14", "noted", 0): "ok",
    ("tbaq-APW19980322.0749", "said", 0): "ok",
    ("agnews-test-5993", "said", 0): "ok",
    ("tbaq-APW19980227.0494", "claimed", 0): "ok (tuned: a pronoun clause after a clause-only "
    "cue; untuned: missed)",
    ("tbaq-APW19980227.0494", "saying", 0): "ok (tuned: `was quoted ... as saying` before a "
    "quotation; untuned: missed)",
    ("tbaq-APW19980227.0494", "saying", 1): "ok (the quotation's second paragraph, Yeltsin's; "
    "tuned, untuned: missed)",
    ("agnews-test-1738", "disclosed", 0): "`terms were not disclosed`: a passive, no speech",
}
EIGHTH_MISSED: dict[str, str] = {
    # tbaq-APW19980306.1001 (`..., a well-placed source told The Associated Press`): missed
    # untuned, found since the fixes after the reading
    "tbaq-APW19980227.0494": '`"..." Yeltsin was quoted as saying by the ITAR-Tass news '
    "agency` (untuned also `Yeltsin claimed they resolved ...`, found since the fixes)",
}
EIGHTH_UNTUNED = (
    "events fully right 0.23 (3/13), statements right 18/26, 0 without a speaker, "
    "2 stories with missed speech"
)
NINTH_VERDICTS: dict[tuple[str, str, int], str] = {
    ("tbaq-APW19991008.0151", "arrested", 0): "time and place missing (Thursday, Cape Town: "
    "told later in the story); round five: the blasts' (`last year's ... blasts in Kenya and "
    "Tanzania`) no longer taken (tuned: patient `A man`, past a short relative clause; "
    "untuned also patient `a bomb factory`)",
    # round five: a verb form after a determiner and a superlative is a noun (no longer read)
    ("tbaq-APW19991008.0151", "arrest", 0): "agent `The latest`, patient `brought`: junk",
    ("tbaq-APW19991008.0151", "killed", 0): "ok (tuned, round five: a time past `, including "
    "12 Americans,`; before: time missing, `on Aug. 7, 1998` ends the clause)",
    ("tbaq-APW19991008.0151", "arrested", 1): "place missing (Cape Town's airport; the "
    "sentence opens `In Cape Town, South Africa`)",
    ("tbaq-APW19991008.0151", "launched", 0): "not an event: a search launched is no product "
    "launch",
    ("tbaq-APW19991008.0151", "indicted", 0): "ok",
    ("agnews-test-5252", "met", 0): "ok (tuned, round eight: a name that modifies its noun, "
    "`three foreign UN workers`, is not the argument; untuned: agent `United Nations`, not the "
    "militants, inside `Militants claiming to hold three foreign UN workers`)",
    ("agnews-test-160", "were killed", 0): "ok (the Gaza Strip is the place of the clause "
    "before `but`; `Wednesday`: no date)",
    ("agnews-test-1501", "fell", 0): "ok (`in August`: the story gives no year)",
    ("agnews-test-961", "launched", 0): "ok (tuned, round seven: `of its iMac model` read; "
    "untuned: patient cut to `the newest version`)",
    ("tass-16", "discussed", 0): "agent list cut (Lukashenko, in `Presidents of Belarus and "
    "Russia Alexander Lukashenko and Vladimir Putin`, missing)",
    ("tass-16", "talked", 0): "agent `they` (the presidents) unresolved (tuned: no longer "
    "the spokeswoman, one person is no `they`; untuned: agent the spokeswoman)",
    ("tass-16", "held a meeting", 0): "ok (`fairly recently`: no date)",
    ("tbaq-APW20000210.0328", "agreed to", 0): "ok",
    ("tbaq-APW20000107.0088", "urged", 0): "ok",
    ("tbaq-APW20000107.0088", "held such rallies", 0): "ok (habitual, `for weeks`)",
    ("agnews-test-3408", "killed", 0): "ok (tuned: an adverb closing an argument is cut off; "
    "untuned: patient junk `a parole officer apparently`)",
}
NINTH_STATEMENT_VERDICTS: dict[tuple[str, str, int], str] = {
    ("tbaq-APW19991008.0151", "according to", 0): "ok (tuned: the author after `a statement today "
    "by`; untuned: speaker `a statement`, not Mary Jo White)",
    ("tbaq-APW19991008.0151", "said", 0): "ok",
    ("tbaq-APW19991008.0151", "reported", 0): "ok",
    ("agnews-test-5252", "said", 0): "ok",
    ("tass-18", "stated", 0): "ok",
    ("tass-18", "noted", 0): "ok",
    ("tass-18", "stressed", 0): "ok",
    ("tass-18", "stated", 1): "ok",
    ("tass-18", "stressed", 1): "ok",
    ("tass-18", "emphasized", 0): "ok",
    ("agnews-test-662", "said", 0): "ok",
    ("agnews-test-1501", "said", 0): "ok",
    ("agnews-test-961", "said", 0): "ok",
    ("tass-16", "said", 0): "ok",
    ("tass-16", "said", 1): "ok",
    ("tass-16", "according to", 0): "ok",
    ("tass-16", "said", 2): "ok",
    ("tass-16", "said", 3): "content opens with `citing the Belarusian leader, that`",
    ("tbaq-APW20000210.0328", "said", 0): "ok",
    ("tbaq-APW20000210.0328", "said", 1): "ok (session five: the stray mark stripped; before: "
    "a stray quote mark opens the content)",
    ("agnews-test-540", "revealed", 0): "`for what it revealed`: no speech",
    ("agnews-test-1386", "said", 0): "ok",
    ("agnews-test-1360", "said", 0): "ok",
    ("agnews-test-4571", "said", 0): "ok",
    ("tass-8", "told", 0): "ok",
    ("tass-8", "said", 0): "ok",
    ("tass-8", "according to", 0): "ok",
    ("tass-8", "said", 1): "ok",
    ("tbaq-APW20000107.0088", "said", 0): "ok",
}
NINTH_MISSED: dict[str, str] = {}
NINTH_UNTUNED = (
    "events fully right 0.41 (7/17), statements right 26/29, 0 without a speaker, "
    "0 stories with missed speech"
)
# The tenth sample (seed ``SEED_10``, disjoint from the nine): drawn only after round four's
# precision-first mechanisms (sport senses, unresolved-pronoun agents; commit 08619be) and
# reviewed on that code before any change made for it. It gave 13 events; no time was left
# for an eleventh draw, so its small count is reported as is.
TENTH_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-3590", "ended", 0): "ok (tuned, round twenty-six: found, a market's close with "
    "its direction; untuned: missed, not counted; `Friday`: no story date)",
    ("tbaq-APW19980219.0476", "abducted", 0): "patient list cut (tuned, round twenty-one: the "
    "abduction type; Howes, resolved from `he`, in March 1996, but the interpreter abducted `with` "
    "him left out)",
    ("tbaq-APW19980219.0476", "kidnapped", 0): "ok (tuned, round twenty-one: Howes's abduction "
    "told again, no time in its clause)",
    ("agnews-test-7454", "take over", 0): "ok (future; the story gives no date)",
    ("tbaq-APW19980911.0475", "killed", 0): "ok",
    ("tbaq-APW19980911.0475", "injured", 0): "ok",
    # round five: `Of those killed` is no longer read as an event (`those` before it)
    ("tbaq-APW19980911.0475", "killed", 1): "`Of those killed`: a participle restating the "
    "casualties; patient `those`, time missing",
    ("tbaq-APW19980911.0475", "were killed", 0): "ok (tuned, round five: Aug. 7 from the "
    "sentence before, episode; untuned: time missing)",
    ("tbaq-APW19980219.0476", "killed", 0): "patient (the expert) missing (tuned, round "
    "seven: `almost` cut off the agent; untuned: agent junk `Khmer Rouge guerrillas almost`, "
    "also read as a fact, now possible)",
    ("tbaq-APW19980219.0476", "attacked", 0): "patient is `it` (Howes' team), not the Mines "
    "Advisory Group (round five: the temple's `11th century` no longer taken; untuned: time "
    "wrong)",
    ("tbaq-APW19980219.0476", "killed", 1): "ok (tuned, round five: January, when the police "
    "concluded, no longer taken; untuned: time wrong and read as a fact)",
    ("tbaq-APW19980219.0476", "died", 0): "ok (tuned, round five: the capture's date no longer "
    "taken; untuned: time wrong, he died weeks or months after, and read as a fact)",
    ("agnews-test-6634", "signed", 0): "ok (`on Tuesday`: the story gives no date)",
    ("tbaq-APW19980820.1428", "attacks on", 0): "agent `U.S.` missing; time missing "
    "(Thursday, from a later sentence)",
    ("tbaq-APW19980820.1428", "killed", 0): "place Kenya only (`and 10 in Tanzania`) (round "
    "five: read past the time set off by commas; untuned: not found)",
    ("tbaq-APW19980820.1428", "were injured", 0): "place Kenya only (Kenya and Tanzania) "
    "(round five: Aug. 7 and Kenya from the sentence before; untuned: time and place "
    "missing)",
    ("agnews-test-192", "announced", 0): "ok (tuned, round seven: an `of`-complement with its "
    "own determiner and modifiers; untuned: object cut, `a major overhaul of his senior`)",
    ("agnews-test-5747", "a strong earthquake", 0): "ok (new, round ten: `shook` tells a quake, "
    "its place inside the verb's object, `a large part of western Colombia`; `on Monday`: the "
    "story gives no date)",
}
TENTH_STATEMENT_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-7417", "warned", 0): "ok (the organization for its scientists)",
    ("tass-4", "said", 0): "ok",
    ("tass-4", "said", 1): "ok",
    ("tass-4", "according to", 0): "ok",
    ("tass-4", "explained", 0): "ok",
    ("agnews-test-6393", "says", 0): "ok (`A group`, its relative clause dropped)",
    ("tbaq-APW19980911.0475", "reported", 0): "ok",
    ("tbaq-APW19980911.0475", "said", 0): "ok",
    ("tbaq-APW19980911.0475", "said", 1): "ok",
    ("agnews-test-2701", "said", 0): "ok",
    ("agnews-test-5747", "said", 0): "ok",
    ("tbaq-APW19980219.0476", "said", 0): "ok",
    ("tbaq-APW19980219.0476", "said", 1): "ok (tuned, round five; untuned: content opens with "
    "`with The Associated Press at his hilltop headquarters that`)",
    ("tbaq-APW19980219.0476", "concluded", 0): "ok",
    ("tbaq-APW19980219.0476", "said", 2): "ok",
    ("agnews-test-7066", "warned", 0): "ok",
    ("agnews-test-3324", "said", 0): "ok",
    ("agnews-test-5886", "acknowledged", 0): "ok",
    ("tbaq-APW19980820.1428", "said", 0): "ok",
    ("tbaq-APW19980820.1428", "said", 1): "ok",
    ("tbaq-APW19980820.1428", "said", 2): "ok",
    ("tbaq-APW19980820.1428", "said", 3): "ok",
    ("tbaq-APW19980809.0700", "said", 0): "ok",
    ("agnews-test-1895", "said", 0): "speaker `East Asia`, not `Britain's minister for East Asia`",
    ("agnews-test-4293", "said", 0): "ok",
}
# no attributed speech missed; events missed (not counted): `paid a surprise visit`
# (agnews-test-3254), `chose ... as his nominee` (agnews-test-6594), `launched cruise
# missile strikes` (tbaq-APW19980820.1428)
TENTH_MISSED: dict[str, str] = {}
TENTH_UNTUNED = (
    "events fully right 0.31 (4/13), statements right 23/25, 0 without a speaker, "
    "0 stories with missed speech"
)
# The eleventh sample (seed ``SEED_11``, disjoint from the ten): drawn only after round
# five's mechanisms (time and place scoped to the trigger's own clause; episode inheritance
# for consequences; commit 8a6559e) and reviewed on that code before any change
# made for it. It gave 12 events (fewer than 20), so a twelfth (``SEED_12``, disjoint from
# the eleven) was drawn and reviewed on the same code before any fix; the two are pooled.
ELEVENTH_VERDICTS: dict[tuple[str, str, int], str] = {
    ("tbaq-APW19980213.1380", "kidnapped", 0): "time and place missing (tuned, round twenty-one: "
    "the abduction type; `at 10 p.m. Wednesday`, Feb. 11, and the town of Trujillo Alto not taken)",
    ("agnews-test-2618", "jumped", 0): "ok (`on Monday evening`: the story gives no date)",
    ("agnews-test-7195", "launched a frontal assault", 0): "not an event: a business "
    "offensive (`a frontal assault on Nintendo's domination`), no attack",
    ("tbaq-APW20000216.0272", "called for", 0): "topic cut to `the return` (of ``our "
    "Elian'' to his father); time and place missing (Wednesday night, Havana's Conventions "
    "Palace: the rally of the sentence before)",
    ("agnews-test-4310", "edged up", 0): "ok (`on Friday`: the story gives no date)",
    ("agnews-test-7553", "resigned", 0): "ok",
    ("agnews-test-7553", "imposed fresh sanctions", 0): "ok (tuned, round seven: a bare "
    "plural noun after `and` closes the target; round five: cut to `Serb police`; untuned: "
    "target, `against Serb police and officials`, missing)",
    ("agnews-test-6854", "rose", 0): "ok (`Friday`: the story gives no date)",
    ("tbaq-APW20000106.0064", "appealed to", 0): "role wrong: `world opinion` is the "
    "addressee (counterpart), not the topic; the topic (`to help prevent its enemies in "
    "Miami ...`) missing (tuned, round five: `world opinion` the counterpart; the topic "
    "past `, and American opinion in particular,` still missing)",
    ("tbaq-APW19980213.1380", "demanded", 0): "ok",
    ("tbaq-APW19980213.1380", "urged", 0): "ok (tuned, round five: a topic stops at a "
    "sentence end; untuned: topic runs past the sentence into the quote after it, `be alert. "
    "``There has been ...`)",
    ("agnews-test-3750", "killed", 0): "ok (the bombing's time and place are not given)",
    # round five, after the reading: a lone function word as agent is abstained from
    ("tbaq-APW19980301.0720", "calls for", 0): "agent `That` (the 1978 resolution, U.N. "
    "Resolution 425) cut; a standing provision rather than an event",
}
ELEVENTH_STATEMENT_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-3799", "according to", 0): "ok",
    ("agnews-test-665", "said", 0): "ok",
    ("tbaq-APW20000328.0257", "said", 0): "ok",
    ("tbaq-APW20000328.0257", "told", 0): "ok",
    ("tbaq-APW20000328.0257", "said", 1): "ok",
    ("tbaq-APW20000328.0257", "said", 2): "ok",
    ("tbaq-APW20000328.0257", "said", 3): "speaker `A State Department duty officer` linked "
    "to the State Department",
    ("tbaq-APW20000328.0257", "said", 4): "ok",
    ("tbaq-APW20000328.0257", "said", 5): "ok (session five: the stray mark stripped; before: "
    "a stray `'` opens the content)",
    ("tbaq-APW20000216.0272", "said", 0): "ok (tuned, round five; untuned: content opens with "
    "`published Wednesday that`)",
    ("tbaq-APW20000216.0272", "wrote", 0): "ok",
    ("tbaq-APW20000216.0272", "wrote", 1): "ok",
    ("tbaq-APW20000216.0272", "said", 1): "speaker is Elian's Miami relatives (`who have "
    "said`), not the United States",
    ("agnews-test-5982", "warned", 0): "content is the opening adverbial (`Despite India's "
    "economic boom ...`), not `the government needs more reforms ...`",
    ("agnews-test-3429", "said", 0): "ok",
    ("tbaq-APW19990122.0193", "said", 0): "ok",
    ("tbaq-APW19990122.0193", "said", 1): "ok",
    ("tbaq-APW19990122.0193", "according to", 0): "ok",
    ("tbaq-APW20000106.0064", "warned", 0): "ok",
    ("tbaq-APW20000106.0064", "said", 0): "ok",
    ("tbaq-APW20000106.0064", "said", 1): "ok (the communique's words quoted on)",
    ("tbaq-APW20000106.0064", "said", 2): "ok",
    ("agnews-test-4980", "said", 0): "ok",
    ("tbaq-APW19980213.1380", "confirmed", 0): "ok",
    ("tbaq-APW19980213.1380", "said", 0): "ok",
    ("tbaq-APW19980213.1380", "said", 1): "ok",
    ("agnews-test-1749", "said", 0): "ok",
    ("tbaq-APW19980301.0720", "told", 0): "ok (tuned, round five; untuned: content opens with "
    "the listener and time, `his Cabinet on Sunday that`)",
    ("tbaq-APW19980301.0720", "told", 1): "ok",
    ("tbaq-APW19980301.0720", "said", 0): "ok",
    ("tbaq-APW19980301.0720", "said", 1): "speaker wrong: `the necessary security "
    "safeguards` is Netanyahu's; Eitan's own statement (`Netanyahu's remarks marked a "
    "substantive change`) is lost",
}
# events missed (not counted): `arresting a West Bank leader`, `killing two militants`
# (agnews-test-3750), `was kidnapped` (tbaq-APW19980213.1380)
ELEVENTH_MISSED: dict[str, str] = {
    "tbaq-APW20000328.0257": "`Lazaro Gonzalez, denied that he would send Elian out of the "
    "country`",
}
ELEVENTH_UNTUNED = (
    "events fully right 0.50 (6/12), statements right 25/31, 0 without a speaker, "
    "1 story with missed speech"
)
TWELFTH_VERDICTS: dict[tuple[str, str, int], str] = {
    # tuned, round eight: no longer emitted (an unresolved `he` as the one appointed abstains)
    ("tbaq-APW19980418.0210", "appointed", 0): "patient `he` unresolved (Farkas, no "
    "participant; tuned, round seven: an unknown name subject in between, `Farkas was made`, "
    "keeps `he` from John Glenn; untuned: linked to John Glenn); time missing (`the following "
    "year`, 1996)",
    ("agnews-test-47", "voted", 0): "ok (tuned, round nine: `on whether to recall ...` the "
    "topic, cut before the clause joined by `and`; `on Sunday`: the story gives no date; "
    "untuned: what was voted on missing)",
    ("tbaq-APW19980813.1117", "called on", 0): "ok",
    ("tbaq-APW19980813.1117", "killed", 0): "ok (tuned, round five: a date between an "
    "eventive subject's head and its place; untuned: time and place missing, `Aug. 7` and "
    "the embassies in Nairobi and Dar es Salaam cut off the subject `The almost "
    "simultaneous attacks Aug. 7 at ...`)",
    ("tbaq-APW19980813.1117", "injured", 0): "ok (tuned, as for `killed`; untuned: time and "
    "place missing)",
    ("agnews-test-7108", "agreed to", 0): "ok (the dateline place; the story gives no date)",
    ("agnews-test-1951", "signed a deal", 0): "ok",
    ("tbaq-APW19980818.0515", "killed", 0): "ok",
    ("tbaq-APW19980213.1320", "announced", 0): "ok (tuned, round five: the statement's "
    "content before the cue; untuned: topic missing, `Qantas plans daily flights ...`)",
    ("tbaq-APW19980213.1320", "appoint", 0): "ok (future)",
    ("agnews-test-832", "urged", 0): "ok (`Sunday`: the story gives no date)",
    ("agnews-test-6955", "fell", 0): "ok (inside what the group said; no date of its own)",
}
TWELFTH_STATEMENT_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-4762", "told", 0): "ok",
    ("tbaq-APW19980418.0210", "said", 0): "speaker `he` unresolved (Farkas, named in the "
    "content; no participant for him)",
    ("tbaq-APW19980418.0210", "said", 1): "ok (speaker as written; Farkas is no participant)",
    ("tbaq-APW19980418.0210", "expressed the hope", 0): "ok",
    ("agnews-test-1861", "denied", 0): "ok",
    ("agnews-test-2649", "said", 0): "ok",
    ("tbaq-APW19980813.1117", "condemned", 0): "ok (tuned, round six: `and` before another "
    "verb of the speaker ends the content; untuned: content runs into the next clause, `and "
    "called on all states ...`)",
    ("tbaq-APW19980813.1117", "condemns", 0): "ok (tuned, statements' eighth session: `It`, "
    "the resolution, linked to the Security Council; earlier: speaker `It strongly`, junk)",
    ("tbaq-APW19980813.1117", "stresses", 0): "ok (`it`, the resolution, read as the Council's)",
    ("tbaq-APW19980813.1117", "said", 0): "ok",
    ("agnews-test-6814", "said", 0): "ok",
    ("agnews-test-6444", "said", 0): "ok",
    ("tbaq-APW20000107.0318", "said", 0): "ok (tuned, statements' eighth session: Dan Burton, "
    "what he said after the cue; earlier: junk, speaker `he subpoenaed 6-year-old Elian`, "
    "content `Rep. Dan Burton, R-Ind.`, inverted)",
    ("tbaq-APW20000107.0318", "said", 1): "ok",
    ("tbaq-APW20000107.0318", "said", 2): "content cut at the next paragraph's opening "
    "quote (a quote running on across paragraphs)",
    ("tbaq-APW19990216.0198", "said", 0): "ok",
    ("tbaq-APW19980818.0515", "told", 0): "ok",
    ("tbaq-APW19980818.0515", "said", 0): "ok (session six decided that a speaker list is one "
    "statement, its phrase the whole list, linked to its first participant; the reading is "
    "unchanged; before: counted as a cut list, Kenyan police missing)",
    ("agnews-test-3989", "said", 0): "ok",
    ("agnews-test-2055", "condemned", 0): 'content opens with `as "unfair "`',
    ("agnews-test-2055", "said", 0): "ok (tuned, session six: a cue after `but` shares the "
    "subject opening the sentence; untuned: missed)",
    ("tbaq-APW19980213.1320", "announced", 0): "ok",
    ("tbaq-APW19980213.1320", "said", 0): "speaker `it` not resolved to Qantas",
    ("tbaq-APW19980213.1320", "said", 1): "ok",
    ("tbaq-APW19980213.1320", "said", 2): "ok",
    ("superdesk-anpa-2.tst", "said", 0): "ok",
    ("superdesk-anpa-2.tst", "said", 1): "ok",
    ("agnews-test-6955", "said", 0): "ok",
}
# events missed (not counted): `donated` (agnews-test-701), `paid tribute`, `arrived`
# (tbaq-APW19980818.0515), `subpoenaed` (tbaq-APW20000107.0318), `invited` (tbaq-APW19990216.0198)
# `but said it would abide by the UN's demands` (agnews-test-2055) is found (tuned, session six)
TWELFTH_MISSED: dict[str, str] = {}
TWELFTH_UNTUNED = (
    "events fully right 0.58 (7/12), statements right 19/27, 0 without a speaker, "
    "1 story with missed speech"
)
# The headline of round five: the eleventh and twelfth samples' untuned readings pooled.
POOLED_UNTUNED_5 = (
    "events fully right 0.54 (13/24), statements right 44/58, 0 without a speaker, "
    "2 stories with missed speech"
)
# The thirteenth sample (seed ``SEED_13``, disjoint from the twelve): drawn on round five's
# final code (commit 3e11072: the fixes made after the eleventh and twelfth readings
# included) and reviewed on it before any change; an untuned check of those fixes. One story
# (tbaq-APW20000216.0193) repeats the text of the eleventh's tbaq-APW20000216.0272 under
# another id; its statement fix was made on that reading.
THIRTEENTH_VERDICTS: dict[tuple[str, str, int], str] = {
    ("tbaq-APW19990506.0155", "was charged with", 0): "ok (the date as the story gives it; "
    "the patient as written) (tuned, round thirteen: found; untuned: missed)",
    ("tbaq-APW19990506.0155", "arrest", 0): "not an event: `Federal and state arrest "
    "warrants were issued` (agent `Federal and state`, patient `warrants`)",
    ("agnews-test-4099", "rose", 0): "ok (tuned, round six: a hyphenated time is the "
    "subject's modifier, `third-quarter profit` whole, its owner the speaker; untuned: agent "
    "cut to `profit`)",
    ("tbaq-APW19990206.0090", "were killed", 0): "ok (three killings over time: no one time "
    "or place)",
    ("agnews-test-4148", "attacks on", 0): "not an event: verbal attacks (criticism); "
    "patient cut to `Charles`",
    ("agnews-test-7577", "announced", 0): "ok (`Friday`: the story gives no date)",
    ("agnews-test-7328", "signed a first joint trade accord", 0): "ok",
    ("tbaq-APW19980227.0489", "agreed to", 0): "ok (the ministers meeting in the Ethiopian "
    "capital: Addis Ababa)",
    ("tbaq-APW19991008.0265", "arrested", 0): "ok (tuned, round five: an event noun between "
    "the trigger and a time or place owns them; untuned: time and place are the bombings', "
    "`the bombings of U.S. embassies in Kenya and Tanzania last year`)",
    ("tbaq-APW19991008.0265", "killed", 0): "agent junk `year` (the bombings); time and "
    "place missing",
    ("tbaq-APW19991008.0265", "arrested", 1): "ok (no time or place in its clause)",
    ("tbaq-APW19991008.0265", "arrested", 2): "ok (no time or place in its clause)",
    ("tbaq-APW19991008.0265", "indicted", 0): "ok",
    ("tbaq-APW19991008.0265", "announced", 0): "agent `the arrest`, topic `stemmed`: `the "
    "arrest announced today stemmed` is a reduced relative",
    ("agnews-test-3912", "declared", 0): "time wrong (`in 2003` is the income's year); topic "
    "cut (`2,291,137 dollars`, of gross taxable income)",
}
THIRTEENTH_STATEMENT_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-755", "reported", 0): "ok",
    ("tbaq-APW19990506.0155", "said", 0): "ok",
    ("tbaq-APW19990506.0155", "described", 0): "speaker is `they` (the investigators), not Tolbert",
    ("tbaq-APW19990506.0155", "said", 1): "ok",
    ("agnews-test-4099", "said", 0): "ok",
    ("tbaq-APW19990206.0090", "says", 0): "speaker `a threat to abortion providers`: the "
    "creator of the Web site (Neal Horsley)",
    ("tbaq-APW19990206.0090", "said", 0): "ok",
    ("tbaq-APW19990206.0090", "said", 1): "content is the quoted fragment only (`our "
    "appropriate use policies`), not what MindSpring did",
    ("agnews-test-4148", "claims", 0): "speaker `Charles`, not Phillip Jensen",
    ("agnews-test-7577", "announced", 0): "ok",
    ("tbaq-APW19980227.0487", "said", 0): "ok",
    ("tbaq-APW19980227.0487", "said", 1): "ok",
    ("tbaq-APW19980227.0487", "acknowledged", 0): "ok",
    ("tbaq-APW19980227.0487", "told", 0): "ok",
    ("tbaq-APW19980227.0487", "said", 2): "content runs into the attribution (`, Israel "
    "radio and Israel army radio reported`)",
    ("tbaq-APW19980227.0487", "reported", 0): "the quotation is Har-Shefi's, given to the "
    "radio stations that reported it",
    ("tbaq-APW19980227.0487", "said", 3): "ok",
    ("agnews-test-4267", "said", 0): "ok",
    ("tbaq-APW199980817.1193", "said", 0): "ok",
    ("tbaq-APW199980817.1193", "said", 1): "ok",
    ("agnews-test-5458", "said", 0): "ok",
    ("tbaq-APW19980227.0489", "said", 0): "ok",
    ("tbaq-APW19980227.0489", "said", 1): "ok",
    ("tbaq-APW19980227.0489", "said", 2): "ok",
    ("agnews-test-6638", "revealed", 0): "ok",
    ("tbaq-APW19991008.0265", "said", 0): "ok",
    ("tbaq-APW19991008.0265", "said", 1): "ok",
    ("tbaq-APW19991008.0265", "said", 2): "ok",
    ("tbaq-APW19991008.0265", "reported", 0): "ok",
    ("tbaq-APW19991008.0265", "saying", 0): "ok (tuned, session five: `The Argus quoted "
    "immigration official Jurie de Wet as saying`; untuned: missed)",
    ("agnews-test-3912", "declared", 0): "not speech: income declared to the tax office",
    ("agnews-test-3912", "said", 0): "ok",
    ("agnews-test-3855", "said", 0): "ok",
    ("tbaq-APW20000216.0193", "said", 0): "ok (the text of the eleventh's 0272, fixed "
    "after that reading)",
    ("tbaq-APW20000216.0193", "wrote", 0): "ok",
    ("tbaq-APW20000216.0193", "wrote", 1): "ok",
    ("tbaq-APW20000216.0193", "said", 1): "speaker is Elian's Miami relatives (`who have "
    "said`), not the United States",
    ("tbaq-APW20000216.0193", "wrote", 2): "content opens with `demanding that`",
    ("tbaq-APW20000216.0193", "saying", 0): "ok",
    ("tbaq-APW20000216.0193", "said", 2): "ok",
}
# events missed (not counted): `was charged with murder` (tbaq-APW19990506.0155), `closed it`
# (tbaq-APW19990206.0090), `headed ... to East Africa` (a visit, tbaq-APW199980817.1193)
THIRTEENTH_MISSED: dict[str, str] = {}  # `quoted X as saying` found since (session five)
THIRTEENTH_UNTUNED = (
    "events fully right 0.50 (7/14), statements right 30/39, 0 without a speaker, "
    "1 story with missed speech"
)
# The fourteenth sample (seed ``SEED_14``, disjoint from the thirteen): drawn only after round
# six's mechanisms (attack nouns read past their preposition, whose market, policy or abstract
# target makes no attack; `arrest` before `warrants` a modifier; a hyphenated time the
# subject's modifier; a time or a lone verb as argument abstains; commit 138d5e3) and
# reviewed on that code before any change made for it. It gave 15 events, so no fifteenth
# was drawn.
FOURTEENTH_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-1695", "reported a 25 percent drop in quarterly profit", 0): "ok (the agent "
    "named with a piece of its ticker) (tuned, round thirteen: found; untuned: missed)",
    ("agnews-test-1186", "demanded", 0): "ok (tuned, round six: a reduced relative after "
    "its noun is part of the subject, `a religious fatwa issued in Iraq`; untuned: agent "
    "wrong, `Iraq`)",
    ("superdesk-ap-nitf.xml", "produced", 0): "not an event: `the gas produced by hog "
    "manure` is a standing process, no production of goods",
    ("superdesk-ap-nitf.xml", "sell", 0): "not an event (`the idea of allowing companies to "
    "buy and sell pollution rights`); agent junk `Widely`",
    ("agnews-test-6248", "fell", 0): "ok (`on Monday`: the story gives no date)",
    ("agnews-test-6248", "acquire", 0): "agent wrong (Steel Partners, whose withdrawn "
    "proposal it was, not the shares); patient cut to `the aerospace`",
    ("agnews-test-4874", "called on", 0): "ok (tuned, round seven: a topic stops before a "
    "conjunction opening a clause; untuned: topic runs past the clause into `as Democratic "
    "challenger John Kerry shifted his attack ...`)",
    ("agnews-test-3015", "discuss", 0): "agent junk `of meetings` (IMF and World Bank "
    "policymakers); topic cut to `ways`",
    ("agnews-test-6108", "arrested", 0): "ok (no date or place in the story's words)",
    ("agnews-test-6108", "attacks on", 0): "ok (tuned, round six: a noun trigger after "
    "another event's object takes no agent of that event's; untuned: agent wrong, the "
    "security forces, the arrest's agent, did not make the attacks)",
    ("tbaq-APW19980930.0425", "attacks on", 0): "time missing (`The bombings on Aug. 7`, two "
    "paragraphs on)",
    ("tbaq-APW19980930.0425", "killed", 0): "ok (tuned, round six: a definite event noun "
    "as cause, `The bombings`, takes the place of the incident told paragraphs before; "
    "untuned: place missing, the embassies in Kenya and Tanzania of the lead)",
    ("tbaq-APW19980930.0425", "injured", 0): "ok (tuned, as for `killed`; untuned: place missing)",
    ("tbaq-APW19980930.0425", "were killed", 0): "ok (tuned, round six: a `where` clause "
    "happened at the place before it; untuned: place missing, `in Oklahoma City, where ...`)",
    ("tbaq-APW19990410.0123", "was killed", 0): "place missing (`in his kitchen`, at his "
    "home in Amherst)",
    ("agnews-test-6266", "strike a deal", 0): "ok (negated)",
}
FOURTEENTH_STATEMENT_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-4557", "said", 0): "ok",
    ("agnews-test-1181", "said", 0): "not speech: `said Mass`",
    ("tbaq-APW19980626.0364", "said", 0): "ok",
    ("tbaq-APW19980626.0364", "said", 1): "ok",
    ("tbaq-APW19980626.0364", "said", 2): "ok (tuned, round six: a `the <noun>` "
    "description of an organization takes no person before it; speaker as written, the "
    "People's Union is no participant; untuned: linked to Rita Suessmuth)",
    ("tbaq-APW19980626.0364", "said", 3): "ok (tuned, round six: a sentence adverb after "
    "the cue is an adjunct; untuned: content opens with `however, that`)",
    ("tbaq-APW19980626.0364", "said", 4): "ok",
    ("superdesk-ap-nitf.xml", "says", 0): "ok",
    ("agnews-test-6093", "condemned", 0): "ok (tuned, round six: `and said that` opens a "
    "second statement; untuned: content runs into the next clause, `and said that the "
    "events ...`)",
    ("agnews-test-6093", "said", 0): "ok (tuned, round six: the sentence's subject, a "
    "description of an organization, shared; untuned: missed)",
    ("tbaq-APW20000115.0031", "said", 0): "content runs past `while` into another clause "
    "(Castro's point man)",
    ("tbaq-APW20000115.0031", "estimated", 0): "ok",
    ("agnews-test-6650", "said", 0): "ok",
    ("agnews-test-6108", "said", 0): "ok",
    ("tbaq-APW19980930.0425", "said", 0): "ok",
    ("tbaq-APW19980930.0425", "said", 1): "ok (session five: the stray mark stripped; before: "
    "a stray quote mark opens the content)",
    ("tbaq-APW19980930.0425", "said", 2): "ok",
    ("tbaq-APW19980930.0425", "said", 3): "ok",
    ("agnews-test-6266", "said", 0): "speaker `the company` linked to General Motors, not Stelco",
    ("agnews-test-6767", "said", 0): "ok",
    ("tbaq-APW19990410.0123", "said", 0): "ok",
    ("tbaq-APW19990410.0123", "said", 1): "ok",
    ("tbaq-APW19990410.0123", "said", 2): "ok",
    ("tbaq-APW19990410.0123", "said", 3): "ok",
    ("agnews-test-1012", "said", 0): "ok",
}
# events missed (not counted): `opened two days of meetings` (agnews-test-3015), `withdrew its
# proposal` (agnews-test-6248), `marched ... to the U.S. mission` (a protest,
# tbaq-APW20000115.0031), `led a team ... to Africa` (a visit, tbaq-APW19980930.0425)
# untuned, agnews-test-6093's `and said that the events should not be allowed to harm the
# city's bid` was missed (found since round six's tuning)
FOURTEENTH_MISSED: dict[str, str] = {}
FOURTEENTH_UNTUNED = (
    "events fully right 0.20 (3/15), statements right 18/24, 0 without a speaker, "
    "1 story with missed speech"
)
# The fifteenth sample (seed ``SEED_15``, disjoint from the fourteen): drawn only after round
# seven's mechanisms (noun phrases with their `of`-complement and title abbreviations; a topic
# stopped before a conjunction that opens a clause; `he`/`she` checked for gender and against
# an unknown name subject in between; an undated participle after its noun no production;
# senses of `killed` and `arrested`; commit fb4ebc1) and reviewed on that code before any
# change made for it. It gave 18 events, so no sixteenth was drawn.
FIFTEENTH_VERDICTS: dict[tuple[str, str, int], str] = {
    ("tbaq-APW20000128.0316", "kidnapped", 0): "not an event (tuned, round twenty-one: Castro's "
    "figure of speech, `practically kidnapped`, read as an abduction)",
    ("agnews-test-1847", "abducted", 0): "ok (tuned, round twenty-one: the abduction type; `at "
    "dawn`: no story date)",
    ("tbaq-APW19991024.0075", "was charged with", 0): "place wrong: Birmingham is the 1998 "
    "bombing's, not the Buffalo-area slaying's (the incident model took the other incident); "
    "date right (tuned, round thirteen: found; untuned: missed)",
    ("tbaq-APW20000124.0182", "charged", 0): "agent missing (`The Canadian warrant issued "
    "Monday`, the authorities') and place missing (Canada) (tuned, round twenty-six: found, "
    "`charged Kopp with attempted murder`; Monday right; untuned: missed, not counted)",
    ("tbaq-APW20000124.0182", "indicted", 0): "ok (tuned, round seven after the reading: a "
    "phrase cut inside a date is no place; untuned: place junk `the October`, from `in the "
    "October 1998 shooting death`)",
    ("tbaq-APW20000124.0182", "was killed", 0): "place missing (his home in Buffalo; tuned, "
    "round eight: the time of the mention that names the victim, `the October 1998 shooting "
    "death of Dr. Barnet Slepian`, told in the paragraph before; untuned: time and place "
    "missing)",
    ("agnews-test-7579", "launched an offensive", 0): "ok (tuned, round seven after the "
    "reading: a light-verb noun's target, `noun_target`; untuned: patient missing, `on "
    "rebel-held towns`)",
    ("tbaq-APW19980808.0022", "were killed", 0): "place missing (the embassies in Kenya and "
    "Tanzania of the lead: two places, so the incident model abstains; tuned, round eight: the "
    "incident's time, Friday, from `The suspected car bombings occurred ... on Friday`, the "
    "reporting clause's `Saturday` being the report's; untuned: time and place missing, the "
    "lead's `blew apart` is no trigger, so there was no incident to inherit from)",
    ("tbaq-APW19980808.0022", "injured", 0): "place missing (tuned, round eight: time as for "
    "`were killed`; untuned: time and place missing)",
    ("tbaq-APW19980808.0022", "were killed", 1): "ok (tuned, round seven after the reading: "
    "`The blast in Nairobi occurred ... Friday` is an incident, dated by its day, not its "
    "clock time; untuned: time and place missing, `occurred` was no trigger)",
    ("tbaq-APW19980808.0022", "occurred", 0): "ok (tuned: found since the fifteenth reading)",
    ("tbaq-APW19980808.0022", "wounded", 0): "ok (tuned, as for the 75 killed; untuned: time "
    "and place missing)",
    ("agnews-test-3915", "visit", 0): "ok (tuned, round seven after the reading: a list of "
    "names after a visit, one destination each; untuned: destination list cut, `Japan, China "
    "and South Korea`: Japan only; place Japan only)",
    ("agnews-test-4049", "agreed to", 0): "ok (tuned, round seven after the reading: an "
    "`after` clause takes no time of the main clause; untuned: time wrong, 2007 is the space "
    "trip's, `by 2007`)",
    ("tbaq-APW20000128.0316", "perished", 0): "time missing (the late-November trip, told at the "
    "story's end); no place now (round twenty-three; round twenty-two had put it at Havana, the "
    "dateline, for the wreck at sea)",
    ("tbaq-APW19991024.0075", "injured", 0): "ok",
    ("tbaq-APW19991024.0075", "was killed", 0): "ok (the date as the story gives it; `hiding "
    "in his backyard` is the sniper's place)",
    ("agnews-test-6743", "posted a wider quarterly loss", 0): "ok (`on Wednesday`: the story "
    "gives no date)",
    ("tbaq-APW20000403.0057", "offered to", 0): "ok (agent as written, `the boy's father`, "
    "not linked to Juan Miguel Gonzalez, named after it)",
    # tuned, round seven after the reading: no longer emitted (signing is `standing_relative`)
    ("tbaq-APW20000403.0057", "signed", 0): "not an event and patient junk: `a letter signed "
    "by Gonzalez` is a reduced relative (patient `Castro read from a letter`, linked to Castro; "
    "the dateline place)",
    ("agnews-test-7487", "announced", 0): "ok (`Thursday`: the story gives no date)",
    ("agnews-test-57", "buy", 0): "ok (tuned, fourth session: an inner `and` before a company "
    "suffix keeps the name whole; untuned: agent `it` linked to `Steel Company Ltd.`, a "
    "participant the participants stage cut from `Tata Iron and Steel Company Ltd.`)",
}
FIFTEENTH_STATEMENT_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-6763", "said", 0): "ok",
    ("tbaq-APW20000124.0182", "said", 0): "ok",
    ("tbaq-APW20000124.0182", "said", 1): "ok",
    ("agnews-test-7579", "said", 0): "ok (tuned, session five: round eight's noun phrases "
    "give the whole speaker; untuned: speaker cut to `rebel groups in ...`)",
    ("agnews-test-5334", "said", 0): "ok (tuned, session four: a cue written twice is no "
    "content; untuned: content opens with the text's second `said`)",
    ("tbaq-APW19980808.0022", "said", 0): "ok (tuned, session four: a clause of time after "
    "the cue is no content; untuned: content `as dawn broke Saturday`, what was said "
    "(`At least 82 were killed ...`) is before the cue)",
    ("tbaq-APW19980808.0022", "said", 1): "ok (speaker `they` as written: the officials)",
    ("tbaq-APW19980808.0022", "said", 2): "speaker linked to the National Security Council, "
    "not its spokesman P.J. Crowley",
    ("tbaq-APW19980808.0022", "said", 3): "speaker list cut: `Red Cross and ambulance "
    "officials`, the ambulance officials missing",
    ("agnews-test-3915", "said", 0): "ok",
    ("agnews-test-4049", "said", 0): "ok",
    ("tbaq-APW20000128.0316", "said", 0): "ok (tuned, session four: a short phrase quoted "
    "inside a clause is no content; untuned: content is the quoted phrase of `Calling the "
    "mother ... ``an excellent girl''`, what Castro said (`she had been practically "
    "kidnapped ...`) lost)",
    # tuned, session five: `Castro's remarks to ... were aimed at` (a verb follows) is no
    # heading, so its two wrong `remarks` statements are gone (untuned: a quoted phrase of the
    # police's, and the quote of the `Castro said` statement, both given to `remarks`)
    ("tbaq-APW20000128.0316", "say", 0): "speaker `those` (a generic: `those who say`)",
    ("tbaq-APW20000128.0316", "according to", 0): "ok (sources quoted by the Miami Herald)",
    ("tbaq-APW20000128.0316", "said", 1): "ok",
    ("agnews-test-2176", "reports", 0): "not speech: `damage reports from Ivan` (a headline)",
    ("tbaq-APW19991024.0075", "said", 0): "ok",
    ("tbaq-APW19991024.0075", "said", 1): "ok",
    ("agnews-test-1847", "said", 0): "ok",
    ("tbaq-APW19990312.0251", "said", 0): "ok",
    ("tbaq-APW19990312.0251", "said", 1): "ok (speaker as written; Kavan is no participant)",
    ("tbaq-APW20000403.0057", "said", 0): "ok",
    ("tbaq-APW20000403.0057", "said", 1): "ok",
    ("tbaq-APW20000403.0057", "said", 2): "ok",
    ("tbaq-APW20000403.0057", "said", 3): "ok",
    ("tbaq-APW20000403.0057", "read", 0): "speaker is the reader Castro, not the letter's "
    "author Gonzalez (tuned, session five: `read` attributes a quote; untuned: missed)",
    ("tbaq-APW20000403.0057", "continued", 0): "speaker `the letter` linked to Castro, not to "
    "its author Gonzalez (tuned, session five: `continued` attributes a quote; untuned: missed)",
    ("tbaq-APW19990312.0251", "exclaimed", 0): "ok (tuned, session five: `exclaimed` "
    "attributes a quote; untuned: missed)",
    ("agnews-test-7487", "announced", 0): "ok",
    ("agnews-test-6577", "said", 0): "ok",
    ("agnews-test-4582", "believes", 0): "ok",
    ("fundus-us-WashingtonTimes-V1", "said", 0): "ok",
    ("fundus-us-WashingtonTimes-V1", "said", 1): "ok",
    ("fundus-us-WashingtonTimes-V1", "said", 2): "ok",
}
# events missed (not counted): `The suspected car bombings occurred`, `The blast in Nairobi
# occurred` (attacks, tbaq-APW19980808.0022), `were abducted` (agnews-test-1847), `was charged
# with the slaying` (tbaq-APW19991024.0075), `became full-fledged members of NATO`
# (tbaq-APW19990312.0251)
FIFTEENTH_MISSED: dict[str, str] = {}  # both untuned misses found since (session five)
FIFTEENTH_UNTUNED = (
    "events fully right 0.28 (5/18), statements right 23/33, 0 without a speaker, "
    "2 stories with missed speech"
)
# The sixteenth sample (seed ``SEED_16``, disjoint from the fifteen): drawn only after round
# eight's mechanisms (the document-level incident model, arguments, senses; commit 4c52f63)
# and reviewed on that code before any change made for it.
SIXTEENTH_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-3492", "meet", 0): "ok (planned; the counterpart as its head, `defense "
    "chiefs`, `from about 18 nations` not read; `Saturday`: the story gives no date)",
    ("agnews-test-286", "meet", 0): "ok (future; the agent as written, the government and "
    "its foes; `on Monday`: the story gives no date)",
    ("tbaq-APW19980227.0468", "built", 0): "not an event: a cumulative count (`Seventy-five "
    "million copies of the rifle have been built since it entered production in February "
    "1947`), no one production; counted as one, its time (since February 1947) is missing",
    ("agnews-test-6293", "go on strike", 0): "ok (tuned, round nine: the workers the agent, "
    "what they strike to oppose the topic; `Friday`: the story gives no date; untuned: agent "
    "wrong, the company, not the workers at Hyundai Motor)",
    ("tbaq-APW19980213.1310", "voted", 0): "ok (tuned, round nine: what was voted the topic; "
    "untuned: it was missing, `to make Australia a republic`)",
    ("tbaq-APW19980213.1310", "voted", 1): "time missing (the same Friday vote) (tuned, round "
    "nine: the tally `89-52` no longer the patient, `a republic` its topic; untuned: patient "
    "junk, topic missing too)",
    ("tbaq-APW19980213.1310", "voted", 2): "agent wrong: the list of three linked to Daryl "
    "Williams alone (Peter Costello is no participant) (tuned, round nine: the closing `all` "
    "cut off, `support the republic` its topic; untuned: agent junk `... Daryl Williams all`, "
    "topic missing)",
    ("tbaq-APW19980308.0201", "marched", 0): "ok (tuned, round nine: the purpose past the "
    "participle's clause, `burning Serbian flags to protest ...`, the topic; untuned: missing)",
    ("tbaq-APW19980308.0201", "killed", 0): "place missing (Kosovo, `in the troubled region`) "
    "(tuned, round nine: `were reported killed` read; missed at first reading; `in recent "
    "days` no date)",
    ("tbaq-APW19980308.0201", "urged", 0): "ok (no date or place in its sentence)",
    ("agnews-test-5880", "started an official visit to", 0): "ok (the story gives no date)",
    ("tbaq-APW20000401.0150", "launched", 0): "not an event of this type: a revolution "
    "launched is no product launch; time wrong (`more than four decades ago` read as 1960)",
    ("tbaq-APW20000401.0150", "declared", 0): "ok (tuned, by the statements and participants "
    "round: `Castro declared` now Raul Castro, the rally's speaker named in the paragraph "
    "before; untuned: agent wrong, Fidel Castro)",
    ("agnews-test-4424", "killed", 0): "ok (tuned, round nine: the subject past the "
    "infinitive, `the deadliest quakes to hit Japan`, and the incident's place; missed at "
    "first reading; the story gives no date)",
    ("agnews-test-4424", "injured", 0): "ok (tuned, round nine, as `killed`; missed at first "
    "reading)",
    ("agnews-test-6641", "invest", 0): "ok (future; in South Korea)",
}
SIXTEENTH_STATEMENT_VERDICTS: dict[tuple[str, str, int], str] = {
    ("tbaq-APW19980227.0468", "according to", 0): "ok",
    # ("agnews-test-6293", "proposed", 0) is gone (tuned, session five: a participle cue
    # after an infinitive is an adjective; untuned: not speech, `proposed government labor
    # reform legislation` read with the speaker `to oppose`)
    ("agnews-test-6293", "said", 0): "ok",
    ("tbaq-APW19980213.1310", "said", 0): "ok",
    ("tbaq-APW19980213.1310", "said", 1): "ok (tuned, session five: the `` `` `` mark "
    "stripped; untuned: content opens with a stray quote mark, `` `The Australian people ...``)",
    ("tbaq-APW19980213.1310", "said", 2): "ok",
    ("tbaq-APW19980213.1310", "said", 3): "ok",
    ("tbaq-APW19980308.0201", "say", 0): "ok",
    ("tbaq-APW20000401.0150", "declared", 0): "ok (tuned, session five: a shared surname "
    "links to the full name opening its clause; untuned: speaker wrong, Fidel, not Raul Castro)",
    ("tbaq-APW20000401.0150", "noted", 0): "ok (tuned, session five: a shared surname goes on "
    "naming the person it named last; untuned: speaker wrong, Fidel, not Raul Castro)",
    ("tbaq-APW19980308.0201", "chanted", 0): "ok (tuned, session five: `chanted` attributes "
    "a quotation; untuned: missed)",
    ("agnews-test-6641", "said", 0): "ok",
    ("agnews-test-4424", "said", 0): "ok (speaker as written, `police and reports`)",
    ("agnews-test-4721", "according to", 0): "ok",
}
# events missed (not counted): `killed 23 people and injured more than 900` (the quakes,
# agnews-test-4424), `promised to put the question to a national referendum`
# (tbaq-APW19980213.1310), `At least 51 people were reported killed in clashes`
# (tbaq-APW19980308.0201), `waged war`, `Batista fled the country` (tbaq-APW20000401.0150)
SIXTEENTH_MISSED: dict[str, str] = {}  # the untuned miss (`the protesters chanted`) found since
# It gave 13 events (fewer than 15), so a seventeenth (``SEED_17``, disjoint from the sixteen)
# was drawn and reviewed on the same code before any fix; the two are pooled.
SEVENTEENTH_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-1481", "step down", 0): "ok (planned; dated by its `when` clause, September "
    "2006)",
    ("agnews-test-5173", "fell", 0): "ok (`on Friday`: the story gives no date)",
    ("agnews-test-6736", "resigned", 0): "place missing (Provo, the dateline; tuned, round "
    "nine: `at Brigham Young` after a job noun is the employer, no place; untuned: place wrong, "
    "`Brigham Young`)",
    ("agnews-test-695", "announced", 0): "topic cut before `says it will no longer operate in "
    "Iraq` (read as a statement of its own)",
    ("agnews-test-7285", "resigned", 0): "ok (`Monday`: the story gives no date)",
    ("agnews-test-7400", "killed", 0): "ok (tuned, round nine: `the tragedy`, a generic "
    "noun, takes the story's one incident, `the Madrid train bombings`, Madrid; untuned: place "
    "missing)",
    ("agnews-test-5288", "appealed for", 0): "ok (tuned, round nine: the `to`-complement of "
    "`an end` belongs to its phrase; untuned: topic cut to `an end`)",
}
SEVENTEENTH_STATEMENT_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-4381", "said", 0): "ok (`the senior U.S. commander`, unnamed; tuned, untuned: "
    "missed)",
    ("agnews-test-1481", "said", 0): "ok",
    ("agnews-test-4667", "says", 0): "ok",
    ("agnews-test-1845", "reported", 0): "ok (tuned, session six: a description of an outlet "
    "with a name no participant holds is linked to none; untuned: speaker wrong, the CIS)",
    ("agnews-test-5115", "said", 0): "ok",
    # ("agnews-test-695", "says", 0) is gone (tuned, session five: a cue after `as soon as`
    # is a condition, no statement; untuned: not the SIA's words, the Kuwaiti company's
    # condition, content running into `the SIA announced`)
    ("agnews-test-695", "announced", 0): "ok (tuned, session five: the whole sentence; "
    "untuned: content cut before `says it will no longer operate in Iraq`)",
    ("agnews-test-115", "said", 0): "ok",
    ("agnews-test-2021", "said", 0): "ok",
    ("agnews-test-3368", "said", 0): "ok",
}
# events missed (not counted): `took over once again as head of the CIS` (an appointment,
# agnews-test-1845), `France destroyed most of the country's air force` (an attack,
# agnews-test-5288)
SEVENTEENTH_MISSED: dict[str, str] = {}
SIXTEENTH_UNTUNED = (
    "events fully right 0.38 (5/13), statements right 9/13, 0 without a speaker, "
    "1 story with missed speech"
)
SEVENTEENTH_UNTUNED = (
    "events fully right 0.43 (3/7), statements right 6/9, 0 without a speaker, "
    "0 stories with missed speech"
)
# The headline of round eight: the sixteenth and seventeenth samples' untuned readings pooled.
POOLED_UNTUNED_8 = (
    "events fully right 0.40 (8/20), statements right 15/22, 0 without a speaker, "
    "1 story with missed speech"
)
# The eighteenth sample (``SEED_18``), drawn after round nine's mechanisms were committed
# (7522be8) and reviewed on that code before any change; its ids were drawn (not read) before
# the round's checks on stories outside every sample. It gave 6 events (all 30 stories AG News
# summaries), so a nineteenth (``SEED_19``) was drawn and reviewed before any fix; pooled.
EIGHTEENTH_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-4134", "ended", 0): "ok (tuned, round twenty-six: found, a market's close with "
    "its direction; untuned: missed, not counted; `on Tuesday`: no story date)",
    ("agnews-test-6276", "signed an agreement", 0): "ok (tuned, round ten: the topic `develop "
    "and market cordless handsets`, past Skype's appositive; untuned: topic missing (`to "
    "develop and market cordless handsets`, what was agreed)); the agent as written (RTX "
    "Telecom, the participant named with its description and ticker); the story gives no date",
    ("agnews-test-5983", "sealed a free trade agreement", 0): "ok (tuned, round ten: no date, "
    "as the story gives none; untuned: time wrong: January 1, 2005 is when the agreement "
    "starts (`to start January 1, 2005`), not when it was sealed)",
    ("agnews-test-2096", "agreed to", 0): "ok (tuned, round seventeen: the topic ends before "
    "its purpose, `in order to settle ...`; before: it ran on into it, then judged ok; the "
    "story gives no date)",
    ("agnews-test-1338", "earned", 0): "patient missing (`$120 million`, after `once earned`); "
    "the agent the appositive `a former star investment banker`, not linked to Frank Quattrone",
    ("agnews-test-3478", "travel to", 0): "not an event: a travel advisory (`Americans should "
    "not travel to the Caribbean nation except for emergencies`), no visit done or planned; "
    "its destination not linked to Haiti",
    ("agnews-test-1521", "shut down", 0): "not an event of this type: a machine that stops "
    "(`the machine shut down again after barely an hour of operation`, the space station's "
    "oxygen generator) is no closure",
}
EIGHTEENTH_STATEMENT_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-6276", "said", 0): "ok (the speaker as the participants stage names it, with "
    "its description and ticker)",
    ("agnews-test-5264", "told", 0): "ok",
    ("agnews-test-4435", "said", 0): "ok",
    ("agnews-test-4435", "said", 1): "speaker wrong: `taken` (the last word of `A spokesman for "
    "a funeral home where the bodies were being taken said`), not the spokesman",
    ("agnews-test-6968", "said", 0): "ok (`the agency`: the ICRC)",
    ("agnews-test-3133", "said", 0): "ok",
    ("agnews-test-2096", "said", 0): "ok",
    ("agnews-test-4135", "said", 0): "ok",
    ("agnews-test-3478", "said", 0): "ok",
    ("agnews-test-342", "said", 0): "ok",
    ("agnews-test-5728", "said", 0): "speaker cut: EarthLink Inc. and Yahoo Inc. said it "
    "together, given to Yahoo alone (`Yahoo Inc. YHOO`)",
    ("agnews-test-6203", "say", 0): "ok",
    ("agnews-test-79", "said", 0): "ok",
}
# events missed (not counted): `A plane ... crashed Sunday ..., killing all 10 people aboard`
# (an accident and its casualties, agnews-test-4435: the subject's head read as
# `organization`, `killing` a participle), `Israeli soldiers shot and killed a Palestinian
# gunman on Monday` (agnews-test-3133: `killed` after `shot and` finds no subject)
EIGHTEENTH_MISSED: dict[str, str] = {}
NINETEENTH_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-2361", "killed", 0): "place missing (Nigeria's northeast: the militants were "
    "killed where they `had taken refuge in the mountainous northeastern region bordering "
    "Cameroon`, told only in the relative clause)",
    ("agnews-test-3202", "rose", 0): "ok (`on Tuesday`: the story gives no date)",
    ("agnews-test-3494", "sign contracts", 0): "ok (tuned, round ten: the topic `the delivery "
    "of trains and locomotives`, past the measure `worth up to 1 billion Euros`; untuned: "
    "topic missing); future, in China, `Saturday`: the story gives no date",
    ("agnews-test-5011", "exports to", 0): "not an event: the exports `were halted after a "
    "series of attacks` (no trade reported; the halt is the news); agent `Iraqi oil` is the "
    "goods, Turkey the buyer, no patient",
    ("agnews-test-173", "fell", 0): "ok (`its profit`: Ross Stores'; `Wednesday`: the story "
    "gives no date)",
    ("agnews-test-1870", "agreed to", 0): "ok (the topic runs on into its adjunct, `after "
    "protests about plans to scrap them`; `Thursday`: the story gives no date)",
    ("agnews-test-5549", "ratified", 0): "ok (the pilots the agent, round nine's group before "
    "`at`; `on Thursday`: the story gives no date; near-duplicates of this story, "
    "agnews-test-5541 and -5555, were among the stories outside every sample the round was "
    "checked on)",
    ("agnews-test-5549", "buy", 0): "not an event: `will buy it time to restructure`, a "
    "figure of speech, no acquisition",
    ("agnews-test-195", "rose", 0): "ok (`its quarterly earnings`: Medtronic's; `on "
    "Wednesday`: the story gives no date)",
    ("agnews-test-2991", "exploded", 0): "ok (the bomb's blast an attack, in Cotabato; the "
    "story gives no date)",
    ("agnews-test-2991", "wounding", 0): "ok (new, round ten: the participle's casualty, with "
    "the blast's agent and place; untuned: missed)",
    ("agnews-test-2515", "shot dead", 0): "ok (new, round ten: `shot dead` tells casualties; "
    "Jeddah, past the closing `overnight`; no agent named; the story gives no date; untuned: "
    "missed)",
}
NINETEENTH_STATEMENT_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-2515", "according to", 0): "ok (the source as written, `initial investigations`)",
    ("agnews-test-2515", "told", 0): "ok",
    ("agnews-test-2361", "said", 0): "ok",
    ("agnews-test-3202", "said", 0): "ok (the speaker named with a piece of its ticker)",
    ("agnews-test-4770", "concluded", 0): "ok",
    ("agnews-test-3829", "said", 0): "speaker imprecise: `Harvard University researchers` "
    "said it, linked to the university itself",
    ("agnews-test-173", "said", 0): "ok",
    ("agnews-test-5567", "said", 0): "ok",
    ("agnews-test-88", "said", 0): "ok (the speakers as written)",
    ("agnews-test-655", "say", 0): "ok",
    ("agnews-test-362", "said", 0): "ok",
    ("agnews-test-1870", "said", 0): "ok",
    ("agnews-test-3674", "said", 0): "ok",
    ("agnews-test-2043", "said", 0): "ok",
    ("agnews-test-195", "said", 0): "ok (the speaker named with a piece of its ticker)",
    ("agnews-test-2991", "said", 0): "ok",
}
# events missed (not counted): `A French national shot dead in ... Jeddah overnight`, `the
# target of a "terrorist attack"` (agnews-test-2515), `An earthquake measuring 6.0 ... shook an
# island in eastern Indonesia on Friday, killing six people and injuring at least six more`
# (agnews-test-5567), `a series of attacks Tuesday, including a major strike on a pipeline
# network` (agnews-test-5011), `destroyed by fire overnight in an anti-Semitic arson attack`
# (agnews-test-362), `An explosion occurred ... on Tuesday` (agnews-test-3674: undated, as AG
# News gives no date, so dropped), `wounding one person` (agnews-test-2991)
NINETEENTH_MISSED: dict[str, str] = {
    "agnews-test-655": "`Stefan Holm reckons he can leap even higher`",
}
EIGHTEENTH_UNTUNED = (
    "events fully right 0.17 (1/6), statements right 11/13, 0 without a speaker, "
    "0 stories with missed speech"
)
NINETEENTH_UNTUNED = (
    "events fully right 0.60 (6/10), statements right 15/16, 0 without a speaker, "
    "1 story with missed speech"
)
# The headline of round nine: the eighteenth and nineteenth samples' untuned readings pooled.
POOLED_UNTUNED_9 = (
    "events fully right 0.44 (7/16), statements right 26/29, 0 without a speaker, "
    "1 story with missed speech"
)
# The twentieth sample (``SEED_20``), drawn after round ten's mechanisms were committed
# (a146a59) and reviewed on that code before any change; its ids were drawn (not read) before
# the round's checks on stories outside every sample, with the twenty-first's. It gave 3 events
# (all 30 stories AG News summaries), so a twenty-first (``SEED_21``) was drawn and reviewed
# before any fix; pooled.
TWENTIETH_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-3154", "signed a cooperation agreement", 0): "ok (the counterpart past `on "
    "Monday`; the dateline's UNITED NATIONS as the place of a signing reported from there; "
    "the story gives no date)",
    ("agnews-test-7198", "were killed", 0): "ok (Gaza from the `when` clause that tells the "
    "cause, `militants blew up a tunnel under an army post in Gaza`; no killer named as "
    "agent, as with `killed when fire tore through`; the story gives no date)",
    ("agnews-test-1358", "declared", 0): "not an event of this type: a ruling (`has again "
    "declared some European Union sugar exports illegal`), no announcement; the kind round ten "
    "dropped only when the adjective follows the verb (`declared ineligible`) (tuned, round "
    "eleven: no longer found, an object closed by `illegal` makes a ruling)",
    ("agnews-test-830", "blew up", 0): "ok (tuned, round eleven: `blew up` an attack on a "
    "structure, southern Iraq: Iraq; `on Sunday`: the story gives no date; untuned: missed)",
    ("agnews-test-7198", "blew up", 0): "ok (tuned, round eleven: the tunnel as patient, Gaza "
    "from `under an army post in Gaza`; the story gives no date; untuned: missed)",
    ("agnews-test-273", "sued", 0): "ok (tuned, round seventeen: the legal-action type; "
    "`on Thursday`: the story gives no date; untuned: missed, no such type)",
}
TWENTIETH_STATEMENT_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-5893", "said", 0): "ok",
    ("agnews-test-830", "said", 0): "ok",
    ("agnews-test-1507", "said", 0): "ok",
    ("agnews-test-4387", "said", 0): "ok (the speaker as written, unnamed)",
    ("agnews-test-7027", "said", 0): "ok",
    ("agnews-test-7314", "said", 0): "ok (`his wife`, as written)",
    ("agnews-test-4077", "said", 0): "ok",
    ("agnews-test-5798", "said", 0): "ok",
    ("agnews-test-7037", "said", 0): "ok (a report as the source, as written)",
    ("agnews-test-53", "said", 0): "ok",
    ("agnews-test-5126", "said", 0): "ok",
    ("agnews-test-1405", "said", 0): "ok (`his team Toyota`)",
    ("agnews-test-1358", "declared", 0): "not speech: a ruling, `declared some European Union "
    "sugar exports illegal`",
    ("agnews-test-1358", "said", 0): "ok",
    ("agnews-test-1235", "told", 0): "ok",
    ("agnews-test-6903", "said", 0): "ok (tuned, session six: a cue after `but` shares the "
    "subject opening the sentence; untuned: missed)",
    ("agnews-test-273", "alleging", 0): "ok (tuned, session six: `alleging` after a comma "
    "takes the subject opening the sentence; untuned: missed)",
}
# events missed (not counted): `Saboteurs blew up a pipeline in southern Iraq on Sunday`
# (agnews-test-830: `blew up` is no trigger), `Palestinian militants blew up a tunnel under an
# army post` (agnews-test-7198), `Hugo Chavez's fence-mending visit to Spain` (agnews-test-6325:
# a visit told as a noun after a possessive), `makes an atypical hunting trip to rural Ohio`
# (agnews-test-4248), `has been sacked and placed under house arrest` (agnews-test-4077)
# both stories with missed speech are found (tuned, session six): `but said it would respond
# positively ...` (agnews-test-6903, Israel), `alleging the electronics retailer engaged in
# ...` (agnews-test-273, Ohio authorities)
TWENTIETH_MISSED: dict[str, str] = {}
TWENTY_FIRST_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-7030", "were wounded", 0): "ok (Mosul; `on Thursday`, Dec 9 in the dateline: "
    "the story gives no year; the cause `in two bomb attacks` names no agent)",
    ("agnews-test-3743", "agreed to", 0): "ok (tuned, round eleven: Ahold NV and `three former "
    "top executives`, one argument each, the appositive describing Ahold; the story gives no "
    "date; untuned: agent wrong: the list cut to `three former top executives` (Ahold NV, "
    "before its appositive `, the Dutch grocery operator,`, missing))",
    ("agnews-test-4651", "agreed to sell", 0): "ok (both sellers in one phrase, as written; "
    "the buyer is not named in the lead; the story gives no date)",
    ("agnews-test-5811", "meet", 0): "ok (tuned, round eleven: the whole list `More than 5,000 "
    "scientists, conservationists and politicians`, future: a present tense with `over the next "
    "week`; Thailand; the story gives no date; round nineteen: the topic, `a blueprint for "
    "saving ...` whole; untuned: agent wrong: the list cut to `conservationists and "
    "politicians`; modality wrong: read as done)",
    ("agnews-test-2685", "cut 1,000 jobs", 0): "ok (future; the agent named with a piece of "
    "its ticker; the story gives no date)",
    ("agnews-test-3514", "attacked", 0): "ok (`a remote area of northeastern Nigeria`: "
    "Nigeria; the story gives no date)",
    ("agnews-test-87", "surged", 0): "ok (`Monday`: the story gives no date)",
    ("agnews-test-87", "reported a profit", 0): "agent wrong: `the discount retailer` (Kmart) "
    "reported it, not `Shares of Kmart Holding Corp.`, the agent of the verb before",
    ("agnews-test-87", "invest", 0): "ok (tuned, round eleven: the patient `the company's $2.6 "
    "billion in surplus cash` whole, possible after `free to`; untuned: patient cut to `the "
    "company's`; modality wrong: `is now free to invest` is a possibility, not a plan)",
    ("agnews-test-257", "cut about 4,400 jobs", 0): "ok (future; `Tuesday` is the saying's; "
    "the story gives no date)",
    ("agnews-test-6969", "approved", 0): "ok (the plans and what they are for; `Wednesday`: "
    "the story gives no date; `by February 2005` a deadline, dating nothing)",
}
TWENTY_FIRST_STATEMENT_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-48", "said", 0): "ok",
    ("agnews-test-4115", "warned", 0): "ok",
    ("agnews-test-656", "said", 0): "ok",
    ("agnews-test-7030", "said", 0): "ok",
    ("agnews-test-3743", "said", 0): "ok (session six decided that a speaker list is one "
    "statement, its phrase the whole list, `the company and U.S. regulators`, linked to its "
    "first participant, Ahold; the reading is unchanged; before: counted as cut)",
    ("agnews-test-4651", "said", 0): "ok (`a joint statement`, as written)",
    ("agnews-test-5157", "told", 0): "ok",
    ("agnews-test-2248", "said", 0): "ok",
    ("agnews-test-7159", "said", 0): "ok",
    ("agnews-test-5245", "said", 0): "ok",
    ("agnews-test-2685", "said", 0): "ok (the speaker named with a piece of its ticker)",
    ("agnews-test-3514", "told", 0): "ok",
    ("agnews-test-87", "said", 0): "ok (tuned, session six: the subject after `after` for a "
    "cue after `and`, `the discount retailer`, linked to Kmart (whose participant the "
    "participants stage names `Shares of Kmart Holding Corp.`); untuned: speaker `Shares of "
    "Kmart Holding Corp`)",
    ("agnews-test-257", "said", 0): "ok (`the consumer products company`: Colgate-Palmolive)",
    ("agnews-test-3014", "said", 0): "ok",
    ("agnews-test-6969", "said", 0): "ok",
    ("agnews-test-3613", "said", 0): "ok",
    ("agnews-test-4603", "expressed concern", 0): "ok (what the concern is over, as written)",
    ("agnews-test-7257", "warned", 0): "ok (tuned, session six: a cue after `, but` shares the "
    "subject opening the sentence; untuned: missed)",
    ("agnews-test-6028", "expressed skepticism", 0): "ok (tuned, session six: a cue of doubt; "
    "untuned: missed)",
}
# events missed (not counted): `this week 's crunch summit of European Union leaders`
# (agnews-test-7257), `reported bumper third-quarter earnings` (agnews-test-4532), `close
# nearly a third of its factories` (agnews-test-257), `taken a number of hostages`
# (agnews-test-3514), `two bomb attacks in ... Mosul` (agnews-test-7030), `U.S. blue chips
# rose` (agnews-test-6028), `braved freezing temperatures to protest` (agnews-test-6413)
# found (tuned, session six): `but warned the 25-nation bloc not to cross ...`
# (agnews-test-7257, Turkey), `a federal appeals court expressed skepticism about whether ...`
# (agnews-test-6028); still missed: a subject with a plural head and no participant before
# `and said` (`US civil rights groups`)
TWENTY_FIRST_MISSED: dict[str, str] = {
    "agnews-test-4603": "`and said they will work to ensure their ballots are counted`",
}
TWENTIETH_UNTUNED = (
    "events fully right 0.67 (2/3), statements right 14/15, 0 without a speaker, "
    "2 stories with missed speech"
)
TWENTY_FIRST_UNTUNED = (
    "events fully right 0.64 (7/11), statements right 16/18, 0 without a speaker, "
    "3 stories with missed speech"
)
# The headline of round ten: the twentieth and twenty-first samples' untuned readings pooled.
POOLED_UNTUNED_10 = (
    "events fully right 0.64 (9/14), statements right 30/33, 0 without a speaker, "
    "5 stories with missed speech"
)
# The twenty-second sample (``SEED_22``), drawn after round eleven's mechanisms were committed
# (f5ba63b) and reviewed on that code before any change; its ids were drawn (not read) before
# the round's checks on stories outside every sample, with the twenty-third's. It gave 6 events
# (all 30 stories AG News summaries), so a twenty-third (``SEED_23``) was drawn and reviewed
# before any fix; pooled.
TWENTY_SECOND_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-55", "dipped", 0): "ok (`on Monday`: the story gives no date) (tuned, round "
    "thirteen: found; untuned: missed)",
    ("agnews-test-1982", "peace talks", 0): "ok (between Khartoum and the Darfur rebels; "
    "Abuja, the dateline, for talks reported from there; `on Friday` is the blaming's, and the "
    "story gives no date)",
    ("agnews-test-580", "go to the polls", 0): "ok (tuned, round twelve: future, a present in "
    "a clause of time in a sentence that looks ahead; Afghanistan from `in the country's`, "
    "the story's one country; untuned: modality wrong: an election still to come (`has a "
    "chance ... when voters go to the polls in the country's first post-Taliban presidential "
    "election`) read as done; place missing)",
    ("agnews-test-5323", "announced", 0): "ok (what was announced, as written; no place or "
    "date given)",
    ("agnews-test-867", "launched", 0): "ok (`on Sunday`: the story gives no date)",
    ("agnews-test-6287", "met with", 0): "ok (tuned, round twelve: the topic from `for talks "
    "focusing on X`, with its `between` pair; untuned: topic missing: what the talks are on "
    "(`for talks focusing on the broadening ties between Cuba and China`)); `Monday`: the "
    "story gives no date",
    ("agnews-test-5598", "rose", 0): "ok (`profit`, as with `net profit jumped`; `in the first "
    "quarter`: the story gives no year)",
}
TWENTY_SECOND_STATEMENT_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-3062", "reported", 0): "speaker wrong: `a Khartoum daily` (a newspaper) "
    "given to the city",
    ("agnews-test-1982", "said", 0): "ok (`African Union mediators`)",
    ("agnews-test-580", "said", 0): "ok",
    ("agnews-test-5323", "announced", 0): "ok",
    ("agnews-test-5382", "said", 0): "ok",
    ("agnews-test-867", "reported", 0): "ok",
    ("agnews-test-4578", "said", 0): "ok",
    ("agnews-test-316", "tells", 0): "content wrong: it opens with the addressee (`his troops "
    "he is hoping for peace`)",
    ("agnews-test-316", "say", 0): "ok",
    ("agnews-test-7028", "said", 0): "ok (tuned, round eighteen: `Scientists`, the head before "
    "the participle; untuned: speaker wrong, given to the participle's object)",
    ("agnews-test-7028", "suggests", 0): "not speech: evidence that suggests, an inference",
    ("agnews-test-531", "said", 0): "ok",
    ("agnews-test-5598", "said", 0): "ok",
    ("agnews-test-256", "said", 0): "ok",
    ("agnews-test-3058", "reported", 0): "ok",
}
# events missed (not counted): `a new round of peace talks in Nigeria later this month`
# (agnews-test-3062), `negotiations would resume in October` (agnews-test-1982), `Namibia's
# presidential polls next week` (agnews-test-5590), `launched a three-year project`
# (agnews-test-6288)
TWENTY_SECOND_MISSED: dict[str, str] = {
    "agnews-test-1982": "`Sudan blamed the United States for the failure of ...`",
    "agnews-test-5551": "`Dutch lawmakers accused the government Thursday of underestimating ...`",
}
TWENTY_THIRD_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-7548", "fell", 0): "ok (tuned, round twelve: a market `average` moves as a "
    "price; untuned: missed; `on Friday`: the story gives no date)",
    ("agnews-test-3610", "survived two no-confidence votes", 0): "ok (tuned, round twelve: "
    "`survived ... votes` a vote its subject underwent, in `Israel's parliament`; `on Monday`: "
    "the story gives no date; untuned: missed)",
    ("agnews-test-6050", "step down", 0): "ok (tuned, round twelve: the subject found past its "
    "long `who` clause; untuned: missed; future, no place given)",
    ("agnews-test-2109", "exploded", 0): "ok (the bomb's blast an attack, in Mosul; `on "
    "Monday`: the story gives no date)",
    ("agnews-test-2109", "killing", 0): "ok (the participle's casualties with the blast's agent "
    "and place)",
    ("agnews-test-626", "killed", 0): "ok (the attack as agent, in Kufa; `on Thursday`: the "
    "story gives no date)",
    ("agnews-test-2535", "launched", 0): "ok (no place or date given)",
    ("agnews-test-3628", "invest", 0): "ok (future; what it is in, `in building new chip "
    "production lines`, no argument of this type; no date given)",
}
TWENTY_THIRD_STATEMENT_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-5370", "said", 0): "ok",
    ("agnews-test-2109", "said", 0): "ok (`hospital police`, as written)",
    ("agnews-test-2118", "revealed", 0): "ok",
    ("agnews-test-4656", "said", 0): "ok",
    ("agnews-test-210", "said", 0): "content wrong: what the officials said is the sentence "
    "before the cue (`Wildfires have scorched over 5 million acres ...`), not the appositive "
    "after it",
    ("agnews-test-3628", "said", 0): "ok",
    ("agnews-test-4568", "warning", 0): "ok",
    ("agnews-test-4861", "said", 0): "ok (`NASA scientists`)",
    ("agnews-test-6050", "said", 0): "ok (`the company`: Nike)",
    ("agnews-test-1234", "said", 0): "ok",
    ("agnews-test-7060", "says", 0): "ok (a study as the source, as written)",
}
# events missed (not counted): `a summit meeting Monday` (agnews-test-1550), `A mortar attack on
# a packed mosque` (agnews-test-626), `weekend legislative elections` (agnews-test-7227);
# `survived two no-confidence votes` (agnews-test-3610), `will step down as chief executive
# officer` (agnews-test-6050) and `The Dow Jones industrial average fell` (agnews-test-7548)
# are found since round twelve
TWENTY_THIRD_MISSED: dict[str, str] = {
    "agnews-test-2514": "`..., UN High` (the summary cut inside the speaker's title)",
    "agnews-test-6813": "`the magazine itself charges in its latest issue`",
}
TWENTY_SECOND_UNTUNED = (
    "events fully right 0.67 (4/6), statements right 11/15, 0 without a speaker, "
    "2 stories with missed speech"
)
TWENTY_THIRD_UNTUNED = (
    "events fully right 1.00 (5/5), statements right 10/11, 0 without a speaker, "
    "2 stories with missed speech"
)
# The headline of round eleven: the twenty-second and twenty-third samples' untuned readings
# pooled.
POOLED_UNTUNED_11 = (
    "events fully right 0.82 (9/11), statements right 21/26, 0 without a speaker, "
    "4 stories with missed speech"
)
# Every untuned first reading pooled (held-out, third to sixty-eighth; the first sample was
# tuned on): 59/151 through the tenth, plus 13/24 (eleventh, twelfth), 7/14 (thirteenth),
# 3/15 (fourteenth), 5/18 (fifteenth), 8/20 (sixteenth, seventeenth), 7/16 (eighteenth,
# nineteenth), 9/14 (twentieth, twenty-first), 9/11 (twenty-second, twenty-third), 14/22
# (twenty-fourth to twenty-seventh), 18/24 (twenty-eighth to thirty-first) and 18/23
# (thirty-second to thirty-fifth), 13/23 (thirty-sixth to thirty-eighth), 15/22 (thirty-ninth,
# fortieth), 15/24 (forty-first to forty-third), 20/26 (forty-fourth to forty-sixth), 17/24
# (forty-seventh to forty-ninth), 19/25 (fiftieth, fifty-first), 15/21 (fifty-second to
# fifty-fourth), 20/30 (fifty-fifth to fifty-seventh), 11/20 (fifty-eighth, fifty-ninth), 18/25
# (sixtieth, sixty-first), 6/7 (sixty-second), 14/28 (sixty-third), 16/37 (sixty-fourth), 12/33
# (sixty-fifth), 17/39 (sixty-sixth), 21/33 (sixty-seventh) and 16/33 (sixty-eighth).
ALL_UNTUNED = "events fully right 0.54 (435/802)"
# The twenty-fourth sample (``SEED_24``), drawn after round twelve's mechanisms were committed
# (21e616f) and reviewed on that code before any change; its ids, and those of the twenty-fifth
# to twenty-seventh, were drawn (not read) before the round's checks on stories outside every
# sample. It gave 4 events (all 30 stories AG News summaries), so the twenty-fifth
# (``SEED_25``), twenty-sixth (``SEED_26``) and twenty-seventh (``SEED_27``) were drawn and
# reviewed before any fix until the pooled reading had at least 20 events (22); pooled.
TWENTY_FOURTH_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-1225", "held a closing round of talks", 0): "topic wrong: `peripheral issues` "
    "is what progress was reported on, not what the talks were about (tuned, round thirteen: "
    "found; untuned: missed)",
    ("agnews-test-6856", "set off five bombs", 0): "ok (Madrid from `around Madrid`; `on Friday`: "
    "the story gives no date) (tuned, round thirteen: found; untuned: missed)",
    ("agnews-test-65", "launched an appeal", 0): "topic missing (`for 210 million dollars to help "
    "flood victims`) (tuned, round thirteen: found; untuned: missed)",
    ("agnews-test-2978", "killed", 0): "ok (the Gaza Strip from `in the northern Gaza Strip`; "
    "`Saturday`: the story gives no date)",
    ("agnews-test-2103", "announced", 0): "ok (what was announced, as written)",
    ("agnews-test-2103", "acquire", 0): "ok (future from `would`)",
    ("agnews-test-5538", "struck a groundbreaking deal", 0): "list cut: `20th Century Fox and "
    "Vodaphone` read as `Fox and Vodaphone` (the name's opening ordinal cut), one unlinked "
    "agent for the two parties",
}
TWENTY_FOURTH_STATEMENT_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-6661", "told", 0): "ok",
    ("agnews-test-463", "said", 0): "ok",
    ("agnews-test-463", "said", 1): "ok (Roskosmos, Russia's Federal Space Agency)",
    ("agnews-test-2770", "said", 0): "ok",
    ("agnews-test-3580", "said", 0): "ok",
    ("agnews-test-2103", "announced", 0): "ok",
    ("agnews-test-2666", "according to", 0): "ok (news reports as the source, as written)",
    ("agnews-test-2666", "reports", 0): "not a statement: `reports` of `according to news "
    "reports` read as a second cue with `news` as its speaker",
    ("agnews-test-5585", "said", 0): "ok",
}
# events missed (not counted): `held a closing round of talks` (agnews-test-1225), `died Monday`
# (agnews-test-2666, inside what news reports say), `set off five bombs` (agnews-test-6856),
# `A large explosion shook downtown Baghdad` (agnews-test-4418), `Lazard's board was meeting in
# Paris on Tuesday` (agnews-test-3191), `launched an appeal` (agnews-test-65), `is asking
# President Bush to dismiss` (agnews-test-1091)
TWENTY_FOURTH_MISSED: dict[str, str] = {}
TWENTY_FIFTH_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-1356", "posted a 4.5 percent fall in core profit", 0): "ok (`on Wednesday`: the "
    "story gives no date) (tuned, round thirteen: found; untuned: missed)",
    ("agnews-test-7008", "was charged with", 0): "ok (`Wednesday`: the story gives no date) "
    "(tuned, round thirteen: found; untuned: missed)",
    ("agnews-test-3196", "asked", 0): "ok (the judge as counterpart, what he should do as the "
    "topic) (tuned, round thirteen: found; untuned: missed)",
    ("agnews-test-1594", "were killed", 0): "ok (tuned, round thirteen: Iraq from `across Iraq`; "
    "untuned: place missing: `across Iraq`) (`Sunday`: the story gives no date)",
    ("agnews-test-1395", "were shot dead", 0): "ok (Thailand, from `near the famous Bridge over "
    "the River Kwai in western Thailand`)",
    ("agnews-test-5939", "exploded", 0): "ok (tuned, round thirteen: the place as written, `two "
    "Buenos Aires banks`, linked to Buenos Aires; untuned: place missing: Buenos Aires, `in two "
    "Buenos Aires banks`, a named place as a modifier); `Wednesday`: the story gives no date",
    ("agnews-test-5939", "killing", 0): "ok (tuned, round thirteen: the blast's place, linked to "
    "Buenos Aires; untuned: place missing)",
    ("agnews-test-4531", "agreed to", 0): "ok (both groups; what they agreed to as the topic)",
    ("agnews-test-4531", "merge with", 0): "ok (planned, after `agreed to`; the partner as "
    "patient)",
    ("agnews-test-3212", "was sworn in", 0): "ok (`Tuesday`: the story gives no date)",
}
TWENTY_FIFTH_STATEMENT_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-411", "reported", 0): "ok",
    ("agnews-test-1395", "said", 0): "ok",
    ("agnews-test-5939", "said", 0): "ok",
    ("agnews-test-4531", "said", 0): "speaker list cut: Ispat International missing (`Dutch steel "
    "groups Ispat International and LNM Holdings ... said`)",
    ("agnews-test-4813", "said", 0): "ok",
    ("agnews-test-4619", "said", 0): "ok",
}
# events missed (not counted): `posted a 4.5 percent fall in core profit` (agnews-test-1356),
# `was charged with aggravated battery` (agnews-test-7008), `fired tear gas and plastic bullets at
# crowds` (agnews-test-6977), `called for a united Palestinian leadership` (agnews-test-4813)
TWENTY_FIFTH_MISSED: dict[str, str] = {
    "agnews-test-7164": "`ruled against ..., saying that a German rival ... had every right`",
    "agnews-test-86": "`Hong Kong democrats accused China of jailing one of their members`",
    "agnews-test-3196": "`Federal election officials have asked ..., arguing that rules ... are "
    "crucial`",
}
TWENTY_SIXTH_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-98", "reported a 39 percent jump in quarterly profit", 0): "ok (the agent named "
    "with a piece of its ticker; `on Tuesday`: the story gives no date) (tuned, round "
    "thirteen: found; untuned: missed)",
    ("agnews-test-4186", "fell", 0): "ok (`over the last two weeks`: the story gives no date)",
    ("agnews-test-4972", "met", 0): "list cut: `the leaders of the uprising` missing as a second "
    "counterpart; place wrong: `the strife-torn region of Darfur` is the uprising's, the talks "
    "were in Abuja (the dateline); topic missing (`in a bid to hammer out a deal on "
    "demilitarising the conflict`)",
    ("agnews-test-1506", "marched", 0): "ok (tuned, round thirteen: Rome from `through Rome`; "
    "untuned: place missing) (`on Friday`: the story gives no date)",
    ("agnews-test-1704", "announced", 0): "ok",
    ("agnews-test-1500", "suggests", 0): "not an event: research that `suggests` something is "
    "evidence, no proposal; agent junk (`germs thrive in the body`) (round thirteen: no longer "
    "found, the subject `new research` read past `on how ...`)",
}
TWENTY_SIXTH_STATEMENT_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-4186", "said", 0): "ok",
    ("agnews-test-4251", "according to", 0): "ok (an Associated Press poll as the source)",
    ("agnews-test-98", "said", 0): "content runs on into the story's participle (`, sending its "
    "shares higher`)",
    ("agnews-test-7173", "said", 0): "ok",
    ("agnews-test-1151", "told", 0): "ok",
    ("agnews-test-6953", "said", 0): "ok",
    ("agnews-test-7437", "said", 0): "ok",
    ("agnews-test-1500", "says", 0): "ok",
    ("agnews-test-1500", "suggests", 0): "not a statement: evidence `suggests` (round thirteen: "
    "its speaker now `new research`, read past `on how ...`; untuned: speaker junk, `germs thrive "
    "in the body`)",
    ("agnews-test-3963", "said", 0): "ok",
    ("agnews-test-5205", "said", 0): "ok",
}
# events missed (not counted): `a meeting between the two companies in Zurich on Tuesday`
# (agnews-test-7231), `Shareholders gave their blessing on Friday for Interbrew to buy AmBev`
# (agnews-test-747), `Solana and Kwasniewski expected in Kiev` (agnews-test-6417)
TWENTY_SIXTH_MISSED: dict[str, str] = {
    "agnews-test-5781": '`repeatedly yelled "Allah Allah"`',
}
TWENTY_SEVENTH_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-7420", "taken hostage", 0): "ok (tuned, round twenty-one: the abduction type; "
    "Iraq; no date told)",
    ("agnews-test-12", "began shipping", 0): "ok (`on Tuesday`: the story gives no date) (tuned, "
    "round thirteen: found; untuned: missed)",
    ("agnews-test-4285", "swelled", 0): "ok (the quarter's profit, reported Thursday: no date of "
    "its own) (tuned, round thirteen: found; untuned: missed)",
    ("agnews-test-7072", "killed", 0): "ok (northern China)",
    ("agnews-test-3234", "flew to", 0): "ok (`on Wednesday`: the story gives no date)",
    ("agnews-test-4354", "exploded", 0): "ok (in Baghdad; `Saturday`: the story gives no date)",
    ("agnews-test-4354", "injuring", 0): "ok (the participle's casualties with the blast's agent "
    "and place)",
    ("agnews-test-1730", "arrived in", 0): "ok",
    ("agnews-test-1538", "sanctions on", 0): "agent missing (the United States, by the draft "
    "resolution) (tuned, round thirteen: possible, sanctions a draft resolution threatens; "
    "untuned: also modality wrong, read as imposed)",
}
TWENTY_SEVENTH_STATEMENT_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-7072", "reported", 0): "ok",
    ("agnews-test-4354", "said", 0): "ok",
    ("agnews-test-4652", "said", 0): "ok",
    ("agnews-test-4652", "believed", 0): "not a statement: `although he believed` inside what "
    "Chirac said, read with `although he` as speaker and the quote before as content",
    ("agnews-test-4652", "reported", 0): "ok (the spokesman reported what Chirac said)",
    ("agnews-test-7474", "warned", 0): "ok",
    ("agnews-test-1011", "said", 0): "ok",
    ("agnews-test-1549", "said", 0): "ok",
    ("agnews-test-1730", "said", 0): "ok",
    ("agnews-test-5740", "said", 0): "content cut: it opens after `Wm.`, the first word of the "
    "firm's name",
    ("agnews-test-193", "warned", 0): "ok",
    ("agnews-test-2717", "said", 0): "ok",
    ("agnews-test-6505", "said", 0): "ok",
    ("agnews-test-372", "said", 0): "ok",
    ("agnews-test-7420", "reported", 0): "ok",
    ("agnews-test-466", "say", 0): "ok",
    ("agnews-test-1116", "said", 0): "content wrong: what the department said is the fronted "
    "`The US economy generated 144,000 jobs in August`, not the writer's `in a sign that ...`",
}
# events missed (not counted): `its first quarter profits swelled` (agnews-test-4285), `began
# shipping` and `unveiled` (agnews-test-12), `for talks on` (agnews-test-1730, the visit's
# purpose), the Yukos auction (agnews-test-7565)
TWENTY_SEVENTH_MISSED: dict[str, str] = {
    "agnews-test-4285": "`Microsoft Corp, said Thursday that its first quarter profits swelled`",
}
TWENTY_FOURTH_UNTUNED = (
    "events fully right 0.75 (3/4), statements right 8/9, 0 without a speaker, "
    "0 stories with missed speech"
)
TWENTY_FIFTH_UNTUNED = (
    "events fully right 0.57 (4/7), statements right 5/6, 0 without a speaker, "
    "3 stories with missed speech"
)
TWENTY_SIXTH_UNTUNED = (
    "events fully right 0.40 (2/5), statements right 9/11, 0 without a speaker, "
    "1 story with missed speech"
)
TWENTY_SEVENTH_UNTUNED = (
    "events fully right 0.83 (5/6), statements right 14/17, 0 without a speaker, "
    "1 story with missed speech"
)
# The headline of round twelve: the twenty-fourth to twenty-seventh samples' untuned readings
# pooled.
POOLED_UNTUNED_12 = (
    "events fully right 0.64 (14/22), statements right 36/43, 0 without a speaker, "
    "5 stories with missed speech"
)
# The twenty-eighth sample (``SEED_28``), drawn after round thirteen's mechanisms were committed
# (5e7a47a) and reviewed on that code before any change; its ids, and those of the
# twenty-ninth to thirty-first, were drawn (not read) before the round's checks on stories
# outside every sample. It gave 14 events (all 30 stories AG News summaries), so the
# twenty-ninth (``SEED_29``), thirtieth (``SEED_30``) and thirty-first (``SEED_31``) were drawn
# and reviewed before any fix until the pooled reading had at least 20 events (24); pooled.
TWENTY_EIGHTH_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-4680", "made a new appeal", 0): "ok (what she appealed for as the topic)",
    ("agnews-test-6527", "agree to", 0): "ok (planned: `were ready to`; the rivals as written)",
    ("agnews-test-7334", "raised interest rates", 0): "ok (`on Tuesday`: the story gives no date)",
    ("agnews-test-793", "attacks on", 0): "ok (tuned, round fourteen: `alleged` read as "
    "possible, an acting body modifying the noun as agent; untuned: agent missing (the "
    "government, in `government attacks`); modality wrong: `alleged` attacks read as done)",
    ("agnews-test-2022", "held last-minute talks", 0): "topic wrong: `a resolution` is the "
    "vote's (`before the U.N. Security Council was to vote on ...`) (tuned, round fourteen: "
    "found; untuned: missed)",
    ("agnews-test-5917", "boosted its stake in", 0): "ok (tuned, round fourteen: found; "
    "untuned: missed)",
    ("agnews-test-4649", "entered into an agreement", 0): "ok (tuned, round fourteen: found; "
    "untuned: missed)",
    ("agnews-test-6726", "rose", 0): "ok (`on Wednesday`: the story gives no date)",
    ("agnews-test-6726", "fell", 0): "ok",
    ("agnews-test-6053", "agreed to", 0): "ok",
    ("agnews-test-6177", "urged", 0): "ok (both addressees as counterparts, what they should "
    "do as the topic)",
    ("agnews-test-5673", "might close", 0): "ok (possible) (tuned, round fourteen: an "
    "infinitive's verb cut off the phrase read back; untuned: agent junk: `prevent any terror "
    "attack` (the attack that might close the canal))",
    ("agnews-test-5440", "cut 600 jobs", 0): "ok (future from `would`; Europe from `across "
    "Europe`)",
    ("agnews-test-5440", "shut", 0): "ok (future: `would` governs the list) (tuned, round "
    "fourteen: a base verb in a list takes the modal of the verb conjoined before; untuned: "
    "modality wrong: `would` governs the list (`would cut ..., part company ... and shut ...`), "
    "read as done)",
    ("agnews-test-1852", "resigned", 0): "ok (the auditor; `on Thursday` is the report's)",
    ("agnews-test-7501", "acquired", 0): "ok (a player acquired from another club, the club as "
    "counterpart)",
    ("agnews-test-7469", "agreed to buy", 0): "ok (`on Thursday` is the report's; the story "
    "gives no date)",
}
TWENTY_EIGHTH_STATEMENT_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-4680", "said", 0): "ok",
    ("agnews-test-6527", "said", 0): "ok (tuned, statements' eighth session: the leader of "
    "Sinn Fein; untuned: speaker and content swapped, the speaker read as `he believed his "
    "Protestant rivals`, the content as the subject `The leader of Sinn Fein, ...`)",
    ("agnews-test-109", "said", 0): "ok",
    ("agnews-test-2030", "said", 0): "ok",
    ("agnews-test-5673", "told", 0): "ok",
    ("agnews-test-5440", "said", 0): "ok",
    ("agnews-test-1852", "said", 0): "ok (the second `said`)",
    ("agnews-test-4498", "said", 0): "ok",
    ("agnews-test-6484", "said", 0): "ok",
    ("agnews-test-7469", "said", 0): "ok",
    ("agnews-test-4649", "said", 0): "ok",
}
# events missed (not counted): `held last-minute talks on Saturday` and `was to vote on a
# resolution` (agnews-test-2022), `walked away from African Union peace talks to hold a 24-hour
# boycott` (agnews-test-793), `has entered into an agreement with` (agnews-test-4649), `boosted
# its stake in` (agnews-test-5917), `terminated the contract of` (agnews-test-1766), `South Korea
# signed` (agnews-test-6484)
TWENTY_EIGHTH_MISSED: dict[str, str] = {
    "agnews-test-1852": "the first `said`: `on Thursday said its auditor KPMG LLP resigned`",
}
TWENTY_NINTH_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-5371", "rose", 0): "agent cut (`October sales at stores open at least a year` "
    "read as `sales at stores open`) (tuned, round fourteen: no place, the owner's premises name "
    "none; untuned: also place wrong: `its CVS stores`, the firm's stores, named as the place "
    "(`stores` a venue since round thirteen))",
    ("agnews-test-5834", "impose an arms embargo", 0): "ok (tuned, round fourteen: the "
    "organization whose decision it completes; untuned: agent missing (the United Nations, "
    "whose decision it is))",
    ("agnews-test-7341", "sued", 0): "patient cut (tuned, round seventeen: the legal-action "
    "type; `scores of operators of U.S.- and European-based computer servers` cut at the "
    "hyphen of `U.S.-`; untuned: missed, no such type)",
}
TWENTY_NINTH_STATEMENT_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-6328", "reported", 0): "ok",
    ("agnews-test-606", "saying", 0): "ok",
    ("agnews-test-3955", "according to", 0): "ok (the study as the source)",
    ("agnews-test-6509", "said", 0): "ok",
    ("agnews-test-5371", "said", 0): "ok (the speaker named with a piece of its ticker)",
    ("agnews-test-6332", "said", 0): "speaker wrong: Cricket Australia, the body, linked to the "
    "country Australia",
    ("agnews-test-4864", "says", 0): "ok",
    ("agnews-test-4864", "told", 0): "not a statement: what the paper should have told readers",
    ("agnews-test-4864", "suggested", 0): "not a statement: `not as spontaneous as the story "
    "suggested`, the whole sentence before read as its content",
    ("agnews-test-6796", "said", 0): "ok",
    ("agnews-test-985", "said", 0): "ok",
    ("agnews-test-7016", "said", 0): "speaker wrong: `it` is Walt Disney, not Sony",
    ("agnews-test-3165", "said", 0): "ok (the speaker as written, `seniorofficer`)",
    ("agnews-test-2282", "said", 0): "ok",
    ("agnews-test-5871", "according to", 0): "ok (the document as the source)",
    ("agnews-test-6589", "said", 0): "ok",
    ("agnews-test-6589", "disputes", 0): "not a statement: the noun `disputes` read as a cue",
    ("agnews-test-612", "warned", 0): "ok (what Singapore officials were warned against)",
}
# events missed (not counted): `All-party talks ... get underway at Leeds Castle`
# (agnews-test-1773), `sued scores of operators` (agnews-test-7341; found since round
# seventeen), `has ruled that` (agnews-test-2012), `adopting the nation's first rules`
# (agnews-test-5), `turning in their weapons` (agnews-test-6433)
TWENTY_NINTH_MISSED: dict[str, str] = {}
THIRTIETH_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-600", "picked", 0): "ok (the role, `to head the House Intelligence "
    "Committee`, not kept; `Wednesday` without a story date) (tuned, round fourteen: found; "
    "untuned: missed)",
    ("agnews-test-7323", "named", 0): "ok (the patient as written, its name in apposition) "
    "(tuned, round fourteen: found; untuned: missed)",
    ("agnews-test-4400", "impose sanctions", 0): "ok (possible from `may`; `Thursday` is the "
    "report's)",
    ("agnews-test-3911", "attacks on", 0): "ok (the United States as target; `Sept. 11` without "
    "a year and no story date)",
}
THIRTIETH_STATEMENT_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-4400", "said", 0): "ok",
    ("agnews-test-865", "say", 0): "ok",
    ("agnews-test-3658", "said", 0): "ok",
    ("agnews-test-5174", "said", 0): "content wrong: what the government said is the fronted "
    "`U.S. jobs were created at the heartiest pace in seven months during October`, not only the "
    "participle after the cue",
    ("agnews-test-6517", "said", 0): "ok",
    ("agnews-test-2088", "vowed", 0): "speaker wrong: `a lead to ex-general Susilo Bambang "
    "Yudhoyono` for Yudhoyono (`who has vowed`)",
    ("agnews-test-7323", "said", 0): "ok",
    ("agnews-test-2907", "said", 0): "ok",
    ("agnews-test-6319", "said", 0): "speaker wrong: `the island` for the head of the nonprofit "
    "group that manages it",
    ("agnews-test-6092", "said", 0): "ok",
    ("agnews-test-1020", "reported", 0): "ok",
    ("agnews-test-6973", "said", 0): "ok",
    ("agnews-test-919", "said", 0): "content runs on into the writer's participle (`, firing an "
    "opening salvo as ...`)",
}
# events missed (not counted): `A Palestinian mortar bomb slammed into a house ..., killing a
# woman` (agnews-test-2419), `it named its former chief marketing officer, Michael Sands, as
# president` (agnews-test-7323), `was picked ... to head the House Intelligence Committee`
# (agnews-test-600), `fired three executives` (agnews-test-5622), `Indonesia's presidential
# elections Monday` (agnews-test-2088), `the Fed expected to raise interest rates`
# (agnews-test-5372), `getting in another meeting with a foreign leader` (agnews-test-2242)
THIRTIETH_MISSED: dict[str, str] = {
    "agnews-test-4376": "`renewed a promise that the Democrats would never raise the retirement "
    "age`",
    "agnews-test-3911": "`The answer, they concluded, was yes`",
}
THIRTY_FIRST_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-236", "hired", 0): "ok (the role not kept; `Tuesday` without a story "
    "date) (tuned, round fourteen: found; untuned: missed)",
    ("agnews-test-4837", "posted higher quarterly earnings", 0): "ok (no place: the United "
    "States, where the firm was weak, is the `as` clause's) (tuned, round fourteen: found, then "
    "`as` before a subject and a past verb opens a clause; untuned: missed)",
    ("agnews-test-5711", "agreed to", 0): "ok (`Sunday` is the report's)",
    ("agnews-test-3345", "were killed", 0): "ok (no place named; `Thursday` is the report's)",
    ("agnews-test-3345", "were wounded", 0): "ok",
    ("agnews-test-2615", "climbed", 0): "ok (`on Monday`: the story gives no date)",
    ("agnews-test-6607", "died", 0): "ok (no date or place given)",
    ("agnews-test-1505", "jailed", 0): "ok (Zimbabwe, the court's; Harare, the dateline, would "
    "be closer) (tuned, round fourteen: a plural noun with a perfect after a noun opens its own "
    "clause; untuned: place wrong: Equatorial Guinea is the coup plot's (`a case prosecutors had "
    "linked to a foiled coup plot in ...`); the court is Zimbabwe's (Harare, the dateline))",
    ("agnews-test-2984", "asked", 0): "ok (tuned, round fifteen: found past `on Friday`; no "
    "story date)",
}
THIRTY_FIRST_STATEMENT_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-2554", "said", 0): "ok",
    ("agnews-test-5711", "asserts", 0): "content runs on into the reporting clause (`..., "
    "diplomats said Sunday`)",
    ("agnews-test-5711", "said", 0): "ok",
    ("agnews-test-3345", "said", 0): "ok",
    ("agnews-test-3164", "said", 0): "ok",
    ("agnews-test-4414", "reports", 0): "not a statement: the noun `reports` (`a tidal wave of "
    "quarterly earnings reports`) read as a cue",
    ("agnews-test-6896", "said", 0): "ok",
    ("agnews-test-6896", "vowed", 0): "speaker wrong: `presidential election and he` (at "
    "first reading `... he defiantly`) for Yanukovich (`he`)",
    ("agnews-test-2425", "said", 0): "ok",
}
# events missed (not counted): `asked the Supreme Court on Friday to hear its challenge`
# (agnews-test-2984), `unveiled on Wednesday a miniature version` (agnews-test-1346), `posted
# higher quarterly earnings` (agnews-test-4837), `traded center Predrag Drobnjak to the Atlanta
# Hawks` (agnews-test-69), `was hired ... as head coach` (agnews-test-236)
THIRTY_FIRST_MISSED: dict[str, str] = {
    "agnews-test-910": "`economists on Monday cautioned that rapid house price gains ... may not "
    "be sustainable`",
}
TWENTY_EIGHTH_UNTUNED = (
    "events fully right 0.79 (11/14), statements right 10/11, 0 without a speaker, "
    "1 story with missed speech"
)
TWENTY_NINTH_UNTUNED = (
    "events fully right 0.00 (0/2), statements right 13/18, 0 without a speaker, "
    "0 stories with missed speech"
)
THIRTIETH_UNTUNED = (
    "events fully right 1.00 (2/2), statements right 9/13, 0 without a speaker, "
    "2 stories with missed speech"
)
THIRTY_FIRST_UNTUNED = (
    "events fully right 0.83 (5/6), statements right 6/9, 0 without a speaker, "
    "1 story with missed speech"
)
# The headline of round thirteen: the twenty-eighth to thirty-first samples' untuned readings
# pooled.
POOLED_UNTUNED_13 = (
    "events fully right 0.75 (18/24), statements right 38/51, 0 without a speaker, "
    "4 stories with missed speech"
)
# The thirty-second sample (``SEED_32``), drawn after round fourteen's mechanisms were committed
# (beb50a6) and reviewed on that code before any change; its ids, and those of the
# thirty-third to thirty-fifth, were drawn (not read) before the round's checks on stories
# outside every sample. It gave 4 events (all 30 stories AG News summaries), so the thirty-third
# (``SEED_33``), thirty-fourth (``SEED_34``) and thirty-fifth (``SEED_35``) were drawn and
# reviewed before any fix until the pooled reading had at least 20 events (23); pooled.
THIRTY_SECOND_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-5165", "closed down", 0): "ok (tuned, round twenty-two: Russia, the station's "
    "country, from `a Russian nuclear power station`; the site near Saratov is told only in the "
    "`but` clause; untuned: place missing)",
    ("agnews-test-3486", "killed", 0): "ok (`on Saturday`: the story gives no date)",
    ("agnews-test-5246", "declared", 0): "ok (a state of emergency declared, as an "
    "announcement; `on Sunday`: no story date)",
    ("agnews-test-4840", "announced", 0): "ok (tuned, round fifteen: the amount converted in "
    "parentheses no longer ends the topic; untuned: topic cut: `a planned 7 billion euro` (the "
    "parenthesis ends it before `merger`))",
    ("agnews-test-3698", "asked", 0): "ok (tuned, round fifteen: found past `on Monday`; "
    "`Monday` without a story date)",
}
THIRTY_SECOND_STATEMENT_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-2711", "said", 0): "ok",
    ("agnews-test-7101", "said", 0): "ok",
    ("agnews-test-7101", "recalling", 0): "not a statement: vehicles recalled, `recalling` "
    "read as a cue",
    ("agnews-test-5165", "reported", 0): "ok",
    ("agnews-test-5246", "declared", 0): "not a statement: a state of emergency declared is an "
    "act, no reported speech",
    ("agnews-test-4840", "said", 0): "ok",
    ("agnews-test-7326", "according to", 0): "ok (the report's author as the source)",
    ("agnews-test-3041", "said", 0): "ok",
    ("agnews-test-3297", "said", 0): "ok",
}
# events missed (not counted): `a bill a Senate committee approved Tuesday` (agnews-test-2220),
# `asked the United Nations on Monday to provide` (agnews-test-3698), `Oil prices scaled new
# heights` and `an unexpected strike at Nigerian oil terminals`, `retired from professional
# soccer`, `stripped Gen. Augusto Pinochet of immunity`, `issuing an order to block Sunday's
# auction`
THIRTY_SECOND_MISSED: dict[str, str] = {}
THIRTY_THIRD_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-2796", "buy", 0): "ok (future: `will buy`)",
    ("agnews-test-1131", "killed", 0): "ok (no place given: `in two separate incidents`)",
    ("agnews-test-1131", "fired three missiles at", 0): "place missing: Gaza (`a Gaza "
    "warehouse`: the town modifying a venue is not read for `warehouse`) (tuned, round "
    "seventeen: a projectile fired at a target an attack; untuned: missed)",
    ("agnews-test-6987", "acquire", 0): "ok (future)",
    ("agnews-test-5839", "died", 0): "ok (no date or place given)",
    ("agnews-test-3827", "posted a narrower quarterly loss", 0): "ok",
    ("agnews-test-3827", "rose", 0): "ok (the revenue as written)",
    ("agnews-test-5146", "announced", 0): "ok (future; `Monday` without a story date; no "
    "announcer named)",
    ("agnews-test-5787", "imposed an immediate arms embargo", 0): "ok",
    ("agnews-test-5787", "voted", 0): "ok (what was voted as the topic)",
    ("agnews-test-4753", "exploded", 0): "ok (`southern Thailand`, linked to Thailand)",
    ("agnews-test-4753", "injuring", 0): "ok",
    ("agnews-test-2168", "began a nationwide strike", 0): "ok (tuned, round fifteen: a strike "
    "begun; nationwide, no place named; `Tuesday` without a story date; `expected to affect` "
    "the participle's, no topic)",
}
THIRTY_THIRD_STATEMENT_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-2796", "said", 0): "ok",
    ("agnews-test-1131", "said", 0): "ok (inside the relative clause)",
    ("agnews-test-7051", "said", 0): "ok",
    ("agnews-test-7051", "saying", 0): "ok",
    ("agnews-test-6987", "said", 0): "ok",
    ("agnews-test-6335", "said", 0): "ok",
    ("agnews-test-5146", "said", 0): "ok",
    ("agnews-test-4039", "said", 0): "ok",
    ("agnews-test-925", "vowed", 0): "content runs on into the writer's `after winning an "
    "election ...` clause",
    ("agnews-test-728", "said", 0): "ok",
    ("agnews-test-4753", "said", 0): "ok",
}
# events missed (not counted): `Israeli helicopters fired three missiles at a Gaza warehouse`
# (agnews-test-1131; found since round seventeen), `Israeli unions began a nationwide strike`
# (agnews-test-2168), `Apple Computer unveiled, after a two-month delay, its new iMac`
# (agnews-test-969), `unveiled jointly developed software Monday`, `pulled its arthritis drug
# Vioxx off the market`, `pleaded guilty`
THIRTY_THIRD_MISSED: dict[str, str] = {
    "agnews-test-7386": "`claiming that a May inspection by an American general found no "
    "evidence of abuse`",
}
THIRTY_FOURTH_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-394", "attacked", 0): "ok (tuned, round fifteen: a capitalized modifier "
    "does not make the object a name; untuned: place missing: `in the holy Iraqi city of "
    "Najaf` (also the dateline) not read past the object)",
    ("agnews-test-6905", "urged", 0): "ok (tuned, round fifteen: found past `on Tuesday`; no "
    "story date)",
    ("agnews-test-7484", "elected", 0): "ok (tuned, round fifteen: titles joined under one "
    "determiner read whole; untuned: patient cut: `a new chairman` of `a new chairman and "
    "vice chairman`)",
}
THIRTY_FOURTH_STATEMENT_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-4500", "say", 0): "ok",
    ("agnews-test-49", "said", 0): "ok",
    ("agnews-test-5868", "said", 0): "ok",
    ("agnews-test-5143", "said", 0): "ok",
    ("agnews-test-6022", "told", 0): "ok",
    ("agnews-test-2688", "said", 0): "ok (the story's text ends there)",
    ("agnews-test-6764", "say", 0): "ok",
}
# events missed (not counted): `launched a legal challenge` (agnews-test-3433), `legislation
# signed Wednesday by Gov. Arnold Schwarzenegger` (agnews-test-2811), `urged the Bush
# administration on Tuesday to devote more effort` (agnews-test-6905), `fined $5,000 by the NFL`
THIRTY_FOURTH_MISSED: dict[str, str] = {
    "agnews-test-49": "`accused a Chinese-American ... of building an espionage network`",
    "agnews-test-917": "`economists on Monday cautioned that rapid house price gains ... may not "
    "be sustainable` (the text of the thirty-first's agnews-test-910 under another id)",
}
THIRTY_FIFTH_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-3697", "agreed", 0): "ok (the court's consent to hear a case; `Tuesday` "
    "without a story date)",
    ("agnews-test-5837", "rose", 0): "ok (the profit as written)",
    ("agnews-test-2353", "slipped", 0): "ok",
    ("agnews-test-743", "were killed", 0): "place missing: the police building in Dagestan, "
    "told in the clause before (`An explosion rocked ...`, itself not found)",
    ("agnews-test-4264", "climbed", 0): "ok (`its` profit: Microsoft)",
    ("agnews-test-4543", "posted a 53 percent increase in quarterly profit", 0): "ok",
    ("agnews-test-4120", "reported higher quarterly profits", 0): "ok (tuned, round fifteen: "
    "plural results; `on Tuesday` without a story date)",
    ("agnews-test-6979", "hired", 0): "ok (tuned, round fifteen: a role after `as` with an "
    "owner and a modifier; the school not named as the one hiring)",
}
THIRTY_FIFTH_STATEMENT_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-6762", "say", 0): "ok",
    ("agnews-test-6762", "found", 0): "not a statement: `commonly found` read as a cue",
    ("agnews-test-5837", "said", 0): "content cut: `third-quarter` left out of `third-quarter "
    "profit rose ...`",
    ("agnews-test-73", "said", 0): "ok (the space agency linked to NASA)",
    ("agnews-test-4257", "said", 0): "ok (the second verb's content)",
    ("agnews-test-135", "said", 0): "ok",
    ("agnews-test-1221", "said", 0): "ok",
    ("agnews-test-743", "said", 0): "ok",
    ("agnews-test-4264", "said", 0): "ok",
    ("agnews-test-1752", "say", 0): "ok",
}
# events missed (not counted): `posted a higher-than-expected 16 percent rise in quarterly
# profit` (agnews-test-4257), `died Tuesday` (agnews-test-135), `reported higher quarterly
# profits` (agnews-test-4120: plural `profits`), `was hired as the school's football coach`
# (agnews-test-6979), `An explosion rocked a police building` (agnews-test-743), `distributed a
# video ... showing the killings of two men`, `handed over medical supplies`
THIRTY_FIFTH_MISSED: dict[str, str] = {
    "agnews-test-1910": "`Time, some say, for Parliament's archaic security measures to be "
    "dragged into the 21st century`",
}
THIRTY_SECOND_UNTUNED = (
    "events fully right 0.50 (2/4), statements right 7/9, 0 without a speaker, "
    "0 stories with missed speech"
)
THIRTY_THIRD_UNTUNED = (
    "events fully right 1.00 (11/11), statements right 10/11, 0 without a speaker, "
    "1 story with missed speech"
)
THIRTY_FOURTH_UNTUNED = (
    "events fully right 0.00 (0/2), statements right 7/7, 0 without a speaker, "
    "2 stories with missed speech"
)
THIRTY_FIFTH_UNTUNED = (
    "events fully right 0.83 (5/6), statements right 8/10, 0 without a speaker, "
    "1 story with missed speech"
)
# The headline of round fourteen: the thirty-second to thirty-fifth samples' untuned readings
# pooled.
POOLED_UNTUNED_14 = (
    "events fully right 0.78 (18/23), statements right 32/37, 0 without a speaker, "
    "4 stories with missed speech"
)
# The thirty-sixth sample (``SEED_36``), drawn after round fifteen's mechanisms were committed
# (46cb69f) and reviewed on that code before any change; its ids, and those of the
# thirty-seventh to forty-second, were drawn (not read) before the round's checks on stories
# outside every sample. It gave 3 events (all 30 stories AG News summaries), so the
# thirty-seventh (``SEED_37``) and thirty-eighth (``SEED_38``) were drawn and reviewed before
# any fix until the pooled reading had at least 20 events (23); pooled.
THIRTY_SIXTH_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-3108", "suggested", 0): "not an event: regulators `suggested` they are not "
    "bound by a decision: what they said (the statement), no proposal; the topic also runs "
    "into `and are continuing`",
    ("agnews-test-1694", "dipped", 0): "ok (national retail sales as `sales`, the list's "
    "nearest type; `in August`: the story gives no year)",
    ("agnews-test-4155", "elected", 0): "ok (possible: `If John Kerry is elected`)",
}
THIRTY_SIXTH_STATEMENT_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-4291", "warned", 0): "ok",
    ("agnews-test-1340", "said", 0): "ok",
    ("agnews-test-6318", "said", 0): "ok",
    ("agnews-test-1246", "said", 0): "content runs on into the main clause (`set a $5 million "
    "ransom on Monday and issued a 48-hour deadline ...`, the statement's own acts)",
    ("agnews-test-3108", "suggested", 0): "ok (the regulators linked to the European Union)",
    ("agnews-test-2697", "said", 0): "speaker wrong: `LOW.N`, the ticker alone, not linked to "
    "Lowe's Cos.",
    ("agnews-test-2188", "condemned", 0): "content runs on through `telling interim Iraqi "
    'Prime Minister Ayad Allawi, "We will not allow ..."`: the quote is what he told Allawi, '
    "not what he condemned",
    ("agnews-test-6006", "said", 0): "content opens with `to PeopleSoft Inc. stockholders "
    "that` (the letter's addressees)",
    ("agnews-test-3403", "said", 0): "speaker `the 24-year old` not linked to Chip Collier, "
    "named in the sentence before",
    ("agnews-test-3403", "said", 1): "speaker `the 24-year old` not linked to Chip Collier",
    ("agnews-test-1433", "according to", 0): "ok (the survey as the source)",
    ("agnews-test-2359", "said", 0): "speaker `they` unresolved (VeriSign and the safety group, "
    "the sentence's subject)",
    ("agnews-test-5618", "told", 0): "content runs on into the writer's `as the jockeying to "
    "replace chairman Terry McAuliffe intensified`",
}
# events missed (not counted): `accepted a one-year, $3 million contract` (agnews-test-4694),
# `test-fired on Wednesday a nuclear-capable ... missile` (agnews-test-6943), `Oil prices set a
# new record` (agnews-test-3190), `unveiled a new technology on Thursday` (agnews-test-2359),
# `condemned the beheading` (agnews-test-2188), `Shooting erupted ... outside Haiti's
# presidential palace` (agnews-test-6744), `would withdraw its hostile takeover bid`
THIRTY_SIXTH_MISSED: dict[str, str] = {
    "agnews-test-3120": "`Brinker International Inc. ..., on Monday said it received a demand "
    "from the U.S. Internal Revenue Service`",
}
THIRTY_SEVENTH_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-3644", "ratify", 0): "ok (planned: what the nations are urged to do)",
    ("agnews-test-4027", "posted a 3.8 percent drop in quarterly profit", 0): "ok (the firm "
    "named with a piece of its ticker; `on Monday`: the story gives no date)",
    ("agnews-test-3519", "urge", 0): "agent wrong: `his National Day speech` for Taiwan's "
    "leader; modality wrong: `used his speech to urge` is an urging done, not planned",
    ("agnews-test-3519", "begin peace talks", 0): "ok (planned: what China is urged to do; the "
    "other side only as `the two rivals`)",
    ("agnews-test-3519", "met", 0): "ok (negated: `haven't met since ... 1949`)",
    ("agnews-test-6054", "posted a 24 percent rise in profit", 0): "ok (`on Thursday`: the story "
    "gives no date)",
    ("agnews-test-5324", "met", 0): "ok (tuned, round nineteen: the question they met to "
    "consider, `how to prevent the creature's disappearance`; untuned: topic missing)",
    ("agnews-test-2921", "calls for", 0): "ok (tuned, round sixteen: a topic noun's complement "
    "read with it; untuned: topic cut: `attacks` of `attacks on U.S. and British interests "
    "everywhere`)",
}
THIRTY_SEVENTH_STATEMENT_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-1874", "said", 0): "ok",
    ("agnews-test-97", "said", 0): "ok",
    ("agnews-test-3519", "insists", 0): "content runs on into `and has threatened to attack if "
    "it refuses to unify eventually`, China's act, not what it insists",
    ("agnews-test-3292", "said", 0): "content cut at the comma of `1,000 gigabytes`",
    ("agnews-test-2921", "according to", 0): "ok (the broadcast as the source)",
    ("agnews-test-5250", "said", 0): "ok",
}
# events missed (not counted): `urged wealthy nations to ratify` (agnews-test-3644), `were fined
# a total of $1.7 million` (agnews-test-1874), `was elected to the U.S. Senate` (agnews-test-5712),
# `Oil prices retreated sharply` (agnews-test-4025), `seizing an Iraqi-Polish woman`
# (agnews-test-4789), `rejected calls ... for a referendum` (agnews-test-4640), `decided ... to
# enforce a law and order plan` (agnews-test-5250), `pulled out of the England squad`
THIRTY_SEVENTH_MISSED: dict[str, str] = {}
THIRTY_EIGHTH_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-1456", "declared", 0): "ok (tuned, round sixteen: a finite verb of appeal "
    "after `and` ends the topic; untuned: topic runs on into `and urged the world to back ...`, "
    "the next verb's)",
    ("agnews-test-1456", "urged", 0): "ok (`on Thursday`: the story gives no date)",
    ("agnews-test-4467", "urged", 0): "ok (tuned, round sixteen: a finite verb of appeal after "
    "`and` ends the topic; untuned: topic runs on into `and pressed Beijing to accept a Taiwan "
    "offer of talks`, the next verb's)",
    ("agnews-test-4467", "resume stalled talks", 0): "agent wrong: Powell for North Korea (the "
    "one China is to press); topic cut: `scrapping` of `scrapping its nuclear weapons programs`",
    ("agnews-test-1726", "rose", 0): "ok (the earnings as written)",
    ("agnews-test-1726", "rose", 1): "ok (the sales as written)",
    ("agnews-test-479", "announced", 0): "topic cut: `plans` of `plans ... for 500 new housing "
    "units in the West Bank`",
    ("agnews-test-5310", "agreed to", 0): "list cut: the topic stops at `Novell Inc`, `and an "
    "industry trade group` left out",
    ("agnews-test-2204", "approved", 0): "ok (`on Tuesday`: the story gives no date)",
    ("agnews-test-2035", "arrested", 0): "ok (England, linked to the United Kingdom)",
    ("agnews-test-4472", "arrested", 0): "place wrong: the Sinai, where the bombings were, for "
    "arrests the story does not place (since the Sinai entered the gazetteer, session ten; "
    "before: ok, no place)",
    ("agnews-test-4472", "killed", 0): "agent wrong: `the Sinai`, the bombings' place, read as "
    "the killer; place missing (the Sinai)",
    ("agnews-test-5236", "began talks", 0): "counterpart wrong (tuned, round eighteen: found "
    "once the participle's clause is no subject): `the government` linked to the United "
    "Nations, and the United Nations, the second counterpart, left out of `the government and "
    "the United Nations`",
}
THIRTY_EIGHTH_STATEMENT_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-1456", "declared", 0): "ok",
    ("agnews-test-1726", "said", 0): "ok",
    ("agnews-test-5236", "said", 0): "ok",
    ("agnews-test-5310", "said", 0): "content runs on into the writer's `marking the end of a "
    "decade-long antitrust battle`",
    ("agnews-test-1764", "said", 0): "ok",
    ("agnews-test-2035", "confirmed", 0): "ok (`police and the company` as written, linked to "
    "the company)",
    ("agnews-test-1881", "said", 0): "content runs on into the writer's `even as a U.S. "
    "intelligence report depicted a bleak outlook ...`",
    ("agnews-test-4123", "said", 0): "ok",
}
# events missed (not counted): `urged the Sudanese government to do more` (agnews-test-517),
# `posted a wider quarterly loss` (agnews-test-208), `was fired as Southern California's
# basketball coach` (agnews-test-1949), `recalled its ambassador from Cuba` (agnews-test-465),
# `Oil prices struck a fresh record` (agnews-test-254), `began talks with the government`
# (agnews-test-5236, inside what the spokesman said)
THIRTY_EIGHTH_MISSED: dict[str, str] = {
    "agnews-test-7061": "`Wild South American monkeys routinely use fist-sized rocks ..., "
    "researchers report in the journal Science`",
}
THIRTY_SIXTH_UNTUNED = (
    "events fully right 0.67 (2/3), statements right 5/13, 0 without a speaker, "
    "1 story with missed speech"
)
THIRTY_SEVENTH_UNTUNED = (
    "events fully right 0.62 (5/8), statements right 4/6, 0 without a speaker, "
    "0 stories with missed speech"
)
THIRTY_EIGHTH_UNTUNED = (
    "events fully right 0.50 (6/12), statements right 6/8, 0 without a speaker, "
    "1 story with missed speech"
)
# The headline of round fifteen: the thirty-sixth to thirty-eighth samples' untuned readings
# pooled.
POOLED_UNTUNED_15 = (
    "events fully right 0.57 (13/23), statements right 15/27, 0 without a speaker, "
    "2 stories with missed speech"
)
# The thirty-ninth sample (``SEED_39``), its id drawn before round fifteen's checks and left
# unread, reviewed on round sixteen's code (294003b) before any change made for it. It gave 11
# events, so the fortieth (``SEED_40``, drawn at the same time) was reviewed before any fix
# until the pooled reading had at least 20 events (22); pooled.
THIRTY_NINTH_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-1591", "meets", 0): "ok (future: `when it meets this week`; no story date; "
    "the meeting's place not told)",
    ("agnews-test-6314", "cut about 7,000 jobs", 0): "ok (future)",
    ("agnews-test-6314", "purchased", 0): "agent wrong: `integrates`, a verb, for Cingular "
    "Wireless (`as it integrates recently purchased AT T Wireless`)",
    ("agnews-test-629", "buy", 0): "ok (future; the firm named with a piece of its ticker)",
    ("agnews-test-3856", "killed", 0): "place missing: northern Gaza (`since tanks rumbled into "
    "northern Gaza`), also in the dateline",
    ("agnews-test-1214", "rose", 0): "ok (`Monday morning`: the story gives no date)",
    ("agnews-test-7040", "rose", 0): "ok (`on Thursday`: the story gives no date)",
    ("agnews-test-3312", "were killed", 0): "ok (Multan; `early on Thursday`: no story date)",
    ("agnews-test-3312", "wounded", 0): "ok (`52` as written; Multan)",
    ("agnews-test-3312", "exploded", 0): "ok (a car bomb at a rally in Multan)",
    ("agnews-test-7277", "reach an agreement", 0): "topic cut: `tougher` of `tougher testing "
    "for steroids`",
}
THIRTY_NINTH_STATEMENT_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-7494", "said", 0): "ok",
    ("agnews-test-2802", "told", 0): "ok",
    ("agnews-test-6882", "said", 0): "ok",
    ("agnews-test-6314", "said", 0): "ok",
    ("agnews-test-629", "said", 0): "content runs on into the writer's `marking the biggest "
    "takeover in the asset management business this year`",
    ("agnews-test-3856", "said", 0): "content runs on into the writer's relative clause `that "
    "has killed more than 100 Palestinians since ...`",
    ("agnews-test-3181", "said", 0): "ok",
    ("agnews-test-3312", "said", 0): "ok",
    ("agnews-test-434", "said", 0): "ok",
    ("agnews-test-7206", "say", 0): "ok",
}
# events missed (not counted): `militants ... burst into a mourning tent ..., killing two
# security guards and wounding six` (agnews-test-5717), `European stock markets rose`
# (agnews-test-2750), `Tokyo stocks finished sharply higher` (agnews-test-3082), `High oil
# prices ... are surging again` (agnews-test-379), `released Jason Gesser` (agnews-test-1202),
# `will eliminate 88 scheduled flights` (agnews-test-434)
THIRTY_NINTH_MISSED: dict[str, str] = {}
FORTIETH_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-650", "agreed to", 0): "ok (tuned, round seventeen: the topic ends before its "
    "purpose; untuned: topic runs on into `to settle a lawsuit that accused "
    "it of withholding ...`, the purpose and the lawsuit's relative clause)",
    ("agnews-test-1967", "were killed", 0): "place missing: Fallujah (the missile fired at a "
    "house there, not read as an attack, so no incident to take it from)",
    ("agnews-test-1967", "fired a missile at", 0): "place missing: Fallujah, told in the "
    "`where` clause on the house (tuned, round seventeen: a projectile fired at a target an "
    "attack; untuned: missed)",
    ("agnews-test-1255", "edged higher", 0): "ok (`on Tuesday`: the story gives no date)",
    ("agnews-test-5895", "urged", 0): "ok (the topic stops before the place's relative clause; "
    "where she urged is not told)",
    ("agnews-test-6016", "sank", 0): "ok (the firm's shares, named with a piece of its ticker)",
    ("agnews-test-34", "announce", 0): "agent `the governor` not linked to James E. McGreevey, "
    "named earlier in the sentence",
    ("agnews-test-5960", "meet", 0): "ok (future; Chicago; `Thursday`: no story date)",
    ("agnews-test-6962", "sank", 0): "ok (`on Wednesday`: the story gives no date)",
    ("agnews-test-6394", "returned to profit", 0): "ok",
    ("agnews-test-6834", "hold a meeting", 0): "ok (planned, for this week in Amman; the "
    "members as the `of`-complement)",
    (
        "agnews-test-7530",
        "were killed",
        0,
    ): "ok (tuned, round twenty-two: the dateline's Kabul, the "
    "prison's city; untuned: place missing)",
}
FORTIETH_STATEMENT_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-91", "said", 0): "speaker wrong: `Washington's envoy to Kabul` linked to Kabul, "
    "the place (tuned; untuned: missed)",
    ("agnews-test-3398", "suggests", 0): "ok (the research as the source)",
    ("agnews-test-3881", "said", 0): "ok",
    (
        "agnews-test-650",
        "said",
        0,
    ): "ok (the New York Attorney General's office, no longer linked to "
    "the firm: round twenty-four)",
    ("agnews-test-1967", "said", 0): "ok",
    ("agnews-test-5628", "said", 0): "ok",
    ("agnews-test-34", "told", 0): "ok",
    ("agnews-test-5974", "said", 0): "ok (the research as the source)",
    ("agnews-test-6834", "said", 0): "content wrong: the writer's `in a further sign of strained "
    "relations ...` for `There is no reason to hold a meeting ...`, before the cue",
    ("agnews-test-7530", "told", 0): "ok",
}
# events missed (not counted): `An American jet fired a missile at a house` (agnews-test-1967;
# found since round seventeen),
# `almost 500 people have been killed since January` (agnews-test-5895), `posted
# weaker-than-expected growth` (agnews-test-6016), `a lawsuit that accused it` (agnews-test-650:
# no type for lawsuits in the closed list)
FORTIETH_MISSED: dict[str, str] = {}
THIRTY_NINTH_UNTUNED = (
    "events fully right 0.73 (8/11), statements right 8/10, 0 without a speaker, "
    "0 stories with missed speech"
)
FORTIETH_UNTUNED = (
    "events fully right 0.64 (7/11), statements right 8/9, 0 without a speaker, "
    "0 stories with missed speech"
)
# The forty-first sample (``SEED_41``), its id drawn before round fifteen's checks and left
# unread, reviewed on round seventeen's code (e4b68a8) before any change made for it. It gave 9
# events, so the forty-second (``SEED_42``, drawn at the same time) and then the forty-third
# (``SEED_43``) were reviewed before any fix until the pooled reading had at least 20 events
# (24); pooled. No change was made after the reading.
FORTY_FIRST_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-1929", "fell", 0): "ok (`on Friday`: the story gives no date)",
    ("agnews-test-833", "attacks on", 0): "ok (tuned, round eighteen: Iraq, the owner of the "
    "pipelines, less precise than southern Iraq; untuned: place missing, a place inside the "
    "patient); no attacker named, `recent`",
    ("agnews-test-3763", "lifted off", 0): "place missing (tuned, round eighteen: the launch "
    "found): the Baikonur cosmodrome (`lifted off from`); `Thursday`: no story date",
    ("agnews-test-365", "were shot dead", 0): "ok (tuned, round eighteen: `U.S.-led` kept in "
    "the agent; no place told but the dateline's; `on Saturday`: no story date)",
    ("agnews-test-5449", "posted its first net profit", 0): "ok",
    ("agnews-test-5449", "announced", 0): "ok (the plans' content as topic)",
    ("agnews-test-5449", "cut 600 jobs", 0): "ok (planned)",
    ("agnews-test-4218", "killed", 0): "ok (China; the cause's noun phrase as agent)",
    ("agnews-test-5163", "jumped", 0): "ok (tuned, round nineteen: `Sears, Roebuck Co. S.N shares` "
    "whole, the name's comma inside; untuned: agent cut at the comma)",
    ("agnews-test-5163", "raised its stake in", 0): "ok (reported by Vornado itself)",
    ("agnews-test-5381", "rose", 0): "ok (`from intraday lows`; no story date)",
}
FORTY_FIRST_STATEMENT_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-287", "said", 0): "ok",
    ("agnews-test-6852", "said", 0): "ok",
    ("agnews-test-2274", "said", 0): "ok",
    ("agnews-test-4218", "said", 0): "ok",
    ("agnews-test-2762", "said", 0): "ok",
    ("agnews-test-5163", "said", 0): "ok",
    ("agnews-test-365", "said", 0): "ok (the statement as the source)",
    ("agnews-test-5381", "said", 0): "ok",
}
# events missed (not counted): `were shot dead by Afghan and U.S.-led troops` (agnews-test-365),
# `petitioned the government ... to file an unfair trade practices case` (agnews-test-1422),
# `plan to force a parliamentary no-confidence vote` (agnews-test-2762), `A Russian rocket ...
# lifted off` (agnews-test-3763)
FORTY_FIRST_MISSED: dict[str, str] = {
    "agnews-test-1122": "Kerry's words `bitter and insulting`, after `dismissed ... as`",
}
FORTY_SECOND_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-2279", "cut some jobs", 0): "ok (future: `will likely`; Europe; the firm "
    "named with a piece of its ticker)",
    ("agnews-test-2279", "may close", 0): "ok (possible; `there`: Europe)",
    ("agnews-test-643", "appealed for", 0): "ok (tuned, round eighteen; untuned: topic cut, "
    "`an additional` of `an additional $70 million in assistance`)",
    ("agnews-test-6995", "agreed", 0): "ok (tuned, round eighteen; untuned: counterpart "
    "missing, the Texas Rangers of `a ... contract with the Texas Rangers`)",
    ("agnews-test-5451", "cut between 6,000 and 6,900 jobs", 0): "ok (tuned, round eighteen: "
    "planned, inside the reported speech; `during the next 18 months` dates no day)",
    ("agnews-test-4592", "closed its $41 billion cash purchase", 0): "ok (tuned, round "
    "eighteen; `on Tuesday`: no story date)",
    ("agnews-test-6949", "were killed", 0): "ok (Samarra from the `when` clause; no story date)",
    ("agnews-test-6949", "attacked", 0): "ok (Samarra)",
    ("agnews-test-4328", "rose", 0): "ok (the firm's shares; `on Friday`: no story date)",
}
FORTY_SECOND_STATEMENT_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-5451", "said", 0): "ok",
    ("agnews-test-2279", "said", 0): "ok",
    ("agnews-test-3982", "say", 0): "ok",
    ("agnews-test-1424", "said", 0): "ok (the Interior Ministry by its full name)",
    ("agnews-test-5785", "said", 0): "ok",
    ("agnews-test-6975", "said", 0): "ok (`its chief financial officer`, Gannett's)",
    ("agnews-test-4716", "said", 0): "ok",
    ("agnews-test-6949", "said", 0): "ok",
    ("agnews-test-4040", "said", 0): "ok",
}
# events missed (not counted): `it plans to cut between 6,000 and 6,900 jobs` (agnews-test-5451,
# inside the reported speech), `closed its $41 billion cash purchase of AT T Wireless`
# (agnews-test-4592), `forced his terrorism retrial to be postponed` (agnews-test-5175),
# `flew for treatment in France` (agnews-test-4817)
FORTY_SECOND_MISSED: dict[str, str] = {}
FORTY_THIRD_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-6109", "signed", 0): "patient cut (tuned, round eighteen): `a measure` of `a "
    "measure authorizing an $800 billion increase ...` (untuned: patient junk, `intolaw`, the "
    "story's typo for `into law`; place wrong, the United States read off `the credit limit of "
    "the United States`, now none)",
    ("agnews-test-7445", "buy", 0): "ok (future; `Wednesday`: no story date)",
    ("agnews-test-7463", "sanctions on", 0): "not an event of this kind: sanctions the Commission "
    "plans to lift, read as sanctions imposed (no agent; the lifting is the news)",
    ("agnews-test-4529", "reached agreement", 0): "ok (tuned, round eighteen; untuned: topic "
    "missing, `on completely removing tariffs on merchandise goods by 2010`)",
    ("agnews-test-2659", "fell", 0): "ok (`on Tuesday`: no story date)",
    ("agnews-test-6192", "killed", 0): "ok (tuned, round eighteen: Baghdad, the dateline and "
    "the governor's city; untuned: place missing)",
    ("agnews-test-6192", "killed", 1): "ok (tuned, round eighteen: the second killing of the "
    "sentence, near the Green Zone; `on Tuesday`: no story date)",
    ("agnews-test-204", "killed", 0): "ok (tuned, round eighteen: a Baghdad suburb; untuned: "
    "place missing)",
    ("agnews-test-4633", "died", 0): "ok (`Tuesday`: no story date; no place told)",
}
FORTY_THIRD_STATEMENT_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-6109", "said", 0): "ok",
    ("agnews-test-7445", "said", 0): "ok",
    ("agnews-test-5648", "said", 0): "ok",
    ("agnews-test-7463", "said", 0): "ok",
    ("agnews-test-317", "say", 0): "ok (`But` kept at the content's start)",
    ("agnews-test-1888", "said", 0): "ok",
    ("agnews-test-4529", "says", 0): "ok",
    ("agnews-test-6986", "according to", 0): "ok (the data as the source)",
    ("agnews-test-2439", "said", 0): "ok",
    ("agnews-test-204", "said", 0): "ok",
}
# events missed (not counted): `a suicide bomber killed 10 people near the Green Zone`
# (agnews-test-6192, the second killing of the sentence), `imposed a defense counsel on ...
# Milosevic` (agnews-test-1048), `was released from jail` (agnews-test-6479)
FORTY_THIRD_MISSED: dict[str, str] = {
    "agnews-test-1888": "Tehran's words `a new lie`, after `dismissed as`",
}
FORTY_FIRST_UNTUNED = (
    "events fully right 0.78 (7/9), statements right 8/8, 0 without a speaker, "
    "1 story with missed speech"
)
FORTY_SECOND_UNTUNED = (
    "events fully right 0.71 (5/7), statements right 9/9, 0 without a speaker, "
    "0 stories with missed speech"
)
FORTY_THIRD_UNTUNED = (
    "events fully right 0.38 (3/8), statements right 10/10, 0 without a speaker, "
    "1 story with missed speech"
)
# The headline of round seventeen (until round eighteen's reading): the forty-first to
# forty-third samples' untuned readings pooled.
POOLED_UNTUNED_17 = (
    "events fully right 0.62 (15/24), statements right 27/27, 0 without a speaker, "
    "2 stories with missed speech"
)
# The forty-fourth sample (``SEED_44``), drawn after round eighteen's mechanisms were
# committed (6d21233) and reviewed on that code before any change made for it. It gave 4
# events, so the forty-fifth (``SEED_45``) and then the forty-sixth (``SEED_46``) were reviewed
# before any fix until the pooled reading had at least 20 events (26); pooled. No change was
# made after the reading.
FORTY_FOURTH_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-7444", "hit", 0): "ok (tuned, round nineteen: the car bomb's attack on the bus; "
    "no place named, `on Sunday`: no story date)",
    ("agnews-test-7444", "killing", 0): "ok (tuned, round nineteen: the attack's outcome)",
    ("agnews-test-4705", "announced", 0): "ok (what was approved told before; `on Wednesday`: "
    "no story date)",
    ("agnews-test-323", "signed", 0): "ok (tuned, round nineteen: one agent each for `Spanish "
    "pair Xabi Alonso from Real Sociedad` (no participant found for him) and `Luis Garcia from "
    "Barcelona`, linked to him; untuned: one agent linked to Luis Garcia only); Liverpool, the "
    "dateline, as place right (the club's city)",
    ("agnews-test-2779", "rose", 0): "ok (`on Wednesday`: no story date)",
    ("agnews-test-640", "halted operations", 0): "ok (tuned, round nineteen: the kidnappers' "
    "condition, `once their employer halted operations in Iraq` after `would`, possible; "
    "untuned: read as done)",
}
FORTY_FOURTH_STATEMENT_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-7517", "said", 0): "content wrong: `late on Thursday` (the time after the "
    "cue) for the fronted `Three Irish fugitives ... outside its borders`",
    ("agnews-test-5883", "said", 0): "ok",
    ("agnews-test-3777", "said", 0): "ok",
    ("agnews-test-4623", "found", 0): "ok (the survey as the source)",
    ("agnews-test-314", "according to", 0): "ok (the documents as the source)",
    ("agnews-test-6095", "according to", 0): "ok (the report as the source)",
    ("agnews-test-2857", "said", 0): "ok",
    ("agnews-test-6044", "said", 0): "content wrong: the `though` clause after the cue for the "
    "fronted `A final test is likely to confirm a second U.S. case of mad cow disease`",
    ("agnews-test-6312", "said", 0): "ok",
    ("agnews-test-5849", "said", 0): "ok (its chairman: Sony BMG's)",
    ("agnews-test-640", "said", 0): "content opens with `in a video statement on Thursday`",
    ("agnews-test-640", "reported", 0): "ok",
}
# events missed (not counted): `A suicide car bomb hit a bus ... killing 22 people`
# (agnews-test-7444: `hit` is no attack trigger, so the participle has no incident), `Illinois
# fired football coach Ron Turner` (agnews-test-6945, no dismissal type), `authorities sought
# talks` (agnews-test-230)
FORTY_FOURTH_MISSED: dict[str, str] = {}
FORTY_FIFTH_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-649", "signed", 0): "ok (tuned, round nineteen: Weekes with the Rangers; "
    "`Thursday`: no story date)",
    ("agnews-test-4015", "named", 0): "ok (tuned, round nineteen: the unnamed new president and "
    "chief executive; the agent with its ticker, cut at `.O`; `on Monday`: no story date)",
    ("agnews-test-185", "agreed to", 0): "ok (tuned, round nineteen: the topic ends before its "
    "purpose, `in an effort to cut congestion ...`; untuned: ran into it and ended inside a "
    "phrase)",
    ("agnews-test-3063", "rose", 0): "ok (`on Monday`: no story date)",
    ("agnews-test-259", "reported a wider loss", 0): "ok (the agent as written, the story's run-"
    "together `makerCiena` and its ticker included)",
    ("agnews-test-6405", "took over as", 0): "ok (1966)",
    ("agnews-test-1721", "reported a higher quarterly profit", 0): "ok (`on Tuesday`: no story "
    "date)",
    ("agnews-test-1896", "agreed to", 0): "ok (both companies; `Thursday`: no story date)",
    ("agnews-test-4359", "bombed", 0): "ok (Falluja)",
    ("agnews-test-4359", "killing", 0): "ok (Falluja, the bombing's)",
    ("agnews-test-7592", "resigned", 0): "ok (`Friday`: no story date)",
    ("agnews-test-7592", "sanctioned", 0): "ok (both sanctioning parties in one argument; `a day "
    "after` Friday: no story date)",
    ("agnews-test-1817", "urged", 0): "ok (tuned, round nineteen: the quoted `uphold the "
    "principles of democracy`; untuned: topic missing)",
    ("agnews-test-6020", "agreed to", 0): "ok (the condition kept in the topic)",
    ("agnews-test-6020", "take over as", 0): "ok (planned, on a condition; the employer after "
    "`at` is no argument of the type)",
}
FORTY_FIFTH_STATEMENT_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-185", "said", 0): "ok",
    ("agnews-test-96", "said", 0): "ok",
    ("agnews-test-581", "saying", 0): "ok",
    ("agnews-test-6068", "said", 0): "ok",
    ("agnews-test-3134", "say", 0): "ok (a relative clause's content: its subject is the "
    "antecedent, Halliburton)",
    ("agnews-test-297", "warned", 0): "ok (the U.N. refugee agency, linked to the United Nations)",
    ("agnews-test-1896", "said", 0): "speaker list cut: Eastman Kodak Co. left out of the two "
    "companies that said it",
    ("agnews-test-4359", "said", 0): "ok",
    ("agnews-test-6020", "reported", 0): "ok",
    ("agnews-test-1632", "said", 0): "ok",
    ("agnews-test-2731", "said", 0): "ok",
}
# events missed (not counted): `Goaltender Kevin Weekes signed Thursday with the New York
# Rangers` (agnews-test-649, a signing with no object), `Kmart ... named a new president and
# chief executive` (agnews-test-4015), `formally ended the U.S. trade embargo on Libya`
# (agnews-test-2127, no type for a sanction lifted)
FORTY_FIFTH_MISSED: dict[str, str] = {
    "agnews-test-7246": "the prime minister's denial, `angrily denied his Socialist party "
    "instigated anti-government rallies ...`",
    "agnews-test-1817": 'Bush\'s quoted words, `"uphold the principles of democracy"`',
}
FORTY_SIXTH_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-3113", "spin off", 0): "ok (tuned, round nineteen: the data recovery business "
    "to be spun off, future; the agent with its ticker cut at `.N`)",
    ("agnews-test-2853", "eliminate about 10 percent of its work force", 0): "ok (tuned, round "
    "nineteen: a share of the work force cut, future; the agent with its ticker cut at `.TO`)",
    ("agnews-test-5562", "derailed", 0): "ok (tuned, round nineteen: inside the `when` clause; "
    "no place named for it, `Friday` is the rescue's)",
    ("agnews-test-5562", "killing", 0): "ok (tuned, round nineteen: the derailment's outcome)",
    ("agnews-test-5364", "rose", 0): "ok (the profit as written)",
    ("agnews-test-2205", "posted a higher quarterly profit", 0): "ok (`on Tuesday`: no story date)",
    ("agnews-test-6243", "filed for bankruptcy", 0): "ok (`Sunday`: no story date)",
    ("agnews-test-7212", "reached a preliminary agreement", 0): "ok (`Sunday`: no story date)",
    ("agnews-test-4479", "reported an increase in quarterly net profit", 0): "ok",
    ("agnews-test-5541", "ratified", 0): "ok (tuned, round nineteen: no place, a ratification "
    "taking none from the dateline; untuned: Chicago, the dateline's bureau)",
    ("agnews-test-1210", "rose", 0): "ok (`on Monday`: no story date)",
    ("agnews-test-731", "rose", 0): "ok (inside the `as` clause, undated)",
}
FORTY_SIXTH_STATEMENT_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-5364", "said", 0): "content cut: `third-quarter` left off its start",
    ("agnews-test-5226", "said", 0): "ok",
    ("agnews-test-3113", "said", 0): "content runs on into the market's reaction (`sending its "
    "stock up 11 percent ...`), no part of what SunGard said",
    ("agnews-test-804", "said", 0): "content runs on into the writer's `as his allies defended "
    "him ...`",
    ("agnews-test-6616", "said", 0): "ok (the Pentagon spokesman, linked to the Pentagon)",
    ("agnews-test-2971", "said", 0): "ok",
    ("agnews-test-1019", "said", 0): "ok",
    ("agnews-test-75", "said", 0): "ok",
    ("agnews-test-2853", "said", 0): "ok",
    ("agnews-test-2534", "wrote", 0): "not speech: writing an encyclopedia entry (speaker junk "
    "`he simply` at first reading, `he` now)",
    ("agnews-test-7409", "accusing", 0): "content opens with the accused and a time (`the "
    "company Wednesday of`)",
    ("agnews-test-731", "said", 0): "ok (tuned, statements' eighth session: the fronted `The "
    "U.S. economy slowed more sharply ...` whole; untuned: content wrong, `confirmed momentum "
    "faltered in the spring`, the report's relative clause)",
    ("agnews-test-106", "told", 0): "ok",
}
# events missed (not counted): `a carriage derailed and dragged other cars into a ravine,
# killing at least four people` (agnews-test-5562, the derailment inside a `when` clause), `would
# eliminate about 10 percent of its work force` (agnews-test-2853), `would spin off its data
# recovery business` (agnews-test-3113)
FORTY_SIXTH_MISSED: dict[str, str] = {
    "agnews-test-6534": "McNair's hint, `hinted Sunday that his 10th season ... could be his last`",
}
FORTY_FOURTH_UNTUNED = (
    "events fully right 0.50 (2/4), statements right 9/12, 0 without a speaker, "
    "0 stories with missed speech"
)
FORTY_FIFTH_UNTUNED = (
    "events fully right 0.79 (11/14), statements right 10/11, 0 without a speaker, "
    "2 stories with missed speech"
)
FORTY_SIXTH_UNTUNED = (
    "events fully right 0.88 (7/8), statements right 7/13, 0 without a speaker, "
    "1 story with missed speech"
)
# The headline of round eighteen: the forty-fourth to forty-sixth samples' untuned readings
# pooled.
POOLED_UNTUNED_18 = (
    "events fully right 0.77 (20/26), statements right 26/36, 0 without a speaker, "
    "3 stories with missed speech"
)
# The forty-seventh sample (``SEED_47``), drawn after round nineteen's mechanisms were
# committed (c52644e) and reviewed on that code before any change made for it. It gave 8
# events, so the forty-eighth (``SEED_48``, 6) and then the forty-ninth (``SEED_49``, 10) were
# reviewed before any fix until the pooled reading had at least 20 events (24); pooled. No
# change was made after the reading.
FORTY_SEVENTH_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-7238", "were killed", 0): "ok (tuned, round twenty: the place, `-ed` modifier "
    "after a possessive kept; untuned: place missing: `in Sudan's troubled Darfur region`, "
    "right after the trigger; `on Sunday`: no story date)",
    ("agnews-test-6110", "sank", 0): "ok (`on Friday`: no story date)",
    ("agnews-test-3053", "sell", 0): "ok (tuned, round twenty: `its holdings in Spain` whole, "
    "Permira Funds the counterpart, no place; untuned: counterpart missing: Permira Funds (`to "
    "Permira Funds`); place wrong: Spain is where the holdings are (`its holdings in Spain`), "
    "read as the sale's place, the patient cut before it)",
    ("agnews-test-7545", "declared", 0): "ok (victory declared by the rebel soldiers; `this "
    "deserted Congolese farming town` names no place, the dateline lost; `on Friday`: no "
    "story date)",
    ("agnews-test-5404", "proposed", 0): "not an event: `Anthem Inc.'s ATH.N proposed $16.5 "
    "billion acquisition`, an adjective (a deal proposed earlier), read as a proposal whose "
    "agent is `his opposition to Anthem Inc.'s ATH.N`",
    ("agnews-test-5404", "agreed to", 0): "ok (inside the `after` clause; what Anthem agreed to)",
    ("agnews-test-6886", "met", 0): "ok (tuned, round twenty: New York, `twice` closing the place "
    "phrase; untuned: place missing: `in New York`, right after the counterpart)",
    ("agnews-test-5944", "buy", 0): "ok (future; Shell's pipelines, the seller in the patient)",
}
FORTY_SEVENTH_STATEMENT_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-7238", "said", 0): "ok",
    ("agnews-test-613", "said", 0): "ok",
    ("agnews-test-7459", "said", 0): "ok (tuned, statements' eighth session: the fronted "
    "`Economic sanctions ... take that step`; untuned: content wrong, `after Pyongyang warned "
    "Japan ...`, the clause after the cue)",
    ("agnews-test-7459", "warned", 0): "content wrong: the fronted sentence for what Pyongyang "
    "warned, `imposing sanctions would be tantamount to war`",
    ("agnews-test-2015", "say", 0): "ok",
    ("agnews-test-6746", "said", 0): "ok",
    ("agnews-test-6746", "said", 1): "ok",
    ("agnews-test-6110", "said", 0): "ok",
    ("agnews-test-3053", "said", 0): "ok",
    ("agnews-test-7545", "declared", 0): "speaker wrong: `this deserted Congolese farming town` "
    "for the rebel soldiers",
    ("agnews-test-6239", "said", 0): "ok",
    ("agnews-test-1662", "said", 0): "ok",
    ("agnews-test-5404", "proposed", 0): "not speech: the adjective `proposed`; speaker junk "
    "`his opposition to Anthem Inc.'s ATH.N`",
    ("agnews-test-6029", "said", 0): "ok",
    ("agnews-test-6886", "said", 0): "ok",
    ("agnews-test-6886", "concluded", 0): "ok (North Korea, through its diplomats)",
    ("agnews-test-4545", "according to", 0): "ok (the poll as the source)",
    ("agnews-test-1036", "according to", 0): "ok (the agency's report)",
    ("agnews-test-1036", "say", 0): "not speech: what the scientists `declined to say`",
    ("agnews-test-5944", "said", 0): "ok",
}
# events missed (not counted): `was charged with assault` (agnews-test-1537, the subject past an
# appositive), `their convoy came under fire` (agnews-test-7238), `urged his supporters ... not
# to enter` (agnews-test-613, inside the fronted content), `signing former San Jose Sharks
# captain Vincent Damphousse` (agnews-test-213), a death toll from a mine fire (agnews-test-6239)
FORTY_SEVENTH_MISSED: dict[str, str] = {
    "agnews-test-2217": "the Bears' announcement, `announcing the safety would miss the rest of "
    "the season`",
    "agnews-test-6150": "the Democratic leader's reminder, `reminded fellow lawmakers ... of "
    "their shared commitment to help the nation`",
}
FORTY_EIGHTH_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-5322", "agreed to", 0): "ok (the counterparts inside the topic; `on Monday`: "
    "no story date)",
    ("agnews-test-849", "called on", 0): "ok (both addressees, the quoted words the topic; `on "
    "the eve of the Republican National Convention`: no date)",
    ("agnews-test-915", "fell", 0): "ok (`on Monday`: no story date)",
    ("agnews-test-7207", "resign", 0): "ok (future; `this week`: no story date)",
    ("agnews-test-3582", "surged", 0): "ok (`in European trade` is no place)",
    ("agnews-test-6271", "resigned", 0): "ok (`Monday`: no story date)",
}
FORTY_EIGHTH_STATEMENT_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-1208", "said", 0): "ok",
    ("agnews-test-141", "said", 0): "ok",
    ("agnews-test-5322", "said", 0): "ok (tuned, statements' eighth session: the writer's "
    "`marking the end ...` cut off; untuned: the content ran on into it)",
    ("agnews-test-4859", "predicted", 0): "ok",
    ("agnews-test-2309", "said", 0): "ok",
    ("agnews-test-1835", "said", 0): "content cut: `Three British nationals, believed to be "
    "civilians` for the whole fronted sentence (`were snatched by gunmen ...`); speaker opens "
    "with the comma",
    ("agnews-test-167", "said", 0): "ok",
    ("agnews-test-791", "reported", 0): "ok",
    ("agnews-test-546", "said", 0): "ok (the U.N. Environment Program, linked to the United "
    "Nations)",
    ("agnews-test-7207", "said", 0): "ok",
    ("agnews-test-7207", "said", 1): "ok",
    ("agnews-test-5114", "reported", 0): "ok",
    ("agnews-test-4005", "said", 0): "ok",
}
# events missed (not counted): `A bus, truck and taxi collided ..., killing 24 people`
# (agnews-test-791, inside the fronted content), `claimed ... to have captured Izzat Ibrahim
# al-Douri` (agnews-test-1208), `were snatched by gunmen` (agnews-test-1835, no kidnapping type)
FORTY_EIGHTH_MISSED: dict[str, str] = {
    "agnews-test-1208": "the authorities' claim, `claimed on Sunday to have captured ...`",
    "agnews-test-1462": "al-Zawahri's proclamation, `proclaimed the United States will "
    "ultimately be defeated ...`",
    "agnews-test-3877": "the Kerry campaign's request, `asked on Friday that each station ... "
    "provide a similar amount of time`",
    "agnews-test-7332": "the scholar's accusation, `accused the Bush administration of trying to "
    "silence him`",
    "agnews-test-4247": "the court documents as the source, `..., court documents showed`",
}
FORTY_NINTH_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-3397", "fell", 0): "ok (`on Thursday`: no story date)",
    ("agnews-test-4182", "posted a 47 percent drop in quarterly earnings", 0): "ok (`on "
    "Wednesday`: no story date)",
    ("agnews-test-4182", "climbed", 0): "ok (rates, inside the `as` clause, undated)",
    ("agnews-test-729", "rose", 0): "ok (inside the `as` clause, undated)",
    ("agnews-test-2202", "was charged with", 0): "ok (`Tuesday`: no story date; no place told)",
    ("agnews-test-7059", "exploded", 0): "ok (western Baghdad; `on Monday`: no story date)",
    ("agnews-test-3826", "announced", 0): "agent wrong: Boston linked to the city, not the Red "
    "Sox (tuned, round twenty: the topic whole; untuned: also topic cut: `ace Curt Schilling's "
    "ailing ankle` of `... will prevent him from pitching Game 5 ...`)",
    ("agnews-test-100", "dropped", 0): "ok (`in July`: no story date)",
    ("agnews-test-4464", "stormed", 0): "ok (tuned, round twenty: the named camp stormed is the "
    "place; untuned: place missing: the camp stormed, Khan Younis in Gaza, given only as the "
    "patient, the GAZA dateline not taken)",
    ("agnews-test-4464", "killing", 0): "ok (tuned, round twenty: the storming's place; untuned: "
    "place missing: Khan Younis refugee camp, the storming's)",
    ("agnews-test-1299", "battled", 0): "ok (found in round twenty, missed at first reading: the "
    "fighters' attack on U.S. troops in a Baghdad slum district; `Tuesday`: no story date)",
}
FORTY_NINTH_STATEMENT_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-5261", "says", 0): "ok (a relative clause's content: its subject is the "
    "antecedent, the arsenal)",
    ("agnews-test-729", "said", 0): "ok (tuned, statements' eighth session: the fronted `The "
    "U.S. economy slowed ...` whole; untuned: content wrong, `confirmed momentum faltered in "
    "the spring`, the report's relative clause)",
    ("agnews-test-4482", "said", 0): "ok",
    ("agnews-test-4591", "said", 0): "speaker cut: `government` of `Iraq's U.S.-backed government`",
    ("agnews-test-6281", "said", 0): "ok",
    ("agnews-test-7059", "said", 0): "ok",
    ("agnews-test-77", "said", 0): "content runs on into the outer cue (`, Australian Foreign "
    "Minister Alexander Downer said on Tuesday`)",
    ("agnews-test-77", "said", 1): "ok",
    ("agnews-test-5846", "said", 0): "ok",
    ("agnews-test-2034", "reported", 0): "ok",
    ("agnews-test-258", "said", 0): "ok",
    ("agnews-test-100", "said", 0): "ok (tuned, statements' eighth session: the fronted `U.S. "
    "consumer prices dropped ...` whole; untuned: content wrong, `suggested a slow rate ...`, "
    "the report's relative clause)",
    ("agnews-test-100", "suggested", 0): "ok (the report as the source)",
    ("agnews-test-4464", "said", 0): "ok",
}
# events missed (not counted): `Iraqi fighters battled U.S. troops` (agnews-test-1299; found in
# round twenty, counted tuned), `rushed
# reinforcements` (agnews-test-5634), `the developers ... a new browser` (none)
FORTY_NINTH_MISSED: dict[str, str] = {}
FORTY_SEVENTH_UNTUNED = (
    "events fully right 0.50 (4/8), statements right 15/20, 0 without a speaker, "
    "2 stories with missed speech"
)
FORTY_EIGHTH_UNTUNED = (
    "events fully right 1.00 (6/6), statements right 11/13, 0 without a speaker, "
    "5 stories with missed speech"
)
FORTY_NINTH_UNTUNED = (
    "events fully right 0.70 (7/10), statements right 10/14, 0 without a speaker, "
    "0 stories with missed speech"
)
# The headline of round nineteen: the forty-seventh to forty-ninth samples' untuned readings
# pooled.
POOLED_UNTUNED_19 = (
    "events fully right 0.71 (17/24), statements right 36/47, 0 without a speaker, "
    "7 stories with missed speech"
)
# The fiftieth sample (``SEED_50``), drawn after round twenty's mechanisms were committed
# (749ec98) and reviewed on that code before any change made for it. It gave 14 events, so the
# fifty-first (``SEED_51``, 11) was reviewed before any fix until the pooled reading had at
# least 20 events (25); pooled. No change was made after the reading.
FIFTIETH_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-963", "abducted", 0): "ok (tuned, round twenty-one: the abduction type; a "
    "report's claim, disputed in the same sentence, read as told; Yemen; no date of its own)",
    ("agnews-test-2396", "rose", 0): "ok (`on Friday`: no story date)",
    ("agnews-test-7561", "clinched a deal", 0): "ok (Labour with Sharon's Likud, to join his "
    "coalition; no place told but the dateline's)",
    ("agnews-test-6520", "resigned", 0): "ok (`Monday`: no story date)",
    ("agnews-test-157", "surged", 0): "ok (`on Wednesday`: no story date)",
    ("agnews-test-6778", "called for", 0): "ok (`on Thursday`: no story date)",
    ("agnews-test-827", "voted", 0): "ok (`Sunday`: no story date; a vote takes no dateline place)",
    ("agnews-test-4156", "resigned", 0): "ok (`Wednesday`: no story date)",
    ("agnews-test-181", "posted a 29 percent rise in quarterly profit", 0): "ok (`on Tuesday`: "
    "no story date)",
    ("agnews-test-181", "fell", 0): "ok (tuned, round twenty-one: an infinitive's object ends "
    "at `and`; untuned: agent junk, `earnings to miss Wall Street estimates and shares` for "
    "`shares`, the subject read back past `and` into the clause before)",
    ("agnews-test-4611", "introduced", 0): "list cut: the second thing introduced, `a "
    "first-of-its-kind digital compendium of the rock band U2's songs` (after `as well as`), "
    "left out",
    ("agnews-test-4590", "agreed to", 0): "agent wrong: Netanyahu for the prime minister "
    "(Sharon, the subject of `agreed` inside the `unless` clause); possible right",
    ("agnews-test-3076", "stormed", 0): "ok (India's northeast; `on Monday`: no story date)",
    ("agnews-test-3076", "shot dead", 0): "ok (the same raid's killings)",
    ("agnews-test-1603", "climbed", 0): "ok (`on Monday`: no story date)",
}
FIFTIETH_STATEMENT_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-1570", "said", 0): "ok (the quarterback, Fiedler)",
    ("agnews-test-4309", "said", 0): "ok (Citigroup; the participant's name keeps the ticker's "
    "`C`)",
    ("agnews-test-963", "said", 0): "speaker wrong: Yemen for `a conflicting report from Yemen`",
    ("agnews-test-7561", "reported", 0): "ok",
    ("agnews-test-157", "said", 0): "ok",
    ("agnews-test-6260", "said", 0): "content runs on into the writer's comment (`, a move that "
    "could relieve European Union concerns ...`)",
    ("agnews-test-6260", "proposed", 0): "not speech: the adjective `proposed`; speaker junk `s`",
    ("agnews-test-4156", "said", 0): "content runs on into the writer's clause (`, following a "
    "widely opposed constitutional change ...`)",
    ("agnews-test-1596", "said", 0): "ok",
    ("agnews-test-1596", "said", 1): "ok (they, the officials)",
    ("agnews-test-181", "estimates", 0): "not speech: the noun `estimates`; speaker junk",
    ("agnews-test-4590", "said", 0): "ok",
    ("agnews-test-3076", "said", 0): "ok",
}
# events missed (not counted): `filed fraud charges on Monday against ... Conrad Black`
# (agnews-test-5776, a legal action), `after meeting with head coach Brian Billick`
# (agnews-test-6520), `Ford Motor Co. raised its earnings forecasts` and `blue chips advanced`
# (agnews-test-1959), `Oil prices broke into new record territory` (agnews-test-3320),
# `had been abducted` (agnews-test-963, no kidnapping type)
FIFTIETH_MISSED: dict[str, str] = {
    "agnews-test-1959": "Qualcomm's warning, `after saying an accounting review may reduce "
    "pretax income`",
}
FIFTY_FIRST_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-2782", "elected", 0): "ok (`on Wednesday`: no story date)",
    ("agnews-test-3449", "sell", 0): "ok (tuned, round twenty-one: a described name after `to` "
    "is the party; untuned: counterpart missing, Investcorp, `to investment group Investcorp`: "
    "the lower-case `investment` after `to` read as an infinitive)",
    ("agnews-test-4210", "killed", 0): "ok (the explosion as the cause; China, less precise than "
    "central China; no date of its own)",
    ("agnews-test-3501", "declared", 0): "ok (tuned, round twenty-one: `and,` ends the clause; "
    "untuned: topic junk, `France was a natural trade partner to China and`, the `and` opening "
    "Chirac's next predicate kept)",
    ("agnews-test-5951", "rallied", 0): "ok (`on Wednesday`: no story date)",
    ("agnews-test-6700", "crashed", 0): "ok (no place or date told)",
    ("agnews-test-6700", "killing", 0): "ok (the crash's outcome)",
    (
        "agnews-test-1859",
        "took over as",
        0,
    ): "ok (tuned, round twenty-two: the name goes on past its "
    "apostrophe; untuned: patient cut `coach of the Runnin`)",
    ("agnews-test-909", "met with", 0): "ok (no place told: the diplomat is posted in Washington)",
    ("agnews-test-6562", "slid", 0): "ok (`on Monday`: no story date)",
    ("agnews-test-5555", "ratified", 0): "ok (`on Thursday`: no story date; a ratification "
    "takes no dateline place)",
}
FIFTY_FIRST_STATEMENT_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-3272", "reported", 0): "ok",
    ("agnews-test-3449", "said", 0): "ok",
    ("agnews-test-4210", "said", 0): "ok",
    ("agnews-test-6025", "said", 0): "ok",
    ("agnews-test-5366", "warned", 0): "content wrong: the fronted `The dollar held ...` for what "
    "the officials warned about, `a strong euro`",
    ("agnews-test-5969", "said", 0): "ok",
    ("agnews-test-3501", "declared", 0): "content runs on past `and` into Chirac's next "
    "predicate (`amid a flurry of ... deals, played down any threat ...`)",
    ("agnews-test-1665", "described", 0): "ok",
    ("agnews-test-1763", "said", 0): "ok",
    ("agnews-test-909", "confirmed", 0): "ok",
}
# events missed (not counted): `a private meeting with former U.S. Ambassador Richard
# Holbrooke` (agnews-test-6518), `tendered their resignations` (agnews-test-2555), `its
# third-quarter net profit more than doubled` (agnews-test-4642), `Oil prices touched 2-month
# lows` (agnews-test-5786)
FIFTY_FIRST_MISSED: dict[str, str] = {
    "agnews-test-1859": 'Sanford\'s words, `Calling UNLV "a gold mine,"`',
    "agnews-test-4642": "the chipmaker's report, `reported that its third-quarter net profit "
    "more than doubled ...`",
}
FIFTIETH_UNTUNED = (
    "events fully right 0.79 (11/14), statements right 8/13, 0 without a speaker, "
    "1 story with missed speech"
)
FIFTY_FIRST_UNTUNED = (
    "events fully right 0.73 (8/11), statements right 8/10, 0 without a speaker, "
    "2 stories with missed speech"
)
# The headline of round twenty: the fiftieth and fifty-first samples' untuned readings pooled.
POOLED_UNTUNED_20 = (
    "events fully right 0.76 (19/25), statements right 16/23, 0 without a speaker, "
    "3 stories with missed speech"
)
# The fifty-second sample (``SEED_52``), drawn after round twenty-one's mechanisms were
# committed (2342d3e) and reviewed on that code before any change made for it. It gave 9
# events, so the fifty-third (``SEED_53``, 9) and the fifty-fourth (``SEED_54``, 3) were
# reviewed before any fix until the pooled reading had at least 20 events (21); pooled. No
# change was made after the reading.
FIFTY_SECOND_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-4026", "closed", 0): "ok (tuned, round twenty-six: found, a market's close with "
    "its direction; untuned: missed, not counted; `on Monday`: no story date)",
    ("agnews-test-3888", "lower the price", 0): "ok (future; `on Friday` is the saying's, and "
    "there is no story date)",
    ("agnews-test-5611", "asked", 0): "ok (the prosecutor asking the court; `on Friday`: no "
    "story date; no place told but the dateline's)",
    ("agnews-test-3153", "asked", 0): "ok (Michigan asking the Supreme Court; `on Monday`: no "
    "story date)",
    ("agnews-test-2219", "announced", 0): "ok (`Tuesday`: no story date)",
    ("agnews-test-2219", "kidnapped", 0): "patient wrong: `the lives of 10 employees` for `10 "
    "employees` (tuned, round twenty-two: no longer read back past `in a bid to`; untuned: patient "
    "junk `Iraq in a bid to save the lives of 10 employees`)",
    ("agnews-test-5393", "rose", 0): "ok (the earnings as written; `on Tuesday`: no story date)",
    ("agnews-test-3700", "slipped", 0): "ok (`on Wednesday`: no story date; a price takes no "
    "dateline place)",
    ("agnews-test-6259", "strike a deal", 0): "ok (negated: the steelmaker failed to)",
    ("agnews-test-2820", "crashed", 0): "ok (central Tokyo; `on Thursday`: no story date)",
}
FIFTY_SECOND_STATEMENT_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-7160", "insisted", 0): "speaker junk: `long` (`has long insisted`) for "
    "Berlusconi",
    ("agnews-test-2119", "said", 0): "ok (the UN spokeswoman, linked to the United Nations)",
    ("agnews-test-3888", "said", 0): "ok",
    ("agnews-test-2256", "according to", 0): "ok",
    ("agnews-test-2256", "found", 0): "ok (the study's finding)",
    ("agnews-test-899", "says", 0): "speaker wrong: `10 inmates` for `it` (Vietnam, `whose "
    "cases it says had drawn`); content runs on past the relative clause",
    ("agnews-test-3846", "said", 0): "ok",
    ("agnews-test-4684", "said", 0): "ok",
    ("agnews-test-2219", "announced", 0): "ok",
    ("agnews-test-5393", "said", 0): "ok",
    ("agnews-test-1799", "says", 0): "ok",
    ("agnews-test-6259", "said", 0): "ok",
    ("agnews-test-7249", "said", 0): "ok",
    ("agnews-test-1373", "said", 0): "content wrong: `economists saw as cementing a September "
    "rate rise` (the writer's relative clause) for the fronted `The U.S. economy is pulling "
    "out ...`",
    ("agnews-test-2820", "said", 0): "ok",
}
# events missed (not counted): `overran a sleeping village ... and slaughtered 14 residents`
# (agnews-test-2119), `was acquitted of corruption charges` (agnews-test-7160), `has released
# nearly 9,000 prisoners` (agnews-test-899), `halting operations in neighboring Iraq`
# (agnews-test-2219), `caught fire` (agnews-test-2820)
FIFTY_SECOND_MISSED: dict[str, str] = {}
FIFTY_THIRD_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-5953", "ended", 0): "ok (tuned, round twenty-six: found, a market's close with "
    "its direction; untuned: missed, not counted; `on Wednesday`: no story date)",
    ("agnews-test-6881", "met", 0): "ok (the two sides' officials; New York; `this week`: no "
    "story date)",
    (
        "agnews-test-1840",
        "was shot dead",
        0,
    ): "ok (tuned, round twenty-two: Saudi Arabia from `outside a "
    "Saudi shopping center`; untuned: place missing)",
    (
        "agnews-test-5361",
        "tore through",
        0,
    ): "ok (tuned, round twenty-two: `a government building`, "
    "`under construction` left out; untuned: patient cut `a government`)",
    ("agnews-test-5361", "wounding", 0): "ok (the Nepali capital; `on Tuesday`: no story date)",
    ("agnews-test-4709", "ratified", 0): "place missing: Russia (`overcame its final legislative "
    "hurdle in Russia when the upper house ... ratified`); `Wednesday`: no story date",
    ("agnews-test-5953", "buy", 0): "ok (Kmart's plan)",
    ("agnews-test-5953", "announced", 0): "patient wrong: `$11.5 billion deal` for what was "
    "announced, `Kmart's plan to buy Sears ...`",
    ("agnews-test-1700", "posted a 25 percent drop in quarterly profit", 0): "ok (`on Tuesday`: "
    "no story date)",
    ("agnews-test-1337", "edged lower", 0): "ok (`on Wednesday`: no story date)",
}
FIFTY_THIRD_STATEMENT_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-6881", "said", 0): "ok (the ministry's spokesman)",
    ("agnews-test-646", "said", 0): "ok",
    ("agnews-test-1757", "say", 0): "content runs on into the outer cue (`, the Nihon Keizai "
    "newspaper reported on Wednesday`)",
    ("agnews-test-1757", "reported", 0): "ok",
    ("agnews-test-2360", "told", 0): "speaker wrong: `the pending decision` for `a congressional "
    "source briefed on the pending decision`",
    ("agnews-test-1700", "warned", 0): "ok",
    ("agnews-test-1389", "according to", 0): "ok",
}
# events missed (not counted): `Hewlett-Packard Co. ... posted solid earnings` and `U.S. stocks
# ended higher` (agnews-test-5953), `sending shares ... down` (agnews-test-1700)
FIFTY_THIRD_MISSED: dict[str, str] = {}
FIFTY_FOURTH_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-3219", "edged lower", 0): "ok (`on Tuesday`: no story date)",
    ("agnews-test-340", "agreed", 0): "ok (tuned, round twenty-two: the topic ends at the dash; "
    "untuned: topic runs on past the dash into the condition, `-- if the Bears can ...`)",
    ("agnews-test-340", "reach a contract agreement", 0): "ok (possible: the condition; the "
    "Bears with Ogunleye)",
}
FIFTY_FOURTH_STATEMENT_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-340", "said", 0): "ok",
    ("agnews-test-5212", "said", 0): "ok",
    ("agnews-test-5212", "said", 1): "ok",
    ("agnews-test-2107", "said", 0): "ok",
    ("agnews-test-4003", "said", 0): "ok",
    ("agnews-test-4003", "announced", 0): "not speech: `announced the resignation of its chief "
    "executive`; speaker junk (the resignation), content the clause before",
    ("agnews-test-2824", "reported", 0): "ok",
}
# events missed (not counted): `announced the resignation of its chief executive`, `sending
# shares ... plummeting 42 percent` (agnews-test-4003), `is negotiating to buy GLG Partners`
# (agnews-test-2824), `rose 400 percent` (agnews-test-2107)
FIFTY_FOURTH_MISSED: dict[str, str] = {
    "agnews-test-4003": "the company's warning, `warned of an earnings shortfall`",
}
FIFTY_SECOND_UNTUNED = (
    "events fully right 0.89 (8/9), statements right 12/15, 0 without a speaker, "
    "0 stories with missed speech"
)
FIFTY_THIRD_UNTUNED = (
    "events fully right 0.56 (5/9), statements right 5/7, 0 without a speaker, "
    "0 stories with missed speech"
)
FIFTY_FOURTH_UNTUNED = (
    "events fully right 0.67 (2/3), statements right 6/7, 0 without a speaker, "
    "1 story with missed speech"
)
# The fifty-fifth sample (``SEED_55``), drawn after round twenty-two's mechanisms were
# committed (engine 0ac0d3f, records ae66c4c) and reviewed on that code before any change made
# for it. It gave 8 events, so the fifty-sixth (``SEED_56``, 10) and the fifty-seventh
# (``SEED_57``, 12) were reviewed before any fix until the pooled reading had at least 20
# events (30); pooled. No change was made after the reading. (One line of the fifty-sixth's
# output, agnews-test-5656's `wounded` at NANO, was seen during the round's checks on the
# next draws' stories, before they were excluded from them; nothing was changed for it.)
FIFTY_FIFTH_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-589", "announce", 0): "ok (possible: `could announce`; `in the next several "
    "weeks`: no story date)",
    ("agnews-test-1643", "agreed on", 0): "ok",
    ("agnews-test-765", "died", 0): "ok (New York; `on Thursday`: no story date)",
    ("agnews-test-1818", "Peace talks", 0): "ok (the government and the rebels; Abuja, where "
    "the talks sat)",
    ("agnews-test-2608", "announced", 0): "ok (`Monday`: no story date)",
    ("agnews-test-6717", "proposed", 0): "ok (`dramatic reforms`, the `including` list an "
    "elaboration)",
    ("agnews-test-1892", "demanded", 0): "ok (the demand's content read whole, addressee "
    "and all: round twenty-three; untuned: topic cut, `Washington explain`)",
    ("agnews-test-2183", "edged up", 0): "ok (`on Tuesday`: no story date)",
}
FIFTY_FIFTH_STATEMENT_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-589", "said", 0): "ok",
    ("agnews-test-7045", "say", 0): "ok",
    ("agnews-test-789", "say", 0): "ok",
    ("agnews-test-765", "said", 0): "speaker wrong: the United Nations for Yemen's Foreign "
    "Ministry and its U.N. Mission",
    ("agnews-test-4322", "said", 0): "ok",
    ("agnews-test-1818", "said", 0): "content runs on into the speaker's next predicate (`but "
    "left open the chance of resumption`)",
    ("agnews-test-2608", "announced", 0): "ok",
    ("agnews-test-2844", "said", 0): "content runs on into the writer's participle (`casting a "
    "dark mood over the market as ...`)",
    ("agnews-test-4648", "said", 0): "ok",
    ("agnews-test-6717", "proposed", 0): "ok",
    ("agnews-test-1093", "said", 0): "ok",
    ("agnews-test-1892", "warned", 0): "ok",
}
# events missed (not counted): `made an unannounced visit to Chechnya` (agnews-test-369), `The
# yen advanced` (agnews-test-5583), `failed to pass legal reforms` and protesters who `besieged
# parliament` (agnews-test-6930), a judge who `ruled` (agnews-test-443), `let stand a ruling`
# (agnews-test-3122)
FIFTY_FIFTH_MISSED: dict[str, str] = {}
FIFTY_SIXTH_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-2093", "demanded", 0): "ok (the watchdog's demand, its content whole; `two "
    "days after` Monday: no story date)",
    ("agnews-test-4426", "were killed", 0): "ok (Turkey, from the `when` clause's `in "
    "southeastern Turkey`; `Sunday`: no story date)",
    ("agnews-test-164", "peace talks", 0): "agent missing (the rebels); no place now (round "
    "twenty-three: a process named as someone's aim takes no dateline place; untuned: "
    "PRESENTACION)",
    ("agnews-test-5488", "killed", 0): "ok (inside the commander's words; the city is not named)",
    ("agnews-test-5656", "wounded", 0): "ok (no place: the story does not say where the bomb "
    "went off; round twenty-three; untuned: NANO, the dateline)",
    ("agnews-test-6627", "launched an offensive", 0): "ok (the unnamed southern Andean town; "
    "`on Monday`: no story date)",
    ("agnews-test-2931", "bought", 0): "patient cut: `Netscape's computer user "
    "identification` of `... and management technology`; seller missing (America Online)",
    ("agnews-test-6792", "posted higher quarterly profit", 0): "ok (`on Thursday`: no story date)",
    ("agnews-test-3211", "attacked", 0): "ok (Gaza City's airstrike, from the incident)",
    ("agnews-test-3211", "was killed", 0): "ok (the same airstrike)",
}
FIFTY_SIXTH_STATEMENT_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-7110", "said", 0): "ok",
    ("agnews-test-2093", "said", 0): "content wrong: `on state television Monday, two days "
    'after ...` for the fronted `Iran may resume uranium enrichment "any moment"`',
    ("agnews-test-6967", "warned", 0): "ok",
    ("agnews-test-4426", "reported", 0): "ok",
    ("agnews-test-1367", "said", 0): "content runs on into the writer's clause (`and a number "
    "of companies warned about their earnings`)",
    ("agnews-test-1367", "warned", 0): "ok (the companies' warning, about their earnings)",
    ("agnews-test-5340", "said", 0): "ok",
    ("agnews-test-5488", "said", 0): "ok",
    ("agnews-test-811", "said", 0): "ok (the United Nations team)",
    ("agnews-test-5656", "said", 0): "ok",
    ("agnews-test-2931", "said", 0): "ok",
    ("agnews-test-6792", "warned", 0): "ok",
    ("agnews-test-7521", "said", 0): "content runs on into the writer's `as` clause (`as the "
    "Internet company looks for ways ...`)",
    ("agnews-test-7521", "adding", 0): "not speech: `by adding new content`",
    ("agnews-test-3591", "said", 0): "ok",
    ("agnews-test-5921", "said", 0): "ok",
    ("agnews-test-5550", "says", 0): "ok",
    ("agnews-test-3211", "said", 0): "ok",
}
# events missed (not counted): four defense companies that `post higher quarterly profit`
# (agnews-test-4687), OPEC `urging the United States to tap` its reserves (agnews-test-4686),
# soldiers who `fired to disperse protesters` (agnews-test-5384), rebels who `freed` two
# soldiers (agnews-test-164), a pipeline `damaged by a bomb` (agnews-test-4426)
FIFTY_SIXTH_MISSED: dict[str, str] = {}
FIFTY_SEVENTH_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-4551", "reported a 41 percent rise in quarterly profit", 0): "ok (`on "
    "Tuesday`: no story date)",
    ("agnews-test-7087", "begin talks", 0): "counterpart missing (Sharon, who invited Labour); "
    "topic missing (`to form a unity government`); planned right",
    ("agnews-test-2395", "dropped", 0): "ok",
    ("agnews-test-6309", "detained", 0): "ok (no place told for the detention; the uprising's "
    "town is the relative clause's)",
    ("agnews-test-1776", "shut", 0): "ok (the three states whole: round twenty-three; "
    "untuned: place cut at `Alabama`)",
    ("agnews-test-3189", "buy", 0): "ok (the seller past `of Germany`: round twenty-four; the "
    "purpose's place gone: round twenty-three; untuned: place wrong, Europe; seller missing)",
    ("agnews-test-1769", "A powerful earthquake", 0): "ok (BALI, the object of `rocked "
    "Indonesia's premier tourist island of Bali`: round twenty-three; untuned: place missing)",
    ("agnews-test-1769", "killing", 0): "ok (the quake's BALI, round twenty-three; untuned: "
    "place missing)",
    ("agnews-test-1769", "injuring", 0): "ok (the quake's BALI, round twenty-three; untuned: "
    "place missing)",
    ("agnews-test-59", "slipped", 0): "ok",
    ("agnews-test-4674", "jumped", 0): "ok",
    ("agnews-test-4674", "fell", 0): "ok (oil prices)",
}
FIFTY_SEVENTH_STATEMENT_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-1123", "said", 0): "ok",
    ("agnews-test-4372", "said", 0): "ok",
    ("agnews-test-6309", "told", 0): "ok",
    ("agnews-test-2354", "said", 0): "ok",
    ("agnews-test-427", "said", 0): "ok",
    ("agnews-test-3189", "said", 0): "ok",
    ("agnews-test-1769", "said", 0): "ok",
    ("agnews-test-1439", "said", 0): "ok (the company, resolved to RealNetworks)",
}
# events missed (not counted): Kmart's `finalized a deal to sell 18 of its stores`
# (agnews-test-427), tanks that `surged into` a refugee camp (agnews-test-2825), a referendum
# bid that `failed` (agnews-test-5255), the `launch of a new download service` (agnews-test-13),
# Sharon's invitation (agnews-test-7087)
FIFTY_SEVENTH_MISSED: dict[str, str] = {
    "agnews-test-6988": "a government report's finding, `a long-delayed government report showed`",
    "agnews-test-2366": "Rumsfeld's words, `raised the possibility that some areas of Iraq "
    "might be excluded`",
}
FIFTY_FIFTH_UNTUNED = (
    "events fully right 0.88 (7/8), statements right 9/12, 0 without a speaker, "
    "0 stories with missed speech"
)
FIFTY_SIXTH_UNTUNED = (
    "events fully right 0.70 (7/10), statements right 14/18, 0 without a speaker, "
    "0 stories with missed speech"
)
FIFTY_SEVENTH_UNTUNED = (
    "events fully right 0.50 (6/12), statements right 8/8, 0 without a speaker, "
    "2 stories with missed speech"
)
# The fifty-eighth sample (``SEED_58``), drawn after round twenty-three's mechanisms were
# committed (d20c339) and reviewed on that code before any change made for it. It gave 12
# events, so the fifty-ninth (``SEED_59``, 8) was reviewed before any fix until the pooled
# reading had at least 20 events (20); pooled. No change was made after the reading.
FIFTY_EIGHTH_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-1765", "An earthquake", 0): "ok (Bali, through `Indonesia's premier tourist "
    "island of Bali`, the island now in the gazetteer, session ten; untuned: place missing, "
    "from JAKARTA the island was no participant of the story)",
    ("agnews-test-1765", "killing", 0): "ok (the quake's Bali; untuned: place missing)",
    ("agnews-test-1765", "injuring", 0): "ok (the quake's Bali; untuned: place missing)",
    ("agnews-test-2673", "rose", 0): "ok (no place: the cause's phrase, round twenty-four; "
    "untuned: place wrong, the United States and Europe, where volume grew)",
    ("agnews-test-4712", "were killed", 0): "ok (`in a coal mine in Russia's Siberia`)",
    ("agnews-test-4712", "injured", 0): "ok (the same blast)",
    ("agnews-test-3378", "resumed talks", 0): "ok (the government and the rebels; the story "
    "does not say where the talks sat; `on Thursday`: no story date)",
    ("agnews-test-6633", "exploded", 0): "ok (Baiji; `on Tuesday`: no story date)",
    ("agnews-test-6633", "killing", 0): "ok",
    ("agnews-test-6633", "wounding", 0): "ok",
    ("agnews-test-199", "rose", 0): "ok (`its quarterly earnings`: Medtronic's)",
    ("agnews-test-6273", "rose", 0): "ok (`on Monday`: no story date)",
}
FIFTY_EIGHTH_STATEMENT_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-635", "said", 0): "ok",
    ("agnews-test-1765", "reported", 0): "ok",
    ("agnews-test-7180", "said", 0): "ok",
    ("agnews-test-2764", "said", 0): "content runs on into the writer's participle (`putting it "
    "back on top ...`)",
    ("agnews-test-2673", "said", 0): "ok",
    ("agnews-test-4712", "said", 0): "ok",
    ("agnews-test-320", "said", 0): "ok",
    ("agnews-test-4110", "said", 0): "ok",
    ("agnews-test-5945", "said", 0): "ok",
    ("agnews-test-4851", "said", 0): "ok",
    ("agnews-test-6633", "said", 0): "ok",
    ("agnews-test-1894", "said", 0): "content runs on into the writer's participle (`becoming the "
    "latest technology company ...`)",
    ("agnews-test-199", "said", 0): "ok",
    ("agnews-test-3216", "said", 0): "speaker wrong: `the flu vaccine used in the United States` "
    "for the company that makes it; content runs on into the writer's participle (`throwing a "
    "major U.S. flu drive into disarray`)",
    ("agnews-test-5148", "said", 0): "ok",
    ("agnews-test-7039", "predicted", 0): "ok",
    ("agnews-test-3334", "say", 0): "content runs on into the writer's `as` clause (`as he "
    "chairs a meeting in Ethiopia ...`)",
}
# events missed (not counted): militants who `beheaded` a hostage (agnews-test-3452), the U.N.
# that `set up a panel` (agnews-test-3378), an appeals court that `ruled` (agnews-test-320),
# Blair who `chairs a meeting in Ethiopia` (agnews-test-3334), Texas Instruments' planned
# buyback (agnews-test-1894), YUKOS that `suspended some oil exports` (agnews-test-2112), the
# Colts who `beat` the Titans (agnews-test-2067)
FIFTY_EIGHTH_MISSED: dict[str, str] = {
    "agnews-test-3452": "a video's showing, `a video seen by Reuters showed`",
    "agnews-test-3943": "an inquiry report's finding, `has ruled there is no evidence of racism`",
}
FIFTY_NINTH_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-2338", "reached a deal", 0): "ok (players and club representatives, both "
    "parties; the story does not say where; `Thursday`: no story date)",
    ("agnews-test-6580", "survived three parliamentary no-confidence votes", 0): "ok (the "
    "sponsors and what the votes were over: round twenty-four; Israel, read from the topic's "
    "phrase; untuned: topic missing, `over deepening poverty in Israel`, and the sponsors)",
    ("agnews-test-6708", "sealed deals", 0): "ok (the party past the deals' worth: round "
    "twenty-four; untuned: counterpart missing, `with two European companies`)",
    ("agnews-test-6708", "acquired", 0): "ok (the seller, antecedent of `from which`: round "
    "twenty-four; untuned: seller missing)",
    ("agnews-test-4159", "fell", 0): "ok (Colgate's profit; `the third quarter`: no year)",
    ("agnews-test-5350", "demanded", 0): "ok (whom the demand is made of, `from the Afghan "
    "government and United Nations`: round twenty-four; untuned: counterpart missing)",
    ("agnews-test-4162", "invest", 0): "ok (`$100M in Disney's money-losing business`: the "
    "quantities stage reads upper-case `$100M` since the lead's fix after round twenty-four, "
    "so the `in` phrase joins it; untuned: patient missing); future right",
    ("agnews-test-1298", "fall", 0): "ok (not done: `are expected to fall`; a forecast)",
}
FIFTY_NINTH_STATEMENT_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-2985", "reported", 0): "ok",
    ("agnews-test-6708", "said", 0): "ok",
    ("agnews-test-2028", "said", 0): "ok",
    ("agnews-test-4159", "said", 0): "ok",
    ("agnews-test-4159", "warned", 0): "content wrong: the sentence's main clause for what was "
    "warned a month ago (that profit would fall)",
    ("agnews-test-7056", "said", 0): "ok",
    ("agnews-test-319", "said", 0): "ok",
    ("agnews-test-4162", "says", 0): "ok",
    ("agnews-test-2707", "said", 0): "ok",
    ("agnews-test-1912", "told", 0): "ok",
    ("agnews-test-1298", "said", 0): "ok",
    ("agnews-test-3744", "warned", 0): "content wrong: the addressee and the date read in "
    "(`the rebel-held city of Falluja on Wednesday it must ...`)",
    ("agnews-test-658", "said", 0): "ok",
}
# events missed (not counted): Tokyo's Nikkei that `fell` (agnews-test-2736), oil that `hit a
# new record` (agnews-test-3214), Nike that `boosted its quarterly dividend` (agnews-test-6272),
# a mother `acquitted` by an appeals court (agnews-test-7038), Congress that `asked` the SEC
# (agnews-test-6170), the owners' agreeing (agnews-test-2338)
FIFTY_NINTH_MISSED: dict[str, str] = {
    "agnews-test-506": "North Korea's words, `said six-party talks ... appeared doomed`",
    "agnews-test-7146": "China's concern, `voiced deep concern ... over Japan's ... overhaul`",
}
FIFTY_EIGHTH_UNTUNED = (
    "events fully right 0.67 (8/12), statements right 13/17, 0 without a speaker, "
    "2 stories with missed speech"
)
FIFTY_NINTH_UNTUNED = (
    "events fully right 0.38 (3/8), statements right 11/13, 0 without a speaker, "
    "2 stories with missed speech"
)
# The sixtieth sample (``SEED_60``), drawn after round twenty-four's mechanisms were committed
# (engine b6e03a9, with the lead's gazetteer and participants changes of the session) and
# reviewed on that code before any change made for it; main at the session's reading time
# (0d3bc2a, 06:05 UTC, after the lead's gazetteer of small places and the scanning-stages speed
# merge) gives the same output for both samples. It gave 15 events, so the sixty-first
# (``SEED_61``, 10) was reviewed before any fix until the pooled reading had at least 20 events
# (25); pooled. No change was made after the reading.
SIXTIETH_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-2790", "ended", 0): "ok (tuned, round twenty-six: found, a market's close with "
    "its direction; untuned: missed, not counted; `on Wednesday`: no story date)",
    ("agnews-test-5461", "posted higher-than-expected quarterly earnings", 0): "ok (`on "
    "Wednesday`: no story date)",
    ("agnews-test-1092", "negotiate", 0): "ok (tuned, round twenty-five: an adjective taking an "
    "infinitive right after a noun makes that noun its subject; untuned: agent wrong, the "
    "newspaper for the Iraqi guerrillas `willing to negotiate their release`)",
    ("agnews-test-5970", "G20 meeting", 0): "ok (upcoming: future)",
    ("agnews-test-2277", "urged", 0): "ok (`on Wednesday`: no story date; the story does not "
    "say where)",
    ("agnews-test-2766", "dropped", 0): "ok",
    ("agnews-test-2766", "agreed", 0): "agent wrong: `a surprise increase in crude stocks and "
    "rebels in ...` for the rebels in Nigeria's oil-rich delta region; place wrong: LONDON, "
    "the dateline, for the rebels' delta",
    ("agnews-test-1432", "rise", 0): "agent wrong: `predicts 17 earnings` (a headline's "
    "forecast read as a phrase) for the earnings",
    ("agnews-test-2676", "cut 1,000 jobs", 0): "ok (future)",
    ("agnews-test-4599", "arrested", 0): "ok (`on Tuesday`: no story date)",
    ("agnews-test-4599", "killed", 0): "patient missing (`her`, the Palestinian schoolgirl)",
    ("agnews-test-4814", "rocked", 0): "place missing: southern Thailand read as the patient "
    "alone (tuned, round twenty-five: found, `rocked` after a blast; untuned: missed, not "
    "counted; `on Friday`: no story date)",
    ("agnews-test-4814", "exploded", 0): "ok (Yala province; `on Friday`: no story date)",
    ("agnews-test-4814", "wounding", 0): "ok (the same bomb)",
    ("agnews-test-4814", "wounded", 0): "agent cut: `blast` for `an earlier blast` (without "
    "`earlier` it reads as the second bomb); the story does not say where",
    ("agnews-test-3369", "passed a second bill", 0): "ok (tuned, round twenty-five: found; "
    "untuned: missed, not counted; `on Thursday`: no story date; a vote takes no dateline "
    "place)",
    ("agnews-test-6362", "chose", 0): "ok (`as his new chief of staff`; `on Monday`: no story "
    "date)",
    ("agnews-test-2613", "sold", 0): "ok (tuned, round twenty-five: a number's comma inside a "
    "relative clause closes no clause, so the antecedent is the subject; untuned: patient "
    "wrong, `years old and shows one of the earliest depictions of Buddha` for the Indian gold "
    "coin; future right, `is to be sold`)",
}
SIXTIETH_STATEMENT_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-1092", "said", 0): "speaker wrong: `employs one of the two captives` for the "
    "Le Figaro newspaper",
    ("agnews-test-5970", "concluded", 0): "ok",
    ("agnews-test-39", "said", 0): "ok",
    ("agnews-test-39", "reported", 0): "ok",
    ("agnews-test-467", "said", 0): "ok (Moody's Investors Service whole: the participants "
    "stage reads a curated name through its possessive since the lead's fix after round "
    "twenty-four; untuned: speaker cut, `Investors Service`)",
    ("agnews-test-3437", "said", 0): "ok",
    ("agnews-test-3904", "said", 0): "ok",
    ("agnews-test-1569", "said", 0): "ok",
    ("agnews-test-2676", "said", 0): "ok",
    ("agnews-test-425", "says", 0): "ok",
    ("agnews-test-4814", "said", 0): "ok",
}
# events missed (not counted): the House that `passed a second bill` (agnews-test-3369), AIDS
# activists who `disrupted a Republican meeting` (agnews-test-1042), EU diplomats `proposing` a
# halt (agnews-test-3904), a huge explosion that `rocked North Korea` (agnews-test-1569), firms
# that `revealed their plans` (agnews-test-6593), bomb blasts that `rocked southern Thailand`
# (agnews-test-4814)
SIXTIETH_MISSED: dict[str, str] = {}
SIXTY_FIRST_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-1862", "tumbled", 0): "ok (`last month`: no story date)",
    ("agnews-test-2854", "were killed", 0): "ok (Palestinians and Israelis, in Gaza and a "
    "border town: the story gives no one place; `Thursday`: no story date)",
    ("agnews-test-2854", "killed", 0): "ok (an unnamed border town)",
    ("agnews-test-2260", "dropped", 0): "ok (Morgan Stanley's profit)",
    ("agnews-test-6306", "shot dead", 0): "ok (`in north Gaza`; `on Tuesday`: no story date)",
    ("agnews-test-1344", "unveiled", 0): "ok (`on Wednesday`: no story date)",
    ("agnews-test-1483", "fell", 0): "ok (`on Friday`: no story date)",
    ("agnews-test-2588", "collided", 0): "ok (`in central Greece`; `on Monday`: no story date)",
    ("agnews-test-1366", "held crisis talks", 0): "ok (tuned, round twenty-five: no place, as "
    "Iraq closes the topic's participle `held hostage` and the dateline DUBAI/PARIS names two "
    "cities; untuned: place wrong, Iraq, where the journalists are held, for the talks in Paris, "
    "which the story does not name)",
    ("agnews-test-2441", "file suit", 0): "ok (possible: `may file suit`)",
    ("agnews-test-7331", "raised U.S. interest rates", 0): "ok (tuned, round twenty-five: found, "
    "the United States from the initials in the trigger; untuned: missed, not counted; `on "
    "Tuesday`: no story date)",
}
SIXTY_FIRST_STATEMENT_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-1862", "said", 0): "ok",
    ("agnews-test-636", "warned", 0): "ok",
    ("agnews-test-2260", "said", 0): "ok (Morgan Stanley; the name keeps the ticker's `MWD`)",
    ("agnews-test-5224", "said", 0): "ok",
    ("agnews-test-7331", "said", 0): "ok",
    ("agnews-test-1387", "said", 0): "ok",
    ("agnews-test-6306", "said", 0): "ok (medics on both sides: `on both sides` attaches to the "
    "noun since the lead's fix of session eleven, 0a7ca6b; untuned: `sides`)",
    ("agnews-test-2352", "said", 0): "ok",
    ("agnews-test-2588", "said", 0): "ok",
    ("agnews-test-962", "said", 0): "ok (United Nations agencies)",
    ("agnews-test-2447", "said", 0): "ok",
    ("agnews-test-669", "said", 0): "ok",
    ("agnews-test-6694", "said", 0): "ok",
    ("agnews-test-3215", "said", 0): "ok",
    ("agnews-test-3069", "said", 0): "ok",
    ("agnews-test-2441", "said", 0): "ok",
}
# events missed (not counted): consumer prices that `inched up` (agnews-test-1862), regulators
# who `filed fraud charges` (agnews-test-5764), a rebel group that `pulled out of` a government
# (agnews-test-452), the Fed that `raised U.S. interest rates` (agnews-test-7331), Israeli forces
# that `thrust into` a camp (agnews-test-1387), the bus crash's dead and injured (agnews-test-2588),
# regulators who `warned` Cyberonics (agnews-test-6694)
SIXTY_FIRST_MISSED: dict[str, str] = {}
SIXTIETH_UNTUNED = (
    "events fully right 0.60 (9/15), statements right 9/11, 0 without a speaker, "
    "0 stories with missed speech"
)
SIXTY_FIRST_UNTUNED = (
    "events fully right 0.90 (9/10), statements right 15/16, 0 without a speaker, "
    "0 stories with missed speech"
)
# The sixty-second sample (``SEED_62``), drawn after round twenty-five's mechanisms were
# committed (main at 08:05, 9902e52, the lead's participants and statements changes of the
# session included) and reviewed on that code before any change. Only 16 stories were left
# to draw (the labelled stories of wire_samples.jsonl, 1,846, less the sixty-one samples'
# 1,830), all AG News summaries; they gave 7 events, and the labelled draws after it are empty,
# so the sixty-third is drawn from the TE3 silver stories. These 16 stories had been outside the
# samples in earlier rounds' checks: two of the events were read then (agnews-test-1646's
# `meets`, round twelve's example of a present after `when` read as future; agnews-test-2367's
# topic, read whole in round sixteen).
SIXTY_SECOND_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-6801", "sign any new pacts", 0): "ok (tuned, round twenty-six: possible, a "
    "likelihood; untuned: modality wrong, `is unlikely to sign` read as planned); the topic "
    "`climate change` and the agent right",
    ("agnews-test-7559", "posted lower quarterly profit", 0): "ok (`on Friday`: no story date)",
    ("agnews-test-4318", "rose", 0): "ok (Weyerhaeuser's profit; Georgia, the sale's place, not "
    "taken; `on Friday`: no story date)",
    ("agnews-test-1646", "meets", 0): "ok (future, `when it meets this week`; the story does not "
    "say where, the dateline VIENNA does; read in round twelve's checks)",
    ("agnews-test-2367", "proposed", 0): "ok (the topic as round sixteen read it whole, `for "
    "terrorist purposes` left out; UNITED NATIONS, the dateline's; `on Thursday`: no story "
    "date)",
    ("agnews-test-4437", "fell", 0): "ok (`on Monday`: no story date)",
    ("agnews-test-4234", "fell", 0): "ok (`on Thursday`: no story date)",
}
SIXTY_SECOND_STATEMENT_VERDICTS: dict[tuple[str, str, int], str] = {
    ("agnews-test-6801", "said", 0): "ok",
    ("agnews-test-7559", "said", 0): "ok (the used-car retailer: CarMax)",
    ("agnews-test-4318", "said", 0): "ok (the company: Weyerhaeuser)",
    ("agnews-test-1623", "tells", 0): "ok (the headline's `Finance minister`, as written)",
    ("agnews-test-924", "said", 0): "ok (the company: United Rentals)",
    ("agnews-test-698", "said", 0): "ok",
    ("agnews-test-2367", "proposed", 0): "ok",
    ("agnews-test-5118", "said", 0): "ok",
}
# events missed (not counted): shares sent up and down (`sending its shares up as much as 14
# percent`, agnews-test-7559; `down 21.5 percent`, agnews-test-924), regulators investigating
# and subpoenaing (agnews-test-924), a village `hit by a devastating landslide` (a passive,
# agnews-test-698), a drug lord sent to the United States to face charges (agnews-test-6880),
# an extradition ruled (agnews-test-3094), a forum accepting new members (agnews-test-3354),
# OPEC resisting calls to raise output (agnews-test-1646)
SIXTY_SECOND_MISSED: dict[str, str] = {}
SIXTY_SECOND_UNTUNED = (
    "events fully right 0.86 (6/7), statements right 8/8, 0 without a speaker, "
    "0 stories with missed speech"
)
# The sixty-third sample (``SEED_63``): the labelled stories ran out with the sixty-second, so
# it is drawn from ``te3_silver_gigaword.jsonl`` (AFP and Xinhua, round-robin), stories never
# used for events tuning or outside checks, and reviewed on main 99f22d6 (src as 9902e52, round
# twenty-five's code) before any change. 28 events, so with the sixty-second's 7 the pool has
# 35 and no sixty-fourth was drawn. Six AFP 2006 stories have TE3's rewritten dateline `Dec 28,
# 2006, 2006 --`, which the dateline stage does not read (no dateline place, and `reported`
# takes the dateline into its content); their events are judged as the text reads all the same.
SIXTY_THIRD_VERDICTS: dict[tuple[str, str, int], str] = {
    ("te3silver-XIN_ENG_20061130.0029", "gained", 0): "ok (the KOSDAQ; no time in its sentence; "
    "the KOSPI's `rose ... on Thursday` before it missed)",
    ("te3silver-AFP_ENG_20051216.0013", "attacked", 0): "ok (`last Sunday`, Dec 11; `on a beach` "
    "names no place)",
    ("te3silver-AFP_ENG_20061228.0449", "died", 0): "ok (the Islamists' claim read as told; no "
    "date or place of its own)",
    ("te3silver-XIN_ENG_20061120.0062", "The closure", 0): "patient wrong: `highways caused "
    "congestion` runs on past the noun into the sentence's verb (`highways`)",
    ("te3silver-XIN_ENG_20061120.0062", "the closure", 0): "ok (the highway the buses wait for; "
    "no time or place of its own)",
    ("te3silver-AFP_ENG_19970412.0213", "arrive in", 0): "ok (planned; Sarajevo as `the Bosnian "
    "capital`; no time in its sentence)",
    ("te3silver-AFP_ENG_19970412.0213", "visit", 0): "agent and destination junk (`Bosnian "
    "capital for an historic`, `aimed`) for the pope and the Bosnian capital; read as done, a "
    "visit the pope was set to make",
    ("te3silver-AFP_ENG_19970412.0213", "arrested", 0): "ok (tuned, round twenty-six: Sarajevo, "
    "where the lead puts the police; untuned: place missing, `Police in Sarajevo` of the lead, "
    "the dateline); Saturday right",
    ("te3silver-XIN_ENG_20061121.0292", "called on", 0): "ok (`on Tuesday`, Nov 21; no place "
    "told but the dateline's)",
    ("te3silver-XIN_ENG_20061121.0292", "offered to", 0): "not an event: `too little relief was "
    "being offered to people in dire need` is aid given, no proposal (`little relief` as "
    "patient, the people as topic) (tuned, round twenty-six: no longer found, `offered to` in "
    "the passive gives a thing)",
    ("te3silver-XIN_ENG_20051113.0001", "urged", 0): "ok (OPEC, to raise output at its Dec. 12 "
    "meeting in Kuwait; Saturday, Nov 12)",
    ("te3silver-XIN_ENG_20051113.0001", "urged", 1): "ok (the Gulf states; no time of its own)",
    ("te3silver-XIN_ENG_20051113.0001", "issue a joint statement", 0): "ok (planned: what the "
    "Gulf states are urged to do)",
    ("te3silver-XIN_ENG_20061121.0003", "visited", 0): "ok (tuned, round twenty-six: no time, "
    "the visit in a relative clause before the interview; untuned: time wrong, Nov. 18 dates "
    "the interview in which Prachanda disclosed, not the earlier visit)",
    ("te3silver-XIN_ENG_20061121.0003", "Leadership Summit", 0): "ok (tuned, round twenty-six: "
    "New Delhi, where he went to attend it, and no time; untuned: time wrong, Nov. 18, the "
    "interview's, and place missing)",
    ("te3silver-XIN_ENG_20061106.0004", "built", 0): "ok (police stations; `in rural regions` "
    "names no place; no time of its own)",
    ("te3silver-AFP_ENG_20061225.0195", "called for", 0): "ok (`on Monday`, Dec 25; the "
    "message's place not told in its sentence)",
    ("te3silver-AFP_ENG_19970416.0040", "killed", 0): "ok (tuned, round twenty-six: Mecca, the "
    "agent's `near Mecca`; Mina, nearer, is in no gazetteer; untuned: place missing, `near "
    "Mecca` read only inside the agent); no date told",
    ("te3silver-AFP_ENG_19970416.0040", "died", 0): "ok (tuned, round twenty-six: Mecca, the "
    "inferno's; untuned: place missing); the Indians among the dead, in the spokesman's "
    "quotation",
    ("te3silver-AFP_ENG_19970416.0040", "were injured", 0): "ok (tuned, round twenty-six: Mecca, "
    "the inferno's; untuned: place missing, `the blaze in Mina, near Mecca`, the sentence "
    "before)",
    ("te3silver-XIN_ENG_20061124.0070", "exploded", 0): "place missing (Jilin, the lead's Jilin "
    "Province); the time, read as 2006-11-13 at first, is 2005-11-13 since the lead's times "
    "fix after the reading",
    ("te3silver-XIN_ENG_20051126.0192", "was elected", 0): "ok (tuned, round twenty-six: 1999; "
    "untuned: time wrong, March 1937 from `born in March 1937` for `in 1999` after the "
    "trigger)",
    ("te3silver-AFP_ENG_20061231.0059", "declared", 0): "ok (Slovenia's independence; the time "
    "told only as `15 years after`)",
    ("te3silver-AFP_ENG_20061231.0059", "announced", 0): "ok (`on Friday`, Dec 29; no place told "
    "but the dateline's, which TE3's rewrite left unread)",
    ("te3silver-AFP_ENG_19970415.0471", "elected", 0): "ok (tuned, round twenty-six: possible; "
    "untuned: modality wrong, a condition, `would be elected to power if fresh elections were "
    "held now`, a poll's finding, read as future)",
    ("te3silver-AFP_ENG_19970408.0230", "cut its deposit rates", 0): "ok (BNI, in the analyst's "
    "quotation; no time of its own)",
    ("te3silver-AFP_ENG_20061221.0533", "make an announcement", 0): "agent wrong (`the killings "
    "of five prostitutes in Ipswich` for the British police probing them); topic junk (`at "
    "2215 GMT on Thursday`, the time); time missing (Thursday, Dec 21)",
    ("te3silver-AFP_ENG_20061221.0533", "named as", 0): "not an event: the media naming a "
    "suspect (`whom the media named as Steve Wright`), no appointment (tuned, round "
    "twenty-six: no longer found, `named as` before a person's name)",
    (
        "te3silver-AFP_ENG_19970408.0230",
        "closed",
        0,
    ): "ok (tuned, round twenty-six: found, a market's close with "
    "its direction; untuned: missed, not counted; Tuesday, April 8; Jakarta shares, the "
    "dateline's place not given)",
    ("te3silver-XIN_ENG_20061130.0029", "rose", 0): "ok (tuned, round twenty-six: found, the "
    "head read before `(KOSPI)`; Thursday, Nov 30; untuned: missed, not counted)",
    ("te3silver-XIN_ENG_20061101.0158", "rose", 0): "ok (tuned, round twenty-six: found, the "
    "head read before `(CPI)`; October; Indonesia told only the sentence before; untuned: "
    "missed, not counted)",
    ("te3silver-AFP_ENG_19970425.0055", "charged", 0): "place missing (Hong Kong, the dateline) "
    "(tuned, round twenty-six: found, `charged Friday with possession`; Friday right; "
    "untuned: missed, not counted)",
    ("te3silver-AFP_ENG_19970425.0055", "rearrested", 0): "place missing (Hong Kong); patient "
    "the apposition, `a top immigration official at the US consulate in Honduras`, not linked "
    "to Stuchiner (tuned, round twenty-six: found; Friday and the anti-graft officers right; "
    "untuned: missed, not counted)",
}
SIXTY_THIRD_STATEMENT_VERDICTS: dict[tuple[str, str, int], str] = {
    ("te3silver-AFP_ENG_20051216.0013", "said", 0): "ok",
    ("te3silver-AFP_ENG_20051216.0013", "said", 1): "ok (the quotation across two paragraphs)",
    ("te3silver-XIN_ENG_20061118.0004", "according to", 0): "ok",
    ("te3silver-AFP_ENG_20061228.0449", "vowed", 0): "ok",
    ("te3silver-AFP_ENG_20061228.0449", "told", 0): "ok",
    ("te3silver-AFP_ENG_20061228.0449", "said", 0): "ok (`he`: Gedi)",
    ("te3silver-AFP_ENG_20061228.0449", "said", 1): "ok (a further quotation: Gedi)",
    ("te3silver-XIN_ENG_20061120.0062", "said", 0): "ok (`an official`, as written)",
    ("te3silver-XIN_ENG_20061120.0062", "said", 1): "ok",
    ("te3silver-AFP_ENG_19970412.0213", "said", 0): "ok",
    ("te3silver-AFP_ENG_19970412.0213", "said", 1): "ok",
    ("te3silver-XIN_ENG_20061121.0292", "said", 0): "ok",
    ("te3silver-XIN_ENG_20061121.0292", "said", 1): "ok",
    ("te3silver-XIN_ENG_20061121.0292", "estimates", 0): "ok",
    ("te3silver-AFP_ENG_20051203.0437", "vowed", 0): "ok",
    ("te3silver-AFP_ENG_20051203.0437", "said", 0): "ok",
    ("te3silver-XIN_ENG_20051113.0001", "told", 0): "ok",
    ("te3silver-XIN_ENG_20051113.0001", "said", 0): "ok (`he`: Bodman)",
    ("te3silver-XIN_ENG_20051113.0001", "added", 0): "ok",
    ("te3silver-XIN_ENG_20051113.0001", "added", 1): "ok",
    ("te3silver-AFP_ENG_19970415.0517", "said", 0): "ok",
    ("te3silver-AFP_ENG_19970415.0517", "warned", 0): "ok",
    ("te3silver-XIN_ENG_20061102.0001", "said", 0): "ok (speaker as written; Yan is no "
    "participant)",
    ("te3silver-XIN_ENG_20061102.0001", "said", 1): "ok",
    ("te3silver-XIN_ENG_20061102.0001", "told", 0): 'read as reported: a quotation (`"We '
    'guessed ...," a rescued miner called Wang told Xinhua`)',
    ("te3silver-XIN_ENG_20061102.0001", "said", 2): "ok",
    ("te3silver-XIN_ENG_20061102.0001", "said", 3): "ok (a further quotation: Wang)",
    ("te3silver-AFP_ENG_20051215.0689", "said", 0): "ok",
    ("te3silver-AFP_ENG_20051215.0689", "told", 0): "ok",
    ("te3silver-AFP_ENG_20051215.0689", "saying", 0): "ok",
    ("te3silver-AFP_ENG_20051215.0689", "said", 1): "ok",
    ("te3silver-AFP_ENG_20051215.0689", "according to", 0): "ok",
    ("te3silver-AFP_ENG_20051215.0689", "added", 0): "ok (`he`: the lawyer)",
    ("te3silver-XIN_ENG_20061121.0003", "claimed", 0): "speaker linked to the party (CPN), not "
    "its chairman Prachanda; content runs on into `, local nepalnews.com reported Tuesday`",
    ("te3silver-XIN_ENG_20061121.0003", "reported", 0): "ok",
    ("te3silver-XIN_ENG_20061121.0003", "told", 0): "ok",
    ("te3silver-XIN_ENG_20061121.0003", "said", 0): "ok",
    ("te3silver-XIN_ENG_20061121.0003", "said", 1): "not speech: `Prachanda might have said so` "
    "is Azim's guess, inside his statement (content `so ...`)",
    ("te3silver-XIN_ENG_20061121.0003", "disclosed", 0): "ok",
    ("te3silver-AFP_ENG_19970425.0055", "admitted", 0): "content wrong: `In his appeal, lodged "
    "last week` (the adjunct before the cue) for `holding the passports`",
    ("te3silver-AFP_ENG_19970425.0055", "said", 0): "content cut to the quoted `it is quite "
    "clear`; the clause goes on `that the charge against the defendant was ...`",
    ("te3silver-AFP_ENG_19970425.0055", "said", 1): "a quoted phrase inside the judge's clause "
    '(`was "unsustainable under the law."`) read as a quotation of its own',
    ("te3silver-XIN_ENG_20061106.0004", "said", 0): "ok (`a senior public official`, as written)",
    ("te3silver-XIN_ENG_20061106.0004", "said", 1): "ok (speaker as written; Liu Jinguo is no "
    "participant)",
    ("te3silver-XIN_ENG_20061106.0004", "said", 2): "speaker `he` unresolved (Liu Jinguo, named "
    "the sentence before; no participant for him)",
    ("te3silver-XIN_ENG_20061106.0004", "claimed", 0): "ok",
    ("te3silver-XIN_ENG_20061106.0004", "said", 3): "speaker `he` unresolved (Liu Jinguo)",
    ("te3silver-XIN_ENG_20061106.0004", "warned", 0): "speaker `he` unresolved (Liu Jinguo); "
    "content cut (`China's fast urbanization poses public` lost)",
    ("te3silver-AFP_ENG_20061225.0195", "said", 0): "speaker `she` unresolved (Queen Elizabeth "
    "II, no participant)",
    ("te3silver-AFP_ENG_20061225.0195", "said", 1): "speaker `she` unresolved (the queen)",
    ("te3silver-AFP_ENG_20061225.0195", "said", 2): "speaker `she` unresolved (the queen)",
    ("te3silver-XIN_ENG_20061101.0158", "according to", 0): "ok",
    ("te3silver-XIN_ENG_20061101.0158", "said", 0): "ok",
    ("te3silver-AFP_ENG_19970416.0040", "told", 0): "ok (the quotation across two paragraphs)",
    ("te3silver-AFP_ENG_19970416.0040", "said", 0): "ok",
    ("te3silver-AFP_ENG_19970416.0040", "said", 1): "ok (tuned; untuned: missed)",
    ("te3silver-AFP_ENG_20061222.0387", "said", 0): "ok",
    ("te3silver-AFP_ENG_20061222.0387", "reported", 0): "content includes the dateline (`ROME, "
    "Dec 22, 2006, 2006 --`: TE3's rewrite, unread by the dateline stage)",
    ("te3silver-XIN_ENG_20051126.0192", "said", 0): "ok",
    ("te3silver-XIN_ENG_20051126.0192", "said", 1): "ok (`the statement`, as written)",
    ("te3silver-XIN_ENG_20051126.0192", "saying", 0): "ok (the doctors, quoted by the statement)",
    ("te3silver-XIN_ENG_20051126.0192", "said", 2): "ok",
    ("te3silver-AFP_ENG_20061231.0059", "said", 0): "ok",
    ("te3silver-AFP_ENG_20061231.0059", "said", 1): "ok (Bajuk's quotation; tuned, untuned: read "
    "as the content of `concluded`)",
    ("te3silver-AFP_ENG_20061231.0059", "announced", 0): "ok (`he`: Bajuk)",
    ("te3silver-AFP_ENG_20061231.0059", "concluded", 0): "not speech: `preparations for the "
    "changeover had concluded` (a verb of ending; the quotation before as content)",
    ("te3silver-XIN_ENG_20051123.0281", "said", 0): "ok",
    ("te3silver-XIN_ENG_20051123.0281", "told", 0): "ok",
    ("te3silver-XIN_ENG_20051123.0281", "said", 1): "ok",
    ("te3silver-XIN_ENG_20051123.0281", "said", 2): "ok",
    ("te3silver-XIN_ENG_20051123.0281", "added", 0): "ok",
    ("te3silver-XIN_ENG_20051123.0281", "said", 3): "ok",
    ("te3silver-XIN_ENG_20051123.0281", "said", 4): "ok",
    ("te3silver-AFP_ENG_19970415.0471", "said", 0): "speaker `the United News of India` linked "
    "to the place India",
    ("te3silver-AFP_ENG_20061229.0265", "reported", 0): "content includes the dateline "
    "(`JERUSALEM, Dec 29, 2006, 2006 --`: TE3's rewrite, unread by the dateline stage)",
    ("te3silver-AFP_ENG_20061229.0265", "added", 0): "speaker `it` unresolved (state radio)",
    ("te3silver-AFP_ENG_20061229.0265", "said", 0): "ok",
    ("te3silver-AFP_ENG_19970408.0230", "said", 0): "ok",
    ("te3silver-AFP_ENG_19970408.0230", "said", 1): "ok",
    ("te3silver-AFP_ENG_19970408.0230", "said", 2): "ok",
    ("te3silver-AFP_ENG_19970408.0230", "said", 3): "ok",
    ("te3silver-AFP_ENG_19970408.0230", "said", 4): "ok (`He`: Bruce)",
    ("te3silver-AFP_ENG_19970408.0230", "said", 5): "ok",
    ("te3silver-XIN_ENG_20061101.0323", "said", 0): "ok",
    ("te3silver-XIN_ENG_20061101.0323", "told", 0): "ok",
    ("te3silver-AFP_ENG_20061221.0533", "said", 0): "speaker wrong: `the killings of five "
    "prostitutes in Ipswich` for the British police probing them",
    ("te3silver-AFP_ENG_20061221.0533", "said", 1): "ok (`unconfirmed reports`)",
    ("te3silver-AFP_ENG_20061221.0533", "said", 2): "ok",
}
# events missed (not counted): the KOSPI that `rose` (XIN_ENG_20061130.0029), Ethiopian-backed
# forces that `rolled into` Mogadishu and Meles's `3,000 dead` (AFP_ENG_20061228.0449), a visit
# to Baidoa (XIN_ENG_20061121.0292), the EBRD's conference `held here Monday and Tuesday`
# (AFP_ENG_19970415.0517), a landslide and 16 miners trapped and rescued (XIN_ENG_20061102.0001),
# a former US diplomat `charged` and `rearrested` (AFP_ENG_19970425.0055), the CPI that `rose`
# (XIN_ENG_20061101.0158), Merkel's talks with Barroso (XIN_ENG_20051123.0281), a presidential
# election that `started` and voters who `cast their ballots` (XIN_ENG_20051116.0429), Jakarta
# shares that `closed 0.2 percent higher` (AFP_ENG_19970408.0230), two suspects arrested on
# Monday and Tuesday (AFP_ENG_20061221.0533)
SIXTY_THIRD_MISSED: dict[str, str] = {
    "te3silver-AFP_ENG_20061228.0449": "`The Islamists claimed hundreds of government troops had "
    "died` (a clause without `that`)",
    "te3silver-XIN_ENG_20051113.0001": "`revealing the Emirates had briefed him` (Bodman)",
    "te3silver-AFP_ENG_19970415.0517": "`complained that the bank was giving them the cold "
    "shoulder` (the more advanced countries)",
    "te3silver-XIN_ENG_20061101.0158": "`The agency also reported year-on-year inflation eased to "
    "6.29 percent` (a clause without `that`)",
    "te3silver-AFP_ENG_19970416.0040": "`A spokesman from the Indian foreign ministry here said "
    'earlier: "We have no means ...`',
    "te3silver-AFP_ENG_20061231.0059": "`All is ready for Slovenia ..., officials here said` (the "
    "lead, after TE3's unread dateline)",
    "te3silver-AFP_ENG_19970415.0471": "`The poll ... predicted that the Bharatiya Janata Party "
    "...`; `More than half of the 13,000 registered voters interviewed said they preferred ...`",
    "te3silver-XIN_ENG_20061101.0323": "`Pashiardis replied that if there is finally an "
    "invitation, ...`; the quotation after his `told the press that`",
}
SIXTY_THIRD_UNTUNED = (
    "events fully right 0.50 (14/28), statements right 68/86, 0 without a speaker, "
    "8 stories with missed speech"
)
# The headline of round twenty-five: the sixty-second and sixty-third samples' untuned readings
# pooled (the last 16 labelled stories and 30 fresh AFP and Xinhua stories).
POOLED_UNTUNED_25 = (
    "events fully right 0.57 (20/35), statements right 76/94, 0 without a speaker, "
    "8 stories with missed speech"
)
# The sixty-fourth sample (``SEED_64``): 30 more TE3 silver stories (15 AFP, 15 Xinhua), disjoint
# from the sixty-third, drawn after round twenty-six and the twelfth session's participants,
# statements and events changes, and reviewed on main 69e37af (frozen in a copy) before any
# change. 37 events, so no sixty-fifth was drawn. Six AFP stories have TE3's rewritten dateline
# (`MOSUL, Dec 1, 2006, 2006 --`), unread by the dateline stage; their events are judged as the
# text reads, as in the sixty-third.
SIXTY_FOURTH_VERDICTS: dict[tuple[str, str, int], str] = {
    ("te3silver-XIN_ENG_20061121.0406", "were killed", 0): "ok (`on Tuesday evening`, Nov 21; "
    "`southern Poland` linked to Poland; the explosion no agent)",
    ("te3silver-XIN_ENG_20061121.0406", "visited", 0): "place missing: `the spot` is the "
    "Halemba mine in Ruda Slaska, told two sentences before (no time told)",
    ("te3silver-AFP_ENG_20061201.0459", "were shot dead", 0): "agent wrong: `their relatives`, "
    "who first found the bodies (`their bodies were first found by their relatives`), read as "
    "the killers",
    ("te3silver-XIN_ENG_20061125.0155", "took place", 0): "place missing (the Yuanhua Coal Mine "
    "in Jixi City, told in its `when` clause; Heilongjiang in the lead); 1:50 p.m. Saturday, "
    "Nov 25, right (tuned, round twenty-seven: an accident, `The blast` after `a colliery gas "
    "blast`; untuned: type wrong, the colliery gas blast read as an attack)",
    ("te3silver-XIN_ENG_20061125.0155", "happened", 0): "place missing (`there`: Jixi); June 20, "
    "2002 right (tuned, round twenty-seven: `A gas blast happened there` an accident; untuned: "
    "type wrong, read as an attack)",
    ("te3silver-XIN_ENG_20061125.0155", "killed", 0): "place missing (`there`: Jixi); the blast, "
    "124 people and June 20, 2002 right",
    ("te3silver-XIN_ENG_20061125.0155", "were killed", 0): "place missing (`The city`: Jixi); "
    "`Sept. 30 this year` right",
    ("te3silver-AFP_ENG_20061219.0018", "slipped", 0): "ok (Tuesday, Dec 19; `in Asian trade` "
    "names no place; Tokyo only in TE3's unread dateline)",
    ("te3silver-AFP_ENG_20061219.0018", "slipped", 1): "place missing (`in Tokyo morning "
    "trade`); no time, Tuesday morning only implied (tuned, round twenty-seven: `late Monday` "
    "after `from 118.06 in New York` dates the level it slipped from; untuned: time wrong, "
    "Monday for the slip)",
    ("te3silver-XIN_ENG_20051101.0345", "killed", 0): "ok (tuned, round twenty-seven: `could not "
    "have been killed without the complicity of ...` a double negation, the killing done; "
    "untuned: negation wrong); inside Mehlis's hint",
    ("te3silver-AFP_ENG_19970402.0094", "attacked", 0): "place missing (`in south Sudan's Bahrel "
    "Ghazal state`, its own clause); last week (March 24-30) and the stronghold right; the "
    "agent's text whole, its participant named `Liberation Army` (a participants defect)",
    ("te3silver-AFP_ENG_19970402.0094", "built", 0): "patient wrong: `Wun Roj` for Ajak airport "
    "(`Ajak airport, outside Wun Roj, which was built by foreign organizations`: the relative "
    "clause after the place's phrase); in Obanj's quotation",
    ("te3silver-AFP_ENG_19970402.0094", "signed an agreement", 0): "counterpart wrong: `the "
    "government` (in Khartoum) linked to the SPLA; agent missing (the Kerbino faction, subject "
    "of `broke away ..., switched allegiances and signed`)",
    ("te3silver-AFP_ENG_20061219.0245", "died", 0): "ok (the 4,000 chickens; Saturday, Dec 16; "
    "Sarrey)",
    ("te3silver-AFP_ENG_20061219.0245", "killed", 0): "ok (the vets' finding, asphyxia as the "
    "cause; the same chickens, Saturday and Sarrey)",
    ("te3silver-XIN_ENG_20061106.0144", "proposed", 0): "ok (the Greek government, the "
    "mechanism, in the minister's quotation; no time or place of its own)",
    ("te3silver-XIN_ENG_20051116.0013", "APEC Ministerial Meeting", 0): "time wrong: the "
    "two-day meeting (Nov 15-16) dated by its closing day alone (`on the conclusion of the "
    "two-day ... Meeting Wednesday`); no place told but the dateline's `here`",
    ("te3silver-AFP_ENG_20061216.0295", "were wounded", 0): "ok (the Gaza Strip; no time in its "
    "sentence, the story's date only in TE3's unread dateline)",
    ("te3silver-AFP_ENG_20061216.0295", "staged competing protests", 0): "place missing (`in "
    "central Gaza City`, its own clause); late Saturday, Dec 16, right; agent `Hamas and Fatah "
    "supporters` of `Thousands of armed Hamas and Fatah supporters`",
    ("te3silver-XIN_ENG_20061108.0218", "fell", 0): "ok (the Nasdaq; no time in its sentence)",
    ("te3silver-XIN_ENG_20061108.0218", "rose", 0): "place wrong: Nigeria is where the supply "
    "concerns are (`amid supply concerns in Nigeria`), not where oil prices rose; Wednesday "
    "right",
    ("te3silver-XIN_ENG_20061103.0399", "rise", 0): "time missing (`in the final three months`, "
    "October to December 2006); possible right (`unlikely to rise`), in the spokesman's "
    "statement",
    ("te3silver-XIN_ENG_20061103.0399", "exported", 0): "ok (tuned, the lead's times change "
    "cc6f680: `in 2002`, and the patient whole; untuned: time wrong, 2005-12-25 from "
    "`Christmas` of `Christmas commodities`)",
    ("te3silver-XIN_ENG_20061103.0399", "edged up", 0): "ok (its exports, Guangdong's, in 2003)",
    ("te3silver-XIN_ENG_20061103.0399", "exported", 1): "time missing (`in 2004`, opening the "
    "sentence after `However,`) (tuned, the lead's times change cc6f680: `Christmas "
    "commodities` no date; untuned: time wrong, 2005-12-25)",
    ("te3silver-AFP_ENG_19970417.0009", "fell", 0): "ok (Thursday, April 17; no place but the "
    "dateline's)",
    ("te3silver-AFP_ENG_19970417.0009", "fell", 1): "ok (the composite index; no time in its "
    "sentence)",
    ("te3silver-XIN_ENG_20051103.0341", "approved", 0): "ok (the bill of Peru's Congress and what "
    "it seeks; no time in its clause)",
    ("te3silver-XIN_ENG_20051103.0341", "approved", 1): "ok (`Earlier Thursday`, Nov 3; the sea "
    "area as topic, `claims sovereignty over` left out)",
    ("te3silver-XIN_ENG_20051103.0341", "signed any maritime demarcation pact", 0): "ok "
    "(negated; `it`: Peru; Chile)",
    ("te3silver-AFP_ENG_20051212.0555", "voted", 0): "ok (`it`: the Lebanese government, linked "
    "to `Cabinet` of `Cabinet ministers`, the same body; what it voted for)",
    ("te3silver-AFP_ENG_20051212.0555", "call for", 0): "topic cut: `international probes` of "
    "`international probes into murders of anti-Syrian critics`; planned and the cabinet right",
    ("te3silver-XIN_ENG_20051114.0302", "died", 0): "time missing (`two weeks ago`, about Oct "
    "31); place missing (Addis Ababa and other cities, the lead's riots)",
    ("te3silver-AFP_ENG_20051210.0277", "acquire", 0): "negation missing: `that no more countries "
    "acquire nuclear weapons` is what is to be prevented, an acquisition planned by `countries` "
    "(tuned, round twenty-seven: planned after `ensure ... that`; untuned: modality wrong, read "
    "as done); in ElBaradei's quotation",
    ("te3silver-AFP_ENG_20061230.0226", "call for", 0): 'topic cut: `any` of `any "specific '
    'steps"` (the quotation mark ends it); negated and the message right',
    ("te3silver-AFP_ENG_20061230.0226", "were killed", 0): "ok (Saturday, Dec 30, after the "
    "execution; the car bombings as the cause; no place told but `Iraqis`)",
    ("te3silver-AFP_ENG_19970402.0422", "taken into custody", 0): "ok (the petty officer, US "
    "military authorities, in Japan; no time told)",
}
SIXTY_FOURTH_STATEMENT_VERDICTS: dict[tuple[str, str, int], str] = {
    ("te3silver-XIN_ENG_20051118.0151", "said", 0): "ok",
    ("te3silver-XIN_ENG_20051118.0151", "predicted", 0): "ok",
    ("te3silver-XIN_ENG_20051118.0151", "said", 1): "ok (`she`: Zhang)",
    ("te3silver-XIN_ENG_20051118.0151", "said", 2): "ok (`she`: Zhang)",
    ("te3silver-AFP_ENG_19970412.0041", "said", 0): "ok",
    ("te3silver-AFP_ENG_19970412.0041", "said", 1): "ok (its `and noted that ...` missed)",
    ("te3silver-AFP_ENG_19970412.0041", "said", 2): "ok (tuned, statements 0f61ddc: `he` linked "
    "to Tin Oo, the speaker of the sentence before; untuned: `he` unresolved)",
    ("te3silver-AFP_ENG_19970407.0521", "said", 0): "ok",
    ("te3silver-AFP_ENG_19970407.0521", "said", 1): "ok (tuned, statements 52382e2: John "
    "Nagenda says Museveni's position remained that ...; untuned: speaker and content swapped, "
    "`Museveni's position` said `The adviser, John Nagenda`)",
    ("te3silver-XIN_ENG_20061121.0406", "told", 0): "ok",
    ("te3silver-XIN_ENG_20061121.0406", "said", 0): "ok (tuned, statements 52382e2: Madej says "
    "the search and rescue was very difficult; untuned: speaker and content swapped, `the "
    "search` said `The Weglowa company spokesman, Zbiegniew Madej`)",
    ("te3silver-XIN_ENG_20061121.0406", "according to", 0): "ok",
    ("te3silver-XIN_ENG_20061121.0406", "adding", 0): "not speech: `adding the number of miners "
    "killed this year to 28` (a sum)",
    ("te3silver-AFP_ENG_20061201.0459", "said", 0): "content includes the dateline (`MOSUL, Dec "
    "1, 2006, 2006 --`: TE3's rewrite, unread by the dateline stage)",
    ("te3silver-AFP_ENG_20061201.0459", "said", 1): "ok",
    ("te3silver-XIN_ENG_20061125.0155", "according to", 0): "ok",
    ("te3silver-XIN_ENG_20061125.0155", "according to", 1): "ok",
    ("te3silver-AFP_ENG_20061219.0018", "said", 0): "content includes the dateline (`TOKYO, Dec "
    "19, 2006, 2006 --`)",
    ("te3silver-AFP_ENG_20061219.0018", "said", 1): "speaker `They` unresolved (the dealers of "
    "the sentence before)",
    ("te3silver-AFP_ENG_20061219.0018", "said", 2): "ok",
    ("te3silver-XIN_ENG_20051101.0345", "said", 0): "ok",
    ("te3silver-XIN_ENG_20051101.0345", "according to", 0): "speaker wrong: `the statement` "
    "(Lahoud's, the sentence before) linked to the United Nations",
    ("te3silver-AFP_ENG_19970402.0094", "said", 0): "ok",
    ("te3silver-AFP_ENG_19970402.0094", "reported", 0): "the quotation is Obanj's: the paper "
    "reported that he said it (the content is the sentence before the cue)",
    ("te3silver-AFP_ENG_19970402.0094", "said", 1): "ok",
    ("te3silver-AFP_ENG_19970402.0094", "said", 2): "ok (`He`: Obanj)",
    ("te3silver-AFP_ENG_19970402.0094", "said", 3): "ok",
    ("te3silver-AFP_ENG_20061219.0245", "said", 0): "ok",
    ("te3silver-AFP_ENG_20061219.0245", "said", 1): "ok (`a statement`, as written)",
    ("te3silver-AFP_ENG_20061219.0245", "said", 2): "speaker wrong: `the 4,000 chickens` for "
    "`Vets who examined the 4,000 chickens ...`",
    ("te3silver-AFP_ENG_20061219.0245", "said", 3): "ok",
    ("te3silver-XIN_ENG_20061106.0144", "said", 0): "ok",
    ("te3silver-XIN_ENG_20061106.0144", "said", 1): "ok",
    ("te3silver-XIN_ENG_20061106.0144", "noted", 0): "ok (`he`: Sioufas)",
    ("te3silver-XIN_ENG_20061106.0144", "said", 2): "ok (`the minister`: Sioufas)",
    ("te3silver-AFP_ENG_19970401.0092", "reported", 0): "ok",
    ("te3silver-AFP_ENG_19970401.0092", "said", 0): "ok (`the agency`: Interfax)",
    ("te3silver-AFP_ENG_19970401.0092", "said", 1): "content runs on into `, without naming any "
    "of them` (the narrator's)",
    ("te3silver-XIN_ENG_20051116.0013", "said", 0): "ok",
    ("te3silver-XIN_ENG_20051116.0013", "said", 1): "ok",
    ("te3silver-XIN_ENG_20051116.0013", "stressed", 0): "content runs on past its object into "
    "`and encouraged member economies to ...` (another verb of the ministers)",
    ("te3silver-AFP_ENG_20061216.0295", "said", 0): "content includes the dateline (`GAZA CITY, "
    "Dec 16, 2006, 2006 --`)",
    ("te3silver-AFP_ENG_20061216.0295", "vowed", 0): "ok",
    ("te3silver-AFP_ENG_20061216.0295", "warning", 0): "ok",
    ("te3silver-AFP_ENG_20061216.0295", "chanted", 0): "ok",
    ("te3silver-AFP_ENG_20061216.0295", "chanted", 1): "ok",
    ("te3silver-XIN_ENG_20061103.0399", "said", 0): "ok",
    ("te3silver-XIN_ENG_20061103.0399", "said", 1): "ok",
    ("te3silver-XIN_ENG_20061103.0399", "said", 2): "speaker `he` unresolved (the officer of the "
    "Huangpu Customs, the sentence before)",
    ("te3silver-XIN_ENG_20061103.0399", "said", 3): "ok",
    ("te3silver-AFP_ENG_19970417.0009", "said", 0): "ok",
    ("te3silver-XIN_ENG_20051103.0341", "reiterated", 0): "ok (`, defying a recent bill ...` in "
    "the content: either Chile's or the narrator's)",
    ("te3silver-XIN_ENG_20051103.0341", "said", 0): "ok (linked to Walker; the speaker's text "
    "runs on into `ahead of a cabinet meeting`)",
    ("te3silver-XIN_ENG_20051103.0341", "reiterated", 1): 'content runs on into `," said the '
    "minister` (the note's words, quoted by the minister)",
    ("te3silver-XIN_ENG_20051103.0341", "said", 1): "ok",
    ("te3silver-XIN_ENG_20051103.0341", "according to", 0): "ok",
    ("te3silver-XIN_ENG_20051103.0341", "claimed", 0): "ok",
    ("te3silver-XIN_ENG_20051114.0302", "said", 0): "ok",
    ("te3silver-XIN_ENG_20051114.0302", "according to", 0): "ok",
    ("te3silver-XIN_ENG_20051114.0302", "said", 1): "ok",
    ("te3silver-AFP_ENG_20051210.0277", "said", 0): "ok",
    ("te3silver-AFP_ENG_20051210.0277", "added", 0): "ok (`he`: ElBaradei)",
    ("te3silver-AFP_ENG_20051210.0277", "added", 1): "not speech: the Nobel citation (`were "
    'jointly honored ... for "their efforts ..."`) read as ElBaradei\'s',
    ("te3silver-XIN_ENG_20051104.0284", "saying", 0): "ok",
    ("te3silver-XIN_ENG_20051104.0284", "saying", 1): "ok",
    ("te3silver-AFP_ENG_20061230.0226", "said", 0): "content includes the dateline "
    "(`WASHINGTON, Dec 30, 2006, 2006 --`)",
    ("te3silver-AFP_ENG_20061230.0226", "told", 0): "ok (the unnamed spokeswoman, linked to the "
    "State Department she speaks for)",
    ("te3silver-AFP_ENG_20061230.0226", "said", 1): "ok (tuned, statements 157cbc1: `She`, the "
    "spokeswoman, linked to the State Department she speaks for; untuned: speaker wrong, linked "
    "to Saddam Hussein)",
    ("te3silver-AFP_ENG_20061230.0226", "noting", 0): "ok (tuned, statements 157cbc1: `She`, "
    "the State Department; untuned: speaker wrong, linked to Saddam Hussein)",
    ("te3silver-AFP_ENG_20061230.0226", "said", 2): "ok (tuned, statements 157cbc1: `the "
    "spokeswoman`, the State Department; untuned: speaker wrong, linked to Saddam Hussein)",
    ("te3silver-XIN_ENG_20061127.0475", "said", 0): "ok",
    ("te3silver-XIN_ENG_20061127.0475", "said", 1): "ok",
    ("te3silver-XIN_ENG_20061127.0475", "said", 2): "ok (`it`: PAGASA)",
    ("te3silver-AFP_ENG_19970402.0422", "reported", 0): "ok",
    ("te3silver-AFP_ENG_19970402.0422", "said", 0): "ok",
    ("te3silver-AFP_ENG_19970402.0422", "said", 1): "ok (`the report`: Fox News's)",
}
# events missed (not counted): an MP `sentenced to four years in prison`, another `released from
# custody` (AFP_ENG_19970412.0041), Federer's win over Ljubicic (XIN_ENG_20051115.0253), the
# call for talks at a meeting in London and Museveni's amnesty (AFP_ENG_19970407.0521), the
# explosion that `took place` in the Halemba mine and 23 miners trapped (XIN_ENG_20061121.0406),
# 14 farmers found `murdered` (AFP_ENG_20061201.0459), 15 miners found dead and two rescued
# (XIN_ENG_20051125.0155), the euro and the baht that `fell` (AFP_ENG_20061219.0018), Resolution
# 1636 `adopted by the UN Security Council on Monday` (XIN_ENG_20051101.0345), soldiers
# `captured`, an airport `seized`, officers `injured`, a faction that `broke away`
# (AFP_ENG_19970402.0094), the OECD that `adopted a Greek proposal` and a conference in Athens
# (XIN_ENG_20061106.0144), the RMB that `hit a new high` (XIN_ENG_20061126.0226), a corruption
# probe `opened` and a general `sacked` (AFP_ENG_19970401.0092), US stocks that `opened lower`
# and the Democrats who `won control of the House` (XIN_ENG_20061108.0218), ministers who
# `suspended their participation` (AFP_ENG_20051212.0555), the House's ruling by `majority vote`
# and police who `clashed with CUD supporters` (XIN_ENG_20051114.0302), ElBaradei who `received
# the 2005 Nobel Peace Prize` and `called for a world free of atomic weapons`, the atomic bombs
# of 1945 (AFP_ENG_20051210.0277), Saddam `hanged` (AFP_ENG_20061230.0226), typhoons that `hit`
# Manila and the north, `killing at least 200` and a dozen (XIN_ENG_20061127.0475)
SIXTY_FOURTH_MISSED: dict[str, str] = {
    "te3silver-AFP_ENG_19970412.0041": "Tin Oo's `and noted that Than Aung had been a practising "
    "doctor for 25 years` (a second cue after `and`)",
    "te3silver-XIN_ENG_20051101.0345": "`Mehlis has hinted that Hariri could not have been "
    "killed without ...`",
    "te3silver-XIN_ENG_20051116.0013": "`They reaffirmed that they would continue to look for "
    "avenues ...`",
    "te3silver-AFP_ENG_20051210.0277": "`saying existing nuclear states should lead by example` "
    "(after `called for`, in the lead)",
    "te3silver-AFP_ENG_19970402.0422": "`a local Japanese woman charged he raped and assaulted "
    "her` (an accusation, a clause without `that`)",
}
SIXTY_FOURTH_UNTUNED = (
    "events fully right 0.43 (16/37), statements right 56/76, 0 without a speaker, "
    "5 stories with missed speech"
)
# The headline of round twenty-six: the sixty-fourth sample's untuned reading alone (37 events,
# so no sixty-fifth was drawn), the first reading after round twenty-six and the twelfth
# session's participants, statements and events changes.
POOLED_UNTUNED_26 = SIXTY_FOURTH_UNTUNED
# The sixty-fifth sample (``SEED_65``): 30 more TE3 silver stories (15 AFP, 15 Xinhua), disjoint
# from the sixty-third and sixty-fourth, drawn after round twenty-seven (a gas blast as an
# accident, a time after `from <value>`, double negation, `ensure that`), the statements work of
# SP4 and the lead's times change, and reviewed on main e860f02 (frozen in a copy) before any
# change. 33 events, so no sixty-sixth was drawn then (seed 331 was kept). Eight AFP stories
# have TE3's rewritten dateline (`ABIDJAN, Dec 20, 2006, 2006 --`), unread by the dateline stage;
# their events are judged as the text reads, as in the sixty-third and sixty-fourth.
SIXTY_FIFTH_VERDICTS: dict[tuple[str, str, int], str] = {
    ("te3silver-AFP_ENG_20061220.0486", "sanctioned", 0): "ok (possible: Ghana `could be "
    "sanctioned in February 2007`; no agent told)",
    ("te3silver-AFP_ENG_19970415.0521", "flooding", 0): "time missing: 1995 (`since 1995, when "
    "flooding damaged ...`); place wrong: Pyongyang, from `Pyongyang's already low food "
    "supplies` (the country's), for North Korea",
    ("te3silver-AFP_ENG_19970415.0521", "requested", 0): "agent wrong: `the amount of aid "
    "Pyongyang` for Pyongyang (`the amount of aid Pyongyang requested`)",
    ("te3silver-AFP_ENG_19970425.0473", "arrived in", 0): "ok (the pope in Prague, Friday "
    "afternoon, April 25)",
    ("te3silver-XIN_ENG_20061121.0015", "called for", 0): "topic cut: `a trade policy` of `a "
    "trade policy review by the East African Community`",
    ("te3silver-AFP_ENG_19970408.0707", "hold a second round of talks", 0): "ok (future; the "
    "State Department for the United States, on North Korea's missile exports; the other "
    "party only implied in its clause)",
    ("te3silver-XIN_ENG_20061114.0018", "ASEAN Summit", 0): "place missing: Cebu City (`to be "
    "held in Cebu City`); December 2006 right",
    ("te3silver-AFP_ENG_19970407.0157", "shot dead", 0): "place missing: `here`, Srinagar, the "
    "dateline's (Monday, April 7, right)",
    ("te3silver-AFP_ENG_19970407.0157", "arrested", 0): "ok (three militants, in Srinagar; no "
    "time told beyond `after the shootout`, no agent named)",
    ("te3silver-AFP_ENG_19970407.0157", "shot dead", 1): "agent wrong: `an officer` (the "
    "speaker) for `We`, the BSF; time and place missing (the lead's shooting, Monday, "
    "Srinagar)",
    ("te3silver-AFP_ENG_19970407.0157", "died", 0): "time missing (`since 1989`) and place "
    "missing (Kashmir, `the campaign` for its independence)",
    ("te3silver-XIN_ENG_20051128.0073", "kidnapped", 0): "place missing: Iraq (`in the violence- "
    "plagued country`, the US embassy in Iraq's); no time told",
    ("te3silver-AFP_ENG_20061211.0497", "put forward", 0): "ok (planned: `We are going to put "
    "forward a supplementary budget bill`, Ahmadinejad for his government)",
    ("te3silver-AFP_ENG_20061226.0387", "announced", 0): "time missing: `Earlier Tuesday`, Dec "
    "26 (TE3's unread dateline; the lead's `on Tuesday` is unread too)",
    ("te3silver-XIN_ENG_20051122.0233", "called on", 0): "topic cut at the quotation mark: "
    "`leave behind the current ordeal` without `and foster national solidarity ...` (Tuesday "
    "and Tehran, the meeting of the lead, not given either)",
    ("te3silver-AFP_ENG_20061201.0595", "announced", 0): "topic junk: it opens with TE3's "
    "unread dateline (`PARIS, Dec 1, 2006, 2006 -- European plane maker Airbus is to develop "
    "...`); Friday, Dec 1, right",
    ("te3silver-AFP_ENG_20061201.0595", "met", 0): "ok (the board of EADS, in Amsterdam, on the "
    "A350 programme; no time told)",
    ("te3silver-AFP_ENG_20061201.0595", "discuss", 0): "place missing: Amsterdam, the meeting "
    "it is the purpose of (`met in Amsterdam to discuss the A350 programme`)",
    ("te3silver-AFP_ENG_20051212.0486", "voted", 0): "time missing (`in the October 15 "
    "referendum`, 2005) and place missing (Iraq: `64 percent` of eligible Iraqis)",
    ("te3silver-AFP_ENG_20061217.0145", "killed", 0): "place missing: southern Afghanistan "
    "(`A NATO-led airstrike in southern Afghanistan`; Panjwayi, Kandahar, the next sentence); "
    "`this week` right",
    ("te3silver-AFP_ENG_20061217.0145", "bombed", 0): "ok (ISAF warplanes, a compound, in the "
    "Panjwayi district, Wednesday, Dec 13)",
    ("te3silver-AFP_ENG_20061217.0145", "killed", 1): "agent junk: `we've` (the governor's `we`, "
    "the alliance); time and place missing (the raid of the lead)",
    ("te3silver-AFP_ENG_20061217.0145", "were killed", 0): "time missing: mid-September (`the "
    'earlier operation named "Medusa"`, told the sentence before); Panjwayi right',
    ("te3silver-AFP_ENG_20061215.0065", "agreed to", 0): "agent wrong: the Red Cross for `the "
    "country's military-run government`",
    ("te3silver-AFP_ENG_20061215.0065", "to close", 0): "place cut to Mandalay (`the five "
    "offices in Mandalay, Mawlamyine, Hpa-an, Taunggyi and Kyaing Tong`); time missing "
    "(`In October`)",
    ("te3silver-XIN_ENG_20061109.0212", "declined", 0): "ok (the US trade deficit, September 2006)",
    ("te3silver-XIN_ENG_20061109.0212", "fell", 0): "ok (oil import prices; September, the "
    "month whose drop the report explains, only implied)",
    ("te3silver-XIN_ENG_20061109.0212", "edged higher", 0): "ok (US exports; September only "
    "implied)",
    ("te3silver-XIN_ENG_20061110.0154", "voted", 0): "time missing: Thursday, Nov 9 (`when it "
    "convened on Thursday`)",
    ("te3silver-XIN_ENG_20051118.0240", "rose", 0): "ok (the composite index; Friday and the "
    "Athens Stock Exchange only implied, from the lead)",
    ("te3silver-XIN_ENG_20051118.0240", "rose", 1): "agent wrong: `stocks` of `The FTSE/ASE 20 "
    "index for blue chip and heavy traded stocks`",
    ("te3silver-XIN_ENG_20051118.0240", "jumped", 0): "ok (the two indexes; Friday only "
    "implied, as the composite index's rise)",
    ("te3silver-AFP_ENG_20051211.0341", "arrested", 0): "place missing: Piraeus (`Coastguard "
    "officials at the main Greek port of Piraeus`); no time told",
}
SIXTY_FIFTH_STATEMENT_VERDICTS: dict[tuple[str, str, int], str] = {
    ("te3silver-AFP_ENG_20061220.0486", "said", 0): "content includes the dateline (`ABIDJAN, "
    "Dec 20, 2006, 2006 --`: TE3's rewrite, unread by the dateline stage)",
    ("te3silver-AFP_ENG_20061220.0486", "said", 1): "ok (`the report`, the UN experts')",
    ("te3silver-AFP_ENG_20061220.0486", "said", 2): "content cut: a quoted fragment (`underlines "
    "the significant smuggling ...`) whose subject, `Malian buyers which`, is outside it; no cue "
    "of its own",
    ("te3silver-AFP_ENG_20061220.0486", "said", 3): "ok (`the report`, as written)",
    ("te3silver-XIN_ENG_20051127.0091", "said", 0): "ok",
    ("te3silver-XIN_ENG_20051127.0091", "said", 1): "ok",
    ("te3silver-XIN_ENG_20051127.0091", "said", 2): "speaker wrong: `he` (Hu) linked to "
    "`Hong Kong-based`",
    ("te3silver-XIN_ENG_20051127.0091", "said", 3): "ok",
    ("te3silver-AFP_ENG_19970415.0521", "said", 0): "ok",
    ("te3silver-AFP_ENG_19970415.0521", "said", 1): "ok",
    ("te3silver-AFP_ENG_19970415.0521", "said", 2): "ok (`he`: Burns; its `adding that ...` "
    "missed)",
    ("te3silver-AFP_ENG_19970415.0521", "said", 3): "ok",
    ("te3silver-XIN_ENG_20061129.0326", "said", 0): "ok",
    ("te3silver-XIN_ENG_20061129.0326", "said", 1): "ok",
    ("te3silver-AFP_ENG_19970425.0473", "said", 0): "ok (`the pontiff`, as written, not linked "
    "to the pope)",
    ("te3silver-AFP_ENG_19970425.0473", "said", 1): "ok (`the pope`: John Paul II)",
    ("te3silver-XIN_ENG_20061121.0015", "according to", 0): "ok",
    ("te3silver-XIN_ENG_20061121.0015", "reports", 0): "not a statement of its own: the noun "
    "`reports` of `according to local press reports` read again as a cue (a duplicate)",
    ("te3silver-AFP_ENG_19970408.0707", "said", 0): "ok",
    ("te3silver-AFP_ENG_19970408.0707", "said", 1): "ok",
    ("te3silver-AFP_ENG_19970408.0707", "said", 2): "ok (`he`: Burns)",
    ("te3silver-AFP_ENG_19970408.0707", "said", 3): "ok",
    ("te3silver-XIN_ENG_20061114.0018", "said", 0): "ok (`the police chief`, as written; "
    "Calderon is named after)",
    ("te3silver-XIN_ENG_20061114.0018", "told", 0): "content wrong: `in a press conference at "
    "Camp Crame ...` (where he told it) for `Police forces will secure the arrival ...`",
    ("te3silver-XIN_ENG_20061114.0018", "said", 1): "ok",
    ("te3silver-XIN_ENG_20061114.0018", "said", 2): "speaker `he` unresolved (Calderon, the "
    "speaker of the sentence before)",
    ("te3silver-AFP_ENG_19970407.0157", "said", 0): "ok",
    ("te3silver-AFP_ENG_19970407.0157", "said", 1): "ok",
    ("te3silver-AFP_ENG_19970407.0157", "said", 2): "ok",
    ("te3silver-AFP_ENG_19970407.0157", "said", 3): "ok (two quoted paragraphs, the first left "
    "open)",
    ("te3silver-XIN_ENG_20051128.0073", "confirmed", 0): "ok",
    ("te3silver-AFP_ENG_20061211.0497", "reported", 0): "content includes the dateline (`TEHRAN, "
    "Dec 11, 2006, 2006 --`)",
    ("te3silver-AFP_ENG_20061211.0497", "added", 0): "ok (`he`: Ahmadinejad; two quoted "
    "paragraphs, the first left open)",
    ("te3silver-XIN_ENG_20051113.0171", "said", 0): "ok",
    ("te3silver-XIN_ENG_20051113.0171", "said", 1): "speaker `He` unresolved (Ho Peng Kee, the "
    "speaker of the sentence before)",
    ("te3silver-XIN_ENG_20051113.0171", "believes", 0): "ok (the NCPC's view, as Ho reports it)",
    ("te3silver-XIN_ENG_20051113.0171", "added", 0): "speaker `he` unresolved (Ho Peng Kee)",
    ("te3silver-AFP_ENG_20061226.0387", "said", 0): "ok",
    ("te3silver-AFP_ENG_20061226.0387", "said", 1): "ok (`he`: Stanzel)",
    ("te3silver-AFP_ENG_20061226.0387", "told", 0): "ok (`the spokesman`: Stanzel)",
    ("te3silver-AFP_ENG_20061226.0387", "announced", 0): "ok",
    ("te3silver-AFP_ENG_20061226.0387", "said", 2): "ok",
    ("te3silver-AFP_ENG_20061226.0387", "said", 3): "ok (tuned: found after round twenty-eight; "
    "Judge Arif Shaheen, the verdict final and binding)",
    ("te3silver-XIN_ENG_20051116.0283", "reported", 0): "ok",
    ("te3silver-AFP_ENG_20061228.0375", "said", 0): "ok",
    ("te3silver-XIN_ENG_20051122.0233", "said", 0): "ok",
    ("te3silver-XIN_ENG_20051122.0233", "reported", 0): "ok (the agency's report, the fronted "
    "sentence whole)",
    ("te3silver-XIN_ENG_20051122.0233", "saying", 0): "ok",
    ("te3silver-XIN_ENG_20051122.0233", "said", 1): "ok",
    ("te3silver-XIN_ENG_20051122.0233", "stressing", 0): "ok",
    ("te3silver-XIN_ENG_20051122.0233", "said", 2): "ok",
    ("te3silver-XIN_ENG_20051122.0233", "according to", 0): "ok (IRNA's report of Talabani)",
    ("te3silver-AFP_ENG_20061201.0595", "announced", 0): "content includes the dateline (`PARIS, "
    "Dec 1, 2006, 2006 --`)",
    ("te3silver-AFP_ENG_20061201.0595", "said", 0): "ok (`a statement from EADS`)",
    ("te3silver-AFP_ENG_20061201.0595", "said", 1): "ok (`the statement`: EADS's)",
    ("te3silver-AFP_ENG_20051212.0486", "told", 0): "content cut to the quoted `any time in the "
    "near future` (Washington does not expect a new Iraqi government to ask for the "
    "withdrawal ...)",
    ("te3silver-AFP_ENG_20051212.0486", "said", 0): "ok (two quoted paragraphs, the first left "
    "open)",
    ("te3silver-XIN_ENG_20061113.0206", "said", 0): "ok",
    ("te3silver-XIN_ENG_20061113.0206", "said", 1): "ok",
    ("te3silver-AFP_ENG_20061217.0145", "said", 0): "content includes the dateline (`KANDAHAR, "
    "Afghanistan, Dec 17, 2006, 2006 --`)",
    ("te3silver-AFP_ENG_20061217.0145", "saying", 0): "ok (the alliance)",
    ("te3silver-AFP_ENG_20061217.0145", "told", 0): "ok",
    ("te3silver-AFP_ENG_20061217.0145", "said", 1): "ok (`He`: Khalid)",
    ("te3silver-XIN_ENG_20061101.0413", "said", 0): "ok (poll respondents)",
    ("te3silver-XIN_ENG_20061101.0413", "said", 1): "ok (poll respondents)",
    ("te3silver-XIN_ENG_20061101.0413", "found", 0): "speaker wrong: `The NBC News/Wall Street "
    "Journal poll` linked to the Wall Street Journal alone",
    ("te3silver-AFP_ENG_20061215.0065", "said", 0): "content includes the dateline (`YANGON, Dec "
    "15, 2006, 2006 --`)",
    ("te3silver-AFP_ENG_20061215.0065", "said", 1): "ok",
    ("te3silver-AFP_ENG_20061215.0065", "said", 2): "ok",
    ("te3silver-AFP_ENG_20061215.0065", "said", 3): "speaker `he` unresolved (Ribaux, the "
    "speaker of the sentence before)",
    ("te3silver-XIN_ENG_20061109.0212", "said", 0): "ok (`a Commerce Department report`)",
    ("te3silver-XIN_ENG_20061109.0212", "said", 1): "ok (`The report`)",
    ("te3silver-AFP_ENG_19970421.0259", "said", 0): "ok",
    ("te3silver-AFP_ENG_19970421.0259", "said", 1): "ok",
    ("te3silver-AFP_ENG_19970421.0259", "said", 2): "ok (`he`: Michael Foot)",
    ("te3silver-AFP_ENG_19970421.0259", "said", 3): "ok (`he`: John Kehoe)",
    ("te3silver-XIN_ENG_20061110.0154", "said", 0): "ok",
    ("te3silver-XIN_ENG_20061110.0154", "said", 1): "ok",
    ("te3silver-AFP_ENG_20061222.0446", "reported", 0): "content includes the dateline (`SAN "
    "FRANCISCO, Dec 22, 2006, 2006 --`)",
    ("te3silver-AFP_ENG_20061222.0446", "told", 0): "ok",
    ("te3silver-AFP_ENG_20061222.0446", "said", 0): "ok",
    ("te3silver-AFP_ENG_20061222.0446", "told", 1): "ok (`McCormack told he performed ...`)",
    ("te3silver-AFP_ENG_20061222.0446", "said", 1): "ok",
    ("te3silver-AFP_ENG_20061222.0446", "told", 2): "speaker wrong: `he` (McCormack) linked to "
    "Victor Conte; content takes the addressee (`the FBI Ellerman relayed ...`)",
    ("te3silver-AFP_ENG_20061222.0446", "said", 2): "ok",
    ("te3silver-AFP_ENG_20061222.0446", "said", 3): "ok",
    ("te3silver-AFP_ENG_20061222.0446", "wrote", 0): "not speech: the reporters `wrote a book`, "
    "read with `a book` as speaker and the reporters as content",
    ("te3silver-XIN_ENG_20051118.0240", "said", 0): "ok",
    ("te3silver-AFP_ENG_20051211.0341", "said", 0): "ok",
    ("te3silver-AFP_ENG_20051211.0341", "told", 0): "ok",
    ("te3silver-AFP_ENG_20051211.0341", "said", 1): "ok (`the source`, the ministry source)",
    ("te3silver-XIN_ENG_20051117.0147", "said", 0): "ok",
    ("te3silver-XIN_ENG_20051117.0147", "said", 1): "ok",
    ("te3silver-XIN_ENG_20051117.0147", "said", 2): "ok (`the Spanish legend`, as written; Seve "
    "Ballesteros, named the sentence before, not linked)",
    ("te3silver-XIN_ENG_20051117.0147", "said", 3): "ok (`the Spanish legend`, as written)",
}
# events missed (not counted): the UN experts' smuggling and the UN's support `reaffirmed` on
# Dec 4 (AFP_ENG_20061220.0486), the delegation that `arrived here earlier in the day` and
# `attended a variety show` (XIN_ENG_20051127.0091), the US aid `to provide` and the ships that
# `would arrive` in May (AFP_ENG_19970415.0521), the schedule `fixed` and `changed`
# (XIN_ENG_20061129.0326), Havel meeting the pope, the pope's service Sunday
# (AFP_ENG_19970425.0473), Tanzania that `quit COMESA in 2000`, COMESA `formed in December
# 1994` (XIN_ENG_20061121.0015), the first talks that `occurred in Berlin last April`, Einhorn
# to `lead the US delegation` (AFP_ENG_19970408.0707), 7,000 policemen to `deploy`
# (XIN_ENG_20061114.0018), the grenade attack and the militants who `opened fire`
# (AFP_ENG_19970407.0157), Ahmadinejad `to ask the Iranian parliament for a supplementary
# budget` (AFP_ENG_20061211.0497), the campaign's launch (XIN_ENG_20051113.0171), the death
# sentence `confirmed` and Saddam to be `hanged within 30 days` (AFP_ENG_20061226.0387), the
# hearing, the sending-off for `butting` Jason Spice and the three-week suspension
# (AFP_ENG_20061228.0375), Khamenei's `meeting with visiting Iraqi President Jalal Talabani`
# and Talabani's `visit to Iran` (XIN_ENG_20051122.0233), EADS's decision to `give the go
# ahead` (AFP_ENG_20061201.0595), BOCOG that `launched its Olympic lecturers team`
# (XIN_ENG_20061119.0034), Thursday's election and 59 percent who `cast ballots last January`
# (AFP_ENG_20051212.0486), the exhibition that `opened here Monday` (XIN_ENG_20061113.0206),
# ISAF troops who `launched a major operation` and the battle of mid-September
# (AFP_ENG_20061217.0145), the regime that `ordered the Red Cross to close` the offices, the
# meeting `last week`, the junta that `rejected the appeal` (AFP_ENG_20061215.0065), police who
# `sealed off streets` (AFP_ENG_19970421.0259), the CNS that `revoked the No. 7 Announcement`
# (XIN_ENG_20061110.0154), McGinley `unveiled` and the Royal Trophy in January
# (XIN_ENG_20051117.0147)
SIXTY_FIFTH_MISSED: dict[str, str] = {
    "te3silver-AFP_ENG_19970415.0521": "Burns's `adding that the first two ships ... would "
    "arrive in the first two weeks of May` (a second cue after the quotation)",
    "te3silver-XIN_ENG_20061129.0326": "`Arccording to chief umpire Moham Dharan, the schedule "
    "was changed ...` (the cue misspelt in the text)",
    "te3silver-XIN_ENG_20061121.0015": "The Guardian `quoted a WTO Secretariat's trade policy "
    "review ... as urging Kenya, Tanzania and Uganda to ...`; the review that `expressed "
    "concerns`",
    "te3silver-AFP_ENG_20061211.0497": '`"The budget allocated to the government will run out '
    '...," the agency quoted Ahmadinejad as saying`',
    "te3silver-AFP_ENG_20061226.0387": "the United States that `called Saddam Hussein's "
    'confirmed death sentence "a milestone" ... and said the "tyrant" had received a fair '
    "trial` (the lead, after TE3's unread dateline)",
    "te3silver-AFP_ENG_20061228.0375": "Williams's second quoted paragraph (`\"Consequently, I "
    "feel it was out of character ...`), open after a closed quotation",
    "te3silver-AFP_ENG_20051212.0486": "the coordinator who `predicted Monday a high turnout "
    "... and said pre-poll violence had dropped sharply` (the lead)",
    "te3silver-XIN_ENG_20061113.0206": "`Speaking on the occasion, ... Shan Baoxiang recalled "
    "the glorious life of Sun ...`",
    "te3silver-XIN_ENG_20061110.0154": "`The supreme commander conceded that he was concerned "
    "over the national security ...`",
}
SIXTY_FIFTH_UNTUNED = (
    "events fully right 0.36 (12/33), statements right 76/94, 0 without a speaker, "
    "9 stories with missed speech"
)
# The headline of round twenty-seven: the sixty-fifth sample's untuned reading alone (33
# events, so no sixty-sixth was drawn then), the first reading after round twenty-seven, SP4's
# statements changes and the lead's times change.
POOLED_UNTUNED_27 = SIXTY_FIFTH_UNTUNED
# The sixty-sixth sample (``SEED_66``): 30 more TE3 silver stories (15 AFP, 15 Xinhua), disjoint
# from the sixty-third to sixty-fifth, drawn after round twenty-eight (times, places and TE3's
# datelines, by E28 and E29), SP5's statements changes and the lead's past perfect, and reviewed
# on main f7d1544 (frozen in a copy) before any change. 39 events, so no sixty-seventh was drawn
# (seed 337 stays reserved). TE3's doubled-year datelines (`SEOUL, Dec 19, 2006, 2006 --`) are
# now read, so no statement carries one.
SIXTY_SIXTH_VERDICTS: dict[tuple[str, str, int], str] = {
    ("te3silver-AFP_ENG_20051215.0400", "rose", 0): "ok (US manufacturing output, November)",
    ("te3silver-AFP_ENG_20051215.0400", "surged", 0): "ok (output at mines, November)",
    ("te3silver-AFP_ENG_20051215.0400", "fell", 0): "ok (output of consumer goods; November "
    "only implied, the paragraph before)",
    ("te3silver-XIN_ENG_20061121.0276", "was shot dead", 0): "ok (Gemayel, Tuesday, `in the "
    "suburb of Beirut`; no agent named)",
    ("te3silver-AFP_ENG_19970422.0382", "were killed", 0): "time wrong: Tuesday, the day UNI "
    "`reported`, for Monday, April 21 (`the fighting on Monday`, the next sentence); place "
    "wrong: New Delhi, the dateline's, for Lingotam village, Andhra Pradesh",
    ("te3silver-AFP_ENG_19970422.0382", "injured", 0): "time wrong (the report's Tuesday for "
    "Monday) and place wrong (New Delhi for Lingotam village), as the killing",
    ("te3silver-XIN_ENG_20061115.0330", "approved", 0): "time missing: Monday, Nov 13 "
    "(`Monday's extraordinary cabinet session which approved`, a possessive's day)",
    ("te3silver-XIN_ENG_20061115.0330", "resigned", 0): "ok (five Shiite ministers, Nov 11)",
    ("te3silver-XIN_ENG_20061115.0330", "reach agreement", 0): "ok (negated: the leaders "
    "`failed to reach agreement`; no time told beyond `after`)",
    ("te3silver-AFP_ENG_20051216.0054", "announced", 0): "ok (the Bank's one billion-dollar "
    "assistance; no time told beyond `following the October 8 earthquake`)",
    ("te3silver-AFP_ENG_20051216.0054", "killed", 0): "ok (the October 8 earthquake; its place "
    "from the coordinated `made some three million homeless mainly in the Pakistan zone of "
    "Kashmir`, right in fact)",
    ("te3silver-AFP_ENG_20061216.0139", "suggested", 0): "ok (Pawar proposed the expulsion; "
    "Saturday and Jaipur, the board's meeting of the lead, only implied)",
    ("te3silver-XIN_ENG_20061101.0171", "hold their first talks", 0): "topic wrong: `the "
    "sidelines of the Asia-Pacific Economic Cooperation forum` is where they meet (`on the "
    "sidelines of`), not what about; future, mid-November and Hanoi right",
    ("te3silver-XIN_ENG_20061101.0171", "agreed on", 0): "time missing: Sept 27 (`through a "
    "telephone conversation the day after Abe stepped onto the post ... on Sept. 26`)",
    ("te3silver-XIN_ENG_20061130.0405", "appointed", 0): "ok (twelve other ministers, `earlier "
    "this week`; Calderon only implied)",
    ("te3silver-XIN_ENG_20061130.0405", "ratified", 0): "type wrong: `was ratified in his post` "
    "is kept in office (an appointment), not a treaty signed (patient `Only one official`, as "
    "written: Rodolfo Elizondo is named after the colon)",
    ("te3silver-AFP_ENG_20061219.0059", "suggested", 0): "topic cut: `the two countries engage` "
    "without `in joint projects including in nuclear energy, aerospace and the defence "
    "industry`; Tuesday and Seoul right",
    ("te3silver-AFP_ENG_20061219.0059", "signed two agreements", 0): "ok (Ukraine and South "
    "Korea, Monday, Dec 18; no place told)",
    ("te3silver-AFP_ENG_20061204.0648", "perished", 0): "place missing: near the US-Mexico "
    "border (`in the truck he was driving in sweltering temperatures near the US-Mexico "
    "border`); no time told",
    ("te3silver-AFP_ENG_20061204.0648", "dies", 0): "ok (possible: the law's condition, `if an "
    "illegal immigrant dies during a smuggling operation`)",
    ("te3silver-AFP_ENG_20061204.0648", "died", 0): "place missing: the lead's deaths again (the "
    "truck near the US-Mexico border)",
    ("te3silver-XIN_ENG_20051111.0072", "dipped", 0): "ok (the dollar against the yen, Friday, "
    "Tokyo)",
    ("te3silver-AFP_ENG_19970413.0398", "holding talks", 0): "agent missing: Al-Bashir (`Bashir "
    "left Libya ... after holding talks`); counterpart cut: `Moammer Kadhafi` without `and "
    "government officials from Uganda`; place missing: Libya; time not told beyond Sunday's "
    "departure",
    ("te3silver-AFP_ENG_19970413.0398", "issued a statement", 0): "time wrong: Monday, April "
    "14, the dateline's date, for Sunday (`Before leaving`: he left Sunday); place missing: "
    "Libya (Sirte)",
    ("te3silver-AFP_ENG_19970413.0398", "met", 0): "time wrong: the dateline's Monday, April 14 "
    "(he met the Ugandans in Libya, before leaving on Sunday); place missing: Libya",
    ("te3silver-AFP_ENG_19970413.0398", "discuss", 0): "counterpart missing: the Ugandan "
    "delegation (`met members of a Ugandan delegation ... to discuss`); place missing: Libya, "
    "as the meeting",
    ("te3silver-XIN_ENG_20061115.0132", "held talks", 0): "topic cut: `the latest developments` "
    "without `in the Palestinian territories and efforts to form a Palestinian national unity "
    "government`; place missing: Cairo (the dateline's; `visiting` Abbas, who `arrived in "
    "Cairo`)",
    ("te3silver-XIN_ENG_20061115.0132", "attacks on", 0): "agent missing: Israel (`repeated "
    "Israeli attacks on the Palestinians`)",
    ("te3silver-XIN_ENG_20061115.0132", "arrived in", 0): "ok (Abbas, Cairo, Tuesday)",
    ("te3silver-XIN_ENG_20051130.0035", "agreed", 0): "ok (Japan and the United States on an "
    "interim security report; `recently`, no time told)",
    ("te3silver-XIN_ENG_20051114.0329", "attacked", 0): "agent junk: `one of three` (`one of "
    "three attacked hotels`); time missing (`last Wednesday's deadly suicide bombings`, the "
    "lead, Nov 9) and place missing (Amman)",
    ("te3silver-XIN_ENG_20051114.0329", "were killed", 0): "time missing: Nov 9, the bombings "
    "of the lead; place missing: the Radisson SAS hotel, Amman (`where at least 20 people were "
    "killed`)",
    ("te3silver-AFP_ENG_20061219.0439", "arrested", 0): "ok (two men, on suspicion of the "
    "Ipswich murders; no time or place told)",
    ("te3silver-AFP_ENG_20061219.0439", "arrested", 1): "time missing: Monday, Dec 18 (`before "
    "his arrest Monday`, the sentence before)",
    ("te3silver-XIN_ENG_20061115.0230", "a major earthquake", 0): "place wrong: Japan (`north "
    "of Japan`) for the Kurile Islands (`hit near the Kurile Islands`); time missing: "
    "Wednesday, Nov 15 (1115 GMT, told at the end)",
    ("te3silver-AFP_ENG_20061217.0330", "kidnapped", 0): "agent missing: Hamas militants (`was "
    "kidnapped and killed Sunday in the Gaza Strip by Hamas militants`); Sunday and the Gaza "
    "Strip right",
    ("te3silver-XIN_ENG_20051116.0182", "met", 0): "ok (Abbas and Shalom, Wednesday, Tunis)",
    ("te3silver-XIN_ENG_20051116.0182", "met", 1): "time and place missing: the lead's meeting "
    "again (`the two met by accident`, Wednesday, Tunis); `the two` unresolved",
    ("te3silver-XIN_ENG_20051116.0182", "attacks on", 0): "agent missing: Hamas (`Hamas has "
    "vowed to destroy Israel and staged rocket and suicide attacks on Israel`)",
}
SIXTY_SIXTH_STATEMENT_VERDICTS: dict[tuple[str, str, int], str] = {
    ("te3silver-AFP_ENG_20051215.0400", "said", 0): "ok",
    ("te3silver-AFP_ENG_20051215.0400", "said", 1): "ok",
    ("te3silver-AFP_ENG_20051215.0400", "said", 2): "ok",
    ("te3silver-XIN_ENG_20061121.0276", "said", 0): "ok",
    ("te3silver-XIN_ENG_20061121.0276", "said", 1): "ok",
    ("te3silver-XIN_ENG_20061121.0276", "condemns", 0): "ok (Annan's, as Dujarric reports it)",
    ("te3silver-XIN_ENG_20061121.0276", "told", 0): "ok",
    ("te3silver-XIN_ENG_20061121.0276", "saying", 0): "ok (`Annan was quoted as saying by his "
    "spokesman`)",
    ("te3silver-XIN_ENG_20061121.0276", "said", 2): "ok (its `adding that ...` missed)",
    ("te3silver-AFP_ENG_19970422.0382", "reported", 0): "ok",
    ("te3silver-AFP_ENG_19970422.0382", "say", 0): "ok (`Reports`, as written)",
    ("te3silver-XIN_ENG_20061115.0330", "said", 0): "ok",
    ("te3silver-XIN_ENG_20061115.0330", "said", 1): "ok",
    ("te3silver-XIN_ENG_20061115.0330", "noted", 0): "ok",
    ("te3silver-AFP_ENG_20051216.0054", "said", 0): "ok (`a bank statement`)",
    ("te3silver-AFP_ENG_20051216.0054", "said", 1): "ok (`The statement`: the World Bank's)",
    ("te3silver-AFP_ENG_20051216.0054", "said", 2): "ok",
    ("te3silver-AFP_ENG_20051216.0054", "said", 3): "ok (`He`: John Wall)",
    ("te3silver-XIN_ENG_20051115.0198", "according to", 0): "ok",
    ("te3silver-XIN_ENG_20051115.0198", "said", 0): "ok",
    ("te3silver-AFP_ENG_19970424.0574", "said", 0): "ok",
    ("te3silver-XIN_ENG_20061112.0143", "told", 0): "content wrong: `to the event` (of `prior "
    "to the event`) for `The APEC-2006 Economic Leaders' Week ... will provide a golden "
    "opportunity ...`",
    ("te3silver-XIN_ENG_20061112.0143", "said", 0): "ok (`Dung`: Hoang Van Dung)",
    ("te3silver-AFP_ENG_20061216.0139", "said", 0): "ok",
    ("te3silver-AFP_ENG_20061216.0139", "said", 1): "ok",
    ("te3silver-AFP_ENG_20061216.0139", "suggested", 0): "ok (Pawar's proposal, as Shukla "
    "reports it)",
    ("te3silver-XIN_ENG_20051128.0103", "said", 0): "ok (`a senior Chinese military officer`, "
    "as written; Xu is named after)",
    ("te3silver-XIN_ENG_20051128.0103", "said", 1): "ok (Xu Caihou, named with his title's "
    "body: `Central Military Commission Xu Caihou`)",
    ("te3silver-XIN_ENG_20051128.0103", "said", 2): "ok (`Mohamed`: Mohamed Ismail)",
    ("te3silver-XIN_ENG_20051128.0103", "stressed", 0): "ok (`He`: Mohamed Ismail)",
    ("te3silver-AFP_ENG_19970408.0328", "said", 0): "ok",
    ("te3silver-XIN_ENG_20061101.0171", "reported", 0): "ok",
    ("te3silver-XIN_ENG_20061101.0171", "said", 0): "ok",
    ("te3silver-AFP_ENG_19970429.0086", "said", 0): "ok",
    ("te3silver-AFP_ENG_19970429.0086", "told", 0): "ok",
    ("te3silver-AFP_ENG_19970429.0086", "said", 1): "ok (`Reddy`: Jaipal Reddy)",
    ("te3silver-AFP_ENG_19970429.0086", "said", 2): "speaker wrong: `he` (Reddy, the speaker of "
    "the paragraph before) linked to Gujral",
    ("te3silver-AFP_ENG_19970429.0086", "said", 3): "ok (`Another senior Front leader asking to "
    "remain anonymous`, as written)",
    ("te3silver-AFP_ENG_20061219.0059", "told", 0): "ok",
    ("te3silver-AFP_ENG_20061219.0059", "told", 1): "ok",
    ("te3silver-AFP_ENG_20061219.0059", "saying", 0): "ok (`he was quoted as saying by Yonhap`)",
    ("te3silver-AFP_ENG_20061219.0059", "said", 0): "ok (its opening `Stressing that ...` missed)",
    ("te3silver-AFP_ENG_20061219.0059", "suggested", 0): "ok",
    ("te3silver-AFP_ENG_20061219.0059", "told", 2): "ok (its `noting that ...` missed)",
    ("te3silver-AFP_ENG_20061219.0059", "said", 1): "ok",
    ("te3silver-AFP_ENG_20061204.0648", "said", 0): "ok",
    ("te3silver-AFP_ENG_20061204.0648", "said", 1): "speaker wrong: `He` (Rodriguez, the "
    "speaker of the sentence before) linked to Tyrone Williams, named in the content",
    ("te3silver-AFP_ENG_20061204.0648", "said", 2): "ok",
    ("te3silver-AFP_ENG_20061204.0648", "said", 3): "speaker wrong: Tyrone Williams (the "
    "possessive of `Williams' defense lawyer, Craig Washington, said`) for Craig Washington",
    ("te3silver-AFP_ENG_20061204.0648", "said", 4): "ok (`Washington`: Craig Washington, not "
    "the city)",
    ("te3silver-XIN_ENG_20051111.0072", "said", 0): "ok",
    ("te3silver-AFP_ENG_20061203.0372", "told", 0): "ok",
    ("te3silver-AFP_ENG_20061203.0372", "said", 0): "ok (`He`: Annan)",
    ("te3silver-AFP_ENG_20061203.0372", "saying", 0): "speaker wrong: `The UN chief` (Annan) "
    "linked to the United Nations",
    ("te3silver-AFP_ENG_20061203.0372", "added", 0): "ok",
    ("te3silver-AFP_ENG_20061203.0372", "said", 1): "ok",
    ("te3silver-AFP_ENG_20061203.0372", "vowed", 0): "ok (`the Ghanaian`: Annan)",
    ("te3silver-AFP_ENG_20061203.0372", "said", 2): "ok (`Annan said:` before the quotation)",
    ("te3silver-AFP_ENG_20061203.0372", "said", 3): "not a statement of its own: the same "
    "quotation read again for its closing `he said` (the text gives it two cues)",
    ("te3silver-AFP_ENG_19970413.0398", "said", 0): "content wrong: `monitored here` (of `in a "
    "report monitored here`) for the lead's `Sudanese President Omar Hassan al-Bashir left "
    "Libya ...`",
    ("te3silver-AFP_ENG_19970413.0398", "said", 1): "ok (`the television`, as written: Libyan "
    "television)",
    ("te3silver-XIN_ENG_20061115.0132", "reported", 0): "ok",
    ("te3silver-XIN_ENG_20061115.0132", "said", 0): "ok",
    ("te3silver-XIN_ENG_20061115.0132", "according to", 0): "ok",
    ("te3silver-XIN_ENG_20061115.0132", "said", 1): "ok",
    ("te3silver-XIN_ENG_20061115.0132", "according to", 1): "ok (Awad's report of Mubarak)",
    ("te3silver-XIN_ENG_20061115.0132", "said", 2): "ok (`the spokesman`: Awad)",
    ("te3silver-AFP_ENG_19970407.0354", "told", 0): "ok",
    ("te3silver-AFP_ENG_19970407.0354", "told", 1): "ok",
    ("te3silver-AFP_ENG_19970407.0354", "reported", 0): "ok",
    ("te3silver-AFP_ENG_19970407.0354", "added", 0): "ok (`He`: Li Peng)",
    ("te3silver-AFP_ENG_19970407.0354", "told", 2): "ok",
    ("te3silver-AFP_ENG_19970407.0354", "said", 0): "speaker wrong: `he` (Li, the speaker of the "
    "paragraph before) linked to Chirac, named inside the quotation",
    ("te3silver-XIN_ENG_20051130.0035", "said", 0): "ok",
    ("te3silver-XIN_ENG_20051130.0035", "told", 0): "ok (`he`: Schieffer; its `saying ...` missed)",
    ("te3silver-XIN_ENG_20051130.0035", "said", 1): "ok (`He`: Schieffer)",
    ("te3silver-XIN_ENG_20051130.0035", "said", 2): "ok",
    ("te3silver-AFP_ENG_20061218.0239", "said", 0): "ok (`the Catalan side's star striker "
    "Ronaldinho`, as written)",
    ("te3silver-AFP_ENG_20061218.0239", "added", 0): "ok",
    ("te3silver-XIN_ENG_20051114.0329", "told", 0): "ok",
    ("te3silver-XIN_ENG_20051114.0329", "added", 0): "ok (`she`: Rice)",
    ("te3silver-XIN_ENG_20051114.0329", "reported", 0): "ok",
    ("te3silver-XIN_ENG_20051114.0329", "saying", 0): "ok",
    ("te3silver-AFP_ENG_20061219.0439", "said", 0): "ok",
    ("te3silver-AFP_ENG_20061219.0439", "explained", 0): "ok",
    ("te3silver-XIN_ENG_20061115.0230", "said", 0): "ok (`The center`, as written: the Pacific "
    "Tsunami Warning Center)",
    ("te3silver-XIN_ENG_20061115.0230", "warning", 0): "not a statement of its own: the noun "
    "`warning` of `the warning was based only on ...` read as a cue (inside the centre's `said` "
    "content)",
    ("te3silver-XIN_ENG_20061115.0230", "said", 1): "speaker `it` unresolved (the centre, the "
    "speaker of the sentence before)",
    ("te3silver-XIN_ENG_20061115.0230", "said", 2): "ok (`the agency`: Japan's Meteorological "
    "Agency)",
    ("te3silver-XIN_ENG_20061115.0230", "warning", 1): "ok (`warning that larger waves could "
    "follow`)",
    ("te3silver-XIN_ENG_20061115.0230", "said", 3): "ok",
    ("te3silver-AFP_ENG_20061217.0330", "said", 0): "ok",
    ("te3silver-XIN_ENG_20051116.0182", "reported", 0): "ok",
    ("te3silver-XIN_ENG_20051116.0182", "saying", 0): "ok (`The newspaper quoted Israeli "
    "officials as saying`)",
    ("te3silver-XIN_ENG_20051116.0182", "said", 0): "ok",
    ("te3silver-XIN_ENG_20051116.0182", "according to", 0): "speaker wrong: `the report` "
    "(Ha'aretz's) linked to Abbas",
    ("te3silver-XIN_ENG_20051116.0182", "added", 0): "speaker `it` unresolved (the report, "
    "Ha'aretz)",
    ("te3silver-XIN_ENG_20051116.0182", "vowed", 0): "content runs on past the vow into `and "
    "staged rocket and suicide attacks on Israel in the past` (what Hamas did, not vowed)",
}
# events missed (not counted): output at utilities and construction `up` (AFP_ENG_20051215.0400),
# Gemayel's `murder`/`assassination` and the Security Council that `considered the report` a day
# before (XIN_ENG_20061121.0276), Indian police who `fired on a rampaging mob`, five policemen
# `hurt`, the mob that `turned on them` (AFP_ENG_19970422.0382), Sarraf who `also quit from the
# cabinet` two days later (XIN_ENG_20061115.0330), the World Bank that `has approved a 400
# million dollars emergency credit` and the board that `approved the first credit` in October
# (AFP_ENG_20051216.0054), Iberia's sale of its Amadeus stake (XIN_ENG_20051115.0198), the
# freighter that `docked in the southwestern Chinese port of Xiamen on Friday`
# (AFP_ENG_19970424.0574), Dalmiya `expelled from the Indian cricket board` on Saturday, the
# resolution `moved by` Pawar (AFP_ENG_20061216.0139), Xu's `meeting with Mohamed Ismail`
# (XIN_ENG_20051128.0103), Abe who `stepped onto the post of prime minister on Sept. 26`
# (XIN_ENG_20061101.0171), the Front that `assumed office April 21`, the coalition that
# `replaced` Deve Gowda with Gujral (AFP_ENG_19970429.0086), Calderon who `named on Thursday the
# last four cabinet ministers` and named each to his post, the groups that `accused Ramirez`
# (XIN_ENG_20061130.0405), the jury that `found a Jamaican man guilty` on Monday, the sentencing
# phase that `begins on Wednesday` (AFP_ENG_20061204.0648), the dollar that `weakened` after the
# GDP report (XIN_ENG_20051111.0072), US-led forces that `invaded in March 2003`
# (AFP_ENG_20061203.0372), Sharon and Shalom who `began a meeting with ... Rice in Jerusalem on
# Monday morning` (XIN_ENG_20051114.0072), Al-Bashir who `left Libya by air Sunday`
# (AFP_ENG_19970413.0398), Li's meeting with Millon, Millon's visit that `started Sunday`
# (AFP_ENG_19970407.0354), Barcelona's `1-0 loss to the Brazilians in Yokohama on Sunday`,
# Sevilla's `3-1 win at Recreativo Huelva` (AFP_ENG_20061218.0239), Rice who `arrived here Monday
# evening`, the `suicide bombings` in Amman, Abdullah's meeting with Rice
# (XIN_ENG_20051114.0329), Stephens's `arrest Monday`, the first corpse `found` earlier this
# month (AFP_ENG_20061219.0439), the centre that `issued a tsunami warning on Wednesday`, the
# wave that `hit Nemuro` at 9:29 p.m. (XIN_ENG_20061115.0230), the colonel `killed` by Hamas
# militants (AFP_ENG_20061217.0330), the talks `held` and the agreement `reached on Tuesday` to
# `re-open the Rafah crossing` on Nov 25 (XIN_ENG_20051116.0182)
SIXTY_SIXTH_MISSED: dict[str, str] = {
    "te3silver-XIN_ENG_20061121.0276": "Dujarric's `adding that the UN chief calls upon all "
    "parties to maintain national unity` (a second cue after the quotation)",
    "te3silver-AFP_ENG_20051216.0054": "Wall's second quotation (`\"This project will support "
    "these people ...`), after his reported statement, without a cue",
    "te3silver-XIN_ENG_20061112.0143": '`"As the host of the APEC Year 2006, ...," Vietnam '
    "News Agency quoted Hoang Van Dung ... as saying on Sunday`",
    "te3silver-XIN_ENG_20061101.0171": "`the report quoted sources as saying` (the topics of "
    "the talks)",
    "te3silver-AFP_ENG_20061219.0059": "`Stressing that international ratings have been "
    "upgraded ...` (before `Yushchenko said`) and `noting that the two countries signed two "
    "agreements ...` (after a quotation)",
    "te3silver-XIN_ENG_20051111.0072": "`a Japanese government report saying the country's "
    "economy grew more than expected`",
    "te3silver-AFP_ENG_19970413.0398": "Al-Bashir's `statement, saying he and Kadhafi had "
    "discussed how Arabs should overcome their differences ...`",
    "te3silver-AFP_ENG_19970407.0354": "Li's `adding Beijing was looking forward to Chirac's "
    "visit in May` (a content clause without `that`, after a quotation)",
    "te3silver-XIN_ENG_20051130.0035": "Schieffer's `saying the troops' presence had helped "
    "Japan ...` (after a quotation's `he told a press conference`)",
    "te3silver-AFP_ENG_20061219.0439": "`but the deputy director of BBC News, Adrian Van "
    'Klaveren, said it was "in the public interest" to play the tapes` (the second cue of '
    "its sentence)",
}
SIXTY_SIXTH_UNTUNED = (
    "events fully right 0.44 (17/39), statements right 85/98, 0 without a speaker, "
    "10 stories with missed speech"
)
# The headline of round twenty-eight: the sixty-sixth sample's untuned reading alone (39 events,
# so no sixty-seventh was drawn), the first reading after round twenty-eight (times, places,
# TE3's datelines), SP5's statements changes and the lead's past perfect.
POOLED_UNTUNED_28 = SIXTY_SIXTH_UNTUNED
# The sixty-seventh sample (``SEED_67``): 30 more TE3 silver stories (15 AFP, 15 Xinhua),
# disjoint from the sixty-third to sixty-sixth, drawn after round twenty-nine (story-level times
# and places, arguments, statements; E30, E31, SP6) and reviewed on main 42bfc6d (frozen in a
# copy) before any change. 33 events; no sixty-eighth was drawn (seed 347 is read on round
# thirty's code).
SIXTY_SEVENTH_VERDICTS: dict[tuple[str, str, int], str] = {
    ("te3silver-XIN_ENG_20051115.0127", "fell", 0): "ok (property shares; Tuesday and Hong Kong "
    "only implied, from the lead)",
    ("te3silver-XIN_ENG_20051115.0127", "rose", 0): "ok (Hutchison shares; Tuesday and Hong "
    "Kong only implied, from the lead)",
    ("te3silver-XIN_ENG_20051117.0053", "announced", 0): "ok (the Electoral Commission, the "
    "first phase's final results; no time told: `has announced`)",
    ("te3silver-XIN_ENG_20051117.0053", "announced", 1): "topic wrong: `late Wednesday`, the "
    "time, for what was announced (the run-off results before the cue: `The run-off ... was "
    "held on Tuesday and the NDP ... won 42 seats, the commission announced late Wednesday`); "
    "time missing: Wednesday, Nov 16",
    ("te3silver-AFP_ENG_19970416.0318", "lower the accounting rate", 0): "agent missing: other "
    "countries (`The FCC has been pressing other countries to lower the accounting rate of "
    "long-distance calls`)",
    ("te3silver-XIN_ENG_20061116.0387", "sold", 0): "ok (Ecuador, as written `the world's "
    "largest banana exporter`, bananas to Europe, 2005)",
    ("te3silver-XIN_ENG_20051115.0005", "were killed", 0): "ok (at least four people, Tuesday, "
    "Karachi; no agent named)",
    ("te3silver-XIN_ENG_20051115.0005", "injured", 0): "ok (several others, Tuesday, Karachi)",
    ("te3silver-AFP_ENG_20061205.0072", "called on", 0): "ok (Tang, people, to make their views "
    "known; Tuesday and Hong Kong only implied, the lead's announcement)",
    ("te3silver-XIN_ENG_20061103.0184", "arrested", 0): "time missing: Friday, Nov 3 (`in the "
    "operation`: the lead's operation in Istanbul `on Friday`); Istanbul right",
    ("te3silver-XIN_ENG_20051115.0210", "declined", 0): "ok (US retail sales, October, the "
    "United States)",
    ("te3silver-XIN_ENG_20051115.0210", "rose", 0): "ok (US retail sales excluding autos, "
    "`last month`: October)",
    ("te3silver-XIN_ENG_20061128.0310", "urged", 0): "ok (the ministry, police, to learn from "
    "the crash and launch inspections; Tuesday, Nov 28)",
    ("te3silver-XIN_ENG_20061128.0310", "bus crash", 0): "agent wrong: the Ministry of Public "
    "Security (the subject of `urged police to learn from a fatal bus crash`) did not crash; "
    "time missing: last Tuesday, Nov 21 (the next sentence); northeast China right",
    ("te3silver-XIN_ENG_20061128.0310", "were killed", 0): "ok (eight children, last Tuesday, "
    "Nov 21; China, true though its sentence names Zhoujia township, Heilongjiang)",
    ("te3silver-XIN_ENG_20061128.0310", "were injured", 0): "place missing: the crash's again "
    "(Zhoujia township, Heilongjiang, the sentence before); Nov 21 right",
    ("te3silver-XIN_ENG_20061128.0310", "signs", 0): "not an event: `Vehicles in service must "
    "bear identical signs` (markings), no signing (agent `bear identical`)",
    ("te3silver-AFP_ENG_19970422.0093", "fell", 0): "ok (share prices, Tuesday; the Korea Stock "
    "Exchange not taken, as markets before)",
    ("te3silver-AFP_ENG_19970422.0093", "closed down", 0): "type wrong: an index that `closed "
    "down 9.38 points` is a price change, not a closure (patient `9.38 points`, the amount); "
    "time missing: Tuesday (the lead's session)",
    ("te3silver-AFP_ENG_20051212.0342", "jailed", 0): "ok (the judge, 14 former soldiers, "
    "Monday, Serbia's war crimes court)",
    ("te3silver-AFP_ENG_20051212.0342", "were charged with", 0): "place wrong: Ovcara, where "
    "the prisoners were executed (`executing them on a farm at Ovcara`), for the court's (no "
    "place or time of the charging told)",
    ("te3silver-AFP_ENG_20051212.0342", "jailed", 1): "patient wrong: `a nine-year sentence and "
    "the remaining men` for `the remaining men` (`the woman received a nine-year sentence and "
    "the remaining men were jailed`: a clause's object joined to the next subject)",
    ("te3silver-XIN_ENG_20061107.0135", "closed", 0): "ok (the Malaysian indices, Tuesday)",
    ("te3silver-XIN_ENG_20061107.0135", "rose", 0): "ok (the KLCI, Tuesday)",
    ("te3silver-XIN_ENG_20061107.0135", "increased", 0): "ok (the Second Board Index, Tuesday)",
    ("te3silver-XIN_ENG_20061107.0135", "edged up", 0): "ok (the Industrial Index, Tuesday)",
    ("te3silver-XIN_ENG_20051105.0085", "meet with", 0): "counterpart cut: King Norodom Sihamoni "
    "without Chea Sim, Prince Norodom Ranariddh and Hun Sen (a list joined by semicolons); "
    "place missing: Cambodia (`During his stay in Cambodia`)",
    ("te3silver-AFP_ENG_20051213.0484", "killed", 0): "time missing: Dec 5 (`a day after` the "
    "decision `on December 6`); place missing: `at the entrance to a shopping mall`",
    ("te3silver-AFP_ENG_20061218.0087", "announced", 0): "ok (Vedior, the takeover of "
    "Corridor, Monday)",
    ("te3silver-AFP_ENG_20061218.0087", "take over", 0): "ok (future: Vedior, Corridor)",
    ("te3silver-XIN_ENG_20061123.0342", "arrested", 0): "ok (the Federal Police, 33 people, "
    "Thursday; no place told beyond Brazil's police)",
    ("te3silver-AFP_ENG_20061227.0414", "unveiled", 0): "type wrong: a new player presented "
    "(`unveiled Major League Baseball's latest Japanese import ..., announcing they have signed "
    "... Kei Igawa`) is no product launch",
    ("te3silver-AFP_ENG_20061227.0414", "signed", 0): "ok (Boston, Daisuke Matsuzaka; no time "
    "told beyond `less than two weeks` before)",
}
SIXTY_SEVENTH_STATEMENT_VERDICTS: dict[tuple[str, str, int], str] = {
    ("te3silver-AFP_ENG_19970418.0499", "assured", 0): "ok",
    ("te3silver-AFP_ENG_19970418.0499", "told", 0): "ok (`The president`: Clinton)",
    ("te3silver-AFP_ENG_19970418.0499", "said", 0): "ok",
    ("te3silver-AFP_ENG_19970418.0499", "said", 1): "ok",
    ("te3silver-AFP_ENG_19970418.0499", "said", 2): "ok",
    ("te3silver-AFP_ENG_19970418.0499", "said", 3): "speaker wrong: `He` (Lee, the speaker of "
    "the paragraph before) linked to Al Gore, named last in its `talks with Clinton and Vice "
    "President Al Gore`",
    ("te3silver-AFP_ENG_19970418.0499", "insists", 0): "ok",
    ("te3silver-XIN_ENG_20061109.0070", "according to", 0): "ok (`a newly released regulation`, "
    "cut to `released regulation`)",
    ("te3silver-XIN_ENG_20061109.0070", "said", 0): "ok",
    ("te3silver-XIN_ENG_20051117.0053", "reported", 0): "ok",
    ("te3silver-XIN_ENG_20051117.0053", "according to", 0): "speaker wrong: `the commission` "
    "(the Electoral Commission) linked to the Egyptian Gazette",
    ("te3silver-XIN_ENG_20051117.0053", "announced", 0): "speaker wrong: `the commission` linked "
    "to the Egyptian Gazette, as before",
    ("te3silver-XIN_ENG_20051117.0053", "added", 0): "speaker wrong: `it` (the commission) "
    "linked to the Egyptian Gazette",
    ("te3silver-AFP_ENG_20061212.0668", "said", 0): "ok (`a statement`, as written: the "
    "council's, read by al-Thani)",
    ("te3silver-AFP_ENG_20061212.0668", "emphasized", 0): "ok",
    ("te3silver-AFP_ENG_19970416.0318", "said", 0): "ok",
    ("te3silver-AFP_ENG_19970416.0318", "said", 1): "ok",
    ("te3silver-AFP_ENG_19970416.0318", "said", 2): "ok",
    ("te3silver-XIN_ENG_20061116.0387", "said", 0): "ok",
    ("te3silver-XIN_ENG_20061116.0387", "according to", 0): "ok",
    ("te3silver-AFP_ENG_20061201.0444", "said", 0): "ok",
    ("te3silver-AFP_ENG_20061201.0444", "confirmed", 0): "ok",
    ("te3silver-XIN_ENG_20051115.0005", "according to", 0): "ok (`local TV reports`)",
    ("te3silver-XIN_ENG_20051115.0005", "reports", 0): "not a statement of its own: the noun "
    "`reports` of `according to local TV reports` read as a cue (the same content again)",
    ("te3silver-XIN_ENG_20051115.0005", "said", 0): "ok",
    ("te3silver-XIN_ENG_20051115.0005", "said", 1): "ok",
    ("te3silver-AFP_ENG_20061205.0072", "said", 0): "ok",
    ("te3silver-AFP_ENG_20061205.0072", "said", 1): "ok",
    ("te3silver-AFP_ENG_20061205.0072", "said", 2): "ok (the second quotation, Tang's)",
    ("te3silver-XIN_ENG_20061103.0184", "reported", 0): "ok",
    ("te3silver-XIN_ENG_20061103.0184", "found", 0): "not speech: `gendarmerie officers ... "
    "found 30 kg of heroin` read as a cue (speaker `30 kg of heroin hidden`)",
    ("te3silver-XIN_ENG_20061103.0184", "said", 0): "ok",
    ("te3silver-XIN_ENG_20061103.0184", "said", 1): "ok",
    ("te3silver-XIN_ENG_20061103.0184", "adding", 0): "ok",
    ("te3silver-AFP_ENG_20061211.0287", "said", 0): "ok (`Kim`: Kim Kyung-Tae)",
    ("te3silver-AFP_ENG_20061211.0287", "said", 1): "ok (`He`: Kim)",
    ("te3silver-AFP_ENG_20061211.0287", "said", 2): "ok (`he`: Kim)",
    ("te3silver-XIN_ENG_20051115.0210", "reported", 0): "ok",
    ("te3silver-AFP_ENG_20061215.0231", "said", 0): "ok",
    ("te3silver-XIN_ENG_20061128.0310", "according to", 0): "ok",
    ("te3silver-XIN_ENG_20061128.0310", "said", 0): "ok",
    ("te3silver-AFP_ENG_19970422.0093", "said", 0): "ok",
    ("te3silver-AFP_ENG_20051212.0342", "told", 0): "ok",
    ("te3silver-XIN_ENG_20051101.0263", "reported", 0): "ok",
    ("te3silver-XIN_ENG_20051101.0263", "according to", 0): "ok",
    ("te3silver-AFP_ENG_20051213.0637", "said", 0): "ok",
    ("te3silver-AFP_ENG_20051213.0637", "said", 1): "ok (the next paragraph's quotation, "
    "Douste-Blazy's)",
    ("te3silver-AFP_ENG_19970402.0208", "said", 0): "ok",
    ("te3silver-AFP_ENG_19970402.0208", "said", 1): "ok (`the daily`: The New York Times)",
    ("te3silver-AFP_ENG_19970402.0208", "said", 2): "speaker wrong: `A Xinhua employee` linked "
    "to Xinhua, the agency",
    ("te3silver-AFP_ENG_19970402.0208", "said", 3): "ok",
    ("te3silver-AFP_ENG_19970402.0208", "said", 4): "ok",
    ("te3silver-AFP_ENG_19970402.0208", "said", 5): "ok",
    ("te3silver-XIN_ENG_20051105.0085", "according to", 0): "ok",
    ("te3silver-AFP_ENG_20051213.0484", "said", 0): "ok (`its army chief of staff`, as written; "
    "Halutz is named after)",
    ("te3silver-AFP_ENG_20051213.0484", "saying", 0): "ok",
    ("te3silver-XIN_ENG_20061129.0338", "told", 0): "content wrong: it opens with the "
    "addressee `media` (`told media the Philippines airliner had just left ...`)",
    ("te3silver-AFP_ENG_20061218.0087", "announced", 0): "ok",
    ("te3silver-AFP_ENG_20061218.0087", "said", 0): "ok",
    ("te3silver-XIN_ENG_20061123.0342", "said", 0): "ok",
    ("te3silver-AFP_ENG_20061227.0414", "reported", 0): "ok",
}
# events missed (not counted): Clinton's meeting with Lee, China that `takes it over`
# (AFP_ENG_19970418.0499), the regulation `issued on Wednesday` (XIN_ENG_20061109.0070), the
# press union that `renewed a call Thursday` for a probe of the murder, Hydara `gunned down` on
# Dec 16, 2004, Zongo `shot and burned` in 1998 (AFP_ENG_20051215.0315), the ballot `held on Nov.
# 9`, the run-off `held on Tuesday`, the NDP and the Brotherhood that `won` seats, the stages that
# `will be held on Nov. 20 and Dec. 1` (XIN_ENG_20051117.0053), the Council that `capped a
# special debate` on Tuesday, Qatar that `scheduled the debate` (AFP_ENG_20061212.0668), every
# karate win (XIN_ENG_20051105.0053), the FCC `pressing other countries`
# (AFP_ENG_19970416.0318), Ecuador that `sent a letter to the WTO to appeal against` the tariff
# on Thursday (XIN_ENG_20061116.0387), the ten Islamists `held` and `picked up in Medinet Nasr`
# (AFP_ENG_20061201.0444), the two `bomb blasts` in Karachi (XIN_ENG_20051115.0005), the
# government `forced to back down Tuesday` on the sales tax (AFP_ENG_20061205.0072), police who
# `confiscated 160 kg of heroin` in Istanbul on Friday, the gendarmes who `found 30 kg of heroin`
# in Baskale (XIN_ENG_20061103.0184), South Korea's four golf golds on Monday
# (AFP_ENG_20061211.0287), India's two wickets and the start `delayed by 90 minutes`
# (AFP_ENG_20061215.0231), the bus that `veered off a bridge and plunged into a frozen river`
# (XIN_ENG_20061128.0310), the fleet that `arrived this port city ... on Tuesday` and `left
# Qingdao Port` on Aug 21, the first joint exercise (XIN_ENG_20061107.0274), the massacre at
# Ovcara in 1991, the eight given the maximum sentence, the two `cleared`
# (AFP_ENG_20051212.0342), the youths `rejected from the IDF draft`, Israel that `withdrew
# settlers and troops` in September (XIN_ENG_20051101.0263), the EU summit in Brussels from
# Thursday (AFP_ENG_20051213.0637), Wei who `committed suicide over the weekend in Beijing`, was
# `called back` and `recalled` (AFP_ENG_19970402.0208), the delegation that `arrived here on
# Saturday` (XIN_ENG_20051105.0085), Israel that `has put off opening a bus link`, `froze
# negotiations` last week, the agreement `reached ... last month`, the cabinet's decision on Dec
# 6 (AFP_ENG_20051213.0484), the jet's `emergency landing at Vancouver International Airport`
# on Wednesday (XIN_ENG_20061129.0338), the 33 `charged` (XIN_ENG_20061123.0342), the Yankees
# who `have signed` Igawa, their winning bid on Nov 28 (AFP_ENG_20061227.0414). Speech without a
# speaker, not counted: `it was announced here Wednesday` (AFP_ENG_19970416.0318).
SIXTY_SEVENTH_MISSED: dict[str, str] = {
    "te3silver-XIN_ENG_20061109.0070": "`The regulation issued on Wednesday said that anyone "
    "working in China ... must report their income` (a `said` after a participle's phrase)",
    "te3silver-XIN_ENG_20051101.0263": "`The recruitment date ... has been indefinitely delayed, "
    "a senior IDF Personnel Directorate officer was cited as saying`",
    "te3silver-AFP_ENG_20051213.0637": "the lead's `..., officials admit`",
    "te3silver-AFP_ENG_20051213.0484": "`with a spokesman for Prime Minister Ariel Sharon "
    'saying: "There will be no discussions about these convoys ..."`',
    "te3silver-AFP_ENG_20061227.0414": "the Yankees' `announcing they have signed lefthanded "
    "pitcher Kei Igawa to a five-year contract`",
}
SIXTY_SEVENTH_UNTUNED = (
    "events fully right 0.64 (21/33), statements right 53/61, 0 without a speaker, "
    "5 stories with missed speech"
)
# The headline of round twenty-nine: the sixty-seventh sample's untuned reading alone (33
# events; no sixty-eighth was drawn, seed 347 being read on round thirty's code), the first
# reading after round twenty-nine (story-level times and places, arguments, statements).
POOLED_UNTUNED_29 = SIXTY_SEVENTH_UNTUNED
# The sixty-eighth sample (``SEED_68``): 30 more TE3 silver stories (15 AFP, 15 Xinhua),
# disjoint from the sixty-third to sixty-seventh, drawn after round thirty (places, times,
# arguments, statements; E32, E33, E34, SP7, built without seeing the sixty-seventh) and
# reviewed on main ebefb9e (frozen in a copy) before any change. 33 events; no sixty-ninth was
# drawn (seed 349 stays reserved).
SIXTY_EIGHTH_VERDICTS: dict[tuple[str, str, int], str] = {
    ("te3silver-XIN_ENG_20051118.0132", "Eighth International Conference", 0): "ok (the AVAR "
    "conference, `here Friday`: Tianjin, Nov 18)",
    ("te3silver-AFP_ENG_20061222.0209", "urged", 0): "ok (Japan, Russia, to be `responsible`, "
    "Friday; Tokyo only implied)",
    ("te3silver-AFP_ENG_20051215.0647", "agreed", 0): "topic cut: `the urgent` for `the urgent "
    "need for a budget deal`",
    ("te3silver-XIN_ENG_20061122.0050", "sold", 0): "ok (Yunnan, the flowers, 2006: `in the "
    "first 10 months of this year` given as the year)",
    ("te3silver-XIN_ENG_20061122.0050", "exported", 0): "agent wrong: `the sources` (the "
    "speaker of `..., the sources added`) for `They`, the foreign-funded businesses of the "
    "sentence before",
    ("te3silver-AFP_ENG_19970429.0693", "gained", 0): "time missing: Wednesday, April 30 (the "
    "lead's post-holiday session; `in the first one hour`)",
    ("te3silver-AFP_ENG_19970429.0693", "gained", 1): "ok (the Dow, Tuesday, New York)",
    ("te3silver-XIN_ENG_20051130.0265", "discuss", 0): "ok (future: Lavrov, cooperation, the "
    "Western alliance, next week)",
    ("te3silver-XIN_ENG_20061104.0147", "demanded", 0): "topic wrong: `the Peak Tram company`, "
    "the addressee, for what was demanded (`to submit a report on the accident`); counterpart "
    "missing (the company)",
    ("te3silver-AFP_ENG_20061211.0480", "died", 0): "ok (Pinochet, Sunday)",
    ("te3silver-AFP_ENG_20061217.0099", "discuss", 0): "topic missing: `what the player "
    'describes as "good and valid personal reasons" why he does not sing the national anthem`',
    ("te3silver-XIN_ENG_20061127.0437", "announced", 0): "topic wrong: `United Nations` (the "
    "speaker) for what was announced (the forces `have driven rebel soldiers out of an eastern "
    "town`, the content before the cue)",
    ("te3silver-XIN_ENG_20061127.0437", "launched air strikes", 0): "type wrong: a protest for "
    "air strikes (an attack); agent missing: the blue helmets with the FARDC (`said that its "
    "blue helmets ..., fighting alongside ..., launched air strikes`), the target as topic; "
    "place missing: around Sake",
    ("te3silver-XIN_ENG_20061127.0437", "launched attacks", 0): "place missing: Sake (`launched "
    "attacks on Saturday, taking the town of Sake`); Saturday right",
    ("te3silver-XIN_ENG_20061127.0437", "killed", 0): "place missing: around Sake, eastern DRC; "
    "time wrong: Saturday, the attacks' day, for `The fighting has killed` (the weekend's "
    "fighting, to Monday)",
    ("te3silver-AFP_ENG_20061218.0530", "announced", 0): "ok (researchers, the 52 species found "
    "on Borneo, Tuesday)",
    ("te3silver-AFP_ENG_20061211.0214", "announced", 0): "ok (the Olympic Council of Asia, the "
    "weightlifter's disqualification, Monday)",
    ("te3silver-XIN_ENG_20051129.0367", "fall", 0): "ok (the growth rate, 2005; New Zealand's "
    "only implied; `expected to fall` read as planned)",
    ("te3silver-XIN_ENG_20051130.0059", "announced", 0): "topic cut: `bid` for `bid for the "
    "Likud party leadership`; time missing: Tuesday, Nov 29 (`one day after officially "
    "launching his bid`, the vow's Wednesday)",
    ("te3silver-XIN_ENG_20051130.0059", "elected", 0): "ok (possible: Shalom, as Likud leader)",
    ("te3silver-XIN_ENG_20051130.0059", "call on", 0): "ok (Shalom, the people in his party, to "
    "stay in Likud and vote for him; in a quotation, no time of its own)",
    ("te3silver-AFP_ENG_20061211.0662", "filed for bankruptcy", 0): "ok (the Portland "
    "Archdiocese, 2004)",
    ("te3silver-AFP_ENG_20061211.0662", "agreed to", 0): "agent wrong: `Roman Catholic Church` "
    "(the Church in the United States of the sentence before) for the Archdiocese of Los "
    "Angeles; time missing: `Earlier this month` (December 2006)",
    ("te3silver-XIN_ENG_20061110.0091", "closed", 0): "ok (share prices on the Colombo Stock "
    "Exchange, given as the exchange; Friday)",
    ("te3silver-XIN_ENG_20061110.0091", "decreased", 0): "ok (the Milanka Price Index, Friday)",
    ("te3silver-AFP_ENG_19970425.0016", "died", 0): "patient junk: `Mecca disaster` as a second "
    "patient; place missing: Mecca (`last week's Mecca disaster`)",
    ("te3silver-AFP_ENG_19970425.0016", "died", 1): "time missing: the blaze of April 15 (the "
    "sentence before); place missing: Mecca",
    ("te3silver-AFP_ENG_19970425.0016", "killed", 0): "place missing: Mecca (`during the annual "
    "Moslem pilgrimage to Mecca`); last week right",
    ("te3silver-AFP_ENG_19970425.0016", "wounded", 0): "place missing: Mecca, as `killed`",
    ("te3silver-XIN_ENG_20061127.0368", "declared", 0): "place missing: Abuja (`declared the "
    "closing of the carnival at the weekend in Abuja`); the weekend right",
    ("te3silver-XIN_ENG_20061127.0368", "called on", 0): "ok (participants, the government, to "
    "work with the private sector; no time told)",
    ("te3silver-XIN_ENG_20061126.0137", "Euro- Mediterranean Conference", 0): "place missing: "
    "Tampere (`to the Finnish city of Tampere, ... at the sideline of the Euro- Mediterranean "
    "Conference`)",
    ("te3silver-AFP_ENG_20061213.0491", "resigned", 0): "ok (Barreto, Monday)",
}
SIXTY_EIGHTH_STATEMENT_VERDICTS: dict[tuple[str, str, int], str] = {
    ("te3silver-XIN_ENG_20051118.0132", "said", 0): "ok",
    ("te3silver-XIN_ENG_20051118.0132", "according to", 0): "ok (the Ministry's survey)",
    ("te3silver-XIN_ENG_20051118.0132", "said", 1): "ok",
    ("te3silver-XIN_ENG_20051118.0132", "said", 2): "ok (`The survey`: the Ministry's)",
    ("te3silver-XIN_ENG_20051118.0132", "according to", 1): "ok",
    ("te3silver-XIN_ENG_20051118.0132", "said", 3): "ok",
    ("te3silver-AFP_ENG_20061222.0209", "said", 0): "ok",
    ("te3silver-AFP_ENG_20061222.0209", "told", 0): "ok",
    ("te3silver-AFP_ENG_20061222.0209", "said", 1): "ok",
    ("te3silver-XIN_ENG_20061117.0240", "reported", 0): "ok",
    ("te3silver-XIN_ENG_20061117.0240", "according to", 0): "ok",
    ("te3silver-AFP_ENG_20051215.0647", "said", 0): "ok",
    ("te3silver-AFP_ENG_20051215.0647", "said", 1): "ok",
    ("te3silver-AFP_ENG_20051215.0647", "added", 0): "ok",
    ("te3silver-XIN_ENG_20061122.0050", "according to", 0): "ok",
    ("te3silver-XIN_ENG_20061122.0050", "said", 0): "ok",
    ("te3silver-XIN_ENG_20061122.0050", "said", 1): "ok",
    ("te3silver-XIN_ENG_20061122.0050", "added", 0): "ok",
    ("te3silver-AFP_ENG_19970429.0693", "said", 0): "ok",
    ("te3silver-AFP_ENG_19970429.0693", "said", 1): "ok",
    ("te3silver-AFP_ENG_19970429.0693", "adding", 0): "ok",
    ("te3silver-AFP_ENG_19970429.0693", "said", 2): "speaker `he` unresolved (Kobayashi, the "
    "speaker of the quotation before)",
    ("te3silver-AFP_ENG_19970429.0693", "said", 3): "ok",
    ("te3silver-AFP_ENG_19970429.0693", "said", 4): "ok (`Harushige`: Kobayashi)",
    ("te3silver-AFP_ENG_20061230.0002", "said", 0): "ok",
    ("te3silver-AFP_ENG_20061230.0002", "said", 1): "ok",
    ("te3silver-AFP_ENG_20061230.0002", "said", 2): "ok (the next paragraph's quotation, Downer's)",
    ("te3silver-AFP_ENG_20061230.0002", "said", 3): "ok",
    ("te3silver-XIN_ENG_20051130.0265", "said", 0): "ok",
    ("te3silver-XIN_ENG_20051130.0265", "saying", 0): "content wrong: `at a meeting of the "
    "group's defense ministers' meeting in Moscow`, the phrase after the cue, for what was said "
    "before it (`The CSTO has long been interested in cooperation with NATO ...`)",
    ("te3silver-XIN_ENG_20051130.0265", "said", 1): "ok",
    ("te3silver-XIN_ENG_20051130.0265", "said", 2): "ok",
    ("te3silver-AFP_ENG_20051207.0175", "told", 0): "ok (`she`: the unnamed woman of the lead; "
    "the text names no one)",
    ("te3silver-AFP_ENG_20051207.0175", "told", 1): "ok (`she`, as before)",
    ("te3silver-AFP_ENG_20051207.0175", "told", 2): "ok (`she`, as before)",
    ("te3silver-AFP_ENG_20051207.0175", "said", 0): "ok (`She`, as before)",
    ("te3silver-AFP_ENG_20061211.0480", "saying", 0): "ok",
    ("te3silver-AFP_ENG_20061211.0480", "said", 0): "ok",
    ("te3silver-AFP_ENG_20061211.0480", "said", 1): "ok",
    ("te3silver-AFP_ENG_20061211.0480", "said", 2): "ok",
    ("te3silver-XIN_ENG_20061109.0396", "said", 0): "ok",
    ("te3silver-XIN_ENG_20061109.0396", "said", 1): "ok",
    ("te3silver-XIN_ENG_20061109.0396", "said", 2): "ok",
    ("te3silver-XIN_ENG_20061109.0396", "said", 3): "ok (`the IOBE report`)",
    ("te3silver-AFP_ENG_20061217.0099", "found", 0): "not speech: `South African cricket ... "
    "found itself enmeshed in front page controversy` read as a cue (speaker `itself`)",
    ("te3silver-AFP_ENG_20061217.0099", "reported", 0): "ok",
    ("te3silver-AFP_ENG_20061217.0099", "describes", 0): "ok (`the player`, as written: Kallis; "
    "his `good and valid personal reasons`)",
    ("te3silver-AFP_ENG_20061217.0099", "wrote", 0): "ok",
    ("te3silver-XIN_ENG_20061127.0437", "announced", 0): "ok (`the UN mission`, given as the "
    "United Nations)",
    ("te3silver-XIN_ENG_20061127.0437", "said", 0): "ok (`it`: the mission, as before)",
    ("te3silver-XIN_ENG_20061127.0437", "said", 1): "ok",
    ("te3silver-AFP_ENG_20061218.0530", "announced", 0): "ok",
    ("te3silver-AFP_ENG_20061218.0530", "said", 0): "ok",
    ("te3silver-AFP_ENG_20061211.0214", "announced", 0): "ok",
    ("te3silver-XIN_ENG_20051129.0367", "said", 0): "ok",
    ("te3silver-XIN_ENG_20051129.0367", "saying", 0): "ok (`the report of the Paris- based "
    "organization`, as written)",
    ("te3silver-XIN_ENG_20051129.0367", "said", 1): "ok",
    ("te3silver-XIN_ENG_20051129.0367", "said", 2): "ok (`The report`, as written)",
    ("te3silver-XIN_ENG_20051129.0367", "said", 3): "ok",
    ("te3silver-XIN_ENG_20051129.0367", "said", 4): "ok",
    ("te3silver-AFP_ENG_20061229.0164", "declared", 0): "not speech: a cricket side that "
    "`declared their second innings at 265 for eight` read as a cue",
    ("te3silver-XIN_ENG_20061107.0260", "said", 0): "ok",
    ("te3silver-XIN_ENG_20061107.0260", "told", 0): "ok",
    ("te3silver-XIN_ENG_20061107.0260", "said", 1): "ok",
    ("te3silver-XIN_ENG_20061107.0260", "said", 2): "ok",
    ("te3silver-XIN_ENG_20061107.0260", "said", 3): "ok",
    ("te3silver-XIN_ENG_20061107.0260", "said", 4): "ok",
    ("te3silver-AFP_ENG_20061201.0028", "condemned", 0): "ok (`The leader of Hong Kong's "
    "Catholics`, as written: Zen)",
    ("te3silver-AFP_ENG_20061201.0028", "described", 0): "ok",
    ("te3silver-AFP_ENG_20061201.0028", "said", 0): "ok",
    ("te3silver-AFP_ENG_20061201.0028", "said", 1): "ok (the next paragraph's quotation, Zen's)",
    ("te3silver-AFP_ENG_20061201.0028", "said", 2): "ok",
    ("te3silver-XIN_ENG_20051130.0059", "vowed", 0): "ok",
    ("te3silver-XIN_ENG_20051130.0059", "reported", 0): "ok",
    ("te3silver-XIN_ENG_20051130.0059", "said", 0): "ok",
    ("te3silver-XIN_ENG_20051130.0059", "said", 1): "ok",
    ("te3silver-XIN_ENG_20051130.0059", "said", 2): "ok",
    ("te3silver-AFP_ENG_20061211.0662", "said", 0): "ok",
    ("te3silver-AFP_ENG_20061211.0662", "said", 1): "ok",
    ("te3silver-AFP_ENG_20061211.0662", "said", 2): "speaker wrong: the Archdiocese of Los "
    "Angeles linked to the participant `Roman Catholic Archdiocese`, which merges it with "
    "Portland's",
    ("te3silver-AFP_ENG_19970425.0016", "reported", 0): "ok",
    ("te3silver-AFP_ENG_19970425.0016", "said", 0): "ok",
    ("te3silver-AFP_ENG_19970425.0016", "said", 1): "ok",
    ("te3silver-AFP_ENG_19970425.0016", "said", 2): "speaker wrong: `He` (the foreign ministry "
    "official, the speaker of the paragraph before) linked to Amanullah, the last person named",
    ("te3silver-AFP_ENG_19970425.0016", "added", 0): "speaker wrong: `He` linked to Amanullah, "
    "as before",
    ("te3silver-AFP_ENG_19970425.0016", "say", 0): "ok",
    ("te3silver-XIN_ENG_20061127.0368", "reported", 0): "ok",
    ("te3silver-XIN_ENG_20061127.0368", "declared", 0): "not speech: `declared the closing of "
    "the carnival` (a ceremony; the content is its object, `the closing of the carnival at the "
    "weekend in Abuja`)",
    ("te3silver-AFP_ENG_20051217.0027", "said", 0): "ok",
    ("te3silver-AFP_ENG_20051217.0027", "said", 1): "ok (the quotation runs on into the next "
    "paragraph, Lillee's)",
    ("te3silver-XIN_ENG_20061126.0137", "said", 0): "ok",
    ("te3silver-XIN_ENG_20061126.0137", "told", 0): "ok",
    ("te3silver-XIN_ENG_20061126.0137", "adding", 0): "ok",
    ("te3silver-AFP_ENG_20061213.0491", "said", 0): "ok",
    ("te3silver-AFP_ENG_20061213.0491", "told", 0): "ok",
}
# events missed (not counted): Moscow that `took control of the massive Sakhalin-2 project`,
# Gazprom that `secured control of the project` on Thursday and `agreed to pay 7.45 billion
# dollars` (AFP_ENG_20061222.0209), the regulators who `will unveil "significant changes"`,
# business groups that `have pressed the SEC` (XIN_ENG_20061117.0240), the wrangling that `broke
# off late Thursday` at the Brussels summit (AFP_ENG_20051215.0647), the ministers' meeting in
# Moscow (XIN_ENG_20051130.0265), the face transplant, the interview `published on Wednesday`,
# the woman `mauled by her dog in May` (AFP_ENG_20051207.0175), the match `called off on Sunday`
# in Johannesburg (XIN_ENG_20061119.0216), Iraq's decision to execute Saddam, the invasion of
# 2003, the Dujail execution of 1982 (AFP_ENG_20061230.0002), the Peak Tram's `mechanical
# failure` on Saturday and the service `resumed` (XIN_ENG_20061104.0147), Bachelet's decision to
# deny Pinochet a state funeral, his heart attack (AFP_ENG_20061211.0480), the report `issued on
# Thursday` (XIN_ENG_20061109.0396), the team `collapsed to 84 all out`, Kallis who `refused to
# sing the national anthem`, Boje who `retired` (AFP_ENG_20061217.0099), the forces that `have
# driven rebel soldiers out of an eastern town`, the FARDC `abandoning the town on Sunday`
# (XIN_ENG_20061127.0437), Hong Kong stocks that `went up 207.17 points` on Tuesday
# (XIN_ENG_20061127.0447), the weightlifter `stripped of her medal and disqualified`, Kyi Kyi Than
# `disqualified on Saturday`, the Uzbeks `tossed out of the Games on Sunday`
# (AFP_ENG_20061211.0214), Bollard's warning last month (XIN_ENG_20051129.0367), South Africa
# that `declared their second innings` at Kingsmead on Friday (AFP_ENG_20061229.0164), the
# attack on a religious school (XIN_ENG_20061107.0260), China that `ordained Wang Renlei` on
# Thursday, Zen who `condemned China` and `urged Beijing`, the bishops installed on April 30 and
# May 3 (AFP_ENG_20061201.0028), Sharon who `quit the party` and `formed a new centrist party`
# (XIN_ENG_20051130.0059), the archdiocese that `has settled with around 150 people`
# (AFP_ENG_20061211.0662), the All Share Price Index `decreasing by 15.14 points`
# (XIN_ENG_20061110.0091), the blaze on April 15, India that `has disowned` the allegations
# (AFP_ENG_19970425.0016), the carnival that `has ended`, the awards (XIN_ENG_20061127.0368),
# Warne's record on Saturday and his wickets (AFP_ENG_20051217.0027), Lillikas who `left for
# Finland on Sunday`, Tuomioja who `has invited` his counterparts to Tampere, Turkey that
# `militarily intervened` in 1974 (XIN_ENG_20061126.0137), Naval that `secured the services of
# Mariano Barreto`, who `will take over` from Mira (AFP_ENG_20061213.0491). Speech without a
# speaker, not counted: `it was announced that the match had officially been called off`
# (XIN_ENG_20061119.0216).
SIXTY_EIGHTH_MISSED: dict[str, str] = {
    "te3silver-XIN_ENG_20061117.0240": "the business groups' `complaining that the way Section "
    "404 is interpreted is overly broad ...`",
    "te3silver-AFP_ENG_20051215.0647": "`Blair indicated that Britain would present a set of "
    "fresh proposals` and the quotation after it, without a cue",
    "te3silver-XIN_ENG_20061109.0396": "the report's `and stressed that the increasing "
    "investments reflected an improving business climate`",
    "te3silver-XIN_ENG_20061127.0437": "`The UN mission, known by its French acronym MONUC, said "
    "that its blue helmets ... launched air strikes` (a `said` after an appositive)",
    "te3silver-XIN_ENG_20051130.0059": "Shalom's `asserting that he is the only one who can "
    "rehabilitate ...` and `indicating that he would invite Sharon ...` (after quotations)",
    "te3silver-AFP_ENG_19970425.0016": "`Amanullah claimed Indian pilgrims had been locked in "
    "their camp`",
    "te3silver-XIN_ENG_20061127.0368": "`Describing the carnival as a huge success, ... "
    "Runsewe hoped that next year's carnival would be bigger`",
}
SIXTY_EIGHTH_UNTUNED = (
    "events fully right 0.48 (16/33), statements right 87/95, 0 without a speaker, "
    "7 stories with missed speech"
)
# The headline of round thirty: the sixty-eighth sample's untuned reading alone (33 events; no
# sixty-ninth was drawn, seed 349 stays reserved), the first reading after round thirty (places,
# times, arguments, statements).
POOLED_UNTUNED_30 = SIXTY_EIGHTH_UNTUNED
# The headline of round twenty-four: the sixtieth and sixty-first samples' untuned readings
# pooled.
POOLED_UNTUNED_24 = (
    "events fully right 0.72 (18/25), statements right 24/27, 0 without a speaker, "
    "0 stories with missed speech"
)
# The headline of round twenty-three: the fifty-eighth and fifty-ninth samples' untuned readings
# pooled.
POOLED_UNTUNED_23 = (
    "events fully right 0.55 (11/20), statements right 24/30, 0 without a speaker, "
    "4 stories with missed speech"
)
# The headline of round twenty-two: the fifty-fifth to fifty-seventh samples' untuned readings
# pooled.
POOLED_UNTUNED_22 = (
    "events fully right 0.67 (20/30), statements right 31/38, 0 without a speaker, "
    "2 stories with missed speech"
)
# The headline of round twenty-one: the fifty-second to fifty-fourth samples' untuned readings
# pooled.
POOLED_UNTUNED_21 = (
    "events fully right 0.71 (15/21), statements right 23/29, 0 without a speaker, "
    "1 story with missed speech"
)
# The headline of round sixteen: the thirty-ninth and fortieth samples' untuned readings pooled.
POOLED_UNTUNED_16 = (
    "events fully right 0.68 (15/22), statements right 16/19, 0 without a speaker, "
    "0 stories with missed speech"
)
# The headline: the eighth and ninth samples' untuned readings pooled.
POOLED_UNTUNED_3 = (
    "events fully right 0.33 (10/30), statements right 44/55, 0 without a speaker, "
    "2 stories with missed speech"
)
FIFTH_UNTUNED = (
    "events fully right 0.37 (7/19), statements right 24/32, 0 without a speaker, "
    "2 stories with missed speech"
)
FOURTH_UNTUNED = (
    "events fully right 0.40 (4/10), statements right 22/24, 0 without a speaker, "
    "1 story with missed speech"
)


# Pooled error analysis (issue 7, step 1): every wrong event verdict of the five samples at
# first reading (the first sample's at commit d9c0a5e, the others' untuned verdicts at the
# commits that recorded them: d2bc8e3, 0c7a8bf, 31835f1, 47db20a), by cause. An event may
# have more than one cause. Causes are grouped by the general mechanism that removes them.
POOLED_ERRORS: list[tuple[str, str, str, tuple[str, ...]]] = [
    ("1", "tbaq-XIE19980808.0031", "killed", ("time missing",)),
    ("1", "tbaq-XIE19980808.0031", "injured", ("patient wrong", "time missing")),
    ("1", "tbaq-XIE19980808.0031", "were killed", ("time missing",)),
    ("1", "superdesk-aap-finance.xml", "sold", ("patient wrong", "counterpart missing")),
    ("1", "superdesk-scoop.xml", "sell", ("agent wrong", "patient wrong")),
    ("1", "superdesk-IPTC7901.txt", "launched coalition talks", ("list cut",)),
    ("1", "agnews-test-11", "propose", ("agent wrong",)),
    ("1", "agnews-test-33", "demanded", ("agent wrong",)),
    ("1", "agnews-test-61", "announced", ("time missing",)),
    ("2", "agnews-test-6869", "buy", ("not an event",)),
    ("2", "agnews-test-1112", "lowered its stock price", ("not an event",)),
    ("2", "fundus-us-Reuters-V1_1", "opened fire", ("time from another clause", "place missing")),
    ("2", "fundus-us-Reuters-V1_1", "killed", ("agent wrong", "time missing")),
    ("2", "fundus-us-Reuters-V1_1", "wounded", ("agent junk",)),
    ("2", "tbaq-XIE19990313.0031", "signed", ("list cut", "place wrong: dateline")),
    ("2", "tbaq-APW19990607.0041", "indicted", ("patient wrong", "place wrong")),
    ("2", "tbaq-APW19990607.0041", "killed", ("agent wrong", "time missing")),
    ("2", "tbaq-APW19990607.0041", "announced", ("agent wrong", "patient wrong")),
    ("2", "superdesk-KBN0FL0ZP", "was sworn in", ("patient wrong",)),
    ("2", "superdesk-KBN0FL0ZP", "protests against", ("time missing",)),
    ("2", "superdesk-KBN0FL0ZP", "killed", ("agent wrong",)),
    ("2", "tbaq-XIE19980808.0049", "killed", ("agent wrong", "time missing", "place missing")),
    ("2", "tbaq-XIE19980808.0049", "injured", ("not an event",)),
    ("3", "superdesk-KBN0FL0NN", "launches", ("not an event",)),
    ("3", "agnews-test-5425", "announced", ("agent wrong",)),
    ("3", "agnews-test-5425", "tour", ("not an event",)),
    ("3", "tbaq-XIE19980821.0077", "flew to", ("time from another clause",)),
    ("3", "agnews-test-5057", "sells", ("object cut",)),
    ("3", "tass-13", "discussed", ("time wrong", "place wrong: dateline")),
    ("3", "agnews-test-70", "arrested", ("place missing",)),
    ("3", "superdesk-L4N1FL0N0", "rose", ("agent of a disallowed kind",)),
    ("3", "superdesk-L4N1FL0N0", "travel to", ("not an event",)),
    ("3", "superdesk-L4N1FL0N0", "suggests", ("not an event",)),
    ("3", "tbaq-XIE19980814.0294", "were killed", ("place wrong",)),
    ("3", "tbaq-APW20000115.0209", "urged", ("role wrong",)),
    ("3", "tbaq-APW20000115.0209", "held such rallies", ("topic junk",)),
    ("3", "tbaq-APW20000115.0209", "signs", ("not an event",)),
    ("3", "tass-17", "killed", ("place wrong",)),
    ("3", "tass-17", "wounded", ("agent wrong", "place wrong")),
    ("3", "tass-17", "killed", ("time wrong",)),
    ("3", "tass-17", "wounded", ("agent wrong",)),
    ("3", "agnews-test-318", "buy", ("place wrong",)),
    ("3", "agnews-test-7426", "opened", ("not an event",)),
    ("4", "tbaq-XIE19990210.0079", "ratified", ("place wrong: dateline",)),
    ("4", "agnews-test-2837", "announced", ("object cut",)),
    ("4", "tass-12", "BRICS Media Summit", ("organizer missing",)),
    ("4", "tass-12", "BRICS Media Summit", ("time missing", "organizer missing")),
    ("4", "tass-12", "BRICS Media Dialogue", ("time missing", "place missing")),
    ("4", "agnews-test-1642", "announce", ("time missing",)),
    ("5", "tass-20", "discuss", ("list cut", "agent wrong")),
    ("5", "tass-20", "agreed", ("modality wrong", "patient wrong")),
    ("5", "tbaq-XIE19980808.0060", "died", ("time from another clause", "place missing")),
    ("5", "tbaq-XIE19980808.0060", "injured", ("patient wrong",)),
    ("5", "agnews-test-176", "arrived in", ("not an event",)),
    ("5", "agnews-test-7378", "gained", ("place missing",)),
    ("5", "agnews-test-5950", "announced the sale", ("list cut", "object cut")),
    ("5", "agnews-test-505", "sanctions on", ("agent junk",)),
    ("5", "tbaq-XIE19990227.0171", "signed", ("agent of a disallowed kind",)),
    ("5", "tbaq-XIE19990227.0171", "signed", ("place wrong: dateline",)),
    ("5", "agnews-test-5661", "killed", ("patient junk", "place missing")),
    ("5", "tbaq-XIE19980808.0188", "were wounded", ("place from another clause",)),
    # the sixth and seventh samples' first readings (commit 11ee944), added in round three
    ("6", "tbaq-XIE19990313.0229", "signed", ("list cut",)),
    ("6", "agnews-test-4604", "cutting 4,600 jobs", ("patient wrong",)),
    ("6", "tbaq-APW20000405.0276", "announced", ("topic wrong", "place missing")),
    ("6", "tass-11", "introduced", ("not an event", "agent wrong")),
    ("6", "tass-11", "propose", ("agent wrong", "object cut")),
    ("6", "tbaq-APW19980826.0389", "met", ("place missing",)),
    ("7", "agnews-test-2574", "output rose", ("agent wrong",)),
    ("7", "tass-19", "hold elections", ("modality wrong",)),
    ("7", "tass-19", "hold elections", ("agent wrong", "modality wrong")),
    ("7", "tass-15", "agreed to", ("topic wrong",)),
    ("7", "tass-15", "agreed", ("object cut",)),
    # the eighth's and ninth's first readings (from their verdicts' untuned notes), the
    # tenth's (commit 782b689) and the eleventh's and twelfth's (this round's code, commit
    # 8a6559e), added in round five
    ("8", "tass-6", "impose new sanctions", ("place wrong", "patient wrong")),
    ("8", "agnews-test-1423", "meet", ("not an event",)),
    ("8", "agnews-test-1423", "visit", ("not an event",)),
    ("8", "agnews-test-932", "jumped", ("agent junk",)),
    ("8", "tbaq-APW19980227.0494", "signed", ("list cut",)),
    ("8", "tbaq-APW19980322.0749", "bombed", ("time from another clause",)),
    ("8", "tbaq-APW19980322.0749", "arrested", ("agent wrong",)),
    ("8", "agnews-test-5993", "were killed", ("place missing",)),
    ("8", "agnews-test-5861", "unveiled", ("agent wrong",)),
    ("8", "agnews-test-1738", "agreed to", ("list cut", "topic junk")),
    (
        "9",
        "tbaq-APW19991008.0151",
        "arrested",
        ("time from another clause", "place wrong", "patient wrong"),
    ),
    ("9", "tbaq-APW19991008.0151", "arrest", ("not an event",)),
    ("9", "tbaq-APW19991008.0151", "killed", ("time missing",)),
    ("9", "tbaq-APW19991008.0151", "arrested", ("place missing",)),
    ("9", "tbaq-APW19991008.0151", "launched", ("not an event",)),
    ("9", "agnews-test-5252", "met", ("agent wrong",)),
    ("9", "agnews-test-961", "launched", ("object cut",)),
    ("9", "tass-16", "discussed", ("list cut",)),
    ("9", "tass-16", "talked", ("agent wrong",)),
    ("9", "agnews-test-3408", "killed", ("patient junk",)),
    ("10", "tbaq-APW19980911.0475", "killed", ("not an event",)),
    ("10", "tbaq-APW19980911.0475", "were killed", ("time missing",)),
    ("10", "tbaq-APW19980219.0476", "killed", ("agent junk", "patient wrong", "modality wrong")),
    ("10", "tbaq-APW19980219.0476", "attacked", ("time from another clause", "patient wrong")),
    ("10", "tbaq-APW19980219.0476", "killed", ("time from another clause", "modality wrong")),
    ("10", "tbaq-APW19980219.0476", "died", ("time from another clause", "modality wrong")),
    ("10", "tbaq-APW19980820.1428", "attacks on", ("agent wrong", "time missing")),
    ("10", "tbaq-APW19980820.1428", "were injured", ("time missing", "place missing")),
    ("10", "agnews-test-192", "announced", ("object cut",)),
    ("11", "agnews-test-7195", "launched a frontal assault", ("not an event",)),
    ("11", "tbaq-APW20000216.0272", "called for", ("object cut", "time missing", "place missing")),
    ("11", "agnews-test-7553", "imposed fresh sanctions", ("patient wrong",)),
    ("11", "tbaq-APW20000106.0064", "appealed to", ("role wrong",)),
    ("11", "tbaq-APW19980213.1380", "urged", ("topic junk",)),
    ("11", "tbaq-APW19980301.0720", "calls for", ("agent junk",)),
    ("12", "tbaq-APW19980418.0210", "appointed", ("patient wrong", "time missing")),
    ("12", "agnews-test-47", "voted", ("topic missing",)),
    ("12", "tbaq-APW19980813.1117", "killed", ("time missing", "place missing")),
    ("12", "tbaq-APW19980813.1117", "injured", ("time missing", "place missing")),
    ("12", "tbaq-APW19980213.1320", "announced", ("topic missing",)),
    # the thirteenth's first reading (round five's final code, commit 3e11072)
    ("13", "tbaq-APW19990506.0155", "arrest", ("not an event",)),
    ("13", "agnews-test-4099", "rose", ("agent wrong",)),
    ("13", "agnews-test-4148", "attacks on", ("not an event",)),
    ("13", "tbaq-APW19991008.0265", "arrested", ("time wrong", "place wrong")),
    ("13", "tbaq-APW19991008.0265", "killed", ("agent junk", "time missing", "place missing")),
    ("13", "tbaq-APW19991008.0265", "announced", ("agent wrong", "topic junk")),
    ("13", "agnews-test-3912", "declared", ("time wrong", "object cut")),
    # the fourteenth's first reading (round six's code, commit 138d5e3)
    ("14", "agnews-test-1186", "demanded", ("agent wrong",)),
    ("14", "superdesk-ap-nitf.xml", "produced", ("not an event",)),
    ("14", "superdesk-ap-nitf.xml", "sell", ("not an event", "agent junk")),
    ("14", "agnews-test-6248", "acquire", ("agent wrong", "object cut")),
    ("14", "agnews-test-4874", "called on", ("topic junk",)),
    ("14", "agnews-test-3015", "discuss", ("agent junk", "object cut")),
    ("14", "agnews-test-6108", "attacks on", ("agent wrong",)),
    ("14", "tbaq-APW19980930.0425", "attacks on", ("time missing",)),
    ("14", "tbaq-APW19980930.0425", "killed", ("place missing",)),
    ("14", "tbaq-APW19980930.0425", "injured", ("place missing",)),
    ("14", "tbaq-APW19980930.0425", "were killed", ("place missing",)),
    ("14", "tbaq-APW19990410.0123", "was killed", ("place missing",)),
    # the fifteenth's first reading (round seven's code, commit fb4ebc1)
    ("15", "tbaq-APW20000124.0182", "indicted", ("place wrong",)),
    ("15", "tbaq-APW20000124.0182", "was killed", ("time missing", "place missing")),
    ("15", "agnews-test-7579", "launched an offensive", ("patient missing",)),
    ("15", "tbaq-APW19980808.0022", "were killed", ("time missing", "place missing")),
    ("15", "tbaq-APW19980808.0022", "injured", ("time missing", "place missing")),
    ("15", "tbaq-APW19980808.0022", "were killed", ("time missing", "place missing")),
    ("15", "tbaq-APW19980808.0022", "wounded", ("time missing", "place missing")),
    ("15", "agnews-test-3915", "visit", ("list cut",)),
    ("15", "agnews-test-4049", "agreed to", ("time from another clause",)),
    ("15", "tbaq-APW20000128.0316", "perished", ("time missing",)),
    ("15", "tbaq-APW19991024.0075", "was killed", ("patient wrong", "time missing")),
    ("15", "tbaq-APW20000403.0057", "signed", ("not an event", "patient junk")),
    ("15", "agnews-test-57", "buy", ("agent wrong",)),
    ("16", "tbaq-APW19980227.0468", "built", ("not an event",)),
    ("16", "agnews-test-6293", "go on strike", ("agent wrong",)),
    ("16", "tbaq-APW19980213.1310", "voted", ("topic missing",)),
    ("16", "tbaq-APW19980213.1310", "voted", ("patient junk", "topic missing", "time missing")),
    ("16", "tbaq-APW19980213.1310", "voted", ("agent junk", "topic missing")),
    ("16", "tbaq-APW19980308.0201", "marched", ("topic missing",)),
    ("16", "tbaq-APW20000401.0150", "launched", ("not an event", "time wrong")),
    ("16", "tbaq-APW20000401.0150", "declared", ("agent wrong",)),
    ("17", "agnews-test-6736", "resigned", ("place wrong",)),
    ("17", "agnews-test-695", "announced", ("object cut",)),
    ("17", "agnews-test-7400", "killed", ("place missing",)),
    ("17", "agnews-test-5288", "appealed for", ("object cut",)),
    ("18", "agnews-test-6276", "signed an agreement", ("topic missing",)),
    ("18", "agnews-test-5983", "sealed a free trade agreement", ("time wrong",)),
    ("18", "agnews-test-1338", "earned", ("patient missing", "agent wrong")),
    ("18", "agnews-test-3478", "travel to", ("not an event",)),
    ("18", "agnews-test-1521", "shut down", ("not an event",)),
    ("19", "agnews-test-2361", "killed", ("place missing",)),
    ("19", "agnews-test-3494", "sign contracts", ("topic missing",)),
    ("19", "agnews-test-5011", "exports to", ("not an event", "agent wrong")),
    ("19", "agnews-test-5549", "buy", ("not an event",)),
    # the twentieth's and twenty-first's first readings (round ten's code, commit a146a59)
    ("20", "agnews-test-1358", "declared", ("not an event",)),
    ("21", "agnews-test-3743", "agreed to", ("list cut",)),
    ("21", "agnews-test-5811", "meet", ("list cut", "modality wrong")),
    ("21", "agnews-test-87", "reported a profit", ("agent wrong",)),
    ("21", "agnews-test-87", "invest", ("object cut", "modality wrong")),
    ("22", "agnews-test-580", "go to the polls", ("modality wrong", "place missing")),
    ("22", "agnews-test-6287", "met with", ("topic missing",)),
    # the twenty-fourth to twenty-seventh first readings (round twelve's code, commit 21e616f)
    ("24", "agnews-test-5538", "struck a groundbreaking deal", ("list cut",)),
    ("25", "agnews-test-1594", "were killed", ("place missing",)),
    ("25", "agnews-test-5939", "exploded", ("place missing",)),
    ("25", "agnews-test-5939", "killing", ("place missing",)),
    ("26", "agnews-test-4972", "met", ("list cut", "place wrong", "topic missing")),
    ("26", "agnews-test-1506", "marched", ("place missing",)),
    ("26", "agnews-test-1500", "suggests", ("not an event", "agent junk")),
    ("27", "agnews-test-1538", "sanctions on", ("modality wrong", "agent missing")),
    # the twenty-eighth to thirty-first first readings (round thirteen's code, commit 5e7a47a)
    ("28", "agnews-test-793", "attacks on", ("agent missing", "modality wrong")),
    ("28", "agnews-test-5673", "might close", ("agent junk",)),
    ("28", "agnews-test-5440", "shut", ("modality wrong",)),
    ("29", "agnews-test-5371", "rose", ("agent wrong", "place wrong")),
    ("29", "agnews-test-5834", "impose an arms embargo", ("agent missing",)),
    ("31", "agnews-test-1505", "jailed", ("place from another clause",)),
    ("32", "agnews-test-5165", "closed down", ("place missing",)),
    ("32", "agnews-test-4840", "announced", ("topic cut",)),
    ("34", "agnews-test-394", "attacked", ("place missing",)),
    ("34", "agnews-test-7484", "elected", ("list cut",)),
    ("35", "agnews-test-743", "were killed", ("place missing",)),
    # the thirty-sixth to thirty-eighth first readings (round fifteen's code, commit 46cb69f)
    ("36", "agnews-test-3108", "suggested", ("not an event", "topic wrong")),
    ("37", "agnews-test-3519", "urge", ("agent wrong", "modality wrong")),
    ("37", "agnews-test-5324", "met", ("topic missing",)),
    ("37", "agnews-test-2921", "calls for", ("topic cut",)),
    ("38", "agnews-test-1456", "declared", ("topic wrong",)),
    ("38", "agnews-test-4467", "urged", ("topic wrong",)),
    ("38", "agnews-test-4467", "resume stalled talks", ("agent wrong", "topic cut")),
    ("38", "agnews-test-479", "announced", ("topic cut",)),
    ("38", "agnews-test-5310", "agreed to", ("list cut",)),
    ("38", "agnews-test-4472", "killed", ("agent wrong", "place missing")),
    ("39", "agnews-test-6314", "purchased", ("agent junk",)),
    ("39", "agnews-test-3856", "killed", ("place missing",)),
    ("39", "agnews-test-7277", "reach an agreement", ("topic cut",)),
    ("40", "agnews-test-650", "agreed to", ("topic wrong",)),
    ("40", "agnews-test-1967", "were killed", ("place missing",)),
    ("40", "agnews-test-34", "announce", ("agent wrong",)),
    ("40", "agnews-test-7530", "were killed", ("place missing",)),
    ("41", "agnews-test-833", "attacks on", ("place missing",)),
    ("41", "agnews-test-5163", "jumped", ("agent wrong",)),
    ("42", "agnews-test-643", "appealed for", ("topic cut",)),
    ("42", "agnews-test-6995", "agreed", ("counterpart missing",)),
    ("43", "agnews-test-6109", "signed", ("patient wrong", "place wrong")),
    ("43", "agnews-test-7463", "sanctions on", ("not an event",)),
    ("43", "agnews-test-4529", "reached agreement", ("topic missing",)),
    ("43", "agnews-test-6192", "killed", ("place missing",)),
    ("43", "agnews-test-204", "killed", ("place missing",)),
    # the forty-fourth to forty-sixth first readings (round eighteen's code, commit 6d21233)
    ("44", "agnews-test-323", "signed", ("list cut",)),
    ("44", "agnews-test-640", "halted operations", ("modality wrong",)),
    ("45", "agnews-test-185", "agreed to", ("topic wrong",)),
    ("45", "agnews-test-7592", "arrest", ("agent wrong", "modality wrong")),
    ("45", "agnews-test-1817", "urged", ("topic missing",)),
    ("46", "agnews-test-5541", "ratified", ("place wrong: dateline",)),
    # the forty-seventh to forty-ninth first readings (round nineteen's code, commit c52644e)
    ("47", "agnews-test-7238", "were killed", ("place missing",)),
    ("47", "agnews-test-3053", "sell", ("counterpart missing", "place wrong")),
    ("47", "agnews-test-5404", "proposed", ("not an event",)),
    ("47", "agnews-test-6886", "met", ("place missing",)),
    ("49", "agnews-test-3826", "announced", ("topic cut", "agent wrong")),
    ("49", "agnews-test-4464", "stormed", ("place missing",)),
    ("49", "agnews-test-4464", "killing", ("place missing",)),
    # the fiftieth and fifty-first first readings (round twenty's code, commit 749ec98)
    ("50", "agnews-test-181", "fell", ("agent junk",)),
    ("50", "agnews-test-4611", "introduced", ("list cut",)),
    ("50", "agnews-test-4590", "agreed to", ("agent wrong",)),
    ("51", "agnews-test-3449", "sell", ("counterpart missing",)),
    ("51", "agnews-test-3501", "declared", ("topic junk",)),
    ("51", "agnews-test-1859", "took over as", ("object cut",)),
    # the fifty-second to fifty-fourth first readings (round twenty-one's code, commit 2342d3e)
    ("52", "agnews-test-2219", "kidnapped", ("patient junk",)),
    ("53", "agnews-test-1840", "was shot dead", ("place missing",)),
    ("53", "agnews-test-5361", "tore through", ("object cut",)),
    ("53", "agnews-test-4709", "ratified", ("place missing",)),
    ("53", "agnews-test-5953", "announced", ("patient wrong",)),
    ("54", "agnews-test-340", "agreed", ("topic junk",)),
    # the fifty-fifth to fifty-seventh first readings (round twenty-two's code, commit 0ac0d3f)
    ("55", "agnews-test-1892", "demanded", ("topic cut", "counterpart missing")),
    ("56", "agnews-test-164", "peace talks", ("place wrong: dateline", "agent missing")),
    ("56", "agnews-test-5656", "wounded", ("place wrong: dateline",)),
    ("56", "agnews-test-2931", "bought", ("object cut", "counterpart missing")),
    ("57", "agnews-test-7087", "begin talks", ("counterpart missing", "topic missing")),
    ("57", "agnews-test-1776", "shut", ("place cut",)),
    ("57", "agnews-test-3189", "buy", ("place wrong", "counterpart missing")),
    ("57", "agnews-test-1769", "A powerful earthquake", ("place missing",)),
    ("57", "agnews-test-1769", "killing", ("place missing",)),
    ("57", "agnews-test-1769", "injuring", ("place missing",)),
    ("58", "agnews-test-1765", "An earthquake", ("place missing",)),
    ("58", "agnews-test-1765", "killing", ("place missing",)),
    ("58", "agnews-test-1765", "injuring", ("place missing",)),
    ("58", "agnews-test-2673", "rose", ("place wrong",)),
    (
        "59",
        "agnews-test-6580",
        "survived three parliamentary no-confidence votes",
        ("topic missing", "agent missing"),
    ),
    ("59", "agnews-test-6708", "sealed deals", ("counterpart missing",)),
    ("59", "agnews-test-6708", "acquired", ("counterpart missing",)),
    ("59", "agnews-test-5350", "demanded", ("counterpart missing",)),
    ("59", "agnews-test-4162", "invest", ("patient missing",)),
    ("60", "agnews-test-1092", "negotiate", ("agent wrong",)),
    ("60", "agnews-test-2766", "agreed", ("agent wrong", "place wrong: dateline")),
    ("60", "agnews-test-1432", "rise", ("agent wrong",)),
    ("60", "agnews-test-4599", "killed", ("patient missing",)),
    ("60", "agnews-test-4814", "wounded", ("agent wrong",)),
    ("60", "agnews-test-2613", "sold", ("patient wrong",)),
    ("61", "agnews-test-1366", "held crisis talks", ("place wrong",)),
    ("62", "agnews-test-6801", "sign any new pacts", ("modality wrong",)),
    ("63", "te3silver-XIN_ENG_20061120.0062", "The closure", ("patient junk",)),
    (
        "63",
        "te3silver-AFP_ENG_19970412.0213",
        "visit",
        ("agent junk", "destination junk", "modality wrong"),
    ),
    ("63", "te3silver-AFP_ENG_19970412.0213", "arrested", ("place missing",)),
    ("63", "te3silver-XIN_ENG_20061121.0292", "offered to", ("not an event",)),
    ("63", "te3silver-XIN_ENG_20061121.0003", "visited", ("time from another clause",)),
    (
        "63",
        "te3silver-XIN_ENG_20061121.0003",
        "Leadership Summit",
        ("time from another clause", "place missing"),
    ),
    ("63", "te3silver-AFP_ENG_19970416.0040", "killed", ("place missing",)),
    ("63", "te3silver-AFP_ENG_19970416.0040", "died", ("place missing",)),
    ("63", "te3silver-AFP_ENG_19970416.0040", "were injured", ("place missing",)),
    ("63", "te3silver-XIN_ENG_20061124.0070", "exploded", ("time wrong", "place missing")),
    ("63", "te3silver-XIN_ENG_20051126.0192", "was elected", ("time from another clause",)),
    ("63", "te3silver-AFP_ENG_19970415.0471", "elected", ("modality wrong",)),
    (
        "63",
        "te3silver-AFP_ENG_20061221.0533",
        "make an announcement",
        ("agent wrong", "topic junk", "time missing"),
    ),
    ("63", "te3silver-AFP_ENG_20061221.0533", "named as", ("not an event",)),
    ("64", "te3silver-XIN_ENG_20061121.0406", "visited", ("place missing",)),
    ("64", "te3silver-AFP_ENG_20061201.0459", "were shot dead", ("agent wrong",)),
    ("64", "te3silver-XIN_ENG_20061125.0155", "took place", ("type wrong", "place missing")),
    ("64", "te3silver-XIN_ENG_20061125.0155", "happened", ("type wrong", "place missing")),
    ("64", "te3silver-XIN_ENG_20061125.0155", "killed", ("place missing",)),
    ("64", "te3silver-XIN_ENG_20061125.0155", "were killed", ("place missing",)),
    ("64", "te3silver-AFP_ENG_20061219.0018", "slipped", ("time wrong", "place missing")),
    ("64", "te3silver-XIN_ENG_20051101.0345", "killed", ("negation wrong",)),
    ("64", "te3silver-AFP_ENG_19970402.0094", "attacked", ("place missing",)),
    ("64", "te3silver-AFP_ENG_19970402.0094", "built", ("patient wrong",)),
    (
        "64",
        "te3silver-AFP_ENG_19970402.0094",
        "signed an agreement",
        ("counterpart wrong", "agent missing"),
    ),
    ("64", "te3silver-XIN_ENG_20051116.0013", "APEC Ministerial Meeting", ("time wrong",)),
    ("64", "te3silver-AFP_ENG_20061216.0295", "staged competing protests", ("place missing",)),
    ("64", "te3silver-XIN_ENG_20061108.0218", "rose", ("place wrong",)),
    ("64", "te3silver-XIN_ENG_20061103.0399", "rise", ("time missing",)),
    ("64", "te3silver-XIN_ENG_20061103.0399", "exported", ("time wrong",)),
    ("64", "te3silver-XIN_ENG_20061103.0399", "exported", ("time wrong",)),
    ("64", "te3silver-AFP_ENG_20051212.0555", "call for", ("topic cut",)),
    ("64", "te3silver-XIN_ENG_20051114.0302", "died", ("time missing", "place missing")),
    ("64", "te3silver-AFP_ENG_20051210.0277", "acquire", ("modality wrong",)),
    ("64", "te3silver-AFP_ENG_20061230.0226", "call for", ("topic cut",)),
    ("65", "te3silver-AFP_ENG_19970415.0521", "flooding", ("time missing", "place wrong")),
    ("65", "te3silver-AFP_ENG_19970415.0521", "requested", ("agent wrong",)),
    ("65", "te3silver-XIN_ENG_20061121.0015", "called for", ("topic cut",)),
    ("65", "te3silver-XIN_ENG_20061114.0018", "ASEAN Summit", ("place missing",)),
    ("65", "te3silver-AFP_ENG_19970407.0157", "shot dead", ("place missing",)),
    (
        "65",
        "te3silver-AFP_ENG_19970407.0157",
        "shot dead",
        ("agent wrong", "time missing", "place missing"),
    ),
    ("65", "te3silver-AFP_ENG_19970407.0157", "died", ("time missing", "place missing")),
    ("65", "te3silver-XIN_ENG_20051128.0073", "kidnapped", ("place missing",)),
    ("65", "te3silver-AFP_ENG_20061226.0387", "announced", ("time missing",)),
    ("65", "te3silver-XIN_ENG_20051122.0233", "called on", ("topic cut",)),
    ("65", "te3silver-AFP_ENG_20061201.0595", "announced", ("topic junk",)),
    ("65", "te3silver-AFP_ENG_20061201.0595", "discuss", ("place missing",)),
    ("65", "te3silver-AFP_ENG_20051212.0486", "voted", ("time missing", "place missing")),
    ("65", "te3silver-AFP_ENG_20061217.0145", "killed", ("place missing",)),
    (
        "65",
        "te3silver-AFP_ENG_20061217.0145",
        "killed",
        ("agent junk", "time missing", "place missing"),
    ),
    ("65", "te3silver-AFP_ENG_20061217.0145", "were killed", ("time missing",)),
    ("65", "te3silver-AFP_ENG_20061215.0065", "agreed to", ("agent wrong",)),
    ("65", "te3silver-AFP_ENG_20061215.0065", "to close", ("place cut", "time missing")),
    ("65", "te3silver-XIN_ENG_20061110.0154", "voted", ("time missing",)),
    ("65", "te3silver-XIN_ENG_20051118.0240", "rose", ("agent wrong",)),
    ("65", "te3silver-AFP_ENG_20051211.0341", "arrested", ("place missing",)),
    (
        "66",
        "te3silver-AFP_ENG_19970422.0382",
        "were killed",
        ("time from another clause", "place wrong: dateline"),
    ),
    (
        "66",
        "te3silver-AFP_ENG_19970422.0382",
        "injured",
        ("time from another clause", "place wrong: dateline"),
    ),
    ("66", "te3silver-XIN_ENG_20061115.0330", "approved", ("time missing",)),
    ("66", "te3silver-XIN_ENG_20061101.0171", "hold their first talks", ("topic wrong",)),
    ("66", "te3silver-XIN_ENG_20061101.0171", "agreed on", ("time missing",)),
    ("66", "te3silver-XIN_ENG_20061130.0405", "ratified", ("type wrong",)),
    ("66", "te3silver-AFP_ENG_20061219.0059", "suggested", ("topic cut",)),
    ("66", "te3silver-AFP_ENG_20061204.0648", "perished", ("place missing",)),
    ("66", "te3silver-AFP_ENG_20061204.0648", "died", ("place missing",)),
    (
        "66",
        "te3silver-AFP_ENG_19970413.0398",
        "holding talks",
        ("agent missing", "list cut", "place missing"),
    ),
    (
        "66",
        "te3silver-AFP_ENG_19970413.0398",
        "issued a statement",
        ("time wrong", "place missing"),
    ),
    ("66", "te3silver-AFP_ENG_19970413.0398", "met", ("time wrong", "place missing")),
    ("66", "te3silver-AFP_ENG_19970413.0398", "discuss", ("counterpart missing", "place missing")),
    ("66", "te3silver-XIN_ENG_20061115.0132", "held talks", ("topic cut", "place missing")),
    ("66", "te3silver-XIN_ENG_20061115.0132", "attacks on", ("agent missing",)),
    (
        "66",
        "te3silver-XIN_ENG_20051114.0329",
        "attacked",
        ("agent junk", "time missing", "place missing"),
    ),
    ("66", "te3silver-XIN_ENG_20051114.0329", "were killed", ("time missing", "place missing")),
    ("66", "te3silver-AFP_ENG_20061219.0439", "arrested", ("time missing",)),
    (
        "66",
        "te3silver-XIN_ENG_20061115.0230",
        "a major earthquake",
        ("place wrong", "time missing"),
    ),
    ("66", "te3silver-AFP_ENG_20061217.0330", "kidnapped", ("agent missing",)),
    ("66", "te3silver-XIN_ENG_20051116.0182", "met", ("time missing", "place missing")),
    ("66", "te3silver-XIN_ENG_20051116.0182", "attacks on", ("agent missing",)),
    ("67", "te3silver-XIN_ENG_20051117.0053", "announced", ("topic wrong", "time missing")),
    ("67", "te3silver-AFP_ENG_19970416.0318", "lower the accounting rate", ("agent missing",)),
    ("67", "te3silver-XIN_ENG_20061103.0184", "arrested", ("time missing",)),
    ("67", "te3silver-XIN_ENG_20061128.0310", "bus crash", ("agent wrong", "time missing")),
    ("67", "te3silver-XIN_ENG_20061128.0310", "were injured", ("place missing",)),
    ("67", "te3silver-XIN_ENG_20061128.0310", "signs", ("not an event",)),
    ("67", "te3silver-AFP_ENG_19970422.0093", "closed down", ("type wrong", "time missing")),
    ("67", "te3silver-AFP_ENG_20051212.0342", "were charged with", ("place wrong",)),
    ("67", "te3silver-AFP_ENG_20051212.0342", "jailed", ("patient wrong",)),
    ("67", "te3silver-XIN_ENG_20051105.0085", "meet with", ("list cut", "place missing")),
    ("67", "te3silver-AFP_ENG_20051213.0484", "killed", ("time missing", "place missing")),
    ("67", "te3silver-AFP_ENG_20061227.0414", "unveiled", ("type wrong",)),
    ("68", "te3silver-AFP_ENG_20051215.0647", "agreed", ("topic cut",)),
    ("68", "te3silver-XIN_ENG_20061122.0050", "exported", ("agent wrong",)),
    ("68", "te3silver-AFP_ENG_19970429.0693", "gained", ("time missing",)),
    ("68", "te3silver-XIN_ENG_20061104.0147", "demanded", ("topic wrong", "counterpart missing")),
    ("68", "te3silver-AFP_ENG_20061217.0099", "discuss", ("topic missing",)),
    ("68", "te3silver-XIN_ENG_20061127.0437", "announced", ("topic wrong",)),
    (
        "68",
        "te3silver-XIN_ENG_20061127.0437",
        "launched air strikes",
        ("type wrong", "agent missing", "place missing"),
    ),
    ("68", "te3silver-XIN_ENG_20061127.0437", "launched attacks", ("place missing",)),
    ("68", "te3silver-XIN_ENG_20061127.0437", "killed", ("place missing", "time wrong")),
    ("68", "te3silver-XIN_ENG_20051130.0059", "announced", ("topic cut", "time missing")),
    ("68", "te3silver-AFP_ENG_20061211.0662", "agreed to", ("agent wrong", "time missing")),
    ("68", "te3silver-AFP_ENG_19970425.0016", "died", ("patient junk", "place missing")),
    ("68", "te3silver-AFP_ENG_19970425.0016", "died", ("time missing", "place missing")),
    ("68", "te3silver-AFP_ENG_19970425.0016", "killed", ("place missing",)),
    ("68", "te3silver-AFP_ENG_19970425.0016", "wounded", ("place missing",)),
    ("68", "te3silver-XIN_ENG_20061127.0368", "declared", ("place missing",)),
    (
        "68",
        "te3silver-XIN_ENG_20061126.0137",
        "Euro- Mediterranean Conference",
        ("place missing",),
    ),
]
POOLED_SAMPLES = (
    "1",
    "2",
    "3",
    "4",
    "5",
    "6",
    "7",
    "8",
    "9",
    "10",
    "11",
    "12",
    "13",
    "14",
    "15",
    "16",
    "17",
    "18",
    "19",
    "20",
    "21",
    "22",
    "23",
    "24",
    "25",
    "26",
    "27",
    "28",
    "29",
    "30",
    "31",
    "32",
    "33",
    "34",
    "35",
    "36",
    "37",
    "38",
    "39",
    "40",
    "41",
    "42",
    "43",
    "44",
    "45",
    "46",
    "47",
    "48",
    "49",
    "50",
    "51",
    "52",
    "53",
    "54",
    "55",
    "56",
    "57",
    "58",
    "59",
    "60",
    "61",
    "62",
    "63",
    "64",
    "65",
    "66",
    "67",
    "68",
)
# The general mechanism (issue 7, step 2) each cause falls under.
ROUND_TWELVE: list[tuple[str, str]] = [
    (
        "modality wrong",
        "a simple present (its -s form or base a trigger too, the rest of the trigger alike: "
        "`go to the polls`/`goes to the polls`) right after `when`, `until`, `before`, `once`, "
        "`as soon as` in a sentence that looks ahead (`will`, `may`, `a chance`, `hopes`: "
        "`prospect` in [modality]) is future (`has a chance when voters go to the polls`, "
        "`OPEC may resist calls ... when it meets this week`); without such a word it is a "
        "habit and stays (`When oil prices rise, interest often does`); a bare weekday with a "
        "base-form present or a progressive is still to come, moved to the week after the "
        "story's date when read back (`ministers meet on Thursday`); an -s form with a weekday "
        "stays done (`X agrees to a contract ... on Monday`, a headline's past), and so do "
        "pasts written like their base (`shut down ... on Monday`: `past_as_base`)",
    ),
    (
        "topic missing",
        "what a meeting or talks are about (`purpose` of `meeting` and `talks`: `for talks "
        "focusing on X`, `to discuss X`; for talks also `on`/`about` past a place or a time), "
        "with the topic's own `between X and Y` pair and a gerund's phrase whole (`talks on "
        "fighting X`, `about joining its coalition`); a participle's own preposition is no "
        "purpose (`clinging to power as he seeks to X`)",
    ),
    (
        "place missing",
        "`in the country's X`, `in the nation`: the story's one country named before it "
        "(`country_phrase`; none when two are named)",
    ),
    (
        "missed events",
        "`survived`/`faced`/`lost` a confidence, no-confidence, impeachment or recall vote is "
        "a vote its subject underwent (patient; the phrase holds what was voted on); `summit` "
        "and `cabinet` as modifiers of a held meeting or talks (`hold a summit meeting`); a "
        "`, who ...,` clause of up to 24 tokens skipped between a subject and its verb (`Philip "
        "Knight, who helped transform ... company, will step down`: the subject was lost, so "
        "the event abstained); a market `average` or `benchmark` moves as a price (`The Dow "
        "Jones industrial average fell`)",
    ),
]
MECHANISMS: dict[str, str] = {
    "list cut": "coordination: lists and `and its X` as one argument or several; round "
    "seven: a visit's list of destinations",
    "object cut": "coordination: lists and `and its X` as one argument or several; round "
    "seven: the noun-phrase layer (`of`-complements, title abbreviations, `and officials`)",
    "patient missing": "round seven: the target of a light-verb attack noun (`noun_target`); "
    "round twenty-four: what money goes into (`invest $X in Y`, `invest in Y`)",
    "counterpart missing": "round twenty-three: the seller after the price; round twenty-four: "
    "the party after a deal's worth or the bought firm's country, the antecedent of `from "
    "which`/`with whom`, whom a demand is made of (`from X`)",
    "time from another clause": "time and place shared with a `when`/`since` clause; round "
    "five: a time or place only from the trigger's own clause (not a relative, `when`, "
    "`after`, `that` clause of another verb, not one dating a noun, not before what is said)",
    "place from another clause": "time and place shared with a `when`/`since` clause",
    "agent junk": "well-formed arguments of allowed kinds, else abstain",
    "topic junk": "well-formed arguments of allowed kinds, else abstain; round seven: a "
    "topic stops before a conjunction that opens a clause",
    "patient junk": "well-formed arguments of allowed kinds, else abstain",
    "agent of a disallowed kind": "well-formed arguments of allowed kinds, else abstain",
    "place wrong: dateline": "no dateline place when the clause gives its own",
    # causes addressed in the earlier rounds (per sample, at the time)
    "agent wrong": "earlier rounds: subjects past relative clauses, appositives, pronouns",
    "patient wrong": "earlier rounds: participles, reduced relatives, counts",
    "time missing": "earlier rounds: opening adverbials, eventive subjects' dates; round "
    "five: episodes (a consequence takes its incident's time and place)",
    "role wrong": "open: the addressee of `appealed to` read as the topic",
    "topic missing": "round nine: what a vote, a protest or a strike is for (`purpose` in "
    "events.toml: `voted to X`, `marched ... to protest X`, `over X`, `on whether to X`); "
    "round ten: what an agreement is to do (`signed an agreement with X, a ..., to develop "
    "...`, `contracts worth ... for the delivery of X`); a fronted content (`X plans ..., the "
    "airline announced`) has been the announcement's topic since the eleventh and twelfth "
    "readings (the note calling it open was stale); round twelve: what meetings and talks "
    "are about",
    "not an event": "earlier rounds: senses as data; now also the confidence check",
    "place missing": "earlier rounds: leading and eventive places; round five: episodes; "
    "round thirteen: `across`/`through` a named place, a named place modifying a venue; "
    "partly open",
    "place wrong": "earlier rounds: causes and event nouns are no places; round five: a place "
    "after another event's noun or in another predicate's clause is not the event's; round "
    "twenty-four: a place in a cause's phrase (`rose on X in Y`, `due to`, `following`)",
    "modality wrong": "round two: `must`/`should`/`have to` are planned, not done; round "
    "eleven: a present with a time to come; round twelve: a present in a clause of time, a "
    "bare weekday; round thirteen: what is threatened is possible",
    "topic wrong": "round two: `announced in X that`; a topic names no place inside it",
    "type wrong": "open: a gas blast in a mine read as an attack (the sixty-fourth reading)",
    "negation wrong": "open: `could not have been X without Y` negates the condition, not X",
    "counterpart wrong": "open: `the government` after `with` linked to another body",
}
# What round three changed for the causes left after round two (sixth and seventh samples):
# the ones that recur across samples and kinds of story, not one story's quirk.
ROUND_THREE: list[tuple[str, str]] = [
    (
        "agent wrong",
        "a trigger is the verb, never the subject's head (`output rose`: the "
        "subject `Singapore's industrial output` whole, via the subject table)",
    ),
    (
        "object cut",
        "a focus adverb inside a multi-word trigger (`agreed only to`, `agreed in "
        "principle to`) keeps the trigger, so its topic is read",
    ),
    (
        "statement: not speech",
        "`added`/`adds` with a determiner after it takes a thing "
        "(`added another medal`), no speech",
    ),
    (
        "statement: content wrong",
        "after `told`, only listeners and a comma before the speaker: "
        'the content is before (`"..." more or less, Castro told students ...`); an opening '
        "adverbial is no content",
    ),
    (
        "statement: speaker unresolved",
        "`he`/`she` after a quote by a described person who is "
        "no participant (`said a U.S. Embassy official`) takes that description",
    ),
    (
        "list cut",
        "a subject list cut at its commas (`X of Poland, Y of Hungary and Z met`) is one "
        "subject from the sentence's start or its opening adverbial; named items are one "
        "agent each (a long phrase naming no participant still abstains)",
    ),
    (
        "statement: missed",
        "`reported` is a cue (`..., Statistics Canada reported`); `, saying` with no "
        "statement before takes the sentence's opening subject; `warning of`, `adding to` "
        "are no speech",
    ),
]

# What round six changed for the causes that recur across the eleventh to thirteenth first
# readings (arguments and senses), and after the fourteenth reading (tuned).
ROUND_SIX: list[tuple[str, str]] = [
    (
        "not an event",
        "attack nouns (`an assault on X`, `attacks on X`) read past their preposition: a "
        "market, product, policy or other abstract target, or a sentence about words said "
        "(`verbal`, `criticism`, `comments`), makes no attack; `arrest` before `warrants`, "
        "`records` is a modifier (senses and `not_followed_by` in events.toml)",
    ),
    (
        "agent wrong",
        "a hyphenated time opening a subject is its modifier (`said third-quarter profit "
        "rose`: the whole phrase), not an adverbial of `said`; an -ly adjective opens a noun "
        "phrase (`quarterly net profit`, clauses.toml `ly_adjectives`)",
    ),
    (
        "agent junk",
        "an argument that is a time (`the bombings ... last year that killed`), opens with a "
        "preposition (`of meetings`), is a lone capitalized -ly adverb (`Widely`), or a topic "
        "that is a lone verb (`stemmed`) abstains",
    ),
    (
        "agent wrong (after the fourteenth, tuned)",
        "a noun trigger after another event's object takes no agent of that event's "
        "(`arrested a man wanted over attacks on X`); a reduced relative after its noun is "
        "part of the subject (`a fatwa issued in Iraq demanded`: not `Iraq`); a verb behind "
        "a clause opener since the last `and` shares no agent (`fell ... after X withdrew its "
        "proposal to acquire`)",
    ),
    (
        "place missing (after the fourteenth, tuned)",
        "a clause opened by `where` happened at the place before it; a consequence whose "
        "cause is a definite event noun (`The bombings on Aug. 7 killed`) takes the place of "
        "the nearest incident up to six sentences back, not only the previous sentence",
    ),
]


# What round seven changed for the causes that recur across the eleventh to fourteenth first
# readings: whole noun phrases, topics kept to their clause, pronouns checked, kinds as senses.
ROUND_SEVEN: list[tuple[str, str]] = [
    (
        "object cut",
        "a noun phrase takes its `of`-complement with the complement's own determiner and "
        "modifiers (`a major overhaul of his senior staff`, `the newest version of its iMac "
        "model`, `a small part of the foreign aircraft`), at most two; an abbreviated title's "
        "period ends no phrase (`Mrs. Helen Ward`, `Dr. Barnett Slepian`); a bare plural noun "
        "after `and` closes a target (`Serb police and officials`; not `and raised cash`)",
    ),
    (
        "topic junk",
        "a topic stops before a conjunction (`as`, `when`, `after`, `because` ...; "
        "`topic_breaks` in events.toml) that opens a clause of its own, a subject and a "
        "finite verb (`as his challenger shifted his attack`); not in what is said, not before "
        "`as` + a noun phrase or a participle and `by`; a bare day closing a topic dates the "
        "event (`agreed to terms on a contract Tuesday`)",
    ),
    (
        "agent junk",
        "an adverb of the list closing an argument is cut (`guerrillas almost two years ago`)",
    ),
    (
        "patient wrong",
        "`he`/`she` skip a person whose titles or honorific mark the other gender (`Mrs.`, "
        "`Queen`; `genders` in clauses.toml) and link to no one when a capitalized name no "
        "participant holds is the subject of a clause in between (`Farkas was made a general, "
        "and the following year he was appointed`: not the John Glenn named before)",
    ),
    (
        "not an event",
        "an undated participle right after its noun tells what a thing is (`the gas produced "
        "by hog manure`): no production or trade (`standing_relative`); `killed the bill`, "
        "`arrested the decline` make no casualty or arrest (senses); a venue whose only capital "
        "is in its `of`-complement is no named place",
    ),
    (
        "after the fifteenth reading (tuned)",
        "a phrase cut inside a date is no place (`in the October 1998 shooting`); a "
        "light-verb attack noun takes its target (`launched an offensive on rebel-held "
        "towns`, `noun_target`); an `after` clause takes no time of the main clause (`a trip "
        "by 2007, ..., after Russia agreed to help`); a letter `signed by X` (an undated "
        "participle after its noun) is no signing; an incident told through its subject "
        "(`The blast in Nairobi occurred ... Friday`, `subject_only_verbs`) is an attack when "
        "dated, a day named in the clause before a clock time, so its casualties inherit; a "
        "list of names after a visit gives one destination each (`will visit Japan, China and "
        "South Korea`), the place the list as written",
    ),
]


# What round eight changed: a document-level incident model for the casualties whose incident
# is told undated, by a verb that is no trigger or in another paragraph (the fifteenth
# reading's main cause), then the next recurring causes, found on stories outside every sample
# (never the sixteenth's, drawn after).
ROUND_EIGHT: list[tuple[str, str]] = [
    (
        "time missing / place missing (incidents)",
        "an incident (attack, blast, crash, fire, quake, shooting ...) is told once and "
        "referred to many times: the stage builds once per document the mentions of its "
        "incident (events of the incident types, and incident nouns, `[incidents]` in "
        "events.toml, with their modifiers, `the Oct. 7 bombings`, `Friday's attack`, and "
        "complements, `in Nairobi`, `of Dr. X`, plus the clause of a verb that tells them, "
        "`blew apart`, `tore through`, `occurred`); a casualty, an arrest (place only) or an "
        "undated attack with no time or place of its own and none from the incident before it "
        "takes the document incident's when every mention that gives one agrees; two incidents "
        "that compete (two dates, two places, a mention after `since`, `another`) leave it to "
        "no one; a casualty with a cause of its own (`killed by a sniper's bullet`) takes "
        "nothing unless a mention names its victim (`the shooting death of X`); the date of "
        "a reporting clause after what is said (`..., officials said as dawn broke Saturday`) "
        "is the report's",
    ),
    (
        "agent wrong / list cut",
        "a subject runs back past an attack noun's `on` complement (`A mortar attack on a "
        "packed mosque ... killed`), each attached noun with its modifiers; a name that only "
        "modifies the argument's noun is not linked (`a Pentagon analyst`, `the U.N. nuclear "
        "watchdog agency`, `... Movement (MRTA) hostage-takers`); `X and Y` with one side a "
        "participant gives one argument per side (`The Minnesota Wild and defenseman Nick "
        "Schultz`); `they` after two named speakers gives both; `urged X and Y to` two "
        "counterparts; `free to invest`, `was forced to sell` take the sentence's subject; an "
        "agent that is a participle's clause or its object abstains (`A group holding two "
        "workers hostage demanded`); an unresolved `he`/`she` patient abstains; an adverb "
        "opening an argument and `worth` closing one are cut",
    ),
    (
        "not an event",
        "two whole words before a trigger are read (`an impassioned call for`, `the recently "
        "announced`), ordinals, adjectives and possessives before it make it a noun (`his first "
        "visit`, `a five-day European tour`, `Wen Jiabao's impending visit`, `a lower tax "
        "rate`, `rate rises`); senses: a report's `suggested`, a standard or a request `met`, "
        "`take over` a post, `buy back` stock for a sum, owners bought out, a country taken "
        "over, a side `wounded`, a player `marched` into the semifinals, a referee's `called "
        "for`, a pitcher's `shut down`, `wrongful arrests`, `tender offers`, `a courtesy call "
        "on`; `ivory being sold` describes a thing; a legislature (`the U.S. Congress`) is no "
        "meeting; a deadline (`by February 2005`) dates no event",
    ),
]


# What round nine changed: the recurring causes of the sixteenth and seventeenth readings,
# each made general and checked on the 1,276 wire stories outside every sample (the ids of the
# eighteenth and nineteenth drawn first and left out, unread): every event that changed there
# was read (7 stories: two votes and a march given their purpose, the pilots of Delta twice
# given as the agent, a coach's employer no longer a place, a panel's approved plans given
# what they are for).
ROUND_NINE: list[tuple[str, str]] = [
    (
        "topic missing",
        "what a vote, a protest, a strike or a march is for is its topic (`purpose` patterns "
        "by type in events.toml: `voted to make X a republic`, `voted 89-52 for a republic`, "
        "`voted against the budget`, `on whether to recall X`, `marched ... on Sunday to "
        "protest X`, `went on strike over pay`, `in protest at X`), read past a place or a "
        "time and past a participle's clause of the same subject (`marched Sunday in "
        "Istanbul, burning Serbian flags to protest ...`), cut before `on <day>` closing it "
        "(the day dates the vote) and before `and` opening a clause of its own; a duration "
        "or a tally after `for` is none; a vote's tally is no patient",
    ),
    (
        "agent wrong",
        "a group of people opening a sentence before `at`/`of`/`in` X (`Workers at ... "
        "Hyundai Motor`, `Pilots at Delta`, `Voters in Australia`; `group_heads` in "
        "clauses.toml) is the agent, X only its modifier; a title (`President of Russia X`) "
        "or a thing (`Shares of X`) is no group; a floating `all`/`both` closes no argument; "
        "the object of an infinitive after the subject's noun is the subject's "
        "(`the deadliest quakes to hit Japan ... killed 23`), not the agent",
    ),
    (
        "not an event / place wrong",
        "senses as data: a revolution, a war, a campaign or an offensive launched is no "
        "product launch, named or not (`launched the Cuban Revolution`); a cumulative count "
        "(`have been built since 1947`: `cumulative` on production) is no one production; "
        "`at X` right after a job noun (`head football coach at Brigham Young`; `job_nouns`) "
        "is the employer, no place",
    ),
    (
        "place missing (incidents) / missed casualties",
        "a generic noun as a casualty's cause (`the tragedy that killed 191 people`, `the "
        "violence`, `the disaster`: `generic` in [incidents]) takes the story's one incident "
        "from every mention, not from mentions of that noun; a place named only as an "
        "incident noun's modifier (`the Madrid train bombings`, with `MADRID` in the dateline) "
        "or after an incident verb (`quakes to hit Japan`) is the incident's; plural incident "
        "nouns (`quakes`, `fires`, `storms`); a report's participle inside a passive (`were "
        "reported killed`, `are feared`, `was confirmed`) is read through; a `to`-complement "
        "after `end`, `halt`, `return` ... belongs to the phrase (`appealed for an end to the "
        "anti-French violence`)",
    ),
]
# What round ten changed (after the eighteenth and nineteenth samples), each checked on the
# 1,216 wire stories outside every sample (the twentieth's and twenty-first's ids drawn first
# and left out unread).
ROUND_TEN: list[tuple[str, str]] = [
    (
        "topic missing",
        "what an agreement is to do or is about is its topic (`purpose` on agreements: `to`, "
        "`on`, `for`), read past the counterpart's appositive (`with Skype, a provider of ..., "
        "to develop ...`), a time (`agreed Saturday to trade ...`) and a measure, which is no "
        "topic (`contracts worth up to 1 billion Euros ... for the delivery of trains`); not "
        "`to start`, `to take effect` (`onset_verb`); a noun phrase after `to` whole, past a "
        "comma before a hyphenated modifier (`agreed Wednesday to a $550,000, one-year "
        "contract`)",
    ),
    (
        "time wrong",
        "a time after a verb of onset in a clause of its own (`onset`: `to start January 1, "
        "2005`, `that will take effect in March`) dates when something starts, not the trigger",
    ),
    (
        "missed casualties / time missing / place missing",
        "a participle after the incident's clause (`..., killing N`, `injuring`, `wounding`; "
        "`participles` on casualties) tells its casualties, with the incident's agent, time and "
        "place (after a comma, or after `and` joining another such participle: not `arresting X "
        "and killing Y`); `shot dead`; quakes that `shook`/`jolted`/`rocked` X, the place inside "
        "the verb's object (`a large part of western Colombia`); compass points of a named "
        "place (`India's northeast`); an adverb closing a place phrase cut (`Jeddah overnight`); "
        "`at least` no place; where the victims were, told in a relative clause on them (`who "
        "had taken refuge in X`; `whereabouts`), is the place only when nothing else gives one, "
        "and the phrase is cut before a participle (`the region bordering Cameroon` names no "
        "place: decided so for the nineteenth's Nigerian killing, which keeps no place)",
    ),
    (
        "not an event",
        "senses as data: advice, a negated obligation (`should not travel to`; `advice` in "
        "[modality]); a machine that shuts down (`not_subjects` on a sense); `buy it time` "
        "(`time` read past an object pronoun); goods before `exports to` (a noun compound); a "
        "verb in -s before a form of `be` heads a subject (`oil exports to Turkey were "
        "halted`); `a tough sell,`; an undated appointment told as a participle after its noun "
        "(`the government appointed by X`); a running count (`the number of Palestinians Israel "
        "has killed`); a ruling on someone (`declared ineligible`)",
    ),
    (
        "agent wrong",
        "a subject read right after a preposition runs back to the noun phrase the preposition "
        "hangs on (`A second car bombing outside a hotel in Quetta killed`), cut before a "
        "participle's clause (`Rebel soldiers confronting army loyalists near X declared`), "
        "else abstain; a passive's `by` after another participle (`blueprints used by Cisco`) "
        "or after a verb joined by `and` (`and acknowledged ... assassination by separatists`) "
        "is that one's; `If`/`Unless` cut off a subject; `died` after an appositive is no "
        "participle of the phrase before the comma; an organization before a title and a name "
        "only modifies it (`NASA Administrator Sean O'Keefe`; `title_nouns`); a subject read "
        "from a sentence-opening adverbial is cut after it (`In Cape Town, South Africa, "
        "police`)",
    ),
    (
        "place wrong / modality wrong",
        "a place in a clause opened by `as` with a subject and a verb (`clause_openers`) is "
        "that clause's (`Oil prices dropped ... as rebels in Nigeria's delta agreed`); a "
        "condition (`if`, `unless`; `condition` in [modality]) is possible, not done",
    ),
    (
        "grammar as data",
        "the closed-class word sets of events.py (articles, determiners, pronouns, `be` forms, "
        "prepositions, adjective and modifier endings ...) in events.toml `[grammar]`, those of "
        "_clauses.py (prepositions, conjunctions, relatives, ordinals, owners ...) in "
        "clauses.toml, each checked lower-case at load; output identical",
    ),
]

ROUND_ELEVEN: list[tuple[str, str]] = [
    (
        "list cut / agent wrong",
        "coordination of subjects: a name, its appositive and `, and` another party (`Ahold NV, "
        "the Dutch grocery operator, and three former top executives agreed`) give one agent "
        "each, the appositive describing the first (a name with its appositive and no `and` is "
        "one subject); a list of kinds of people before the verb read whole, its opening count "
        "kept and the comma inside `5,000` no item's (`More than 5,000 scientists, "
        "conservationists and politicians meet`); a phrase that holds the verb before is no "
        "subject (`ministers meet in X next week to discuss`: `discuss` shares the agent); an "
        "-ed word after a clause opener before a noun is an adjective (`as jailed intifada "
        "leader X pulled out`: no arrest)",
    ),
    (
        "modality wrong",
        "a present or progressive trigger (its -s form or base is a trigger too; never `met`, "
        "`fell`) with a time after it in its clause still to come (`next`, `coming`, "
        "`tomorrow`; or a date after the story's) is future (`meet in Thailand over the next "
        "week`), not another event's time (`ahead of next week's talks`); `free to`, `able "
        "to`, `eligible to` make a possibility, no plan (`ability` in [modality])",
    ),
    (
        "object cut",
        "a possessive's head may be an amount, read with what it is in (`the company's $2.6 "
        "billion in surplus cash`)",
    ),
    (
        "not an event / missed incidents",
        "a ruling on an object (`declared some sugar exports illegal`, `declared the contract "
        "void`: the topic closed by one of `not_followed_by`) is no announcement; `blew up` a "
        "structure or a vehicle is an attack (`senses.attack_phrasal`: `the row blew up` is "
        "none)",
    ),
    (
        "place missing",
        "the place after a list of counterparts read past its commas (`met A, B and C in "
        "Rome`); `near` a named place places the event (`near Kirkuk`; `near the embassy in X` "
        "keeps X)",
    ),
]


# What round thirteen changed, after the twenty-fourth to twenty-seventh readings. The pooled
# first-reading errors were counted by class first (of 180 wrong events: agent wrong 32, place
# missing 32, not an event 30, time missing 29; still wrong on the current code, tuned: not an
# event 27, place missing 19, time missing 16, agent wrong 15); each mechanism says how many
# pooled errors it addresses. The ids of the twenty-eighth to thirty-second samples (seeds 109,
# 113, 127, 131, 137) were drawn first and left out unread; every mechanism was checked on the
# 6,861 stories outside every sample (events before and after listed side by side: 63 stories
# changed in all, 1,561 events to 1,603), then part two's mechanisms were found there.
ROUND_THIRTEEN: list[tuple[str, str]] = [
    (
        "place missing (4 pooled errors: agnews-test-1594, agnews-test-1506, agnews-test-5939 x2)",
        "`across`, `through`, `throughout` open a place like `near`, before a named place only "
        "(`killed across Iraq`, `marched through Rome`; `through a broker` names none); a named "
        "place that modifies a building or public place heading the phrase (`in two Buenos Aires "
        "banks`, `stormed a Moscow theater`; `venues` in clauses.toml gained banks, stores, "
        "restaurants, checkpoints, bridges ...) places the event, linked to that place, also "
        "from an agent or patient (`a Kabul hotel`); `US troops` names no venue. Outside the "
        "samples: 3 places gained (Iraq, Santiago), all right",
    ),
    (
        "modality wrong (1: agnews-test-1538, whose agent stays missing)",
        "what is threatened, warned of or risked is possible, not done (`a draft resolution "
        "threatening sanctions on X`, `a tape threatening attacks on the US`, `warned of`, "
        "`risks`: `possible` in [modality]); a noun trigger dated after the story's date is "
        "future, like a named event (a verb keeps its tense: `announced in January`, misdated "
        "by the times stage, stays done)",
    ),
    (
        "not an event / agent junk (1: agnews-test-1500)",
        "a question after a preposition inside a subject (`new research on how germs thrive in "
        "the body suggests`) is skipped like a relative clause: the subject is `new research`, "
        "and what research suggests is no proposal (the sense of round eight); one event outside "
        "the samples went with it (`uncertainty over whether their kidnappers had demanded a "
        "ransom`: a question, no appeal made)",
    ),
    (
        "missed events (none of the pooled errors: misses are not counted there; 7 of the 19 "
        "events listed as missed in the twenty-fourth to twenty-seventh readings now found, 5 "
        "right, and one not listed, right)",
        "a change in a result posted is earnings (`posted a 4.5 percent fall in core profit`, "
        "`reported a sharp rise in second-quarter profit`); `returned to the black`; results "
        "and prices that `swelled`, `slid`, `dipped`, `shrank`, `rebounded` (with the subjects "
        "of round three); bombs `set off`; `closing`, `final`, `latest`, `preliminary` before "
        "talks or a round of them; `was charged with` (the passive only: `a panel charged with "
        "overseeing` is a task) as a step of an arrest, a `by` inside a relative clause after "
        "it being that clause's (`a doctor who was cut down ... by a sniper's bullet`); "
        "`began shipping`; an appeal for aid launched (`launched an appeal for $210 million`, "
        "not a court's appeal `against`); `asked X to do Y` is an appeal with X as counterpart "
        "(not after a form of `be`; a progressive `is asking X to` was tried and dropped: keyed "
        "on `is`, `was`, it cost a pattern at every such word); a sport named in the sentence "
        "(`field hockey teams met`, `the Rose Bowl`) makes `meet` a game. A meeting noun with "
        "`between` was tried and dropped (it took the time and dateline of the clause around "
        "it: `the possibility of a meeting between X and Y reemerged Thursday`). Outside the "
        "samples: 42 events gained, about 33 right (12 appeals, 8 right: `I` and `you` of "
        "columns, a joke, a cut name; 10 charges, 9 right, one subject with an unread "
        "dateline; 22 results and prices, right)",
    ),
    (
        "part two, found on stories outside every sample (none of the pooled errors; 14 "
        "stories changed there, 13 for the better)",
        "a finite passive with a subject of its own is no participle after an `including` "
        "list (`At least 22 people, including women and children, were killed`: the patient "
        "was the list); a prepositional phrase after a cue gives way to the fronted content "
        "(`Britain is embroiled ..., Tony Blair declared in a stark relabelling`); a topic ends "
        "before `and said` (`speech_after_and`); `met` opposition, criticism, its death, and a "
        "negated passive (`if its demands are not met`) make no meeting; a town modifying the "
        "noun of a casualty's cause places it (`killed in a Baghdad rocket attack`; a country "
        "there tells whose: `US air strikes`); two titles before one name are one agent "
        "(`Chairman and Chief Executive Bruce Nelson`, `lone_titles`); two nations before one "
        "noun are one phrase (`US and Iraqi troops`; one abstention became a wrong agent: "
        "`battles between insurgents and US and Iraqi forces killed`)",
    ),
]

ROUND_FOURTEEN: list[tuple[str, str]] = [
    (
        "modality wrong (2 pooled errors: agnews-test-5440, agnews-test-793)",
        "a base verb conjoined by `and` after a verb read as future, planned or possible takes "
        "that modality (`would cut 600 jobs ..., part company ... and shut its headquarters`; "
        "`sold`, `met` keep theirs); `alleged`/`purported` before a noun trigger (one modifier "
        "at most: `alleged government attacks`) and `allegedly`/`purportedly` before any "
        "trigger make it possible, not `the alleged gunman killed` (`reportedly` was tried and "
        "dropped: it turned two reported agreements possible and cost a dateline place)",
    ),
    (
        "agent missing / junk (3: agnews-test-793, agnews-test-5834, agnews-test-5673)",
        "an organization whose decision, plan, move or bid a trigger completes (`a United "
        "Nations decision to impose an embargo`) or an acting body modifying a noun trigger "
        "(`government attacks on civilians`; `owner` in events.toml) is the agent when no "
        "subject names one; a lower-case word after `to` before a determiner is an "
        "infinitive's verb, cut off a phrase read back from a relative clause (`working to "
        "prevent any terror attack that might close`: `any terror attack`). None of the "
        "agent-wrong class (32): those are subject lists, unresolved pronouns and appositives, "
        "each mostly its own case",
    ),
    (
        "place wrong / from another clause (2: agnews-test-1505, agnews-test-5371 in part)",
        "a plural noun with a perfect after it, right after a noun, opens a clause of its own "
        "(`in a case prosecutors had linked to a foiled coup plot in X`: X is not the jailing's "
        "place), and so does `as` before a subject and a past verb (`posted higher earnings as "
        "business in X helped offset weakness in Y`; outside the samples two wrong places "
        "dropped, nothing else changed); an owner's plural premises name no place (`at its CVS "
        "stores`, `at their offices`; `its London headquarters` keeps London)",
    ),
    (
        "place missing (1 of 32: agnews-test-5993)",
        "`on` opens a place before a line or an edge (`on the tense border between Egypt and "
        "the Gaza Strip`, `on the outskirts of Baghdad`; `place_on`), read with its ends, "
        "never before another noun (`talks on the border dispute`). What recurs in the rest of "
        "the class: places told in another sentence or paragraph (the lead's, an earlier "
        "incident's) and the dateline inside reported speech, which the clause reading does "
        "not reach; time missing (29) recurs the same way (a time told sentences later) and no "
        "mechanism of this round addresses it. Not an event (30): nouns read as verbs, senses "
        "(a search launched, a business `assault`), sport meetings; none addressed this round",
    ),
    (
        "missed events of AG News leads (not counted among the pooled errors; of the 25 listed "
        "missed in the twenty-eighth to thirty-first readings, 7 now found, 6 right)",
        "results posted `higher`, `lower`, `better-than-expected` (`posted higher quarterly "
        "earnings`); `entered into an agreement/deal`; `boosted`/`raised`/`increased its stake "
        "in X` an investment in X; `hired`, `picked`, `chosen`, `tapped`, `named` with a role "
        "after `as` or `to head` an appointment (`was hired as head coach`, `named its former "
        "marketing chief, X, as president`); `last-minute`, `marathon`, `crisis` talks; jobs "
        "`trimmed`; a patient past a time right after the verb (`unveiled on Wednesday a "
        "miniature version`; that story still fails its sense check). What AG News leads "
        "report that we still do not find: lawsuits (`sued`), rulings (`has ruled that`), "
        "dismissals (`fired three executives`), sports trades, votes still to come (`was to "
        "vote on`), and talks walked out of. Outside every sample (ids of samples 32-37 drawn "
        "first, unread; 6,711 stories): 18 stories changed, 17 events gained, 11 right (wrong: "
        "two agents from subject lists, one missing, `crisis talks` placed by a participle's "
        "`in Iraq`, a patient cut, an agent split), one place gained (`on the US border`, right)",
    ),
    (
        "speed",
        "round thirteen's rule for articles made general: a word that is no trigger alone and "
        "takes only some words after it (`has` only before `had` or an adverb, `to` only "
        "before `close`) is tried only before those (two thirds fewer pattern tries at "
        "trigger openers); the own-clause test of clause ends searched only where ` had ` or "
        "` have ` is; the appointment phrase opens on `hired`/`picked`/`named`, not on "
        "`was`/`has`. bench/events.py paired with e61fd13 (alternated, three times): the "
        "reference article 0.92/0.94/0.90 ms against 0.96/0.94/0.97, x40 35.9/36.7/36.3 ms "
        "against 39.9/36.2/36.3 (no slower); on 1,500 wire leads still 3-8% slower than "
        "e61fd13 (noisy; more events built)",
    ),
]

# What round fifteen changed, after the thirty-second to thirty-fifth readings. The ids of the
# thirty-sixth to forty-second samples (seeds 157, 163, 167, 173, 179, 181, 191) were drawn
# first and left out unread; each mechanism was checked on the stories outside every sample
# (6,561 wire stories and the first 2,000 Reuters texts, events before and after side by side:
# 26 stories changed in all).
ROUND_FIFTEEN: list[tuple[str, str]] = [
    (
        "list cut / topic cut (2 pooled errors: agnews-test-7484, agnews-test-4840)",
        "titles joined by `and` under one determiner are one phrase (`a new chairman and vice "
        "chairman`, `president and chief executive Rhys Eaton`; `lone_titles`); an amount "
        "converted in parentheses does not end a phrase (`a planned 7 billion euro ($8.9 "
        "billion) merger`, `about $20 million Canadian ($16.3 million) worth of stock`). "
        "Outside the samples: 5 arguments read whole, all right",
    ),
    (
        "place missing (1: agnews-test-394)",
        "a patient whose first word only is capitalized (`Shi'ite militia positions`) is no "
        "name that a place after it describes: the place is the event's. Outside the samples: "
        "one story changed (a second sale's place now right, the first still wrong). Not "
        "addressed: places told in the clause or sentence before (agnews-test-743: `An "
        "explosion rocked a police building in Dagestan`; Dagestan is no participant, so the "
        "incident model has no place to give), agnews-test-5165's `but` clause",
    ),
    (
        "statements read from non-speech verbs (3 statement errors: `recalling`, `commonly "
        "found`, `declared` a state of emergency)",
        "not addressed: the cues are statements.toml's (not this stage's files)",
    ),
    (
        "missed events of AG News leads (not counted among the pooled errors)",
        "a time between an appeal's addressee and its `to` (`urged the Bush administration on "
        "Tuesday to devote`, `asked the Supreme Court on Friday to hear`); plural results "
        "reported (`reported higher quarterly profits`, `recorded revenues`), not after a "
        "possessive, `publicly`, `made` or `saw` (`its publicly reported profits`, `made record"
        " profits`) nor before the verb of a clause reported (`reported profits rose`); a "
        "strike or protest begun (`began a nationwide strike`); a role after `as` with an owner"
        " and modifiers (`was hired as the school's football coach`); a `to` after a raising "
        "word (`expected to`, `due to`; `grammar.raising`) no purpose of the event. Of the "
        "missed events listed in the thirty-second to thirty-fifth readings, 5 now found (and "
        "one of the thirty-first's), all right. Outside the samples: 17 events gained, 16 right"
        " (wrong: `named Kidder, Peabody ... as lead manager` cut at its comma; a pronoun agent"
        " and `made record profits` were wrong until the `not_after` words), 2 lost (`reported "
        "1986 profit rose`: the rise is the event), a wrong topic gone (`expected to open`), "
        "one still wrong (`endorsed legislation expected to come ...`: now `new powers`). Still"
        " not found: lawsuits and legal challenges (no type for them in the closed list), "
        "dismissals, deaths told after an appositive when the participants stage names no one",
    ),
    (
        "speed (part one, output identical on 3,000 Reuters texts and every wire story)",
        "`participant_in` returns at once when no mention overlaps the phrase (65% of its "
        "calls); events lower-case the tokens once per document; trigger openers and "
        "conditional openers picked in one C-level pass (`first_words`); the clause index reads "
        "span offsets with `attrgetter` when normalization kept them. Statements and events "
        "alone on 1,500 Reuters texts, alternated with e61fd13 three times (CPU, best of 3): "
        "statements 0.366/0.362/0.358 s against 0.375/0.376/0.393, events 0.475/0.461/0.463 s "
        "against 0.478/0.484/0.522 (2-4% faster); after round fifteen's mechanisms, alternated "
        "with part one's end, no difference beyond the noise (0.455-0.473 against 0.453-0.497)",
    ),
]


# What round sixteen changed, after the thirty-sixth to thirty-eighth readings. The ids of the
# thirty-ninth to forty-second samples (seeds 173, 179, 181, 191) were left out unread; each
# mechanism was checked on the stories outside every sample (6,561 wire stories and the first
# 2,000 Reuters texts, events before and after side by side: 9 events changed in all).
ROUND_SIXTEEN: list[tuple[str, str]] = [
    (
        "topic wrong: a topic running on into the next predicate (2 pooled errors: "
        "agnews-test-1456, agnews-test-4467)",
        "a finite verb of appeal after `and` (`urged`, `pressed`, `demanded`, `vowed`, ...; "
        "`speech_after_and`) is the subject's next predicate and ends the topic, as `and said` "
        "did. Outside the samples: no event changed (the pattern is rare in leads)",
    ),
    (
        "topic cut: a topic noun stopped before its complement (2: agnews-test-2921, "
        "agnews-test-479)",
        "a topic whose head takes a complement (`attacks`, `talks`, `plans`, `limits`, `ban`, "
        "`moratorium`, ...; `complement_nouns`) is read with it after `on`/`for`/`against`/"
        "`into`/`over`/`between`/`with`, not when a time follows the noun. Outside the samples: "
        "9 topics read whole (`a moratorium on interest payments ...`, `a U.N. crackdown on the "
        "abuse of political asylum`, `peace talks between the rivals`), all right. "
        "agnews-test-479 is not changed (a time between `plans` and `for`)",
    ),
    (
        "agent wrong: things that cannot act (2: agnews-test-4472 `the Sinai`, agnews-test-3519 "
        "`his National Day speech`)",
        "an agent opening with a possessive and ending in an utterance (`his speech`, `her "
        "letter`; `grammar.utterances`) abstains: the speaker acted; for types whose agents are "
        "people or organizations only (`kinds`), a name or venue right after a place opener "
        "(`in`, `at`, `near`) abstains: a relative's antecedent read off a place. Not for other "
        "types (`workers at Comibol, which produces`: the company). Outside the samples: no "
        "event changed; `the Red Sea resort of X` is not seen (an xfail corpus case)",
    ),
    (
        "not addressed",
        "lawsuits (no legal-action type in the closed list: CAMEO 115 `bring lawsuit against` "
        "would be its code; adding a type changes the README list and the record contract's "
        "documentation, left for the lead), `modality wrong` of `used X to urge`, agents told "
        "as the object of a verb (`press X to`)",
    ),
    (
        "speed",
        "events on the x40 reference article alternated with round fifteen's code four times: "
        "35.37-35.76 ms against 34.89-35.44 before a reordering of the new check (cheap tests "
        "first), then 34.58/35.51 against 35.60/35.26: no difference beyond the noise",
    ),
]


# What round seventeen changed, after the thirty-ninth and fortieth readings. The ids of the
# forty-first and forty-second samples (seeds 181, 191) were left out unread (and the
# forty-third's, seed 193, drawn later); each mechanism was checked on the stories outside every
# sample (the wire stories not in any of them and the first 2,000 Reuters texts, events before
# and after side by side).
ROUND_SEVENTEEN: list[tuple[str, str]] = [
    (
        "missed events: lawsuits (no type in the closed list; listed missed in the fifteenth, "
        "sixteenth and thirty-second readings, agnews-test-650's `a lawsuit that accused it`)",
        "a legal-action type, `lawsuit` (CAMEO 115, bring lawsuit against), as data: `sued`, "
        "`filed suit`, `filed a lawsuit`, `brought suit`, `took legal action`, the defendant "
        "after the verb or `against` as patient, `was sued by X` as passive. Outside the "
        "samples: 24 events, 19 right (wrong: a participle `asking` read as the patient, `The "
        "Securities and Exchange Commission` split at `and`, a target cut at `U.S.-`, two agents "
        "cut from subject lists); MEANTIME: 3 more triggers, all gold events (1.000, 121/121), "
        "one time off by a week. In the samples (tuned): two found, one right",
    ),
    (
        "place missing: casualties whose place is told elsewhere (3 pooled errors: "
        "agnews-test-3856, agnews-test-1967, agnews-test-7530)",
        "a projectile fired at a target is an attack on it (`fired two missiles at X`, `fired "
        "mortars into X`; a phrase in events.toml), the incident the casualties of the next "
        "sentence can take their place from. Outside the samples: one event changed (its target "
        "now read); in the samples (tuned): three attacks found, one right, two with their place "
        "missing (agnews-test-1967's Fallujah is inside a `where` clause, so its casualties still "
        "have none). The dateline as a casualty's place was tried on the stories outside the "
        "samples and dropped: about half of the undated, unplaced casualties of datelined leads "
        "happened elsewhere (Beijing for Sichuan, Khartoum for Darfur, Jakarta for Bali)",
    ),
    (
        "topic wrong: a topic running on into its purpose (1: agnews-test-650)",
        "a topic that is an infinitive (`agreed to release ...`) ends before a second `to` with "
        "a verb of purpose (`purpose_verbs`: settle, ease, help, boost, avoid, ...) two words or "
        "more on, or before `in order to`; not after a noun whose content it is (`in a bid to`, "
        "`purpose_nouns`) nor after a verb whose object does the next verb (`allow X to`, "
        "`control_verbs`). A bare `to` and any lower-case word was tried first and dropped: "
        "`to` is as often a preposition (`to investors`, `to eight years`). Outside the samples: "
        "11 topics cut before the purpose (`pay $80 million` for `... to settle charges`), all "
        "to that standard; in the samples (tuned) two earlier verdicts that took the purpose in "
        "(agnews-test-1167, agnews-test-2096) are re-read under it, still right",
    ),
    (
        "not addressed",
        "an agent read off a verb (`as it integrates recently purchased X`), `the governor` not "
        "linked to the governor named before (the participants stage's), a topic cut at "
        "`tougher`, casualty places told in the sentence before or in the dateline only",
    ),
    (
        "speed",
        "bench/events.py before and after: the reference article 0.87 -> 0.86 ms, x40 36.1 -> "
        "34.4 ms: no slower",
    ),
]


ROUND_EIGHTEEN: list[tuple[str, str]] = [
    (
        "agent of a disallowed kind and missed events: a compound modifier split at a name's "
        "period (agnews-test-365, `Afghan and U.S.-led troops` read as `Afghan and U.S.`, a "
        "place); the second killing of a sentence (agnews-test-6192)",
        "a hyphen right after a name's period joins the compound (`U.S.-led troops`, in "
        "_clauses); a phrase right after a finite -ed verb that takes no clause "
        "(`clause_taking` in clauses.toml: said, announced ...) is that verb's object, so a "
        "subject after `and` and a verb with its object opens a clause of its own (`Gunmen "
        "killed the governor and a suicide bomber killed 10`), whose place and time after it "
        "are its own. Outside every sample (10,803 texts: wire stories outside the samples, "
        "TempEval-3 silver leads, 2,000 Reuters-21578 texts): six subject lists no longer "
        "merged across `and` (`a nine-year sentence and the remaining men` now `the remaining "
        "men`), one index move gained; the first cut (any -ed verb, any clause after `and`) "
        "merged six right subject lists and moved 50 places and times, and was narrowed",
    ),
    (
        "place missing (agnews-test-833, agnews-test-6192, agnews-test-204) and place wrong "
        "(agnews-test-6109)",
        "`near`, `across`, `through` and now `into` before a proper name with no participant in "
        "it (`near the Green Zone`, `near Tikrit`; every word capitalized but its determiner), "
        "`into` only after a noun (`an advance into a Baghdad suburb`; not `crashed into`, "
        "`moved into`) and outside a topic; the owner of a venue (`Iraq's southern oil "
        "pipelines`, venues now with pipelines and refineries) and the dateline's place "
        "modifying a patient (`killed the Baghdad governor` from BAGHDAD) are the event's; a "
        "place in a compound modifier (`the U.S.-led mission`) or in the `of`-complement of a "
        "thing (`the credit limit of the United States`; `place_parts` in events.toml keep `the "
        "outskirts of X`, `the city of X`) is none. Outside every sample: 17 events gained a "
        "place, all right (Baghdad International Airport, Deh Rawood, Camp Taqaddum, Fallujah, "
        "Tikrit, Mussayab, Norris City ...), two wrong places removed; seven took a venue's "
        "owner or the dateline's (Jordan for a Jordanian court, Iran for its parliament; "
        "Jakarta for an arrest inherited from the attack, unsure). A capitalized head alone "
        "(`near the famous Bridge`) was tried first and dropped (a name cut)",
    ),
    (
        "not an event of this kind (agnews-test-7463: sanctions to be lifted)",
        "a sanction after a verb that ends or opposes it (`lift`, `ease`, `waive` ... as "
        "`not_after` in events.toml) is none. Outside every sample: no change",
    ),
    (
        "topic cut (agnews-test-643), topic missing (agnews-test-4529), counterpart missing "
        "(agnews-test-6995), patient junk (agnews-test-6109)",
        "an amount after a determiner's adjectives heads its phrase (`an additional $70 "
        "million in assistance`); a gerund after `on` past an adverb reads as a verb phrase "
        "(`on completely removing tariffs ...`), and an alias after the counterpart (`, or "
        "ASEAN,`) is skipped like an appositive; `with X` right after what was agreed is the "
        "counterpart (`agreed Wednesday to a ... contract with the Texas Rangers`); a lone "
        "lower-case word before a determiner is no object (`signed intolaw a measure`, `bought "
        "all the stock`), a participle there (`asking a judge`) none. Outside every sample: two "
        "topics read whole, two counterparts gained (the Indians, Xerox), four objects past "
        "`all`/`quite` read right, one amount with its unit",
    ),
    (
        "missed events: a purchase closed (agnews-test-4592), plans inside reported speech "
        "(agnews-test-5451), `lifted off` (agnews-test-3763)",
        "the acquisition phrase takes a price before its noun (`closed its $41 billion cash "
        "purchase of`), the layoffs phrase a range (`cut between 6,000 and 6,900 jobs`); a craft "
        "lifting off is launched (`senses.liftoff`: a rocket, a shuttle, not shares off their "
        "lows); a phrase after a present participle that follows the clause's first noun "
        "phrase is its object and that noun phrase the subject (`A rocket carrying a crew lifted "
        "off`, `A man wielding a machete attacked`); a verb of asking no longer makes a past "
        "verb without `to`/`be` planned (`soldiers demanding pay killed`). Outside every sample: "
        "eight events changed by the participle rule, all better (A man, Militants, A bus, two "
        "plans read as done), three launches, two right",
    ),
    (
        "re-scored (tuned)",
        "the forty-three samples: 0.85 (387/456); the forty-first to forty-third 9/11, 9/9, 7/8 "
        "(untuned 7/9, 5/7, 3/8). Two of the events gained are wrong: a launch without its "
        "cosmodrome (`lifted off from`), talks whose second counterpart is left out",
    ),
    (
        "not addressed",
        "a name cut at its comma (`Sears, Roebuck Co.`), a patient's participle clause "
        "(`a measure authorizing ...` read as `a measure`), casualty places told only by the "
        "dateline",
    ),
    (
        "speed",
        "bench/events.py interleaved with the round's base (4e450f5), five pairs: the reference "
        "article 0.89-1.01 ms both, x40 34.7-38.6 ms base, 35.1-40.2 ms round eighteen: no "
        "slower within the shared machine's noise",
    ),
]
ROUND_NINETEEN: list[tuple[str, str]] = [
    (
        "modality wrong: a condition read as done (agnews-test-640, `would release the captives "
        "once their employer halted operations`); an arrest the object failed to make "
        "(agnews-test-7592, `sanctioned Bosnian Serbs for failing to arrest`)",
        "a clause of time (`once`, `when`, `until`, `unless`, `as soon as`) on a verb after "
        "`would` in the same clause is a condition, possible (modality.condition); a verb after "
        "`for failing/refusing/neglecting to` is what the object failed to do, its doer not "
        "the subject: abstain (modality.failure); `failing/fails to` negates. Outside every "
        "sample (10,713 texts): no condition changed, two failures now negated, both right",
    ),
    (
        "missed events: an attack told by `hit` (agnews-test-7444), `named a new president` "
        "(agnews-test-4015), `signed with the Rangers` (agnews-test-649), a derailment in a "
        "`when` clause (agnews-test-5562), a share of the work force cut (agnews-test-2853), "
        "a spin-off (agnews-test-3113)",
        "`hit`/`struck` are subject-only incident verbs (a bomb, a blast); an incident told "
        "first, in the lead with an indefinite subject outside a relative clause, is kept "
        "undated, and its object is the attack's target (the incident type's object); a new, "
        "interim or acting holder of a role named is an appointment; a name that signs `with` "
        "a club needs no object; railway cars derail (senses.accident); `{cut} N percent of "
        "its work force`; `spin off`. Outside every sample: 16 incidents gained (attacks, their "
        "casualties, one crash: `A roadside bomb struck a police commando patrol`), three "
        "attacks gained their target, one patient cut (`a government` of `a government "
        "building`), a retelling in a relative clause kept out; two layoffs gained, both right",
    ),
    (
        "topic wrong, topic missing, list cut, place wrong: dateline (agnews-test-185, "
        "agnews-test-1817, agnews-test-323, agnews-test-5541); left from before: a name cut at "
        "its comma (agnews-test-5163), a meeting's purpose (agnews-test-5324)",
        "`in a/an <effort, bid, attempt, move, push, drive> to` opens a purpose whatever its "
        "verb (purpose_adjuncts; the corpus case that kept `in a bid to` re-read under it); "
        "initials keep their period at a topic's end and a time joined by `and` stays in it; "
        "a quoted verb phrase after an appeal's `to` is its topic, the words quoted; a topic "
        "ends before the utterance carrying it (`in a carefully worded message`); each side "
        "of `X from A and Y from B` is read for its head before its origin; a ratification "
        "takes no dateline place (no_dateline_place, as a vote); a firm's name with a comma "
        "inside (`Sears, Roebuck and Co.`, clauses.firm_suffixes) is one name; `signed into "
        "law` before its object; what a meeting or talks are held to do (fragment deliberate: "
        "`to consider`, `to weigh`, `to hammer out` ...), a question after it (`how to X`), and "
        "a topic noun's complement after a purpose (`a blueprint for saving X`). Outside every "
        "sample: 7 appeals gained a topic (quoted), 4 ratifications lost a dateline place (3 "
        "right, one unsure), 4 topics end before `in a bid/an effort to`, 9 meetings gained or "
        "completed a topic; one agreement topic is still cut at a line break (`how to set`)",
    ),
    (
        "re-scored (tuned)",
        "the forty-six samples: 0.86 (422/489); the forty-fourth to forty-sixth 6/6, 15/15, "
        "12/12 (untuned 2/4, 11/14, 7/8)",
    ),
    (
        "not addressed",
        "statements (not this stage's files): contents read after the cue when they stand "
        "before it, contents running into the writer's clause; casualty places told only by "
        "the dateline; a topic noun cut before a gerund head (`tougher testing`)",
    ),
    (
        "speed",
        "bench/events.py interleaved with the round's base (c682ef6), eight pairs: x40 "
        "36.3-41.8 ms base, 36.2-40.9 ms round nineteen (one outlier at 48.8): no slower "
        "within the shared machine's noise",
    ),
]

ROUND_TWENTY: list[tuple[str, str]] = [
    (
        "place missing: a place right after the trigger or the counterpart (agnews-test-7238, "
        "`were killed in Sudan's troubled Darfur region`; agnews-test-6886, `met U.S. "
        "officials in New York twice`); a named place that is the patient itself "
        "(agnews-test-4464, `stormed Khan Younis refugee camp`, and the killing that came of it)",
        "an -ed word right after a possessive is a modifier, not a verb ending the phrase "
        "(_clauses: `Sudan's troubled Darfur region` read whole); adverbs that close a place "
        "phrase (closing_adverbs: `twice`, `together`, `separately`, `privately`, `secretly`, "
        "`jointly`); a security event's patient that is a name and a venue noun, bare or after "
        "`the` (not `a Hamas training camp`), with no participant but a place in it, is the "
        "place (named_venue). Outside every sample (10,713 texts less the draws to 263): none "
        "of these changed an event",
    ),
    (
        "counterpart missing, place wrong: a sale's buyer after `to` missed and where the "
        "holdings are read as the sale's place (agnews-test-3053, `sell its holdings in Spain "
        "to Permira Funds`)",
        "a patient headed by a holding (holding_nouns: stake, holdings, interest, shares, "
        "operations, unit ...) keeps its `in` phrase, no place of the event, for types marked "
        "holdings (acquisition; a unit closed in a country is closed there); the `to` party "
        "after it is then adjacent. Outside every sample 10 sales changed: 7 patients completed "
        "(`a 4.3 percent stake in the retailer Sears`), 3 of them losing a wrong place (the "
        "company the stake is in); 2 patients longer but cut at a modifier (`in the famous`, "
        "`Indonesia 's biggest`); one place dropped that was arguable (`take over operations "
        "in Afghanistan`)",
    ),
    (
        "not an event: an adjective after a possessive read as a proposal (agnews-test-5404, "
        "`Anthem Inc.'s ATH.N proposed $16.5 billion acquisition`)",
        "an -ed verb trigger right after a possessive, or after a possessive and its ticker "
        "(`ATH.N`, `<BRCM.O>`), is a modifier: no event. Outside every sample: none changed",
    ),
    (
        "topic cut: a content clause without `that` cut to its subject (agnews-test-3826, "
        "`announced ace Curt Schilling's ailing ankle will prevent him ...`)",
        "a content trigger's object followed by a finite auxiliary or modal (`will`, `would`, "
        "`has`, `is`, `was` ...) is the subject of its content clause, the topic read whole. "
        "Outside every sample 4 topics changed: 3 completed (`announced his company has signed "
        "a deal ...`, `suggested the Connecticut Sun could add ...`), one longer but still cut "
        "(`... to intercept any hijacked`)",
    ),
    (
        "missed events: fighting between armed sides (agnews-test-1299, `Iraqi fighters "
        "battled U.S. troops`)",
        "`battled`, `clashed with`, `fought` are attacks when their object is an armed side or "
        "police (senses.attack_fight: `battled cancer`, `fought the bill`, `battled the "
        "Royals` are none). Outside every sample: 3 gained, 2 right, one whose agent is cut "
        "inside a `when` clause (`Afghan governor` of `supporters of a sacked Afghan "
        "governor`); MEANTIME recall's denominator gained one gold mention (`fight`)",
    ),
    (
        "re-scored (tuned)",
        "the forty-nine samples: 0.87 (445/513); the forty-seventh to forty-ninth 7/7, 6/6, "
        "10/11 (untuned 4/8, 6/6, 7/10; one event found, `battled`, and the adjective "
        "`proposed` dropped)",
    ),
    (
        "not addressed",
        "the agent `Boston` linked to the city, not the Red Sox (agnews-test-3826); statements "
        "(not this stage's files); casualty places told only by the dateline",
    ),
    (
        "speed",
        "bench/events.py interleaved with the round's base (813d2cb), four pairs: x40 "
        "36.1-38.4 ms base, 35.7-38.5 ms round twenty; the reference article 0.95-1.01 ms "
        "base, 0.90-0.94 ms round twenty (one outlier at 1.26): no slower",
    ),
]
ROUND_TWENTY_ONE: list[tuple[str, str]] = [
    (
        "agent junk: a subject read back past `and` into an infinitive's object "
        "(agnews-test-181, `caused earnings to miss Wall Street estimates and shares fell`)",
        "a subject scanned back past `and` ends there when it meets `to` and a lower-case verb "
        "(not a number, a determiner or `all`); a determiner-led subject after `and` takes no "
        "conjunct that is an infinitive's object (`caused the carmaker to cut its forecast and "
        "its stock fell`). Outside every sample (10,563 texts: every draw to 271 left out): 3 "
        "agents or patients mended (`The death toll rose to three and 12 others were wounded`), "
        "one sale found whose subject had run back (`a group of creditor banks plans to buy`)",
    ),
    (
        "counterpart missing: a described buyer after `to` read as an infinitive "
        "(agnews-test-3449, `to investment group Investcorp`)",
        "after `to`, up to three lower-case words ending in an organization noun "
        "(descriptions.organization, `rival`) before a capitalized word are the party, no "
        "verb. Outside every sample: one sale gained its buyer (`to venture capital firm TA "
        "Associates`)",
    ),
    (
        "topic junk: `and` opening the subject's next predicate kept (agnews-test-3501, `... "
        "to China and, amid a flurry of deals, played down`)",
        "a clause ends before `and`/`or` followed by a comma. Outside every sample 3 topics "
        "lost a trailing `and`/`or`, all right",
    ),
    (
        "list cut: a second thing after `as well as` left out (agnews-test-4611)",
        "a conjunct may follow `as well as` and open with `a`/`an`, and may come after the "
        "first one's `with` phrase; none is taken before `to` and a lower-case word (`attacks "
        "on Christian targets and a failed bid to kill`). Outside every sample 3 casualty "
        "lists completed (`four civilians and a US marine`); agnews-test-4611 itself stays "
        "cut (its second thing is longer than a conjunct may be)",
    ),
    (
        "missed events: abductions (agnews-test-963, `had been abducted`)",
        "an abduction type (CAMEO 181) with `kidnapped`, `abducted`, `taken hostage`, as data. "
        "Outside every sample 31 abductions found, 24 with type and arguments right, 7 wrong "
        "(a passive subject found in a noun phrase or a headline, `leads group` for the "
        "group, an unresolved `they`); on the fifty-one samples 7 found, 4 right (tuned)",
    ),
    (
        "re-scored (tuned)",
        "the fifty-one samples: 0.86 (471/545), the fiftieth and fifty-first 13/15 and 10/11 "
        "(untuned 11/14, 8/11); the statements of agnews-test-729, -100 and -731 re-judged "
        "tuned after the statements round (right)",
    ),
    (
        "not addressed",
        "the subject of a verb inside an `unless` clause; a name cut at an apostrophe "
        "(`Runnin' Rebels`); `Boston` linked to the city for the team; fraud charges, "
        "`after meeting with`, a `private meeting` as a noun, resignations `tendered`, a "
        "profit that `more than doubled`",
    ),
    (
        "speed",
        "bench/events.py interleaved with round twenty's code (0ea2831), three pairs: x40 "
        "36.4/42.7/40.1 ms base, 37.3/42.6/40.1 ms round twenty-one; the reference article "
        "0.95/0.97/0.98 ms base, 0.94/0.99/1.18 ms (one outlier): no slower",
    ),
]

ROUND_TWENTY_TWO: list[tuple[str, str]] = [
    (
        "place missing: the scene told only by a nationality adjective (agnews-test-1840, "
        "`outside a Saudi shopping center`; agnews-test-5165, `a Russian nuclear power "
        "station`)",
        "a nationality adjective on a public place (`scene_venues`: a mall, a station, a "
        "market, a village ...) in the trigger's place phrase or in an incident's patient, or "
        "on local people (`local_people`: police, guards, villagers ...), names the country, "
        "for incidents and closures (`scene_types`); not premises kept abroad (an embassy, a "
        "base), not visitors (tourists, soldiers), not two adjectives; a definite phrase is "
        "kept as written (`the Nepali capital`); `outside` opens a place only before such a "
        "venue. Outside every sample (5,975 wire stories never drawn, the first 3,000 Reuters "
        "texts; the next draws, seeds 263 to 311, left out): 2 events gain a country, both "
        "right",
    ),
    (
        "place missing: an incident of the lead whose place only the dateline gives "
        "(agnews-test-7530, KABUL; agnews-test-3856)",
        "an incident (attack, casualties, arrest, abduction, accident: `dateline_incidents`) "
        "of a story's first two sentences with no place after the clause, the incident model "
        "and the victims' whereabouts takes the dateline's place, unless a sentence up to it "
        "names another place (the dateline's country too: `MANILA ... in the Philippines`, or "
        "a name the participants miss: `Sichuan province`, `the port city of X`, `Mount X`: "
        "`place_name`), its cause is several incidents (`recent bombings`) or an argument has "
        "a capitalized modifier that is no participant (`a Kandahar police chief`). Outside "
        "every sample: 18 events gain the dateline's place, 12 right, 6 wrong (2 of them "
        "junk events already; 4 told no place: arrests across a country, a settlement near "
        "the dateline's city, a school in another province)",
    ),
    (
        "place missing: a place told inside the incident's arguments (round-twenty-two "
        "check outside the samples)",
        "a weapon's place and a collective noun's head past its `of` (`Two car bombs in X "
        "killed`, `A series of car bombings in X`: `devices`, `collectives`), a place "
        "attacked (`shelled X`, `bombed the rebel-held city of X`: `target_types`, "
        "`settlements`), `in this northern city` (the dateline's place: `this_place`), a "
        "part of a place no participant names (`the outskirts of the Iraqi city of X`); an "
        "object ends before a closing adverb (`shelled X overnight`). Outside every sample: 14 "
        "events gain a place, all right",
    ),
    (
        "topic junk: a topic past a dash (agnews-test-340); object cut: `a government` "
        "(agnews-test-5361), `coach of the Runnin` (agnews-test-1859); patient junk: a "
        "participle's noun read back past `in a bid to` (agnews-test-2219); patient wrong: an "
        "amount after a preposition read as a passive's subject (agnews-test-5953)",
        "a spaced dash ends a topic unless a second dash closes the aside; a venue noun in -ing "
        "stays a noun; a name goes on past an apostrophe glued to a capitalized word before "
        "another; a purpose noun's infinitive (`in a bid to`, `purpose_heads`) keeps its "
        "object apart from the phrase before; a currency sign opens an amount read back, so "
        "its determiner and preposition are seen. Outside every sample: 4 arguments mended, "
        "one wrong event withdrawn; statements identical on every wire story",
    ),
    (
        "re-scored (tuned)",
        "the fifty-four samples: 0.87 (491/565), before the round 0.86 (486/566); the "
        "fifty-second to fifty-fourth 8/9, 7/8, 3/3 (untuned 8/9, 5/9, 2/3); 6 events "
        "mended (two places, a dash, an apostrophe, a building, a dateline's Kabul), 3 "
        "newly wrong (the dateline's place for a wreck at sea and for strikes across regions "
        "already wrong; `top of a $500,000 reward`), the `$11.5 billion deal` announcement "
        "withdrawn; agnews-test-2219's patient still wrong (`the lives of 10 employees`)",
    ),
    (
        "not addressed",
        "a place in a main clause around a `when` clause (tried: `in London from 1968 when` "
        "junk outside the samples, dropped); speakers as places (`Iraqi police said`: "
        "foreign officials speak of wars abroad); `Boston` the city for the team; what a "
        "noun of plans is for past a time (`announced plans Monday for X`)",
    ),
    (
        "speed",
        "the events stage over the first 1,500 Reuters texts (earlier stages run once, best "
        "of five passes, alternating with the round's base on the same tree): 0.44-0.55 s "
        "after vs 0.44-0.55 s base, the spread of the shared machine larger than any "
        "difference; the dateline pass itself 0.7 % of the stage",
    ),
]


ROUND_TWENTY_THREE: list[tuple[str, str]] = [
    (
        "place wrong or unsupported: the dateline's place given to an action or an incident "
        "the story does not place there (agnews-test-164, peace talks at PRESENTACION; "
        "agnews-test-5656, a bomb at NANO)",
        "measured first, outside every sample (the undrawn AG News summaries and the first "
        "3,000 Reuters texts; every drawn id and the next draws, seeds 277 to 331, left out): "
        "every place the two dateline rules gave was read, 137 events (120 from the older "
        "fill, 17 from round twenty-two's lead incidents), about 56 right (41 %): a firm's "
        "deal at its head office or the bureau, accords told in later sentences, junk events. "
        "Kept only where right at least 85 %: the fill needs someone acting (an agent, or both "
        "parties of `talks between X and Y`), no business party (`commercial_words`) and the "
        "story's first sentence or an official, a government body or a titled person "
        "(`official_words`); the lead's incident needs a verb with its subject before it, not "
        "in a relative clause, and no nationality or unknown capitalized modifier anywhere in "
        "the sentence's incident (a victim's own nationality after the article excepted). "
        "After: 46 places kept, 42 right (fill 34 of 37, incidents 8 of 9); 91 withdrawn, "
        "about 77 of them wrong",
    ),
    (
        "place missing: a disaster's place named as the object of its verb, behind the "
        "country's possessive (agnews-test-1769, `rocked Indonesia's premier tourist island "
        "of Bali`)",
        "the incident verb's object may run through a possessive (`Indonesia's`), the "
        "dateline's place is matched in the text whatever its case, and a place of the "
        "sentence that is only the country holding the incident's place no longer keeps that "
        "place from the consequences: outside, no change (no such sentence)",
    ),
    (
        "place wrong: a purpose's place read as the event's (agnews-test-3189, `to expand its "
        "presence in Europe`)",
        "a place past `to` + verb + determiner after the trigger is the purpose's, for all but "
        "security events (`an offensive to retake a police station in X`): outside, 15 places "
        "withdrawn, all wrong (`to broaden its presence in Scandinavia`, `to coach in Italy`, "
        "`to develop a mine in the Topaz Mountains`, junk)",
    ),
    (
        "topic cut: a demand's addressee and bare verb read as one phrase (agnews-test-1892, "
        "`demanded Washington explain more clearly how ...`)",
        "a content object whose last word is lower-case and that goes on (`more`, `how`, a "
        "determiner ...) is the subject of a content clause, read whole: outside, 4 topics "
        "changed, 3 better (`a dividend of 10 cts a share`, `a price more fitting of ...`), 1 "
        "longer and undated (`an income distribution ... compared with ... the previous "
        "month`)",
    ),
    (
        "place cut: a list of places after the place phrase (agnews-test-1776, `the Gulf of "
        "Mexico coast states of Alabama, Florida and Mississippi`)",
        "a place phrase keeps the places listed after it up to the list's `and`, past the "
        "clause's comma, when every item is a place: outside, 1 place changed (`Japan` to "
        "`Japan, Korea and Taiwan`, where rights bought are to be used: neither the purchase's "
        "place)",
    ),
    (
        "counterpart missing: the seller after the price (agnews-test-3189)",
        "a deal's other party may follow its price (`bought X for $40 million from Y`): "
        "outside, 1 counterpart gained, right; the seller after `X of Germany` is still missed",
    ),
]
ROUND_TWENTY_FOUR: list[tuple[str, str]] = [
    (
        "counterpart missing: the other party behind a prepositional phrase or a relative "
        "clause (agnews-test-6708, `sealed deals worth more than $1 billion in new work with "
        "two European companies from which ... acquired`; agnews-test-5350, `demanded a "
        "response ... from the Afghan government and United Nations`; agnews-test-3189, the "
        "seller past `X of Germany`)",
        "measured outside every sample (the undrawn AG News summaries, every Reuters text and "
        "the long-form stories never drawn, 20,085 texts; every drawn id and the next draws, "
        "seeds 283 to 353, left out), each change read: a deal's other party may follow its "
        "worth (`worth`, `valued at`, `totaling` + an amount, and `in new work`), 8 events "
        "changed, 7 right (one bank's name split in two); the antecedent of a relative clause "
        "opened by the type's counterpart word (`from which`, `with whom`) when the trigger is "
        "the clause's own verb and the antecedent a party (a participant or a firm's or "
        "body's noun), 2 changed, both right (`the speed with which` is no party); whom "
        "`demanded`/`requested` ask, after what is asked and `from` (not a withdrawal's or a "
        "freedom's `from`, nor an infinitive's inside the topic), 5 changed, all right; the "
        "seller past the bought firm's country (`X GmbH of Germany from Y`), no such sentence",
    ),
    (
        "patient missing, agent and topic missing: what an investment is in, what votes were "
        "over and who called them (agnews-test-4162, agnews-test-6580)",
        "an investment's amount takes its `in` phrase, and a bare `invest in X` its object, "
        "unless it names a place (`in Europe`: where) or a time: 38 events changed, 33 right "
        "(5 objects cut: `a number` of exchanges, `oil` and gas properties ...); a vote's "
        "topic may follow `over` (not `over the objections of`, `over the weekend`), and "
        "`votes sponsored/tabled/called by X` gives the agent: no such sentence outside "
        "(4 `over the objections` topics seen and excluded). agnews-test-4162 stayed wrong in the "
        "round: `$100M` was no amount of the quantities stage (fixed after it by the lead)",
    ),
    (
        "place wrong: a cause's place (agnews-test-2673, `rose on volume growth in the United "
        "States and Europe`)",
        "a place inside a cause's phrase after a non-security trigger (`due to`, `amid`, "
        "`following`, `in reaction to` ..., `cause_openers`; `on` too for prices and results, "
        "unless a time or a name follows: `rallied on the Commodity Exchange in New York`) is "
        "the cause's: 4 places withdrawn outside, all right (`soared following a drought in "
        "Brazil`); 3 `on the Commodity Exchange` seen and excluded",
    ),
    (
        "place missing: an island behind a country's possessive (agnews-test-1765, "
        "`Indonesia's premier tourist island of Bali`; the lead adds islands to the gazetteer)",
        "`on` opens a place before `X's island of Y` as before `the island of Y`, and a place "
        "phrase whose first place is a country's possessive is the later place's (`Italy's "
        "island of Sicily`: Sicily, not Italy): no change outside",
    ),
    (
        "agent and counterpart wrong: `the <Proper> <noun>` resolved to the latest body of its "
        "kind (a check of the Afghan government above, linked to the United Nations)",
        "a capitalized modifier right before the head (one word between at most) says which: "
        "the phrase resolves only to a body whose name opens with it (or holds it, when it is "
        "no nationality: `the Hutton LBO group`, `the Porsche board`), unless the modifier is "
        "a place or `-based` (`the Houston-based company` is the story's firm): 33 events "
        "changed outside, 29 right (`the Warburg Pincus group` no longer the SEC, `the "
        "Brazilian government` no longer a party); 46 statements' speakers unlinked, 43 of them "
        "wrong links dropped, 3 right ones lost (`the European aircraft maker` loses Airbus, "
        "`The EC authority` the Commission)",
    ),
    (
        "not an event: a venue's or a sports league's name read as a named event (seen on "
        "stories outside every sample while the mechanisms above were checked)",
        "a name followed by a building's noun (`Center`, `Hall`, `Arena` ...) or a sports word "
        "(`title`, `game`, `rivals` ...) is none (`venues`, `leagues`): 4 named events dropped "
        "outside, all right (`the Bayside Expo Center`, `Southeastern Conference title game`)",
    ),
    (
        "modality wrong: a passive after `expected to` or `likely to` read as done (seen "
        "outside every sample, `is likely to be sworn in on Monday`)",
        "`to be` may stand between the planning word and the trigger (`expected to be sworn "
        "in`, `due to be signed`, `agreed to be acquired`: planned), and `likely to be` makes "
        "a trigger possible: 46 events changed outside, 45 right (a conditional `if it was "
        "going to be sold` is now planned, not possible)",
    ),
    (
        "patient cut: a possessive's superlative (seen outside every sample, `killed the "
        "country 's most wanted terrorist`: `the country`)",
        "an ordinal or superlative after a possessive is an adjective inside the phrase, as "
        "after a determiner: 3 events changed outside, all better (one still cut before its "
        "noun)",
    ),
    (
        "patient wrong: `signed a memorandum of understanding` read as a memorandum with the "
        "patient `understanding` (seen outside every sample)",
        "the three words are one agreement noun: 7 events changed outside, 6 better (one "
        "`memorandum of understanding for X to purchase ...` now has X as topic, as wrong as "
        "before); `talked to X` as a counterpart was tried and dropped (2 of 4 right: `discuss "
        "a sale of securities to the public`)",
    ),
]

ROUND_TWENTY_SIX: list[tuple[str, str]] = [
    (
        "time wrong: a participle's time between commas (te3silver-XIN_ENG_20051126.0192, "
        "`Bouteflika, born in March 1937, was elected president in 1999`)",
        "measured outside every sample (every Reuters text, the wire_samples texts never drawn "
        "and the TE3 silver stories outside the sixty-third and the next three draws, seeds "
        "313, 317, 331: 22,417 texts), each change read: a time or place in a clause set off "
        "by commas that opens with a participle (-ed, or `born`, `held`, `known` ...: "
        "`apposition_participles`) between the subject and the verb is the participle's: 3 "
        "texts changed outside, 3 right",
    ),
    (
        "time wrong: a sentence's opening time for a trigger in a relative clause "
        "(te3silver-XIN_ENG_20061121.0003, `On Nov. 18, ..., Prachanda who had visited New "
        "Delhi to attend the Leadership Summit ..., disclosed that when he decided ..., back "
        "in 1996`)",
        "a time opening the sentence dates no trigger after a relative pronoun past the "
        "subject (or past the time, with no subject), and a `when` clause after a comma and "
        "another verb's `that` shares no time: no change outside (a first form of each, a "
        "relative pronoun anywhere before the trigger and any embedder before the `when`, "
        "changed 1 text each outside, both wrong, and was narrowed)",
    ),
    (
        "modality wrong: a condition after `would` (te3silver-AFP_ENG_19970415.0471, `would be "
        "elected to power if fresh elections were held now`) and a likelihood "
        "(agnews-test-6801, `is unlikely to sign`)",
        "`would` before a trigger with `if`/`unless` at most six words after it in its clause "
        "is possible (5 texts outside, 5 right); `likely to`/`unlikely to` before a trigger is "
        "possible like an ability, as `likely to be` already was (29 texts outside, all right: "
        "forecasts of prices and output read as planned before)",
    ),
    (
        "place missing: an incident's place after `near` in its agent "
        "(te3silver-AFP_ENG_19970416.0040, `an inferno near Mecca killed`)",
        "an eventive agent's place after `near` or `outside` as after `in`/`at`, and "
        "`inferno`, `blaze` as incident nouns, so the incident's place reaches its later "
        "casualties: no change outside (Mecca, where Mina, nearer, is in no gazetteer)",
    ),
    (
        "place missing: an arrest by the police the lead placed (te3silver-AFP_ENG_19970412.0213, "
        "`Police in Sarajevo on Saturday foiled ... Police said they had arrested a man`)",
        "a force (`police`, `troops`, `soldiers`, `rescuers` ...: `stationed`) placed in the "
        "lead's first sentence, one place and no other later, places its undated or "
        "same-day events with no place of their own: 2 texts changed outside at first (any "
        "sentence, any date: both wrong, a killing months before, `police in London and "
        "Brussels`), none after the limits; tuned on one story",
    ),
    (
        "not an event: `named as` a person (te3silver-AFP_ENG_20061221.0533, `whom the media "
        "named as Steve Wright`) and `offered to` a recipient (te3silver-XIN_ENG_20061121.0292, "
        "`relief was being offered to people in dire need`)",
        "a trigger ending in `as` right before a person's name abstains (no change outside); "
        "`offered to` in the passive or before a determiner abstains "
        "(`infinitive_triggers`): 21 texts outside, 21 right (shares, sugar, bonds offered to "
        "buyers, `the reward offered to an eventual killer`)",
    ),
    (
        "place missing: a summit the visitor went to attend (te3silver-XIN_ENG_20061121.0003, "
        "`visited New Delhi to attend the Leadership Summit`)",
        "an event noun right after `to attend` (three words between at most) is held at the "
        "place named right before it: 1 text changed outside, right (`flying to Auckland to "
        "attend a South Pacific Forum conference`)",
    ),
    (
        "missed: an index's change after an abbreviation in brackets "
        "(te3silver-XIN_ENG_20061130.0029, `The benchmark Korea Composite Stock Price Index "
        "(KOSPI) rose`)",
        "a subject's head is read before a bracketed abbreviation, and an index (`measure_heads`) "
        "is typed by the word before it (`Industrial Production Index`: production): 5 texts "
        "gained outside, 5 right (4 of 5 before the index's word was read)",
    ),
    (
        "missed: a market's close with its direction (te3silver-AFP_ENG_19970408.0230, "
        "`Jakarta shares closed 0.2 percent higher Tuesday`)",
        "`closed`, `ended`, `finished` before `higher`/`lower`, or before how much and `up`/"
        "`down` (`closed down` is a closure, `ended up` no price), a price change: 54 texts, 57 "
        "events gained outside, 15 read (8 at random, all right; 7 picked as suspicious, 4 "
        "right: a runner's `finished higher than fifth`, an agent cut at `the U.S.` before "
        "`Dollar`, `this morning` missed); 6 found in the samples, all right",
    ),
    (
        "missed: `rearrested`, `charged` (te3silver-AFP_ENG_19970425.0055)",
        "`rearrested` an arrest (no text outside has it); `charged` with a crime after a short "
        "object or a time: 1 gained outside, right (with the noun `charges` 2 more, both "
        "wrong, left out). In the samples the three found are wrong (places missing: Hong "
        "Kong; Canada; an agent `The Canadian warrant`)",
    ),
]
ROUND_TWENTY_FIVE: list[tuple[str, str]] = [
    (
        "place wrong: the place of talks taken from their topic (agnews-test-1366, `held crisis "
        "talks on the fate of two French journalists held hostage in Iraq`) and from a "
        "dateline of two cities",
        "measured outside every sample (the undrawn AG News summaries, every Reuters text and "
        "the long-form stories never drawn, 20,085 texts; every drawn id and the next draws, "
        "seeds 307 to 379, left out), each change read: a place right after a topic that "
        "closes with a participle after its noun (`journalists held hostage`, one lower-case "
        "word between at most) is that participle's for a non-security trigger; a dateline "
        "naming two cities (`DUBAI/PARIS`) gives no place to the story's events: no change "
        "outside for either",
    ),
    (
        "patient wrong: a relative clause read as the object (agnews-test-2613, `An Indian "
        "gold coin which is nearly 1,900 years old and shows ... is to be sold`)",
        "a number's comma inside a relative clause (`1,900`) closes no clause, so the phrase "
        "before the relative clause is the subject (elsewhere the number may open it: `and "
        "over 1,000 injured`): no change outside. Narrow: `which is old and shows a king is to "
        "be sold` still reads `a king`",
    ),
    (
        "agent wrong: a verb of belief read into the subject (`Investigators believe fellow "
        "soldiers killed her`: `Investigators believe fellow soldiers`)",
        "a subject read backwards stops at a present-tense verb whose object is a clause "
        "without `that` (`believe`, `say`, `know`, `insist`, `argue`, `allege` ...: "
        "`belief_verbs` in clauses.toml): 9 texts changed outside, 8 right (junk agents cut "
        "or dropped: `Some believe prices`, `the market believes rates`, `he believes`, "
        "`I don't know`; one agent still wrong: `drugs` of `believe drugs bought online`); "
        "`think`, `suggest` and nouns (`fears`, `claims`, `suspects`) were tried and left out "
        "(`think tanks told` became a speaker `tanks`, `Icahn I think had wanted to sell` lost "
        "its agent)",
    ),
    (
        "agent an unresolved pronoun kept (seen outside every sample while checking the "
        "above: `We know they'd buy more beef`)",
        "a pronoun with a contracted auxiliary (`they'd`, `they'll`, `they're`, `They've`) is "
        "the pronoun for the abstention check: 4 events dropped outside, all right",
    ),
    (
        "casualty place wrong or missing: a list of the wounded (agnews-test-2056, `wounding "
        "seven, including four US soldiers in the northern city of Samarra,`; outside every "
        "sample, found by the lead)",
        "the named place closing an `including` list set off by commas is where an incident "
        "with no place of its own happened: 1 text changed outside, its 2 casualties right "
        "(the attack before them stays unplaced). The U.S. of `a key U.S. ally` "
        "(agnews-test-1446, found by the lead): a place after an incident noun in the clause "
        "of a participle of consequence (`killing nine people ... in a bloody strike at a key "
        "U.S. ally`) tells of the incident again, so the incident's place holds: 1 text "
        "changed outside, its 2 casualties right (Jakarta). Tried first and dropped: initials "
        "before a lower-case noun as no place (the casualties then took `the war in Iraq`, and "
        "`sells a vaccine in the U.S. called Recombivax` lost its right place)",
    ),
    (
        "missed events: rates raised (agnews-test-7331, `raised U.S. interest rates`), "
        "explosions that `rocked` a place (agnews-test-4814, agnews-test-1569)",
        "a country's initials may stand before the price's noun (`raised U.S. interest "
        "rates`, not after the adjective `lower`: `absorb lower U.K. interest rates`), and a "
        "country named inside a phrase trigger is its place: 3 events gained outside, all "
        "right (`cut the U.S. price`, `raised U.S. Prices`, `can lower the U.S. milk price "
        "support`, possible); `rocked`/`rocks` are subject-only incident verbs (a blast, a "
        "bomb: an attack; `the scandal rocked` none): 1 text outside, its attack and "
        "casualty right (`A blast rocks a branch of Citibank`); `A huge explosion rocked North "
        "Korea` stays missed (an explosion alone is no attack). Not tried: a group "
        "pulling out of a government (no type fits), the headline's `predicts 17 earnings` "
        "(agnews-test-1432). Dropped: `filed fraud charges` as a lawsuit (2 gained outside, 1 "
        "right: the patient of `against three former Kmart Corp. executives` was the firm); "
        "pronoun objects "
        "(`killed her` as patient when resolved: no change outside, and the reading's `her` "
        "has no named antecedent; `him` resolved like `her` changed 10 texts, 7 right: "
        "`quoted him as saying` took the last man named)",
    ),
    (
        "missed event: a bill passed (agnews-test-3369, `unanimously passed a second bill "
        "targeting ... spyware`)",
        "`passed a/the` + a word or two + `law`/`bill`/`measure` is a vote (it had been the "
        "literal `passed a bill`), and a phrase trigger that holds its object's noun takes "
        "no participle after it as a patient (`passed a bill providing`, `endorsing`): 6 "
        "texts changed outside, all right (2 votes gained, `Congress passed a textile bill "
        "two years ago`; 4 junk patients gone); applied to topics too it cut right ones "
        "(`reached an agreement resolving all outstanding differences`) and was kept to "
        "patients",
    ),
    (
        "agent wrong: the newspaper for the guerrillas `willing to negotiate their release` "
        "(agnews-test-1092); an agent cut: `blast` for `an earlier blast` (agnews-test-4814)",
        "an adjective that takes an infinitive right after a noun, no verb between "
        "(`willing`, `ready`, `able`, `eager` ...: `disposition_adjectives` in clauses.toml), "
        "makes that noun the infinitive's subject, even a preposition's object (`held by "
        "Iraqi guerrillas willing to negotiate`): no change outside. `earlier`, `following`, "
        "`very`, `outside` after an article read inside the phrase (`an earlier blast`, `A "
        "very strong earthquake`) was tried and dropped, 5 of 6 changes outside right (`an "
        "earlier private placement bond announced last month` still an agent); with `first`, "
        "`last`, `most` and demonstratives it changed 52 texts, many worse (`for the first "
        "time and the sources said` as a speaker, `This is first dividend`)",
    ),
]


def pooled_table() -> list[str]:
    """The pooled first-reading errors by cause, with the mechanism that addresses each."""
    by_cause: collections.Counter[str] = collections.Counter()
    by_sample: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for sample_no, _story_id, _trigger, causes in POOLED_ERRORS:
        for cause in causes:
            by_cause[cause] += 1
            by_sample[cause][sample_no] += 1
    rows = [
        f"{len(POOLED_ERRORS)} wrong events in sixty-eight samples at first reading "
        f"({sum(by_cause.values())} causes).",
        "",
        f"| cause | events | samples {'/'.join(POOLED_SAMPLES)} | mechanism (issue 7) |",
        "|---|---|---|---|",
    ]
    for cause, count in by_cause.most_common():
        per = "/".join(str(by_sample[cause][k]) for k in POOLED_SAMPLES)
        rows.append(f"| {cause} | {count} | {per} | {MECHANISMS.get(cause, '')} |")
    rows += ["", "Round three (after the sixth and seventh samples):", ""]
    rows += [f"- {cause}: {change}" for cause, change in ROUND_THREE]
    rows += ["", "Round six (after the eleventh to thirteenth samples, and the fourteenth):", ""]
    rows += [f"- {cause}: {change}" for cause, change in ROUND_SIX]
    rows += ["", "Round seven (after the eleventh to fourteenth samples):", ""]
    rows += [f"- {cause}: {change}" for cause, change in ROUND_SEVEN]
    rows += ["", "Round eight (the incident model, after the fifteenth sample):", ""]
    rows += [f"- {cause}: {change}" for cause, change in ROUND_EIGHT]
    rows += ["", "Round nine (after the sixteenth and seventeenth samples):", ""]
    rows += [f"- {cause}: {change}" for cause, change in ROUND_NINE]
    rows += ["", "Round ten (after the eighteenth and nineteenth samples):", ""]
    rows += [f"- {cause}: {change}" for cause, change in ROUND_TEN]
    rows += ["", "Round eleven (after the twentieth and twenty-first samples):", ""]
    rows += [f"- {cause}: {change}" for cause, change in ROUND_ELEVEN]
    rows += ["", "Round twelve (after the twenty-second and twenty-third samples):", ""]
    rows += [f"- {cause}: {change}" for cause, change in ROUND_TWELVE]
    rows += ["", "Round thirteen (after the twenty-fourth to twenty-seventh samples):", ""]
    rows += [f"- {cause}: {change}" for cause, change in ROUND_THIRTEEN]
    rows += ["", "Round fourteen (after the twenty-eighth to thirty-first samples):", ""]
    rows += [f"- {cause}: {change}" for cause, change in ROUND_FOURTEEN]
    rows += ["", "Round fifteen (after the thirty-second to thirty-fifth samples):", ""]
    rows += [f"- {cause}: {change}" for cause, change in ROUND_FIFTEEN]
    rows += ["", "Round sixteen (after the thirty-sixth to thirty-eighth samples):", ""]
    rows += [f"- {cause}: {change}" for cause, change in ROUND_SIXTEEN]
    rows += ["", "Round seventeen (after the thirty-ninth and fortieth samples):", ""]
    rows += [f"- {cause}: {change}" for cause, change in ROUND_SEVENTEEN]
    rows += ["", "Round eighteen (after the forty-first to forty-third samples):", ""]
    rows += [f"- {cause}: {change}" for cause, change in ROUND_EIGHTEEN]
    rows += ["", "Round nineteen (after the forty-fourth to forty-sixth samples):", ""]
    rows += [f"- {cause}: {change}" for cause, change in ROUND_NINETEEN]
    rows += ["", "Round twenty (after the forty-seventh to forty-ninth samples):", ""]
    rows += [f"- {cause}: {change}" for cause, change in ROUND_TWENTY]
    rows += ["", "Round twenty-one (after the fiftieth and fifty-first samples):", ""]
    rows += [f"- {cause}: {change}" for cause, change in ROUND_TWENTY_ONE]
    rows += ["", "Round twenty-two (after the fifty-second to fifty-fourth samples):", ""]
    rows += [f"- {cause}: {change}" for cause, change in ROUND_TWENTY_TWO]
    rows += ["", "Round twenty-three (after the fifty-fifth to fifty-seventh samples):", ""]
    rows += [f"- {cause}: {change}" for cause, change in ROUND_TWENTY_THREE]
    rows += ["", "Round twenty-four (after the fifty-eighth and fifty-ninth samples):", ""]
    rows += [f"- {cause}: {change}" for cause, change in ROUND_TWENTY_FOUR]
    rows += ["", "Round twenty-five (after the sixtieth and sixty-first samples):", ""]
    rows += [f"- {cause}: {change}" for cause, change in ROUND_TWENTY_FIVE]
    rows += ["", "Round twenty-six (after the sixty-second and sixty-third samples):", ""]
    rows += [f"- {cause}: {change}" for cause, change in ROUND_TWENTY_SIX]
    return [*rows, ""]


def _lead(text: str) -> str:
    """A story's lead: whole sentences, at most ``LEAD_CHARS`` characters."""
    if len(text) > LEAD_CHARS:
        cut = max(text.rfind(". ", 0, LEAD_CHARS), text.rfind("\n", 0, LEAD_CHARS))
        text = text[: cut + 1] if cut > 0 else text[:LEAD_CHARS]
    return text


def _story(row: dict[str, Any]) -> dict[str, Any]:
    """A labelled story cut to its lead, with the corpus's date when it gives one."""
    return {
        "id": row["id"],
        "agency": row["agency_detected"],
        "text": _lead(row["text"]),
        "date": row.get("date"),
    }


def _gigaword_story(row: dict[str, Any]) -> dict[str, Any]:
    """A TE3 silver story cut to its lead, published on its ``dct``; the agency from the
    document id, as the ``agency`` field is empty or misspelt for 652 of the 2,452."""
    return {
        "id": row["id"],
        "agency": GIGAWORD_AGENCIES[row["id"].split("-", 1)[1][:3]],
        "text": _lead(row["text"]),
        "date": row["dct"],
    }


def _rows() -> list[dict[str, Any]]:
    with CORPUS.open(encoding="utf-8") as f:
        return [row for row in map(json.loads, f) if row.get("agency_detected")]


def sample() -> list[dict[str, Any]]:
    """One story per agency and source: first the long-form sources (TASS, TBAQ, agency
    feed fixtures, fundus), then AG News summaries, in file order, 30 in all."""
    seen: set[tuple[bool, str]] = set()
    long_form: list[dict[str, Any]] = []
    summaries: list[dict[str, Any]] = []
    for row in _rows():
        summary = row["origin"].startswith("AG News")
        if (summary, row["agency_detected"]) in seen:
            continue
        seen.add((summary, row["agency_detected"]))
        (summaries if summary else long_form).append(_story(row))
    return (long_form + summaries)[:STORIES]


def held_out(taken: list[dict[str, Any]], seed: int = SEED) -> list[dict[str, Any]]:
    """30 labelled stories disjoint from ``taken``: round-robin over agencies in a seeded
    order, each agency's long-form stories (seeded order) before its summaries."""
    ids = {story["id"] for story in taken}
    by_agency: dict[str, list[dict[str, Any]]] = {}
    for row in _rows():
        if row["id"] not in ids:
            by_agency.setdefault(row["agency_detected"], []).append(row)
    return _round_robin(by_agency, seed, _story)


def gigaword_held_out(taken: list[dict[str, Any]], seed: int) -> list[dict[str, Any]]:
    """30 TE3 silver stories disjoint from ``taken``, round-robin over AFP and Xinhua in a
    seeded order: wire stories never used for tuning, once the labelled ones ran out."""
    ids = {story["id"] for story in taken}
    by_agency: dict[str, list[dict[str, Any]]] = {}
    with GIGAWORD.open(encoding="utf-8") as f:
        for row in map(json.loads, f):
            if row["id"] not in ids:
                by_agency.setdefault(row["id"].split("-", 1)[1][:3], []).append(row)
    return _round_robin(by_agency, seed, _gigaword_story)


def _round_robin(
    by_agency: dict[str, list[dict[str, Any]]],
    seed: int,
    story: Callable[[dict[str, Any]], dict[str, Any]],
) -> list[dict[str, Any]]:
    """``STORIES`` stories taken in turn from each agency, agencies and stories in an order
    fixed by ``seed``, long-form stories before AG News summaries."""
    rng = random.Random(seed)
    queues = []
    for agency in sorted(by_agency):
        rows = by_agency[agency]
        rng.shuffle(rows)
        rows.sort(key=lambda r: r["origin"].startswith("AG News"))  # stable: long-form first
        queues.append(rows)
    rng.shuffle(queues)
    chosen: list[dict[str, Any]] = []
    while len(chosen) < STORIES and any(queues):
        for rows in queues:
            if rows and len(chosen) < STORIES:
                chosen.append(story(rows.pop(0)))
    return chosen


Verdicts = dict[tuple[str, str, int], str]


def review(
    stories: list[dict[str, Any]],
    verdicts: Verdicts,
    statement_verdicts: Verdicts,
    missed: dict[str, str],
) -> tuple[dict[str, int], list[str]]:
    """Counts and the listing of one sample against its verdicts."""
    rows: list[str] = []
    n = collections.Counter({"ok": 0, "total": 0, "unreviewed": 0, "st_ok": 0, "st_total": 0})
    for story in stories:
        article = newsfacts.extract(story["text"], published=story["date"])
        names = {p.id: p.name for p in article.participants}
        rows.append(f"### {story['id']} ({story['agency']})\n")
        seen: collections.Counter[tuple[str, str]] = collections.Counter()
        for e in article.events:
            args = ", ".join(
                f"{a.role}={names.get(a.participant_id or '', a.text or '')}" for a in e.arguments
            )
            verdict = verdicts.get((story["id"], e.span.text, seen[("e", e.span.text)]))
            seen[("e", e.span.text)] += 1
            if verdict is None:
                n["unreviewed"] += 1
                verdict = "UNREVIEWED"
            else:
                n["total"] += 1
                n["ok"] += verdict.startswith("ok")
            when = f" {e.start}..{e.end}" if e.start else ""
            where = f" @{e.location}" if e.location else ""
            flags = (" negated" if e.negated else "") + (
                f" {e.modality}" if e.modality != "actual" else ""
            )
            rows.append(
                f"- event `{e.span.text}` {e.type}{flags} [{args}]{when}{where}: **{verdict}**"
            )
        for s in article.statements:
            key = (story["id"], s.cue, seen[("s", s.cue)])
            verdict = statement_verdicts.get(key, "UNREVIEWED")
            seen[("s", s.cue)] += 1
            n["st_total"] += 1
            n["st_ok"] += verdict.startswith("ok")
            n["speakerless"] += s.speaker is None
            speaker = names.get(s.speaker_id or "", s.speaker or "NONE")
            rows.append(
                f"- statement {s.cue} by {speaker} ({'direct' if s.direct else 'reported'}): "
                f"`{s.content.text[:80]}`: **{verdict}**"
            )
        if story["id"] in missed:
            rows.append(f"- missed: {missed[story['id']]}")
        rows.append("")
    n["missed"] = len(missed)
    return n, rows


def _table(n: dict[str, int]) -> list[str]:
    rate = f"{n['ok'] / n['total']:.2f} ({n['ok']}/{n['total']})" if n["total"] else "n/a"
    return [
        "| measure | figure | target |",
        "|---|---|---|",
        f"| events fully right (type, arguments, time, place) | {rate} | >= 0.85 |",
        f"| events not yet reviewed | {n['unreviewed']} | 0 |",
        f"| statements right | {n['st_ok']}/{n['st_total']} | |",
        f"| statements without a speaker | {n['speakerless']} | 0 where the text names one |",
        f"| stories with attributed speech that was missed | {n['missed']} | |",
        "",
    ]


def main() -> None:
    first = sample()
    n1, rows1 = review(first, VERDICTS, STATEMENT_VERDICTS, MISSED_STATEMENTS)
    second = held_out(first)
    n2, rows2 = review(second, HELD_OUT_VERDICTS, HELD_OUT_STATEMENT_VERDICTS, HELD_OUT_MISSED)
    third = held_out(first + second, SEED_3)
    n3, rows3 = review(third, THIRD_VERDICTS, THIRD_STATEMENT_VERDICTS, THIRD_MISSED)
    fourth = held_out(first + second + third, SEED_4)
    n4, rows4 = review(fourth, FOURTH_VERDICTS, FOURTH_STATEMENT_VERDICTS, FOURTH_MISSED)
    fifth = held_out(first + second + third + fourth, SEED_5)
    n5, rows5 = review(fifth, FIFTH_VERDICTS, FIFTH_STATEMENT_VERDICTS, FIFTH_MISSED)
    sixth = held_out(first + second + third + fourth + fifth, SEED_6)
    n6, rows6 = review(sixth, SIXTH_VERDICTS, SIXTH_STATEMENT_VERDICTS, SIXTH_MISSED)
    seventh = held_out(first + second + third + fourth + fifth + sixth, SEED_7)
    n7, rows7 = review(seventh, SEVENTH_VERDICTS, SEVENTH_STATEMENT_VERDICTS, SEVENTH_MISSED)
    taken = first + second + third + fourth + fifth + sixth + seventh
    eighth = held_out(taken, SEED_8)
    n8, rows8 = review(eighth, EIGHTH_VERDICTS, EIGHTH_STATEMENT_VERDICTS, EIGHTH_MISSED)
    ninth = held_out(taken + eighth, SEED_9)
    n9, rows9 = review(ninth, NINTH_VERDICTS, NINTH_STATEMENT_VERDICTS, NINTH_MISSED)
    tenth = held_out(taken + eighth + ninth, SEED_10)
    n10, rows10 = review(tenth, TENTH_VERDICTS, TENTH_STATEMENT_VERDICTS, TENTH_MISSED)
    taken += eighth + ninth + tenth
    eleventh = held_out(taken, SEED_11)
    n11, rows11 = review(eleventh, ELEVENTH_VERDICTS, ELEVENTH_STATEMENT_VERDICTS, ELEVENTH_MISSED)
    twelfth = held_out(taken + eleventh, SEED_12)
    n12, rows12 = review(twelfth, TWELFTH_VERDICTS, TWELFTH_STATEMENT_VERDICTS, TWELFTH_MISSED)
    thirteenth = held_out(taken + eleventh + twelfth, SEED_13)
    n13, rows13 = review(
        thirteenth, THIRTEENTH_VERDICTS, THIRTEENTH_STATEMENT_VERDICTS, THIRTEENTH_MISSED
    )
    fourteenth = held_out(taken + eleventh + twelfth + thirteenth, SEED_14)
    n14, rows14 = review(
        fourteenth, FOURTEENTH_VERDICTS, FOURTEENTH_STATEMENT_VERDICTS, FOURTEENTH_MISSED
    )
    fifteenth = held_out(taken + eleventh + twelfth + thirteenth + fourteenth, SEED_15)
    n15, rows15 = review(
        fifteenth, FIFTEENTH_VERDICTS, FIFTEENTH_STATEMENT_VERDICTS, FIFTEENTH_MISSED
    )
    taken += eleventh + twelfth + thirteenth + fourteenth + fifteenth
    sixteenth = held_out(taken, SEED_16)
    n16, rows16 = review(
        sixteenth, SIXTEENTH_VERDICTS, SIXTEENTH_STATEMENT_VERDICTS, SIXTEENTH_MISSED
    )
    seventeenth = held_out(taken + sixteenth, SEED_17)
    n17, rows17 = review(
        seventeenth, SEVENTEENTH_VERDICTS, SEVENTEENTH_STATEMENT_VERDICTS, SEVENTEENTH_MISSED
    )
    taken += sixteenth + seventeenth
    eighteenth = held_out(taken, SEED_18)
    n18, rows18 = review(
        eighteenth, EIGHTEENTH_VERDICTS, EIGHTEENTH_STATEMENT_VERDICTS, EIGHTEENTH_MISSED
    )
    nineteenth = held_out(taken + eighteenth, SEED_19)
    n19, rows19 = review(
        nineteenth, NINETEENTH_VERDICTS, NINETEENTH_STATEMENT_VERDICTS, NINETEENTH_MISSED
    )
    taken += eighteenth + nineteenth
    twentieth = held_out(taken, SEED_20)
    n20, rows20 = review(
        twentieth, TWENTIETH_VERDICTS, TWENTIETH_STATEMENT_VERDICTS, TWENTIETH_MISSED
    )
    twenty_first = held_out(taken + twentieth, SEED_21)
    n21, rows21 = review(
        twenty_first, TWENTY_FIRST_VERDICTS, TWENTY_FIRST_STATEMENT_VERDICTS, TWENTY_FIRST_MISSED
    )
    taken += twentieth + twenty_first
    twenty_second = held_out(taken, SEED_22)
    n22, rows22 = review(
        twenty_second,
        TWENTY_SECOND_VERDICTS,
        TWENTY_SECOND_STATEMENT_VERDICTS,
        TWENTY_SECOND_MISSED,
    )
    twenty_third = held_out(taken + twenty_second, SEED_23)
    n23, rows23 = review(
        twenty_third, TWENTY_THIRD_VERDICTS, TWENTY_THIRD_STATEMENT_VERDICTS, TWENTY_THIRD_MISSED
    )
    taken += twenty_second + twenty_third
    twenty_fourth = held_out(taken, SEED_24)
    n24, rows24 = review(
        twenty_fourth,
        TWENTY_FOURTH_VERDICTS,
        TWENTY_FOURTH_STATEMENT_VERDICTS,
        TWENTY_FOURTH_MISSED,
    )
    twenty_fifth = held_out(taken + twenty_fourth, SEED_25)
    n25, rows25 = review(
        twenty_fifth, TWENTY_FIFTH_VERDICTS, TWENTY_FIFTH_STATEMENT_VERDICTS, TWENTY_FIFTH_MISSED
    )
    twenty_sixth = held_out(taken + twenty_fourth + twenty_fifth, SEED_26)
    n26, rows26 = review(
        twenty_sixth, TWENTY_SIXTH_VERDICTS, TWENTY_SIXTH_STATEMENT_VERDICTS, TWENTY_SIXTH_MISSED
    )
    twenty_seventh = held_out(taken + twenty_fourth + twenty_fifth + twenty_sixth, SEED_27)
    n27, rows27 = review(
        twenty_seventh,
        TWENTY_SEVENTH_VERDICTS,
        TWENTY_SEVENTH_STATEMENT_VERDICTS,
        TWENTY_SEVENTH_MISSED,
    )
    taken += twenty_fourth + twenty_fifth + twenty_sixth + twenty_seventh
    twenty_eighth = held_out(taken, SEED_28)
    n28, rows28 = review(
        twenty_eighth,
        TWENTY_EIGHTH_VERDICTS,
        TWENTY_EIGHTH_STATEMENT_VERDICTS,
        TWENTY_EIGHTH_MISSED,
    )
    twenty_ninth = held_out(taken + twenty_eighth, SEED_29)
    n29, rows29 = review(
        twenty_ninth, TWENTY_NINTH_VERDICTS, TWENTY_NINTH_STATEMENT_VERDICTS, TWENTY_NINTH_MISSED
    )
    thirtieth = held_out(taken + twenty_eighth + twenty_ninth, SEED_30)
    n30, rows30 = review(
        thirtieth, THIRTIETH_VERDICTS, THIRTIETH_STATEMENT_VERDICTS, THIRTIETH_MISSED
    )
    thirty_first = held_out(taken + twenty_eighth + twenty_ninth + thirtieth, SEED_31)
    n31, rows31 = review(
        thirty_first,
        THIRTY_FIRST_VERDICTS,
        THIRTY_FIRST_STATEMENT_VERDICTS,
        THIRTY_FIRST_MISSED,
    )
    taken += twenty_eighth + twenty_ninth + thirtieth + thirty_first
    thirty_second = held_out(taken, SEED_32)
    n32, rows32 = review(
        thirty_second,
        THIRTY_SECOND_VERDICTS,
        THIRTY_SECOND_STATEMENT_VERDICTS,
        THIRTY_SECOND_MISSED,
    )
    thirty_third = held_out(taken + thirty_second, SEED_33)
    n33, rows33 = review(
        thirty_third, THIRTY_THIRD_VERDICTS, THIRTY_THIRD_STATEMENT_VERDICTS, THIRTY_THIRD_MISSED
    )
    thirty_fourth = held_out(taken + thirty_second + thirty_third, SEED_34)
    n34, rows34 = review(
        thirty_fourth,
        THIRTY_FOURTH_VERDICTS,
        THIRTY_FOURTH_STATEMENT_VERDICTS,
        THIRTY_FOURTH_MISSED,
    )
    thirty_fifth = held_out(taken + thirty_second + thirty_third + thirty_fourth, SEED_35)
    n35, rows35 = review(
        thirty_fifth, THIRTY_FIFTH_VERDICTS, THIRTY_FIFTH_STATEMENT_VERDICTS, THIRTY_FIFTH_MISSED
    )
    taken += thirty_second + thirty_third + thirty_fourth + thirty_fifth
    thirty_sixth = held_out(taken, SEED_36)
    n36, rows36 = review(
        thirty_sixth, THIRTY_SIXTH_VERDICTS, THIRTY_SIXTH_STATEMENT_VERDICTS, THIRTY_SIXTH_MISSED
    )
    thirty_seventh = held_out(taken + thirty_sixth, SEED_37)
    n37, rows37 = review(
        thirty_seventh,
        THIRTY_SEVENTH_VERDICTS,
        THIRTY_SEVENTH_STATEMENT_VERDICTS,
        THIRTY_SEVENTH_MISSED,
    )
    thirty_eighth = held_out(taken + thirty_sixth + thirty_seventh, SEED_38)
    n38, rows38 = review(
        thirty_eighth,
        THIRTY_EIGHTH_VERDICTS,
        THIRTY_EIGHTH_STATEMENT_VERDICTS,
        THIRTY_EIGHTH_MISSED,
    )
    taken += thirty_sixth + thirty_seventh + thirty_eighth
    thirty_ninth = held_out(taken, SEED_39)
    n39, rows39 = review(
        thirty_ninth, THIRTY_NINTH_VERDICTS, THIRTY_NINTH_STATEMENT_VERDICTS, THIRTY_NINTH_MISSED
    )
    fortieth = held_out(taken + thirty_ninth, SEED_40)
    n40, rows40 = review(fortieth, FORTIETH_VERDICTS, FORTIETH_STATEMENT_VERDICTS, FORTIETH_MISSED)
    taken += thirty_ninth + fortieth
    forty_first = held_out(taken, SEED_41)
    n41, rows41 = review(
        forty_first, FORTY_FIRST_VERDICTS, FORTY_FIRST_STATEMENT_VERDICTS, FORTY_FIRST_MISSED
    )
    forty_second = held_out(taken + forty_first, SEED_42)
    n42, rows42 = review(
        forty_second, FORTY_SECOND_VERDICTS, FORTY_SECOND_STATEMENT_VERDICTS, FORTY_SECOND_MISSED
    )
    forty_third = held_out(taken + forty_first + forty_second, SEED_43)
    n43, rows43 = review(
        forty_third, FORTY_THIRD_VERDICTS, FORTY_THIRD_STATEMENT_VERDICTS, FORTY_THIRD_MISSED
    )
    taken += forty_first + forty_second + forty_third
    forty_fourth = held_out(taken, SEED_44)
    n44, rows44 = review(
        forty_fourth, FORTY_FOURTH_VERDICTS, FORTY_FOURTH_STATEMENT_VERDICTS, FORTY_FOURTH_MISSED
    )
    forty_fifth = held_out(taken + forty_fourth, SEED_45)
    n45, rows45 = review(
        forty_fifth, FORTY_FIFTH_VERDICTS, FORTY_FIFTH_STATEMENT_VERDICTS, FORTY_FIFTH_MISSED
    )
    forty_sixth = held_out(taken + forty_fourth + forty_fifth, SEED_46)
    n46, rows46 = review(
        forty_sixth, FORTY_SIXTH_VERDICTS, FORTY_SIXTH_STATEMENT_VERDICTS, FORTY_SIXTH_MISSED
    )
    taken += forty_fourth + forty_fifth + forty_sixth
    forty_seventh = held_out(taken, SEED_47)
    n47, rows47 = review(
        forty_seventh,
        FORTY_SEVENTH_VERDICTS,
        FORTY_SEVENTH_STATEMENT_VERDICTS,
        FORTY_SEVENTH_MISSED,
    )
    forty_eighth = held_out(taken + forty_seventh, SEED_48)
    n48, rows48 = review(
        forty_eighth, FORTY_EIGHTH_VERDICTS, FORTY_EIGHTH_STATEMENT_VERDICTS, FORTY_EIGHTH_MISSED
    )
    forty_ninth = held_out(taken + forty_seventh + forty_eighth, SEED_49)
    n49, rows49 = review(
        forty_ninth, FORTY_NINTH_VERDICTS, FORTY_NINTH_STATEMENT_VERDICTS, FORTY_NINTH_MISSED
    )
    taken += forty_seventh + forty_eighth + forty_ninth
    fiftieth = held_out(taken, SEED_50)
    n50, rows50 = review(fiftieth, FIFTIETH_VERDICTS, FIFTIETH_STATEMENT_VERDICTS, FIFTIETH_MISSED)
    fifty_first = held_out(taken + fiftieth, SEED_51)
    n51, rows51 = review(
        fifty_first, FIFTY_FIRST_VERDICTS, FIFTY_FIRST_STATEMENT_VERDICTS, FIFTY_FIRST_MISSED
    )
    taken += fiftieth + fifty_first
    fifty_second = held_out(taken, SEED_52)
    n52, rows52 = review(
        fifty_second, FIFTY_SECOND_VERDICTS, FIFTY_SECOND_STATEMENT_VERDICTS, FIFTY_SECOND_MISSED
    )
    fifty_third = held_out(taken + fifty_second, SEED_53)
    n53, rows53 = review(
        fifty_third, FIFTY_THIRD_VERDICTS, FIFTY_THIRD_STATEMENT_VERDICTS, FIFTY_THIRD_MISSED
    )
    fifty_fourth = held_out(taken + fifty_second + fifty_third, SEED_54)
    n54, rows54 = review(
        fifty_fourth, FIFTY_FOURTH_VERDICTS, FIFTY_FOURTH_STATEMENT_VERDICTS, FIFTY_FOURTH_MISSED
    )
    taken += fifty_second + fifty_third + fifty_fourth
    fifty_fifth = held_out(taken, SEED_55)
    n55, rows55 = review(
        fifty_fifth, FIFTY_FIFTH_VERDICTS, FIFTY_FIFTH_STATEMENT_VERDICTS, FIFTY_FIFTH_MISSED
    )
    fifty_sixth = held_out(taken + fifty_fifth, SEED_56)
    n56, rows56 = review(
        fifty_sixth, FIFTY_SIXTH_VERDICTS, FIFTY_SIXTH_STATEMENT_VERDICTS, FIFTY_SIXTH_MISSED
    )
    fifty_seventh = held_out(taken + fifty_fifth + fifty_sixth, SEED_57)
    n57, rows57 = review(
        fifty_seventh,
        FIFTY_SEVENTH_VERDICTS,
        FIFTY_SEVENTH_STATEMENT_VERDICTS,
        FIFTY_SEVENTH_MISSED,
    )
    taken += fifty_fifth + fifty_sixth + fifty_seventh
    fifty_eighth = held_out(taken, SEED_58)
    n58, rows58 = review(
        fifty_eighth, FIFTY_EIGHTH_VERDICTS, FIFTY_EIGHTH_STATEMENT_VERDICTS, FIFTY_EIGHTH_MISSED
    )
    fifty_ninth = held_out(taken + fifty_eighth, SEED_59)
    n59, rows59 = review(
        fifty_ninth, FIFTY_NINTH_VERDICTS, FIFTY_NINTH_STATEMENT_VERDICTS, FIFTY_NINTH_MISSED
    )
    taken += fifty_eighth + fifty_ninth
    sixtieth = held_out(taken, SEED_60)
    n60, rows60 = review(sixtieth, SIXTIETH_VERDICTS, SIXTIETH_STATEMENT_VERDICTS, SIXTIETH_MISSED)
    sixty_first = held_out(taken + sixtieth, SEED_61)
    n61, rows61 = review(
        sixty_first, SIXTY_FIRST_VERDICTS, SIXTY_FIRST_STATEMENT_VERDICTS, SIXTY_FIRST_MISSED
    )
    taken += sixtieth + sixty_first
    sixty_second = held_out(taken, SEED_62)
    n62, rows62 = review(
        sixty_second, SIXTY_SECOND_VERDICTS, SIXTY_SECOND_STATEMENT_VERDICTS, SIXTY_SECOND_MISSED
    )
    sixty_third = gigaword_held_out([], SEED_63)
    n63, rows63 = review(
        sixty_third, SIXTY_THIRD_VERDICTS, SIXTY_THIRD_STATEMENT_VERDICTS, SIXTY_THIRD_MISSED
    )
    sixty_fourth = gigaword_held_out(sixty_third, SEED_64)
    n64, rows64 = review(
        sixty_fourth,
        SIXTY_FOURTH_VERDICTS,
        SIXTY_FOURTH_STATEMENT_VERDICTS,
        SIXTY_FOURTH_MISSED,
    )
    sixty_fifth = gigaword_held_out(sixty_third + sixty_fourth, SEED_65)
    n65, rows65 = review(
        sixty_fifth,
        SIXTY_FIFTH_VERDICTS,
        SIXTY_FIFTH_STATEMENT_VERDICTS,
        SIXTY_FIFTH_MISSED,
    )
    sixty_sixth = gigaword_held_out(sixty_third + sixty_fourth + sixty_fifth, SEED_66)
    n66, rows66 = review(
        sixty_sixth,
        SIXTY_SIXTH_VERDICTS,
        SIXTY_SIXTH_STATEMENT_VERDICTS,
        SIXTY_SIXTH_MISSED,
    )
    sixty_seventh = gigaword_held_out(
        sixty_third + sixty_fourth + sixty_fifth + sixty_sixth, SEED_67
    )
    n67, rows67 = review(
        sixty_seventh,
        SIXTY_SEVENTH_VERDICTS,
        SIXTY_SEVENTH_STATEMENT_VERDICTS,
        SIXTY_SEVENTH_MISSED,
    )
    sixty_eighth = gigaword_held_out(
        sixty_third + sixty_fourth + sixty_fifth + sixty_sixth + sixty_seventh, SEED_68
    )
    n68, rows68 = review(
        sixty_eighth,
        SIXTY_EIGHTH_VERDICTS,
        SIXTY_EIGHTH_STATEMENT_VERDICTS,
        SIXTY_EIGHTH_MISSED,
    )
    head = [
        "# Hand-checked events and statements on wire stories",
        "",
        "Produced by `eval/wire_events_sample.py`; verdicts by hand, listed in that script.",
        "",
        "## Sixty-eighth sample (30 AFP and Xinhua stories of the TE3 silver set; round",
        "thirty)",
        "",
        "Drawn like the sixty-seventh (seed 347), disjoint from the sixty-third to sixty-seventh,",
        "after round thirty (places, times, arguments, statements), and reviewed on main",
        "ebefb9e (frozen in a copy) before any change. It gave 33 events; no sixty-ninth was",
        "drawn (seed 349 stays reserved). No change was made after the reading.",
        "",
        f"Untuned (the headline): {POOLED_UNTUNED_30}.",
        "",
        f"Untuned, every first reading pooled (held-out, third to sixty-eighth): {ALL_UNTUNED}.",
        "",
        "Sixty-eighth sample, current code:",
        "",
        *_table(n68),
        "## Sixty-seventh sample (30 AFP and Xinhua stories of the TE3 silver set; round",
        "twenty-nine)",
        "",
        "Drawn like the sixty-sixth (seed 337), disjoint from the sixty-third to sixty-sixth,",
        "after round twenty-nine (story-level times and places, arguments, statements), and",
        "reviewed on main 42bfc6d (frozen in a copy) before any change. It gave 33 events; no",
        "sixty-eighth was drawn then (seed 347 was read after round thirty). No change was made",
        "after the reading.",
        "",
        f"Untuned (round twenty-nine's headline): {POOLED_UNTUNED_29}.",
        "",
        "Sixty-seventh sample, current code (round thirty, built without seeing it):",
        "",
        *_table(n67),
        "## Sixty-sixth sample (30 AFP and Xinhua stories of the TE3 silver set; round",
        "twenty-eight)",
        "",
        "Drawn like the sixty-fifth (seed 331), disjoint from the sixty-third to sixty-fifth,",
        "after round twenty-eight (times, places, TE3's doubled-year datelines) and the",
        "thirteenth session's statements changes and past perfect, and reviewed on main f7d1544",
        "(frozen in a copy) before any change. It gave 39 events, so no sixty-seventh was drawn",
        "then (seed 337 was kept). No change was made after the reading.",
        "",
        f"Untuned (round twenty-eight's headline): {POOLED_UNTUNED_28}.",
        "",
        "Sixty-sixth sample, current code (tuned: round twenty-nine):",
        "",
        *_table(n66),
        "## Sixty-fifth sample (30 AFP and Xinhua stories of the TE3 silver set; round",
        "twenty-seven)",
        "",
        "Drawn like the sixty-fourth (seed 317), disjoint from the sixty-third and sixty-fourth,",
        "after round twenty-seven and the twelfth session's statements and times changes, and",
        "reviewed on main e860f02 (frozen in a copy) before any change. It gave 33 events, so no",
        "sixty-sixth was drawn then (seed 331 was kept). Eight of its AFP stories carry TE3's",
        "rewritten dateline (`Dec 20, 2006, 2006 --`), which the dateline stage does not read. No",
        "change was made after the reading.",
        "",
        f"Untuned (round twenty-seven's headline): {POOLED_UNTUNED_27}.",
        "",
        "Sixty-fifth sample, current code (tuned: round twenty-eight):",
        "",
        *_table(n65),
        "## Sixty-fourth sample (30 AFP and Xinhua stories of the TE3 silver set; round",
        "twenty-six)",
        "",
        "Drawn like the sixty-third (seed 313), disjoint from it, after round twenty-six and the",
        "twelfth session's participants, statements and events changes, and reviewed on main",
        "69e37af (frozen in a copy) before any change. It gave 37 events, so no sixty-fifth was",
        "drawn. Six of its AFP stories carry TE3's rewritten dateline (`Dec 19, 2006, 2006 --`),",
        "which the dateline stage does not read. No change was made after the reading.",
        "",
        f"Untuned (round twenty-six's headline): {POOLED_UNTUNED_26}.",
        "",
        "Sixty-fourth sample, current code (tuned: round twenty-seven):",
        "",
        *_table(n64),
        "## Sixty-second and sixty-third samples (the last 16 labelled stories; 30 AFP and",
        "Xinhua stories of the TE3 silver set; round twenty-five)",
        "",
        "The labelled stories of `wire_samples.jsonl` ran out with the sixty-second sample, so",
        "the sixty-third (seed 311) is drawn from `te3_silver_gigaword.jsonl`: AFP (1997,",
        "2005-06) and Xinhua (2005-06) wire stories never used for events tuning or outside",
        "checks, taken round-robin over the two agencies, each cut to its lead and read with",
        "its `dct` as the date. It was reviewed on main 99f22d6 (src as 9902e52) before any",
        "change; it gave 28 events, so the pool has 35 and no sixty-fourth was drawn. Six of",
        "its AFP stories carry TE3's rewritten dateline (`Dec 28, 2006, 2006 --`), which the",
        "dateline stage does not read. No change was made after the reading.",
        "",
        f"Untuned, pooled (round twenty-five's headline): {POOLED_UNTUNED_25}.",
        "",
        f"Untuned, sixty-third: {SIXTY_THIRD_UNTUNED}.",
        "",
        "Sixty-third sample, current code (tuned: round twenty-six):",
        "",
        *_table(n63),
        "Sixty-second sample:",
        "",
        "Drawn after round twenty-five's mechanisms (places of a topic's participle, of two-city",
        "datelines and of lists of victims, a number's comma in a relative clause, verbs of",
        "belief ending a subject, contracted pronouns, rates raised with a country's initials,",
        "blasts that rock a place, bills passed, adjectives taking an infinitive) were committed",
        "(main at 08:05, 9902e52), and reviewed on that code before any change made for it. Only",
        "16 labelled stories were left (all AG News summaries); they gave 7 events and the",
        "labelled draws after it are empty, so the sixty-third comes from the TE3 silver set.",
        "Two of its events had been read in earlier rounds' checks outside the samples. No",
        "change was made after the reading.",
        "",
        f"Untuned, sixty-second: {SIXTY_SECOND_UNTUNED}.",
        "",
        "Sixty-second sample, current code (tuned: round twenty-six):",
        "",
        *_table(n62),
        "## Sixtieth and sixty-first samples (30 stories each, disjoint from all earlier;",
        "round twenty-four)",
        "",
        "Drawn after round twenty-four's mechanisms (other parties after a deal's worth, in",
        "`from which`/`with whom` clauses and after a demand's `from`; what investments are in;",
        "votes' sponsors and topics; a cause's place; islands behind a possessive; `the <Proper>",
        "<noun>` resolved only to a body of that name; venues and leagues no named events;",
        "passives after `expected to`) were committed (engine b6e03a9; main at 06:05, 0d3bc2a,",
        "gives the same output), and reviewed on that code",
        "before any change made for them; the sixtieth gave 15 events (all 30 stories AG News",
        "summaries), so the sixty-first (10) was reviewed before any fix until the pool had at",
        "least 20 events (25), and the two pooled. No change was made after the reading.",
        "",
        f"Untuned, pooled (round twenty-four's headline): {POOLED_UNTUNED_24}.",
        "",
        f"Untuned, sixtieth: {SIXTIETH_UNTUNED}.",
        "",
        f"Untuned, sixty-first: {SIXTY_FIRST_UNTUNED}.",
        "",
        "Sixtieth sample, current code (tuned: round twenty-five):",
        "",
        *_table(n60),
        "Sixty-first sample, current code:",
        "",
        *_table(n61),
        "## Fifty-eighth and fifty-ninth samples (30 stories each, disjoint from all earlier;",
        "round twenty-three)",
        "",
        "Drawn after round twenty-three's mechanisms (the dateline's place only where measured",
        "right, a disaster's object through a possessive, purposes' places, sellers after the",
        "price, content clauses read whole, lists of places) were committed (d20c339), and",
        "reviewed on that code before any change made for them; the fifty-eighth gave 12 events",
        "(all 30 stories AG News summaries), so the fifty-ninth (8) was reviewed before any fix",
        "until the pool had at least 20 events (20), and the two pooled. No change was made",
        "after the reading.",
        "",
        f"Untuned, pooled (round twenty-three's headline): {POOLED_UNTUNED_23}.",
        "",
        f"Untuned, fifty-eighth: {FIFTY_EIGHTH_UNTUNED}.",
        "",
        f"Untuned, fifty-ninth: {FIFTY_NINTH_UNTUNED}.",
        "",
        "Fifty-eighth sample, current code (tuned: round twenty-four):",
        "",
        *_table(n58),
        "Fifty-ninth sample, current code:",
        "",
        *_table(n59),
        "## Fifty-fifth to fifty-seventh samples (30 stories each, disjoint from all earlier;",
        "round twenty-two)",
        "",
        "Drawn after round twenty-two's mechanisms (places told by a nationality adjective, the",
        "dateline's place for the lead's incidents, places inside an incident's arguments, asides",
        "and names) were committed (0ac0d3f), and reviewed on that code before any change made",
        "for them; the fifty-fifth gave 8 events (all 30 stories AG News summaries), so the",
        "fifty-sixth (10) and fifty-seventh (12) were reviewed before any fix until the pool had",
        "at least 20 events (30), and the three pooled. No change was made after the reading.",
        "",
        f"Untuned, pooled (round twenty-two's headline): {POOLED_UNTUNED_22}.",
        "",
        f"Untuned, fifty-fifth: {FIFTY_FIFTH_UNTUNED}.",
        "",
        f"Untuned, fifty-sixth: {FIFTY_SIXTH_UNTUNED}.",
        "",
        f"Untuned, fifty-seventh: {FIFTY_SEVENTH_UNTUNED}.",
        "",
        "",
        "Fifty-fifth sample, current code (tuned: round twenty-three):",
        "",
        *_table(n55),
        "Fifty-sixth sample, current code:",
        "",
        *_table(n56),
        "Fifty-seventh sample, current code:",
        "",
        *_table(n57),
        "## Fifty-second to fifty-fourth samples (30 stories each, disjoint from all earlier;",
        "round twenty-one)",
        "",
        "Drawn after round twenty-one's mechanisms (a described party after `to`, `and,`",
        "ending a clause, an infinitive's object ending at `and`, conjuncts after `and a` and",
        "`as well as`, an abduction type) were committed (2342d3e), and reviewed on that code",
        "before any change made for them; the fifty-second gave 9 events (all 30 stories AG",
        "News summaries), so the fifty-third (9) and fifty-fourth (3) were reviewed before any",
        "fix until the pool had at least 20 events (21), and the three pooled. No change was",
        "made after the reading.",
        "",
        f"Untuned, pooled (round twenty-one's headline): {POOLED_UNTUNED_21}.",
        "",
        f"Untuned, fifty-second: {FIFTY_SECOND_UNTUNED}.",
        "",
        f"Untuned, fifty-third: {FIFTY_THIRD_UNTUNED}.",
        "",
        f"Untuned, fifty-fourth: {FIFTY_FOURTH_UNTUNED}.",
        "",
        "Fifty-second sample, current code (tuned: round twenty-two):",
        "",
        *_table(n52),
        "Fifty-third sample, current code:",
        "",
        *_table(n53),
        "Fifty-fourth sample, current code:",
        "",
        *_table(n54),
        "## Fiftieth and fifty-first samples (30 stories each, disjoint from all earlier;",
        "round twenty)",
        "",
        "Drawn after round twenty's mechanisms (-ed modifiers after a possessive, adverbs",
        "closing a place phrase, a holding's `in` phrase part of a sale's patient, a named",
        "public place attacked as the place, content clauses without `that`, fighting between",
        "armed sides) were committed (749ec98), and reviewed on that code before any change",
        "made for them; the fiftieth gave 14 events (all 30 stories AG News summaries), so the",
        "fifty-first (11) was reviewed before any fix until the pool had at least 20 events",
        "(25), and the two pooled. No change was made after the reading.",
        "",
        f"Untuned, pooled (round twenty's headline): {POOLED_UNTUNED_20}.",
        "",
        f"Untuned, fiftieth: {FIFTIETH_UNTUNED}.",
        "",
        f"Untuned, fifty-first: {FIFTY_FIRST_UNTUNED}.",
        "",
        "Fiftieth sample, current code (tuned: round twenty-one):",
        "",
        *_table(n50),
        "Fifty-first sample, current code:",
        "",
        *_table(n51),
        "## Forty-seventh to forty-ninth samples (30 stories each, disjoint from all earlier;",
        "round nineteen)",
        "",
        "Drawn after round nineteen's mechanisms (a condition after `would`, a device that",
        "hits a target, new holders of a role named, a name signing `with` a club, no dateline",
        "place for a ratification, quoted and purpose-bounded topics, a failure blamed on the",
        "object, a firm's comma name, two parties with their origins, a share of the work force",
        "cut, spin-offs, what meetings are held to do) were committed (c52644e), and reviewed",
        "on that code before any change made for them; the forty-seventh gave 8 events (all 30",
        "stories AG News summaries), so the forty-eighth (6) and forty-ninth (10) were reviewed",
        "before any fix until the pool had at least 20 events (24), and the three pooled. No",
        "change was made after the reading.",
        "",
        f"Untuned, pooled (round nineteen's headline): {POOLED_UNTUNED_19}.",
        "",
        f"Untuned, forty-seventh: {FORTY_SEVENTH_UNTUNED}.",
        "",
        f"Untuned, forty-eighth: {FORTY_EIGHTH_UNTUNED}.",
        "",
        f"Untuned, forty-ninth: {FORTY_NINTH_UNTUNED}.",
        "",
        "Forty-seventh sample, current code (tuned: round twenty):",
        "",
        *_table(n47),
        "Forty-eighth sample, current code:",
        "",
        *_table(n48),
        "Forty-ninth sample, current code:",
        "",
        *_table(n49),
        "## Forty-fourth to forty-sixth samples (30 stories each, disjoint from all earlier;",
        "round eighteen)",
        "",
        "Drawn after round eighteen's mechanisms (compound modifiers and clauses joined by",
        "`and`, places near or into proper names, a venue's owner and the dateline's place in a",
        "patient, no place in a thing's `of`-complement, sanctions lifted, amounts heading a",
        "phrase, gerund topics, the counterpart after what was agreed, subjects before a",
        "participle's clause, missed triggers) were committed (6d21233), and reviewed on that",
        "code before any change made for them; the forty-fourth gave 4 events (all 30 stories",
        "AG News summaries), so the forty-fifth and forty-sixth were reviewed before any fix",
        "until the pool had at least 20 events (26), and the three pooled. No change was made",
        "after the reading.",
        "",
        f"Untuned, pooled (round eighteen's headline): {POOLED_UNTUNED_18}.",
        "",
        f"Untuned, forty-fourth: {FORTY_FOURTH_UNTUNED}.",
        "",
        f"Untuned, forty-fifth: {FORTY_FIFTH_UNTUNED}.",
        "",
        f"Untuned, forty-sixth: {FORTY_SIXTH_UNTUNED}.",
        "",
        "Forty-fourth sample, current code (tuned: round nineteen):",
        "",
        *_table(n44),
        "Forty-fifth sample, current code:",
        "",
        *_table(n45),
        "Forty-sixth sample, current code:",
        "",
        *_table(n46),
        "## Forty-first to forty-third samples (30 stories each, disjoint from all earlier;",
        "round seventeen)",
        "",
        "The forty-first and forty-second drawn (not read) before round fifteen's checks, and",
        "reviewed on round seventeen's code (a legal-action type, a projectile fired at a",
        "target an attack, a topic that is an infinitive ends before its purpose; e4b68a8)",
        "before any change made for them; the two gave 16 events, so the forty-third was",
        "reviewed before any fix until the pool had at least 20 events (24), and the three",
        "pooled.",
        "",
        f"Untuned, pooled (round seventeen's headline): {POOLED_UNTUNED_17}.",
        "",
        f"Untuned, forty-first: {FORTY_FIRST_UNTUNED}.",
        "",
        f"Untuned, forty-second: {FORTY_SECOND_UNTUNED}.",
        "",
        f"Untuned, forty-third: {FORTY_THIRD_UNTUNED}.",
        "",
        "Forty-first sample, current code (tuned: round eighteen):",
        "",
        *_table(n41),
        "Forty-second sample, current code:",
        "",
        *_table(n42),
        "Forty-third sample, current code:",
        "",
        *_table(n43),
        "## Thirty-ninth and fortieth samples (30 stories each, disjoint from all earlier;",
        "round sixteen)",
        "",
        "Drawn (not read) before round fifteen's checks, and reviewed on round sixteen's code",
        "(a finite verb of appeal after `and` ends a topic, a topic noun takes its complement,",
        "agents that cannot act abstain; 294003b) before any change made for them; the",
        "thirty-ninth gave 11 events, so the fortieth was reviewed before any fix until the",
        "pool had at least 20 events (22), and the two pooled.",
        "",
        f"Untuned, pooled (round sixteen's headline): {POOLED_UNTUNED_16}.",
        "",
        f"Untuned, thirty-ninth: {THIRTY_NINTH_UNTUNED}.",
        "",
        f"Untuned, fortieth: {FORTIETH_UNTUNED}.",
        "",
        "Thirty-ninth sample, current code (tuned: round seventeen):",
        "",
        *_table(n39),
        "Fortieth sample, current code:",
        "",
        *_table(n40),
        "## Thirty-sixth to thirty-eighth samples (30 stories each, disjoint from all",
        "earlier; round fifteen)",
        "",
        "Drawn after round fifteen's mechanisms (titles joined under one determiner, amounts",
        "converted in parentheses, a capitalized modifier no name, a time before an appeal's",
        "`to`, plural results, strikes begun, raising words, speed) were committed (46cb69f)",
        "and reviewed on that code before any change made for them; the thirty-sixth gave 3",
        "events (all 30 stories AG News summaries), so the thirty-seventh and thirty-eighth were",
        "drawn before any fix until the pool had at least 20 events (23), and the three pooled.",
        "",
        f"Untuned, pooled (round fifteen's headline): {POOLED_UNTUNED_15}.",
        "",
        f"Untuned, thirty-sixth: {THIRTY_SIXTH_UNTUNED}.",
        "",
        f"Untuned, thirty-seventh: {THIRTY_SEVENTH_UNTUNED}.",
        "",
        f"Untuned, thirty-eighth: {THIRTY_EIGHTH_UNTUNED}.",
        "",
        "Thirty-sixth sample, current code (tuned: round sixteen):",
        "",
        *_table(n36),
        "Thirty-seventh sample, current code:",
        "",
        *_table(n37),
        "Thirty-eighth sample, current code:",
        "",
        *_table(n38),
        "## Thirty-second to thirty-fifth samples (30 stories each, disjoint from all",
        "earlier; round fourteen)",
        "",
        "Drawn after round fourteen's mechanisms (a modal governing a list of verbs, `alleged`",
        "claims possible, agents named before a trigger with no subject, clauses of their own",
        "after a noun or `as`, places on a border or edge, missed triggers, speed) were",
        "committed (beb50a6) and reviewed on that code before any change made for them; the",
        "thirty-second gave 4 events (all 30 stories AG News summaries), so the thirty-third,",
        "thirty-fourth and thirty-fifth were drawn before any fix until the pool had at least",
        "20 events (23), and the four pooled.",
        "",
        f"Untuned, pooled (round fourteen's headline): {POOLED_UNTUNED_14}.",
        "",
        f"Untuned, thirty-second: {THIRTY_SECOND_UNTUNED}.",
        "",
        f"Untuned, thirty-third: {THIRTY_THIRD_UNTUNED}.",
        "",
        f"Untuned, thirty-fourth: {THIRTY_FOURTH_UNTUNED}.",
        "",
        f"Untuned, thirty-fifth: {THIRTY_FIFTH_UNTUNED}.",
        "",
        "Thirty-second sample, current code (tuned: round fifteen):",
        "",
        *_table(n32),
        "Thirty-third sample, current code:",
        "",
        *_table(n33),
        "Thirty-fourth sample, current code:",
        "",
        *_table(n34),
        "Thirty-fifth sample, current code:",
        "",
        *_table(n35),
        "## Twenty-eighth to thirty-first samples (30 stories each, disjoint from all",
        "earlier; round thirteen)",
        "",
        "Drawn after round thirteen's mechanisms (places after `across`/`through` and named",
        "places modifying a venue or a cause's noun, threats as possible, subjects past a",
        "question, missed triggers, `and said` ending a topic, coordinated titles and nations)",
        "were committed (5e7a47a) and reviewed on that code before any change made for them;",
        "the twenty-eighth gave 14 events (all 30 stories AG News summaries), so the",
        "twenty-ninth, thirtieth and thirty-first were drawn before any fix until the pool had",
        "at least 20 events (24), and the four pooled.",
        "",
        f"Untuned, pooled (round thirteen's headline): {POOLED_UNTUNED_13}.",
        "",
        f"Untuned, twenty-eighth: {TWENTY_EIGHTH_UNTUNED}.",
        "",
        f"Untuned, twenty-ninth: {TWENTY_NINTH_UNTUNED}.",
        "",
        f"Untuned, thirtieth: {THIRTIETH_UNTUNED}.",
        "",
        f"Untuned, thirty-first: {THIRTY_FIRST_UNTUNED}.",
        "",
        "Twenty-eighth sample, current code (tuned: round fourteen):",
        "",
        *_table(n28),
        "Twenty-ninth sample, current code:",
        "",
        *_table(n29),
        "Thirtieth sample, current code:",
        "",
        *_table(n30),
        "Thirty-first sample, current code:",
        "",
        *_table(n31),
        "## Twenty-fourth to twenty-seventh samples (30 stories each, disjoint from all",
        "earlier; round twelve)",
        "",
        "Drawn after round twelve's mechanisms (a present in a clause of time in a sentence",
        "that looks ahead is future, a bare weekday with a present moved forward, what meetings",
        "and talks are about, `survived ... votes`, long `who` clauses, `in the country's X`, a",
        "market `average`) were committed (21e616f) and reviewed on that code before any change",
        "made for them; the twenty-fourth gave 4 events (all 30 stories AG News summaries), so",
        "the twenty-fifth, twenty-sixth and twenty-seventh were drawn before any fix until the",
        "pool had at least 20 events (22), and the four pooled.",
        "",
        f"Untuned, pooled (round twelve's headline): {POOLED_UNTUNED_12}.",
        "",
        f"Untuned, twenty-fourth: {TWENTY_FOURTH_UNTUNED}.",
        "",
        f"Untuned, twenty-fifth: {TWENTY_FIFTH_UNTUNED}.",
        "",
        f"Untuned, twenty-sixth: {TWENTY_SIXTH_UNTUNED}.",
        "",
        f"Untuned, twenty-seventh: {TWENTY_SEVENTH_UNTUNED}.",
        "",
        "Twenty-fourth sample, current code (tuned: round thirteen):",
        "",
        *_table(n24),
        "Twenty-fifth sample, current code:",
        "",
        *_table(n25),
        "Twenty-sixth sample, current code:",
        "",
        *_table(n26),
        "Twenty-seventh sample, current code:",
        "",
        *_table(n27),
        "## Twenty-second and twenty-third samples (30 stories each, disjoint from all",
        "earlier; round eleven)",
        "",
        "Drawn after round eleven's mechanisms (subject lists with an appositive or of kinds of",
        "people read whole, future from a present tense with a time to come, possibility after",
        "`free to`, a possessive's amount as object, rulings on an object, `blew up`, places",
        "after a list and `near` a named place) were committed (f5ba63b) and reviewed on that",
        "code before any change made for them; the twenty-second gave 6 events (all 30 stories",
        "AG News summaries), so the twenty-third was drawn before any fix and the two pooled.",
        "",
        f"Untuned, pooled (round eleven's headline): {POOLED_UNTUNED_11}.",
        "",
        f"Untuned, twenty-second: {TWENTY_SECOND_UNTUNED}.",
        "",
        f"Untuned, twenty-third: {TWENTY_THIRD_UNTUNED}.",
        "",
        "Twenty-second sample, current code (tuned: round twelve):",
        "",
        *_table(n22),
        "Twenty-third sample, current code:",
        "",
        *_table(n23),
        "## Twentieth and twenty-first samples (30 stories each, disjoint from all earlier;",
        "round ten)",
        "",
        "Drawn after round ten's mechanisms (participle incidents as casualties, what an",
        "agreement is to do, verbs of onset, senses as data, subjects after prepositions, the",
        "victims' whereabouts, grammar as data) were committed (a146a59) and reviewed on that",
        "code before any change made for them; the twentieth gave 3 events (all 30 stories AG",
        "News summaries), so the twenty-first was drawn before any fix and the two pooled.",
        "",
        f"Untuned, pooled (round ten's headline): {POOLED_UNTUNED_10}.",
        "",
        f"Untuned, twentieth: {TWENTIETH_UNTUNED}.",
        "",
        f"Untuned, twenty-first: {TWENTY_FIRST_UNTUNED}.",
        "",
        "Twentieth sample, current code (tuned: round eleven):",
        "",
        *_table(n20),
        "Twenty-first sample, current code:",
        "",
        *_table(n21),
        "## Eighteenth and nineteenth samples (30 stories each, disjoint from all earlier;",
        "round nine)",
        "",
        "Drawn after round nine's mechanisms (what a vote, a protest or a strike is for as its",
        "topic; a group of people before `at`/`of` X as the agent; senses: a revolution",
        "launched, a cumulative count, an employer after a job noun; generic incident nouns)",
        "were committed (7522be8) and reviewed on that code before any change made for them;",
        "the eighteenth gave 6 events (all 30 stories AG News summaries), so the nineteenth was",
        "drawn before any fix and the two pooled.",
        "",
        f"Untuned, pooled (round nine's headline): {POOLED_UNTUNED_9}.",
        "",
        f"Untuned, eighteenth: {EIGHTEENTH_UNTUNED}.",
        "",
        f"Untuned, nineteenth: {NINETEENTH_UNTUNED}.",
        "",
        "Eighteenth sample, current code (tuned: round ten):",
        "",
        *_table(n18),
        "Nineteenth sample, current code:",
        "",
        *_table(n19),
        "## Sixteenth and seventeenth samples (30 stories each, disjoint from all earlier;",
        "round eight)",
        "",
        "Drawn after round eight's mechanisms (a document-level incident model: casualties,",
        "arrests and undated attacks take the time and place of the story's one incident;",
        "arguments and senses found on stories outside every sample) and reviewed on that code",
        "before any change made for them; the sixteenth gave 13 events, so the seventeenth was",
        "drawn before any fix and the two pooled.",
        "",
        f"Untuned, pooled (round eight's headline): {POOLED_UNTUNED_8}.",
        "",
        f"Untuned, sixteenth: {SIXTEENTH_UNTUNED}.",
        "",
        f"Untuned, seventeenth: {SEVENTEENTH_UNTUNED}.",
        "",
        "Sixteenth sample, current code (tuned: round nine):",
        "",
        *_table(n16),
        "Seventeenth sample, current code:",
        "",
        *_table(n17),
        "## Fifteenth sample (30 stories, disjoint from all earlier; round seven)",
        "",
        "Drawn after round seven's mechanisms (noun phrases with their `of`-complement; a",
        "topic stopped before a conjunction opening a clause; `he`/`she` checked for gender",
        "and against an unknown name subject in between; an undated participle after its noun",
        "no production; senses of `killed` and `arrested`) and reviewed on that code before any",
        "change made for it; it gave 18 events, so no sixteenth was drawn.",
        "",
        f"Untuned, fifteenth (round seven's headline): {FIFTEENTH_UNTUNED}.",
        "",
        "Current code (tuned: rounds seven and eight):",
        "",
        *_table(n15),
        "## Fourteenth sample (30 stories, disjoint from all earlier; round six)",
        "",
        "Drawn after round six's mechanisms (attack nouns read past their preposition, a",
        "market, policy or abstract target making no attack; `arrest` before `warrants` a",
        "modifier; a hyphenated time the subject's modifier; a time or a lone verb as an",
        "argument abstains) and reviewed on that code before any change made for it; it gave",
        "15 events, so no fifteenth was drawn.",
        "",
        f"Untuned, fourteenth (round six's headline): {FOURTEENTH_UNTUNED}.",
        "",
        "Current code (tuned: rounds six and seven):",
        "",
        *_table(n14),
        "## Eleventh and twelfth samples (30 stories each, disjoint from all earlier; round five)",
        "",
        "Drawn after round five's mechanisms (a time or place only from the trigger's own",
        "clause; episode inheritance: casualties and arrests take the time and place of the",
        "incident they follow) and reviewed on that code before any change made for them; the",
        "eleventh gave 12 events, so the twelfth was drawn before any fix and the two pooled.",
        "",
        f"Untuned, pooled (round five's headline): {POOLED_UNTUNED_5}.",
        "",
        f"Untuned, eleventh: {ELEVENTH_UNTUNED}.",
        "",
        f"Untuned, twelfth: {TWELFTH_UNTUNED}.",
        "",
        "Eleventh sample, current code:",
        "",
        *_table(n11),
        "Twelfth sample, current code:",
        "",
        *_table(n12),
        "## Thirteenth sample (30 stories, disjoint from all earlier; round five's final code)",
        "",
        "Drawn on round five's final code, the fixes made after the eleventh and twelfth",
        "readings included, and reviewed on it before any change: an untuned check of them.",
        "",
        f"Untuned, thirteenth: {THIRTEENTH_UNTUNED}.",
        "",
        *_table(n13),
        "## Tenth sample (30 stories, disjoint from all earlier; round four)",
        "",
        "Drawn after round four's precision-first mechanisms (sport senses of `meet` and",
        "`visit`, abstaining from events whose agent is an unresolved pronoun) and reviewed",
        "on that code before any change made for it.",
        "",
        f"Untuned, tenth: {TENTH_UNTUNED}.",
        "",
        "Current code (tuned: round five):",
        "",
        *_table(n10),
        "## Eighth and ninth samples (30 stories each, disjoint from all earlier; round three)",
        "",
        "Drawn after round three's mechanisms (the pooled analysis over all seven first",
        "readings) and reviewed on that code before any change made for them; the eighth gave",
        "13 events, so the ninth was drawn before any fix and the two untuned readings pooled.",
        "",
        f"Untuned, pooled (round three's headline): {POOLED_UNTUNED_3}.",
        "",
        f"Untuned, eighth: {EIGHTH_UNTUNED}.",
        "",
        f"Untuned, ninth: {NINTH_UNTUNED}.",
        "",
        "Eighth sample, current code:",
        "",
        *_table(n8),
        "Ninth sample, current code:",
        "",
        *_table(n9),
        "## Sixth and seventh samples (30 stories each, disjoint from the five; round two)",
        "",
        "Drawn after the issue 7 mechanisms of the pooled error analysis and reviewed on that",
        "code before any change made for them; the sixth gave 11 events, so the seventh was",
        "drawn before any fix and the two untuned readings are pooled.",
        "",
        f"Untuned, pooled (round two's headline): {POOLED_UNTUNED}.",
        "",
        f"Untuned, sixth: {SIXTH_UNTUNED}.",
        "",
        f"Untuned, seventh: {SEVENTH_UNTUNED}.",
        "",
        "Sixth sample, current code:",
        "",
        *_table(n6),
        "Seventh sample, current code:",
        "",
        *_table(n7),
        "## Pooled error analysis (first readings of all sixty-three samples)",
        "",
        *pooled_table(),
        "## Fourth sample (30 stories, disjoint from the three; untuned 0.40)",
        "",
        f"Untuned (the code before any change made for this sample): {FOURTH_UNTUNED}.",
        "",
        "After general fixes from it (tuned):",
        "",
        *_table(n4),
        "## Fifth sample (30 stories, disjoint from the four; a second untuned measure)",
        "",
        f"Untuned (the code before any change made for this sample): {FIFTH_UNTUNED}.",
        "",
        "Current code:",
        "",
        *_table(n5),
        "## Third sample (30 stories, disjoint from both, reviewed untuned, then tuned)",
        "",
        *_table(n3),
        f"Untuned (the code before any change made for this sample): {THIRD_UNTUNED}.",
        "",
        "## Held-out sample (30 stories, disjoint, reviewed before tuning)",
        "",
        *_table(n2),
        f"Untuned (the code before any change made for this sample): {HELD_OUT_UNTUNED}.",
        "",
        "## First sample (30 stories, tuned on)",
        "",
        *_table(n1),
    ]
    print("\n".join(head))
    listing = ["## Sixty-eighth sample, story by story", "", *rows68]
    listing += ["## Sixty-seventh sample, story by story", "", *rows67]
    listing += ["## Sixty-sixth sample, story by story", "", *rows66]
    listing += ["## Sixty-fifth sample, story by story", "", *rows65]
    listing += ["## Sixty-fourth sample, story by story", "", *rows64]
    listing += ["## Sixty-third sample, story by story", "", *rows63]
    listing += ["## Sixty-second sample, story by story", "", *rows62]
    listing += ["## Sixtieth sample, story by story", "", *rows60]
    listing += ["## Sixty-first sample, story by story", "", *rows61]
    listing += ["## Fifty-eighth sample, story by story", "", *rows58]
    listing += ["## Fifty-ninth sample, story by story", "", *rows59]
    listing += ["## Fifty-fifth sample, story by story", "", *rows55]
    listing += ["## Fifty-sixth sample, story by story", "", *rows56]
    listing += ["## Fifty-seventh sample, story by story", "", *rows57]
    listing += ["## Fifty-second sample, story by story", "", *rows52]
    listing += ["## Fifty-third sample, story by story", "", *rows53]
    listing += ["## Fifty-fourth sample, story by story", "", *rows54]
    listing += ["## Fiftieth sample, story by story", "", *rows50]
    listing += ["## Fifty-first sample, story by story", "", *rows51]
    listing += ["## Forty-seventh sample, story by story", "", *rows47]
    listing += ["## Forty-eighth sample, story by story", "", *rows48]
    listing += ["## Forty-ninth sample, story by story", "", *rows49]
    listing += ["## Forty-fourth sample, story by story", "", *rows44]
    listing += ["## Forty-fifth sample, story by story", "", *rows45]
    listing += ["## Forty-sixth sample, story by story", "", *rows46]
    listing += ["## Forty-first sample, story by story", "", *rows41]
    listing += ["## Forty-second sample, story by story", "", *rows42]
    listing += ["## Forty-third sample, story by story", "", *rows43]
    listing += ["## Thirty-ninth sample, story by story", "", *rows39]
    listing += ["## Fortieth sample, story by story", "", *rows40]
    listing += ["## Thirty-sixth sample, story by story", "", *rows36]
    listing += ["## Thirty-seventh sample, story by story", "", *rows37]
    listing += ["## Thirty-eighth sample, story by story", "", *rows38]
    listing += ["## Thirty-second sample, story by story", "", *rows32]
    listing += ["## Thirty-third sample, story by story", "", *rows33]
    listing += ["## Thirty-fourth sample, story by story", "", *rows34]
    listing += ["## Thirty-fifth sample, story by story", "", *rows35]
    listing += ["## Twenty-eighth sample, story by story", "", *rows28]
    listing += ["## Twenty-ninth sample, story by story", "", *rows29]
    listing += ["## Thirtieth sample, story by story", "", *rows30]
    listing += ["## Thirty-first sample, story by story", "", *rows31]
    listing += ["## Twenty-fourth sample, story by story", "", *rows24]
    listing += ["## Twenty-fifth sample, story by story", "", *rows25]
    listing += ["## Twenty-sixth sample, story by story", "", *rows26]
    listing += ["## Twenty-seventh sample, story by story", "", *rows27]
    listing += ["## Twenty-second sample, story by story", "", *rows22]
    listing += ["## Twenty-third sample, story by story", "", *rows23]
    listing += ["## Twentieth sample, story by story", "", *rows20]
    listing += ["## Twenty-first sample, story by story", "", *rows21]
    listing += ["## Eighteenth sample, story by story", "", *rows18]
    listing += ["## Nineteenth sample, story by story", "", *rows19]
    listing += ["## Sixteenth sample, story by story", "", *rows16]
    listing += ["## Seventeenth sample, story by story", "", *rows17]
    listing += ["## Fifteenth sample, story by story", "", *rows15]
    listing += ["## Fourteenth sample, story by story", "", *rows14]
    listing += ["## Eleventh sample, story by story", "", *rows11]
    listing += ["## Twelfth sample, story by story", "", *rows12]
    listing += ["## Thirteenth sample, story by story", "", *rows13]
    listing += ["## Tenth sample, story by story", "", *rows10]
    listing += ["## Eighth sample, story by story", "", *rows8]
    listing += ["## Ninth sample, story by story", "", *rows9]
    listing += ["## Sixth sample, story by story", "", *rows6]
    listing += ["## Seventh sample, story by story", "", *rows7]
    listing += ["## Fourth sample, story by story", "", *rows4]
    listing += ["## Fifth sample, story by story", "", *rows5]
    listing += ["## Third sample, story by story", "", *rows3]
    listing += ["## Held-out sample, story by story", "", *rows2]
    listing += ["## First sample, story by story", "", *rows1]
    OUT.write_text("\n".join(head + listing) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
