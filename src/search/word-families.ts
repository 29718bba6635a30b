/**
 * General English that stemming misses: irregular verb forms ("began" is "begin"), words derived
 * from one another ("decide", "decision"), and common synonyms ("buy", "purchase"). Nothing here
 * is about any one story; these are dictionary facts.
 */
import { wordTable } from './word-table.js';

/** Irregular past forms and participles → the verb. Forms that are also other words ("saw", "rose", "found") are left out. */
export const IRREGULAR: Readonly<Record<string, string>> = wordTable(
  Object.fromEntries(
  `arose:arise arisen:arise awoke:awake awoken:awake beaten:beat became:become began:begin begun:begin bent:bend
  bit:bite bitten:bite bled:bleed blew:blow blown:blow broke:break broken:break bred:breed brought:bring built:build
  burnt:burn bought:buy caught:catch chose:choose chosen:choose clung:cling came:come crept:creep dealt:deal dug:dig
  drew:draw drawn:draw dreamt:dream drank:drink drunk:drink drove:drive driven:drive ate:eat eaten:eat fallen:fall
  fed:feed felt:feel fought:fight fled:flee flung:fling flew:fly flown:fly forbade:forbid forbidden:forbid
  forgot:forget forgotten:forget forgave:forgive forgiven:forgive froze:freeze frozen:freeze got:get gotten:get
  gave:give given:give went:go gone:go grew:grow grown:grow hung:hang heard:hear hid:hide hidden:hide held:hold
  kept:keep knelt:kneel knew:know known:know led:lead leapt:leap learnt:learn left:leave lent:lend lost:lose made:make
  meant:mean met:meet paid:pay rode:ride ridden:ride rang:ring rung:ring risen:rise ran:run said:say seen:see
  sought:seek sold:sell sent:send shook:shake shaken:shake shone:shine shot:shoot shown:show shrank:shrink
  shrunk:shrink sang:sing sung:sing sank:sink sunk:sink sat:sit slept:sleep slid:slide spoke:speak spoken:speak
  sped:speed spent:spend spun:spin sprang:spring sprung:spring stood:stand stole:steal stolen:steal stuck:stick
  stung:sting struck:strike stricken:strike strove:strive striven:strive swore:swear sworn:swear swept:sweep
  swam:swim swum:swim swung:swing took:take taken:take taught:teach tore:tear torn:tear told:tell thought:think
  threw:throw thrown:throw trod:tread trodden:tread underwent:undergo undergone:undergo understood:understand
  undertook:undertake undertaken:undertake woke:wake woken:wake wore:wear worn:wear wove:weave woven:weave wept:weep
  won:win withdrew:withdraw withdrawn:withdraw wrote:write written:write overcame:overcome overtook:overtake
  overtaken:overtake oversaw:oversee overseen:oversee mistook:mistake mistaken:mistake foresaw:foresee
  foreseen:foresee upheld:uphold withstood:withstand forbore:forbear sewn:sew sown:sow swollen:swell`
    .split(/\s+/)
    .map((pair) => pair.split(':') as [string, string]),
  ),
);

/** Words of one family stand for one another, at the family's weight. */
export interface Family {
  words: readonly string[];
  /** Weight of a match through the family, against 1 for the word itself. */
  weight: number;
}

/** One idea in different word forms, where stems differ: "die", "death", "dead". */
const DERIVED_WEIGHT = 0.8;
/** Different words for much the same thing. */
const SYNONYM_WEIGHT = 0.6;

const DERIVED = `die died dies dying death deaths dead | born birth births | marry married marriage wed wedding |
  decide decided decision | succeed succeeded success successful | fail failed failure | explain explained explanation |
  describe described description | produce produced production product | destroy destroyed destruction |
  create created creation | discover discovered discovery | compete competition competitor | defend defence defense |
  lose loss | choose choice | sell sale | speak speech speaker | think thought | fly flight | true truth | young youth |
  hot heat | free freedom | poor poverty | able ability | deny denial | violent violence | high height | tall height |
  long length | wide width | spokesperson spokesman spokeswoman spokesmen spokeswomen spokespeople | deep depth | strong strength | heavy weight weigh | grow growth | pay payment |
  believe belief | prove proof | receive receipt reception | fight fighter | lead leader leadership | rule ruler |
  govern government governor | invade invasion invader | occupy occupation | reside resident residence |
  inhabit inhabitant | employ employer employee employment | attend attendance | perform performance |
  intend intention | add addition | divide division | expand expansion | extend extension | decline decrease |
  permit permission | admit admission | enter entry entrance | solve solution | absorb absorption | assume assumption |
  consume consumption | analyse analyze analysis | emphasise emphasize emphasis | criticise criticize criticism critic |
  apologise apologize apology | organise organize organisation organization | recognise recognize recognition |
  realise realize | colour color | centre center | theatre theater | favour favor | honour honor | labour labor |
  neighbour neighbor | harbour harbor | metre meter | litre liter | licence license |
  dollar dollars usd | euro euros eur | pound pounds gbp sterling`;

