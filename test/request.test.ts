import { describe, expect, it } from 'vitest';
import { UsageError } from '../src/errors.js';
import { commands } from '../commands/index.js';
import { parseFlags, takeLineFlags } from '../src/flags.js';
import { parseMessage, parseRequest, parseWords, splitArguments } from '../src/request.js';

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
    // A command's name alone, as a phone punctuates it, when it needs nothing more; "who?" is a question.
    ['help?', { command: 'help', options: {} }],
    ['Timeline.', { command: 'timeline', options: {} }],
    ['/sources!', { command: 'sources', options: {} }],
    ['who?', { command: 'ask', options: { question: 'who?' } }],
    ['ask?', { command: 'ask', options: { question: 'ask?' } }],
  ])('%s', (text, request) => {
    expect(parseMessage(text, catalogue)).toEqual(request);
  });

  it('has nothing to say for an empty line, and a clear error for a bad command line', () => {
    expect(parseMessage('   ', catalogue)).toBeUndefined();
    expect(() => parseMessage('/nope', catalogue)).toThrow(/Unknown command "\/nope"/);
    expect(() => parseMessage('quote mood:angry', catalogue)).toThrow('/quote has no option "mood"');
  });
});

describe('repeated options', () => {
  it('refuses an option given twice, wherever options are read from text', () => {
    expect(() => parseMessage('quote speaker:Tusk speaker:Trump', catalogue)).toThrow('speaker: is given twice; /quote takes it once.');
    expect(() => parseRequest(['who', 'name:a', 'NAME:b'], catalogue)).toThrow(/name: is given twice/);
    expect(() => parseMessage('/quote about: drones about:"oil"', catalogue)).toThrow(/about: is given twice/);
    // A lone empty option is no value, not a second one.
    expect(parseMessage('quote speaker: speaker:Tusk', catalogue)).toEqual({ command: 'quote', options: { speaker: 'Tusk' } });
  });
});

describe('parseWords (the command line’s arguments)', () => {
  it('reads arguments as the console reads a line: a command, or else a question', () => {
    expect(parseWords(['where did they meet?'], catalogue)).toEqual({ command: 'ask', options: { question: 'where did they meet?' } });
    expect(parseWords(['who', 'is', 'Tusk?'], catalogue)).toEqual({ command: 'ask', options: { question: 'who is Tusk?' } });
    expect(parseWords(['ask', 'question:Where did they meet?'], catalogue)).toEqual({ command: 'ask', options: { question: 'Where did they meet?' } });
    expect(parseWords(['quote', 'about:drone attack'], catalogue)).toEqual({ command: 'quote', options: { about: 'drone attack' } });
  });
});

describe('parseFlags', () => {
  it('reads flags anywhere, with = or a separate value', () => {
    expect(parseFlags(['--story=seed', 'timeline', '--json', '-h'])).toEqual({ flags: { story: 'seed', json: true, help: true }, rest: ['timeline'] });
    expect(parseFlags(['ask', '--', '--story'])).toEqual({ flags: { json: false, help: false }, rest: ['ask', '--story'] });
  });

  it.each([
    [['--story', 'a', '--story', 'b'], '--story is given twice; give it once.'],
    [['--json', '--json'], '--json is given twice; give it once.'],
    [['--story', '--json'], '--story needs a value, e.g. --story ID.'],
    [['--json=yes'], '--json takes no value.'],
    [['--colour'], /^Unknown flag --colour\. Flags: --knowledge DIR, --story ID, --json, --image FILE, -h, --help\.$/],
  ])('refuses %j in one line', (argv, message) => {
    expect(() => parseFlags(argv)).toThrow(message);
  });
});

describe('takeLineFlags (a console line)', () => {
  it('takes --story ID and --help out of the line and leaves the rest as typed', () => {
    expect(takeLineFlags('quote  speaker:"A B" --story seed about:x')).toEqual({ text: 'quote  speaker:"A B" about:x', story: 'seed', help: false });
    expect(takeLineFlags('--story=seed Where did  they meet?')).toEqual({ text: 'Where did  they meet?', story: 'seed', help: false });
    expect(takeLineFlags('who --help')).toEqual({ text: 'who', story: undefined, help: true });
    expect(takeLineFlags('is it -5 -- or less?')).toEqual({ text: 'is it -5 -- or less?', story: undefined, help: false });
  });

  it('refuses a flag the console does not take, a repeated --story and one without a value', () => {
    expect(() => takeLineFlags('timeline --json')).toThrow(/--json is for the command line/);
    expect(() => takeLineFlags('timeline --story a --story b')).toThrow('--story is given twice');
    expect(() => takeLineFlags('timeline --story')).toThrow('--story needs a value');
  });
});
