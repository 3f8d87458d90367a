/**
 * Decision reasons (../shared/spec/reasons.md): why a decision went its way, as the reviewer
 * states it in the rationale. Each code has its label, definition, the outcome it supports and
 * the cue patterns that show it, written from the spec's cue patterns. loaders/extract/reasons.ts
 * matches them clause by clause.
 *
 * A cue is a pattern (regex source, matched case-insensitively) and when it counts:
 *   `absent`  the thing named is negated in its clause: `no red flags`, `there is a lack of
 *             documentation of functional improvement`, `red flags were not identified`;
 *   `stated`  the words hold as written, not negated: `exceeds the recommended number`
 *             (`does not exceed` is not a cue for it; it is one for WITHIN_GUIDELINE_LIMIT);
 *   `any`     the words are the ground whatever surrounds them (`no explanation why a HEP is
 *             not sufficient`).
 */
import type { ReasonCode, ReasonSupports } from '../determination';

export type CueWhen = 'absent' | 'stated' | 'any';

export interface ReasonCue {
  pattern: string;
  when: CueWhen;
  /** A general cue gives way to a specific one of another code in the same clause (labelling rule 3). */
  general?: true;
}

export interface ReasonDefinition {
  code: ReasonCode;
  label: string;
  definition: string;
  supports: ReasonSupports;
  cues: ReasonCue[];
}

const absent = (...patterns: string[]): ReasonCue[] =>
  patterns.map((pattern) => ({ pattern, when: 'absent' }));
const stated = (...patterns: string[]): ReasonCue[] =>
  patterns.map((pattern) => ({ pattern, when: 'stated' }));
const any = (...patterns: string[]): ReasonCue[] =>
  patterns.map((pattern) => ({ pattern, when: 'any' }));
const general = (cues: ReasonCue[]): ReasonCue[] => cues.map((cue) => ({ ...cue, general: true }));

/** Words of prior treatment, for cues about what it achieved. */
const TREATMENT = String.raw`(?:use|usage|sessions?|visits?|treatments?|therapy|medications?|course|trial|care)`;
const SURGERY = String.raw`(?:surg\w*|operati\w+|invasive procedure|intervention|procedure)`;
/** What an ancillary item can follow: the surgery, injection, acupuncture or drug it serves. */
const LINKED = String.raw`(?:surg\w*|procedures?|operation|intervention|ESI|epidural|injections?|acupuncture|NSAIDs?|anti-inflammator\w+|arthroscop\w*|repair|fusion|replacement|arthroplasty|decompression|release|primary (?:request|treatment))`;
const NEURO = String.raw`(?:neuro(?:logic(?:al)?)?|neural)`;

