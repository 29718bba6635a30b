/**
 * Questions about facts a story does not give, answered by words of another kind in the passage about the subject:
 * a person's age for a size, a figure of another thing, another's words. Each must be refused, and the question the
 * passage does answer kept. And facts news English writes in a form the answer words must know (a 24-hour clock time).
 * On stories written for the test (not the seed).
 */
import { describe, expect, it } from 'vitest';
import { buildStory } from '../src/knowledge/load.js';
import { createRetriever } from '../src/search/index.js';

const attic = createRetriever([
  buildStory({
    id: 'attic',
    article: [
      'A landscape found in a barn in Carinthia sold for 2.1 million euros at auction in Graz on Friday, the auction house said.',
      'The painting was found last spring by a retired farmer, Walter Gruber, 81, while he was clearing out the barn.',
      'Gruber said he would give 50,000 euros to the village school.',
    ].join('\n'),
  }),
]);

describe('a person\'s age ("Walter Gruber, 81,")', () => {
  it('measures nothing a "how" question asks but how old', () => {
    expect(attic.ask('how big is the painting').answered).toBe(false);
    expect(attic.ask('how old is gruber').answer?.text).toBe('81');
  });
});

describe('"what did X\'s Y say"', () => {
  const swarm = createRetriever([
    buildStory({
      id: 'swarm',
      article: [
        'Locust swarms have destroyed crops in northern Chad since January, the government said on Monday, as officials warned that the outbreak could spread into Niger and Sudan.',
        "Sudan's agriculture ministry said it had put 200 scouts on alert along the border.",
      ].join('\n'),
    }),
  ]);

  it('asks what the role said where the owner stands with it, not where the owner is named elsewhere', () => {
    expect(swarm.ask('what did nigers govt say').answered).toBe(false);
    expect(swarm.ask('what did sudans agriculture ministry say').answered).toBe(true);
  });
});

describe('a time of day on the 24-hour clock ("at 5:40 local time", "until 19:25")', () => {
  const outage = createRetriever([
    buildStory({
      id: 'outage',
      article: [
        'A nationwide outage on the biggest mobile network left about 9 million customers without calls on Wednesday.',
        'The failure began at 5:40 local time and service was not fully restored until 19:25, the company said.',
      ].join('\n'),
    }),
  ]);

  it('answers "what time"', () => {
    expect(outage.ask('wat time did the failure start').answer?.text).toBe('5:40');
  });
});

describe('a place that owns a body ("Austria\'s culture ministry")', () => {
  const sale = createRetriever([
    buildStory({
      id: 'sale',
      article: [
        'A portrait found in a farmhouse attic sold for 8.4 million euros at auction in Vienna on Wednesday, the auction house said.',
        "Austria's culture ministry had considered blocking the export of the painting but decided in April not to.",
        "The buyer will keep the painting in Portugal's capital.",
      ].join('\n'),
    }),
  ]);

  it('says whose body it is, not where anything is', () => {
    expect(sale.ask('where is the export going').answered).toBe(false);
    expect(sale.ask('where will the buyer keep the painting').answer?.text).toBe('Portugal');
  });
});

describe('a figure per unit ("each farmer", "a day", "per tonne")', () => {
  const cocoa = createRetriever([
    buildStory({
      id: 'cocoa',
      article: [
        'The board will pay growers 61,000 francs ($105) a tonne for the new season, up from 40,000 francs last year.',
        'The crop earned the country about $2.1 billion last season, and the government set aside 90 million francs to compensate growers hit by floods.',
        'Around 4,000 trucks use the port road each year.',
      ].join('\n'),
    }),
  ]);

  it('is answered by a figure with its unit or "each", "every" beside it, not by a total', () => {
    expect(cocoa.ask('how much do growers get per tonne').answer?.text).toContain('61,000');
    expect(cocoa.ask('how many trucks use the port road every year').answered).toBe(true);
    expect(cocoa.ask('how much compensation will each grower get').answered).toBe(false);
    expect(cocoa.ask('how much does the government pay flood victims a day').answered).toBe(false);
  });
});

