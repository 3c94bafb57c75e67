"""Small curated word lists for reading captions: triggers, connectives, hedges and participant nouns.

Trigger entries map a lower-case word form to ``(sign, kind)``: ``sign`` is +1, -1 or 0 (unsigned) and
``kind`` one of ``activity``, ``amount``, ``phospho``, ``binding``, ``convert``, ``transloc``,
``regulate``. Forms are listed explicitly (no stemmer) so that a lookup is one dict access.
"""

from __future__ import annotations

from typing import Final


_POS, _NEG, _UNS = 1, -1, 0

#: Verb forms (finite, participle, gerund) that state a relation between a subject and an object.
VERBS: Final[dict[str, tuple[int, str]]] = {}
for _base, _value in {
    "activat": (_POS, "activity"), "stimulat": (_POS, "activity"), "induc": (_POS, "activity"),
    "promot": (_POS, "activity"), "enhanc": (_POS, "activity"), "increas": (_POS, "amount"),
    "upregulat": (_POS, "amount"), "up-regulat": (_POS, "amount"), "trigger": (_POS, "activity"),
    "potentiat": (_POS, "activity"), "augment": (_POS, "activity"), "facilitat": (_POS, "activity"),
    "driv": (_POS, "activity"), "caus": (_POS, "activity"), "elicit": (_POS, "activity"),
    "initiat": (_POS, "activity"), "favor": (_POS, "activity"), "favour": (_POS, "activity"),
    "support": (_POS, "activity"), "produc": (_POS, "amount"), "generat": (_POS, "amount"),
    "secret": (_POS, "amount"), "elevat": (_POS, "amount"), "accelerat": (_POS, "activity"),
    "evok": (_POS, "activity"), "reactivat": (_POS, "activity"), "transactivat": (_POS, "activity"),
    "inhibit": (_NEG, "activity"), "suppress": (_NEG, "activity"), "supress": (_NEG, "activity"), "block": (_NEG, "activity"),
    "reduc": (_NEG, "amount"), "decreas": (_NEG, "amount"), "attenuat": (_NEG, "activity"),
    "repress": (_NEG, "activity"), "prevent": (_NEG, "activity"), "abolish": (_NEG, "activity"),
    "impair": (_NEG, "activity"), "downregulat": (_NEG, "amount"), "down-regulat": (_NEG, "amount"),
    "antagoniz": (_NEG, "activity"), "antagonis": (_NEG, "activity"), "deactivat": (_NEG, "activity"),
    "inactivat": (_NEG, "activity"), "diminish": (_NEG, "amount"), "degrad": (_NEG, "amount"),
    "retard": (_NEG, "activity"), "limit": (_NEG, "activity"), "abrogat": (_NEG, "activity"),
    "counteract": (_NEG, "activity"), "disrupt": (_NEG, "activity"), "lower": (_NEG, "amount"),
    "deplet": (_NEG, "amount"), "target": (_NEG, "activity"), "releas": (_POS, "amount"),
    "phosphorylat": (_POS, "phospho"), "dephosphorylat": (_NEG, "phospho"),
    "bind": (_UNS, "binding"), "bound": (_UNS, "binding"), "interact": (_UNS, "binding"),
    "recruit": (_UNS, "binding"), "dimeriz": (_UNS, "binding"), "heterodimeriz": (_UNS, "binding"),
    "associat": (_UNS, "binding"), "detect": (_UNS, "binding"), "recogniz": (_UNS, "binding"),
    "recognis": (_UNS, "binding"), "sens": (_UNS, "binding"), "translocat": (_UNS, "transloc"),
    "export": (_UNS, "transloc"), "shuttl": (_UNS, "transloc"), "transport": (_UNS, "transloc"),
    "cleav": (_UNS, "convert"), "convert": (_UNS, "convert"), "catalys": (_UNS, "convert"),
    "catalyz": (_UNS, "convert"), "hydrolys": (_UNS, "convert"), "metaboliz": (_UNS, "convert"),
    "alleviat": (_NEG, "activity"), "ameliorat": (_NEG, "activity"), "mitigat": (_NEG, "activity"),
    "eliminat": (_NEG, "amount"), "exacerbat": (_POS, "activity"), "aggravat": (_POS, "activity"),
    "dampen": (_NEG, "activity"), "hinder": (_NEG, "activity"), "imped": (_NEG, "activity"),
    "neutraliz": (_NEG, "activity"), "neutralis": (_NEG, "activity"), "ubiquitinat": (_NEG, "amount"),
    "boost": (_POS, "activity"), "restrain": (_NEG, "activity"), "silenc": (_NEG, "amount"),
    "overexpress": (_POS, "amount"), "hyperactivat": (_POS, "activity"), "sensitiz": (_POS, "activity"),
    "desensitiz": (_NEG, "activity"), "sequester": (_NEG, "activity"), "stabiliz": (_POS, "amount"),
    "destabiliz": (_NEG, "amount"), "deubiquitinat": (_POS, "amount"), "restor": (_POS, "activity"),
    "hyperphosphorylat": (_POS, "phospho"), "synthesiz": (_POS, "amount"),
    "scaveng": (_NEG, "amount"), "poison": (_NEG, "activity"), "coupl": (_UNS, "binding"),
    "unbind": (_UNS, "unbind"), "dissociat": (_UNS, "unbind"),
    # "STM, which mostly lack MERTK, upregulate ...": what a thing lacks is no participant of a relation
    "lack": (_UNS, "unbind"), "hydroxylat": (_UNS, "activity"),
    "glycosylat": (_UNS, "activity"), "palmitoylat": (_UNS, "activity"),
    "regulat": (_UNS, "regulate"), "modulat": (_UNS, "regulate"), "shap": (_UNS, "regulate"),
    "acetylat": (_UNS, "regulate"), "deacetylat": (_UNS, "regulate"), "methylat": (_UNS, "regulate"),
    "demethylat": (_UNS, "regulate"), "sumoylat": (_UNS, "regulate"),
    "orchestrat": (_UNS, "regulate"), "govern": (_UNS, "regulate"), "fine-tun": (_UNS, "regulate"), "control": (_UNS, "regulate"),
    "affect": (_UNS, "regulate"), "influenc": (_UNS, "regulate"), "determin": (_UNS, "regulate"),
    "oxidiz": (_UNS, "convert"), "oxidis": (_UNS, "convert"), "assimilat": (_UNS, "convert"),
    "deliver": (_UNS, "transloc"), "import": (_UNS, "transloc"),
    "improv": (_POS, "activity"), "reliev": (_NEG, "activity"),
    # "RA T cells hyperproduce the proinflammatory cytokines IL-1β/IL-18"
    "hyperproduc": (_POS, "amount"), "overproduc": (_POS, "amount"), "dysregulat": (_UNS, "regulate"),
    "consum": (_NEG, "amount"),  # "NAD+ is consumed by glycolysis"
    "rescu": (_POS, "activity"), "transcrib": (_POS, "amount"), "hydrolyz": (_UNS, "convert"),
    "provok": (_POS, "activity"), "delay": (_NEG, "activity"), "restrict": (_NEG, "activity"),
    "constrain": (_NEG, "activity"), "hamper": (_NEG, "activity"), "weaken": (_NEG, "activity"),
    "strengthen": (_POS, "activity"), "compromis": (_NEG, "activity"), "destroy": (_NEG, "amount"),
    "kill": (_NEG, "activity"), "perturb": (_UNS, "regulate"), "terminat": (_NEG, "activity"),
    # metabolic steps: "squalene is cyclized to form lanosterol", "acetyl-CoA yields citrate", "NAGK is
    # feedback-inhibited by arginine"
    "cycliz": (_UNS, "convert"), "yield": (_UNS, "convert"), "feedback-inhibit": (_NEG, "activity"),
    # "retinol is esterified into retinyl esters", "glutamate is decarboxylated to GABA"
    "esterifi": (_UNS, "convert"), "isomeriz": (_UNS, "convert"), "epimeriz": (_UNS, "convert"),
    "decarboxylat": (_UNS, "convert"), "deaminat": (_UNS, "convert"), "transaminat": (_UNS, "convert"),
    "glucuronidat": (_UNS, "convert"), "dehydrogenat": (_UNS, "convert"), "desaturat": (_UNS, "convert"),
    # "ROS can directly damage LSECs", "ACE2 counterbalances the angiotensin-II pathway"
    "damag": (_NEG, "activity"), "counterbalanc": (_NEG, "activity"),
    # "Production of ROS raises vacuolar pH", "SDF-1α, which prompts ... repair", "The MIR gene encodes pri-miRNA"
    "maintain": (_POS, "activity"), "rais": (_POS, "amount"), "prompt": (_POS, "activity"), "encod": (_POS, "amount"),
    "guid": (_UNS, "regulate"),
    # "sphingosine is further catabolized by SK into S1P", "ceramide might be deacylated to form sphingosine"
    "cataboliz": (_UNS, "convert"), "catabolis": (_UNS, "convert"), "metabolis": (_UNS, "convert"),
    "deacylat": (_UNS, "convert"), "oxidat": (_UNS, "convert"),
}.items():
    for _suffix in ("", "e", "es", "ed", "ing", "s"):
        VERBS.setdefault(_base + _suffix, _value)
