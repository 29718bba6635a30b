/**
 * The answer words on stories written for the test: how English news sets names beside each other,
 * joins the words of one name, and keeps what a number or a date says with it.
 */
import { describe, expect, it } from 'vitest';
import { buildStory } from '../src/knowledge/load.js';
import { createRetriever } from '../src/search/index.js';

/** A retriever over one short story written for the test. */
function retrieverOf(id: string, article: string) {
  return createRetriever([buildStory({ id, article })]);
}

describe('names set beside each other', () => {
  const ferry = retrieverOf(
    'ferry',
    [
      'Ferry sinks in storm off the coast',
      'A rescue team led by the head of the National Coast Guard, Pablo Herrera, reached the wreck on Tuesday.',
      'The harbour master of Porto Velho, Ana Souza, said the vessel was overloaded.',
      'Kofi Mensah, Ama Boateng and Yaw Darko organised the search for survivors, officials said.',
    ].join('\n\n'),
  );

  it('answer "who is the ROLE" with the person after "ROLE of BODY," and not the body or place', () => {
    expect(ferry.ask('who led the rescue team').answer).toMatchObject({ text: 'Pablo Herrera', kind: 'person' });
    expect(ferry.ask('who is the harbour master').answer).toMatchObject({ text: 'Ana Souza', kind: 'person' });
  });

  it('still answer with a whole list that ends on "and"', () => {
    expect(ferry.ask('who organised the search for survivors').answer?.text).toBe('Kofi Mensah, Ama Boateng and Yaw Darko');
  });
});

describe('the words of one name', () => {
  it('keeps lower-case joiners inside a name ("Dar es Salaam", "Maria dos Santos")', () => {
    const port = retrieverOf('port', 'The new cranes were unloaded at a ceremony in Dar es Salaam on Friday.\n\nThe cranes were designed by the engineer Maria dos Santos, the port said.');
    expect(port.ask('what city were the cranes unloaded in').answer?.text).toBe('Dar es Salaam');
    expect(port.ask('who designed the cranes').answer?.text).toBe('Maria dos Santos');
  });
});

describe('a time before now', () => {
  const quarry = retrieverOf('quarry', 'The quarry was dug about 300 years ago and reaches 45 metres at its deepest point.\n\nIt was closed in 1990.');

  it('answers "how long ago" with the length of time and its "ago", not with a length', () => {
    expect(quarry.ask('how long ago was the quarry dug').answer).toMatchObject({ text: 'about 300 years ago', kind: 'number' });
  });

  it('keeps the hedge of a date told as a time ago', () => {
    expect(quarry.ask('when was the quarry dug').answer).toMatchObject({ text: 'about 300 years ago', kind: 'date' });
  });
});

describe('the thing the question speaks of', () => {
  const ferry = retrieverOf(
    'ferry-firm',
    [
      'Ferry sinks in storm',
      'The Lagos ferry is run by a private firm, Blue Wave Shipping, under a licence from the port authority.',
      'The Harbour Pilots Union said the ferry had failed two inspections.',
      'The collapse happened at the Varto mine near the town of Kessel.',
      'The deepest shaft in the region is the Kessel Shaft, which reaches 900 metres.',
    ].join('\n\n'),
  );

  it('is no answer to who runs it or where it is ("the Lagos ferry", "the Varto mine")', () => {
    expect(ferry.ask('who runs the ferry').answer?.text).toBe('Blue Wave Shipping');
    expect(ferry.ask('what town is the mine near').answer?.text ?? '').not.toBe('Varto');
  });

  it('answers when the question does not name it, or asks for its name', () => {
    expect(ferry.ask('who said the ferry failed inspections').answer?.text).toBe('Harbour Pilots Union');
    expect(ferry.ask('what is the name of the deepest shaft in the region').answer?.text).toBe('Kessel Shaft');
  });
});

describe('a place a common place names', () => {
  it('answers with the name after "the town of", "the village of"', () => {
    const crash = retrieverOf('crash', 'A cargo plane came down near the village of Oskova on Sunday, officials said.\n\nThe pilot was flown to a hospital in the town of Rettby.');
    expect(crash.ask('where did the plane come down').answer).toMatchObject({ text: 'Oskova', kind: 'place' });
    expect(crash.ask('what town was the pilot flown to').answer).toMatchObject({ text: 'Rettby', kind: 'place' });
  });
});

describe('what a number says', () => {
  const vote = retrieverOf(
    'quota',
    'Fleet quota raised\n\nThe fisheries minister said Norland would let its fleet land about 24% of the total advised by scientists, up from the 15% share it has claimed in recent years.\n\nPrices in the city are rising by almost 5% a year, the statistics office said.',
  );

  it('is the new figure, not what it rose from ("up from the 15% share")', () => {
    expect(vote.ask('what % is norland claiming now').answer?.text).toBe('about 24%');
  });

  it('is a rate with its time when the question asks how fast', () => {
    expect(vote.ask('how fast are prices rising in the city').answer?.text).toBe('almost 5% a year');
  });
});

describe('a time told in words', () => {
  const storm = retrieverOf(
    'storm-dawn',
    'Storm hits coast\n\nThe storm struck the fishing town of Velk before dawn on Monday, officials said.\n\nThe attack on the hospital began in the early hours of Tuesday, when staff found computers locked.',
  );

  it('answers "what time of day" with a time of day by its name ("before dawn")', () => {
    expect(storm.ask('what time of day did the storm strike').answer).toMatchObject({ text: 'before dawn', kind: 'date' });
  });

  it('keeps the part of the day a date is narrowed to ("the early hours of Tuesday")', () => {
    expect(storm.ask('when did the attack on the hospital begin').answer?.text).toBe('early hours of Tuesday');
  });
});

describe('a level a figure reaches', () => {
  it('answers "where do they see X" with the level after "to", hedge and number whole ("around 1.5%")', () => {
    const bank = retrieverOf('level', 'Rates cut again\n\nThe bank now sees inflation falling to around 1.5% by the end of the year, its forecast showed.\n\nOther news.');
    expect(bank.ask('where do they see inflation at the end of the year').answer).toMatchObject({ text: 'around 1.5%', kind: 'number' });
  });
});
