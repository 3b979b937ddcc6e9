"""Acts done once agreed to (issue 15): "the county agreed Tuesday to settle the lawsuit"
tells the settlement, though its verb is an infinitive (``AGREED`` rows of
``event_types.csv``, under a ``TO_ACT`` verb).
"""

from __future__ import annotations

from spacy.tokens import Token

from graphx.extract import clauses
from graphx.extract.taxonomy import load_taxonomy
from graphx.extract.triggers import event_sense

__all__ = ["agreed_to"]


def agreed_to(verb: Token) -> bool:
    """An act done once agreed to (its family an ``AGREED`` row), told as the infinitive of a
    ``TO_ACT`` verb that did agree: "agreed Tuesday to settle the lawsuit", "has agreed to pay
    $47,500 to settle a federal lawsuit", "agreed to pay $95K to end a federal lawsuit"; not
    "will agree to settle", "refused to agree to settle", "has not agreed to settle"."""
    taxonomy = load_taxonomy()
    sense = event_sense(verb, taxonomy)
    if sense is None or taxonomy.family(sense[1], sense[0]) not in taxonomy.rows.get("AGREED", {}):
        return False
    above = verb
    for _ in range(2):  # "agreed to pay $47,500 to settle": through the payment
        if above.dep_ not in ("xcomp", "advcl") or above.tag_ != "VB":
            return False
        above = above.head
        if above.lemma_.lower() in taxonomy.rows.get("TO_ACT", {}):
            denied = any(c.dep_ == "neg" for c in above.children)  # "has never agreed to"
            return clauses.is_past(above) and not (denied or clauses.is_irrealis(above, taxonomy))
    return False