for _form in ("secret", "lower", "lowers", "lowered", "lowering", "alter", "alters", "altered", "altering",
              "associat", "associate", "associates", "associated", "associating", "limit", "favor", "favour",
              "target", "support", "induce", "silencing", "silenc", "silence", "damag", "damaged", "rais", "raised",
              # ("mRNAs encoding ferritin", "encoded by the SLCO genes", "maintained at low levels": no relation)
              "prompt", "encod", "encoded", "encoding", "guid", "guide", "maintained"):
    VERBS.pop(_form, None)
VERBS.update({"show": (_POS, "activity"), "shows": (_POS, "activity"), "showed": (_POS, "activity"),
              "exhibit": (_POS, "activity"), "exhibits": (_POS, "activity"), "exhibited": (_POS, "activity"),
              "display": (_POS, "activity"), "displays": (_POS, "activity"), "displayed": (_POS, "activity"),
              "sponges": (_NEG, "activity"), "sponging": (_NEG, "activity"), "sponged": (_NEG, "activity"),
              "synthesise": (_POS, "amount"), "synthesises": (_POS, "amount"), "synthesised": (_POS, "amount"),
              "synthesising": (_POS, "amount"), "reverses": (_NEG, "activity"), "reverse": (_NEG, "activity"), "reversing": (_NEG, "activity"),
              "amplifies": (_POS, "activity"), "amplify": (_POS, "activity"), "amplified": (_POS, "activity"),
              "amplifying": (_POS, "activity"), "worsens": (_POS, "activity"), "worsen": (_POS, "activity"),
              "worsened": (_POS, "activity"), "worsening": (_POS, "activity"),
              "signals": (_POS, "activity"), "signal": (_POS, "activity"), "drove": (_POS, "activity"), "led": (_POS, "activity"), "induce": (_POS, "activity"),
              "target": (_NEG, "activity"), "mediates": (_POS, "activity"), "mediate": (_POS, "activity"),
              "mediated": (_POS, "activity"), "mediating": (_POS, "activity"), "achieved": (_POS, "activity"),
              "favors": (_POS, "activity"), "favoring": (_POS, "activity"), "favours": (_POS, "activity"),
              "favouring": (_POS, "activity"), "favored": (_POS, "activity"), "favoured": (_POS, "activity"),
              # "Nodule sucrose also fuels the OPPP", "The TCA cycle can be powered by fatty acids"
              "fuels": (_POS, "activity"), "fueled": (_POS, "activity"), "fuelled": (_POS, "activity"),
              "fueling": (_POS, "activity"), "fuelling": (_POS, "activity"), "powered": (_POS, "activity"),
              # "APP is processed by β-secretase": an enzyme acting on its substrate ("processes": mostly a noun)
              "processed": (_UNS, "convert")})

