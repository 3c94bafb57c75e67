"""Interpreting one sentence's event/operator sequence (see :mod:`pfocr_net.patterns`) into relations.

The reader walks the sequence once, keeping the pending subject events, the last verb with its subjects
and objects, and the current focus (the last objects, with the sign their state was changed to), and
emits relations for verbs (active, passive, participles, infinitives, relative clauses), causal
connectives in both directions, mediators ("via", "through", "by VERBing"), drug roles, conditions
("On inhibition of A, ..."), complexes, chains and agents inside events. Polarity composes through
negative events: "inhibition of A leads to activation of B" gives A inhibits B.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Final, final

from pfocr_net import lexicon
from pfocr_net.patterns import Arg, Item, Unit


#: Binding verbs whose subjects bind what they act on, never each other ("TLR7 and TLR8 recognize viral ssRNA").
_SENSING_VERBS: Final = ("recogni", "detect", "sens", "recruit")


@final
class Found:
    """One relation read from a sentence (a plain final class, which compiled code builds natively)."""

    __slots__ = ("subject", "object", "interaction", "trigger", "rule", "negated", "inferred")

    def __init__(self, subject: Unit, object: Unit, interaction: str, trigger: tuple[int, int] | None, rule: str,
                 negated: bool = False, inferred: list[str] | None = None) -> None:  # fmt: skip
        self.subject = subject
        self.object = object
        self.interaction = interaction
        self.trigger = trigger
        self.rule = rule
        self.negated = negated
        self.inferred: list[str] = [] if inferred is None else inferred


def interaction_for(sign: int, verb_rel: str, obj: Item | None) -> str:
    """Interaction from the composed sign, the trigger's kind and the object event's kind."""
    obj_rel = obj.rel if obj is not None and obj.explicit else ""
    if verb_rel == "binding":
        return "binds"
    if verb_rel == "transloc":
        return "translocates"
    if verb_rel == "convert" and obj_rel == "phospho":
        return "phosphorylates" if sign >= 0 else "dephosphorylates"  # "IKKs catalyze phosphorylation of IκB proteins"
    if verb_rel == "convert" or obj_rel == "convert":
        return "increases" if obj_rel == "amount" else "converts"
    if obj_rel == "transloc" and sign > 0:
        return "translocates"  # "RA initiates the translocation of RXR to the nucleus": the cause moves the cargo
    if sign == 0 or verb_rel == "regulate":
        return "regulates"
    kind = obj_rel if obj_rel in {"amount", "phospho"} else verb_rel
    if "phospho" in {kind, verb_rel}:
        return "phosphorylates" if sign > 0 else "dephosphorylates"
    if kind == "amount":
        return "increases" if sign > 0 else "decreases"
    return "activates" if sign > 0 else "inhibits"


class Reader:
    """Interprets one sentence's item sequence into relations."""

    def __init__(self, items: list[Item], previous_focus: list[Item], places: frozenset[str] = frozenset(),
                 previous_subjects: list[Item] | None = None, text: str = "") -> None:  # fmt: skip
        self.items = items
        #: The text the items' spans index.
        self.text = text
        #: Whether two lists may be paired member by member ("..., respectively").
        self.respectively = "respectively" in text
        #: The first subjects a verb used in the previous sentence ("X inhibits A. It also ...": X).
        self.previous_subjects = previous_subjects or []
        self.subjects: list[Item] = []
        self.places = places
        self.found: list[Found] = []
        self.focus: list[Item] = []
        self.previous_focus = previous_focus
        self.recent: list[Item] = []
        self._subject_ids: set[int] = set()

    def moves(self, item: Item) -> bool:
        """Whether ``item`` is an event of moving its participant across a membrane ("Ca2+ influx")."""
        trigger = item.trigger
        return trigger is not None and self.text[trigger[0] : trigger[1]].casefold() in lexicon.TRANSPORT_NOUNS

    def emit_done(self, doers: list[Item], events: list[Item], sign: int, rel: str, trigger: tuple[int, int] | None,
                  rule: str, use_state: bool = True, inferred: list[str] | None = None) -> None:  # fmt: skip
        """``doers`` carry out ``events``: each move event is theirs to make ("Ca2+ influx is mediated by VGCCs":
        VGCCs move Ca2+), any other event they act on."""
        moved = [e for e in events if self.moves(e)]
        if moved:
            self.emit(doers, moved, 0, "transloc", trigger, rule, use_state=False, inferred=inferred)
        self.emit(doers, [e for e in events if not self.moves(e)], sign, rel, trigger, rule, use_state=use_state,
                  inferred=inferred)  # fmt: skip

    # -- emission -------------------------------------------------------------------------------
    def sign_of(self, item: Item) -> int:
        state = item.extra.get("state")
        return state if isinstance(state, int) else item.sign

    def emit(self, subjects: list[Item], objects: list[Item], t_sign: int, verb_rel: str, trigger: tuple[int, int] | None,
             rule: str, negated: bool = False, use_state: bool = True, inferred: list[str] | None = None) -> None:  # fmt: skip
        if verb_rel == "unbind":
            return  # "Nrf2 unbinds KEAP1": a partner let go is no relation to draw
        respective = self.respective_pairs(subjects, objects)
        for s_item in subjects:
            for o_item in objects:
                if s_item.arg is None or o_item.arg is None:
                    continue
                s_sign = self.sign_of(s_item) if use_state else s_item.sign
                sign = s_sign * t_sign * o_item.sign
                notes = list(inferred or [])
                if s_sign < 0 or o_item.sign < 0:
                    notes.append("composed")
                name = interaction_for(sign, verb_rel, o_item)
                for s_unit in s_item.arg.as_subject():
                    for o_unit in o_item.arg.as_object():
                        if name != "translocates" and (s_unit.key in self.places or o_unit.key in self.places):
                            continue
                        if respective is not None and respective.get(id(s_unit)) is not o_unit:
                            continue  # "KCa and Kv, which are regulated by Ca2+ and depolarization, respectively"
                        if s_unit.key != o_unit.key:
                            self.found.append(Found(s_unit, o_unit, name, trigger, rule, negated, notes))

    def respective_pairs(self, subjects: list[Item], objects: list[Item]) -> dict[int, Unit] | None:
        """Subject unit (by id) -> object unit when two lists of the same length are paired by "respectively" after
        the later of them ("TNF and IL-1β activate NF-κB and AP-1, respectively"), else None."""
        if not self.respectively:
            return None
        # (a class noun before the members, "K+-permeable channels, KCa and Kv", is no member of the list)
        s_units = [u for s in subjects if s.arg is not None for u in s.arg.as_subject() if not _class_word(u.text)]
        o_units = [u for o in objects if o.arg is not None for u in o.arg.as_object() if not _class_word(u.text)]
        if len(s_units) < 2 or len(s_units) != len(o_units):
            return None
        last = max(u.end for u in [*s_units, *o_units])
        after = _RESPECTIVELY.match(self.text, last)
        if after is None:
            return None
        ordered_s = sorted(s_units, key=_unit_start)
        ordered_o = sorted(o_units, key=_unit_start)
        return {id(a): b for a, b in zip(ordered_s, ordered_o)}

    def emit_internal(self, item: Item) -> None:
        """Chains, complexes and agents inside one event."""
        arg = item.arg
        if arg is None:
            return
        for a, b in arg.pairs:
            if a.key != b.key:
                self.found.append(Found(a, b, "binds", item.trigger, "partner"))
        for group in arg.groups:
            for a, b in pairwise(group):
                if a.key != b.key:
                    self.found.append(Found(a, b, "activates", None, "chain", inferred=["chain"]))
        if arg.mode == "chain":
            for step, following in pairwise(arg.steps):
                for a in step:
                    for b in following:
                        if a.key != b.key:
                            self.found.append(Found(a, b, "activates", None, "chain", inferred=["chain"]))
        if arg.mode == "complex" or (item.rel == "binding" and arg.mode == "coord" and not item.extra.get("partnered")):
            self.bind_pairwise(arg._distinct(), item.trigger)
        if item.partner is not None:
            names = {"binding": "binds", "convert": "converts", "transloc": "translocates", "regulate": "regulates"}
            name = "translocates" if item.extra.get("place") else names.get(item.rel, "")
            partner_sign = item.extra.get("partner_sign", 0)
            if name == "regulates" and partner_sign:
                name = "activates" if partner_sign == 1 else "inhibits"  # "Inhibitory effect of silver ions on ethylene"
            if name:
                for a in arg.as_subject():
                    for b in item.partner.as_object():
                        if a.key != b.key:
                            self.found.append(Found(a, b, name, item.trigger, "noun_partner"))
        if item.agent is not None:
            inner = Item("event", item.start, item.end, sign=item.extra.get("inner_sign", item.sign), rel=item.rel,  # type: ignore[arg-type]
                         arg=arg, explicit=item.explicit)  # fmt: skip
            agent = Item("event", item.agent.start, item.agent.end, arg=item.agent)
            mediator = item.mediator
            if mediator is not None:
                mid = Item("event", mediator.start, mediator.end, arg=mediator)
                if item.extra.get("mediator_suffix", "mediated") == "mediated":
                    # "IGF-I-dependent regulation of IK by MAPKs": a stimulus the effect depends on is no step
                    # after the agent; only "B-mediated X by A" puts B after A.
                    self.emit([agent], [mid], 1, "activity", item.trigger, "agent_mediator", use_state=False)
                self.emit([mid], [inner], item.agent_sign, "activity", item.trigger, "mediated", use_state=False)
            if item.extra.get("made_by_agent"):
                # "N2 is fixed into NH3 by nitrogenase": the agent makes the product (and converts the substrate)
                self.emit([agent], [inner], 1, "amount", item.trigger, "enzyme_product", use_state=False)
                return
            agent_rel = str(item.extra.get("agent_rel") or ("binding" if item.rel == "binding" else
                                                          ("activity" if item.agent_sign else "regulate")))
            if item.agent_sign > 0 and item.extra.get("agent_suffix", "mediated") == "mediated" and self.moves(item):
                agent_rel = "transloc"  # "VGCC-mediated Ca2+ influx", "uptake of glucose by GLUT4": the agent moves it
            self.emit([agent], [inner], item.agent_sign if item.agent_sign else 0, agent_rel, item.trigger, "agent",
                      use_state=False)  # fmt: skip

    # -- reading --------------------------------------------------------------------------------
    def emit_steps(self, events: list[Item], trigger: tuple[int, int] | None, bare: bool) -> None:
        """Each event marked as a later step ("and subsequent activation of Y", "and then ...") is brought about by
        the participant of the event before it. A bare name is a step only after a connective (``bare``): "leads to
        the inactivation of ACY-4 and subsequently PKA", not "by PHGDH, PSAT1, and then PSPH" (enzymes in turn)."""
        for first, nxt in pairwise(events):
            if (nxt.extra.get("then") and (bare or nxt.explicit) and first.arg is not None
                    and not first.extra.get("location")):
                self.emit([Item("event", first.start, first.end, arg=first.arg)], [nxt], 1, "activity", trigger, "then",
                          use_state=False)  # fmt: skip

    def bind_pairwise(self, units: list[Unit], trigger: tuple[int, int] | None) -> None:
        """Members of one complex bind each other ("a complex composed of A, B and C", "A and B interact")."""
        for x, a in enumerate(units):
            for b in units[x + 1 :]:
                if a.key != b.key:
                    self.found.append(Found(a, b, "binds", trigger, "complex"))

    def collect(self, i: int, commas: bool = True) -> tuple[list[Item], int]:
        """Coordinated events starting at ``items[i]`` and the index after them."""
        events: list[Item] = []
        j, expect = i, True
        while j < len(self.items):
            item = self.items[j]
            if item.kind == "event" and expect:
                if item.extra.get("location"):
                    break
                head = events[-1] if events else None
                after = self.items[j + 1] if j + 1 < len(self.items) else None
                bare = item.arg is not None and item.gap == 0 and (item.start, item.end) == (item.arg.start, item.arg.end) and (
                    after is None or after.gap == 0) and not (item.anaphor or item.agent is not None or item.trigger is not None)
                if head is not None and head.explicit and head.trigger is not None and bare:
                    # "XIAP inhibition of caspase-9, caspase-3, and caspase-7": the later names share the head noun
                    item = item.sharing_event_of(head)
                events.append(self.resolve(item))
                j += 1
                expect = False
                continue
            if item.kind in ({"and", "comma"} if commas else {"and"}) and events and j + 1 < len(self.items):
                k = j + 1
                while k < len(self.items) and self.items[k].kind in {"and", "comma"}:
                    k += 1
                if (k < len(self.items) and self.items[k].kind == "event" and not self.items[k].extra.get("location")
                        and not self.items[k].extra.get("subject_anaphor") and not self.items[k].extra.get("after_to")):
                    after = self.items[k + 1] if k + 1 < len(self.items) else None
                    if after is not None and (
                        (after.kind == "verb" and not after.participle and not after.passive and not after.extra.get("infinitive"))
                        or after.kind == "which"
                    ):
                        break
                    if self._second_list(j, k):
                        break
                    j, expect = k, True
                    continue
            break
        return events, j

    def removal_after(self, i: int) -> tuple[Item, int] | None:
        """The agent of a removal ("for ubiquitination and destruction by the proteasome", "to and degradation by")
        stated right after the verb at ``items[i]``, and the index after it."""
        k = i + 1
        while k < len(self.items) and self.items[k].kind == "and":
            k += 1
        if k >= len(self.items) or self.items[k].kind != "event" or not self.items[k].extra.get("after_by"):
            return None
        agent = self.items[k]
        if agent.arg is None or not _REMOVAL.search(self.text, self.items[i].end, agent.arg.start):
            return None
        return agent, k + 1

    def role_holder_at(self, j: int) -> bool:
        """Whether a role noun at ``items[j]`` is followed by the bare name that holds it ("the CDK1 activator Cdc25")."""
        items = self.items
        return (j + 1 < len(items) and items[j].kind == "role" and items[j + 1].kind == "event" and items[j].gap == 0
                and items[j + 1].gap == 0 and not items[j + 1].explicit and items[j + 1].arg is not None)

    def hold_role(self, described: Item, j: int) -> Item:
        """The holder of the role noun at ``items[j]`` acts on ``described`` (the name before the role noun)."""
        holder = self.items[j + 1]
        self.emit([holder], [Item("event", described.start, described.end, arg=described.arg)], self.items[j].sign,
                  "activity", self.items[j].trigger, "drug_role", use_state=False)  # fmt: skip
        return holder

    def after_unnamed_conjunct(self, i: int) -> tuple[list[Item], int] | None:
        """The named events after an unnamed first conjunct at ``items[i]`` ("can result in permanent cell-cycle
        arrest and senescence": senescence), unless they open a clause of their own ("... and Y activates Z")."""
        items = self.items
        if not (i + 1 < len(items) and items[i].kind == "and" and items[i].gap >= 1 and items[i + 1].kind == "event"
                and not items[i + 1].extra.get("location")):
            return None
        events, j = self.collect(i + 1)
        if not events or (j < len(items) and items[j].kind in {"verb", "which"} and not items[j].participle):
            return None
        return events, j

    def _second_list(self, j: int, k: int) -> bool:
        """Whether ``items[k:]`` is a list of its own, closed by its own "and"/"or" and followed by a relative
        pronoun, after a conjunction at ``items[j:k]`` ("inhibit Kv1.3-channels, or antihistamines, antibiotics
        and corticosteroids, which stabilize mast cells": the second list is a new subject)."""
        if not any(self.items[x].kind == "and" for x in range(j, k)):
            return False
        x, joined = k, False
        while x < len(self.items) and self.items[x].kind in {"event", "and", "comma"}:
            arg = self.items[x].arg
            joined = joined or self.items[x].kind == "and" or (arg is not None and arg.mode == "coord")
            x += 1
        return joined and x < len(self.items) and self.items[x].kind == "which"

    def resolve(self, item: Item) -> Item:
        if not item.anaphor or item.arg is not None:
            return item
        if item.extra.get("sentence_anaphor"):
            source = self.focus or self.previous_focus
            if item.extra.get("subject_anaphor") and (self.subjects or self.previous_subjects):
                source = self.subjects or self.previous_subjects
            elif item.text in {"it", "they"} and self.previous_subjects and not self.focus:
                source = self.previous_subjects
            elif item.extra.get("entity_anaphor") and (self.subjects or self.previous_subjects):
                source = self.subjects or self.previous_subjects
            if source and item.text in {"these", "they"} and len(source) > 1:
                parts = [u for event in source if event.arg for u in event.arg.as_object()]
                return Item("event", item.start, item.end, arg=Arg(parts, "coord"), extra={"resolved": True})
            if source and item.text in {"these", "they"} and not item.extra.get("subject_anaphor"):
                keys = {u.key for event in source if event.arg for u in event.arg.as_object()}
                if len(keys) < 2:
                    return item  # "these receptors" after a single participant: a group named elsewhere
            if source:
                last = source[-1]
                clone = Item("event", item.start, item.end, sign=self.sign_of(last), rel=last.rel, arg=last.arg,
                             extra={"resolved": True})
                return clone
            return item
        # "its" names the last thing acted on: not a verb's subject, nor the agent of a passive ("ZAP-70 is
        # phosphorylated by Lck, resulting in its activation": ZAP-70's), unless nothing else is there
        actors = [c for c in reversed(self.recent) if c.arg is not None and id(c) not in self._subject_ids]
        named = next((c for c in actors if not c.extra.get("after_by")), actors[0] if actors else None)
        if named is None:
            return item
        # ("its nuclear translocation" keeps the place it names, "its cleavage by caspase-8" the agent)
        return Item("event", item.start, item.end, sign=item.sign, rel=item.rel, arg=named.arg, explicit=item.explicit,
                    trigger=item.trigger, partner=item.partner, agent=item.agent, agent_sign=item.agent_sign,
                    extra={"place": True} if item.extra.get("place") else None)  # fmt: skip

    def read(self) -> list[Found]:
        items = self.items
        pending: list[Item] = []
        last_subjects: list[Item] = []
        last_objects: list[Item] = []
        last_verb: Item | None = None
        which: list[Item] = []
        acts_subject: list[Item] = []
        condition: list[Item] = []
        condition_sign = 1
        open_verbs: list[tuple[Item, list[Item]]] = []
        back_effects: list[Item] = []
        unnamed_cause: tuple[Item, list[Item]] | None = None  # a backward connective whose cause was left unnamed
        means: Item | None = None
        means_targets: list[Item] = []
        shared_verbs: list[Item] = []
        bare_passive: tuple[int, Item, list[Item]] | None = None  # (index after it, verb, patients)
        # a passive move or conversion with no agent: (index after its objects, verb, patients, objects)
        unmade_move: tuple[int, Item, list[Item], list[Item]] | None = None
        self._subject_ids = set()
        i = 0
        while i < len(items):
            item = items[i]
            kind = item.kind
            previous = items[i - 1].kind if i else ""
            if kind not in {"back", "negback", "event", "and", "comma"}:
                back_effects = []
            continued = False
            if kind == "med" and means is not None:
                item = Item("means", item.start, item.end, text=means.text, sign=means.sign, rel=means.rel,
                            trigger=means.trigger)  # fmt: skip
                kind, continued = "means", True
            elif kind in {"break", "verb", "fwd", "which"}:
                means = None
            if kind == "event" and item.extra.get("location"):
                if item.extra.get("apposed") == "product" and previous == "comma" and items[i - 2].kind == "event":
                    # "quinolinic acid, the end product of tryptophan metabolism": the source becomes the product
                    made = Item("event", items[i - 2].start, items[i - 2].end, arg=items[i - 2].arg)
                    self.emit([Item("event", item.start, item.end, arg=item.arg)], [made], 0, "convert", None,
                              "product_of", use_state=False)  # fmt: skip
                elif item.extra.get("apposed") == "precursor" and previous == "comma" and items[i - 2].kind == "event":
                    # "HHQ, the precursor to PQS synthesis": the name before the apposition becomes the named one
                    source = Item("event", items[i - 2].start, items[i - 2].end, arg=items[i - 2].arg)
                    self.emit([source], [Item("event", item.start, item.end, arg=item.arg)], 0, "convert", None,
                              "precursor_of", use_state=False)  # fmt: skip
                if item.arg is not None and item.arg.mode in {"chain", "complex"}:
                    # "In the PI3K/AKT/mTOR pathway, ...", "the role of the CARD9/Malt1/Bcl10 complex": still stated
                    self.emit_internal(item)
                i += 1
                continue
            if kind == "with":
                events, j = self.collect(i + 1)
                for event in events:
                    self.emit_internal(event)
                if last_verb is not None and last_verb.kind == "verb" and last_subjects and events:
                    self.emit(last_subjects, events, last_verb.sign, last_verb.rel, last_verb.trigger, "with", use_state=False)
                    self.recent.extend(events)
                else:
                    pending = pending + events
                i = j
                continue
            if kind == "implicate":
                # "studies have implicated the VraFG/GraRS complex in resistance to X and regulation of Y": X's roles
                actors, j = self.collect(i + 1)
                roles: list[Item] = []
                while j < len(items) and items[j].kind in {"event", "and", "comma"}:
                    if items[j].kind == "event" and items[j].arg is not None:
                        roles.append(self.resolve(items[j]))
                    j += 1
                for event in [*actors, *roles]:
                    self.emit_internal(event)
                self.emit(actors, roles, 0, "regulate", item.trigger, "implicated", use_state=False)
                pending = []
                i = j
                continue
            if kind == "together":
                # "SH3TC2 regulates endosomal recycling together with Rab11": Rab11 shares the subject's role.
                partners, j = self.collect(i + 1)
                for event in partners:
                    self.emit_internal(event)
                moved = last_verb is not None and last_verb.passive and last_verb.rel in {"transloc", "convert"} and (
                    last_verb.text.endswith(("to", "into")) or bool(last_verb.extra.get("passive_to")))
                if previous == "event" and moved and last_subjects and partners:
                    # "Sucrose is delivered to the roots together with AAs": the partner moves too
                    self.emit(partners, last_subjects, last_verb.sign, last_verb.rel, last_verb.trigger,  # type: ignore[union-attr]
                              "together", use_state=False)  # fmt: skip
                elif previous == "event" and last_verb is not None and last_verb.kind == "verb" and last_objects and partners:
                    self.emit(partners, last_objects, last_verb.sign, last_verb.rel, last_verb.trigger, "together",
                              use_state=False)  # fmt: skip
                elif previous == "which" and which:
                    pending = [*which, *partners]  # "MurA which together with MurB is required for ..."
                else:
                    pending = pending + partners
                i = j
                continue
            if kind == "cond":
                causes, j = self.collect(i + 1, commas=False)
                for event in causes:
                    self.emit_internal(event)
                self.recent.extend(causes)
                condition, condition_sign = causes, 1
                i = j
                continue
            if kind == "complexof":
                members, j = self.collect(i + 1)
                # ("recruits SYK ..., which leads to the formation of a complex involving Card9, ...": no holder)
                holders = [] if item.extra.get("naming") == "entity" or previous == "fwd" else pending or last_objects
                agent_of = items[i - 1] if previous == "verb" and items[i - 1].passive else None
                if agent_of is not None and holders:
                    # "β-catenin is phosphorylated by a complex formed by APC, Axin, CKI and GSK3β": the complex,
                    # named by its members, is the agent; the patient is no member
                    self.emit(members, holders, agent_of.sign, agent_of.rel, agent_of.trigger, "passive")
                    holders = []
                verb_before = items[i - 1] if previous == "verb" and not items[i - 1].passive else None
                if (verb_before is not None and verb_before.extra.get("objectless") and verb_before.rel != "transloc"
                        and item.extra.get("naming") == "members" and last_subjects):
                    # "OSM induces another heterodimer composed of OSMR and gp130": the complex, named only by its
                    # members, is the verb's object ("Dvl disrupts the destruction complex composed of" names its own)
                    self.emit(last_subjects, members, verb_before.sign, verb_before.rel, verb_before.trigger, "verb")
                    holders = []
                units = [u for m in members if m.arg for u in m.arg.as_object()]
                self.bind_pairwise(units, item.trigger)
                for h in holders:
                    for hu in (h.arg.as_object() if h.arg else []):
                        for b in units:
                            if hu.key != b.key:
                                self.found.append(Found(hu, b, "binds", item.trigger, "complex_member"))
                # "PYK2 is recruited to a complex that consists of Src, ..., which results in ...": the cargo acts.
                recruited = previous == "verb" and items[i - 1].rel == "transloc" and holders
                # "the destruction complex (including Axin, APC, ...) phosphorylates β-catenin": the named complex acts
                acting_complex = item.extra.get("naming") == "entity" and bool(pending)
                pending = list(holders) if recruited else (pending if acting_complex else members)
                i = j
                continue
            if kind == "event":
                events, j = self.collect(i)
                for event in events:
                    self.emit_internal(event)
                # "Oxidative stress and the subsequent activation of the JNK pathway": the first brings on the next
                self.emit_steps([*(pending[-1:] if previous == "and" else []), *events], None, bare=False)
                if (item.extra.get("after_prep") and previous == "event" and not pending and not condition
                        and last_verb is not None and last_verb.kind == "verb" and not last_verb.passive
                        and last_objects and last_verb.end <= items[i - 1].start
                        and j + 1 < len(items) and items[j].kind == "and" and items[j + 1].kind == "verb"):
                    # "TGF-β recruits preosteoclasts to areas of bone remodeling and promotes proliferation": a name in
                    # a phrase after the verb's object is no new subject; the clause's subject goes on
                    self.recent.extend(events)
                    i = j
                    continue
                if condition:
                    k = j
                    while k < len(items) and items[k].kind in {"event", "and", "comma"}:
                        k += 1
                    after = items[k] if k < len(items) else None
                    # "In response to integrin activation, PYK2 is recruited to ...": the cause moves the cargo.
                    rel = "transloc" if after is not None and after.kind == "verb" and after.rel == "transloc" else "activity"
                    self.emit(condition, events, condition_sign, rel, None, "condition", use_state=False)
                    condition, condition_sign = [], 1
                # (after "p38 but not", the name before "but" stays pending: see the break below)
                pending = events if previous not in {"and", "break"} or not pending else pending + events
                self.recent.extend(events)
                i = j
                continue
            if kind == "verb" and item.rel == "accumulate":
                # "YAP and TAZ accumulate in the nucleus": a move only when the place is a cell compartment.
                places, j = self.collect(i + 1)
                places = [p for p in places if p.arg is not None and all(u.key in self.places for u in p.arg.parts)]
                if places and pending:
                    self.emit(pending, places, 0, "transloc", item.trigger, "accumulate", use_state=False)
                    last_subjects, last_verb = pending, item
                pending = pending if not places else []
                i = j
                continue
            if kind == "verb" and item.text.startswith("target") and not pending and self.focus and last_subjects and (
                (removal := self.removal_after(i)) is not None
            ):
                # "phosphorylates β-catenin, targeting it for ubiquitination and destruction by the proteasome": the
                # subject marks the thing for removal, and the agent after "by" removes it
                agent, j = removal
                target = [Item("event", t.start, t.end, arg=t.arg) for t in self.focus]
                self.emit(last_subjects, target, -1, "amount", item.trigger, "target_removal", use_state=False)
                self.emit([agent], target, -1, "amount", item.trigger, "target_removal", use_state=False)
                i = j
                continue
            if kind == "verb":
                if not pending and which and previous == "comma" and not last_subjects and not item.participle:
                    # "NK-B, which is expressed in neurons, signals through ...": the antecedent resumes.
                    pending = which
                start_at = i + 1
                if item.rel == "transloc":
                    while start_at < len(items) and items[start_at].kind == "event" and items[start_at].extra.get("location"):
                        start_at += 1
                objects, j = self.collect(start_at)
                if objects and self.role_holder_at(j):
                    # "PKA inhibits the CDK1 activator Cdc25": the name after the role noun is the object, and it
                    # acts on the name before the role noun
                    holder = self.hold_role(objects[-1], j)
                    objects, j = [*objects[:-1], holder], j + 2
                if (not objects and not item.passive and start_at + 1 < len(items) and items[start_at].kind == "comma"
                        and items[start_at].gap >= 2 and items[start_at + 1].kind == "event"):
                    # "interacts with two other cytosolic protein factors, Apaf-1 and procaspase-9": the names after
                    # the unnamed objects name them
                    named, k = self.collect(start_at + 1)
                    closed = k >= len(items) or items[k].kind == "comma" or items[k].extra.get("infinitive")
                    if closed and sum(len(e.arg.parts) for e in named if e.arg is not None) > 1:
                        objects, j = named, k
                if not objects and not item.passive:
                    objects, j = self.after_unnamed_conjunct(start_at) or (objects, j)
                if (objects and not item.passive and j < len(items) and items[j].kind == "event"
                        and items[j].extra.get("after_for") and items[j].explicit and items[j].trigger is not None):
                    # "TRIF recruits TRAF3 for activation of TBK1": what the verb acts on does what it is acted on for
                    purposes, j = self.collect(j)
                    for event in purposes:
                        self.emit_internal(event)
                    self.emit(objects, purposes, 1, "activity", item.trigger, "purpose", use_state=False)
                if j < len(items) and items[j].kind == "including":
                    objects = [o for o in objects if not _class_noun(o)]  # "release of cytokines such as IL-6"
                if item.passive and item.rel == "transloc" and item.extra.get("passive_to"):
                    objects = _movers_apart(objects)
                for event in objects:
                    self.emit_internal(event)
                self.recent.extend(objects)
                if not objects and not item.passive:
                    if (j + 1 < len(items) and items[j].kind == "and" and items[j + 1].kind == "verb"
                            and (items[j].gap == 0 or (items[j].gap == 1 and item.rel == "binding"
                                                       and bool(items[j].extra.get("after_preposition"))))
                            and item.rel != "transloc"):
                        shared_verbs.append(item)  # "phosphorylates and activates AKT1": both verbs take the object
                    elif (item.rel == "binding" and pending and " " not in item.text and not item.text.endswith("s")
                          and not item.text.startswith(_SENSING_VERBS)
                          and (j >= len(items) or items[j].kind not in {"event", "including"})):
                        # "C6, C7 and C8 bind together", "POP-1 and SYS-1 interact to up-regulate ...": the subjects bind
                        # each other
                        self.bind_pairwise([u for p in pending if p.arg is not None for u in p.arg.as_object()], item.trigger)
                    last_verb = item
                    item.extra["objectless"] = True
                    if pending and not self.subjects and not item.extra.get("infinitive"):
                        self.subjects = [p for p in pending if p.arg is not None]
                    if previous == "which" and which and not pending:
                        last_subjects = which  # "GSDMD-N, which forms pores ... and triggers pyroptosis"
                    elif previous == "fwd" and self.focus and not pending:
                        # "glycolysis, which in turn supports other processes, such as FAS": the focus acts
                        last_subjects = self.focus
                        open_verbs.append((item, self.focus))
                    if pending:
                        last_subjects = pending
                        open_verbs.append((item, pending))
                        if not item.text.endswith("ing") and item.rel != "transloc":
                            pending = []
                    i = j
                    continue
                if item.passive and not pending and previous in {"", "comma", "break"} and objects and not item.extra.get("noun_before"):
                    # "When stimulated by norepinephrine, the receptor ...": agents of the coming subject.
                    condition, condition_sign = objects, item.sign
                    i = j
                    continue
                if item.passive:
                    patients = pending or (which if previous == "which" and which else last_objects)
                    if pending and previous == "comma" and item.gap >= 4:
                        # "reductase, critical for ..., contains a di-ferric center whose formation is mediated by
                        # GLRX3": the words after the comma name the patient; the names before it are no patients.
                        patients = []
                    if item.extra.get("pronoun_subject") and not (pending and pending[-1].extra.get("resolved")):
                        # an unresolved "it" before the verb: the names before it are not its subject, but the
                        # sentence's one topic is ("Pyruvate ... can be oxidized to lactate ..., or it can be
                        # translocated into the mitochondria")
                        topic = {u.key for s in self.subjects if s.arg is not None for u in s.arg.parts}
                        patients = list(self.subjects) if len(topic) == 1 else []
                    if not objects:
                        # "Fe3+ ... combines with Trf and can be imported into cells via Trf1": the verb before is done
                        last_verb, last_objects = item, []
                        if patients and not self.subjects:
                            self.subjects = [p for p in patients if p.arg is not None]  # the passive's topic
                        if item.sign and patients:
                            self.focus = patients
                            for p in patients:
                                p.extra["state"] = item.sign * p.sign
                        if patients and item.rel in {"amount", "activity"}:
                            bare_passive = (j, item, patients)
                        i = j
                        continue
                    elif item.rel in {"transloc", "convert"} and (item.text.endswith(("to", "into")) or item.extra.get("passive_to")):
                        if patients and not self.subjects:
                            # "The resulting NH4+ is delivered to the plant cells where it is assimilated": NH4+ is the topic
                            self.subjects = [p for p in patients if p.arg is not None]
                        movers = [o for o in objects if o.extra.get("after_by")]
                        if not movers and all(o.agent is None for o in objects):
                            unmade_move = (j, item, patients, objects)
                        if movers and item.rel == "transloc":
                            # "Glucose is imported into cells by GLUT4": the transporter moves the cargo
                            self.emit(movers, patients, 0, "transloc", item.trigger, "transported_by", use_state=False)
                        elif movers:
                            # "Retinol is first oxidized into retinal by ADH" (the product no participant): the enzyme
                            # converts the substrate
                            self.emit(movers, patients, 0, "convert", item.trigger, "passive_to_agent", use_state=False)
                        self.emit(patients, [o for o in objects if o not in movers], item.sign, item.rel, item.trigger,
                                  "passive_to")
                        if item.rel == "convert":
                            # "N2 is fixed into NH3 by nitrogenase": the agent acts on the substrate (and makes the
                            # product: see emit_internal)
                            for o in objects:
                                if o.agent is not None:
                                    agent = Item("event", o.agent.start, o.agent.end, arg=o.agent)
                                    self.emit([agent], patients, 0, "convert", item.trigger, "passive_to_agent",
                                              use_state=False)  # fmt: skip
                    else:
                        if item.rel == "transloc":
                            # "a Far1-Cdc24 complex is exported from the nucleus": a place is where it moves from, no agent
                            objects = [o for o in objects if o.arg is None or not all(u.key in self.places for u in o.arg.parts)]
                        patient_keys = {u.key for p in patients if p.arg is not None for u in p.arg.parts}
                        objects = [Item("event", o.agent.start, o.agent.end, arg=o.agent)
                                   if o.agent is not None and o.arg is not None and {u.key for u in o.arg.parts} <= patient_keys
                                   else o for o in objects]  # "Bid is activated following its cleavage by caspase-8"
                        if item.text in lexicon.DOER_VERBS:
                            self.emit_done(objects, patients, item.sign, item.rel, item.trigger, "passive")
                        else:
                            self.emit(objects, patients, item.sign, item.rel, item.trigger, "passive")
                        if (item.rel in {"convert", "phospho"} and patients and objects and j < len(items)
                                and items[j].kind == "event" and items[j].extra.get("after_to")):
                            # "Arginine is metabolized by arginase to ornithine and urea", "Glucose is phosphorylated by
                            # hexokinase to glucose-6-phosphate": the product after the agent
                            product = self.resolve(items[j])
                            self.emit(patients, [product], 0, "convert", item.trigger, "substrate_product", use_state=False)
                            self.emit(objects, [product], 1, "amount", item.trigger, "enzyme_product", use_state=False)
                            self.recent.append(product)
                            j += 1
                        self.focus = patients
                        for p in patients:
                            p.extra["state"] = item.sign * p.sign if item.sign else p.sign
                    last_subjects, last_objects, last_verb = objects, patients, item
                    pending = []
                    i = j
                    continue
                before = items[i - 2].kind if i > 1 else ""
                if item.extra.get("unnamed_subject"):
                    subjects, pending = [], []  # "leading to the transcription of genes involved in OC formation"
                elif (previous == "fwd" and before == "and" and last_objects and last_verb is not None
                      and last_verb.kind == "verb" and not last_verb.passive and items[i - 1].text == "thereby"
                      and not any(it.kind in _CAUSAL_KINDS and last_verb.start < it.start for it in items[: i - 2])):
                    # "cGAS catalyzes the formation of cGAMP and thereby activates STING": what was acted on acts on
                    subjects, pending = last_objects, []
                elif previous == "fwd" and before == "and" and last_subjects:
                    subjects, pending = last_subjects, []
                elif item.participle and last_verb is not None and last_verb.passive and last_subjects and not pending:
                    # "X is disrupted by loss of Y, exacerbating Z": the agent's event drives the participle.
                    subjects = last_subjects
                elif (item.participle and last_verb is not None and last_verb.kind == "verb" and last_verb.rel == "convert"
                      and not last_verb.passive and last_objects and last_subjects and objects
                      and (item.rel == "amount" or all(o.rel == "amount" and o.explicit for o in objects))):
                    # "δ-secretase cleaves APP, promoting the generation of Aβ": APP becomes Aβ, made by δ-secretase
                    taken = {u.key for o in last_objects if o.arg for u in o.arg.parts}
                    # "cleaves α-synuclein, generating α-synuclein (1–103) fragment": a fragment is no new product
                    plain = [Item("event", o.start, o.end, arg=o.arg) for o in objects
                             if o.arg is not None and not {u.key for u in o.arg.parts} <= taken]
                    self.emit(last_objects, plain, 0, "convert", item.trigger, "substrate_product", use_state=False)
                    self.emit(last_subjects, plain, 1, "amount", item.trigger, "enzyme_product", use_state=False)
                    self.recent.extend(objects)
                    pending = []
                    i = j
                    continue
                elif (item.participle and last_verb is not None and last_verb.kind == "verb" and last_subjects
                      and last_verb.text.startswith("mediat") and not last_verb.passive and not pending
                      and previous == "comma" and items[i - 1].gap >= 2):
                    # "Akt mediates most of insulin's metabolic effects, regulating glucose transport": the words after
                    # the name say whose effects Akt carries; Akt regulates
                    subjects = last_subjects
                elif (item.participle and previous == "comma" and i > 1 and items[i - 2].kind == "verb"
                      and items[i - 2].extra.get("infinitive") and last_subjects and not pending):
                    # "β-catenin interacts with TCF/LEF to transcribe its target genes, regulating survival": the
                    # participle goes on from the purpose clause, whose subject is the clause subject
                    subjects = last_subjects
                elif (item.participle or previous == "fwd") and self.focus:
                    subjects, pending = self.focus, []
                elif item.extra.get("purpose") or item.extra.get("noun_subject"):
                    subjects, pending = [], []
                elif item.extra.get("infinitive") and pending and all(p.extra.get("after_to_verb") for p in pending):
                    # "allows the plant to capture light and CO2 to produce sugars": the objects of an unknown verb
                    # after "to" do not produce anything
                    subjects, pending = [], []
                elif (previous == "event" and items[i - 1].arg is not None and item.text.endswith("ing") and item.gap == 0
                      and not items[i - 1].explicit and pending and items[i - 1] not in pending):
                    # "the off state of the pathway due to PTCH inhibiting SMO": the name right before the gerund acts
                    subjects = [items[i - 1]]
                elif pending and not (previous == "comma" and all(p.extra.get("listed") for p in pending)):
                    subjects = pending
                elif previous == "event" and items[i - 1].arg is not None and item.text.endswith("ing"):
                    subjects = [items[i - 1]]
                elif previous == "which" and which:
                    # "suppression of mTORC1, which inhibits autophagy": the clause states what mTORC1 does
                    subjects = [Item("event", w.start, w.end, arg=w.arg) if w.explicit and w.sign < 0 else w
                                for w in which]
                elif previous == "and" and which and self._after_which(i):
                    subjects = which  # "GSDMD-N, which forms pores in the membrane and triggers pyroptosis"
                elif (previous in {"and", "comma"} and last_verb is not None and last_verb.passive and last_objects
                      and not item.passive and not item.participle and not item.extra.get("new_subject")):
                    # "HY5 is activated by light and regulates ...", "HO-1, when activated by Nrf2, can metabolize heme":
                    # the passive's subject acts
                    subjects = last_objects
                elif previous in {"and", "comma"} and last_subjects and not item.extra.get("new_subject"):
                    subjects = last_subjects
                elif previous == "role" and last_subjects and items[i - 1].start > last_subjects[-1].end:
                    subjects = last_subjects  # "OPG is a decoy receptor that binds RANKL": the drug of the role acts
                elif (item.extra.get("infinitive") and last_verb is not None and last_verb.kind == "verb"
                      and last_verb.rel == "transloc" and not last_verb.passive and last_subjects):
                    subjects = last_subjects  # "Nrf2 translocates into the nucleus to bind with ARE": the cargo acts
                elif item.extra.get("infinitive") and last_objects:
                    subjects = last_objects
                    if last_verb is not None and last_verb.rel == "binding" and last_subjects:
                        subjects = [*last_subjects, *last_objects]  # "X couples with Y to stimulate Z": both act
                elif (previous == "event" and last_verb is not None and last_verb.rel == "binding" and last_objects
                      and last_verb.text.startswith("binding") and not item.participle and not item.passive):
                    # "Wnt binding to Frizzled inhibits GSK3β": the bound receptor signals on, as after "the binding
                    # of Wnt to Frizzled"
                    subjects = last_objects
                else:
                    subjects = []
                # "The binding of insulin to IGF-1R activates PI3K": the bound receptor signals on
                subjects = [_bound_partner(s) for s in subjects]
                self._subject_ids = {id(s) for s in subjects}
                if subjects and objects and not self.subjects:
                    self.subjects = [s for s in subjects if s.arg is not None]
                use_state = previous != "which" and not pending
                if previous == "and" and shared_verbs:
                    for shared in shared_verbs:
                        self.emit(subjects, objects, shared.sign, shared.rel, shared.trigger, "shared_verb", use_state=use_state)
                shared_verbs = []
                # "PGE2 promotes the dimerization of EP1R with β2AR": a complex formed is no target of the subject.
                # "NRAS mutations cause heterodimerization of BRAF/CRAF": a complex of named members formed is no target either.
                formed = [o for o in objects if o.explicit and o.rel == "binding" and item.sign > 0 and (
                    o.partner is not None or (o.arg is not None and len({u.key for u in o.arg.parts}) > 1))]
                # "The interaction between RANK and RANKL promotes the recruitment of the TRAF family": recruiting binds.
                recruited = [o for o in objects if o.extra.get("recruited") and o.partner is None and o.agent is None
                             and item.sign > 0 and o not in formed]
                if recruited:
                    self.emit(subjects, recruited, 0, "binding", item.trigger, "recruits", use_state=False)
                formed.extend(recruited)
                movers = [o for o in objects if item.rel == "transloc" and o.extra.get("after_by")]
                if movers and subjects:
                    # "Gluconate is transported into the cell by the gluconate permease GntP": the transporter moves it
                    self.emit(movers, subjects, 0, "transloc", item.trigger, "transported_by", use_state=False)
                    formed.extend(movers)
                enzyme_made = [o for o in objects if item.rel == "convert" and o.explicit and o.sign > 0
                               and o.partner is None and o.rel in {"amount", "activity"} and o not in formed]
                if enzyme_made and not any(o.explicit and o.rel == "convert" for o in objects):
                    # "cGAS catalyzes the formation of cGAMP": an enzyme that makes a product increases it
                    self.emit(subjects, enzyme_made, 1, "amount", item.trigger, "enzyme_product", use_state=False)
                    formed.extend(enzyme_made)
                self.emit(subjects, [o for o in objects if o not in formed], item.sign, item.rel, item.trigger,
                          "participle" if item.participle else "verb", use_state=use_state)  # fmt: skip
                if item.rel == "binding" and subjects and objects and _FORMS_COMPLEX.match(self.text, objects[-1].end):
                    # "GSK3 binds Axin and APC to form the β-catenin destruction complex": the partners bind each other
                    self.bind_pairwise([u for o in objects if o.arg is not None for u in o.arg.as_object()], item.trigger)
                substrates = [o for o in objects if o.explicit and o.rel == "convert" and o.partner is None]
                products = [o for o in objects if o.explicit and o.rel == "amount"]
                if item.rel == "convert" and substrates and products:
                    # "catalyses the oxidative deamination of dopamine and generation of DOPEL"
                    plain = [Item("event", p.start, p.end, arg=p.arg) for p in products]
                    self.emit([Item("event", s.start, s.end, arg=s.arg) for s in substrates], plain, 0, "convert",
                              item.trigger, "substrate_product", use_state=False)  # fmt: skip
                if (item.rel == "convert" and objects and j + 1 < len(items) and items[j].kind == "comma"
                        and items[j + 1].kind == "event" and items[j + 1].extra.get("after_to")):
                    j += 1  # "degrades heme into three immune modulatory byproducts, carbon monoxide (CO), ..."
                if item.rel == "convert" and objects and j < len(items) and items[j].kind == "event" and items[j].extra.get("after_to"):
                    # "caspase-1 cleaves pro-IL-1β to IL-1β": substrate -> product, and the enzyme makes the product
                    product = self.resolve(items[j])
                    self.emit(objects, [product], 0, "convert", item.trigger, "substrate_product", use_state=False)
                    self.emit(subjects, [product], 1, "amount", item.trigger, "enzyme_product", use_state=False)
                    self.recent.append(product)  # "converts PIP2 to PIP3, which recruits AKT": PIP3 is the antecedent
                    j += 1
                    while (j + 1 < len(items) and items[j].kind == "and" and items[j + 1].kind == "event"
                           and items[j + 1].extra.get("after_to")):
                        # "metabolize arachidonic acid first to PGG2 and then to PGH2": each product becomes the next
                        later = self.resolve(items[j + 1])
                        self.emit([product], [later], 0, "convert", item.trigger, "substrate_product", use_state=False)
                        self.emit(subjects, [later], 1, "amount", item.trigger, "enzyme_product", use_state=False)
                        self.recent.append(later)
                        product = later
                        j += 2
                for o in objects:
                    if o.explicit and o.rel == "convert" and o.partner is not None and subjects:
                        # "LDHA catalyzes the conversion of pyruvate to lactate": LDHA also increases lactate
                        made = Item("event", o.partner.start, o.partner.end, arg=o.partner)
                        self.emit(subjects, [made], 1, "amount", item.trigger, "enzyme_product", use_state=False)
                    if o.agent is not None and o.extra.get("agent_suffix") == "mediated" and subjects and item.sign:
                        # "IFN signaling triggers HIF-1α-mediated glycolytic reprogramming": IFN acts on HIF-1α too
                        mediator = Item("event", o.agent.start, o.agent.end, arg=o.agent)
                        self.emit(subjects, [mediator], item.sign, "activity", item.trigger, "via", use_state=use_state,
                                  inferred=["via"])  # fmt: skip
                if subjects:
                    last_subjects = subjects
                if formed and len(formed) == len(objects) and subjects:
                    last_objects, last_verb = objects, item
                    self.focus = subjects
                elif objects:
                    for o in objects:
                        # "thus modulating apoptosis, eventually promoting HCC": a state an unsigned verb left has no sign
                        o.extra["state"] = (0 if item.rel == "regulate" and item.text.endswith("ing") else item.sign or 1) * o.sign
                    # "Nrf2 binds ARE. This promotes ...": what binds acts on; what it binds to is no new actor (what
                    # is recruited is: "TRADD recruits caspase-8, resulting in apoptosis")
                    binder = item.rel == "binding" and not item.passive and not item.text.startswith("recruit")
                    self.focus = subjects if binder and subjects else objects
                    last_objects, last_verb = objects, item
                    for first, nxt in pairwise(objects):
                        if nxt.extra.get("then") and item.sign > 0:
                            # "cAMP activates PKA and, subsequently, CFTR": the first target acts on the next
                            self.emit([Item("event", first.start, first.end, arg=first.arg)], [nxt], 1, item.rel,
                                      item.trigger, "then", use_state=False)  # fmt: skip
                pending = []
                i = j
                continue
            if kind == "fwd":
                k = i - 1
                while k >= 0 and items[k].kind == "and":
                    k -= 1
                # "...; and linked to inductions of TH": a connective opening a new clause has no cause of its own
                after_break = k >= 0 and items[k].kind == "break" and not items[k].text
                causes = pending or ([] if after_break else self.focus)
                if (not pending and last_subjects and last_verb is not None and last_verb.extra.get("objectless") and (
                    previous == "and" or (previous in {"verb", "comma", "which"} and not last_verb.participle
                                          and _only_glue_after(items, last_verb, i))
                )):
                    # "ZAP-70 and Lck phosphorylate and activate several downstream target proteins eventually
                    # leading to Ras activation": the subject acts on through the unnamed objects
                    # "Intimal injury also causes disruption of vasa-vasorum and leads to hypoxia": the subject of the
                    # verb before (which named no participant) leads on
                    causes = last_subjects
                effects, j = self.collect(i + 1)
                while effects and self.role_holder_at(j):
                    # "leading to disinhibition of the CDK1 activator Cdc25 and stimulation of the CDK1 inhibitor Wee1":
                    # the event is the named holder's, which acts on the name before the role noun
                    described = effects[-1]
                    holder = self.hold_role(described, j)
                    effects[-1] = Item("event", holder.start, holder.end, sign=described.sign, rel=described.rel,
                                       arg=holder.arg, explicit=described.explicit, trigger=described.trigger)
                    j += 2
                    if j + 1 < len(items) and items[j].kind == "and" and items[j + 1].kind == "event":
                        more, j = self.collect(j + 1)
                        effects.extend(more)
                if not effects:
                    effects, j = self.after_unnamed_conjunct(i + 1) or (effects, j)
                if item.text.endswith("linked to") and pending and effects and all(e.explicit for e in effects) and not any(
                    c.explicit for c in pending
                ):
                    # "tumors linked to chemical inhibition of TPO": the stated event is the cause
                    for event in effects:
                        self.emit_internal(event)
                    self.emit(effects, pending, 1, "activity", item.trigger, "causal_back", use_state=False)
                    pending = []
                    i = j
                    continue
                for event in effects:
                    self.emit_internal(event)
                self.recent.extend(effects)
                cause_keys = {u.key for c in causes if c.arg for u in c.arg.parts}
                inside = [e for e in effects if e.arg and cause_keys & {u.key for u in e.arg.parts}]
                if inside and not pending and last_subjects:
                    # "X phosphorylates Y, resulting in inhibition of the Y pathway": X acts on Y.
                    targets = [Item("event", c.start, c.end, sign=e.sign, rel=e.rel, arg=c.arg, explicit=e.explicit)
                               for c in causes for e in inside]  # fmt: skip
                    self.emit(last_subjects, targets, 1, "activity", item.trigger, "causal_target", use_state=False)
                    effects = [e for e in effects if e not in inside]
                # "Binding of IFN-γ to IFNGR results in tight association of IFNGR1 and IFNGR2": a binding that follows
                # is stated between its partners, not as the cause's effect on each of them
                self.emit(causes, [e for e in effects if not (e.explicit and e.rel == "binding")], 1, "activity",
                          item.trigger, "causal")
                # "leads to the nuclear localization of Relish and subsequent transcription of genes, including Diptericin"
                self.emit_steps(effects, item.trigger, bare=True)
                if effects:
                    self.focus = effects
                    last_subjects, last_objects, last_verb = causes, effects, item
                pending = []
                i = j
                continue
            if kind in {"back", "negback"}:
                effect = items[i - 1] if i and items[i - 1].kind == "event" and items[i - 1].arg is not None else None
                if effect is not None and effect.extra.get("location") and i > 1 and items[i - 2].kind == "event":
                    effect = items[i - 2]  # "ATP release from erythrocytes in response to ...": the release is the effect
                relative = False
                if back_effects:
                    effects = back_effects  # "Y independent of X is the result of Z": Z acts on Y
                elif effect is None and previous == "which" and (antecedent := _antecedent(items, i - 1)) is not None:
                    effects = [antecedent]  # "The alternative pathway, which is induced by CD40L": CD40L induces it
                    relative = True
                else:
                    effects = [effect] if effect is not None else (pending or self.focus)
                causes, j = self.collect(i + 1)
                named_cause = causes[0].arg if causes else None
                if relative and named_cause is not None and (
                    causes[0].gap >= 3 or _RELATIVE_WORD.search(self.text, item.end, named_cause.start)
                ):
                    # "ISR, which is induced by plant growth-promoting rhizobacteria that provide resistance": the
                    # cause is unnamed; what comes after it names no cause
                    causes = []
                for event in causes:
                    self.emit_internal(event)
                self.recent.extend(causes)
                self.emit(causes, effects, item.sign, item.rel, item.trigger, "causal_back",
                          negated=kind == "negback", use_state=False)  # fmt: skip
                unnamed_cause = (item, list(effects)) if not causes and kind == "back" else None
                pending = list(effects)
                back_effects = list(effects)
                i = j
                continue
            if kind == "med" and item.extra.get("own_part"):
                j = i + 1
                while j < len(items) and items[j].kind in {"event", "and"}:
                    items[j].extra["own_part"] = True  # no participant: neither a mediator nor an antecedent of "which"
                    j += 1
                pending = []
                i = j
                continue
            if kind in {"med", "means"}:
                if kind == "means" and not continued:
                    # "DAMPs, which stimulate inflammatory signaling by activating TLRs": the verb before the means
                    # named no participant, so the objects of an earlier verb are no targets of the means.
                    stale = last_verb is not None and bool(last_verb.extra.get("objectless"))
                    means, means_targets = item, ([] if stale else last_objects)
                mediators, j = self.collect(i + 1)
                role = items[i + 1] if not mediators and i + 2 < len(items) else None
                if (role is not None and role.kind == "role" and role.gap <= 1 and items[i + 2].kind == "event"
                        and items[i + 2].gap == 0 and items[i + 2].arg is not None):
                    # "activates Smo by inhibiting its inhibitor PTCH1/2": the named holder of the role is the
                    # mediator, and it plays the role on what the verb acted on
                    mediators, j = self.collect(i + 2)
                    self.emit(mediators, [Item("event", o.start, o.end, arg=o.arg) for o in last_objects], role.sign,
                              "activity", role.trigger, "drug_role", use_state=False)  # fmt: skip
                for event in mediators:
                    self.emit_internal(event)
                self.recent.extend(mediators)
                # "via VraFG/GraRS-controlled regulation of WTA": the controllers mediate, not what they control
                mediators = [Item("event", m.start, m.end, arg=m.agent) if m.agent is not None and m.rel == "regulate" else m
                             for m in mediators]  # fmt: skip
                targets = means_targets if kind == "means" else last_objects
                if kind == "med" and unmade_move is not None and unmade_move[0] == i and mediators and unmade_move[2]:
                    # "Biliverdin is converted to bilirubin via BLVR", "Ferrous iron is transported into the enterocyte
                    # via DMT1": with no agent named, the mediator is the one that converts or moves the patient
                    moved_by, patients, products = unmade_move[1:]
                    self.emit(mediators, patients, 0, moved_by.rel, moved_by.trigger,
                              "transported_by" if moved_by.rel == "transloc" else "passive_to_agent", use_state=False)
                    if moved_by.rel == "convert":
                        self.emit(mediators, products, 1, "amount", moved_by.trigger, "enzyme_product", use_state=False)
                    unmade_move, pending = None, []
                    i = j
                    continue
                if kind == "med" and unnamed_cause is not None and mediators and i > 0 and items[i - 1] is unnamed_cause[0]:
                    # "Autophagy can also be induced by hypoxic conditions through HIF activation": the cause is
                    # unnamed, and the means it works through acts on the effect
                    back, effects = unnamed_cause
                    self.emit(mediators, effects, back.sign, back.rel, back.trigger, "passive_through", use_state=False)
                    unnamed_cause, pending = None, []
                    i = j
                    continue
                if kind == "med" and bare_passive is not None and bare_passive[0] == i and mediators:
                    # "ATP is produced through oxidative phosphorylation": the means produces the patient
                    made_by = bare_passive[1]
                    self.emit(mediators, bare_passive[2], made_by.sign, made_by.rel, made_by.trigger, "passive_through",
                              use_state=False)  # fmt: skip
                    bare_passive, pending = None, []
                    i = j
                    continue
                second: list[Item] = []
                if (kind == "med" and mediators and j < len(items) and items[j].kind == "med"
                        and last_verb is not None and last_verb.kind == "verb" and not last_verb.passive and last_subjects and targets):
                    # "GSK3β inhibits protein synthesis via eIF2B and actin filament formation via nebulin and N-WASP":
                    # the name before the second "via" is the verb's next object, with mediators of its own
                    if len(mediators) >= 2:
                        second, mediators = mediators[-1:], mediators[:-1]
                    elif (mediators[0].arg is not None and mediators[0].arg.mode == "coord" and len(mediators[0].arg.parts) >= 2):
                        parts = mediators[0].arg.parts
                        second = [Item("event", parts[-1].start, parts[-1].end, arg=Arg(parts[-1:]))]
                        kept = Arg(parts[:-1], "coord" if len(parts) > 2 else "single")
                        mediators = [Item("event", kept.start, kept.end, arg=kept)]
                self.mediate(item, mediators, last_subjects, targets, last_verb, pending)
                if second and last_verb is not None:
                    self.emit(last_subjects, second, last_verb.sign, last_verb.rel, last_verb.trigger, "verb")
                    last_objects = second
                    i = j
                    continue
                if (kind == "med" and mediators and last_verb is not None and last_verb.kind == "verb" and not targets
                        and last_subjects and j < len(items) and items[j].kind == "verb" and items[j].extra.get("infinitive")):
                    # "NK-B signals through NK receptors to increase cAMP": subject and mediator both act.
                    last_objects = [*last_subjects, *mediators]
                if (kind == "med" and mediators and last_verb is None and not pending and previous in {"", "break"}
                        and j < len(items) and items[j].kind == "verb" and not items[j].passive):
                    # "Basal signaling via Erk and Abl kinases suppresses RAG": an unnamed signal acts through its
                    # mediators, which are the subject the verb has
                    pending = list(mediators)
                    i = j
                    continue
                if kind == "means" and mediators:
                    last_objects = mediators  # "... by activating caspase-4 to cleave GSDMD"
                    for m in mediators:
                        m.extra["state"] = item.sign * m.sign if item.sign else m.sign
                    self.focus = mediators
                if last_verb is not None:
                    pending = []
                i = j
                continue
            if kind == "from":
                substrates, j = self.collect(i + 1)
                if substrates and last_objects:
                    self.emit(substrates, last_objects, 0, "convert", item.trigger, "substrate_product", use_state=False)
                    if last_subjects:
                        self.emit(last_subjects, substrates, 0, "convert", item.trigger, "enzyme_substrate",
                                  use_state=False)  # fmt: skip
                i = j
                continue
            if kind == "including":
                events, j = self.collect(i + 1)
                for event in events:
                    self.emit_internal(event)
                if unnamed_cause is not None and (last_verb is None or unnamed_cause[0].start > last_verb.start):
                    # "NLRP3 activation requires an initial signal, such as TLR activation": the examples are the causes
                    back, effects = unnamed_cause
                    self.emit(events, effects, back.sign, back.rel, back.trigger, "causal_back", use_state=False)
                    self.recent.extend(events)
                    pending, unnamed_cause = list(events), None  # "..., that activates NF-κB": the examples act on
                    i = j
                    continue
                verb, subjects = (last_verb, last_subjects)
                if open_verbs:
                    verb, subjects = open_verbs[-1]
                # "regulate WRKY22 to participate in the SA signaling pathway, including the NPR1-dependent pathway":
                # the examples belong to the unnamed noun phrase after the verb's object, not to the verb.
                trailing = previous == "comma" and i > 1 and items[i - 2].kind == "event" and (
                    items[i - 1].gap >= 2 or (bool(last_objects) and all(items[i - 2] is not o for o in last_objects))
                )
                if verb is not None and verb.kind == "verb" and subjects and events and not trailing:
                    self.emit(subjects, events, verb.sign, verb.rel, verb.trigger, "including", use_state=False)
                    self.recent.extend(events)
                    last_objects = events
                    self.focus = events
                elif events:
                    if last_verb is not None:
                        for event in events:
                            event.extra["listed"] = True
                    # "Cytokines such as IL-1β and TNF-α activate NF-κB": the class names its members only
                    pending = [p for p in pending if not _class_noun(p)] + events
                i = j
                continue
            if kind == "which":
                which = pending[-1:] if pending else (self.recent[-1:] if previous in {"event", "comma"} else [])
                if (which and last_subjects and last_verb is not None and last_verb.rel == "transloc" and not last_verb.passive
                        and which[-1].arg is not None and all(u.key in self.places for u in which[-1].arg.parts)):
                    which = list(last_subjects)  # "NPR1 enters the nucleus, which could bind to TGA1": the mover binds
                if i > 1 and previous == "comma" and (items[i - 2].extra.get("own_part") or items[i - 2].kind == "med"):
                    which = []  # "via its C-terminal NTase domain, which also mediates ...": a part of the subject
                if previous == "comma" and len(pending) > 1 and not last_subjects and _listed_with_and(items, i - 1, len(pending)):
                    # "Antihistamines, statins, NSAIDs and anti-hypertensives, which inhibit Kv1.3-channels": a
                    # sentence-opening list set off by a comma is the antecedent as a whole.
                    which = list(pending)
                setting = items[i - 2] if i > 1 and previous == "comma" else None
                if (setting is not None and setting.kind == "event" and setting.extra.get("location") and setting.arg is not None
                        and not any(u.key in self.places for u in setting.arg.parts)):
                    which = [setting]  # "observed in the p16/Rb pathway, which regulates ...": a pathway, not a place
                pending = []
            elif kind == "actsas":
                # "imidapril and ramipril, which are ACE inhibitors": the antecedent acts
                copula = item.text in {"are", "were"}
                acts_subject = pending or (which if previous == "which" and copula else []) or acts_subject
                following = items[i + 1] if i + 1 < len(items) else None
                if following is not None and following.kind == "back" and pending:
                    i += 1  # "PTEN is a direct target of MIR21": the subject is the effect
                    continue
                after = items[i + 2] if i + 2 < len(items) else None
                if following is not None and following.kind == "event" and (after is None or after.kind != "role") and acts_subject:
                    objects, j = self.collect(i + 1)
                    if {"substrate", "substrates"} & set(self.text[item.end : following.start].split()):
                        # "AMP is a substrate of NT5E", "NADPH serves as a substrate for NOX2": the enzyme converts it
                        # (a co-substrate acts as a cofactor, read as before)
                        self.emit(objects, [Item("event", a.start, a.end, arg=a.arg) for a in acts_subject], 0, "convert",
                                  item.trigger, "substrate_of", use_state=False)  # fmt: skip
                    else:
                        self.emit(acts_subject, objects, 1, "activity", item.trigger, "acts_as", use_state=False)
                    last_subjects, last_objects, last_verb = acts_subject, objects, item
                    self.focus = objects
                    if objects and objects[0].gap >= 2:
                        # "Acetyl-CoA is an essential co-substrate of HAT that is mainly generated from glycolysis;
                        # it is required for ...": the noun before the name describes the subject, which stays the topic
                        self.focus = list(acts_subject)
                        if j < len(items) and items[j].kind == "which":
                            which = list(acts_subject)
                            pending = []
                            acts_subject = []
                            i = j + 1
                            continue
                    acts_subject, pending = [], []
                    i = j
                    continue
                if following is not None and following.kind == "event" and (after is None or after.kind != "role"):
                    # "Increased sirtuins act as oxidative stress scavenger and reduce oxygen radicals": with no named
                    # subject, the complement is still no subject of the next verb.
                    complements, j = self.collect(i + 1)
                    for event in complements:
                        self.emit_internal(event)
                    self.recent.extend(complements)
                    if complements:
                        self.focus = complements  # "which act as substrates for the ETC and thus support OXPHOS"
                    pending = []
                    i = j
                    continue
                if following is not None and following.kind == "and" and after is not None and after.kind == "verb" and acts_subject:
                    # "TGF-β can act as a chemoattractant and recruit ...": an unnamed role; the subject goes on
                    last_subjects = list(acts_subject)
                pending = []
            elif kind == "role":
                drug = self.role(i, item, pending, acts_subject)
                acts_subject = []
                # "Sclerostin (SOST), an inhibitor of Wnt, reduces bone formation": the role's target is read
                skip = 1 if drug and previous == "comma" and self.role_of_target(i) else 0
                # "Dexamethasone, a glucocorticoid receptor agonist, suppresses IL6": the drug stays the subject
                apposition = bool(drug) and i + 1 + skip < len(items) and items[i + 1 + skip].kind == "comma"
                pending = list(drug) if apposition else []
                if drug and not apposition:
                    # "Sirtuins act as oxidative stress scavenger and reduce oxygen radicals": the drug goes on acting
                    last_subjects = list(drug)
                i += skip
            elif kind == "break":
                pending, which, acts_subject = [], [], []
                if item.text == "but" and i + 1 < len(items) and items[i + 1].kind == "verb" and last_subjects:
                    pending = list(last_subjects)  # "X decreased A but increased B": the subject carries over
                elif (item.text == "but" and previous == "event" and i + 2 < len(items) and items[i + 1].kind == "event"
                      and items[i + 2].kind == "verb" and self.text[item.end : items[i + 1].start].strip() == "not"):
                    # "p38 but not JNK is required for IL-6 production": p38 is a subject too (the "not" negates JNK's)
                    pending = [items[i - 1]]
                    last_subjects = []
                else:
                    last_subjects = []
                    if item.text in lexicon.CLAUSE_BREAKS:
                        # "NAD+ is consumed by glycolysis, whereas it is regenerated ... via conversion of pyruvate":
                        # a new clause; the verb before mediates nothing in it
                        last_verb, last_objects = None, []
            i += 1
        return self.found

    def _after_which(self, i: int) -> bool:
        """Whether only places and "and" stand between a relative pronoun and ``items[i]``."""
        k = i - 1
        while k >= 0 and (self.items[k].kind == "and" or self.items[k].extra.get("location")):
            k -= 1
        return k >= 0 and self.items[k].kind == "which"

    def mediate(self, item: Item, mediators: list[Item], subjects: list[Item], objects: list[Item],
                verb: Item | None, pending: list[Item]) -> None:  # fmt: skip
        if not mediators:
            return
        if item.kind == "means" and verb is None and pending and not subjects and not any(p.explicit for p in pending):
            # "RA Mφ adjust to the bioenergetic conditions by upregulating RFX5": the named subject is the actor
            self.emit(pending, mediators, item.sign, item.rel, item.trigger, "means_subject", use_state=False)
            return
        if (verb is not None and verb.kind == "verb" and verb.rel == "activity" and not verb.text.endswith("ed")
                and not objects and subjects and not pending):
            # "EP1R signals through Gq": the subject acts through the mediator.
            self.emit(subjects, mediators, verb.sign, verb.rel, item.trigger, "through", use_state=False, inferred=["via"])
            return
        if item.kind == "means" and verb is not None and verb.kind == "verb" and not objects and subjects and not pending:
            # "DAMPs which stimulate inflammatory signaling by activating TLRs": the subject acts on the mediator only.
            self.emit(subjects, mediators, item.sign, item.rel, item.trigger, "means", inferred=["via"])
            return
        if verb is None or not objects:
            # "activation of NF-κB via TRAF6": only an event stated as such is mediated; a bare noun phrase
            # ("entry to human cells via ...") is no effect of the mediator.
            near = bool(pending) and item.start - max(p.end for p in pending) <= 24
            # "upregulation of X with a marked reduction in pericytes through apoptosis": the mediator belongs
            # to the nearer (unnamed) noun phrase, not to an event stated words before.
            if near and (any(p.explicit for p in pending) or any(m.explicit and m.rel == "binding" for m in mediators)):
                for m in mediators:
                    rel = "binding" if m.rel == "binding" and m.explicit else "activity"
                    self.emit_done([m], pending, 1 if m.sign > 0 else 0, rel, item.trigger, "via_mediator",
                                   use_state=False, inferred=["via"])  # fmt: skip
            return
        t = verb.sign if verb.kind == "verb" else 1
        if item.kind == "means":
            v = item.sign
            self.emit(subjects, mediators, v, item.rel, item.trigger, "means", inferred=["via"])
            # "CTLA-4 suppresses the AKT pathway by recruiting PP2A": a partner recruited acts the way the subject does
            carried = 1 if v == 0 and item.rel == "binding" else v
            for m in mediators:
                for o in objects:
                    sign = t * carried * m.sign * (o.sign or 1)  # "A inhibits C by activating B": B inhibits C
                    name = interaction_for(sign if t else 0, "activity", o)
                    for mu in (m.arg.as_subject() if m.arg else []):
                        for ou in (o.arg.as_object() if o.arg else []):
                            if mu.key != ou.key:
                                self.found.append(Found(mu, ou, name, item.trigger, "means_mediator", inferred=["via", "composed"]))
            return
        clear = t > 0 and all(m.sign > 0 and not _unclear(m) for m in mediators)
        for m in mediators:
            # "through the activation of GPR41": the caption gives the subject's effect on the mediator.
            signed = m.explicit and m.trigger is not None and m.sign != 0 and not _unclear(m) and m.rel != "regulate"
            self.emit(subjects, [m], 1 if clear or signed else 0, "activity" if clear or signed else "regulate",
                      item.trigger, "via", use_state=False, inferred=["via"])  # fmt: skip
            for o in objects:
                o_plain = Item("event", o.start, o.end, sign=o.sign, rel=o.rel, arg=o.arg, explicit=o.explicit)
                if clear:
                    self.emit([m], [o_plain], 1, "activity", item.trigger, "via_mediator", use_state=False, inferred=["via"])
                elif signed and t:
                    self.emit([m], [o_plain], t, "activity", item.trigger, "via_mediator", use_state=False, inferred=["via"])
                else:
                    self.emit([m], [o_plain], 0, "regulate", item.trigger, "via_mediator", use_state=False, inferred=["via"])

    def role_of_target(self, i: int) -> bool:
        """Whether the role noun at ``items[i]`` names its target after "of" ("Robo3.1, an inhibitor of Robo1")."""
        items = self.items
        if not (i + 1 < len(items) and items[i + 1].kind == "event" and items[i + 1].arg is not None
                and self.text[items[i].end : items[i + 1].start].strip() in {"of", "of the"}):
            return False
        # "PIAS, protein inhibitor of activated STATs": a glossary entry spells out the name, it states no relation
        name = self.text[items[i - 2].start : items[i - 2].end] if i > 1 else ""
        spelled = [w for w in re.findall(r"[A-Za-z]+", self.text[items[i - 1].end : items[i + 1].end])
                   if w not in {"of", "the", "and", "a", "an"}]
        return "".join(w[0] for w in spelled).casefold() != name.casefold()

    def role(self, i: int, item: Item, pending: list[Item], acts_subject: list[Item]) -> list[Item]:
        items = self.items
        if i > 1 and items[i - 1].kind == "comma" and pending and not acts_subject and not self.role_of_target(i):
            return pending  # "dobutamine, an adrenergic stimulant, ...": no named target; the drug stays the subject
        # "cytokines and immune mediators": a role noun names its target right before it, not across "and".
        target = pending[-1:] if pending and items[i - 1].kind == "event" else []
        drug: list[Item] = acts_subject
        if not target and i + 1 < len(items) and items[i + 1].kind == "event":
            target = [self.resolve(items[i + 1])]
        if not drug:
            k = i - len(pending) - 1
            while k >= 0 and items[k].kind in {"comma", "and"}:
                k -= 1
            if (k >= 0 and items[k].kind == "event" and k < i - 1 - len(pending) + 1 and items[k + 1].kind == "comma"
                    and items[k + 2].gap <= 3):
                # "dobutamine, an adrenergic stimulant" (not "based on mammalian cells, the regulation of both G1
                # cyclins and CDK inhibitors": a clause, no apposition)
                drug = [items[k]]
            elif pending and i + 1 < len(items) and items[i + 1].kind == "event" and not items[i + 1].explicit:
                drug = [items[i + 1]]  # "the MEK inhibitor trametinib" (not "the JAK inhibitor <unknown> reduced X")
        if drug and target:
            plain = [Item("event", t.start, t.end, arg=t.arg) for t in target]
            self.emit(drug, plain, item.sign, "activity", item.trigger, "drug_role", use_state=False)
        return drug


