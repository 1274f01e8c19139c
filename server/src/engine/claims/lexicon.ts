/**
 * Word lists behind claim and attribution detection. They are data, kept apart from the
 * logic so they can be reviewed (and extended by users) without reading the code.
 */

/** Verbs (and a few multi-word forms) that introduce what somebody says. */
export const REPORTING_VERBS = [
  'said', 'says', 'say', 'stated', 'states', 'told', 'tells', 'noted', 'notes', 'explained', 'explains',
  'announced', 'announces', 'added', 'adds', 'reiterated', 'reiterates', 'confirmed', 'confirms', 'denied',
  'denies', 'claimed', 'claims', 'insisted', 'insists', 'recalled', 'recalls', 'warned', 'warns', 'stressed',
  'stresses', 'emphasised', 'emphasized', 'emphasises', 'emphasizes', 'underlined', 'underscored', 'pointed out',
  'points out', 'argued', 'argues', 'reported', 'reports', 'wrote', 'writes', 'declared', 'declares',
  'acknowledged', 'acknowledges', 'admitted', 'admits', 'asserted', 'asserts', 'commented', 'remarked',
  'observed', 'replied', 'responded', 'answered', 'clarified', 'specified', 'indicated', 'mentioned',
  'informed', 'assured', 'believes', 'believed', 'thinks', 'estimated', 'estimates', 'predicted', 'promised',
  'pledged', 'vowed', 'threatened', 'accused', 'urged', 'called on', 'called for', 'demanded', 'suggested',
  'revealed', 'disclosed', 'briefed', 'summed up', 'put it', 'quoted', 'cited', 'named', 'listed',
  'outlined', 'voiced', 'expressed', 'conceded', 'predicts', 'expects', 'hopes', 'hoped',
  'welcomed', 'condemned', 'criticised', 'criticized', 'rejected', 'dismissed', 'described', 'called', 'attributed',
  'blamed', 'expected',
  // Base forms, for plural subjects: "experts believe", "observers note".
  'note', 'believe', 'argue', 'fear', 'expect', 'predict', 'estimate', 'warn', 'claim', 'suggest', 'think', 'insist',
  'describe', 'report', 'confirm', 'deny', 'stress', 'point out', 'agree'
]

/** Past participles for passive reports: "was stated by X", "it is believed". */
export const REPORTING_PARTICIPLES = [
  'stated', 'said', 'reported', 'announced', 'confirmed', 'noted', 'told', 'voiced', 'expressed', 'declared',
  'explained', 'claimed', 'denied', 'quoted', 'cited', 'published', 'written', 'made public', 'disclosed',
  'revealed', 'described', 'conveyed', 'communicated', 'brought'
]

/** Nouns that stand for an unnamed source when they head the subject. */
export const VAGUE_SOURCES = [
  'source', 'sources', 'expert', 'experts', 'analyst', 'analysts', 'observer', 'observers', 'official',
  'officials', 'insider', 'insiders', 'diplomat', 'diplomats', 'critic', 'critics', 'commentator',
  'commentators', 'people', 'person', 'some', 'many', 'others', 'reports', 'media', 'rumours', 'rumors',
  'estimates', 'witness', 'witnesses', 'resident', 'residents', 'specialist', 'specialists', 'scientists',
  'researchers', 'economist', 'economists', 'historians', 'participant', 'participants', 'trader', 'traders',
  'investor', 'investors', 'someone', 'somebody'
]

/** Modifiers that keep a source anonymous: "Kremlin sources", "a diplomatic source". */
export const ANONYMISING_MODIFIERS = [
  'a', 'an', 'one', 'two', 'several', 'some', 'many', 'unnamed', 'anonymous', 'informed', 'senior', 'junior',
  'diplomatic', 'military', 'government', 'security', 'intelligence', 'western', 'kremlin', 'ukrainian',
  'russian', 'american', 'european', 'us', 'u.s.', 'eu', 'turkish', 'chinese', 'high-ranking', 'well-placed',
  'knowledgeable', 'independent', 'other', 'local', 'foreign', 'familiar', 'close', 'our', 'their', 'his',
  'her', 'the', 'these', 'those', 'such', 'various', 'multiple', 'credible', 'reliable', 'leading', 'most',
  'media', 'news', 'press', 'unconfirmed', 'preliminary'
]

/** Phrases that are themselves weasel sourcing, wherever they stand. */
export const VAGUE_PHRASES = [
  /\bit (?:is|was|has been|had been) (?:believed|reported|said|understood|alleged|claimed|rumou?red|thought|known|suggested|assumed|argued|widely (?:believed|reported|thought))\b/i,
  /\b(?:is|are|was|were) (?:believed|reported|said|alleged|rumou?red|thought|understood) to\b/i,
  /\b(?:reportedly|rumou?redly)\b/i,
  /\baccording to (?:some |several |many |unconfirmed |media |press |preliminary )?(?:reports|estimates|rumou?rs|data)\b/i,
  /\b(?:people|persons|sources) (?:familiar with|close to|aware of)\b/i,
  /\bthere are (?:reports|suggestions|indications|rumou?rs)\b/i,
  /\b(?:some|many) (?:say|believe|argue|claim|suggest|think|fear)\b/i,
  /\b(?:rumou?rs|reports) (?:say|suggest|indicate|claim|have it)\b/i
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

/** Subjects that point back to the last speaker rather than name one. */
export const PRONOUNS = ['he', 'she', 'they', 'his', 'her']

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