#: Nouns (and adjectives in front of an entity) that turn an entity into an event with a sign.
EVENT_NOUNS: Final[dict[str, tuple[int, str]]] = {
    "activation": (_POS, "activity"), "activations": (_POS, "activity"), "hyperactivation": (_POS, "activity"),
    "reactivation": (_POS, "activity"), "stimulation": (_POS, "activity"), "induction": (_POS, "activity"),
    "inductions": (_POS, "activity"), "potentiation": (_POS, "activity"), "augmentation": (_POS, "amount"),
    "increase": (_POS, "amount"), "increases": (_POS, "amount"), "elevation": (_POS, "amount"),
    "upregulation": (_POS, "amount"), "up-regulation": (_POS, "amount"), "overexpression": (_POS, "amount"),
    "accumulation": (_POS, "amount"), "stabilization": (_POS, "amount"), "stabilisation": (_POS, "amount"),
    "transactivation": (_POS, "activity"), "disinhibition": (_POS, "activity"), "enhancement": (_POS, "activity"),
    "production": (_POS, "amount"), "synthesis": (_POS, "amount"), "release": (_POS, "amount"),
    "secretion": (_POS, "amount"), "expression": (_POS, "amount"), "generation": (_POS, "amount"),
    "inhibition": (_NEG, "activity"), "suppression": (_NEG, "activity"), "blockade": (_NEG, "activity"),
    "antagonism": (_NEG, "activity"), "inactivation": (_NEG, "activity"), "deactivation": (_NEG, "activity"),
    "reduction": (_NEG, "amount"), "decrease": (_NEG, "amount"), "loss": (_NEG, "amount"),
    "deletion": (_NEG, "amount"), "knockdown": (_NEG, "amount"), "knockout": (_NEG, "amount"),
    "silencing": (_NEG, "amount"), "depletion": (_NEG, "amount"), "deficiency": (_NEG, "amount"),
    "mutation": (_NEG, "activity"), "mutations": (_NEG, "activity"), "degradation": (_NEG, "amount"),
    "downregulation": (_NEG, "amount"), "down-regulation": (_NEG, "amount"), "attenuation": (_NEG, "activity"),
    "phosphorylation": (_POS, "phospho"), "dephosphorylation": (_NEG, "phospho"),
    "removal": (_NEG, "amount"), "prevention": (_NEG, "activity"), "transcription": (_POS, "amount"),
    "translation": (_POS, "amount"), "blocking": (_NEG, "activity"), "uptake": (_POS, "amount"), "influx": (_POS, "amount"),
    "efflux": (_POS, "amount"), "export": (_POS, "amount"),
    "binding": (_POS, "binding"), "complex": (_POS, "binding"), "complexes": (_POS, "binding"),
    "heterodimer": (_POS, "binding"), "homodimer": (_POS, "binding"), "dimerization": (_POS, "binding"),
    "heterodimerization": (_POS, "binding"), "interaction": (_POS, "binding"), "association": (_POS, "binding"),
    "recruitment": (_POS, "binding"), "formation": (_POS, "activity"), "assembly": (_POS, "activity"),
    "oligomerization": (_POS, "activity"), "oligomerisation": (_POS, "activity"), "multimerization": (_POS, "activity"),
    "trimerization": (_POS, "activity"), "trimerisation": (_POS, "activity"),
    "maturation": (_POS, "activity"), "conversion": (_POS, "convert"), "cleavage": (_POS, "convert"),
    "arrest": (_NEG, "activity"), "disruption": (_NEG, "activity"), "abolition": (_NEG, "activity"),
    "agonism": (_POS, "activity"), "impairment": (_NEG, "activity"),
    "dysfunction": (_NEG, "activity"), "enrichment": (_POS, "amount"), "hydrolysis": (_POS, "convert"),
    "deamination": (_POS, "convert"), "oxidation": (_POS, "convert"), "translocation": (_POS, "transloc"),
    # "the elicitation of PRRs by endogenous cytokines", "Recognition of fungal PAMPs is mediated by TLRs"
    "recognition": (_POS, "binding"), "engagement": (_POS, "binding"), "ligation": (_POS, "binding"),
    "homodimerization": (_POS, "binding"), "autophosphorylation": (_POS, "phospho"), "proteolysis": (_NEG, "amount"),
    "overproduction": (_POS, "amount"), "mobilization": (_POS, "amount"),
    "elicitation": (_POS, "activity"), "costimulation": (_POS, "activity"), "decarboxylation": (_POS, "convert"),
    "import": (_POS, "transloc"), "localization": (_POS, "transloc"), "localisation": (_POS, "transloc"),
    "relocalization": (_POS, "transloc"), "relocation": (_POS, "transloc"),
    "transport": (_POS, "transloc"), "processing": (_POS, "convert"),
    "actions": (_UNS, "regulate"), "action": (_UNS, "regulate"), "onset": (_POS, "activity"),
    "progression": (_POS, "activity"), "development": (_POS, "activity"), "dysregulation": (_UNS, "regulate"),
    "regulation": (_UNS, "regulate"), "modulation": (_UNS, "regulate"),
    "alleviation": (_NEG, "activity"), "amelioration": (_NEG, "activity"), "elimination": (_NEG, "amount"),
    "exacerbation": (_POS, "activity"), "aggravation": (_POS, "activity"), "ubiquitination": (_NEG, "amount"),
    "amplification": (_POS, "activity"), "repression": (_NEG, "activity"),
    "destabilization": (_NEG, "amount"), "destabilisation": (_NEG, "amount"), "sequestration": (_NEG, "activity"),
    "retention": (_NEG, "activity"),  # "the cytoplasmic retention of YAP/TAZ": kept from where it acts
    "sensitization": (_POS, "activity"), "desensitization": (_NEG, "activity"), "overactivation": (_POS, "activity"),
    "hyperphosphorylation": (_POS, "phospho"), "deubiquitination": (_POS, "amount"), "abrogation": (_NEG, "activity"),
    "facilitation": (_POS, "activity"), "promotion": (_POS, "activity"), "restoration": (_POS, "activity"),
    "acetylation": (_UNS, "regulate"), "deacetylation": (_UNS, "regulate"), "methylation": (_UNS, "regulate"),
    "demethylation": (_UNS, "regulate"), "sumoylation": (_UNS, "regulate"), "glycosylation": (_UNS, "regulate"),
    "levels": (_POS, "amount"), "level": (_POS, "amount"), "abundance": (_POS, "amount"), "stability": (_POS, "amount"),
    "amount": (_POS, "amount"), "amounts": (_POS, "amount"), "concentration": (_POS, "amount"),
    "concentrations": (_POS, "amount"), "activity": (_POS, "activity"), "activities": (_POS, "activity"),
}  # fmt: skip

