/**
 * Word lists behind claim and attribution detection. They are data, kept apart from the
 * logic so they can be reviewed (and extended by users) without reading the code.
 */

/**
 * Verbs that report what somebody said or wrote, by how much they need to count as a report:
 * - `speech`: a report on their own ("said", "told", "warned");
 * - `complement`: only with what was said after them ("added that...", "claimed the deal was...", not
 *   "claimed the prize");
 * - `act`: speech acts with an object ("criticised the plan", "called for talks");
 * - `document`: what documents and polls do ("a poll shows", "the report found", "the editorial read");
 * - `cognition`: beliefs, which are the author's account of a named person's mind but weasel
 *   sourcing with an unnamed subject ("experts believe");
 * - `passive-only`: reports only in the passive with an agent ("was conveyed by X").
 */
const VERBS: Record<VerbClass, string[]> = {
  speech: [
    'say', 'tell', 'tweet', 'announce', 'declare', 'warn', 'deny', 'confirm', 'reveal', 'disclose', 'testify', 'insist',
    'stress', 'emphasise', 'emphasize', 'explain', 'reply', 'retort', 'quip', 'joke', 'boast', 'complain', 'lament', 'concede',
    'acknowledge', 'admit', 'argue', 'assert', 'contend', 'predict', 'promise', 'pledge', 'vow', 'threaten', 'suggest', 'caution',
    'reiterate', 'allege', 'muse', 'remark', 'comment', 'recall', 'counter', 'wonder', 'speculate', 'underline', 'underscore',
    'clarify', 'specify', 'inform', 'assure', 'exclaim', 'proclaim', 'concur', 'mention', 'opine', 'respond', 'summarise',
    'summarize', 'affirm', 'estimate', 'forecast', 'recount', 'hint', 'plead', 'grumble', 'state', 'demur', 'interject', 'scoff', 'rebut', 'posit', 'surmise'
  ],
  complement: ['brief', 'name', 'attribute', 'continue', 'charge', 'add', 'note', 'write', 'report', 'repeat', 'claim', 'post', 'observe', 'answer', 'ask', 'maintain', 'conclude', 'point', 'signal', 'indicate', 'cite', 'quote', 'express', 'voice', 'call', 'agree'],
  act: [
    'describe', 'accuse', 'blame', 'criticise', 'criticize', 'condemn', 'denounce', 'decry', 'praise', 'mock', 'slam', 'blast', 'dismiss',
    'reject', 'question', 'defend', 'thank', 'congratulate', 'apologise', 'apologize', 'urge', 'demand',
    'lambaste', 'liken', 'rebuke', 'chide', 'ridicule', 'deride', 'fault', 'scold', 'attack', 'label',
    'dub', 'brand', 'advise', 'recommend', 'propose', 'invite', 'implore', 'beg', 'warn', 'object', 'protest', 'vouch'
  ],
  document: ['show', 'find', 'read', 'indicate', 'conclude', 'suggest', 'estimate', 'project', 'state', 'say', 'note', 'add', 'list', 'detail'],
  cognition: ['believe', 'think', 'fear', 'expect', 'hope', 'feel', 'doubt', 'assume'],
  'passive-only': ['convey', 'communicate', 'voice', 'publish', 'bring', 'make'],
  event: ['speak', 'talk', 'address', 'interview', 'lecture', 'preach', 'campaign', 'rally']
}

export type VerbClass = 'speech' | 'complement' | 'act' | 'document' | 'cognition' | 'passive-only' | 'event'

const IRREGULAR: Record<string, string[]> = {
  say: ['said'], tell: ['told'], write: ['wrote', 'written'], find: ['found'], read: ['read'], show: ['shown'], think: ['thought'],
  feel: ['felt'], bring: ['brought'], make: ['made'], forecast: ['forecast'], speak: ['spoke', 'spoken']
}
const DOUBLED = new Set(['admit', 'commit', 'snap', 'plan', 'refer', 'label', 'signal', 'quip', 'regret', 'demur', 'concur', 'rebut', 'prefer'])

