/**
 * General English word lists the story analysis leans on: speech verbs, role titles, prepositions,
 * words that mark organisations and places. Nothing here is specific to one story.
 */

function set(words: string): ReadonlySet<string> {
  return new Set(words.trim().split(/\s+/));
}

/**
 * Verbs that report speech or writing, in the forms a news story uses; forms that are more often
 * nouns ("state", "post", "calls", "claims") are left out.
 */
export const SPEECH_VERBS = set(`
  say says said saying tells told telling announce announces announced announcing
  warn warns warned warning write writes wrote writing posted posting suggest suggests suggested suggesting
  called calling adds added adding declare declares declared declaring
  insist insists insisted insisting argue argues argued arguing claimed claiming
  noted noting explain explains explained explaining asks asked asking replied replying
  responded responding describes described describing urges urged urging
  vowed vowing promised promising predicted predicting
  acknowledged acknowledging admits admitted admitting tweeted tweeting
  confirmed confirming cautioned cautioning complained complaining
  recalled recalling stressed stressing stated stating remarked accuses accused accusing
`);

/** Auxiliaries and common irregular past tenses: a capitalised name followed by one is a subject. */
export const FINITE_VERBS = set(`
  has had have is was were will would could can should may might must did does
  set drew gave made took met sent went came left won lost rose fell spoke found thought knew
  began became held kept led ran saw stood sought put got brought built bought chose
  broke struck spent paid flew fought sold grew threw drove wrote
`);

/** Words that may stand between a subject and its verb ("Lee now says", "Ruiz directly rebutted"). */
export const VERB_GAP = set('also now then later again first previously still once already has have had would will');

/** Titles that mark a person ("President", "spokeswoman"), lower-cased; "Prime" of "Prime Minister" is a modifier. */
export const ROLE_TITLES = set(`
  president vice-president premier chancellor minister secretary spokesman spokeswoman spokesperson
  senator governor mayor ceo cfo chairman chairwoman chair director chief commissioner ambassador
  king queen pope prince princess general admiral colonel captain lieutenant sergeant sheriff
  judge justice prosecutor attorney councillor councilman councilwoman councilor representative
  congressman congresswoman lawmaker leader founder owner superintendent inspector officer executive
  manager engineer analyst economist lawyer researcher scientist adviser advisor aide official coach
  professor dr mr mrs ms sen rep gov gen lt col capt prof
`);

/** Words that, lower-case before a role title, belong to it ("council president", "deputy mayor"). */
export const ROLE_MODIFIERS = set(`
  former acting deputy interim vice prime chief senior junior city council state federal county foreign
  defense defence finance interior fire police press company party outgoing retired local campaign
  assistant district
`);

/**
 * Titles that are part of how a person is called (rank, nobility, the clergy), unlike an office:
 * "Princess Obreskoff", "General Philip Sheridan", "Lord Howe", "the Rev. John Jenkins".
 */
export const TITLES_OF_ADDRESS = set(`
  sir dame lord lady rev reverend father saint pope cardinal archbishop bishop rabbi imam sheikh emperor empress
  king queen prince princess duke duchess baron baroness count countess general admiral colonel major
  captain lieutenant sergeant
`);

/** Abbreviated titles whose full stop does not end a name: "Rev. John Jenkins", "Gen. Ross". */
export const TITLE_ABBREVIATIONS = set('rev dr mr mrs ms prof gen col lt sgt capt gov sen rep fr st');

/** Honorifics: mark a person but are not a role worth reporting. */
export const HONORIFICS = set('mr mrs ms dr prof');

/** Words a role gives away about gender, for resolving he/she. */
export const FEMININE_ROLES = /\b(?:spokeswoman|chairwoman|councilwoman|congresswoman|queen|princess|mrs|ms)\b/i;
export const MASCULINE_ROLES = /\b(?:spokesman|chairman|councilman|congressman|king|prince|mr)\b/i;

/** Words in a name that make it an organisation. */
export const BODY_WORDS = set(`
  union house council ministry department agency authority commission committee parliament congress
  senate court office service services company corporation corp inc ltd group bank party army navy
  police university college institute association federation organization organisation alliance
  administration government fund board bureau foundation network league corps guard brigade
  motors airlines airways industries systems technologies holdings partners labs energy pharmaceuticals
  assembly hospital capital financial books reserve bakery academy chamber chambers consortium
  museum library gallery school
  logistics freight shipping lines seaways railways transport securities markets
  insurance ventures mining construction engineering foods brands telecom
`);