const SYNONYMS = `buy purchase acquire acquisition takeover buyout | big large huge vast enormous | small little tiny | begin start commence |
  end finish conclude | build construct erect | show demonstrate reveal indicate | use employ utilise utilize |
  help assist aid | increase rise rose grow expand | decrease decline drop reduce fall fell | important significant crucial vital essential |
  main chief principal primary | country nation | city town | army military troops forces soldiers |
  war conflict warfare | win victory triumph | lose defeat | say tell claim report announce declare remark talk speak statement interview comment |
  ask request demand urge | allow permit enable | stop halt cease | need require requirement necessary |
  try attempt | choose select pick | receive obtain gain | give provide grant | move relocate migrate |
  live reside dwell | job employment occupation | cost price expense | money funds funding cash |
  rich wealthy affluent | poor impoverished | law legislation statute | company firm business corporation enterprise |
  teach instruct educate | study research investigate investigation | find discover detect | invent devise |
  write author | post write tweet publish | picture image photo photograph | kind type sort variety category | part portion section share piece |
  whole entire | area region zone territory district | place location site | road street highway | ship boat vessel |
  car vehicle automobile | plane aircraft airplane aeroplane | house home residence dwelling | 
  child children kid kids | woman women female | man men male | doctor physician | disease illness sickness ill sick |
  medicine drug medication remedy | answer reply respond response | problem issue difficulty trouble |
  danger threat risk hazard | attack assault raid | damage harm ruin | protect defend guard |
  fast quick rapid swift | old ancient aged | new modern recent | near nearby adjacent | far distant remote |
  often frequently regularly commonly usually | angry anger furious outrage | criticise condemn denounce |
  agree agreement approve approval consent | refuse reject rejection deny | meet meeting conference |
  discuss discussion negotiate negotiation talk talks | plan scheme proposal propose | rule reign govern |
  elect election vote ballot | leave depart departure exit | arrive arrival reach | travel journey trip voyage |
  fight battle combat | injure injured injury hurt | save rescue | steal theft rob robbery | food meal |
  kill murder slay | die perish | clever intelligent smart | hard difficult tough |
  easy simple | correct accurate | wrong incorrect mistaken | goal aim objective purpose | reason cause motive |
  result outcome consequence effect | idea notion concept | method way technique approach | rule regulation |
  gift donation | prize award | boss manager director |
  worker employee staff | sea ocean | hill mountain | river stream | wood forest woods | shop store |
  film movie | song tune | game match fixture | stock stocks share shares | verdict ruling judgment judgement | hit strike | jail prison | fire blaze | crash collision | quarrel dispute argument |
  call called name named title titled term termed dub dubbed nickname nicknamed | former formerly previous previously earlier |
  introduce introduced launch launched unveil unveiled debut | compose composed write wrote written | perform performed play played`;

function parse(list: string, weight: number): Family[] {
  return list
    .split('|')
    .map((group) => group.trim().split(/\s+/))
    .filter((words) => words.length > 1)
    .map((words) => ({ words, weight }));
}

export const FAMILIES: readonly Family[] = [...parse(DERIVED, DERIVED_WEIGHT), ...parse(SYNONYMS, SYNONYM_WEIGHT)];

/** Whether a token is a verb's past form, in lower case: "arrived", "came". */
export function isPastVerb(t: { readonly word: string; readonly capital: boolean }): boolean {
  // (Not a noun in "-ed": "bed", "hundred".)
  return !t.capital && ((/[^e]ed$/.test(t.word) && t.word.length > 4 && t.word !== 'hundred') || (IRREGULAR[t.word] !== undefined && IRREGULAR[t.word] !== t.word));
}