# "calcineurin, which de-phosphorylates NFAT": the hyphenated spelling of a de- trigger means the same.
for _table in (VERBS, EVENT_NOUNS):
    for _word, _value in list(_table.items()):
        if _word.startswith("de") and _word[2:] in _table and _word[2] != "-":
            _table.setdefault("de-" + _word[2:], _value)

#: Adjectives/participles before an entity that give it a sign ("increased mTOR activity").
EVENT_ADJECTIVES: Final[dict[str, tuple[int, str]]] = {
    "activated": (_POS, "activity"), "active": (_POS, "activity"), "increased": (_POS, "amount"),
    "elevated": (_POS, "amount"), "enhanced": (_POS, "activity"), "augmented": (_POS, "amount"),
    "high": (_POS, "amount"), "higher": (_POS, "amount"), "excessive": (_POS, "amount"),
    "reduced": (_NEG, "amount"), "decreased": (_NEG, "amount"), "diminished": (_NEG, "amount"),
    "impaired": (_NEG, "activity"), "inhibited": (_NEG, "activity"), "low": (_NEG, "amount"),
    "lower": (_NEG, "amount"), "attenuated": (_NEG, "activity"), "inactive": (_NEG, "activity"),
    "mutant": (_NEG, "activity"), "overexpressed": (_POS, "amount"), "forced": (_POS, "activity"),
    "negative": (_NEG, "activity"), "positive": (_POS, "activity"),
    # "thereby lowering intracellular levels of cAMP" ("lower" is no verb here: "lower levels" is an adjective)
    "lowering": (_NEG, "amount"), "raising": (_POS, "amount"),
}  # fmt: skip

#: Nouns right after an entity that say which aspect of it is meant ("BDNF release", "mTOR activity").
ASPECT_NOUNS: Final[dict[str, tuple[int, str]]] = {
    "activity": (_POS, "activity"), "activities": (_POS, "activity"), "signaling": (_POS, "activity"),
    "signalling": (_POS, "activity"), "pathway": (_POS, "activity"), "pathways": (_POS, "activity"),
    "axis": (_POS, "activity"), "cascade": (_POS, "activity"), "cascades": (_POS, "activity"),
    "transmission": (_POS, "activity"), "function": (_POS, "activity"), "levels": (_POS, "amount"),
    "level": (_POS, "amount"), "abundance": (_POS, "amount"), "stability": (_POS, "amount"),
    "content": (_POS, "amount"), "concentration": (_POS, "amount"), "concentrations": (_POS, "amount"),
    "genes": (_POS, "amount"), "gene": (_POS, "amount"), "protein": (_POS, "amount"),
    "proteins": (_POS, "amount"), "mrna": (_POS, "amount"), "complex": (_POS, "activity"),
    "complexes": (_POS, "activity"), "receptor": (_POS, "activity"), "kinase": (_POS, "activity"),
    "surge": (_POS, "amount"), "inflammasome": (_POS, "activity"), "subunit": (_POS, "activity"),
    "subunits": (_POS, "activity"), "family": (_POS, "activity"), "members": (_POS, "activity"),
    "silencing": (_NEG, "amount"), "ligand": (_POS, "activity"), "ligands": (_POS, "activity"),
    **{k: v for k, v in EVENT_NOUNS.items() if not k.endswith("ing") and k not in {"loss", "deletion", "mutation", "mutations", "complex",
                                                          "complexes", "formation", "onset", "progression",
                                                          "development", "actions", "action", "regulation",
                                                          "modulation", "transport", "assembly"}},
}  # fmt: skip

#: Head words after which a hyphen/slash sequence of entities is a signalling chain.
CHAIN_HEADS: Final = frozenset({"signaling", "signalling", "pathway", "pathways", "axis", "cascade", "cascades",
                         "signal", "signals"})  # fmt: skip

