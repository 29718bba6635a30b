/**
 * General English word lists the retriever needs (the function words are knowledge/vocabulary.ts's): the words
 * that ask a question, and the words that tell what kind of answer a question wants. Nothing here
 * is about any one story.
 */
import { COUNTRIES } from '../knowledge/countries.js';
import { wordTable } from './word-table.js';

/** Currency names that are everyday English words first ("won", "real"), and none. */
const NOT_CURRENCIES = new Set(['won', 'real', 'bonds', 'sol', 'kip']);

/** Of those, the currencies a scale names before them: "1.9 trillion won" is money, "Korea won" is not. */
const SCALED_CURRENCIES: ReadonlySet<string> = new Set(['won', 'real', 'sol', 'kip']);

/** Whether `word`, after `before`, is a currency that is an everyday word too, named after a scale ("trillion won"). */
export function scaledCurrency(word: string | undefined, before: string | undefined): boolean {
  return SCALED_CURRENCIES.has(word ?? '') && SCALE_WORDS.has(before ?? '');
}

/**
 * The world's currencies by the last word of their name, and its plural ("shilling", "shillings",
 * "dinars", "zloty"), from the world-countries package, written as the tokenizer writes words.
 */
const CURRENCY_WORDS: readonly string[] = [
  ...new Set(
    COUNTRIES.flatMap((c) => Object.values(c.currencies ?? {}).map((currency) => (currency as { name: string }).name.split(/\s+/).at(-1)!))
      .map((word) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase())
      .filter((word) => /^\p{Ll}+$/u.test(word) && !NOT_CURRENCIES.has(word)),
  ),
].flatMap((word) => [word, `${word}s`]);

/**
 * Currency words the package's names leave out: plurals English borrows from the currency's language ("150 million
 * reais"), and the English name wire services give the Nordic and Czech currencies ("52 billion Swedish crowns").
 */
const BORROWED_PLURALS: readonly string[] = ['reais', 'lire', 'leva', 'lei', 'crown', 'crowns'];

/** Words that open a question ("whats": apostrophes dropped); never topic words. */
export const QUESTION_WORDS: ReadonlySet<string> = new Set(
  `what when where who whom whose which why how whats whos hows wheres`.split(/\s+/),
);

/**
 * The kinds of answer a question can ask for: a name is a person's or a body's; a source is an
 * outlet or platform that reported something.
 */
export type AnswerKind = 'date' | 'name' | 'number' | 'place' | 'reason' | 'source';

/** A question word alone that fixes the kind of answer. */
export const KIND_OF_QUESTION_WORD: Readonly<Record<string, AnswerKind>> = wordTable({
  when: 'date',
  who: 'name',
  whos: 'name',
  wheres: 'place',
  whom: 'name',
  whose: 'name',
  where: 'place',
  why: 'reason',
});

/** "how X" questions that want a number. */
export const HOW_NUMBER: ReadonlySet<string> = new Set(
  `many much long old far large big tall high often fast heavy deep wide hot cold warm`.split(/\s+/),
);

/** "how big", "how large", "how small": a size, of whatever measure but time. */
export const SIZE_WORDS: ReadonlySet<string> = new Set(['big', 'large', 'small', 'huge']);

/**
 * Nouns of a value a story gives as a figure ("whats the fine", "whats the interest rate", "what was the toll"): what a
 * question asks with one is a number, which a story that gives none does not tell.
 */
export const VALUE_NOUNS: ReadonlySet<string> = new Set(`rate fine fee tax salary wage bid rent fare budget rating toll turnout profit revenue income debt valuation deficit surplus`.split(/\s+/));

/**
 * Nouns of what a figure is that a story may give without the noun ("what are the odds of winning": "1 in 300 million"):
 * a question with one asks for a number too, without VALUE_NOUNS' check that the story writes the noun.
 */
const FIGURE_NOUNS: ReadonlySet<string> = new Set(['odds', 'chance', 'chances', 'target', 'tally', 'count']);