describe('a part of a whole ("how many of the objects are drums")', () => {
  const museum = createRetriever([
    buildStory({
      id: 'museum',
      article: [
        'A museum in Bremen will return 58 objects taken from what is now northern Namibia, including carved masks and drums.',
        'Fewer than 30 of the objects have been photographed, the museum said.',
        'The museum plans to cut about 120 jobs over two years. Its director visited Namibia in May.',
        'More than 400 letters survive in the archive.',
      ].join('\n'),
    }),
  ]);

  it('is counted with "of" or as the whole that does what is asked, not by the count of the whole', () => {
    expect(museum.ask('how many of the objects are drums').answered).toBe(false);
    expect(museum.ask('how many of the job cuts are in namibia').answered).toBe(false);
    expect(museum.ask('how many of the objects have been photographed').answer?.text).toContain('30');
    expect(museum.ask('how many of the letters survive').answer?.text).toContain('400');
  });
});

describe('a count of another thing than the one asked ("About 300 soldiers ... to help vets")', () => {
  const cull = createRetriever([
    buildStory({
      id: 'cull',
      article: [
        'Officials ordered the culling of about 90,000 geese after the virus was found on a farm near Vannes.',
        'About 300 soldiers were sent on Tuesday to help vets with the cull.',
        'Around 40 inadequately inspected barns were disinfected, and the region receives about 50,000 visitors a year, most of them tourists from Paris.',
        'She won four prizes at the show, a record for a breeder.',
      ].join('\n'),
    }),
  ]);

  it('is refused where the passage names what is asked and counts something else', () => {
    expect(cull.ask('how many vets r working on the cull').answered).toBe(false);
    expect(cull.ask('how many soldiers were sent').answer?.text).toContain('300');
  });

  it('is kept where the noun counted is the one asked in other words, or stands after words that describe it', () => {
    expect(cull.ask('how many tourists come every year').answer?.text).toContain('50,000');
    expect(cull.ask('how many barns were disinfected').answer?.text).toContain('40');
    expect(cull.ask('how many wins did she have at the show').answer?.text).toBe('four');
  });
});

describe('the name of a person ("whats the name of the train driver")', () => {
  const derailment = createRetriever([
    buildStory({
      id: 'derailment',
      article: [
        'Twenty cars of a train left the tracks near Dorval on Monday, the Lakeland Railway said.',
        'A company spokesman said 300 planned trips had been cancelled, including morning and evening services.',
        'Student Maria Novak, who lives nearby, filmed the derailment.',
      ].join('\n'),
    }),
  ]);

  it('is answered by a person, not the body, the place or the words in lower case beside the words asked', () => {
    expect(derailment.ask('whats the name of the train driver').answered).toBe(false);
    expect(derailment.ask('whats the name of the company spokesman').answered).toBe(false);
    expect(derailment.ask('whats the name of the student who filmed it').answer?.text).toBe('Maria Novak');
  });
});

describe('a body asked for by the noun of its kind ("which company", "which airline")', () => {
  const launch = createRetriever([
    buildStory({
      id: 'launch',
      article: [
        'The rocket lifted off on Monday night.',
        'Its chief executive, Luc Morand, told France Info radio that the company had no indication of a problem.',
        'Australian low-cost carrier Coral Air cancelled all its flights to Bali on Sunday.',
      ].join('\n'),
    }),
  ]);

  it('is answered by a body or an outlet, not by a person the story gives a role', () => {
    expect(launch.ask('which company did the launch').answered).toBe(false);
    expect(launch.ask('which aussie airline stopped flying to bali').answer?.text).toBe('Coral Air');
    expect(launch.ask('which station did the ceo talk to').answer?.text).toBe('France Info radio');
  });
});

