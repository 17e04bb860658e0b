"""Find place mentions in text and resolve each to one gazetteer entry.

The geoparser works in three steps over each document, one module each:

1. **Spot** (:mod:`geo.geoparse.spot`): the spans that may name places, the
   longest gazetteer keys inside chains of capitalised words ("Bosnia and
   Herzegovina", "U.S.", "Moscow's", "U.S.-led").
2. **Decide** (:mod:`geo.geoparse.decide`) whether a span is a place at all,
   from general evidence: a person's title or name around it ("President
   Jordan", "Michael Jordan"), an organisation or street word after it
   ("Hertford Road"), a preposition before it, a dateline, a qualifier after
   it ("Paris, Texas"), how common the word is in English against the place's
   population ("Police", "Reading"); one sense per document.
3. **Resolve** (:mod:`geo.geoparse.resolve`) each place to one entry: prior
   importance, the country or state written next to it, the countries the
   document's unambiguous mentions vote for, towns inside a state the
   document names, nearness to the document's unambiguous places.

Demonyms and adjectives ("Russian", "Tajik") resolve to their country with
kind ``demonym``, region adjectives ("European", "Central Asian") to their
region. The steps read the gazetteer through its read-only
:class:`~geo.gazetteer.IndexView`. Work that depends only on a name or on a
chain of capitalised words is memoised per process and gazetteer, so names
recurring across a corpus cost little.

Examples
--------
>>> [(m.text, m.country, m.kind) for m in geoparse("Putin flew from Moscow to Tashkent, the Uzbek capital.")]
[('Moscow', 'RU', 'city'), ('Tashkent', 'UZ', 'city'), ('Uzbek', 'UZ', 'demonym')]
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable

from geo.errors import InputError
from geo.gazetteer import REGION, Gazetteer, IndexView, fold, get_gazetteer
from geo.geoparse.decide import keep_places
from geo.geoparse.resolve import resolve_places
from geo.geoparse.spot import spot_names
from geo.values import Document, Mention

__all__ = ["geoparse", "geoparse_many"]


def geoparse(text_or_document: str | Document, *, gazetteer: Gazetteer | None = None) -> list[Mention]:
    """Return the place mentions of one text or document, in text order.

    Parameters
    ----------
    text_or_document : str or Document
        A plain string (document id ``""``) or a :class:`~geo.values.Document`.
    gazetteer : Gazetteer, optional
        Defaults to :func:`~geo.gazetteer.get_gazetteer`. The geoparser reads
        its read-only :attr:`~geo.gazetteer.Gazetteer.index`, so an online
        :class:`~geo.geocoders.Resolver` cannot stand in here (re-resolve the
        mentions with it instead, as ``--geocoder`` does).

    Examples
    --------
    >>> ms = geoparse("Talks in Dushanbe, Tajikistan, then Ashkhabad.")
    >>> [(m.text, m.name, m.country) for m in ms]
    [('Dushanbe', 'Dushanbe', 'TJ'), ('Tajikistan', 'Tajikistan', 'TJ'), ('Ashkhabad', 'Ashgabat', 'TM')]
    >>> geoparse("")
    []
    """
    if isinstance(text_or_document, str):
        doc = Document(id="", text=text_or_document)
    elif isinstance(text_or_document, Document):
        doc = text_or_document
    else:
        raise InputError(f"Expected a str or a Document, instead got: {text_or_document!r}")
    return geoparse_many([doc], gazetteer=gazetteer)


def geoparse_many(documents: Iterable[Document], *, gazetteer: Gazetteer | None = None) -> list[Mention]:
    """Return the place mentions of many documents, flat, in document order.

    Parameters
    ----------
    documents : iterable of Document
        Read once, in order; an empty text has no mentions.
    gazetteer : Gazetteer, optional
        As in :func:`geoparse`.

    Examples
    --------
    >>> docs = [Document("a", "Minsk hosted the talks."), Document("b", "He left China.")]
    >>> [(m.doc, m.text, m.kind) for m in geoparse_many(docs)]
    [('a', 'Minsk', 'city'), ('b', 'China', 'country')]
    """
    gaz = gazetteer if gazetteer is not None else get_gazetteer()
    memo = _memo(gaz)
    out: list[Mention] = []
    for doc in documents:
        if not isinstance(doc, Document):
            raise InputError(f"Expected Document values, instead got: {doc!r}")
        if doc.text:
            out.extend(_parse(gaz.index, memo, doc))
    return out


class _Memo:
    """The geoparser's memo of work that depends only on a gazetteer and a name.

    Entry ids differ between indexes, so there is one memo per gazetteer.
    """

    __slots__ = ("chains", "keys", "anchors", "candidates")

    def __init__(self) -> None:
        self.chains: dict[str, tuple] = {}       # chain of capitalised words -> its matches
        self.keys: dict[str, tuple] = {}         # key -> its context-free evidence
        self.anchors: dict[str, bool] = {}       # key -> whether its first reading is sure
        self.candidates: dict[str, list] = {}    # key -> context-free facts of its readings


_MEMOS: weakref.WeakKeyDictionary[Gazetteer, _Memo] = weakref.WeakKeyDictionary()


def _memo(gaz: Gazetteer) -> _Memo:
    memo = _MEMOS.get(gaz)
    if memo is None:
        memo = _MEMOS[gaz] = _Memo()
    return memo


def _parse(ix: IndexView, memo: _Memo, doc: Document) -> list[Mention]:
    """Spot, decide and resolve the places of one document."""
    text = doc.text
    kept = keep_places(ix, text, spot_names(ix, text, memo.chains), memo.keys)
    if not kept:
        return []
    kept = _without_region_tails(ix, text, kept)
    return resolve_places(ix, doc, kept, anchors=memo.anchors, candidates=memo.candidates)


def _without_region_tails(ix: IndexView, text: str, kept: list) -> list:
    """Leave out a one-word name that ends a region's name under another place's alias: "Pacific *Rim*"
    (not Rome), "Pacific *Island* nations" (not Iceland, whose name in Danish is "Island")."""
    out = []
    prev = None
    for m in kept:
        if prev is None or ix.kind[prev.ids[0]] != REGION or text[prev.end:m.start] != " " \
                or " " in m.key or fold(ix.names[m.ids[0]]) == m.key:
            out.append(m)
        prev = m
    return out
