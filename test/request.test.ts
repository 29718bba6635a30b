import { describe, expect, it } from 'vitest';
import { UsageError } from '../src/errors.js';
import { commands } from '../commands/index.js';
import { parseMessage, parseRequest, splitArguments } from '../src/request.js';

const catalogue = commands.map((c) => c.definition);

describe('splitArguments', () => {
  it('keeps quoted stretches together, straight and curly', () => {
    expect(splitArguments('quote speaker:Tusk about:"drone attack"')).toEqual(['quote', 'speaker:Tusk', 'about:drone attack']);
    expect(splitArguments('ask question:“Where did they meet?”  ')).toEqual(['ask', 'question:Where did they meet?']);
  });

  it('leaves apostrophes inside words alone and lets an unclosed quote run to the end', () => {
    expect(splitArguments("what's Tusk's view")).toEqual(["what's", "Tusk's", 'view']);
    expect(splitArguments('ask "unclosed question')).toEqual(['ask', 'unclosed question']);
  });
});

describe('parseRequest', () => {
  it('reads name:value options, case-insensitively, with or without a slash', () => {
    expect(parseRequest(['/Quote', 'SPEAKER:Tusk', 'about:drones'], catalogue)).toEqual({
      command: 'quote',
      options: { speaker: 'Tusk', about: 'drones' },
    });
  });

  it('puts bare words into the first free text option', () => {
    expect(parseRequest(['who', 'Donald', 'Tusk'], catalogue).options).toEqual({ name: 'Donald Tusk' });
    expect(parseRequest(['ask', 'where', 'is', 'it:', 'here'], catalogue).options).toEqual({
      question: 'where is it: here',
    });
  });

  it('takes a value after a lone "name:", unless the next word is an option itself', () => {
    expect(parseRequest(['ask', 'question:', 'Why now?'], catalogue).options).toEqual({ question: 'Why now?' });
    expect(parseRequest(splitArguments('quote speaker: about:drones'), catalogue).options).toEqual({ about: 'drones' });
    expect(parseRequest(splitArguments('quote about:drones speaker:'), catalogue).options).toEqual({ about: 'drones' });
  });

  it('refuses a plain line and an unknown name:value option of a named command', () => {
    expect(() => parseRequest(splitArguments('Where did they meet?'), catalogue)).toThrow(UsageError);
    expect(() => parseRequest(['quote', 'colour:red'], catalogue)).toThrow(/\/quote has no option "colour"/);
  });

  it('refuses stray words for a command without text options', () => {
    expect(() => parseRequest(['timeline', 'please'], catalogue)).toThrow(/does not take "please"/);
  });
});

describe('parseMessage', () => {
  it.each([
    ['timeline', { command: 'timeline', options: {} }],
    ['quote speaker:Tusk about:"drone attack"', { command: 'quote', options: { speaker: 'Tusk', about: 'drone attack' } }],
    ['/who Tusk', { command: 'who', options: { name: 'Tusk' } }],
    ['ask where did they meet?', { command: 'ask', options: { question: 'where did they meet?' } }],
    ['Where did they meet?', { command: 'ask', options: { question: 'Where did they meet?' } }],
    ['what happened at 10:30?', { command: 'ask', options: { question: 'what happened at 10:30?' } }],
    // Starts with a command's name, but reads as a question: asked word for word, quotes kept.
    ['who is Tusk?', { command: 'ask', options: { question: 'who is Tusk?' } }],
    ['Who said "running out fast"?', { command: 'ask', options: { question: 'Who said "running out fast"?' } }],
    ['timeline of the talks?', { command: 'ask', options: { question: 'timeline of the talks?' } }],
  ])('%s', (text, request) => {
    expect(parseMessage(text, catalogue)).toEqual(request);
  });

  it('has nothing to say for an empty line, and a clear error for a bad command line', () => {
    expect(parseMessage('   ', catalogue)).toBeUndefined();
    expect(() => parseMessage('/nope', catalogue)).toThrow(/Unknown command "\/nope"/);
    expect(() => parseMessage('quote mood:angry', catalogue)).toThrow('/quote has no option "mood"');
  });
});