export const REASONS: readonly ReasonDefinition[] = [
  {
    code: 'NO_FUNCTIONAL_IMPROVEMENT',
    label: 'No functional improvement',
    definition:
      'Prior use or sessions of the same treatment happened, but objective benefit is not documented: functional improvement, quantified pain relief, or results of the trial.',
    supports: 'UPHELD',
    cues: absent(
      String.raw`functional (?:improvement|gains?|benefit|response)`,
      String.raw`(?:quantified|quantifiable|objective|measurable|significant) (?:decrease|reduction|improvement|increase|response|benefit|relief|gains?)`,
      String.raw`efficacy`,
      String.raw`benefi(?:t|ts|ting|ted|cial)\b`,
      String.raw`pain relief|(?:increased|improved|increase in|improvement in) (?:\w+ )?function`,
      String.raw`results? (?:of|from) (?:the )?(?:prior|previous|initial|past|recent|completed|\d+|${TREATMENT})`,
      String.raw`(?:response|improvement|relief) (?:to|with|from|after) (?:the )?(?:prior |previous |past |ongoing |continued )?${TREATMENT}`,
      String.raw`(?:prior|previous|past) ${TREATMENT}\b[^.;]{0,40}\b(?:improv\w+|helpful|effective|benefit\w*)`,
    ),
  },
  {
    code: 'EXCEEDS_GUIDELINE_LIMIT',
    label: 'Exceeds the guideline limit',
    definition:
      'The quantity, frequency or duration is beyond the guideline limit: more than an initial trial, more visits while more is contingent on the response to the authorised trial, drug use beyond the short-term window, refills on a trial, purchase where rental applies, too many visits or studies at once.',
    supports: 'UPHELD',
    cues: [
      ...stated(
        String.raw`exceed(?:s|ed|ing)?\b`,
        String.raw`(?<=\bin )excess of`,
        String.raw`excessive`,
        String.raw`contingent (?:up)?on`,
        String.raw`(?:long[- ]?term|longterm|chronic|prolonged|extended) (?:use|usage|utilization|treatment)\b`,
        String.raw`beyond (?:the )?(?:recommended|guidelines?|\d)`,
        String.raw`(?:used|using|utili[sz]ed|utili[sz]ing|taking|prescribed|on)\b[^.;]{0,40}\bsince\b`,
        String.raw`(?:additional|further|more|continued)\b[^.;]{0,60}\b(?:after|once|contingent|until|pending|upon)\b[^.;]{0,40}\b(?:results?|response|improvement|documentation|completion)`,
        String.raw`refills?\b`,
        String.raw`purchase\b[^.;]{0,30}\b(?:rental|rent)`,
        String.raw`(?:duration|frequency|number of (?:sessions|visits|treatments)) (?:requested )?(?:is )?(?:excessive|greater)`,
      ),
      ...absent(String.raw`short[- ]term`),
    ],
  },
  {
    code: 'NOT_RECOMMENDED',
    label: 'Not recommended',
    definition:
      'The guideline does not recommend or support the item at all, or not for this body part, condition or form; or the item is contraindicated for this patient.',
    supports: 'UPHELD',
    cues: [
      // Cues holding their own negation, anchored on the word after it (a rarer word to index).
      ...any(
        String.raw`(?<=\b(?:not|non)[- ])(?<!(?:term|longer|chronic) (?:use |usage )?(?:is |are )?(?:not|non)[- ])recommended(?! (?:for )?(?:longer|more) than)`,
        String.raw`(?<=\bdo(?:es)? not (?:specifically )?)recommend`,
        String.raw`(?<=\b(?:guidelines?|MTUS|ODG|ACOEM) (?:\w+ )?(?:do|does|did) not )(?:support|recommend|endorse)`,
        String.raw`(?<=\b(?:not|never) )(?:supported|endorsed) by (?:the )?(?:guidelines?|MTUS|ODG|evidence)`,
      ),
      ...stated(
        String.raw`(?:its|their) (?:use|usage) is not supported`,
        String.raw`only (?:the )?(?:brand name )?Lidoderm`,
        String.raw`relative(?:ly)? contraindicat\w+|contraindicat\w+ (?:in|for) (?:this|the) (?:patient|claimant|injured worker)`,
        String.raw`(?<=\b(?:is|are|remains?) (?:considered )?)(?:experimental|investigational)`,
      ),
    ],
  },
  {
    code: 'NO_FAILED_CONSERVATIVE_CARE',
    label: 'Conservative care not tried and failed',
    definition:
      'Before a test, injection, procedure, surgery, device or extra therapy: an adequate course of conservative care is not shown to have been tried and failed, the required observation period has not passed, or the patient is still improving with current care.',
    supports: 'UPHELD',
    cues: [
      ...absent(
        String.raw`conservative (?:care|treatment|therapy|management|measures|course|modalities)`,
        String.raw`(?:trial(?:ed)? and fail\w*|tried and failed|failure|failed|exhausted)\b[^.;]{0,30}?\b(?:conservative|physical therapy|\bPT\b|injections?|rest|home exercise|bracing|splinting|strengthening|muscle relaxant)`,
        String.raw`course of (?:physical therapy|\bPT\b|therapy)`,
      ),
      ...stated(
        String.raw`(?:prior to|before) (?:the )?completion`,
        String.raw`options\b[^.;]{0,20}\b(?:not|never) (?:yet )?(?:been )?exhausted`,
        String.raw`(?<=\b(?:is|was|has been|are|were) (?:currently |still )?)(?:improving|responding)`,
        String.raw`only (?:one|1|two|2|a single) (?:\w+ )?(?:sessions?|visits?)`,
        String.raw`(?:too early|premature)`,
      ),
    ],
  },
  {
    code: 'NO_FAILED_FIRST_LINE',
    label: 'First-line alternative not tried',
    definition:
      'A first-line or preferred alternative has not been tried, failed or contraindicated: oral before topical, antidepressants or anticonvulsants before topical lidocaine, non-opioids before opioids, OTC before an Rx NSAID; plain films before MRI or CT.',
    supports: 'UPHELD',
    cues: [
      ...absent(
        String.raw`first[- ]line`,
        String.raw`intoleran\w+ (?:to |of )?(?:oral|the oral|first)`,
        String.raw`unable to (?:tolerate|take|swallow|use)`,
        String.raw`oral (?:\w+ ){0,2}(?:medications?|analgesics?|NSAIDs?|drugs?|agents?|formulations?)`,
        String.raw`(?:trial|trials|failure|failed|tried)\b[^.;]{0,30}?\b(?:anti-?depressants?|anti-?convulsants?|anti-?epilep\w+|tricyclics?|gabapentin|non-?opioid\w*|acetaminophen|tylenol|over[- ]the[- ]counter|OTC|oral (?:medications?|analgesics?|NSAIDs?))`,
        String.raw`(?:plain )?(?:films?|radiographs?|x-?rays?)\b`,
      ),
      ...stated(
        String.raw`(?:topical|cream|ointment|gel|suspension|liquid|patch)\w*\b[^.;]{0,40}\b(?:versus|vs\.?|over|rather than|instead of) (?:an? |the )?oral`,
      ),
    ],
  },
  {
    code: 'NO_NEURO_FINDINGS',
    label: 'No neurological findings',
    definition:
      'No objective neurological evidence: deficit, radiculopathy, nerve-root compromise, entrapment signs, tissue insult or nerve impairment; for an ESI no imaging or EMG corroboration of radiculopathy.',
    supports: 'UPHELD',
    cues: [
      ...absent(
        String.raw`${NEURO}\w* (?:deficits?|dysfunction|findings?|compromise|abnormalit\w+|signs?|impairment|involvement)`,
        String.raw`radiculopath\w*|radicular (?:signs|findings|symptoms|pain|complaints)`,
        String.raw`nerve(?: root)? (?:compromise|impingement|impairment|dysfunction|involvement|entrapment|damage|injury|deficits?)`,
        String.raw`electrodiagnostic (?:findings|evidence|studies|corroboration)`,
        String.raw`(?:foraminal|central|canal|neural|neuroforaminal)\w* (?:encroachment|stenosis|narrowing|compromise)`,
        String.raw`tissue insult`,
        String.raw`(?:motor|sensory|reflex) (?:deficits?|loss|changes|abnormalit\w+)`,
        String.raw`(?:dermatomal|myotomal)`,
        String.raw`carpal tunnel|entrapment|neuropathy\b`,
        String.raw`(?:positive )?(?:straight leg rais\w+|Spurling\w*|Tinel\w*|Phalen\w*)`,
      ),
      ...stated(
        String.raw`(?:strength|reflexes|sensation)\b[^.;]{0,50}\b(?:intact|normal|within normal limits)`,
        String.raw`${NEURO}\w* (?:exam\w*|evaluation|findings) (?:was |were |is |are )?(?:otherwise )?(?:normal|unremarkable|benign|intact)`,
        String.raw`(?:normal|unremarkable|intact)\b[^.;]{0,40}${NEURO}\w* (?:exam\w*|evaluation|findings)`,
      ),
    ],
  },
  {
    code: 'NO_RED_FLAGS',
    label: 'No red flags',
    definition:
      'The reviewer notes no red flags or serious pathology (fracture, tumour, infection, cauda equina, progressive deficit, deterioration).',
    supports: 'UPHELD',
    cues: absent(
      String.raw`red[- ]?flags?`,
      String.raw`serious (?:\w+ )?(?:pathology|conditions?|injury)`,
      String.raw`cauda equina|tumou?rs?\b|infections?\b|fractures?\b|progressive (?:${NEURO}\w* )?deficits?`,
    ),
  },
  {
    code: 'NO_SURGICAL_PLAN',
    label: 'No surgery planned',
    definition:
      'The item is indicated only when surgery or an invasive procedure is considered or planned, and it is not.',
    supports: 'UPHELD',
    cues: [
      ...absent(
        String.raw`(?:plan\w*|consider\w*|contemplat\w*|willing\w*|intent\w*|scheduled|candidate|candidacy)\b[^.;]{0,50}?\b${SURGERY}`,
        String.raw`surg(?:ery|ical \w+) (?:is |was |being |has been )?(?:planned|contemplated|considered|scheduled|anticipated)`,
        String.raw`act on the results`,
        String.raw`surgical candidate`,
      ),
      ...any(
        String.raw`(?<=\bnot (?:a )?(?:surgical )?)candidate`,
        String.raw`(?<=\bnot )undergoing surgery`,
      ),
    ],
  },
  {
    code: 'INDICATION_NOT_DOCUMENTED',
    label: 'Indication not documented',
    definition:
      'A clinical indication or precondition the guideline requires for this item is not documented (diagnosis, non-neurological finding, risk factor, status or prerequisite), and no more specific code fits.',
    supports: 'UPHELD',
    cues: [
      ...absent(
        String.raw`(?:GI|gastrointestinal|gastric|cardiovascular|bleeding) (?:risk|complaints?|symptoms?|events?|issues?|upset|history|distress|problems?|disorders?)`,
        String.raw`risk factors?`,
        String.raw`(?:muscle )?spasms?|spasticity`,
        String.raw`osteoarthritis|\bOA\b|arthritis|tendinitis|tendonitis`,
        String.raw`CRPS|complex regional|neuropathic pain|neuropathic`,
        String.raw`depression|insomnia|sleep (?:disturbance|disorder|problems?)|anxiety|nausea|vomiting|erectile`,
        String.raw`instability|effusion|(?:internal )?derangement|mechanical symptoms|locking`,
        String.raw`homebound|home-?bound`,
        String.raw`(?:objective )?functional (?:deficits?|limitations?|loss)`,
        String.raw`(?:severe |significant )?functional limitation`,
        String.raw`(?:pain )?medications? (?:is |are |was |being )?(?:reduced|not tolerated)`,
        String.raw`adjunct`,
        String.raw`TENS (?:unit )?trial|(?<=\b(?:one|\d+|thirty)[- ])(?:month|day) (?:home )?trial`,
        String.raw`(?:return|returned|release|released) (?:back )?to (?:work|duty|full duty)|duty levels?`,
        String.raw`(?:significant )?(?:pathology|abnormalit\w+) on (?:imaging|MRI|x-?ray)`,
      ),
      ...general(
        absent(
          String.raw`(?:physical )?exam\w* findings|(?:objective |clinical |significant )?(?:findings|complaints|symptoms|deficits)\b[^.;]{0,20}\b(?:to|that would|which would) (?:support|warrant|suggest|justify)`,
          String.raw`change in (?:the (?:patient|claimant|injured worker)'?s? )?(?:condition|symptoms|status)`,
          String.raw`diagnos(?:is|es|ed)\b|suspicion|complaints?\b|bleeding|anti-?coagula\w+|comorbid\w*`,
        ),
      ),
      ...general(
        stated(
          String.raw`(?:does|do|did) not meet (?:any of )?(?:the |these |those )?(?:criteria|indications)`,
        ),
      ),
      ...any(
        String.raw`(?<=\bnot (?:been )?)diagnosed`,
        String.raw`(?:imaging|MRI) was (?:relatively )?benign`,
      ),
    ],
  },
  {
    code: 'NO_CLEAR_RATIONALE',
    label: 'No clear rationale',
    definition:
      'The requesting provider gave no reason for the item: what is sought, why it is needed, how the result would change management, or no treatment goals.',
    supports: 'UPHELD',
    cues: general([
      ...absent(
        String.raw`rationale?`,
        String.raw`(?:clear |specific |measurable )?(?:treatment )?goals?\b`,
        String.raw`(?:how|whether)\b[^.;]{0,50}\b(?:alter|change|affect|impact|influence)\w*`,
        String.raw`reason(?:s|ing)? (?:for|why|as to)`,
        String.raw`(?:explanation|justification|clarification)`,
      ),
      ...stated(String.raw`unclear (?:why|what|how)`),
    ]),
  },
  {
    code: 'REQUEST_INCOMPLETE',
    label: 'Request incomplete',
    definition:
      'The request itself lacks a needed specification: quantity, dose or strength, frequency or duration, body part, procedure or device type, rental versus purchase, specialist type, or timing.',
    supports: 'UPHELD',
    cues: [
      ...absent(
        String.raw`(?:quantity|dosage|strength|frequency|amount|end ?point)\b|duration of (?:use|rental)`,
      ),
      ...any(
        String.raw`(?<=\b(?:not|never|fail\w* to|without) (?:been )?(?:clearly )?)specif\w*`,
        String.raw`specif\w+ (?:was|were|is|are|has been|have been) not`,
        String.raw`unspecified (?:period|duration|quantity|number|amount|frequency|body part|type|length)|vague|open[- ]ended|indefinite`,
        String.raw`(?<=\bnot )included (?:with|in) the request`,
      ),
    ],
  },
  {
    code: 'NO_SAFETY_MONITORING',
    label: 'No safety monitoring',
    definition:
      "Opioid or high-risk drug safeguards are missing: CURES check, urine drug screen, addiction or risk screening, monitoring of side effects or aberrant behaviour, or the 4 A's.",
    supports: 'UPHELD',
    cues: absent(
      String.raw`\bCURES\b|\bPDMP\b|prescription (?:drug )?monitoring`,
      String.raw`urine (?:drug |toxicology )?(?:screens?|tests?|testing|toxicology)|\bUDS\b|\bUDT\b|drug screen\w*`,
      String.raw`(?:opioid )?risk (?:assessment|screening|stratification)|addiction|aberrant|abuse|misuse|diversion`,
      String.raw`four A'?s|adverse (?:side )?effects|side effects`,
      String.raw`(?:opioid|pain|narcotic) (?:contract|agreement)`,
    ),
  },
  {
    code: 'DUPLICATIVE',
    label: 'Duplicative',
    definition:
      'Duplicates something already done or authorised: an approved service, a prior study with no change, a second drug of the same class, concurrent overlapping modalities, a diagnosis already established.',
    supports: 'UPHELD',
    cues: stated(
      String.raw`already (?:been )?(?:following|being (?:seen|followed|treated)|seen|authori[sz]ed|approved|certified|established|taking|using|on\b|had|underwent|undergone|performed|completed|shows?|showed|provided|revealed|identified|demonstrat\w+|confirm\w+|documented|receiving|attending)`,
      String.raw`previously (?:using|taking|prescribed|on)\b`,
      String.raw`redundan\w+|duplicat\w+`,
      String.raw`(?:second|another|additional|two) (?:NSAID|non-?steroidal|muscle relaxant|opioid|proton pump|PPI|anti-?inflammatory)`,
      String.raw`repeat (?:MRI|imaging|study|studies|x-?rays?|EMG|electrodiagnostic|scan|CT)`,
      String.raw`(?:prior|previous|recent) (?:\w+ ){0,2}(?:MRI|imaging|study|studies|x-?rays?|EMG|electrodiagnostic|CT|scan)\b[^.;]{0,60}\b(?:on|dated|in|from|performed|done|showed|revealed|demonstrated)`,
      String.raw`multiple (?:physical )?modalities|at the same time|same class`,
      String.raw`currently (?:undergoing|attending|receiving) (?:the )?(?:previously )?(?:recommended|authori[sz]ed|approved|certified)`,
    ),
  },
  {
    code: 'HOME_PROGRAM_SUFFICIENT',
    label: 'Home programme sufficient',
    definition:
      'Supervised therapy is not needed over a home exercise programme; the patient should transition to self-directed exercise.',
    supports: 'UPHELD',
    cues: any(
      String.raw`(?:transition\w*|self[- ]directed|independent|sufficient|adequate|taught|instructed|continue)\b[^.;]{0,60}\bhome (?:exercise|program|based)`,
      String.raw`home (?:exercise )?(?:program|programme|regimen|exercises)\b[^.;]{0,60}\b(?:sufficient|adequate|insufficient|inadequate)`,
      String.raw`why\b[^.;]{0,40}\b(?:HEP|home exercise)`,
      String.raw`self[- ]directed (?:home )?(?:exercise|therapy|program)`,
      String.raw`(?:exercises?|therapy|program)\b[^.;]{0,40}\b(?:independently|on (?:his|her|their) own)`,
    ),
  },
  {
    code: 'LINKED_REQUEST',
    label: 'Follows a linked request',
    definition:
      'The decision follows the fate of a primary request: the surgery, injection, acupuncture or NSAID it serves was not certified (upheld) or the concurrent surgery is supported (overturned).',
    supports: 'EITHER',
    cues: any(
      String.raw`(?:as(?!\s+such)|since|because|given(?: that)?|with)\s+(?:the\s+)?(?:concurrent(?:ly)?\s+|associated\s+|accompanying\s+|primary\s+)?(?:request(?:ed)?\s+(?:for\s+)?)?(?:the\s+|an?\s+)?[^.;,]{0,60}?\b${LINKED}\b[^.;,]{0,30}?\s+(?:is|was|has been|are|were|being)\s+(?:also\s+)?(?:(?:deemed|found|determined|considered|shown)\s+(?:to\s+be\s+)?)?(?:not|non)[- ]?(?:to be\s+)?(?:medically necessary|supported|certified|approved|authorized|indicated|appropriate|recommended)`,
      String.raw`ancillary (?:service|request|item)s?`,
      String.raw`approved (?:to undergo|for) (?:the |a |an )?(?:\w+ ){0,2}${LINKED}`,
      String.raw`concurrent(?:ly)? (?:request(?:ed)? (?:for )?)?(?:surg\w+|procedure|operation)[^.;]{0,40}\b(?:is|was|has been) (?:supported|certified|approved|medically necessary|authorized)`,
    ),
  },
  {
    code: 'CRITERIA_MET',
    label: 'Criteria met',
    definition:
      'The documented findings or circumstances meet the guideline indications: objective neuro deficits or red flags, derangement, severe acute injury, immediate post-op use, age or comorbidity for pre-op tests, homebound or post-hospital need, first-time first-line drug.',
    supports: 'OVERTURNED',
    cues: stated(
      String.raw`meets? (?:the )?(?:published |guidelines?'? |ODG |MTUS )?(?:criteria|indications?|requirements?|guidelines?)`,
      String.raw`(?:is|are|was|were|would be|appears?(?: to be)?|would appear to be) (?:clinically |medically )?(?:appropriate|reasonable|warranted|indicated|supported)\b`,
      String.raw`severe (?:acute )?(?:injur\w+|fractures?|trauma)|acute (?:injur\w+|fractures?|trauma)`,
      String.raw`advanced age|elderly`,
      String.raw`first[- ]time`,
      String.raw`(?:findings?|evidence|exam\w*|imaging)\b[^.;]{0,40}\b(?:indicative of|consistent with|supportive of)`,
      String.raw`criteria (?:have been|has been|are|were|is|was) (?:\w+ )?(?:met|satisfied|fulfilled)`,
      String.raw`red[- ]?flags? (?:are |were |is |was |have been |has been )?(?:present|identified|noted|documented)`,
      String.raw`(?:objective |clinical |physical )?(?:evidence|findings|signs|indication|documentation) (?:of|for|consistent with|supporting) (?!the )`,
      String.raw`(?:immediate(?:ly)?|acute) post[- ]?op\w*|post[- ]?operative period`,
      String.raw`age and (?:\w+ )?comorbid\w*|comorbidit\w+`,
      String.raw`(?:supports?|supportive of|warrants?|consistent with) (?:the |a |an |obtaining |this )?(?:request|MRI|imaging|study|progression|surgery|procedure|need)`,
      String.raw`(?:is|are|was|were) (?:clearly )?(?:reasonable|appropriate|warranted|indicated) (?:in this|at this|for this|given)`,
      String.raw`first[- ]line`,
      String.raw`(?:has|had|have|with) (?:objective |positive |documented |clinical )?(?:findings|deficits|signs|evidence)`,
    ),
  },
  {
    code: 'FUNCTIONAL_IMPROVEMENT_DOCUMENTED',
    label: 'Functional improvement documented',
    definition: 'Prior treatment produced documented benefit, so continuation is supported.',
    supports: 'OVERTURNED',
    cues: stated(
      String.raw`functional (?:improvement|gains?|benefit)`,
      String.raw`(?:reduction|decrease|improvement) in (?:work restrictions|pain|medication|function)`,
      String.raw`(?:benefit(?:ed|ing)?|improv(?:ed|ing|ement)|relief) (?:with|from|after) (?:the )?(?:prior|previous|initial|past|completed|\d+)`,
    ),
  },
  {
    code: 'WITHIN_GUIDELINE_LIMIT',
    label: 'Within the guideline limit',
    definition:
      'The requested quantity or duration is within the guideline: an initial trial, a post-op allowance, a short course.',
    supports: 'OVERTURNED',
    cues: stated(
      String.raw`within (?:the )?(?:guidelines?|recommend\w+|limits?|allowance)`,
      String.raw`consistent with (?:a|an|the) (?:initial |recommended )?(?:trial|guidelines?|recommendations?)`,
      String.raw`not in excess of`,
      String.raw`(?:does|do) not exceed`,
      String.raw`(?:short[- ]term|short course|initial trial)`,
    ),
  },
  {
    code: 'CONSERVATIVE_CARE_FAILED',
    label: 'Conservative care failed',
    definition: 'Conservative care was tried and failed, or symptoms persist despite it.',
    supports: 'OVERTURNED',
    cues: stated(
      String.raw`fail\w*\b[^.;]{0,30}\bconservative`,
      String.raw`conservative (?:care|treatment|therapy|management|measures)\b[^.;]{0,40}\bfail\w*`,
      String.raw`(?:remains?|continues? to be|persistently) symptomatic`,
      String.raw`despite (?:conservative|physical therapy|\bPT\b|treatment|medications?|injections?|therapy)`,
      String.raw`no (?:improvement|relief|benefit) (?:with|from|despite)`,
    ),
  },
  {
    code: 'OTHER_UNCLEAR',
    label: 'Other or unclear',
    definition: 'No discernible ground, or a ground outside this list.',
    supports: 'EITHER',
    cues: [],
  },
];