/** Nouns after "what"/"which" that fix the kind of answer ("what year", "which city"). */
export const KIND_OF_NOUN: Readonly<Record<string, AnswerKind>> = wordTable({
  year: 'date',
  years: 'date',
  date: 'date',
  day: 'date',
  month: 'date',
  century: 'date',
  decade: 'date',
  time: 'date',
  era: 'date',
  season: 'date',
  number: 'number',
  amount: 'number',
  percentage: 'number',
  percent: 'number',
  proportion: 'number',
  share: 'number',
  fraction: 'number',
  size: 'number',
  cost: 'number',
  price: 'number',
  age: 'number',
  score: 'number',
  total: 'number',
  ...Object.fromEntries([...VALUE_NOUNS, ...FIGURE_NOUNS].map((noun) => [noun, 'number' as const])),
  name: 'name',
  person: 'name',
  man: 'name',
  woman: 'name',
  // As readers write them: "which rescued guy called his wife".
  guy: 'name',
  lady: 'name',
  official: 'name',
  leader: 'name',
  player: 'name',
  team: 'name',
  company: 'name',
  organisation: 'name',
  organization: 'name',
  firm: 'name',
  airline: 'name',
  carrier: 'name',
  insurer: 'name',
  operator: 'name',
  station: 'source',
  radio: 'source',
  outlet: 'source',
  newspaper: 'source',
  paper: 'source',
  network: 'source',
  channel: 'source',
  broadcaster: 'source',
  agency: 'source',
  website: 'source',
  publication: 'source',
  magazine: 'source',
  place: 'place',
  city: 'place',
  town: 'place',
  country: 'place',
  nation: 'place',
  state: 'place',
  region: 'place',
  location: 'place',
  continent: 'place',
  province: 'place',
  county: 'place',
  island: 'place',
});

/**
 * What a number is a number of, when the question says: "what percentage" wants a percent, "what
 * year" a year, "how far" a length, "how long" a length or a time, "how much ... cost" money.
 */
export type Measure = 'percent' | 'year' | 'day' | 'money' | 'time' | 'length' | 'weight' | 'volume' | 'area' | 'age' | 'speed' | 'temperature';

/** Nouns after "what"/"which" that fix the measure too. */
export const MEASURE_OF_NOUN: Readonly<Record<string, readonly Measure[]>> = wordTable({
  percentage: ['percent'],
  percent: ['percent'],
  year: ['year'],
  years: ['year'],
  day: ['day'],
  cost: ['money'],
  price: ['money'],
  profit: ['money'],
  revenue: ['money'],
  income: ['money'],
  debt: ['money'],
  valuation: ['money'],
  // (A budget's gap is told as a share of the economy as often as a sum: "a deficit of 3.1% of GDP".)
  deficit: ['money', 'percent'],
  surplus: ['money', 'percent'],
  rate: ['percent'],
  size: ['length', 'weight'],
  weight: ['weight'],
});

/**
 * The nouns news English describes an outlet with, by the kind of outlet they say it is ("the Tarsa news agency", "the
 * commercial radio station Kestrel FM"): a question that asks for one kind ("which agency reported it") is not answered by an
 * outlet the story calls another ("the newspaper Valmont Courier reported"). "outlet" and "media" say no kind.
 */
export const OUTLET_KINDS: readonly ReadonlySet<string>[] = [
  new Set(['agency', 'wire']),
  new Set(['newspaper', 'paper', 'daily', 'weekly', 'tabloid']),
  new Set(['broadcaster', 'radio', 'station', 'tv', 'television', 'channel']),
  new Set(['magazine', 'journal']),
  new Set(['website', 'site', 'blog']),
];