#: Forward causal connectives (cause before, effect after), as word tuples.
FORWARD: Final = (
    ("which", "in", "turn", "leads", "to"), ("in", "turn", "leads", "to"), ("leads", "to"), ("lead", "to"),
    ("led", "to"), ("leading", "to"), ("results", "in"), ("result", "in"), ("resulted", "in"),
    ("resulting", "in"), ("contributes", "to"), ("contribute", "to"), ("contributing", "to"),
    ("gives", "rise", "to"), ("give", "rise", "to"), ("is", "linked", "to"), ("are", "linked", "to"),
    ("linked", "to"), ("thereby",), ("thus",), ("hence",), ("consequently",), ("which", "in", "turn"),
    ("in", "turn"), ("translated", "into"), ("is", "translated", "into"), ("with", "resulting"),
    ("with", "subsequent"), ("with", "the", "subsequent"), ("followed", "by"), ("which", "result", "in"),
    ("which", "results", "in"), ("that", "may", "lead", "to"), ("culminates", "in"), ("culminate", "in"),
    ("culminating", "in"), ("culminated", "in"),
)  # fmt: skip
#: Backward connectives: the effect comes first, then the connective and the cause.
BACKWARD: Final = (
    ("secondary", "to"), ("due", "to"), ("as", "a", "result", "of"), ("as", "a", "consequence", "of"),
    ("downstream", "of"), ("in", "response", "to"), ("following",), ("upon",), ("on",),
    ("resulting", "from"), ("results", "from"), ("caused", "by"), ("induced", "by"),
    ("in", "the", "presence", "of"),  # only opening a sentence or clause: "In the presence of TNF-α, X is activated"
    # "Y is (mainly) dependent on X", "Y depends on X" (not "a mechanism dependent on X", a mediator)
    *((w, "dependent", "on") for w in ("is", "are", "was", "were", "mainly", "largely", "highly", "strictly",
                                       "critically", "entirely", "partly", "partially", "primarily")),
    ("relies", "on"), ("rely", "on"),  # ("depends on" is a phrase operator of its own in patterns)
)  # fmt: skip
#: Event nouns of a move across a membrane: whoever carries one out ("Ca2+ influx is mediated by VGCCs", "calcium
#: entry through L-type channels", "VGCC-mediated Ca2+ influx") moves the thing named, while a cause of one raises it
#: ("Kv1.3 promotes calcium influx").
TRANSPORT_NOUNS: Final = frozenset({"influx", "efflux", "uptake", "export", "transport"})
#: Adjectives naming the place a move goes to ("nuclear translocation of YAP", "Bax mitochondrial translocation"):
#: ``adjective -> the place's caption term``.
PLACE_ADJECTIVES: Final[dict[str, str]] = {
    "nuclear": "nucleus", "mitochondrial": "mitochondria", "cytoplasmic": "cytoplasm", "cytosolic": "cytosol",
    "lysosomal": "lysosome", "vacuolar": "vacuole",
}  # fmt: skip
#: Nouns of a move into a place, after a place adjective.
MOVE_NOUNS: Final = frozenset({"translocation", "translocations", "import", "localization", "localisation",
                               "accumulation", "entry", "relocalization", "relocalisation", "relocation", "shuttling",
                               "transport", "trafficking", "targeting"})  # fmt: skip
#: Passive verbs by which the thing after "by" carries out the event before it.
DOER_VERBS: Final = frozenset({"mediated", "achieved", "performed", "carried"})

#: Mediator markers: "A activates C via B".
MEDIATORS: Final = frozenset({"via", "through", "thru"})

#: Drug-role nouns: "X acts as an NMDA antagonist" gives X inhibits NMDA.
ROLE_NOUNS: Final[dict[str, int]] = {
    "antagonist": _NEG, "antagonists": _NEG, "inhibitor": _NEG, "inhibitors": _NEG, "blocker": _NEG,
    "blockers": _NEG, "inverse": _NEG, "agonist": _POS, "agonists": _POS, "activator": _POS,
    "activators": _POS, "inducer": _POS, "inducers": _POS, "potentiator": _POS, "decoy": _NEG,
    "regulator": _UNS, "regulators": _UNS, "modulator": _UNS, "modulators": _UNS, "mediator": _POS,
    "mediators": _POS, "suppressor": _NEG, "suppressors": _NEG, "repressor": _NEG, "stimulant": _POS,
    "stimulants": _POS, "enhancer": _POS, "enhancers": _POS, "sponge": _NEG,
    "scavenger": _NEG, "scavengers": _NEG,
}  # fmt: skip

#: Words that end a clause for pattern purposes.
CLAUSE_BREAKS: Final = frozenset({"while", "whereas", "but", "although", "however", "whilst", "meanwhile"})

#: Single-word processes and phenotypes (participants when they are causes or effects).
#: Processes that make more of the cells they happen to, or make them act: "the proliferation of microglia" names
#: the cells as the participant (read like "the activation of microglia").
CELL_PROCESSES: Final[dict[str, tuple[int, str]]] = {
    w: (1, "activity") for w in ("proliferation", "migration", "differentiation", "invasion", "survival", "chemotaxis",
                                 "infiltration", "expansion", "maturation", "polarization", "polarisation")
}
PROCESS_WORDS: Final = frozenset(
    """synaptogenesis autophagy mitophagy apoptosis pyroptosis necroptosis ferroptosis necrosis glycolysis
    gluconeogenesis lipogenesis angiogenesis neurogenesis chondrogenesis osteogenesis tumorigenesis
    carcinogenesis fibrosis inflammation proliferation migration invasion adhesion differentiation
    senescence photosynthesis respiration bronchoconstriction bronchodilatation bronchodilation
    vasodilation vasoconstriction hypertrophy hyperplasia steatosis hepatosteatosis neuroplasticity
    metastasis lipolysis ketogenesis thermogenesis phagocytosis endocytosis
    exocytosis ossification mineralization calcification survival neuroinflammation proinflammation
    insulin_resistance oxphos symbiosis nodulation chemotaxis cytotoxicity immunosuppression stemness
    contraction contractility motility glutaminolysis glycogenolysis glycogenesis fermentation fibrinolysis
    coagulation lysis lignification immunity efferocytosis cuproptosis anoikis myelination demyelination
    remyelination neovascularization vascularization fibrogenesis adipogenesis myogenesis spermatogenesis
    hematopoiesis haematopoiesis erythropoiesis vasculogenesis lymphangiogenesis neurodegeneration
    excitotoxicity neurotoxicity hepatotoxicity nephrotoxicity cardiotoxicity chemoresistance radioresistance
    pinocytosis macropinocytosis transcytosis ciliogenesis adiposity vasorelaxation vasodilatation longevity
    lifespan excitability hyperexcitability hyperpolarization depolarization atrophy tumorigenicity
    neurotransmission nociception hyperalgesia allodynia analgesia hypersensitivity degranulation keratinization
    cornification pigmentation melanogenesis ovulation fertilization implantation decidualization lactation
    satiety cognition hemostasis haemostasis thrombosis vasculopathy hyperresponsiveness""".split()
)  # fmt: skip

