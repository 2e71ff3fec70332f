"""Quotations and their speakers.

Forms read: ``X said, "..."`` (or "saying", "by her own count", "left a message ...:");
``"...," X said`` / ``"...," said X``; a sentence ending in "said:", "responded:" or "a statement
that read:" followed by the quote as its own paragraph; and a quote followed by a line "— X"
or a line holding only a name.  Quoted lyrics, captions and titles
are not quotations of the person who cites them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import KIN_MODIFIER, KIN_MODIFIERS, KIN_WORD, SPEECH_VERBS

_Q = r"[\"“”]"
# An opening quote follows a space or the start; a closing one is followed by a space or punctuation.
# ('"Never," he said': a short one counts when someone is said to say it; see find_quotes)
QUOTE_RE = re.compile(r"(?:^|(?<=[\s(\[—–-]))[\"“](?=\S)([^\"“”]{4,}?)(?<=\S)[\"”](?=[\s.,;:!?)\]—–-]|$)")
# "..., saying, "..."": a participle introduces a quote as well as a finite verb does
_VERBS = sorted({v for base in SPEECH_VERBS for v in (base + "s", base + "ed", base + "d", base,
                                                     (base[:-1] if base.endswith("e") else base) + "ing")}
                # ("admitted", "quipped": a short last syllable doubles its consonant)
                | {base + base[-1] + end for base in SPEECH_VERBS if re.search(r"[^aeiou][aeiou][pt]$", base) for end in ("ed", "ing")}
                | {"said", "told", "wrote", "began", "spoke", "says", "tells", "added", "replied", "shared",
                   "stated", "revealed", "explained", "recalled", "responded", "answered", "continued", "noted",
                   # (a deaf speaker's words: '"...," he signed from the stage')
                   "signed", "signs", "signing"},
                key=len, reverse=True)
SPEECH = r"(?:" + "|".join(map(re.escape, _VERBS)) + r")"
# A quote that a lyric, caption or title word introduces ("her favorite lyric from the song:") is not speech.
_NOT_SPEECH = re.compile(r"\b(?:lyrics?|line|lines|verse|chorus|caption|title|slogan|hook|tagline|phrase|words? on|reads?)"
                         r"\b(?:\s+(?:from|of|in|on)\s+(?:the|this|that|his|her|their|its)\s+[\w-]+)?\W*(?:reads?|goes|says|was|is)?\W*$",
                         re.I)
# ("X summed up the cold in one line:": a line of someone's own speech, no line of a song)
_SAID_IN_A_LINE = re.compile(r"\b(?:described|describes|summed|sums|put|puts|explained|explains)\b[^\"“”.:;]{0,60}\bin (?:a|one) (?:single |short )?line:\s*$")
# "X spent years, by her own count, "rewriting ..."": narration that hands the words to the subject
_OWN_WORDS = (r"by (?:his|her|their|its) own (?:count|account|admission)|in (?:his|her|their|its) (?:own )?words"
              r"|as (?:he|she|they) put it")
# "X released a statement that read:", "X left a message under the post:": the words are X's, whatever verb
_STATEMENT_INTRO = re.compile(r"\b(?:statement|message|letter|note|post|announcement)\b[^\"“”.:]{0,60}:\s*$",
                              re.I)
_INTRO_END = re.compile(r"(?:" + SPEECH + r"|" + r"as follows|this)\b[^.:]{0,60}:\s*$", re.I)


@dataclass
class MentionAt:
    start: int
    end: int
    key: str
    is_person: bool


# what stands between an owner and the kin word after it: "X's older brother", "her sister"
_OWNED_KIN_GAP = re.compile(r"(['’]s)? (?:(?:" + "|".join(sorted(KIN_MODIFIERS)) + r") )?")


def _short_intro(left: str) -> bool:
    """The sentence before a colon that opens a quotation is short enough to introduce it: twenty words, or a long
    "Asked ..." question followed by a short clause ("Asked what it was like to ..., she took his arm:")."""
    last = re.split(r"[.!?]\s", left.rstrip())[-1]
    if len(last.split()) <= 20:
        return True
    # (or a long sentence whose last clause is short: "He sings beside the drum at the boil, and he has found his own way through it:")
    return bool(re.match(r"\s*(?:When )?[Aa]sked\b", last)) and len(last.rsplit(",", 1)[-1].split()) <= 8 or \
        len(re.split(r",\s+(?:and|but|so)\s+(?=(?:he|she|they|I|we)\s)", last)[-1].split()) <= 12 < len(last.split())


def _mention_in(mentions: list[MentionAt], lo: int, hi: int, last: bool = False) -> MentionAt | None:
    inside = [m for m in mentions if lo <= m.start and m.end <= hi and m.is_person]
    if not inside:
        return None
    return inside[-1] if last else inside[0]


def _is_title(body: str) -> bool:
    """A short run of capitalised words in quotes is a title ("Lights On, Nobody Home"), not speech."""
    body = re.sub(r"\s*\((?:feat\.?|ft\.?|featuring|with) [^)]*\)", "", body)  # "Ya No Vuelvo (feat. X)," is still a title
    words = re.findall(r"[\w'’-]+", body)
    small = {"a", "an", "the", "of", "in", "on", "to", "for", "and", "or", "with", "at", "by", "is", "my", "your",
             # (and the small words of titles in Spanish, French, Italian, Portuguese, German: "Lluvia en Mayo")
             "de", "del", "la", "el", "en", "los", "las", "y", "le", "les", "et", "du", "des", "di", "da", "do", "e", "al", "von", "der", "und",
             "mi", "tu", "su", "mis", "sus", "un", "una", "une", "con", "sin", "por", "para", "que", "il", "lo", "ma", "mon", "mio", "mia",
             "meu", "minha", "com", "em", "na", "no", "sur", "pour", "avec"}
    return len(words) <= 7 and all(w[0].isupper() or w[0].isdigit() or w.lower() in small for w in words)


def find_quotes(text: str, paragraphs: list[tuple[int, int]], mentions: list[MentionAt],
                subject_of_sentence) -> list[tuple[int, int, str | None, int, int]]:
    """Quotes as ``(start, end, speaker key, evidence start, evidence end)`` in article offsets.

    ``subject_of_sentence(offset)`` gives the speaking subject (an entity key) of the sentence
    that holds the character ``offset``, resolved through coreference.
    """
    out = []
    for n, (ps, pe) in enumerate(paragraphs):
        para = text[ps:pe]
        stripped = para.strip()
        whole = (stripped[:1] in "\"“" and stripped[-1:] in "\"”" and stripped.count('"') + stripped.count("“") +
                 stripped.count("”") <= 2)
        if whole:
            speaker = None
            if n + 1 < len(paragraphs):
                # an attribution line after a block quote: "— X" or the name alone
                nxt_s, nxt_e = paragraphs[n + 1]
                nxt = text[nxt_s:nxt_e].strip()
                if len(nxt.split()) <= 6 and (nxt[:1] in "—–-" or not nxt.endswith((".", ":", "?", "!"))):
                    m = _mention_in(mentions, nxt_s, nxt_e)
                    speaker = m.key if m else None
            if speaker is None and n > 0:
                prev_s, prev_e = paragraphs[n - 1]
                prev = text[prev_s:prev_e].rstrip()
                if prev.endswith(":") and (_STATEMENT_INTRO.search(prev) or not _NOT_SPEECH.search(prev[-60:])):
                    speaker = subject_of_sentence(prev_e - 1)
                elif prev.endswith(":"):
                    continue  # a quoted lyric or caption, not the speaker's words
            out.append((ps + 1, pe - 1, speaker, ps, pe))
            continue
        for m in QUOTE_RE.finditer(para):
            body = m.group(1)
            qs, qe = ps + m.start(), ps + m.end()
            said_after = re.match(r"\s*[,.!?]?\s*(?:(?:he|she|they|[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) " + SPEECH + r"|" + SPEECH + r" [A-Z])\b",
                                  text[qe:min(pe, qe + 60)])
            described = re.search(r"\b(?:described|describes|describing|called|calls|dubbed|dubs)\b[^\"“”.]{0,60}?\bas\s*[\"“]?$",
                                  text[max(ps, qs - 100):qs + 1])
            # ("said he had "seen nothing"": two words a speech verb just before gives someone are theirs too)
            reported = len(body.split()) == 2 and body[:1].islower() and \
                re.search(r"\b(?:" + SPEECH + r")\s+(?:that\s+)?(?:he|she|they|we|I)\s+(?:had|has|was|were|is|would|will|could)\s+(?:\w+\s+)?$",
                          text[max(ps, qs - 60):qs], re.I)
            if len(body.split()) <= 5 and not said_after and (
                    re.search(r"\b(?:nicknamed|christened|known as)\s*[\"“]$", text[max(ps, qs - 40):qs + 1]) or
                    re.search(r"\b(?:crews?|everyone|everybody|people|locals|fans|regulars|hands|workers|neighbours|they|town|village|harbour)"
                              r"(?: [\w-]+){0,3} (?:call|calls|called|calling)\s*[\"“]$", text[max(ps, qs - 60):qs + 1])):
                # ('a move the stagehands call "the drop"': a name many give something, no one's words; but 'a voice he calls "a rusty
                # hinge"' is his)
                continue
            # ('"...," X said after the screening. "Mostly sad."': two words that go on with someone's quotation are still theirs)
            goes_on = body.rstrip()[-1:] in ".!?" and re.search(r"[,!?][\"”]\s*[^\"“”]{0,60}\b(?:" + SPEECH + r")\b[^\"“”]{0,40}\.\s*$",
                                                               text[max(ps, qs - 140):qs])
            if (len(body.split()) < 3 and not (said_after and body.rstrip()[-1:] in ",.!?") and not described and not reported and not goes_on) or \
                    _is_title(body) and not (said_after and body.rstrip()[-1:] in ",!?"):  # ('"Never," he said': words, not a title)
                continue  # ("Fair enough," he said: two words someone is said to say are a quotation)
            speaker = None
            right = text[qe:min(pe, qe + 90)]
            left = text[max(ps, qs - 140):qs]
            rm = re.match(r"\s*[,.!?]?\s*(?:" + SPEECH + r")\s", right, re.I)
            if rm:  # "...," said X
                got = _mention_in(mentions, qe, min(pe, qe + 60))
                # ('"...," said G's manager and founder, X': the one the possessive's title names)
                got = next((m for m in mentions if got and m.is_person and got.end < m.start < got.end + 60 and
                            re.fullmatch(r"['’]s (?:[\w-]+ ){0,5}?[\w-]+,\s*", text[got.end:m.start])), got)
                # ('"...," said her wife': the kin word the possessive owns, not the one who owns it)
                got = next((m for m in mentions if got and m.is_person and got.end < m.start <= got.end + 3 and
                            (text[got.start:got.end].lower() in ("her", "his", "their") and text[got.end:m.start] == " " or
                             re.fullmatch(r"['’]s ", text[got.end:m.start])) and re.match(r"[\w-]+\s*[.,]", text[m.start:m.start + 30])), got)
                if got and text[got.start:got.end].lower() in ("her", "his", "their") and re.match(r" [a-z-]+\s*[.,]", text[got.end:got.end + 30]):
                    got = None  # ('"...," said her husband', a husband no one has named here: the builder's ties say who)
                speaker = got.key if got else None
            if speaker is None and re.match(r"\s*[,.!?]?\s*\S", right):
                got = _mention_in(mentions, qe, min(pe, qe + 40))  # (not a name that opens the next paragraph)
                titled = re.match(r"\s*[,.!?]?\s*(?:the|his|her|their|its) (?:[a-z][\w-]* ){1,4}(?=[A-Z])", right)
                if got is None and titled:  # ('"...," the singer and guitarist X said': past the speaker's title)
                    got = _mention_in(mentions, qe + titled.end(), qe + titled.end() + 40)
                # ('"...," his lawyer, X, told reporters': the name a role word puts after the quote speaks)
                got = next((m for m in mentions if m.is_person and qe < m.start < qe + 60 and
                            re.fullmatch(r"\s*[,.!?]?\s*(?:his|her|their|its|the|[\w.-]+['’]s)(?: [\w-]+){1,3},\s*", text[qe:m.start])
                            and re.match(r",\s*" + SPEECH + r"\b", text[m.end:m.end + 30], re.I)), got)
                # ("...," X, 23, said; "...," X once recalled)
                # ('"...," X, the studio's president of distribution, said on Sunday': past the speaker's title)
                # ('"...," the playwright's brother said', '"...," her sister said': the kin the possessive owns speaks)
                got = next((m for m in mentions if got and m.is_person and got.end < m.start <= got.end + 14 and
                            (owned := _OWNED_KIN_GAP.fullmatch(text[got.end:m.start])) and
                            (owned.group(1) or text[got.start:got.end].lower() in ("her", "his", "their")) and
                            re.match(r"[\w-]+\s+(?:" + SPEECH + r")\b", text[m.start:m.start + 30])), got)
                kin_said = re.match(r" " + KIN_MODIFIER + r"(" + KIN_WORD + r")\s+(?:" + SPEECH + r")\b", text[got.end:got.end + 40], re.I) \
                    if got and text[got.start:got.end].lower() in ("her", "his", "their") and body.rstrip()[-1:] in ",!?" and \
                    re.match(r"[\"”]?\s*(?:his|her|their) ", right, re.I) else None
                if kin_said:
                    # ('"...," his elder brother said': the one the paragraph just called so ("His elder brother remembers it
                    # otherwise"), else the kin the builder tied to the owner, whoever the reader took the "his" for)
                    told_so = [m for m in mentions if ps <= m.start and m.end <= qs and m.is_person and
                               text[m.start:m.end].lower() == kin_said.group(1).lower()]
                    out.append((qs + 1, qe - 1, told_so[-1].key if told_so else None, ps, pe))
                    continue
                told = re.match(r"\s*,?\s*(?:\d{1,3},\s*|(?:the|a|an|his|her|their|its|(?:[\w.-]+ ){0,2}[\w.-]+['’]s) [^,\"“”.]{1,60},\s*)?"
                                r"(?:(?:once|later|then|also|has|had|simply|quietly)\s+)?" + SPEECH + r"\b",
                                text[got.end:got.end + 90], re.I) if got else None
                # ('... a van with." Okoro said only that ...': a quote that ends its sentence, then the next speaker's own words)
                if told and not (body.rstrip()[-1:] == "." and re.match(r"\s+(?:only |that |she |he |they |it )", text[got.end + told.end():])):
                    speaker = got.key  # "...," X said
            if speaker is None and re.match(r"[\"”]?\s*,?\s*according to\s", right):
                got = _mention_in(mentions, qe, min(pe, qe + 40))  # ('"...," according to X.': the one it is told after)
                speaker = got.key if got and got.is_person else None
            if speaker is None and re.match(r"\s*\n\s*[—–]\s*\S", right):  # the quote, then a line "— X"
                got = _mention_in(mentions, qe, qe + 40)
                speaker = got.key if got else None
            if speaker is None and left.rstrip().endswith(":") and len(body.split()) >= 3 and \
                    _short_intro(text[max(ps, qs - 400):qs]) and (not _NOT_SPEECH.search(left[-60:]) or _SAID_IN_A_LINE.search(left[-120:])):
                speaker = subject_of_sentence(qs - 1)  # 'X would not be drawn: "..."', 'Asked how, he shrugged: "..."'
            if speaker is None and _STATEMENT_INTRO.search(left):
                speaker = subject_of_sentence(qs - 1)
            if speaker is None and re.search(r"\b(?:posted|posts|shared|shares|uploaded|put up)\b[^\"“”.]{0,100}\bwith (?:the|a) caption,?\s*$", left, re.I):
                speaker = subject_of_sentence(qs - 1)  # "X posted a photograph ... with the caption "...": the caption is X's
            according = re.search(r"\b[Aa]ccording to\b[^\"“”.]*$", left)
            if speaker is None and according:
                # "According to the band, the album will reach streaming services "...": the band's words
                at = qs - len(left) + according.start()
                got = _mention_in(mentions, at, at + 60)
                speaker = got.key if got else None
            own = re.search(r"\b(?:who|whom)\b[^\"“”.]{0,80}?(?:" + _OWN_WORDS + r"),?\s*$", left, re.I)
            if speaker is None and own:
                # "produced by the band's drummer, X, who spent the winter, in his words, "...": the one the clause is about
                got = _mention_in(mentions, max(ps, qs - 200), own.start() + (qs - len(left)), last=True)
                speaker = got.key if got else None
            named_words = re.search(r"\b(?:in|by) ([A-Z][^\"“”.,;]{0,40}?)['’]s? (?:own )?(?:words|phrase|description),?\s*$", left)
            if speaker is None and named_words:
                # ("a hall they found, in X's words, "far too warm for felt"": the one whose words they are)
                got = _mention_in(mentions, qs - len(left) + named_words.start(1), qs - len(left) + named_words.end(1) + 2)
                speaker = got.key if got else None
            own_words = re.search(r"\b(?:" + _OWN_WORDS + r"),?\s*$", left, re.I)
            if speaker is None and own_words:
                # "and X will be in the audience, in his own words "...": the one named last before the words
                got = _mention_in(mentions, max(ps, qs - 120), qs - len(left) + own_words.start(), last=True)
                speaker = got.key if got else None
            # ('X said "W" had been written "in one night"': a title quoted between the verb and the words)
            # (and 'X said the crew had learned to keep still whenever the belts were being changed, "because ..."': a long clause first)
            if speaker is None and re.search(r"(?:" + SPEECH + "|" + _OWN_WORDS + r")\b(?:[^\"“”.]|[\"“][^\"“”]{1,40}[\"”]){0,110}[,:]?\s*$",
                                             left, re.I):
                if not _NOT_SPEECH.search(left[-60:]):
                    speaker = subject_of_sentence(qs - 1)
            if speaker is None and len(body.split()) < 4 and not (
                    body.rstrip()[-1:] in ".!?" and out and out[-1][3] == ps and out[-1][2] and text[ps:qs].rstrip().endswith((".", "!", "?"))):
                continue  # three words are a quotation only when someone is said to say them ("to stay "small on purpose."")
                # (or when they are a sentence of their own after the speaker's quotation: '..., the director said. "X is both."')
            relative = re.search(r"[,]\s*who\b[^\"“”.;]{0,100}$", left)
            if speaker is None and relative and not _NOT_SPEECH.search(left[-60:]):
                # ("produced by X, who recorded the band live in one room "so that you can hear the chairs"": the words of the one
                # the clause is about)
                got = _mention_in(mentions, max(ps, qs - 200), qs - len(left) + relative.start(), last=True)
                speaker = got.key if got else None
            if speaker is None and out and out[-1][3] == ps and out[-1][2] and not _NOT_SPEECH.search(left[-60:]):
                speaker = out[-1][2]  # a second quote of the paragraph continues its speaker (not "a line from the song,")
            if speaker is None and body.rstrip()[-1:] in ".!?" and re.match(r"\s*$", right) and left.rstrip().endswith(".") and \
                    not re.search(r"[\"“”]", left) and len(body.split()) >= 4:
                # 'X laughed when asked whether she was nervous. "Terrified. ..."': the words of the one just described
                speaker = subject_of_sentence(len(text[:qs].rstrip()) - 2)
            # ('"...," the librettist said. "...": the words go on after a speaker told by a role word, whom a later pass names)
            goes_on = out and out[-1][3] == ps and out[-1][2] is None and \
                re.fullmatch(r"[\"”]?\s*[,.!?]?\s*(?:the|his|her|their) (?:[\w-]+ )?[\w-]+ (?:" + SPEECH + r")\.\s*", text[out[-1][1]:qs], re.I)
            if speaker is None and body.rstrip()[-1:] in ",.!?" and re.match(r"\s*$", right) and not goes_on:
                continue
            out.append((qs + 1, qe - 1, speaker, ps, pe))
    return out