/**
 * Lower-case nouns for an organisation, standing before its name ("payments start-up Lumora",
 * "private equity firm …", "her publisher, …") or right after it ("the Diamant Huis shop"): the name
 * is a body.
 */
export const ORGANISATION_NOUNS = set(`
  firm company start-up startup carrier airline rival lender bank insurer retailer group publisher
  broadcaster club charity maker operator developer manufacturer supplier shop store society union brand
`);

/** Family words before a name in apposition ("her son, Peter"): the name is a person's. */
export const KIN_WORDS = set(`
  son daughter wife husband mother father brother sister partner widow widower grandson granddaughter
  grandmother grandfather niece nephew cousin
`);

/** Words in a name that make it a place. */
export const PLACE_WORDS = set(`
  river lake sea ocean bay gulf island islands mountain mountains valley street avenue road boulevard
  square bridge park county province state district city town village base airport station center
  centre port harbor harbour creek canal coast peninsula region lane glacier stadium hotel
  castle cathedral fortress monastery
`);

/** Words for a site people work at, which a name before them names ("the Tarbela dam", "the Grasberg mine"). */
export const SITE_WORDS = set('mine dam factory plant refinery quarry prison mill shipyard reactor');

/** Words in a name that mark a news outlet ("told the Eastfield Gazette"). */
export const MEDIA_WORDS = set(`
  news times post journal gazette herald tribune press telegraph guardian chronicle observer
  independent standard mail express daily weekly magazine radio tv television network channel review
  economist wire bulletin broadcasting newspaper broadcaster
`);

/** Prepositions: a name after one is not the subject of the sentence. */
export const PREPOSITIONS = set(`
  with to for of on in at by from against about over into toward towards than like between among
  under after before during without within via upon onto across near through
`);

/** Prepositions of place: a name after one is likely a place ("in Lisbon"). */
export const LOCATIVES = set('in into across near outside inside throughout around');
/** Prepositions that also take people and firms ("at Goldman Sachs", "against Brazil"): weaker evidence. */
export const WEAK_LOCATIVES = set('at from against over toward towards on');

/** Words that open a subordinate clause: a name after one is not the main subject. */
export const SUBORDINATORS = set('that if when whether because although though while as who which whom where');

/**
 * Function words, the one list: they name nothing and tell nothing about which passage answers.
 * Lower case, apostrophes dropped.
 * The last lines are the chat forms readers type for them ("w" with, "b4" before, "rn" right now).
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are aren arent as at be because been before being
  below between both but by can cannot cant could couldn couldnt did didn didnt do does doesn doesnt doing don dont
  down during each else ever few for from further had hadn hadnt has hasn hasnt have haven havent having he her here
  hers herself him himself his i if in into is isn isnt it its itself just let lets me more most must mustn mustnt my
  myself no nor not now of off on once onto only or other ought our ours ourselves out over own same shall shan shant she
  should shouldn shouldnt so some such than that thats the their theirs them themselves then there theres these they
  this those through to too toward towards under until up upon us very via was wasn wasnt we were weren werent what whats when where
  whether which while who whom whose why will with won wont would wouldn wouldnt you your yours yourself yourselves
  s t d ll m re ve
  w r u ur n abt b4 bc cuz coz thru til tho rn lol lmao pls plz ya yall nah tbh ngl idk imo btw omg gonna wanna
  gotta ok okay yeah yep hey im ive youre theyre hed mightve couldve wouldve shouldve mustve eachother
  anywhere somewhere everywhere nowhere`.split(/\s+/),
);

/**
 * Capitalised only because they start a sentence: function words, and the conjunctions, discourse
 * adverbs and indefinite pronouns that open sentences ("However", "Nobody").
 * (A capitalised word at a sentence start is also dropped when it never appears capitalised elsewhere.)
 */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  ...FUNCTION_WORDS,
  ...set(`
  yet since although though unless despite instead however meanwhile still later earlier even without within
  many several every either neither another how next last first
  nobody nothing everyone everybody everything someone somebody something anyone anybody anything one
`),
]);

export const WEEKDAYS = set('monday tuesday wednesday thursday friday saturday sunday');
export const MONTHS = set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec',
);

/** A demonym or other adjective of nationality: "Irish", "Brazilian", "European", "Chinese". */
export const DEMONYM = /^[A-Z][a-z]+(?:ian|ean|an|ese|ish|ic|i|ch)$/;