/** "how X" questions that fix the measure. */
export const MEASURE_OF_HOW: Readonly<Record<string, readonly Measure[]>> = wordTable({
  long: ['time', 'length'],
  far: ['length'],
  tall: ['length'],
  // "how high is the wall", "how high could the fee go".
  high: ['length', 'money', 'percent'],
  deep: ['length'],
  wide: ['length'],
  // "how old is the new champ": an age, which news English gives by its form ("Sethuraman, 21,", "the 24-year-old").
  old: ['age'],
  often: ['time'],
  heavy: ['weight'],
  // "how fast does the yacht go": a speed ("80 km/h", "12 knots"); "how fast did it sell out": the time it took ("in under
  // three hours"); "how fast are wages rising": a share over a time ("7% a year"). Never a length alone ("an 11-metre yacht").
  fast: ['speed', 'time', 'percent'],
  // "how cold was it": a temperature ("minus 5 degrees", "47 C").
  hot: ['temperature'],
  cold: ['temperature'],
  warm: ['temperature'],
});

/** Words in a "how much" question that make it about money: paying, and what is paid ("tax", "fee"). */
export const MONEY_VERBS: ReadonlySet<string> = new Set(
  `cost costs costed pay pays paid spend spends spent worth price earn earns earned raise raised charge charged buy bought fund funded budget
  fine fines fined owe owes owed lose loses lost offer offers offered bid bids tax taxes fee fees fare fares rent
  salary salaries wage wages bill bills revenue revenues profit profits income turnover earnings debt debts loan loans
  funding`.split(/\s+/),
);

/**
 * Sums of money of different sense, by the word a story tells them with ("a net loss of 40 million pounds", "the expedition
 * cost 4.5 million pesos", "valued at $2 billion"): a sum lost is no worth, nor a cost what a fund raised. Paying, and
 * what is paid, go with any sense ("paid a $5 million fine", "pays a salary of").
 */
export const MONEY_SENSES: Readonly<Record<string, string>> = (() => {
  const senses: Record<string, string> = {};
  const groups: Record<string, string> = {
    worth: 'worth value values valued valuation valuing',
    gain: 'earn earns earned earning',
    // (What is left of the takings is not all of them: a revenue is no profit, nor a profit the revenue; earning is either.)
    profit: 'profit profits earnings income',
    revenue: 'revenue revenues turnover',
    // (Not a gift, what the giver spends and the fund raises: "donated thousands of dollars to bail them out".)
    raised: 'raise raises raised raising funding',
    debt: 'owe owes owed owing debt debts loan loans borrow borrowed borrowing',
    // (A penalty is no other cost: "how much was the fine" is not answered by what a leak "cost the depot".)
    fine: 'fine fines fined penalty penalties',
    // (What something costs someone is what they lose: "the strike was costing the port about 2 million dollars a day".)
    cost: 'cost costs costed costing spend spends spent spending price prices priced buy buys bought buying sell sells sold selling lose loses lost losing loss losses',
  };
  for (const [sense, words] of Object.entries(groups)) for (const w of words.split(' ')) senses[w] = sense;
  return wordTable(senses);
})();

/** The senses of a sum that answer a question asked with a sense: what a firm earned is its takings or its profit. */
export function answersSense(asked: ReadonlySet<string>, told: string): boolean {
  // (A fine is a cost to whoever pays it: "how much did the leak cost them", "fined 2 million euros".)
  return (
    asked.has(told) ||
    (asked.has('gain') && (told === 'profit' || told === 'revenue')) ||
    (told === 'gain' && (asked.has('profit') || asked.has('revenue'))) ||
    (told === 'fine' && asked.has('cost'))
  );
}

/** Words of a question that asks for a whole: "how many in total", "altogether", "in her whole life". */
export const TOTAL_WORDS: ReadonlySet<string> = new Set(['total', 'altogether', 'overall', 'whole']);

/** Nouns whose amount is a share: "how much did the bank raise its rate" asks for a percent, whatever the verb. */
export const SHARE_NOUNS: ReadonlySet<string> = new Set(
  `rate rates inflation unemployment growth turnout tariff tariffs interest margin margins yield yields majority`.split(/\s+/),
);

/**
 * Words of a change or a comparison: "how much did they raise the price by", "how much cheaper were
 * the fees" asks for the change, which news English gives as a share as often as a sum ("by 45%",
 * "about 40% below").
 */
