/** What a passage says was kept back (src/search/withheld.ts): which kinds of answer, and where. */
import { describe, expect, it } from 'vitest';
import { tokenize } from '../src/search/terms.js';
import { withheldIn } from '../src/search/withheld.js';

function kinds(text: string): string[] {
  return withheldIn(text, tokenize(text)).flatMap((w) => (w.kinds === 'any' ? ['any'] : [...w.kinds].sort()));
}

describe('withheldIn', () => {
  it.each([
    ['The sources declined to name the buyer.', ['person']],
    ['Police declined to confirm the driver’s identity or where she had been going.', ['person', 'place']],
    ['The company did not say how much it paid.', ['number']],
    ['Production will continue, though it did not say for how long.', ['number']],
    ['Veda Foods was sold for an undisclosed fee last year.', ['number']],
    ['An unnamed official said the talks had stalled.', ['person']],
    ['He will be paid a bonus, the terms of which have not been disclosed.', ['number']],
    ['He declined to give a figure.', ['number']],
    ['Police confirmed the arrest but gave no details of the charges.', ['any']],
    ['The club would not say when the stadium would reopen.', ['date']],
    ['The terms of the deal have not been disclosed.', ['number']],
    ['The value of the contract was not disclosed.', ['number']],
  ])('%s → %j', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  it.each([
    'The final count was not published until March 3, 2011.',
    'The cause of the fault is still unidentified.',
    'The minister declined to comment.',
    'The council named Ana Ruiz as its new chair.',
    'The firm did not say anything else, and 300 jobs will go.',
    // (A word that is a key of every plain object.)
    'The constructor figures were revised.',
  ])('keeps nothing back in "%s"', (text) => {
    expect(kinds(text)).toEqual([]);
  });

  it('ends what is kept back at the clause', () => {
    const text = 'It charged two engineers, whom it did not name, and the contractor responsible for maintenance.';
    const tokens = tokenize(text);
    const [w] = withheldIn(text, tokens);
    expect(tokens.slice(w!.from, w!.to).map((t) => t.word)).toEqual(['whom', 'it', 'did', 'not', 'name']);
  });
});

describe('the words of a withholding a reply quotes', () => {
  const shown = (text: string) => {
    const tokens = tokenize(text);
    return withheldIn(text, tokens).map((w) => text.slice(tokens[w.shown]!.start, tokens[w.shownTo - 1]!.end));
  };

  it.each([
    ['The company agreed to sell its ferry unit to an unnamed buyer, its chief executive said.', 'an unnamed buyer'],
    ['The company did not say how much it paid.', 'did not say how much it paid'],
    ['The price, which has not been disclosed, was paid in cash.', 'The price, which has not been disclosed'],
    ['The terms of the deal have not been disclosed.', 'The terms of the deal have not been disclosed'],
  ])('%s → %s', (text, expected) => {
    expect(shown(text)).toEqual([expected]);
  });

  it('tells what question a withholding leaves open', () => {
    const [why] = withheldIn('It will close the plant, but did not say why.', tokenize('It will close the plant, but did not say why.'));
    expect(why).toMatchObject({ opens: 'why', bare: true });
    const [whether] = withheldIn('He declined to say whether the club would appeal.', tokenize('He declined to say whether the club would appeal.'));
    expect(whether).toMatchObject({ opens: 'whether' });
    expect(whether!.bare).toBeUndefined();
  });
});