describe('a population ("how many ppl live on masbate")', () => {
  const ferry = createRetriever([
    buildStory({
      id: 'ferry',
      article: [
        'At least 31 people died after a ferry capsized off Masbate on Sunday, officials said.',
        'The island of Ticao, home to about 40,000 residents, sent fishing boats to help.',
      ].join('\n'),
    }),
  ]);

  it('is not the count of the dead the paragraph gives, and is the number of those who live there where it says', () => {
    expect(ferry.ask('how many ppl live on masbate').answered).toBe(false);
    expect(ferry.ask('how many ppl live on ticao').answer?.text).toBe('about 40,000');
    expect(ferry.ask('how many people died').answer?.text).toBe('At least 31');
  });
});

describe('"how much STUFF", answered by a count of people', () => {
  const campus = createRetriever([
    buildStory({
      id: 'campus',
      article: [
        'A court in Zaragoza suspended the water permit of a planned data centre on Monday.',
        'The farmers union, which represents about 9,000 farmers, said the campus would use as much water as a town of 40,000 people.',
      ].join('\n'),
    }),
  ]);

  it('is refused: a figure for an amount of something counts no people', () => {
    expect(campus.ask('how much electricity will the place use').answered).toBe(false);
    // (A noun in -er that is no comparative: "water", not "cheaper".)
    expect(campus.ask('how much water will the place use').answered).toBe(false);
    expect(campus.ask('how many farmers does the union represent').answer?.text).toBe('about 9,000');
  });
});

describe('"whats the interest rate": a value the story gives as a figure', () => {
  const loan = createRetriever([
    buildStory({
      id: 'loan',
      article: [
        'The port authority will pay for the new cranes with a $2 billion loan from three regional banks, its chairman said on Tuesday.',
        'The city council borrowed another 40 million euros at an interest rate of 3.9% to rebuild the quay.',
      ].join('\n'),
    }),
  ]);

  it('is a share, which a sum of money beside the words does not give', () => {
    expect(loan.ask('whats the interest rate on the port authority loan').answered).toBe(false);
    expect(loan.ask('whats the interest rate on the council loan').answer?.text).toBe('3.9%');
  });
});

describe('a yes/no question about an earlier occasion ("has X been fined before")', () => {
  const fined = (extra: string[]) =>
    createRetriever([
      buildStory({
        id: 'fined',
        article: ['The market regulator fined Brightwell Foods 2 million euros on Monday for hiding delivery fees.', ...extra, 'Brightwell said it would appeal.'].join('\n'),
      }),
    ]);

  it('is refused by a passage that tells only of this one, and answered by one that tells of an earlier time', () => {
    expect(fined([]).ask('has brightwell been fined before').answered).toBe(false);
    const again = fined(['The regulator had repeatedly fined Brightwell Foods for late payments.']).ask('has brightwell been fined before');
    expect(again.answered).toBe(true);
    expect(again.hits[0]?.passage.text).toContain('repeatedly');
  });
});

describe('"how many people VERB", answered by a count of other things', () => {
  const smelter = createRetriever([
    buildStory({
      id: 'smelter',
      article: [
        'The Ostrell zinc smelter in the town of Varnby will close in June with the loss of 420 jobs, its owner said on Monday.',
        'The company did not say what would happen to the smelter boiler house, which also heats some 2,500 homes in the town.',
        'About 1,800 homes in the valley lose power in most winter storms.',
      ].join('\n'),
    }),
  ]);

  it('is refused where the passage tells nothing of the verb of those things, and kept where it does or counts a noun asked', () => {
    expect(smelter.ask('how many ppl work at the boiler house').answered).toBe(false);
    expect(smelter.ask('how many people lose power in winter storms').answer?.text).toBe('About 1,800');
    expect(smelter.ask('how many ppl lose their jobs at the smelter').answer?.text).toBe('420');
  });
});