#: Heads of multi-word process phrases ("protein synthesis", "muscle growth", "cell death").
PROCESS_HEADS: Final = frozenset(
    """synthesis growth formation death survival proliferation migration adhesion transmission
    organogenesis injury damage stress resistance response responses dysfunction production
    impairment impairments deficits deficit defects crosslinking reprogramming polarization polarisation
    assimilation detoxification uptake tumors tumours tumor tumour hypertrophy hyperplasia
    plasticity program activation perforation state linking crosslinking repair joining metabolism
    budding recycling traffic trafficking dynamics checkpoint fixation biosynthesis homeostasis transport
    degradation cycle oxidation leakage function functions immunity sterility abortion swelling lysis
    regeneration presentation destruction remodeling remodelling fertility arrest nucleation elongation biogenesis
    fusion organization organisation reorganization reorganisation rearrangement rearrangements resorption
    reabsorption dissolution polymerization depolymerization relaxation division replication fragmentation
    aggregation misfolding folding progression clustering guidance branching sensation initiation transition
    toxicity permeabilization recruitment expansion
    """.split()
)  # fmt: skip

#: Heads of cell-type phrases.
CELL_HEADS: Final = frozenset(
    """neurons neuron interneurons interneuron cells macrophages macrophage neutrophils neutrophil
    lymphocytes monocytes fibroblasts chondrocytes hepatocytes cardiomyocytes astrocytes microglia
    adipocytes osteoblasts osteoclasts keratinocytes erythrocytes platelets""".split()
)  # fmt: skip

#: Caption words naming participants that OCR rarely lists: ``word -> node type``.
#: Genera of pathogens and model organisms whose names no ending marks (``names`` reads "-bacterium", "-coccus", ...).
GENERA: Final = frozenset({"Candida", "Plasmodium", "Toxoplasma", "Trypanosoma", "Leishmania", "Listeria", "Chlamydia",
                           "Escherichia", "Yersinia", "Borrelia", "Neisseria", "Bacteroides", "Wolbachia", "Arabidopsis",
                           "Drosophila", "Caenorhabditis", "Cryptosporidium", "Giardia", "Schistosoma", "Rickettsia"})