/** Every written form of a verb: "say" → say, says, said, saying. */
function inflect(lemma: string): string[] {
  const [first, ...rest] = lemma.split(' ')
  const tail = rest.length > 0 ? ` ${rest.join(' ')}` : ''
  const stem = DOUBLED.has(first!) && !/ed$/.test(first!) ? first! + first!.at(-1) : first!
  const third = /(?:s|sh|ch|x|z|o)$/.test(first!) ? `${first}es` : /[^aeiou]y$/.test(first!) ? `${first!.slice(0, -1)}ies` : `${first}s`
  const past = /e$/.test(first!) ? `${first}d` : /[^aeiou]y$/.test(first!) ? `${first!.slice(0, -1)}ied` : `${stem}ed`
  const ing = /[^e]e$/.test(first!) ? `${first!.slice(0, -1)}ing` : `${stem}ing`
  return [first!, third, past, ing, ...(IRREGULAR[first!] ?? [])].map((form) => form + tail)
}

/** Each form, lower case, to the strongest class of a verb it can belong to. */
export const VERB_FORMS = new Map<string, VerbClass>()
for (const verbClass of ['event', 'passive-only', 'cognition', 'document', 'act', 'complement', 'speech'] as const) {
  for (const lemma of VERBS[verbClass]) for (const form of inflect(lemma)) VERB_FORMS.set(form, verbClass)
}

export function verbClass(form: string): VerbClass | undefined {
  return VERB_FORMS.get(form)
}

/** Every form of the reporting verbs proper, for other rules ("X said" marks X as a speaker). */
export const REPORTING_VERBS = [...VERB_FORMS].filter(([, kind]) => kind === 'speech').map(([form]) => form)

/** Verbs that say a statement was not made: "declined to comment", "refused to say". */
export const ABSENCE_VERBS = /^(?:declin|refus|fail|neglect|hesitat)/

/** What speaks through writing: documents, polls and data. */
export const DOCUMENT_NOUNS = new Set([
  'poll', 'polls', 'survey', 'report', 'study', 'statement', 'editorial', 'letter', 'memo', 'memorandum', 'document', 'tweet',
  'post', 'ad', 'advertisement', 'release', 'filing', 'record', 'records', 'data', 'analysis', 'book', 'article', 'column',
  'transcript', 'email', 'e-mail', 'website', 'site', 'sign', 'banner', 'headline', 'decree', 'readout', 'communique',
  'communiqué', 'resolution', 'complaint', 'lawsuit', 'indictment', 'ruling', 'verdict', 'order', 'bill', 'law', 'platform',
  'video', 'message', 'note', 'figures', 'estimate', 'estimates', 'census', 'tally', 'count', 'projection', 'forecast',
  'paper', 'newspaper', 'magazine', 'blog', 'op-ed', 'speech', 'interview', 'remarks', 'testimony', 'chart', 'map', 'table',
  'polling', 'result', 'results', 'filing', 'filings', 'numbers', 'statistics', 'surveys', 'studies', 'reports', 'documents',
  'emails', 'messages', 'tweets', 'posts', 'ads', 'letters', 'notes', 'minutes', 'findings', 'evidence', 'research', 'audit', 'ranking', 'rankings', 'index'
])

/** Honorifics and titles that belong to a name: "Mr. Rubio", "Sen. Ted Cruz". */
export const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'sgt', 'prof', 'rev', 'st', 'hon', 'sir', 'dame', 'lord', 'lady'])

/** Nouns that stand for an unnamed source when they head the subject. */
export const VAGUE_SOURCES = new Set([
  'source', 'sources', 'expert', 'experts', 'analyst', 'analysts', 'observer', 'observers', 'official', 'officials', 'insider',
  'insiders', 'diplomat', 'diplomats', 'critic', 'critics', 'commentator', 'commentators', 'people', 'person', 'some', 'many',
  'others', 'rumours', 'rumors', 'witness', 'witnesses', 'resident', 'residents', 'specialist',
  'specialists', 'scientists', 'researchers', 'economist', 'economists', 'historians', 'participant', 'participants', 'trader',
  'traders', 'investor', 'investors', 'someone', 'somebody', 'aide', 'aides', 'adviser', 'advisers', 'advisor', 'advisors',
  'strategist', 'strategists', 'ally', 'allies', 'supporter', 'supporters', 'operative', 'operatives', 'staffer', 'staffers',
  'loyalist', 'loyalists', 'confidant', 'confidants', 'associate', 'associates', 'insiders', 'republicans', 'democrats',
  'conservatives', 'liberals', 'progressives', 'activists', 'lawmakers', 'legislators', 'members', 'pundits', 'detractors',
  'opponents', 'skeptics', 'sceptics', 'proponents', 'advocates', 'observers', 'onlookers', 'bystanders', 'experts', 'veterans',
  'donors', 'voters', 'americans', 'citizens', 'users', 'fans', 'employees', 'workers', 'officers', 'scholars', 'academics',
  'most', 'several', 'few', 'one', 'another', 'everyone', 'nobody', 'anyone', 'leaders', 'groups', 'organizations',
  'organisations', 'activists', 'campaigners', 'protesters', 'residents', 'locals', 'families', 'parents', 'students', 'teachers',
  'doctors', 'economists', 'pollsters', 'consultants',
  'observers', 'watchers', 'veterans', 'colleagues', 'friends', 'relatives', 'neighbors', 'neighbours', 'fellows', 'scholars',
  'those', 'backers', 'boosters', 'insiders', 'figures', 'loyalists', 'members', 'users', 'commenters', 'readers', 'viewers'
])

