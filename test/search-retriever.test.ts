/** The retriever behind /ask, on small stories of its own (not the seed). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildStory } from '../src/knowledge/load.js';
import { MAX_PASSAGE } from '../src/knowledge/passages.js';
import { buildCorpus } from '../src/search/corpus.js';
import { createRetriever } from '../src/search/index.js';
import { readQuestion } from '../src/search/question.js';
import { termOf } from '../src/search/terms.js';

const harbour = buildStory({
  id: 'harbour',
  meta: { aliases: { 'Greta Lind': ['the harbour master'] } },
  article: [
    'The town of Wexmouth reopened its old harbour on Tuesday after a two-year rebuild.',
    'The new sea wall is 400 metres long and cost 12 million pounds.',
    'Fishing boats had used a temporary jetty since the storm of 2021 wrecked the old quay.',
    'Greta Lind, who runs the harbour, said the fishing fleet would return within a month.',
    'Visitors complained that the car park was too small.',
    'The harbour master also warned that the car park would stay closed until spring.',
    'Local traders welcomed the news, because summer visitors come mainly for the boat trips.',
  ].join('\n'),
});

const orchard = buildStory({
  id: 'orchard',
  article: [
    'A community orchard planted in 1998 has produced its largest apple harvest.',
    'Volunteers picked four tonnes of apples over two weekends.',
    'The fruit will be pressed into juice and sold to pay for new trees.',
  ].join('\n'),
});

const lifeboat = buildStory({
  id: 'lifeboat',
  article: [
    'The lifeboat station opened a café.',
    'The lifeboat station first opened its doors to the volunteer crews of the whole county in 1952.',
    'Its boat was replaced because the old hull had cracked.',
    'The boat was replaced in 2019.',
  ].join('\n'),
});

const ask = createRetriever([harbour, orchard, lifeboat]);
const corpus = buildCorpus([harbour, orchard, lifeboat]);
const lexiconOf = (story: { id: string }) => corpus.lexicon(corpus.byId.get(story.id)!);
const first = (question: string, story?: string) => ask.ask(question, { story }).hits[0]?.passage.text;

describe('ask', () => {
  it('puts the answering passage first', () => {
    expect(first('How long is the new sea wall?', 'harbour')).toContain('400 metres long');
    expect(first('Why did traders welcome the news?', 'harbour')).toContain('because summer visitors');
  });

  it('prefers the passage that gives the kind of answer the question asks for', () => {
    // The shorter sentence matches the words best; "when" wants the one with a date, "why" the one with a reason.
    expect(first('lifeboat station open', 'lifeboat')).toContain('opened a café');
    expect(first('When did the lifeboat station open?', 'lifeboat')).toContain('in 1952');
    expect(first('boat replaced', 'lifeboat')).toContain('The boat was replaced in 2019');
    expect(first('Why was the boat replaced?', 'lifeboat')).toContain('because the old hull');
    expect(first('When was the boat replaced?', 'lifeboat')).toContain('in 2019');
    expect(first('Who runs the harbour?', 'harbour')).toContain('Greta Lind');
  });

  it('answers through typos, to story words and to question words', () => {
    // The only word of the question is misspelled: nothing but the correction can find it.
    expect(first('temprary', 'harbour')).toContain('temporary jetty');
    expect(first('wen did the harbur reopen', 'harbour')).toContain('reopened its old harbour on Tuesday');
    expect(first('how mutch did the sea wall cost', 'harbour')).toContain('12 million pounds');
  });

  it('answers a question with the typos of the benchmark as it answers it without them', () => {
    // The edits eval's typo variant makes (swap, drop or double a letter in up to two long words).
    const typed: [string, string][] = [
      ['What length is the new sea wall?', 'What llength is the new sea wall?'],
      ['Why did traders welcome the news?', 'Why did raders wlecome the news?'],
      ['Since when have fishing boats used a temporary jetty?', 'iSnce when have fishing boats used a temporary jettty?'],
      ['How many tonnes of apples did volunteers pick?', 'How many tonnes of aapples did volunteres pick?'],
      ['What will the juice money pay for?', 'What will the juicce moneey pay for?'],
    ];
    for (const [q, typo] of typed) expect(first(typo)).toBe(first(q));
  });

  it('finds a person by another name the story gives them', () => {
    // story.json says the harbour master is Greta Lind: of the two sentences about the car park,
    // the one that gives only her title is hers.
    expect(first('car park Greta Lind', 'harbour')).toContain('The harbour master also warned');
    expect(first('car park harbour master', 'harbour')).toContain('The harbour master also warned');
  });

  it('takes "she" for the person named before', () => {
    const lab = (opening: string) =>
      buildStory({
        id: 'lab',
        article: [
          opening,
          'The university there was founded in 1575 and has a famous botanical garden.',
          'The garden holds more than ten thousand plants.',
          'She later ran the laboratory of the city council for many years.',
          'The city laboratory opened in 1901.',
        ].join('\n'),
      });
    const top = (opening: string) => createRetriever([lab(opening)]).ask('voss city laboratory').hits[0]!.passage.text;
    expect(top('Mara Voss studied chemistry in Leiden.')).toContain('She later ran');
    // Without her name before it, "she" is no one: the shorter sentence about the laboratory wins.
    expect(top('A young chemist studied in Leiden.')).toContain('opened in 1901');
  });

  it('never counts "she" for a person more than her name', () => {
    // Venn is named all through the story, so her name weighs little; "she" is rarer, and must still weigh less.
    const library = buildStory({
      id: 'library',
      article: [
        'Mara Venn opened the new library in Dunmore on Monday.',
        'Venn said the library had cost the council two million pounds.',
        'She met the builders at the quarry.',
        'Venn thanked the volunteers who moved the books.',
        'Venn met the builders again at the station.',
        'Venn added that the library would open late on Thursdays.',
      ].join('\n'),
    });
    expect(createRetriever([library]).ask('Where did Venn meet the builders?').hits[0]!.passage.text).toBe('Venn met the builders again at the station.');
  });

  it('says the story does not answer when nothing matches well', () => {
    expect(ask.ask('What is the capital of Peru?', { story: 'harbour' }).answered).toBe(false);
    expect(ask.ask('What colour is the lighthouse keeper’s bicycle?', { story: 'orchard' }).answered).toBe(false);
    expect(ask.ask('How long is the new sea wall?', { story: 'harbour' }).answered).toBe(true);
  });

  it('says so when the story names the topic but not what is asked about it', () => {
    // Both share a word with the story; neither the person asked for nor the painting is in it.
    expect(ask.ask('Who painted the lifeboat?', { story: 'lifeboat' }).answered).toBe(false);
    expect(ask.ask('Who owns the orchard?', { story: 'orchard' }).answered).toBe(false);
    // Their answerable neighbours still are, paraphrased or not.
    const answerable: [string, string][] = [
      ['How long is the new sea wall?', 'harbour'],
      ['Who runs the harbour?', 'harbour'],
      ['When was the orchard planted?', 'orchard'],
      ['How much fruit did the volunteers gather?', 'orchard'],
      ['When did the lifeboat station open?', 'lifeboat'],
    ];
    for (const [question, story] of answerable) expect(ask.ask(question, { story }).answered, question).toBe(true);
  });

  it('reads a word near a function word as a topic word unless it is near a question word', () => {
    // "owns" is one letter from "own": read as a function word, the question would be all "orchard".
    const owns = readQuestion('Who owns the orchard?', lexiconOf(orchard));
    expect(owns.slots.map((s) => s.alternatives[0]!.term)).toEqual(['=owns', '=orchard']);
    // "wen" is read as "when": it asks for a date and is no topic word.
    const wen = readQuestion('wen was the boat replaced', lexiconOf(lifeboat));
    expect(wen.wants).toBe('date');
    expect(wen.slots.map((s) => s.alternatives[0]!.term)).toEqual(['=boat', '=replaced']);
    expect(first('wen was the boat replaced', 'lifeboat')).toContain('in 2019');
  });

  it('ranks first the passage that names the kind asked for beside its answer ("which city": "other cities, including")', () => {
    const lets = buildStory({
      id: 'lets',
      article: [
        'The council of Porto voted on Monday to cap holiday lets in the old town.',
        'A national law would let every town set similar limits.',
        'The vote follows similar moves in other European cities, including Valencia.',
      ].join('\n'),
    });
    const retriever = createRetriever([lets]);
    for (const question of ['which other city did something similar', 'which city took similar steps']) {
      expect(retriever.ask(question, { story: 'lets' }).hits[0]!.passage.text, question).toContain('including Valencia');
    }
    // The noun only ranks: it is no topic word of the question, and a story without it reads the question as before.
    const q = readQuestion('which city took similar steps', corpus.lexicon(corpus.indexes[0]!));
    expect(q.frame).toBeUndefined();
    expect(q.slots.map((s) => s.alternatives[0]!.term)).toEqual(['=took', '=similar', '=steps']);
  });

  it('answers "what day" from the lede when the passages that name the event give no day', () => {
    const match = buildStory({
      id: 'match',
      article: [
        'Harbour City beat Genk 2-0 on Sunday to reach the cup final.',
        'A crowd of 30,000 watched the game at the Quay Stadium.',
        'It was the club\'s first win over Genk since 2011.',
      ].join('\n'),
    });
    const retriever = createRetriever([match]);
    const answer = retriever.ask('what day was the game', { story: 'match' });
    expect(answer.hits[0]!.passage.text).toContain('on Sunday');
    expect(answer.answer?.text).toBe('Sunday');
    // Other questions about the game rank as before: the passage that names it.
    expect(retriever.ask('how many people were at the game', { story: 'match' }).hits[0]!.passage.text).toContain('30,000 watched the game');
  });

  it('for "who is the ROLE", ranks first the passage that names someone beside the role, not beside the rest nor a deputy', () => {
    const pier = buildStory({
      id: 'pier',
      article: [
        'The town council voted to close the old pier on Monday.',
        "The residents' group Save Our Pier, which collected 3,000 signatures against the plan, criticised the vote.",
        "“Nobody asked the people who use it,” the group's spokeswoman, Maria Lopes, told the local paper.",
      ].join('\n'),
    });
    const retriever = createRetriever([pier]);
    for (const question of ['whos the spokesperson for the residents group', 'who is the spokeswoman for the residents group']) {
      expect(retriever.ask(question, { story: 'pier' }).hits[0]!.passage.text, question).toContain('Maria Lopes');
    }
    // A deputy mayor holds another role than the mayor, unless the question asks for the deputy.
    const town = buildStory({
      id: 'town',
      article: [
        'Harbourside council voted on Monday to close the old pier.',
        '“The pier is not safe and must close before the winter storms,” Harbourside Mayor Ana Ruiz told councillors on Monday.',
        'Deputy Mayor Luis Gomes of Harbourside backed the plan.',
      ].join('\n'),
    });
    const towns = createRetriever([town]);
    expect(towns.ask('who is the mayor of harbourside', { story: 'town' }).hits[0]!.passage.text).toContain('Ana Ruiz');
    expect(towns.ask('who is the deputy mayor of harbourside', { story: 'town' }).hits[0]!.passage.text).toContain('Luis Gomes');
  });

  it('ranks the answering sentence first for paraphrased questions', () => {
    expect(first('How much did the new sea wall cost?', 'harbour')).toContain('12 million pounds');
    expect(first('What size was the apple harvest?', 'orchard')).toContain('largest apple harvest');
    expect(first('What happens to the fruit?', 'orchard')).toContain('pressed into juice');
  });

  it('prefers the word as written to another word of the same stem', () => {
    // Porter stems "organism" and "organization" alike; otherwise the two sentences tie.
    const clinic = buildStory({
      id: 'clinic',
      article: ['The organization was found in the river water in May.', 'The organism was found in the lake water in June.'].join('\n'),
    });
    const ask = createRetriever([clinic]);
    expect(ask.ask('Where was the organism found?').hits[0]!.passage.id).toBe(1);
    expect(ask.ask('Where was the organization found?').hits[0]!.passage.id).toBe(0);
  });

  it('weighs the words of what the whole story is about less than the others', () => {
    // "Alder Glacier" is named in every part of the story; the sentence that answers says "it".
    const sentences = [
      'The Alder Glacier lies in a high valley of the northern range.',
      'Snow falls there for eight months of the year.',
      'Rock walls rise above the valley on three sides.',
      'Early maps showed the Alder Glacier reaching the village.',
      'Shepherds used the upper pastures in summer.',
      'A road over the pass was built for the mines.',
      'The mines closed when the ore ran out.',
      'The Alder Glacier was photographed from the pass in 1920.',
      'Climbers came from the capital by train.',
      'A hut was built on the ridge for them.',
      'It was first surveyed in 1890 by an army officer.',
      'His map is kept in the town museum.',
      'Scientists have measured the Alder Glacier every year since 1950.',
      'They drill holes to fix stakes in the ice.',
      'The stakes show how fast the ice moves.',
      'Meltwater feeds the river below.',
      'The river turns a small power station.',
      'Tourists now reach the Alder Glacier by cable car.',
      'The cable car runs from May to October.',
      'Rangers count the visitors each summer.',
    ];
    const glacier = buildStory({ id: 'glacier', article: sentences.join('\n') });
    expect(createRetriever([glacier]).ask('When was the Alder Glacier surveyed?').hits[0]!.passage.text).toContain('first surveyed in 1890');
  });

  it('takes shouted words and words that open a quoted sentence for no names, and initials for names', () => {
    const shouting = buildStory({
      id: 'shouting',
      article: [
        'Union chief Piet Kramer wrote on Monday that the ECB was wrong: “NO DEAL WITHOUT HIGHER WAGES.”',
        '“We asked for little. Instead, we got nothing,” Kramer said.',
        'The talks resume on Friday.',
      ].join('\n'),
    });
    const shouted = buildCorpus([shouting]);
    const names = shouted.byId.get('shouting')!.nameTerms;
    const isName = (word: string) => names.has(shouted.dictionary.find(termOf(word)));
    expect(['wages', 'higher', 'deal', 'instead'].filter(isName)).toEqual([]);
    expect(isName('kramer')).toBe(true);
    expect(names.has(shouted.dictionary.find('^ecb'))).toBe(true);
  });

  it('has nothing to say to a question of function words only', () => {
    expect(ask.ask('what is it?', { story: 'harbour' })).toMatchObject({ hits: [], answered: false });
  });

  it('answers nothing it cannot quote: a vague question among several stories picks none of them', () => {
    // Each story alone tells its own subject; among several, no passage holds a word of the question.
    expect(createRetriever([orchard]).ask('when did it happen')).toMatchObject({ answered: true, answer: { text: '1998' } });
    for (const question of ['when did it happen', 'what happened', 'who', 'how many']) {
      const all = createRetriever([orchard, harbour]).ask(question);
      expect(all.hits).toEqual([]);
      expect(all.answered).toBe(false);
      expect(all.outcome).not.toBe('answered');
      expect(all.answer).toBeUndefined();
    }
  });

  it('keeps to the story it is asked about, or searches them all', () => {
    const scoped = ask.ask('How many tonnes of apples were picked?', { story: 'harbour' });
    expect(scoped.hits.every((h) => h.story.id === 'harbour')).toBe(true);
    const all = ask.ask('How many tonnes of apples were picked?');
    expect(all.hits[0]!.story.id).toBe('orchard');
    expect(all.hits[0]!.passage.text).toContain('four tonnes of apples');
    expect(ask.ask('apples', { story: 'no-such-story' })).toMatchObject({ hits: [], answered: false });
  });

  it('returns at most `limit` hits, best first, each quoting the article verbatim', () => {
    const { hits } = ask.ask('harbour boats fishing', { story: 'harbour', limit: 3 });
    expect(hits.length).toBe(3);
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1]!.score).toBeGreaterThanOrEqual(hits[i]!.score);
    for (const h of hits) expect(h.story.article.slice(h.passage.start, h.passage.end)).toBe(h.passage.text);
  });

  it('gives the same answer over one story whether or not it is scoped', () => {
    const alone = createRetriever([orchard]);
    expect(alone.ask('When was the orchard planted?').hits[0]!.passage.text).toContain('1998');
    expect(alone.ask('When was the orchard planted?')).toEqual(alone.ask('When was the orchard planted?', { story: 'orchard' }));
  });
});

describe('questions that use the names of JavaScript object keys', () => {
  // The word tables a question is read through hold only their own words: "constructor" is a word a
  // story lacks, not Object.prototype's function (which failed the question), whatever stands beside it.
  const retriever = createRetriever([harbour]);
  const keys = ['constructor', 'valueof', 'hasownproperty', 'isprototypeof', 'propertyisenumerable'];

  it('reads one alone as a word the story never mentions', () => {
    for (const key of keys) {
      const answer = retriever.ask(key);
      expect(answer.outcome).toBe('unknown');
      expect(answer.missing).toEqual([key]);
    }
  });

  it('reads them in any question as it reads a made-up word', () => {
    const frame = fc.constantFrom('how', 'what is the', 'who', 'when did the', 'how many', 'where is the', 'did the harbour', 'how long is the');
    fc.assert(
      fc.property(frame, fc.constantFrom(...keys), fc.constantFrom('', 'harbour', 'is', 'long', 'did'), (before, key, after) => {
        const answer = retriever.ask(`${before} ${key} ${after}`.trim());
        const madeUp = retriever.ask(`${before} zorblax ${after}`.trim());
        expect(answer.outcome).toBe(madeUp.outcome);
        expect(answer.missing).toEqual(madeUp.missing.map((w) => (w === 'zorblax' ? key : w)));
        expect(answer.hits.map((h) => h.passage.id)).toEqual(madeUp.hits.map((h) => h.passage.id));
      }),
    );
  });
});

describe('a person asked about by a role', () => {
  it('ranks the sentence that names the one person the story gives the role, by surname, first', () => {
    const strike = buildStory({
      id: 'strike',
      article: [
        'BRANNOCK – Dock workers at three ports walked out on Monday over pay, halting most freight traffic.',
        'Ports Minister Ilse Tervo said on Tuesday that the government had offered a 4% rise and that the docks would reopen soon.',
        'Tervo visited the striking crews at Halsey Point on Wednesday and promised new talks.',
        'The union said the offer was too small.',
      ].join('\n'),
    });
    const retriever = createRetriever([strike]);
    const firstOf = (question: string) => retriever.ask(question, { story: 'strike' }).hits[0]?.passage.text;
    expect(firstOf('what did the minister promise the workers')).toContain('promised new talks');
    expect(firstOf('where did the minister go to see the strikers')).toContain('Halsey Point');
  });
});

describe('what someone said', () => {
  const zoo = buildStory({
    id: 'zoo',
    article: [
      'OSLO – The city zoo said on Monday that its elephant had given birth to a calf.',
      'The calf was born at dawn and weighed 90 kilograms, according to zoo director Anna Berg.',
      '“We have waited ten years for this day, and some nights we thought it would never come,” Berg said.',
      'Keepers will watch the mother and calf around the clock.',
      '“This was a big surprise for the whole staff,” said Tom Reed, a keeper at the zoo. “The mother is more worried about the crowds than about her calf.”',
    ].join('\n'),
  });
  const said = createRetriever([zoo]);
  const firstOf = (question: string) => said.ask(question, { story: 'zoo' }).hits[0]?.passage.text;

  it('answers "what did the ROLE say" with the quoted words of the one person the story gives that role', () => {
    expect(firstOf('what did the director say')).toContain('We have waited ten years');
  });

  it('finds the person asked about by a qualified role when the story gives the role without the qualifier, in the same sentence', () => {
    // "the university geologist": no name holds "university", but the sentence that names the one geologist does.
    const dam = buildStory({
      id: 'dam',
      article: [
        'ODDVIK – Heavy rain pushed the Vessa river over its banks on Sunday, and the town dam held only just.',
        'Mira Quellstad, a geologist at the University of Tarnwick, said the dam had been built on soft clay in 1961.',
        '"The rock moved exactly as we feared it would. We were lucky," she told reporters.',
        'The mayor said the dam would be inspected on Monday.',
      ].join('\n'),
    });
    const retriever = createRetriever([dam]);
    expect(retriever.ask('what did the university geologist say about the rock', { story: 'dam' }).hits[0]?.passage.text).toContain('The rock moved');
  });

  it('reads "the X guy" as the one person the story quotes who is named beside X', () => {
    const spill = buildStory({
      id: 'spill',
      article: [
        'PELL BAY – A cargo ship ran aground outside the port of Pell Bay on Friday, spilling fuel oil along two kilometres of beach.',
        'The port authority said the ship had lost engine power in heavy seas and drifted onto a sandbar.',
        "Tomas Delmere, head of the port authority's pollution unit, said booms had been laid across the harbour mouth.",
        '“We expect the worst of the oil to come ashore tonight. Nobody should swim here this weekend,” Delmere said.',
        'Fishermen said the spill could ruin the autumn catch.',
      ].join('\n'),
    });
    const retriever = createRetriever([spill]);
    expect(retriever.ask('wat did the port guy say', { story: 'spill' }).hits[0]?.passage.text).toContain('We expect the worst');
  });

  it('does not rank a quotation of the asked speaker lower for standing alone, their name in the sentence before', () => {
    expect(firstOf('what did reed say the mother is worried about')).toContain('more worried about the crowds');
  });

  it('ranks the quoted words of the asked speaker, attributed to a pronoun, above the sentence that names and reports them', () => {
    // The quotation holds the speaker unwritten ("he said"); the report beside it holds their name and role as well.
    const slide = buildStory({
      id: 'slide',
      article: [
        'ZORVIK – A landslide blocked the main road through the Tarn valley on Friday, cutting off three villages.',
        'Geologist Oskar Vedder said the dam above the valley had been inspected in May and was sound.',
        '“The dam held. It was the hillside beside it that gave way,” he said.',
        'Road crews expect to reopen one lane by Monday.',
      ].join('\n'),
    });
    const retriever = createRetriever([slide]);
    for (const question of ['what did the geologist say about the dam', 'what did vedder say about the dam']) {
      expect(retriever.ask(question, { story: 'slide' }).hits[0]?.passage.text).toContain('The dam held');
    }
  });
});

describe('a question over one very long sentence (an article without full stops)', () => {
  // Found by timing /ask on generated articles: the ranking measured how close a question word
  // stands to an answer of the kind asked, and to the next question word, over every pair of
  // places in the passage, so a question on one 10,000-word sentence took 1.2 to 4.2 s here; now 0.1 to 0.2 s.
  it('is answered in time that grows with the sentence, not its square', () => {
    const words = 'the council said on Monday that the new bridge would open in May after the board agreed to spend 4 million pounds'.split(' ');
    const article = Array.from({ length: 10_000 }, (_, i) => words[(i * 7) % words.length]).join(' ');
    const long = createRetriever([buildStory({ id: 'long', article })]);
    const started = performance.now();
    const answer = long.ask('when will the bridge open?');
    expect(performance.now() - started).toBeLessThan(1500);
    // The sentence is cut at words into passages of at most MAX_PASSAGE characters (passages.ts).
    expect(article).toContain(answer.hits[0]!.passage.text);
    expect(answer.hits[0]!.passage.text.length).toBeLessThanOrEqual(MAX_PASSAGE);
  });
});