export const CHANGE_WORDS: ReadonlySet<string> = new Set(
  `by up down rise rises rose risen raise raises raised increase increases increased cut cuts lower lowered fall falls fell fallen
  drop drops dropped grow grows grew grown climb climbed jump jumped reduce reduced boost boosted hike hiked slash slashed
  higher cheaper dearer more less bigger smaller`.split(/\s+/),
);

/**
 * Words by which a passage tells that a figure changed, before it ("fell 3.8%", "shrank by 0.3%", "jumped 29%", "an
 * increase of 20%"): the verbs and nouns of CHANGE_WORDS and the others news English uses for markets and figures.
 */
export const CHANGE_VERBS: ReadonlySet<string> = new Set([
  ...[...CHANGE_WORDS].filter((w) => !['by', 'up', 'down', 'higher', 'cheaper', 'dearer', 'more', 'less', 'bigger', 'smaller'].includes(w)),
  ...`shrink shrank shrunk shrinking rising falling dropping growing climbing jumping increasing cutting lowering raising
  slide slid sliding plunge plunged plunging soar soared soaring surge surged surging tumble tumbled tumbling decline declined
  declining gain gained gaining sink sank slump slumped dip dipped ease eased widen widened narrow narrowed shed added lost
  double doubled triple tripled halve halved decrease decreased`.split(/\s+/),
]);

/** Units of time a rate is counted in: "7% a year", "60 km per hour" (not "years" alone). */
export const TIME_UNITS: ReadonlySet<string> = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year']);

/** Words that only qualify the unit after them: "3,400 nautical miles" (a unit word itself, for "3,400 nautical"). */
export const UNIT_QUALIFIERS: ReadonlySet<string> = new Set(['nautical']);

/** Words that say what a number measures, after it ("40 percent", "3 km", "five years") or before it ("$5", "£2"). */
export const MEASURE_WORDS: Readonly<Record<Measure, ReadonlySet<string>>> = {
  percent: new Set(['percent', 'percentage']),
  // A year is told by its form (1854), a day by a weekday or a month's date, an age by the words around it, not by a word beside them.
  year: new Set<string>(),
  day: new Set<string>(),
  age: new Set<string>(),
  money: new Set([...`$ £ € ¥ dollar dollars pound pounds euro euros yen yuan rupee rupees franc francs mark marks cent cents usd gbp eur`.split(/\s+/), ...CURRENCY_WORDS, ...BORROWED_PLURALS]),
  time: new Set([...[...TIME_UNITS].flatMap((unit) => [unit, `${unit}s`]), ...`decade decades century centuries old`.split(/\s+/)]),
  weight: new Set(`tonne tonnes ton tons kg kilogram kilograms kilo kilos gram grams lb lbs ounce ounces`.split(/\s+/)),
  length: new Set(
    `metre metres meter meters m km kilometre kilometres kilometer kilometers mile miles mi foot feet ft inch inches cm mm centimetres centimeters millimetre millimetres millimeter millimeters yard yards nautical`.split(/\s+/),
  ),
  volume: new Set(`litre litres liter liters l ml gallon gallons barrel barrels bpd`.split(/\s+/)),
  area: new Set(`hectare hectares ha acre acres`.split(/\s+/)),
  // (A length over a time is a speed too, "11 kilometres per second", "80 km/h": see speedUnit.)
  speed: new Set(`knot knots mph kph kmh`.split(/\s+/)),
  // ("40°C", "47 C": the sign of degrees is no word, the scale's letter is.)
  temperature: new Set(`degree degrees celsius fahrenheit c f`.split(/\s+/)),
};

/** Units of time as written after a slash: "km/h", "m/s", "litres/min". */
export const PER_TIME: ReadonlySet<string> = new Set(['h', 'hr', 's', 'sec', 'min']);

/** Whether the length unit at `k` of `words` is counted over a time, a speed: "km/h" (read "km h"), "m/s", "kilometres per second", "miles an hour". */
export function speedUnit(words: readonly string[], k: number): boolean {
  if (!MEASURE_WORDS.length.has(words[k] ?? '')) return false;
  const next = words[k + 1] ?? '';
  return PER_TIME.has(next) || ((next === 'per' || next === 'a' || next === 'an') && TIME_UNITS.has(words[k + 2] ?? ''));
}