/** Modifiers that keep a source anonymous: "Kremlin sources", "a diplomatic source". */
export const ANONYMISING_MODIFIERS = new Set([
  'a', 'an', 'one', 'two', 'several', 'some', 'many', 'unnamed', 'anonymous', 'informed', 'senior', 'junior', 'diplomatic',
  'military', 'government', 'security', 'intelligence', 'western', 'kremlin', 'ukrainian', 'russian', 'american', 'european',
  'us', 'u.s.', 'eu', 'turkish', 'chinese', 'high-ranking', 'well-placed', 'knowledgeable', 'independent', 'other', 'local',
  'foreign', 'familiar', 'close', 'our', 'their', 'his', 'her', 'these', 'those', 'such', 'various', 'multiple', 'credible',
  'reliable', 'leading', 'most', 'media', 'news', 'press', 'unconfirmed', 'preliminary', 'top', 'white', 'house', 'campaign'
])

/** Sources who asked not to be named. */
export const ANONYMITY = /\b(?:on|under) (?:the )?condition(?:s)? of anonymity\b|\b(?:requested|asked for|asking for|requesting|granted) anonymity\b|\b(?:asked|declined) not to be (?:named|identified)\b|\bnot authori[sz]ed to (?:speak|comment|discuss)\b|\bspoke anonymously\b/i

/** Adverbs that hedge a claim on hearsay; inside a speaker's statement they are the speaker's words. */
export const VAGUE_HEDGES = /\b(?:reportedly|rumou?redly|allegedly|purportedly|supposedly)\b/i

/** Phrases that are themselves weasel sourcing, wherever they stand. */
export const VAGUE_PHRASES = [
  /\bit (?:is|was|has been|had been) (?:widely |generally |often )?(?:believed|reported|said|understood|alleged|claimed|rumou?red|thought|known|suggested|assumed|argued)\b/i,
  /\b(?:is|are|was|were) (?:widely |generally )?(?:believed|reported|said|alleged|rumou?red|thought|understood) to\b/i,
  /\baccording to (?:some |several |many |unconfirmed |media |press |preliminary |news |published )?(?:reports|rumou?rs|sources|accounts)\b/i,
  /\b(?:people|persons|sources|those|someone|one) (?:familiar with|close to|aware of|briefed on|with knowledge of)\b/i,
  /\bthere (?:are|were|have been) (?:reports|suggestions|indications|rumou?rs|claims)\b/i,
  /\b(?:some|many|others) (?:say|said|believe|argue|claim|suggest|think|fear|contend|insist)\b/i,
  /\b(?:rumou?rs|reports) (?:say|said|suggest|indicate|claim|have it)\b/i,
  // "has been criticised for..." with nobody said to have done it.
  /\b(?:has|have|had) (?:also )?been (?:widely |roundly |heavily |repeatedly |sharply )?(?:criticized|criticised|accused|blamed|condemned|described|called|labeled|labelled|dubbed|branded|derided|mocked)\b(?![^.;]{0,100}\bby\b)/i
]
/** Nouns for people by office or role, and for institutions that speak. */
export const ROLE_NOUNS = [
  'president', 'prime minister', 'premier', 'chancellor', 'minister', 'deputy', 'secretary', 'spokesman',
  'spokeswoman', 'spokesperson', 'press secretary', 'aide', 'adviser', 'advisor', 'assistant', 'head', 'chief',
  'chair', 'chairman', 'chairwoman', 'director', 'commander', 'general', 'ambassador', 'envoy', 'representative',
  'governor', 'mayor', 'speaker', 'leader', 'negotiator', 'ombudsman', 'ombudswoman', 'commissioner',
  'prosecutor', 'judge', 'senator', 'deputy', 'lawmaker', 'mp', 'official', 'ministry', 'department',
  'office', 'kremlin', 'government', 'cabinet', 'administration', 'agency', 'service', 'delegation',
  'committee', 'council', 'parliament', 'duma', 'rada', 'embassy', 'mission', 'staff', 'command', 'army',
  'forces', 'court', 'bank', 'company', 'newspaper', 'agency', 'outlet', 'broadcaster', 'channel',
  'publication', 'magazine', 'journal', 'website', 'portal', 'bureau', 'institute', 'centre', 'center',
  'organisation', 'organization', 'union', 'alliance', 'side', 'party', 'coalition', 'statement', 'decree',
  'document', 'report', 'memorandum', 'readout', 'communique', 'communiqué', 'letter', 'study', 'survey',
  'press service', 'press office', 'spokespeople', 'foreign ministry', 'defence ministry', 'defense ministry',
  'club', 'federation', 'association', 'league', 'firm', 'university', 'hospital', 'police', 'prosecutors',
  'regulator', 'authority', 'municipality', 'city hall', 'team', 'group', 'fund', 'watchdog', 'inspectorate',
  'secretariat', 'presidium', 'headquarters', 'air force', 'navy', 'governor\'s office', 'mayor\'s office'
]