CAPTION_TERMS: Final[dict[str, str]] = {
    **{w: "smallmolecule" for w in (
        "glutamate", "dopamine", "serotonin", "5-HT", "GABA", "cAMP", "cGMP", "ATP", "ADP", "AMP", "GTP", "GDP",
        "Ca2+", "Ca++",
        "K+", "Na+", "calcium", "potassium", "sodium", "nitric oxide", "ROS", "reactive oxygen species",
        "NADPH", "citrate", "sucrose", "glucose", "IP3", "DAG", "H2O2", "hydrogen peroxide", "monoamine",
        "monoamines", "noradrenaline", "norepinephrine", "acetylcholine", "histamine", "lactate",
        "pyruvate", "gluconate", "sugars", "sugar", "nitrate", "NO3−", "ceramide", "cholesterol",
        "fatty acids", "carbon", "Aβ", "amyloid-β", "prostacyclin", "PGE2", "PGI2", "LPS",
        "lipopolysaccharide", "catecholamines", "prostaglandins", "leukotrienes", "eicosanoids",
        "glucocorticoids", "corticosteroids", "estrogens", "oestrogens", "androgens", "flavonoids",
        "polyphenols", "short-chain fatty acids", "SCFAs", "bile acids", "free fatty acids", "opioids",
        "cannabinoids", "neurotransmitters", "jasmonate", "jasmonic acid", "salicylic acid", "auxin",
        "cytokinin", "gibberellin", "abscisic acid", "ethylene", "malate", "succinate", "fumarate",
        "oxaloacetate", "glutamine", "amino acids", "NH4+", "NH3", "ammonium", "ammonia", "NADH", "FADH",
        "FADH2", "starch", "glycogen", "asparagine", "bradykinin",
        # metabolites captions name that OCR lists rarely
        "H2S", "hydrogen sulfide", "hydrogen sulphide", "heme", "haem", "biliverdin", "bilirubin", "NAD+",
        "FAD", "THF", "tetrahydrofolate", "homocysteine", "S-adenosylmethionine", "S-adenosyl-methionine",
        "S-adenosylhomocysteine", "lignin", "monolignols", "cellulose", "ascorbate", "glutathione", "GSH",
        "GSSG", "urea", "uric acid", "creatine", "carnitine", "acetyl-CoA", "malonyl-CoA", "succinyl-CoA",
        "α-ketoglutarate", "alpha-ketoglutarate", "2-oxoglutarate", "ketone bodies", "triglycerides",
        "phospholipids", "sphingosine-1-phosphate", "S1P", "PIP2", "PIP3", "arachidonic acid",
        "retinoic acid", "retinol", "vitamin D", "calcitriol", "testosterone", "estradiol", "cortisol",
        "aldosterone", "melatonin", "acyl-CoA", "acyl-CoAs", "fatty acyl-CoA", "diacylglycerol", "triglyceride",
        "Fe2+", "Fe3+", "iron", "ferrous iron", "ferric iron", "Cu2+", "Zn2+",
        "Mg2+", "Mn2+", "copper", "zinc", "magnesium",
        # metabolites, lipid mediators, hormones and toxicants, by names and abbreviations that no word ending
        # marks as a chemical (single words with a telling ending are read by shape in :mod:`pfocr_net.names`)
        "HMG-CoA", "2-AG", "AEA", "Kyn", "KYN", "KYNA", "3-HK", "3-HAA", "5-HTP", "5-HIAA", "2-HG", "α-KG", "αKG", "2-OG", "BHB", "βHB",
        "TMAO", "SCFA", "LCFA", "FFA", "FFAs", "NEFA", "AGEs", "advanced glycation end products", "cGAMP",
        "2′3′-cGAMP", "c-di-GMP", "c-di-AMP", "ppGpp", "NMN", "NAADP", "cADPR", "PI3P", "PI(3)P", "PI(4,5)P2",
        "PI(3,4,5)P3", "TAG", "LTB4", "LTC4", "LTD4", "TXA2", "PGD2", "PGF2α", "PGH2", "LXA4", "15d-PGJ2",
        "20-HETE", "12-HETE", "4-HNE", "HNE", "THC", "Δ9-THC", "BPA", "TCDD", "BaP", "B[a]P", "PAHs", "PCBs",
        "MPTP", "MPP+", "6-OHDA", "BH4", "squalene", "spermine", "agmatine", "choline", "betaine", "creatinine",
        "urate", "xanthine", "hypoxanthine", "guanine", "uracil", "thymine", "niacin", "biotin", "pyridoxal",
        "pyridoxal phosphate", "tetrahydrobiopterin", "heparin", "hyaluronan", "glycosaminoglycans", "melanin",
        "peptidoglycan", "anthocyanins", "brassinosteroids", "brassinosteroid", "strigolactones", "strigolactone",
        "zeatin", "camalexin", "glucosinolates", "salicylate", "methyl jasmonate", "prostaglandin E2",
        "prostaglandin D2", "prostaglandin F2α", "prostaglandin H2", "prostaglandin I2", "thromboxane A2",
        "leukotriene B4", "leukotriene C4", "leukotriene D4", "lipoxin A4", "resolvins", "vitamin A", "vitamin K",
        "vitamin B6", "coenzyme Q10", "CoQ10", "bisphenol A", "benzo[a]pyrene", "protoporphyrin IX", "carbamoyl phosphate",
        "long-chain fatty acids", "lipid peroxides", "lipid hydroperoxides", "oxidized phospholipids",
        "cholesterol esters", "cholesteryl esters", "steroid hormones", "retinyl esters", "trace amines", "bile salts",
        "sphingomyelin", "cardiolipin", "ceramides", "glycosphingolipids", "gangliosides", "oxysterols", "cannabidiol",
        "tetrahydrocannabinol", "cadmium", "arsenic", "arsenite", "arsenate", "mercury", "methylmercury", "nickel",
        "cobalt", "chromium", "selenium", "selenite", "lithium", "aluminum", "aluminium", "silica", "asbestos",
        "ethanol", "alcohol", "dioxin", "dioxins", "paraquat", "rotenone", "acrylamide", "formaldehyde", "benzene",
    )},
    **{w: "complex" for w in (
        "MHC class I", "MHC class II", "MHC I", "MHC II", "MHC-I", "MHC-II", "MHCI", "MHCII", "B cell receptor",
        "B cell receptors",
        # complexes named by their job rather than their members ("the apoptosome, which activates caspase-9")
        "apoptosome", "necrosome", "ripoptosome", "destruction complex", "β-catenin destruction complex",
        "beta-catenin destruction complex",
    )},
    **{w: "proteinfamily" for w in (
        "cytokines", "chemokines", "growth factors", "integrins", "interferons", "interleukins",
        "caspases", "kinases", "G proteins", "MAMPs", "DAMPs", "PAMPs", "TLRs", "proteasome",
    )},
    **{w: "drug" for w in ("NSAIDs", "statins", "antibiotics", "β2 agonist", "beta2 agonist")},
    **{w: "cellularcomponent" for w in (
        "nucleus", "cytoplasm", "cytosol", "plasma membrane", "membrane", "mitochondria", "lysosome",
        "endoplasmic reticulum", "roots", "nodules", "phloem", "synaptic cleft", "bacteroids", "bacteroid",
        "chloroplasts", "chloroplast", "vacuole", "xylem",
    )},
    # viruses, bacteria, fungi and parasites that captions name as agents ("influenza activates ...")
    **{w: "other" for w in (
        "influenza", "influenza virus", "influenza viruses", "influenza A virus", "IAV", "IBV", "HIV", "HIV-1", "HIV-2",
        "HBV", "HCV", "HPV", "EBV", "KSHV", "HCMV", "CMV", "HSV", "HSV-1", "HSV-2", "RSV", "HTLV-1", "VZV",
        "SARS-CoV", "MERS-CoV", "dengue virus", "DENV", "Zika virus", "ZIKV", "Ebola virus", "EBOV", "West Nile virus",
        "vaccinia virus", "VSV", "Sendai virus", "hepatitis B virus", "hepatitis C virus", "human immunodeficiency virus",
        "Epstein-Barr virus", "cytomegalovirus", "herpes simplex virus", "respiratory syncytial virus",
        "human papillomavirus", "Mtb", *GENERA,
    )},
    **{w: "phenotype" for w in ("light", "oxidative stress", "obesity", "pressure overload", "ER stress",
                                "endoplasmic reticulum stress")},
    # stimuli and conditions a caption names as causes ("exercise leads to activation of the PI3K/Akt pathway")
    **{w: "phenotype" for w in (
        "exercise", "physical exercise", "starvation", "fasting", "caloric restriction", "calorie restriction",
        "drought", "drought stress", "salinity", "salt stress", "heat stress", "cold stress", "high temperature",
        "low temperature", "UV radiation", "UV irradiation", "UV light", "ultraviolet light", "ultraviolet radiation",
        "ionizing radiation", "irradiation", "wounding",
        "aging", "ageing", "smoking", "cigarette smoke", "high-fat diet", "mechanical stress", "shear stress",
        "nutrient deprivation", "glucose deprivation", "serum starvation", "hyperglycemia", "hyperglycaemia",
        "nitrosative stress", "genotoxic stress", "DNA damage", "osmotic stress",
    )},
    # (not "O2−": a minus sign is no part of a lookup key, and "O2" is oxygen)
    **{w: "smallmolecule" for w in ("superoxide", "superoxide anion", "hydroxyl radical", "peroxynitrite",
                                    "singlet oxygen")},
    # gases and inorganic ions (whole names: "carbon monoxide" is no "carbon")
    **{w: "smallmolecule" for w in ("carbon monoxide", "carbon dioxide", "CO2", "oxygen", "O2", "nitrite", "NO2−",
                                    "sulfite", "sulphite", "sulfate", "sulphate",
                                    "bicarbonate", "HCO3−", "chloride", "Cl−", "protons", "H+")},
    # singular forms of class nouns ("Statin-dependent effects")
    **{w: "drug" for w in ("statin", "NSAID", "antibiotic")},
    **{w: "smallmolecule" for w in ("catecholamine", "flavonoid")},
    # drugs of abuse, opioids and common research compounds that FamPlex's grounding map lacks
    **{w: "drug" for w in (
        "morphine", "heroin", "codeine", "fentanyl", "oxycodone", "methadone", "buprenorphine", "naloxone",
        "naltrexone", "nicotine", "amphetamine", "methamphetamine", "ketamine", "forskolin", "opioids", "opiates",
    )},
    # process abbreviations captions use without defining them; an OCR gene synonym of the same letters ("EMT", a
    # synonym of ITK) gives way to them
    **{w: "biologicalprocess" for w in (
        "EMT", "EndMT", "UPR", "ERAD", "NHEJ", "SASP", "LTP", "NETosis", "FAO", "epithelial-mesenchymal transition",
        "epithelial-to-mesenchymal transition", "unfolded protein response", "long-term potentiation",
    )},
}  # fmt: skip

