/** The retriever's building blocks: words, typos, related forms, answer kinds, ranking bounds. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildStory } from '../src/knowledge/load.js';
import { splitArticle } from '../src/knowledge/passages.js';
import { analyseText } from '../src/knowledge/tokens.js';
import { offeredKinds, possessives, wantedKind } from '../src/search/answer-kinds.js';
import { buildCorpus } from '../src/search/corpus.js';
import { Dictionary } from '../src/search/dictionary.js';
import { readQuestion } from '../src/search/question.js';
import { rankPassages, scoreBound, totalWeight } from '../src/search/rank.js';
import { TermList } from '../src/search/relatives.js';
import { acronymTerm, countryTerm, derivedTerm, exactTerm, familyTerm, groupTerm, isWord, pronounTerm, synonymTerm, termKind } from '../src/search/term-kinds.js';
import { familiesOf, isStopword, termOf, tokenize } from '../src/search/terms.js';
import { editDistance, Speller, swapped, WordSet } from '../src/search/typos.js';

describe('tokenize', () => {
  it('keeps initials and lone capitals apart from the function words they spell', () => {
    const [us, dots] = [tokenize('the US said'), tokenize('the U.S. said')];
    expect(us[1]).toMatchObject({ word: 'us', term: '^us', acronym: true });
    expect(dots[1]).toMatchObject({ word: 'us', term: '^us', acronym: true });
    expect(isStopword(us[1]!)).toBe(false);
    // ...and from the stems of words: "use" is not the United States.
    expect(tokenize('use')[0]!.term).toBe('use');
    // A "word" longer than any English one is kept as it is, not stemmed (the stemmer's time grows with its square).
    expect(termOf('increasingly'.repeat(1000))).toBe('increasingly'.repeat(1000));
    expect(termOf('increasingly')).toBe('increas');
    expect(tokenize('use')[0]!.term).not.toBe(us[1]!.term);
    expect(isStopword(tokenize('tell us')[1]!)).toBe(true);
    // Shouting is not a name: a run of capitals stays ordinary words.
    expect(tokenize('STOP BUYING OIL FROM them').some((t) => t.acronym)).toBe(false);
  });

  it('drops possessives and accents, keeps numbers whole, stems words and irregular verbs', () => {
    expect(tokenize('Zoë’s 1,000 boats began').map((t) => t.term)).toEqual(['zoe', '1000', 'boat', 'begin']);
    expect(tokenize('50% in the 1990s').map((t) => t.word)).toEqual(['50', 'percent', 'in', 'the', '1990s']);
  });

  it('sees the words the story analysis sees, a hyphenated one as its parts', () => {
    const text = 'Gen. Ruiz paid $1,000 for a U.S.-made e-bike at Saint-Étienne.';
    const { paragraphs, passages } = splitArticle(text);
    expect(analyseText(text, paragraphs, passages).tokens.map((t) => t.text)).toEqual(['Gen.', 'Ruiz', 'paid', '1,000', 'for', 'a', 'U.S.', 'made', 'e-bike', 'at', 'Saint-Étienne']);
    const words = tokenize(text);
    expect(words.map((t) => t.word)).toEqual(['gen', 'ruiz', 'paid', 'dollar', '1000', 'for', 'a', 'us', 'made', 'e', 'bike', 'at', 'saint', 'etienne']);
    // Each part stands where it is written.
    expect(words.slice(-2).map((t) => text.slice(t.start, t.end))).toEqual(['Saint', 'Étienne']);
  });

  it('keeps the full stop of every abbreviated title the analysers know, and of no other word', () => {
    const text = 'Sgt. Bo and Rev. Ann met Mr. Lee at St. Jude. Lee left.';
    const { paragraphs, passages } = splitArticle(text);
    const tokens = analyseText(text, paragraphs, passages).tokens.map((t) => t.text);
    expect(tokens).toEqual(['Sgt.', 'Bo', 'and', 'Rev.', 'Ann', 'met', 'Mr.', 'Lee', 'at', 'St.', 'Jude', 'Lee', 'left']);
  });
});

describe('typos', () => {
  it('measures edits with a swap of neighbours as one', () => {
    expect(editDistance('harbour', 'harbuor', 2)).toBe(1);
    expect(editDistance('harbour', 'habrour', 2)).toBe(1);
    expect(editDistance('harbour', 'hrbour', 2)).toBe(1);
    expect(editDistance('hours', 'house', 5)).toBe(2);
    expect(editDistance('abcdef', 'uvwxyz', 1)).toBe(2);
  });

  it('corrects to the nearest words of the vocabulary, not to words merely alike', () => {
    const v = new Speller(['harbour', 'harvest', 'house', 'summit', 'submit']);
    expect(v.correct('harbur').map((c) => c.word)).toEqual(['harbour']);
    expect(v.correct('harbour')).toEqual([]);
    expect(v.correct('hours')).toEqual([]);
    // Two words one edit away are both offered, each with how alike fuse.js finds it.
    const both = v.correct('sumbit');
    expect(both.map((c) => c.word).sort()).toEqual(['submit', 'summit']);
    for (const c of both) expect(c.similarity).toBeGreaterThan(0.5);
  });

  it('of corrections as alike, offers two letters swapped first', () => {
    const v = new Speller(['the', 'tbh', 'he']);
    expect(v.correct('teh')[0]?.word).toBe('the');
    expect(v.correct('hte')[0]?.word).toBe('the');
  });

  it('counts letters as code points when it tells two letters swapped: an emoji is one letter', () => {
    expect(swapped('teh', 'the')).toBe(true);
    expect(swapped('a😀', '😀a')).toBe(true);
    expect(swapped('😀ab', '😀ba')).toBe(true);
    // Its two UTF-16 halves are not two letters to swap.
    expect(swapped('\uD83D\uDE00', '\uDE00\uD83D')).toBe(false);
    expect(swapped('a😀b', 'ab😀')).toBe(true);
    expect(swapped('a😀b', 'b😀a')).toBe(false);
  });

  it('corrects only to the words of one story when asked to', () => {
    const v = new Speller();
    const ids = ['harbour', 'harvest'].map((w) => v.add(w));
    v.add('harbours');
    expect(v.correct('harbourz', new WordSet([ids[0]!])).map((c) => c.word)).toEqual(['harbour']);
    expect(v.correct('harvset', new WordSet([ids[0]!]))).toEqual([]);
  });
});

describe('dictionary', () => {
  it('numbers the terms of a list that some story holds, and sees a term added since', () => {
    const dictionary = new Dictionary();
    const list = ['today', 'tomorrow', 'tonight'];
    dictionary.add('harbour');
    const today = dictionary.add('today');
    expect([...dictionary.held(list)]).toEqual([today]);
    expect(dictionary.held(list)).toBe(dictionary.held(list));
    const tonight = dictionary.add('tonight');
    expect([...dictionary.held(list)].sort()).toEqual([today, tonight].sort());
  });
});

describe('relatives', () => {
  it('relates terms by a long enough shared beginning', () => {
    const terms = new TermList(['critic', 'criticis', 'light', 'lighthous', 'equal']);
    expect(terms.relatives('criticis').map((r) => r.term)).toEqual(['critic']);
    expect(terms.relatives('critic').map((r) => r.term)).toEqual(['criticis']);
    expect(terms.relatives('light')).toEqual([]);
    expect(terms.relatives('equalis').map((r) => r.term)).toEqual(['equal']);
  });

  it('with terms gained and lost, relates as a list made from scratch of the terms there are then', () => {
    const word = fc.constantFrom('crit', 'critic', 'critics', 'criticis', 'light', 'lighthous', 'equal', 'equalis', 'equals');
    fc.assert(
      fc.property(fc.array(word), fc.array(word), fc.array(word), (before, gained, lost) => {
        const now = [...before.filter((t) => !lost.includes(t)), ...gained.filter((t) => !lost.includes(t))];
        const changed = new TermList(before).with(gained.filter((t) => !lost.includes(t)), lost);
        const fresh = new TermList(now);
        for (const term of ['crit', 'critic', 'criticis', 'critics', 'light', 'equal', 'equalis', 'equalise']) {
          expect(changed.relatives(term, undefined, 10)).toEqual(fresh.relatives(term, undefined, 10));
        }
      }),
    );
  });
});

describe('answer kinds', () => {
  it('reads the kind of answer from the question words', () => {
    const kind = (q: string) => wantedKind(tokenize(q).map((t) => t.word));
    expect(kind('When did it open?')).toEqual({ kind: 'date' });
    expect(kind('Who opened it?')).toEqual({ kind: 'name' });
    expect(kind('How many boats?')).toEqual({ kind: 'number' });
    expect(kind('How did it open?')).toBeUndefined();
    expect(kind('Why did it close?')).toEqual({ kind: 'reason' });
    expect(kind('In what year did it open?')).toEqual({ kind: 'date', noun: 2, measures: ['year'] });
    expect(kind('What is the name of the boat?')).toEqual({ kind: 'name', noun: 3 });
    expect(kind('What kind of boat is it?')).toEqual({ noun: 1 });
  });

  it('reads an owner typed with or without its apostrophe, and not a plural, and asks for what it owns', () => {
    // The words an invented story uses, and a few of everyday English.
    const known = new Set(['authority', 'chief', 'fire', 'lopez', 'minister', 'ministers', 'chiefs', 'governor', 'governors', 'wife', 'age', 'spokeswoman']);
    const owners = (q: string) => {
      const tokens = tokenize(q);
      return [...possessives(q, tokens, (w) => known.has(w))].map((i) => tokens[i]!.word);
    };
    expect(owners("who is the water authority's spokeswoman")).toEqual(['authority']);
    // No plural ends in a consonant and "ys"; "lopezs" is no word, though "lopez" is one.
    expect(owners('who is the water authoritys spokeswoman')).toEqual(['authoritys']);
    expect(owners('whats maria lopezs age')).toEqual(['lopezs']);
    // A plural before a singular noun for a person, or for the kind asked, that ends the phrase, owns it.
    expect(owners('who is the governors wife')).toEqual(['governors']);
    expect(owners('whats the fire chiefs age')).toEqual(['chiefs']);
    // Plurals stay plurals: before a verb, and where the plural is spelled as one.
    expect(owners('which ministers voted against the bill')).toEqual([]);
    expect(owners('who are the authorities spokeswoman')).toEqual([]);
    const kind = (q: string) => {
      const tokens = tokenize(q);
      return wantedKind(
        tokens.map((t) => t.word),
        possessives(q, tokens, (w) => known.has(w)),
      );
    };
    expect(kind('whats the fire chiefs age')).toEqual({ kind: 'number', noun: 4 });
    // A noun with a kind of its own is still the one asked about.
    expect(kind("which outlet reported the chief's age")).toEqual({ kind: 'source', noun: 1 });
  });

  it('reads what the number asked for measures, when the question says', () => {
    const kind = (q: string) => wantedKind(tokenize(q).map((t) => t.word));
    expect(kind('What percentage of boats sank?')).toEqual({ kind: 'number', noun: 1, measures: ['percent'] });
    expect(kind('How far is the lighthouse?')).toEqual({ kind: 'number', measures: ['length'] });
    expect(kind('How much did the wall cost?')).toEqual({ kind: 'number', measures: ['money'] });
    expect(kind('How much rain fell?')).toEqual({ kind: 'number' });
  });

  it('tells what the numbers of a passage measure from the words beside them', () => {
    const story = buildStory({ id: 'measures', article: 'About 40% of the boats sank 3 km out, costing £2 million over five years.' });
    const tokens = tokenize(story.passages[0]!.text);
    const offers = offeredKinds(tokens, new Set(), story, 0, (term) => term.length);
    // ("sank 3 km": a figure after a verb of change, which the answer words read as one too.)
    expect(Object.keys(offers).sort()).toEqual(['change', 'length', 'money', 'number', 'percent', 'time']);
    const perDay = buildStory({ id: 'per', article: 'It grew 5 per day, and 12 per cent in all.' });
    const measured = offeredKinds(tokenize(perDay.passages[0]!.text), new Set(), perDay, 0, (term) => term.length);
    expect(measured.percent).toHaveLength(1);
  });

  it('takes a year alone for a date, and a year-like number before a noun for a count too', () => {
    const story = buildStory({ id: 'kinds', article: 'The museum opened in 1854.\nAbout 1500 people came on the first day.' });
    const kinds = (passage: number) => {
      const tokens = tokenize(story.passages[passage]!.text);
      return Object.keys(offeredKinds(tokens, new Set(), story, passage, (term) => term.length)).sort();
    };
    expect(kinds(0)).toEqual(['date', 'year']);
    expect(kinds(1)).toEqual(['date', 'number', 'year']);
  });
});

describe('question', () => {
  const story = buildStory({ id: 'quay', article: 'The quay was rebuilt in 1990.\nThe harbour master criticised the cost.' });
  const corpus = buildCorpus([story]);
  const lexicon = corpus.lexicon(corpus.indexes[0]!);

  it('reads initials typed in lower case as the initials the story writes, and no stem of a word', () => {
    const withInitials = buildStory({ id: 'port', article: 'The PSA said the quay was rebuilt. It was used by ferries.' });
    const c = buildCorpus([withInitials]);
    const q = readQuestion('what did the psa say', c.lexicon(c.indexes[0]!));
    expect(q.slots[0]!.alternatives.map((a) => a.term)).toContain('^psa');
    // "used" stems to "use"; the initials U.S. would be "^us".
    const used = readQuestion('what was it used for', c.lexicon(c.indexes[0]!));
    expect(used.slots.flatMap((s) => s.alternatives.map((a) => a.term))).not.toContain('^us');
  });

  it('sets function and question words aside and corrects typos', () => {
    const q = readQuestion('wen was the quay rebiult', lexicon);
    expect(q.wants).toBe('date');
    expect(q.slots.map((s) => s.alternatives.map((a) => a.term))).toEqual([
      ['=quay', 'quay'],
      ['=rebiult', 'rebiult', '=rebuilt', 'rebuilt'],
    ]);
    // Words under five letters have too many neighbours to correct, but for two letters swapped.
    expect(readQuestion('qusy', lexicon).slots[0]!.alternatives.map((a) => a.term)).toEqual(['=qusy', 'qusi']);
    expect(readQuestion('quya', lexicon).slots[0]!.alternatives.map((a) => a.term)).toEqual(['=quya', 'quya', '=quay', 'quay']);
  });

  it('reads an owner typed without its apostrophe as the word the story writes, at full weight ("the campaign groups name": "group")', () => {
    const fishing = buildCorpus([buildStory({ id: 'fishing', article: 'Environmental groups warned of a collapse.\nIngrid Solheim of the campaign group Blue North spoke.' })]);
    const lexicon = fishing.lexicon(fishing.indexes[0]!);
    const slotOf = (question: string, word: string) => readQuestion(question, lexicon).slots.find((s) => s.alternatives[0]!.term === `=${word}`)!;
    expect(slotOf('whats the campaign groups name', 'groups').alternatives).toContainEqual(expect.objectContaining({ term: '=group', weight: 1 }));
    // A plural is no owner: "which groups warned" is not "group" as written.
    expect(slotOf('which groups warned', 'groups').alternatives.map((a) => a.term)).not.toContain('=group');
    // A name of the story's with an "s", before a noun, owns it: "sudmarks fisheries minister" ("Sudmark’s").
    const ministers = buildCorpus([buildStory({ id: 'ministers', article: 'Sudmark’s Fisheries Minister, Ana Holt, spoke.\nMinisters met in Oslo.' })]);
    const own = readQuestion('whos sudmarks fisheries minister', ministers.lexicon(ministers.indexes[0]!)).slots[0]!;
    expect(own.alternatives).toContainEqual(expect.objectContaining({ term: '=sudmark', weight: 1 }));
    // A plural of an everyday word stays a plural: "what did ministers agree".
    const plural = readQuestion('what did ministers agree', ministers.lexicon(ministers.indexes[0]!)).slots[0]!;
    expect(plural.alternatives.map((a) => a.term)).not.toContain('=minister');
  });

  it('looks for no story word near in meaning to a vague word ("happened", "got", "guys") or a particle ("back"): its neighbours are chance', () => {
    const bridge = buildCorpus([buildStory({ id: 'bridge', article: 'The old bridge collapsed on Monday.\nSuch things occur when nobody is watching, engineers warned.\nWorkers took the debris away.' })]);
    const lexicon = bridge.lexicon(bridge.indexes[0]!);
    const kinds = (question: string, word: string) => readQuestion(question, lexicon).slots.find((s) => s.alternatives[0]!.term === `=${word}`)!.alternatives.map((a) => a.kind);
    expect(kinds('what happened to the bridge', 'happened')).not.toContain('meaning');
    expect(kinds('what got cleared away', 'got')).not.toContain('meaning');
    // Nor to a particle ("giving back"): "back" is near "away", which says nothing of giving back.
    expect(kinds('what are they giving back', 'back')).not.toContain('meaning');
    // A word that is not vague still finds its neighbours.
    expect(kinds('what did the builders fear', 'fear')).toContain('meaning');
  });

  it('reads "whos the head of X", "whos the X boss" as "who heads X": the titles of whoever heads it, a governor too, stand for "head"', () => {
    const bank = buildCorpus([buildStory({ id: 'bank', article: 'The National Bank raised its rate.\nGovernor Lea Brandt told reporters.' })]);
    const lexicon = bank.lexicon(bank.indexes[0]!);
    for (const question of ['whos the head of the bank', 'who is the head of the bank']) {
      const head = readQuestion(question, lexicon).slots.find((s) => s.alternatives[0]!.term === '=head')!;
      expect(head.alternatives.map((a) => a.term)).toContain(termOf('governor'));
    }
    // "boss", "leader", "chief": whatever title the story gives whoever heads it.
    const boss = readQuestion('whos the bank boss', lexicon).slots.find((s) => s.alternatives[0]!.term === '=boss')!;
    expect(boss.alternatives.map((a) => a.term)).toContain(termOf('governor'));
  });

  it('reads a mistyped question word as the question word, never as a clipped story word', () => {
    // "wat" could clip "watched", but a reader typing it means "what".
    const crowd = buildCorpus([buildStory({ id: 'crowd', article: 'A crowd of 4,000 watched the final.\nThe club signed him from Genk.' })]);
    const q = readQuestion('wat club did he play for b4', crowd.lexicon(crowd.indexes[0]!));
    expect(q.slots.map((s) => s.alternatives[0]!.term)).toEqual(['=club', '=play']);
  });

  it('reads "going to" and "supposed to" as the time of the verb after them, not as a topic', () => {
    const topics = (question: string) => readQuestion(question, lexicon).slots.map((s) => s.alternatives[0]!.term);
    expect(topics('is the quay going to reopen')).toEqual(['=quay', '=reopen']);
    expect(topics('when is the quay supposed to reopen')).toEqual(['=quay', '=reopen']);
    expect(topics('where is the quay going')).toEqual(['=quay', '=going']);
  });

  it('reads an everyday word the story lacks as itself, not as a function word one letter away', () => {
    // "wen" may be "when"; "post" is not "most", and "where did X post" asks for a platform.
    const q = readQuestion('where did the harbour master post that', lexicon);
    expect(q.asked).toMatchObject({ kind: 'source', focus: ['harbour', 'master', 'post'] });
    // "how many of the cranes": the noun counted, over "of the"; "how many sank" counts no noun.
    expect(readQuestion('how many of the cranes sank', lexicon).asked).toMatchObject({ kind: 'number', counted: 'crane' });
    expect(readQuestion('how many sank', lexicon).asked.counted).toBeUndefined();
    expect(readQuestion('how many were rebuilt', lexicon).asked.counted).toBeUndefined();
    // Nor is an everyday word a typo of a story word, but for another spelling of the same word.
    const court = buildCorpus([buildStory({ id: 'court', article: 'The court sat by the harbour.' })]);
    const terms = (question: string) => readQuestion(question, court.lexicon(court.indexes[0]!)).slots.flatMap((s) => s.alternatives.map((a) => a.term));
    expect(terms('what was the vote count')).not.toContain('court');
    expect(terms('where is the harbor')).toContain('harbour');
  });

  it('lets related forms and word families stand in for a word, for less', () => {
    const [slot] = readQuestion('criticism', lexicon).slots;
    const criticis = slot!.alternatives.find((a) => a.term === 'criticis');
    expect(criticis!.weight).toBeGreaterThan(0);
    expect(criticis!.weight).toBeLessThan(1);
  });

  it('never scores a story above the bound used to skip it', () => {
    const index = corpus.indexes[0]!;
    const q = readQuestion('When was the quay rebuilt after the harbour cost?', lexicon);
    const weights = { idf: (t: number) => index.idf(t), has: (t: number) => index.has(t), unknown: 1, unknownLiteral: 2 };
    const total = totalWeight(q.slots, weights);
    const best = rankPassages(index, q, weights, total)[0]!;
    expect(best.score).toBeGreaterThan(0);
    expect(best.score).toBeLessThanOrEqual(scoreBound(index, q, weights, total));
  });
});

describe('word families, hand-made and from WordNet', () => {
  const shared = (a: string, b: string) => {
    const of = new Map(familiesOf(termOf(b)).map((f) => [f.term, f.weight]));
    return familiesOf(termOf(a)).filter((f) => of.has(f.term));
  };

  it('joins synonyms and derived forms below the weight of the word itself', () => {
    // (And a verb and what it brings about: "killing three people" tells how many died.)
    for (const [a, b] of [['shut', 'closed'], ['famous', 'notable'], ['invade', 'invasion'], ['decide', 'decision'], ['died', 'killing'], ['learn', 'taught']] as const) {
      const found = shared(a, b);
      expect(found.length, `${a} ~ ${b}`).toBeGreaterThan(0);
      for (const f of found) expect(f.weight).toBeLessThan(1);
    }
  });

  it('joins the words news readers use for what the story says otherwise', () => {
    const pairs = [
      ['talk', 'told'],
      ['statement', 'said'],
      ['takeover', 'buy'],
      ['stock', 'shares'],
      ['drop', 'fell'],
      ['rise', 'rose'],
      ['game', 'match'],
      ['verdict', 'ruling'],
      ['spokesperson', 'spokeswoman'],
    ] as const;
    for (const [a, b] of pairs) expect(shared(a, b).length, `${a} ~ ${b}`).toBeGreaterThan(0);
  });

  it('gives a word people use that WordNet\'s corpus never tagged its first sense ("artefact", "detention")', () => {
    for (const [a, b] of [['artefacts', 'artifacts'], ['detention', 'custody'], ['excavation', 'digging']] as const) expect(shared(a, b).length, `${a} ~ ${b}`).toBeGreaterThan(0);
  });

  it('leaves unrelated words apart', () => {
    expect(shared('heron', 'tram')).toEqual([]);
    expect(shared('eat', 'court')).toEqual([]);
  });
});

describe('term kinds', () => {
  it('reads back the kind of every made-up term, and never takes a word for one', () => {
    const made: [string, string][] = [
      [exactTerm('organism'), 'exact'],
      [acronymTerm('us'), 'acronym'],
      [familyTerm(3), 'family'],
      [synonymTerm(3), 'synonym'],
      [derivedTerm(3), 'derived'],
      [countryTerm(3), 'country'],
      [groupTerm(3), 'alias'],
      [pronounTerm(3), 'pronoun'],
    ];
    for (const [term, kind] of made) expect(termKind(term)).toBe(kind);
    expect(new Set(made.map(([term]) => term)).size).toBe(made.length);
    expect(made.filter(([term]) => isWord(term)).map(([, kind]) => kind)).toEqual(['exact', 'acronym']);
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        for (const t of tokenize(text)) {
          expect(['stem', 'acronym']).toContain(termKind(t.term));
          expect(isWord(t.term)).toBe(true);
        }
      }),
    );
  });
});