#: "respectively" closing the later of two paired lists (within 40 characters, in the same clause).
_RESPECTIVELY: Final = re.compile(r"[^.;]{0,40}?\brespectively\b")
_REMOVAL: Final = re.compile(r"\b(?:degradation|destruction|proteolysis|breakdown|elimination|removal)\b")
_RELATIVE_WORD: Final = re.compile(r"\b(?:that|which|who)\b")


#: "... to form the β-catenin destruction complex", ", forming a heterotrimer": what was bound makes one complex.
_FORMS_COMPLEX: Final = re.compile(
    r",?\s+(?:to\s+form|forming)\s+(?:an?\s+|the\s+)?(?:[\w\u03b1-\u03c9-]+\s+){0,3}?"
    r"(?:complex|complexes|heterodimer|heterotrimer|dimer|trimer|holoenzyme)\b"
)


def _class_word(text: str) -> bool:
    """A name ending in a lower-case plural, naming a class of things ("K+-permeable channels", "cytokines")."""
    last = text.rsplit(" ", 1)[-1]
    return last.endswith("s") and last.isalpha() and last.islower() and len(last) > 3


def _unit_start(unit: Unit) -> int:
    return unit.start


def _only_glue_after(items: list[Item], verb: Item, i: int) -> bool:
    """Whether only commas, relative pronouns, "and" and verbs stand between ``verb`` and ``items[i]`` (no name, no
    list of examples: "triggers downstream cascades, including the NF-κB and MAPK pathways, leading to ...")."""
    k = i - 1
    while k >= 0 and items[k] is not verb:
        if items[k].kind not in {"comma", "which", "and", "verb"}:
            return False
        k -= 1
    return k >= 0