/** What a plain "how much" asks for ("how much did germany chip in", "how much leaked"): an amount of some measure, not a count of things. */
export const AMOUNTS: readonly Measure[] = ['money', 'percent', 'weight', 'length', 'volume', 'area', 'time'];

/** Every word of measure and currency ("km", "percent", "usd"), of whatever measure. */
export const UNIT_WORDS: ReadonlySet<string> = new Set(Object.values(MEASURE_WORDS).flatMap((words) => [...words]));

/**
 * Hedges a reader adds for emphasis ("when do the new rules actually start", "where exactly"): they
 * say how the reader asks, not what about, so they are no topic words of the question.
 */
export const EMPHASIS_WORDS: ReadonlySet<string> = new Set(`actually exactly really even basically literally anyway anyways`.split(/\s+/));

/**
 * Words a reader's question leans on that name nothing a story must say: verbs of mere happening
 * or coming about ("what day did the verdict come out"), "thing" and "stuff", and hedges
 * ("actually", "exactly"). The story never lacks them: they are not reported missing, nor do they
 * decide whether the story speaks of the question's subject.
 */
export const VAGUE_WORDS: ReadonlySet<string> = new Set([
  ...`happen happens happened happening come comes came coming get gets got getting gotten thing things stuff`.split(/\s+/),
  // Anyone at all, as readers write it: "is everyone out", "was anybody hurt", "the guys stuck down there".
  ...`anyone anybody everyone everybody someone somebody guy guys ppl`.split(/\s+/),
  ...EMPHASIS_WORDS,
]);

/** Verbs of heading something ("who runs the agency", "who heads the group"), in the present: its head is named by a title. */
export const HEADING_VERBS: ReadonlySet<string> = new Set(['runs', 'run', 'heads', 'head', 'leads', 'lead', 'manages', 'manage']);

/** Nouns readers use for whoever heads something, whatever title the story gives them ("whos the museum boss": "the museum's director"). */
export const HEAD_NOUNS: ReadonlySet<string> = new Set(['boss', 'leader', 'chief', 'head']);

/** Titles of whoever heads an organisation, a company, a plant or a group. */
export const LEADER_TITLES: readonly string[] = `president director manager chief head chair chairman chairwoman chairperson leader boss executive founder governor`.split(/\s+/);

/** Words before a role that make it another role: a deputy mayor is not the mayor. */
export const ROLE_QUALIFIERS: ReadonlySet<string> = new Set(['deputy', 'vice', 'assistant']);

/** Words before a role that say which of its holders over time: "the new champion", "the previous owner". */
export const SUCCESSION_WORDS: ReadonlySet<string> = new Set(['new', 'old', 'current', 'previous', 'incoming', 'outgoing', 'former', 'ex', 'late']);

/** Kinds of place inside a country ("which city", "what town"): a country's name does not answer for one. */
export const PLACES_WITHIN: ReadonlySet<string> = new Set(
  `city town village county province district municipality suburb neighbourhood neighborhood port capital`.split(/\s+/),
);

/** Nouns that ask for a country ("which country", "what nations"): only a country's name answers. */
export const COUNTRY_NOUNS: ReadonlySet<string> = new Set(['country', 'nation']);

/** Nouns after "what"/"which" that only frame the question ("what kind of rock"): not topic words. */
export const FRAME_NOUNS: ReadonlySet<string> = new Set(['kind', 'type', 'sort']);

/** Verbs a question asks what someone said with: "what did X say", "how did X react". (In passages: the knowledge layer's SPEECH_VERBS.) */
export const ASKED_SPEECH: ReadonlySet<string> = new Set(
  `say tell think write post announce react respond reply comment feel describe claim argue admit confirm deny
  blame call warn suggest explain criticize criticise rebut`.split(/\s+/),
);

/**
 * Words that give a reason or a cause: what "why" asks for. News English gives the reason someone
 * acted in a clause after "saying" or "citing" ("voted to ban cars, saying shoppers were pushed out").
 */