/** Capitalised words that start sentences without naming anyone. */
export const FUNCTION_WORDS = new Set(
  (
    'a an the this that these those there here it its he she they we you i his her their our my your ' +
    'in on at by for with from to of as and but or nor so yet if when while after before since during ' +
    'although though because however meanwhile moreover also still then thus therefore instead besides ' +
    'later earlier previously now today yesterday tomorrow tonight according among other others another ' +
    'such all both each every some many most several few no not only even just about around over under ' +
    'between against within without into onto upon through throughout despite unlike like what which ' +
    'who whom whose where why how whether regarding concerning following given overall indeed first ' +
    'second third finally last next once again further furthermore additionally nevertheless nonetheless ' +
    'nobody everyone everybody someone somebody anyone anybody none nothing ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june ' +
    'july august september october november december'
  ).split(' ')
)

/** Openings of sentences that guide the reader instead of asserting something. */
export const SIGNPOSTS = [
  /^what (?:is|was|we) (?:known|said|know)\b/i,
  /^what (?:was|is) said\b/i,
  /^(?:below|above|here),? (?:we|is|are)\b/i,
  /^(?:this|the present|our) (?:briefing|note|report|section|paper|memo|summary|update|digest|overview|chapter)\b/i,
  /^in this (?:briefing|note|report|section|paper|memo|update)\b/i,
  /^we (?:summari[sz]e|look|outline|review|describe|set out|consider|examine|discuss|turn|begin|start|focus|list|present)\b/i,
  /^(?:the )?following (?:section|table|list|paragraphs?)\b/i,
  /^(?:see|read|compare|note|consider|cf\.?)\b/i,
  /^for (?:details|more|further)\b/i,
  /^(?:contents|summary|key points|background|sources|notes|annex|appendix)\b:?$/i,
  /\bis in the \w+ (?:material|article|report|piece)\.?$/i,
  /^let us\b/i,
  /^to (?:sum up|summari[sz]e|conclude)\b/i,
  /^the (?:table|chart|map|list|figure|graph|timeline)\b(?: below| above)? (?:lists|shows|sets out|gives|summari[sz]es|compares)\b/i
]

/** The label that marks the author's own judgement. */
export const ASSESSMENT_LABEL = /^\s*(?:\*\*|__)?assessment:?(?:\*\*|__)?:?\s/i

export const WEASEL_SUBJECTS = /^(?:\w+\s+){0,3}?(?:sources?|experts?|analysts?|observers?|officials?|diplomats?|insiders?|critics?|commentators?|economists?|specialists?|scientists?|researchers?|people|persons?|some|many|others|most|few|several|everyone|everybody|someone)\b/i