#: Words that never start or make a participant on their own.
GENERIC: Final = frozenset(
    """signaling signalling pathway pathways cells cell expression activity protein proteins gene genes
    factor factors molecules mediators target targets the a an its their this these that those which
    other several many various receptor receptors complex complexes kinase kinases enzyme enzymes
    levels level process processes mechanism mechanisms effect effects role roles""".split()
)  # fmt: skip

#: Hedge cues (matched as words or word sequences, lower case).
HEDGE_WORDS: Final = frozenset(
    """may might could potentially putative putatively proposed propose proposes hypothesised hypothesized
    hypothesise hypothesize hypothetical suggested suggest suggests suggesting possibly possible probably
    presumably perhaps likely unlikely speculate speculated speculative posit apparently seemingly
    conceivably""".split()
)  # fmt: skip
HEDGE_PHRASES: Final[tuple[tuple[str, ...], ...]] = (
    ("is", "thought", "to"), ("are", "thought", "to"), ("is", "considered", "to"), ("are", "considered", "to"),
    ("remains", "to", "be"), ("remain", "to", "be"), ("needs", "to", "be", "elucidated"),
    ("need", "to", "be", "elucidated"), ("appears", "to"), ("appear", "to"), ("seems", "to"), ("seem", "to"),
    ("is", "believed", "to"), ("are", "believed", "to"), ("we", "posit"),
)  # fmt: skip
#: Words that negate a clause ("independent of" is an operator in :mod:`pfocr_net.patterns`, not a cue here).
NEGATION_WORDS: Final = frozenset({"not", "no", "never", "neither", "nor", "cannot", "fails", "fail", "failed",
                            "lack", "lacks", "unable", "inability", "incapable"})
#: Figure-level hedges in a title or opening phrase, paired with the nouns they must qualify.
FIGURE_HEDGES: Final = frozenset({"proposed", "hypothesised", "hypothesized", "hypothetical", "putative",
                           "potential", "potentially", "possible", "speculative", "suggested"})
FIGURE_HEDGE_NOUNS: Final = frozenset({"model", "models", "mechanism", "mechanisms", "pathway", "pathways",
                                "signaling", "signalling", "scheme", "involved", "mode", "modes",
                                # "Proposed interactions among H2S, VEGF, and HIF-1", "The potential targets of H19"
                                "interactions", "network", "networks", "targets", "axis", "crosstalk", "circuit"})

#: Lower-case English words that name things in resource lists but almost never in captions.
NOT_NAMES: Final = frozenset({"lead", "leads", "re", "as", "can", "was", "set", "light", "map", "large", "impact",
                       "act", "ache", "ages", "aim", "arc", "ask", "bad", "ban", "bid", "cage", "cast",
                       "clock", "fat", "gas", "ice", "ion", "iron", "key", "label", "mask", "net", "pan",
                       "past", "pin", "rest", "ring", "sex", "spin", "spot", "stop", "tag", "tip", "trap",
                       "via", "wars", "yes"})

#: Capitalised words that are not participants (acronyms of methods, places, units, diseases contexts).
NOT_SYMBOLS: Final = frozenset(
    """DNA RNA MRNA CDNA PCR RT ROS NO TCA ECM TME CNS PNS BBB OA PD AD ALS FTD MS DS CP NP NPS TPM FA KE MIE
    AOP AOPS NR TH ATP ADP AMP GTP GDP NAD NADH NADPH FAD LPS USA UK EU WT KO KD OE SIRNA SHRNA CRISPR
    FIG FIGS AND OR NOT THE FOR VIA IN ON BY TO OF NA ND VS CI SD SEM HR ICU IV IP SC GI CT MRI PET EEG
    ECG BMI HIV HBV HCV COVID SARS RNAI NASH NAFLD CARD PYD DED TIR LRR NACHT SH2 SH3 BIR BH3 PDZ UTR ORF CDS GAP GEF""".split()
)