/**
 * Sentences that add no ground of their own (labelling rule 4): read past, whatever cue words
 * they hold.
 */
export const BOILERPLATE: readonly string[] = [
  String.raw`(?:based on|given) the above,? (?:the|this) request[^.;]*`,
  String.raw`(?:exceptional|extenuating|extraordinary|special|compelling) (?:\w+ )?(?:factors|circumstances)[^.;]*`,
  String.raw`medical necessity (?:has|have|was) not (?:been )?established`,
  String.raw`(?:does|did) not (?:satisfy|meet) (?:the )?(?:MTUS|ODG|guidelines?)`,
  String.raw`\btaper(?:ing|ed)?\b|weaning|withdrawal`,
  String.raw`modif(?:ied|ication) (?:to|of)|partial(?:ly)? (?:certif|authori)|non-?certif\w+ of the remaining`,
];

/**
 * Words that negate what follows them in a clause (`no`, `lack of`, `failed to`, `unclear`)
 * and, after it, phrases that negate what precedes (`... was not documented`).
 */
export const NEGATION_BEFORE = String.raw`\b(?:no|not|non|without|lack(?:s|ed|ing)?|absen(?:t|ce)|neither|nor|never|none|nothing|fail(?:s|ed)? to|unclear|insufficient|inadequate|cannot|can't|doesn't|didn't|isn't|wasn't|hasn't|haven't|aren't|weren't|denie[sd]|negative for)\b`;
export const NEGATION_AFTER = String.raw`^[^,;]{0,80}?\b(?:(?:not|never) (?:been )?(?:documented|noted|provided|indicated|identified|found|present|evident|established|shown|described|reported|demonstrated|included|specified|mentioned|submitted|objectified|quantified|discussed|addressed|seen|observed|apparent|clear|given|stated|attempted|tried|trialed|performed|completed|elicited|detailed|outlined|explained)|(?:is|are|was|were) (?:absent|lacking|missing|unclear)|(?:absent|lacking|missing))\b`;