export const TIME_WORDS = /^(?:today|yesterday|tonight|week|weeks|month|months|year|years|day|days|morning|afternoon|evening|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/

export const PARTISANS = /^(?:democrats?|republicans?|conservatives?|liberals?|progressives?|moderates?|independents?|libertarians?|centrists?|partisans?|hardliners?|loyalists?|gopers?)$/

export const NATIONALITY = /(?:an|ian|ese|ish|i|ch|ic)$/

export const FAMILY = /^(?:wife|husband|son|daughter|father|mother|brother|sister|spouse|partner|lawyer|attorney|spokesman|spokeswoman|spokesperson|press secretary|chief of staff|deputy)$/

export const COLLECTIVES = /^(?:array|number|handful|host|slew|couple|series|range|chorus|string|bunch|lot|dozens|hundreds|thousands|crowd|group|coalition|team|panel)$/

export const QUANTIFIERS = /^(?:several|some|many|most|few|numerous|various|multiple|other|countless|certain|two|three|four|five|six|seven|eight|nine|ten|dozens)$/

/** Nouns for a person: someone unidentified when written with "a" or "one". */
export const PERSON_NOUN = /^(?:\w*(?:ist|ian|man|woman|person)|maker|forecaster|player|defender|commentator|chair|hand|green|attendee|child|boy|girl|teen|teenager|mother|father|parent|resident|neighbor|caucusgoer|caucus-goer|superdelegate|elector|member|official|aide|source|delegate|fellow|staffer|ally|adviser|advisor|insider|diplomat|expert|lawmaker|senator|congressman|congresswoman|resident|voter|supporter|critic|organizer|organiser|volunteer|worker|employee|officer|agent|investigator|reporter|journalist|producer|consultant|friend|relative|neighbou?r|student|teacher|doctor|lawyer|attorney|prosecutor|donor|professor|scholar|director|manager|chairman|executive|operative|strategist|observer|witness|participant|trader|investor|user|leader|commander|soldier|veteran|candidate|nominee|backer|booster|loyalist|confidant|associate|colleague|insider|activist|campaigner|protester|protestor|analyst|economist|official|bureaucrat|functionary|negotiator|envoy|ambassador|minister|deputy|spokesperson)$/

export const SPOKESPEOPLE = /^(?:spokes(?:man|woman|person|people)|representative|press secretary|secretary|campaign|committee|company|agency|organi[sz]ation|group|firm|network|newspaper|station|party|government|ministry|office|court|board|panel|commission|council)$/

export const TITLE_WORDS = new Set(['state', 'secretary', 'minister', 'president', 'senator', 'governor', 'representative', 'general', 'chairman', 'director', 'leader', 'speaker', 'spokesman', 'spokeswoman', 'ambassador', 'mayor', 'judge', 'justice', 'chief', 'deputy', 'vice', 'prime', 'foreign', 'defense', 'defence', 'attorney', 'commissioner', 'chancellor', 'premier', 'candidate', 'nominee'])

export const ISSUES = /^(?:issu|releas|sen|put|publish|pen|post|circulat|distribut|air|run|writ|wrote|written)(?:e|es|ed|ing|t|s|ting|ning|s)?$/

export const STATEMENTS = /^(?:statement|statements|letter|memo|release|op-ed|column|communiqu[eé]|readout|tweet|note|declaration|response|rebuttal|ad|ads|advertisement|video|essay|editorial|message|email|e-mail)$/

/** Adverbs the tagger sometimes reads as verbs ("She further announced"). */
export const ADVERBS = new Set(['further', 'also', 'then', 'later', 'again', 'still', 'just', 'even', 'never', 'once', 'now', 'recently', 'previously', 'repeatedly', 'publicly', 'privately', 'often', 'earlier', 'quickly', 'immediately', 'initially', 'subsequently', 'separately', 'similarly', 'likewise', 'simply', 'flatly', 'firmly', 'angrily', 'bluntly', 'openly', 'reportedly'])

/** Roles one person holds for another: "his lawyer", "her campaign manager" identify someone. */
export const UNIQUE_ROLES = /^(?:lawyer|attorney|counsel|manager|chairman|chairwoman|chair|deputy|successor|predecessor|biographer|physician|doctor)$/

/** Who stays anonymous even with "the": "the officials said" without having named them. */
export const STOCK_ANONYMOUS = /^(?:sources|officials|aides|advisers|advisors|diplomats|insiders|people|experts|analysts|observers|critics|allies|strategists|operatives|staffers|others|many|some|most|few|several)$/