export const REASON_WORDS: ReadonlySet<string> = new Set(
  `because due owing cause caused causes causing reason reasons result resulted led prompted sparked triggered
  thanks therefore hence consequently amid blame blamed blames blaming saying citing`.split(/\s+/),
);

/** Possessives before a noun: "his father", "her age". */
export const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'our']);

/** The articles. */
export const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/** Words that open a noun phrase: "to the fishermen", "his last", "a 2008 article", "this 1990s boom". */
export const DETERMINERS: ReadonlySet<string> = new Set([...ARTICLES, 'this', 'another', 'my', 'your', ...POSSESSIVE_PRONOUNS]);

/** Pronouns a clause opens with as its subject: the word after one is its verb ("it pays farmers"). */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they']);

/** Words that point back to something already named: "He", "It", "This", "Their". */
export const BACK_REFERENCES: ReadonlySet<string> = new Set(
  `he she it they him her them his hers its their this these those such`.split(/\s+/),
);


/** Month and weekday names: one copy, the knowledge layer's. */
export { MONTHS, WEEKDAYS } from '../knowledge/vocabulary.js';

/** Words that date an event without a number. */
export const DATE_WORDS: ReadonlySet<string> = new Set(
  `today yesterday tomorrow tonight ago century centuries decade decades annually weekly`.split(/\s+/),
);

/** Nouns that end the name of an event held at a time: "the 2006 BET Awards", "the 2008 Summer Olympics". */
export const EVENT_NOUNS: ReadonlySet<string> = new Set(
  `awards games olympics cup championship championships festival conference summit election elections expo fair convention congress ceremony tournament`.split(/\s+/),
);

/** Words for the scale of a number: "3 million", "two hundred", "thousands". */
export const SCALE_WORDS: ReadonlySet<string> = new Set(`hundred hundreds thousand thousands million millions billion billions trillion`.split(/\s+/));

/** Numbers written as words. */
export const NUMBER_WORDS: ReadonlySet<string> = new Set([
  ...`one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen
  eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety`.split(/\s+/),
  ...SCALE_WORDS,
  ...`dozen dozens half twice triple double quarter percent`.split(/\s+/),
]);

/** Numbers from zero to twenty as words, by value: "2 firms" and "two firms" are the same. */
const SMALL_NUMBERS = `zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
  sixteen seventeen eighteen nineteen twenty`.split(/\s+/);

/** The other way to write a small number: "2" for "two", "two" for "2". */
export function otherSpelling(word: string): string | undefined {
  if (/^\d+$/.test(word)) return SMALL_NUMBERS[Number(word)];
  const value = SMALL_NUMBERS.indexOf(word);
  return value >= 0 ? String(value) : undefined;
}

/** Ordinal numbers written as words. */
export const ORDINAL_WORDS: ReadonlySet<string> = new Set(
  `first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth twentieth hundredth last next`.split(/\s+/),
);

/** Prepositions that put a place after them ("in Paris", "near the border"). */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(
  `in at near from to across outside inside throughout into within toward towards`.split(/\s+/),
);

/** Auxiliaries that stand before their verb's subject in a question: "what did the mayor say", "who will they pick". */
export const AUXILIARIES: ReadonlySet<string> = new Set(['do', 'does', 'did', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should']);
/** The forms of "be" a question opens with: "who is ...", "what was ...". */
export const COPULAS: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were']);

/** Forms of "be" that make the verb after them passive: "was bought", "had been sold". */
export const BE_FORMS: ReadonlySet<string> = new Set([...COPULAS, 'be', 'been', 'being']);

/** What makes a verb after it passive, "get" too: "was anyone hurt", "got hurt". */
export const PASSIVE_MARKERS: ReadonlySet<string> = new Set([...BE_FORMS, 'get', 'gets', 'got', 'getting']);

/** The adverbs and prepositions that make a phrasal verb of the verb before them ("step down", "call off"). */
export const PARTICLES: ReadonlySet<string> = new Set(
  'about ahead along apart around away back down forward in into off on out over through together up'.split(' '),
);