/**
 * A sentence in the guideline's voice (`The MTUS guidelines state that ...`, `Per ODG,
 * criteria for ...`) is background, not a ground (labelling rule 1), unless it also speaks of
 * this case, its records or its request.
 */
export const GUIDELINE_VOICE = String.raw`\b(?:guidelines?|MTUS|ODG|ACOEM|criteria|UpToDate|FDA|studies|literature|evidence[- ]based medicine)\b`;
export const CASE_VOICE = String.raw`\b(?:in this (?:case|instance|patient|claimant)|this (?:patient|claimant|worker|injured worker|employee|request|case|individual)|the (?:injured )?(?:worker|patient|claimant|employee|individual|IW)(?!s)|(?:the|this|current) request(?:ed|ing)?\b|(?:medical )?records?|submitted|reviewed|(?:treating|requesting) (?:physician|provider|doctor)|there (?:is|was|are|were) (?:no|not|a lack)|given (?:that )?the|he|she|his|her|on \d{1,2}/\d{1,2}/\d{2,4})\b`;
/**
 * A sentence that opens by reporting the guideline (`The MTUS ACOEM Guidelines state that there
 * is no good evidence ...`) is background whatever words of the case voice follow.
 */
export const GUIDELINE_OPENING = String.raw`^(?:[\w/,'-]+\s+){0,8}?(?:guidelines?|MTUS|ODG|ACOEM)\b(?:\s+[\w/,'-]+){0,4}?\s+(?:state|states|stated|recommend|recommends|indicate|indicates|note|notes|say|says|outline|outlines|stipulate|stipulates)\b`;

/** A general statement (`may be`, `patients with`, `if ...`): background unless it speaks of this case. */
export const GENERIC_VOICE = String.raw`\b(?:may|might|should|can be|could|if|unless|patients|individuals|is recommended|are recommended|recommended (?:for|as|in|to|only|when)|any (?:compound(?:ed)?|product)|(?:total of )?up to \d+|\d+ visits over)\b`;