describe('a figure in a sentence about another body than the one asked', () => {
  const takeover = createRetriever([
    buildStory({
      id: 'takeover',
      article: [
        'Brenmoor Foods has agreed to buy rival Tallis Dairy for 900 million pounds, the two companies said on Monday.',
        'Brenmoor, based in Leeds, reported revenue of 4.1 billion pounds last year.',
        'Tallis, founded in 1952, employs about 2,300 people at six plants in Wales.',
        'Analysts said Brenmoor was paying a fair price for Tallis.',
        'The deal needs the approval of the competition regulator, Brenmoor said.',
        'Tallis shares rose 12% in London after the announcement.',
        'Brenmoor expects the deal to close in March, when Tallis will leave the stock market.',
      ].join('\n'),
    }),
  ]);

  it('is refused where the sentence names the other body and not the one asked, and kept for the body it names', () => {
    expect(takeover.ask('how much revenue did tallis make last year').answered).toBe(false);
    expect(takeover.ask('how much revenue did brenmoor make last year').answer?.text).toBe('4.1 billion pounds');
    expect(takeover.ask('how many people work for tallis').answer?.text).toBe('about 2,300');
  });
});

describe('a figure in a sentence about another country than the one asked', () => {
  const vessel = createRetriever([
    buildStory({
      id: 'vessel',
      article: [
        'Portugal and Greece agreed on Monday to build a joint survey vessel for 300 million euros.',
        'Greece alone will put in about 180 million euros, according to officials in Athens.',
        'Portugal will build the hull at a shipyard in Porto.',
        'The vessel will carry 40 scientists from Portugal and Greece.',
        'Portugal and Greece first discussed the project in 2021.',
      ].join('\n'),
    }),
  ]);

  it('is refused where the sentence names the other country and not the one asked', () => {
    expect(vessel.ask('how much will portugal put in').answered).toBe(false);
    expect(vessel.ask('how much will greece put in').answer?.text).toBe('about 180 million euros');
  });
});

describe('"how deep", "how tall", answered by a length along', () => {
  const canal = createRetriever([
    buildStory({
      id: 'canal',
      article: [
        'The Varrow Canal, which runs 64 kilometres across the province from Tessaly to the sea, opened in 1901.',
        'Its old lighthouse, which stands 31 metres high, was restored last year.',
      ].join('\n'),
    }),
  ]);

  it('is refused where the sentence tells a length along and no height or depth', () => {
    expect(canal.ask('how deep is the canal').answered).toBe(false);
    expect(canal.ask('how long is the canal').answer?.text).toBe('64 kilometres');
    expect(canal.ask('how tall is the lighthouse').answer?.text).toBe('31 metres');
  });
});

describe('a yes/no question on "too" ("r the baggage handlers striking too")', () => {
  const walkout = createRetriever([
    buildStory({
      id: 'walkout',
      article: [
        'Pilots at the regional airline Skyvale walked out on Monday at the start of a three-day strike over pay.',
        "The pilots' union is demanding a 10% pay rise and said its members would strike again in May if the airline did not improve its offer.",
        'Skyvale cancelled 140 flights and said its ground staff would help stranded passengers.',
      ].join('\n'),
    }),
  ]);

  it('asks about its subject, which the passage must write', () => {
    expect(walkout.ask('r the baggage handlers striking too').answered).toBe(false);
    expect(walkout.ask('is the union striking too').answered).toBe(true);
  });
});

describe('"how much did X cost", answered by what another thing "would cost"', () => {
  const nurses = createRetriever([
    buildStory({
      id: 'nurses',
      article: [
        'Nurses in Tarvik voted on Tuesday to accept a pay deal, ending a dispute that led to four strikes this year.',
        'Health Minister Ola Brenn said the deal would cost the government about 600 million crowns over three years.',
        'The strikes closed wards at six hospitals.',
      ].join('\n'),
    }),
  ]);

  it('reads the thing costed past the auxiliary ("the deal would cost"), and refuses another', () => {
    expect(nurses.ask('how much did the strikes cost').answered).toBe(false);
    expect(nurses.ask('how much will the deal cost').answer?.text).toBe('about 600 million crowns');
  });
});