def _antecedent(items: list[Item], which: int) -> Item | None:
    """The named event before ", which" (the comma and the relative pronoun at ``items[which]``), if any."""
    k = which - 1
    if k < 0 or items[k].kind != "comma":
        return None  # ("a co-substrate of HAT that is generated from glycolysis": the pronoun may skip the noun before)
    k -= 1
    return items[k] if k >= 0 and items[k].kind == "event" and items[k].arg is not None else None


def _bound_partner(subject: Item) -> Item:
    """The partner a binding event binds ("the binding of insulin to IGF-1R": IGF-1R), else the subject itself."""
    if subject.explicit and subject.rel == "binding" and subject.partner is not None and not subject.extra.get("state"):
        return Item("event", subject.partner.start, subject.partner.end, arg=subject.partner)
    return subject


#: Item kinds that state a cause and effect of their own (after them, a verb's objects are no longer the topic).
_CAUSAL_KINDS: Final = frozenset({"fwd", "back", "negback", "med", "means"})


def _listed_with_and(items: list[Item], comma: int, count: int) -> bool:
    """Whether the ``count`` events before ``items[comma]`` form one list closed by "and" ("A, B and C")."""
    k, seen, joined = comma - 1, 0, False
    while k >= 0 and seen < count:
        kind = items[k].kind
        if kind == "event":
            seen += 1
        elif kind == "and":
            joined = joined or items[k].text == "and"
        elif kind != "comma":
            return False
        k -= 1
    return seen == count and joined


def _class_noun(item: Item) -> bool:
    """A plural class noun standing alone ("cytokines", "growth factors", "kinases")."""
    if item.arg is None or len(item.arg.parts) != 1:
        return False
    text = item.arg.parts[0].text
    return text.endswith("s") and text[1:] == text[1:].lower() and text.replace(" ", "").replace("-", "").isalpha()


def _movers_apart(objects: list[Item]) -> list[Item]:
    """The places a passive move goes to, with the agent of each ("into the enterocyte by DMT1") set apart as a
    mover ("Ferrous iron is transported into the enterocyte by DMT1": DMT1 moves the iron, it does not act on the
    cell)."""
    if all(o.agent is None for o in objects):
        return objects
    places: list[Item] = []
    movers: list[Item] = []
    for o in objects:
        if o.agent is None:
            places.append(o)
            continue
        places.append(Item("event", o.start, o.end, sign=o.sign, rel=o.rel, arg=o.arg, explicit=o.explicit,
                           extra=dict(o.extra)))
        movers.append(Item("event", o.agent.start, o.agent.end, arg=o.agent, extra={"after_by": True}))
    return places + movers


def _unclear(item: Item) -> bool:
    return item.trigger is not None and item.extra.get("unclear", False) is True
