import { describe, expect, it } from 'vitest';
import { UsageError } from '../src/app.js';
import { commands } from '../commands/index.js';
import { parseRequest, tokenize } from '../src/request.js';

const catalogue = commands.map((c) => c.definition);

describe('tokenize', () => {
  it('keeps quoted stretches together, straight and curly', () => {
    expect(tokenize('quote speaker:Tusk about:"drone attack"')).toEqual(['quote', 'speaker:Tusk', 'about:drone attack']);
    expect(tokenize('ask question:“Where did they meet?”  ')).toEqual(['ask', 'question:Where did they meet?']);
  });

  it('leaves apostrophes inside words alone and lets an unclosed quote run to the end', () => {
    expect(tokenize("what's Tusk's view")).toEqual(["what's", "Tusk's", 'view']);
    expect(tokenize('ask "unclosed question')).toEqual(['ask', 'unclosed question']);
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

  it('takes a value after a lone "name:"', () => {
    expect(parseRequest(['ask', 'question:', 'Why now?'], catalogue).options).toEqual({ question: 'Why now?' });
  });

  it('turns a plain line into a question only when asked to', () => {
    expect(parseRequest(tokenize('Where did they meet?'), catalogue, { questions: true })).toEqual({
      command: 'ask',
      options: { question: 'Where did they meet?' },
    });
    expect(() => parseRequest(tokenize('Where did they meet?'), catalogue)).toThrow(UsageError);
    expect(() => parseRequest(['/nope'], catalogue, { questions: true })).toThrow(/Unknown command "\/nope"/);
  });

  it('refuses an unknown name:value option of a named command, but not colons in a plain question', () => {
    expect(() => parseRequest(['quote', 'colour:red'], catalogue)).toThrow(/\/quote has no option "colour"/);
    expect(parseRequest(tokenize('what happened at 10:30?'), catalogue, { questions: true }).options).toEqual({
      question: 'what happened at 10:30?',
    });
  });

  it('refuses stray words for a command without text options', () => {
    expect(() => parseRequest(['timeline', 'please'], catalogue)).toThrow(/does not take "please"/);
  });
});