describe('"when will X happen", answered by a year before the story', () => {
  const appeal = createRetriever([
    buildStory({
      id: 'appeal',
      meta: { published: '2025-06-12' },
      article: [
        'A court in Varnby on Thursday sentenced the art dealer Oskar Lind to six years in prison for selling fake paintings.',
        'Lind, who has been under house arrest since 2022, will remain at home until his appeal is decided, the judge said.',
        'His lawyer said the appeal would be heard in 2026.',
      ].join('\n'),
    }),
  ]);

  it('is refused where the only date is the earlier one, and answered by a date ahead', () => {
    expect(appeal.ask('when is the appeal gonna be decided').answered).toBe(false);
    expect(appeal.ask('when will the appeal be heard').answer?.text).toBe('2026');
  });

  it('reads "when can" as asking about what is to come', () => {
    const town = createRetriever([
      buildStory({
        id: 'town-evacuated',
        meta: { published: '2025-06-12' },
        article: 'About 300 people were evacuated from Ostrava Dolni on Monday when the dam cracked. Residents who returned to the town in 2001 after the last flood said they were afraid.',
      }),
    ]);
    expect(town.ask('when can the evacuated ppl return').answered).toBe(false);
  });

  it('reads "when r they VERB-ing" as asking about what is arranged to come', () => {
    const search = createRetriever([
      buildStory({
        id: 'hull-search',
        meta: { published: '2025-06-12' },
        article: 'Divers recovered nine bodies from the hull on Monday morning, and two navy ships kept up the search for 12 missing passengers.',
      }),
    ]);
    expect(search.ask('when r they calling off the search').answered).toBe(false);
    expect(search.ask('when did divers recover the bodies').answer?.text).toBe('Monday morning');
  });
});

describe('a question about what is to come, answered by a passage whose "from" or "by" dates nothing', () => {
  const zoo = createRetriever([
    buildStory({
      id: 'zoo',
      article: [
        'A zoo in Halder said on Monday its two brown bears had been moved from the old enclosure to a larger one.',
        "The zoo's director, Mia Dahl, said visitors had welcomed the move.",
        'The zoo will open a new penguin pool from May 1.',
      ].join('\n'),
    }),
  ]);

  it('is refused: "moved from the old enclosure" tells of no time ahead, "from May 1" does', () => {
    expect(zoo.ask('will the zoo move the bears').answered).toBe(false);
    expect(zoo.ask('when will the penguin pool open').answer?.text).toBe('May 1');
  });
});

describe('"who owns X", answered by someone the sentence only places there', () => {
  const coin = createRetriever([
    buildStory({
      id: 'coin',
      article: [
        'A silver coin from the 9th century was found in March by Lena Vik, who was picking apples in an orchard near the village of Sandvik.',
        'The old mill in the village is owned by the farmer Tomas Berg.',
      ].join('\n'),
    }),
  ]);

  it('is refused where no word of owning or control stands there', () => {
    expect(coin.ask('who owns the orchard').answered).toBe(false);
    expect(coin.ask('who owns the mill').answer?.text).toBe('Tomas Berg');
  });
});

describe('a country the story never names', () => {
  const wolves = createRetriever([
    buildStory({
      id: 'wolf-countries',
      article:
        'Wolves were set free in the hills of northern Scotland on Tuesday. In Austria and Slovenia, where wolves returned in the 1990s, each pack killed fewer than ten sheep a year. The Carrow River separates the forest from the U.S. air base. A conference on the release will be held in Munich in May.',
    }),
  ]);

  it('is one the story tells nothing of, though other countries stand near it in meaning', () => {
    const a = wolves.ask('when did italy bring wolves back');
    expect(a.answered).toBe(false);
    expect(a.missing).toContain('italy');
  });

  it('is named by its demonym too, and a demonym alone is not judged: it may describe what the story names', () => {
    expect(wolves.ask('when did the austrians bring wolves back').answer?.text).toBe('1990s');
    expect(wolves.ask('which american river runs by the forest').answer?.text).toBe('Carrow River');
    expect(wolves.ask('which german city will host the conference').answer?.text).toBe('Munich');
  });
});
