/**
 * Canonical services (taxonomy.md): what a disputed item requests, with the DWC category and
 * subcategory. Drugs are in ./drugs.ts; this table holds everything else, plus placeholders
 * for drugs named only by kind ("Pain cream", "muscle relaxant").
 *
 * ORDER IS PRECEDENCE: the first entry whose pattern matches wins, so the table runs from
 * specific to generic ('Pain management consultation' before the injection it is about,
 * 'Lab tests' with `PT/PTT` before 'Physical therapy', 'TENS unit' before in-office
 * 'Electrical stimulation', catch-alls such as 'Surgery' and 'Injection' last).
 *
 * Pattern syntax, compiled once by loaders/canonical/service.ts and matched on the folded
 * tokens of the request (lowercase; letters and digits split apart: "L4-5" → l 4 5,
 * "X-ray" → x ray, "PT/OT" → pt ot):
 *   `a b`        consecutive words
 *   `x | y`      either phrase
 *   `p & q`      both clauses, anywhere and in any order
 *   `!p`         a clause that must not occur
 *   `word*`      a word starting so (four letters or more before the star)
 *   `*word`      a word ending so (four letters or more after the star)
 *
 * Flags:
 * - `perioperative`: in a surgical context (`Associated surgical service:`, pre-op,
 *   post-op) the item is Surgery / Adjunct Surgical Services, named 'Pre-operative <name>' or
 *   'Post-operative <name>', so that a service name always has one category
 *   ('Cold therapy unit' is DME; 'Post-operative cold therapy unit' is adjunct).
 *   Rehabilitation, drugs, home health and transport keep their own category (a post-op
 *   course of physical therapy is Rehabilitation).
 * - `overDrugs`: the entry wins over a drug named in the request (an injection of
 *   lidocaine and dexamethasone is an injection; acupuncture with a capsaicin patch is
 *   acupuncture; a urine drug screen is a lab test).
 */
import { DRUG_CLASSES, type DrugClass } from './drugs';

export const SERVICE_TAXONOMY = {
  Pharmaceuticals: DRUG_CLASSES,
  Rehabilitation: [
    'Physical Therapy/Occupational Therapy (PT/OT)',
    'Chiropractic',
    'Acupuncture',
    'Other Therapies',
  ],
  Injection: ['Injection', 'Facet Injection'],
  DMEPOS: ['DME', 'Electrical Stimulation', 'Prosthetics/Orthotics', 'Supplies'],
  'Diagnostic Testing': [
    'Imaging/Radiology',
    'EMG/NCV/NCS',
    'Lab & Pathology',
    'Other Diagnostic Tests',
  ],
  'Evaluation & Management': ['Medical Specialties', 'Dental Services'],
  Surgery: [
    'Spine',
    'Arthroscopic Surgery',
    'Non-arthroscopic Surgery',
    'Adjunct Surgical Services',
    'Surgical Consult',
  ],
  'Psych Services': ['Evaluation & Management', 'Therapies'],
  Programs: ['Programs'],
  'Home Health': ['Home Health'],
  Transportation: ['Transportation'],
} as const;

export type ServiceCategory = keyof typeof SERVICE_TAXONOMY;
export type Subcategory<C extends ServiceCategory> = (typeof SERVICE_TAXONOMY)[C][number];

interface EntryBase {
  /** Canonical service name: short, sentence case, one graph node per name. */
  name: string;
  /** Patterns (syntax above); any one identifies the service. */
  match: readonly string[];
  perioperative?: boolean;
  overDrugs?: boolean;
}

/** A table row: a category with one of its own subcategories (null: a drug of unknown class). */
export type ServiceEntry = {
  [C in ServiceCategory]: EntryBase & {
    category: C;
    subcategory: C extends 'Pharmaceuticals' ? DrugClass | null : Subcategory<C>;
  };
}[ServiceCategory];

type Flags = Pick<EntryBase, 'perioperative' | 'overDrugs'>;

/** Row builder for one category/subcategory pair, so the table reads as data. */
function group<C extends ServiceCategory>(
  category: C,
  subcategory: C extends 'Pharmaceuticals' ? DrugClass | null : Subcategory<C>,
  defaults: Flags = {},
) {
  return (name: string, match: readonly string[], flags: Flags = {}): ServiceEntry =>
    ({ name, category, subcategory, match, ...defaults, ...flags }) as ServiceEntry;
}

const PT = group('Rehabilitation', 'Physical Therapy/Occupational Therapy (PT/OT)', {
  overDrugs: true,
});
const CHIRO = group('Rehabilitation', 'Chiropractic', { overDrugs: true });
const ACU = group('Rehabilitation', 'Acupuncture', { overDrugs: true });
const THERAPY = group('Rehabilitation', 'Other Therapies', { overDrugs: true });
const INJ = group('Injection', 'Injection', { overDrugs: true });
const FACET = group('Injection', 'Facet Injection', { overDrugs: true });
const DME = group('DMEPOS', 'DME', { perioperative: true });
const ESTIM = group('DMEPOS', 'Electrical Stimulation', { perioperative: true });
const ORTHO = group('DMEPOS', 'Prosthetics/Orthotics', { perioperative: true });
const SUPPLY = group('DMEPOS', 'Supplies', { perioperative: true });
const IMAGING = group('Diagnostic Testing', 'Imaging/Radiology');
const EMG = group('Diagnostic Testing', 'EMG/NCV/NCS');
const LAB = group('Diagnostic Testing', 'Lab & Pathology', {
  perioperative: true,
  overDrugs: true,
});
const TEST = group('Diagnostic Testing', 'Other Diagnostic Tests');
const VISIT = group('Evaluation & Management', 'Medical Specialties');
/** A named specialist outranks the drug the visit is about ("psychiatry for Cymbalta"). */
const SPECIALIST = group('Evaluation & Management', 'Medical Specialties', { overDrugs: true });
const DENTAL = group('Evaluation & Management', 'Dental Services');
const SPINE = group('Surgery', 'Spine');
const SCOPE = group('Surgery', 'Arthroscopic Surgery');
const OPEN = group('Surgery', 'Non-arthroscopic Surgery');
const ADJUNCT = group('Surgery', 'Adjunct Surgical Services');
const SURGICAL_CONSULT = group('Surgery', 'Surgical Consult', { overDrugs: true });
const PSYCH_EM = group('Psych Services', 'Evaluation & Management', { overDrugs: true });
const PSYCH_TX = group('Psych Services', 'Therapies', { overDrugs: true });
const PROGRAM = group('Programs', 'Programs', { overDrugs: true });
const HOME = group('Home Health', 'Home Health', { overDrugs: true });
const TRANSPORT = group('Transportation', 'Transportation', { overDrugs: true });
const drugKind = (drugClass: DrugClass | null) => group('Pharmaceuticals', drugClass);

/** Words that make a request a visit with someone rather than a treatment. */
const CONSULT =
  'consult* | evaluation | evaluations | eval | evals | evaluate | referral* | refer | ' +
  'opinion | follow up | followup | follow ups | visit | visits | re evaluation | ' +
  'reevaluation | re exam | reexam | re examination | toc | transfer of care | appointment* | ' +
  'assessment | office visit';
/** A session count or frequency: a course of in-office treatment, not a device. */
const SESSIONS = 'times | session | sessions | visit | visits | weekly | x | treatments';
/** A device: bought, rented or used at home. */
const DEVICE =
  'unit | units | device | devices | machine | purchase | rental | rent | home | stimulator';
/** Things a surgeon prescribes that are not a visit to the surgeon. */
const NOT_A_VISIT =
  'therap* | physiotherap* | pt | rehab* | chiro* | acupunct* | cold | sling | brace | unit | ' +
  'home | nurse | nursing | transport*';
/** Joints other than the shoulder: a labral repair of the hip is not shoulder surgery. */
const OTHER_JOINTS = 'hip | hips | knee | knees | ankle | wrist | elbow';
/** Open procedures that do not say "surgery" ("lateral ligament reconstruction"). */
const PROCEDURE =
  'surgery | surgical | operation | procedure | repair | reconstruction | release | ' +
  '*ectomy | *otomy | *plasty | *desis';
const SPINE_WORDS =
  'spine | spinal | lumbar | cervical | thoracic | lumbosacral | back | neck | foraminal | l | c | t | s';
const JOINTS =
  'shoulder | knee | hip | elbow | wrist | ankle | hand | finger | thumb | foot | toe | ' +
  'subacromial | bursa | trochanteric | glenohumeral | acromioclavicular | ac joint | cmc | ' +
  'tendon | tendon sheath | plantar | carpal tunnel | de quervain* | joint | intra articular | ' +
  'intraarticular | heel | sacroiliac';

export const SERVICES: readonly ServiceEntry[] = [
  // --- Requests whose first word is not the service: transport to appointments, programs
  TRANSPORT('Transportation', [
    'transport* | taxi | uber | lyft | ambulance | mileage | medical ride | rides',
  ]),
  PROGRAM('Functional restoration program', [
    'functional restoration | frp | help program | multidisciplinary | interdisciplinary | ' +
      'chronic pain program | pain program | pain management program | functional rehabilitation program',
  ]),
  PROGRAM('Work hardening', ['work hardening | work conditioning | work simulation']),
  PROGRAM('Weight loss program', [
    'weight loss | weight reduction | weight management | medifast | nutrisystem | lindora | ' +
      'weight watchers | diet program & !surgery | surgical | bariatric | gastric*',
  ]),
  PROGRAM('Vocational rehabilitation', [
    'vocational | job retraining | job placement | return to work program',
  ]),
  PROGRAM('Smoking cessation program', ['smoking cessation | tobacco cessation | quit smoking']),
  PROGRAM('Gym membership', [
    'gym | gyms | health club | ymca | fitness center | fitness club | membership | memberships | ' +
      'personal trainer | personal training',
  ]),
  PROGRAM('Detoxification program', [
    'detox* | rapid opioid | drug rehabilitation | substance abuse | chemical dependency | ' +
      'addiction treatment',
    'wean* & program | inpatient | facility',
  ]),
  PROGRAM('Inpatient rehabilitation', [
    'inpatient rehab* | acute rehab* | acute inpatient | rehabilitation facility | ' +
      'rehab facility | rehabilitation center | rehabilitation hospital | rehabilitation unit',
  ]),
  PROGRAM('Skilled nursing facility', [
    'skilled nursing facility | snf | nursing home | nursing facility | subacute | sub acute',
  ]),
  PROGRAM('Residential rehabilitation program', [
    'transitional living | residential treatment | residential program | brain injury program | ' +
      'cognitive rehabilitation program | day program | tbi program | assisted living',
  ]),
  PSYCH_TX('Inpatient psychiatric treatment', [
    'inpatient & psychiatr* | psych | mental health | behavioral health',
    'psychiatric hospital* | psychiatric admission',
  ]),
  PSYCH_TX('Partial hospitalization program', [
    'partial hospitalization | partial hospital | day treatment | intensive outpatient | iop',
  ]),

  // --- Psych services (before consultations: "psych consult" is psych)
  PSYCH_EM('Neuropsychological testing', ['neuropsych*']),
  PSYCH_EM('Psychiatric consultation', [
    `psychiatr* & ${CONSULT} | management | medication | medications | treatment | care`,
  ]),
  PSYCH_EM('Psychological evaluation', [
    `psych* & ${CONSULT} | test | tests | testing | screen* | clearance | intake & ` +
      '!therap* | psychotherapy | treatment | sessions',
    'mmpi | psychometric* | psychological testing | psych testing | psych eval*',
  ]),
  PSYCH_TX('Biofeedback', ['biofeedback | bio feedback | neurofeedback']),
  PSYCH_TX('Hypnotherapy', [
    'hypno* | relaxation training | relaxation therapy | stress management | mindfulness | meditation',
  ]),
  PSYCH_TX('Psychotherapy', [
    'psychotherap* | cbt | cognitive behavior* | cognitive behaviour* | counsel* | talk therapy | ' +
      'behavioral therapy | behavioural therapy | group therapy | family therapy | emdr | dbt | ' +
      'behavioral medicine | pain psychology | psychological treatment | mental health | ' +
      'psychological | psychologist | psychology | psych | psychiatric | psychiatrist',
  ]),

  // --- Adjunct surgical items named as such
  ADJUNCT('Intraoperative neuromonitoring', [
    'neuromonitoring | neuro monitoring | intraoperative monitoring | intra operative monitoring | ' +
      'neurophysiologic* monitoring | iom | ssep monitoring',
  ]),
  ADJUNCT('Assistant surgeon', [
    'assistant surgeon | surgical assistant | surgical assist* | assistant pa | assistant physician | ' +
      'co surgeon | cosurgeon | rnfa | first assist* | surgeon assistant | physician assistant',
    'assistant & surg*',
  ]),
  ADJUNCT('Pre-operative medical clearance', [
    'clearance | clearances',
    'pre op | preop | pre operative | preoperative | prior to surgery & ' +
      'eval* | consult* | exam | examination | h and p | h p | history and physical | work up | ' +
      'workup | visit',
  ]),

  // --- Dental and consultations that name the specialist rather than the treatment
  DENTAL('Dental evaluation', [
    `dental | dentist* | teeth | tooth | tmj | oral surgeon & ${CONSULT}`,
  ]),
  DENTAL('Oral appliance', [
    'night guard | nightguard | mouth guard | mouthguard | bite guard | occlusal splint | ' +
      'oral appliance | oral orthotic | tmj splint | tmj appliance | mandibular advancement | ' +
      'bite splint',
  ]),
  DENTAL('Dental treatment', [
    'dental | dentist* | teeth | tooth | dentures | denture | periodont* | endodont* | root canal | ' +
      'prosthodont* | orthodont* | oral surgery | maxillofacial | crowns | fillings',
  ]),
  SPECIALIST('Pain management consultation', [
    'pain management | pain specialist | pain medicine | pain consult* | pain clinic | ' +
      'pain physician | pain doctor | interventional pain | pain management physician',
  ]),
  SURGICAL_CONSULT('Surgical consultation', [
    'surgeon | surgeons | ortho | orthopedic* | orthopaedic* | orthopedist | neurosurg* | ' +
      `spine specialist | spine consult* | hand specialist | spine center & ${CONSULT} | treat | ` +
      `treatment & !${NOT_A_VISIT}`,
    `surgery | surgical | surg & ${CONSULT} & !${NOT_A_VISIT}`,
  ]),

  // --- Tests whose abbreviations read as other services (PT/PTT is not physical therapy)
  LAB('Urine drug screen', [
    'urine drug* | drug screen* | drug test* | urine tox | urine toxic* | utox | uds | urinary drug | ' +
      'toxicology | urine test* | urine screen* | drug panel | confirmatory | lcms | gcms | ' +
      'lc ms | gc ms | qualitative drug | quantitative drug | saliva drug | oral fluid drug',
  ]),
  LAB('Genetic testing', [
    'genetic* | genomic* | pharmacogen* | cytochrome | dna | cyp450 | cyp 450 | gene test* | ' +
      'opioid risk test*',
  ]),
  TEST('EKG', ['ekg | ekgs | ecg | electrocardiogra* | 12 lead'], { perioperative: true }),
  IMAGING(
    'Chest X-ray',
    ['chest & x ray | x rays | xray | xrays | radiograph* | film | films', 'cxr'],
    {
      perioperative: true,
    },
  ),
  LAB('Lab tests', [
    'lab | labs | laboratory | blood work | bloodwork | blood test* | blood draw | blood count* | ' +
      'cbc | cmp | bmp | ' +
      'chem 7 | chem 12 | chemistry | chem panel | metabolic panel | lipid panel | liver function | ' +
      'lft | lfts | renal function | hepatic function | hepatic panel | kidney function | tsh | ' +
      'hba1c | a1c | pt ptt | pt inr | ptt | inr | prothrombin | coagulation | esr | sed rate | ' +
      'crp | c reactive | rheumatoid factor | ana | serum | blood level* | drug level* | ' +
      'testosterone level* | vitamin d level* | thyroid panel | hemoglobin | glucose | culture | ' +
      'venipuncture',
  ]),
  LAB('Urinalysis', ['urinalysis | urine analysis | ua | urine culture']),
  LAB('Biopsy', ['biops* | skin punch | epidermal nerve fiber | pathology']),
  TEST('Pulmonary function test', ['pulmonary function | pft | pfts | spirometry']),
  TEST('Echocardiogram', [
    'echocardiogra* | echo | cardiac stress | stress test* | holter | treadmill test*',
  ]),

  // --- Named composites before their parts
  THERAPY('Localized intense neurostimulation therapy', [
    'lint | localized intense | hyperstimulation analgesia',
  ]),
  TEST('Trigger point impedance imaging', ['tpii | impedance imaging', 'trigger & impedance']),
  TEST('Ergonomic evaluation', [
    'ergonomic* | workstation | work station | worksite | job site & eval* | assessment',
  ]),
  TEST('Functional capacity evaluation', [
    'functional capacity | functional capacities | fce | work capacity | functional evaluation',
  ]),
  CHIRO('Spinal manipulation under anesthesia', [
    'manipulation under anesthesia | manipulation under anaesthesia | mua & !shoulder | knee | hip | elbow | ankle | wrist',
  ]),
  OPEN('Joint manipulation under anesthesia', [
    'manipulation under anesthesia | manipulation under anaesthesia | mua',
  ]),

  // --- Injections (spinal cord stimulators first: "epidural leads" are not an ESI)
  SPINE('Spinal cord stimulator trial', [
    'spinal cord stim* | scs | dorsal column | neurostimulator | spinal stimulator | ' +
      'dorsal root ganglion stim* | drg stim* & trial | trials | temporary | percutaneous',
  ]),
  SPINE('Spinal cord stimulator', [
    'spinal cord stim* | scs | dorsal column | spinal stimulator | dorsal root ganglion stim* | ' +
      'drg stim*',
    'neurostimulator & spin* | implant* | lead | leads | battery | generator',
  ]),
  SPINE(
    'Intrathecal pump',
    [
      'intrathecal | drug delivery system | morphine pump | implantable pump',
      'pain pump & implant* | refill* | trial',
    ],
    { overDrugs: true },
  ),
  INJ('Platelet-rich plasma injection', ['platelet* | prp']),
  INJ('Stem cell injection', [
    'stem cell* | bone marrow aspirat* | amniotic | regenerative inject* | regenerative medicine',
  ]),
  INJ('Botulinum toxin injection', ['botox | botulinum | dysport | myobloc | xeomin']),
  INJ('Prolotherapy', ['prolotherapy | prolo | ozone | dextrose inject* | sclerotherapy']),
  FACET('Radiofrequency ablation', [
    'radiofrequency | radio frequency | rfa | rf ablation | rf neurotomy | rf lesion* | ' +
      'rhizotomy | rhizotomies | neurotomy | neurotomies | ablation | coolief | cooled rf | ' +
      'denervation | thermal ablation | radiofrequency lesioning',
  ]),
  FACET('Medial branch block', ['medial branch | mbb | mbbs | mbnb | facet nerve block*']),
  FACET('Facet injection', [
    'facet | facets | zygapophys* & inject* | block | blocks | steroid* | intra articular | ' +
      'intraarticular | procedure | procedures | joint | joints',
  ]),
  INJ('Epidural adhesiolysis', [
    'adhesiolysis | neuroplasty | lysis of adhesions | lysis of epidural | racz | epidural lysis | ' +
      'epidurolysis | epiduroscopy | epidural neurolysis | percutaneous lysis & !median | ulnar | ' +
      'carpal | cubital | peroneal | radial | tarsal | transposition',
  ]),
  INJ('Neurolytic injection', [
    'neurolytic | neurolysis | chemical neurolysis | phenol & !median | ulnar | carpal | cubital | ' +
      'peroneal | radial | tarsal | transposition | release | decompression',
  ]),
  INJ('Sacroiliac joint injection', [
    'sacroiliac | si joint | si joints | sij & inject* | block | blocks | steroid*',
  ]),
  INJ('Epidural steroid injection', [
    'epidural* | esi | esis | tfesi | tfesis | tesi | ilesi | transforaminal | interlaminar | ' +
      'caudal | selective nerve root* | snrb | snrbs | nerve root block* | translaminar',
  ]),
  INJ('Sympathetic nerve block', [
    'sympathetic | stellate | ganglion impar | celiac plexus | hypogastric & block* | inject*',
  ]),
  INJ('Occipital nerve block', ['occipital & block* | inject* | nerve']),
  INJ('Trigger point injection', ['trigger point* & inject*', 'tpi | tpis']),
  INJ('Nerve block', [
    'nerve block* | nerve inject*',
    'genicular | suprascapular | intercostal | ilioinguinal | ' +
      'peripheral nerve | pudendal | sphenopalatine | interscalene | femoral nerve | ' +
      'regional block | peripheral block | trigeminal & block* | inject*',
    'block | blocks & nerve | nerves | root | diagnostic | anesthetic',
  ]),
  INJ('Ketorolac injection', [
    'toradol | ketorolac & inject* | im | intramuscular | shot | shots | iv',
  ]),
  INJ('Vitamin B12 injection', [
    'b12 | b 12 | cyanocobalamin | vitamin | vitamins | b complex & inject* | shot | shots | im',
  ]),
  INJ('Corticosteroid injection', [
    'cortisone | corticosteroid* | steroid | steroids | kenalog | depo medrol | depomedrol | ' +
      'celestone | dexamethasone | decadron | triamcinolone | methylprednisolone | betamethasone | ' +
      `cortico* & inject* | shot | shots | inj`,
  ]),
  INJ('Joint injection', [
    `${JOINTS} & inject* | inj | aspiration | shot | shots`,
    'arthrocentesis | joint aspiration | intra articular | intraarticular',
  ]),
  INJ('Local anesthetic injection', [
    'lidocaine | xylocaine | bupivacaine | marcaine | local anesthetic | ropivacaine & inject* | inj | shot',
  ]),
  INJ('Infusion therapy', ['infusion | infusions | iv therapy | intravenous | ketamine infusion']),

  // --- Rehabilitation: evaluations, then courses of therapy by discipline
  PT('Physical therapy evaluation', [
    'physical therapy | physiotherapy | pt | physical therapist & eval* | assessment | ' +
      `re eval* | reevaluation | initial exam* | re exam* & !${SESSIONS} | week | weeks | treatment | ` +
      'and therapy | sessions',
  ]),
  CHIRO('Chiropractic evaluation', [
    `chiro* & eval* | exam | exams | examination | re exam* | reexam* | re eval* | reevaluation | ` +
      `consult* | assessment & !${SESSIONS} | week | weeks | treatment | therapy`,
  ]),
  DME('Massage device', ['massager | massage chair | massage device | massage unit | percussion']),
  PT('Aquatic therapy', [
    'aquatic* | aqua therapy | aquatherapy | pool therapy | water therapy | hydrotherapy | ' +
      'pool exercise* | pool program | aquatics',
  ]),
  PT('Vestibular rehabilitation', ['vestibular & rehab* | therap* | exercise*']),
  PT('Hand therapy', ['hand therap* | hand rehab* | certified hand | occupational hand']),
  CHIRO('Osteopathic manipulation', ['osteopath* | omt | omm']),
  CHIRO('Chiropractic manipulation', [
    'chiro* | manipulat* | cmt | spinal adjust* | adjustment | adjustments | chirophysio*',
  ]),
  ACU('Acupuncture', [
    'acupunct* | acupressure | electroacupunct* | acupunture | accupuncture | cupping | ' +
      'moxibustion | acu | electro acupunct*',
  ]),
  PT('Physical therapy', [
    'physical therap* | physiotherap* | pt | physio | physical therapist | physical rehab* | ' +
      'therapeutic exercise* | therapeutic activit* | neuromuscular re education | ' +
      'neuromuscular reeducation | gait training | manual therapy | post op therapy | ' +
      'postoperative therapy | therapy visits | therapy sessions',
    'physical medicine & therap*',
  ]),
  PT('Occupational therapy', ['occupational therap* | occupational rehab* | ot | ots']),
  THERAPY('Massage therapy', [
    'massage* | soft tissue mobilization | soft tissue therapy | deep tissue | rolfing',
  ]),
  THERAPY('Myofascial release', [
    'myofascial | mfr | trigger point therapy | trigger point release',
  ]),
  THERAPY('Extracorporeal shockwave therapy', [
    'shockwave | shock wave | shockwaves | eswt | extracorporeal | orthotripsy',
  ]),
  THERAPY('Laser therapy', [
    'laser | lllt | cold laser | low level laser | photobiomodulation & !discectomy | surgery | ' +
      'surgical | decompression | ablation | spine',
  ]),
  THERAPY('Infrared therapy', ['infrared | anodyne']),
  THERAPY('Ultrasound therapy', [
    'therapeutic ultrasound | ultrasound therapy | pulsed ultrasound | phonophoresis',
    `ultrasound & ${SESSIONS} | therap* | treatment`,
  ]),
  THERAPY('Iontophoresis', ['iontophoresis | ionto | iontophoretic']),
  THERAPY('Hot/cold therapy', [
    `hot | cold | heat | ice | cryo* | moist heat | thermo* & therap* | treatment* | pack | packs | pads & ${SESSIONS} & ` +
      `!${DEVICE} | wrap | wraps`,
  ]),
  THERAPY('Dry needling', ['dry needl* | intramuscular stimulation | ims']),
  THERAPY('Instrument-assisted soft tissue mobilization', [
    'graston | iastm | instrument assisted | astym',
  ]),
  THERAPY('Kinesio taping', ['kinesio* | taping | kt tape | rocktape | rock tape']),
  THERAPY('Speech therapy', ['speech | swallow* therapy | language therapy | dysphagia therapy']),
  THERAPY('Cognitive rehabilitation', [
    'cognitive rehab* | cognitive therapy | cognitive remediation | cognitive training',
  ]),
  THERAPY('Vision therapy', ['vision therapy | vision rehab* | visual therapy']),
  THERAPY('Hyperbaric oxygen therapy', ['hyperbaric']),
  THERAPY('Scrambler therapy', ['scrambler | calmare']),
  THERAPY('Home exercise program', [
    'home exercise program | hep | exercise program | exercise instruction | self directed',
  ]),
  THERAPY('Yoga', ['yoga | tai chi | taichi | pilates | qigong']),

  // --- DMEPOS devices (before the in-office modalities of the same name)
  SUPPLY('TENS supplies', [
    'tens | stimulator | interferential | inferential | h wave | e stim | estim | ems | nmes & supplies | supply | electrodes | ' +
      'batteries | pads | leads | patches | electrode',
  ]),
  ESTIM('H-wave unit', ['h wave | hwave']),
  ESTIM('Interferential unit', [
    // `inferential` is the letters' common misspelling.
    `interferential | inferential | ifc | ics & ${DEVICE} | trial`,
    'if unit | if units',
  ]),
  ESTIM('TENS unit', [
    'tens | transcutaneous | tens unit | tens units | combo unit | combination unit | ' +
      'tens ems | dual channel',
  ]),
  ESTIM('Electrical stimulation unit', [
    'nmes | ems | neuromuscular electrical | neuromuscular stim* | muscle stim* | e stim | ' +
      `estim | electrical stim* | electric stim* | electrostim* | microcurrent | micro current | ` +
      `galvanic | electrotherapy & ${DEVICE}`,
  ]),
  ESTIM('Bone growth stimulator', [
    'bone growth | bone stim* | osteogenic | exogen | ultrasonic bone | bone healing',
  ]),
  ESTIM('Cranial electrotherapy stimulator', [
    'alpha stim | alphastim | cranial electro* | ces | fisher wallace | cefaly',
  ]),
  ESTIM('PEMF device', ['pemf | pulsed electromagnetic | pulsed electro magnetic | actipatch']),
  DME('Hot/cold pack', [
    'hot | heat & cold | ice & wrap | wraps | pack | packs | pad | pads & !unit | machine | device | ' +
      'rental | compression',
  ]),
  DME('Cold therapy unit', [
    'cold therapy | cryotherapy | cryo therapy | cryo unit | cryocuff | cryo cuff | polar care | ' +
      'polarcare | polar ice | polar unit | game ready | gameready | vasotherm | vascutherm | cold compression | ' +
      'ice machine | ice unit | iceman | ice man | cold unit | continuous flow | coolcare | ' +
      'cooling unit | thermocool | hot cold compression | cold water',
    'cold | ice | cryo* | contrast & unit | units | machine | system',
  ]),
  DME('Hot/cold pack', [
    'hot | cold | heat | heated | heating | ice | thermal | thermo* | warm & pack | packs | wrap | ' +
      'wraps | pad | pads | gel | gels | blanket | therapy',
    'thermophore | thermacare | moist heat | hot pack* | cold pack* | ice pack* | heating pad | heating pads',
  ]),
  DME('Traction unit', [
    `traction & ${DEVICE} | collar | over door | overdoor | pronex | saunders | inversion`,
    'inversion table | pronex | saunders',
  ]),
  DME('Continuous passive motion device', ['cpm | continuous passive motion']),
  DME('Pneumatic compression device', [
    'pneumatic compression | compression device | intermittent compression | scd | scds | ' +
      'sequential compression | dvt | compression pump | lymphedema pump | vasopneumatic',
  ]),
  DME('Paraffin bath', ['paraffin']),
  DME('Hot tub', ['hot tub | jacuzzi | sauna | spa', 'whirlpool & purchase | home | unit']),

  // --- In-office modalities (the devices are above)
  THERAPY('Electrical stimulation', [
    'e stim | estim | electrical stim* | electric stim* | electrostim* | nmes | ems | ' +
      'neuromuscular electrical | muscle stim* | microcurrent | galvanic | interferential | inferential | ' +
      'electrotherapy | electro therapy',
  ]),
  THERAPY('Traction', [
    'traction | spinolator | decompression therapy | spinal decompression | vax d | drx | drx9000 | ' +
      'decompression table | mechanical decompression',
  ]),
  THERAPY('Whirlpool therapy', ['whirlpool | contrast bath*']),

  // --- Orthotics, prosthetics and mobility
  ORTHO('Walking boot', [
    'walking boot | cam boot | cam walker | fracture boot | controlled ankle motion | moon boot | ' +
      'boot | boots',
  ]),
  ORTHO('Cervical collar', [
    'collar | philadelphia | aspen collar | miami j | neck brace | cervical brace | cervical orthosis',
  ]),
  ORTHO('Shoulder sling', [
    'sling | slings | ultrasling | arc sling | shoulder immobilizer | abduction pillow | ' +
      'gunslinger | slingshot',
  ]),
  ORTHO('Back brace', [
    'back | lumbar | lumbosacral | lso | tlso | thoracolumbar | spinal | spine | sacroiliac | si | ' +
      'abdominal & brace* | support | supports | belt | belts | corset | binder | orthosis | orthoses',
    'lso | tlso | corset | quick draw | quickdraw | aspen brace',
  ]),
  ORTHO('Knee brace', [
    'knee | knees | patella* | patellar & brace* | support | supports | sleeve | orthosis | ' +
      'immobilizer | stabilizer',
    'unloader | donjoy | hinged knee | bledsoe | t scope | knee immobilizer',
  ]),
  ORTHO('Wrist brace', [
    'wrist | wrists | carpal | thumb | hand | hands | finger | fingers | cock up | spica | ' +
      'forearm & brace* | splint* | support | supports | orthosis | immobilizer | stabilizer',
  ]),
  ORTHO('Elbow brace', [
    'elbow | elbows | tennis elbow | counterforce | epicondyl* & brace* | strap | straps | band | ' +
      'splint* | support | sleeve | orthosis',
  ]),
  ORTHO('Shoulder brace', ['shoulder & brace* | support | orthosis | immobilizer | stabilizer']),
  ORTHO('Ankle brace', [
    'ankle | aso | stirrup | aircast | air cast & brace* | support | supports | orthosis | ' +
      'splint | stirrup | stabilizer',
    'afo | afos | ankle foot orthos* | aso | aircast | air cast',
  ]),
  ORTHO('Splint', ['splint | splints | splinting | night splint']),
  ORTHO('Orthotics', [
    'orthotic* | insert | inserts | insole | insoles | arch support* | heel cup | heel cups | heel lift* | ' +
      'foot orthos*',
  ]),
  ORTHO('Orthopedic shoes', ['shoe | shoes | sneakers | footwear']),
  ORTHO('Brace', [
    'brace | braces | orthosis | orthoses | orthotic device | immobilizer | stabilizer',
  ]),
  ORTHO('Prosthesis', ['prosthe* | artificial limb | prosthetic']),
  ORTHO('Hearing aids', ['hearing aid | hearing aids']),
  ORTHO('Eyeglasses', ['glasses | eyeglasses | spectacles | contact lens* | eye glasses']),
  DME('Home modification', [
    'home modification* | house modification* | ramp | ramps | wheelchair ramp | ' +
      'bathroom modification* | widen* doorway*',
  ]),
  DME('Vehicle modification', ['vehicle | automobile | hand controls | van | car modification*']),
  DME('Knee scooter', ['knee scooter | knee walker | roll about | rollabout | iwalk']),
  DME('Power mobility device', [
    'power chair | power wheelchair | motorized | power scooter | mobility scooter | ' +
      'electric scooter | electric wheelchair | power mobility | scooter',
  ]),
  DME('Wheelchair', ['wheelchair* | wheel chair*']),
  DME('Walker', ['walker | walkers | rollator | rollators | front wheeled']),
  DME('Cane', ['cane | canes | quad cane']),
  DME('Crutches', ['crutch*']),
  DME('Commode', ['commode* | toilet | toilets | raised toilet']),
  DME('Bath/shower chair', [
    'shower | bath chair | bath bench | tub chair | tub bench | transfer bench | bathtub | ' +
      'bath seat | tub seat',
  ]),
  DME('Grab bars', ['grab bar | grab bars | handrail* | hand rail*']),
  DME('Adaptive equipment', [
    'reacher* | grabber* | sock aid | long handled | shoe horn | dressing aid | dressing aids | adl kit | ' +
      'adaptive equipment | hip kit | adaptive device*',
  ]),
  DME('Patient lift', [
    'hoyer | patient lift | mechanical lift | stair lift | stairlift | lift chair | chair lift | ' +
      'ceiling lift | stair chair',
  ]),
  DME('Hospital bed', ['hospital bed | hospital beds']),
  DME('Adjustable bed', ['adjustable bed | electric bed | bed | beds | sleep number']),
  DME('Mattress', ['mattress* | memory foam | tempur*']),
  DME('Pillow', ['pillow* | cervical roll | lumbar roll | wedge | wedges']),
  DME('Seat cushion', ['cushion*']),
  DME('Ergonomic equipment', [
    'sit stand | standing desk | ergonomic* | workstation | work station | keyboard | mouse | ' +
      'desk | office chair | chair | chairs | headset',
  ]),
  DME('Exercise equipment', [
    'exercise equipment | exercise kit | exercise ball | stability ball | theraband* | ' +
      'resistance band* | treadmill | stationary bike | exercise bike | elliptical | pulley | ' +
      'pulleys | recumbent bike | weights | dumbbell* | pedal exerciser | total gym | bowflex | ' +
      'exercise machine | foam roller | therapy ball | hand exerciser | putty | swiss ball | ' +
      'exercise equipments | home gym | bicycle | exercise bicycle',
  ]),
  DME('CPAP', ['cpap | bipap | c pap | sleep apnea machine']),
  DME('Therapy wrap', ['wrap | wraps']),
  SUPPLY('Compression garment', [
    'stocking | stockings | ted hose | teds | jobst | compression stocking* | compression sock* | ' +
      'compression hose | compression sleeve* | compression garment* | compression glove* | ' +
      'compression wrap* | compression shorts',
  ]),
  SUPPLY('Incontinence supplies', [
    'incontinence | diaper* | adult brief* | chux | underpad* | catheter* | urinal*',
  ]),
  SUPPLY('Gloves', ['gloves | glove']),
  SUPPLY('Hygiene supplies', ['wipes | hygiene | washcloth* | bath wipes']),
  SUPPLY('Wound care supplies', [
    'dressing | dressings | bandage* | gauze | wound vac | wound vacuum | negative pressure wound | ' +
      'steri strip* | tegaderm | wound supplies | wound care supplies | wound care kit | ace wrap | ' +
      'elastic bandage',
  ]),

  // --- Home health (a post-op home nurse is still home health)
  VISIT('Case management', ['case manag* | nurse case | ncm']),
  HOME('Home health aide', [
    'home aide | home health aide | hha | caregiver* | care giver* | attendant care | ' +
      'personal care | custodial | homemaker | housekeep* | house keeping | chore | chores | ' +
      'home assistance | in home support* | ihss | home help | companion | aide | aides | ' +
      'domestic | cna | yard work | meal preparation | cleaning service*',
  ]),
  HOME('Home nursing', [
    'rn | rns | lvn | nurse | nurses | nursing | visiting nurse | home infusion & !practitioner | case',
  ]),
  HOME('Home health care', ['home health | home healthcare | home care | homecare | home visit*']),

  // --- Diagnostic testing
  IMAGING('Discogram', ['discogra* | discography | disco gram']),
  IMAGING('Myelogram', ['myelogra* | myelography']),
  IMAGING('MR arthrogram', [
    'mr arthrogra* | mri arthrogra* | magnetic resonance arthrogra* | mra & arthrogra*',
    'mra & shoulder | hip | knee | wrist | elbow | ankle',
  ]),
  IMAGING('Arthrogram', ['arthrogra*']),
  IMAGING('PET scan', ['pet | positron']),
  IMAGING('Bone scan', [
    'bone scan* | scintigra* | nuclear medicine | three phase | triple phase | spect',
  ]),
  IMAGING('DEXA scan', ['dexa | dxa | bone density | densitometry']),
  IMAGING('MRI', ['mri | mris | magnetic resonance | mr imaging | mr scan | mra | nmr | mr']),
  IMAGING('CT scan', [
    'ct | cts | cat scan | computed tomograph* | computerized tomograph* | ctscan | cat',
  ]),
  IMAGING('Ultrasound', [
    'ultrasound* | ultra sound | sonogra* | doppler | duplex | echography | us guided',
  ]),
  IMAGING('Fluoroscopy', ['fluoroscop* | cineradiograph* | digital motion | dmx']),
  IMAGING('X-ray', [
    'x ray | x rays | xray | xrays | radiograph* | films | plain film* | flexion extension view* | ' +
      'flexion and extension view* | views | roentgenogra*',
  ]),
  IMAGING('Thermography', ['thermogra*']),
  EMG('EMG/NCV', [
    'emg | emgs | electromyogra* | electro myogra* & ncv | ncvs | ncs | nerve conduction* | ' +
      'nerve study | nerve studies | conduction',
  ]),
  EMG('Electrodiagnostic studies', ['electrodiagnostic* | electro diagnostic*']),
  EMG('EMG', ['emg | emgs | electromyogra* | electro myogra* | needle exam*']),
  EMG('Nerve conduction study', [
    'ncv | ncvs | ncs | nerve conduction* | nerve study | nerve studies | nerve testing',
  ]),
  EMG('Evoked potentials', [
    'ssep | sseps | somatosensory | evoked potential* | vep | baer | dssep | dermatomal',
  ]),
  EMG('Quantitative sensory testing', [
    'qst | quantitative sensory | current perception | pssd | pressure specified | ' +
      'sensory nerve conduction threshold | snct | vsnct | neurometer',
  ]),
  TEST('EEG', ['eeg | eegs | electroencephalogra* | qeeg']),
  TEST('Sleep study', [
    'sleep study | sleep studies | polysomnogra* | sleep apnea test* | psg | sleep test* | ' +
      'mslt | home sleep',
  ]),
  TEST('Autonomic testing', [
    'cardio respiratory | cardiorespiratory | autonomic | sudomotor | qsart | tilt table | ' +
      'heart rate variability | ans test*',
  ]),
  TEST('Range of motion testing', [
    'range of motion | rom | muscle test* | strength test* | computerized muscle | grip strength | ' +
      'isokinetic | dynamometer | functional improvement measurement',
  ]),
  TEST('Vestibular testing', [
    'vng | videonystagmo* | electronystagmo* | eng | vestibular | rotary chair | posturography',
  ]),
  TEST('Audiogram', [
    'audiogra* | audiometr* | hearing test* | hearing eval* | audiolog* | hearing',
  ]),
  TEST('Endoscopy', ['endoscopy | egd | colonoscop* | upper gi']),
  LAB('Allergy testing', ['allergy test* | patch test*']),

  // --- Surgery, spine first, then arthroscopy by joint, then open procedures
  SPINE('Kyphoplasty', ['kyphoplasty | vertebroplasty']),
  SPINE('Artificial disc replacement', [
    'disc replacement | disk replacement | disc arthroplasty | disk arthroplasty | artificial disc | ' +
      'artificial disk | total disc',
  ]),
  OPEN('Joint fusion', [
    'ankle | wrist | subtalar | triple | thumb | finger | toe | foot | sacroiliac | si joint | cmc | ' +
      'mtp | pip | dip | midfoot | hindfoot | radiocarpal & fusion | arthrodesis',
  ]),
  SPINE('Spinal fusion', [
    'fusion | fusions | arthrodesis | acdf | tlif | plif | alif | xlif | dlif | olif | llif | ' +
      'spondylodesis',
  ]),
  SPINE('Laminectomy', [
    '*laminectomy | *laminotomy | laminoplasty | foraminotomy | foraminectomy | ' +
      'microdecompression | facetectomy | corpectomy',
    `decompression & ${SPINE_WORDS} | stenosis & !subacromial | carpal | nerve | cubital | tarsal`,
  ]),
  SPINE('Discectomy', [
    '*discectomy | *diskectomy | disc excision | nucleoplasty | ' +
      'idet | annuloplasty | percutaneous disc | disc decompression | disc surgery | herniated disc',
  ]),
  SPINE('Spine surgery', [
    `${SPINE_WORDS} & surgery | surgical | operation | procedure | hardware | instrumentation`,
  ]),
  SCOPE('Shoulder arthroscopy', [
    'shoulder | rotator | glenohumeral | slap | bankart | subacromial & ' +
      `arthroscop* | scope | arthroscopic & !${OTHER_JOINTS}`,
    'subacromial decompression | acromioplasty | rotator cuff | rcr | slap repair | slap lesion | ' +
      'labral repair | labral debridement | bankart | mumford | distal clavicle | capsular release | ' +
      `capsulorrhaphy | biceps tenodesis & !open | ${OTHER_JOINTS}`,
  ]),
  SCOPE('Knee arthroscopy', [
    'knee | menisc* | acl | pcl | patell* | chondral | cartilage & arthroscop* | scope | arthroscopic',
    'meniscectomy | menisectomy | meniscus repair | meniscal repair | chondroplasty | ' +
      'acl reconstruction | anterior cruciate | lateral release | microfracture | plica | ' +
      'meniscus | meniscal',
  ]),
  SCOPE('Hip arthroscopy', [
    'hip & arthroscop* | scope',
    'femoroacetabular | fai | acetabular labr* | hip labr*',
  ]),
  SCOPE('Wrist arthroscopy', ['wrist & arthroscop* | scope', 'tfcc']),
  SCOPE('Elbow arthroscopy', ['elbow & arthroscop* | scope']),
  SCOPE('Ankle arthroscopy', ['ankle & arthroscop* | scope']),
  SCOPE('Arthroscopy', ['arthroscop*']),
  OPEN('Knee replacement', [
    'knee & replacement | arthroplasty | unicompartmental | uka | resurfacing',
    'tka | tkr | total knee',
  ]),
  OPEN('Hip replacement', [
    'hip & replacement | arthroplasty | resurfacing | hemiarthroplasty',
    'tha | thr | total hip',
  ]),
  OPEN('Shoulder replacement', [
    'shoulder & replacement | arthroplasty | hemiarthroplasty',
    'total shoulder | reverse shoulder',
  ]),
  OPEN('Joint replacement', ['arthroplasty | joint replacement | replacement & !nicotine']),
  OPEN('Carpal tunnel release', [
    'carpal tunnel | median nerve & release | surgery | decompression | repair | procedure | ' +
      'neuroplasty | neurolysis | surgical',
    'ctr',
  ]),
  OPEN('Cubital tunnel release', [
    'cubital tunnel',
    'ulnar nerve & release | transposition | decompression | neuroplasty | surgery | neurolysis',
  ]),
  OPEN('Trigger finger release', [
    'trigger finger | trigger thumb | a1 pulley | tenovaginotomy | stenosing tenosynovitis',
  ]),
  OPEN('De Quervain release', ['de quervain* | dequervain* | first dorsal compartment']),
  OPEN('Lateral epicondyle release', [
    'epicondyl* | tennis elbow & release | debridement | repair | surgery | tenotomy | surgical',
    'tenex | topaz',
  ]),
  OPEN('Ganglion cyst excision', ['ganglion']),
  OPEN('Tendon repair', [
    'tendon & repair | transfer | reconstruction | lengthening',
    'achilles | tenorrhaphy | tenolysis | tenosynovectomy',
  ]),
  OPEN('Open reduction internal fixation', [
    'orif | open reduction | internal fixation | fixation',
    'fracture & repair | surgery | surgical',
  ]),
  OPEN('Hardware removal', [
    'hardware | screw | screws | plate | plates | pins | implant | implants | rods & remov* | ' +
      'extraction | explant*',
  ]),
  OPEN('Hernia repair', ['hernia* | herniorrhaphy | hernioplasty']),
  OPEN('Amputation', ['amputat*']),
  OPEN('Plantar fascia release', [
    'plantar & release | fasciotomy | fasciectomy | surgery',
    'plantar fasciotomy',
  ]),
  OPEN('Bunionectomy', ['bunion* | hallux valgus | hammertoe | hammer toe']),
  OPEN('Peripheral nerve surgery', [
    'nerve & decompression | release | transposition | neuroplasty | neurectomy | resection | repair',
    'neurectomy | neuroma | tarsal tunnel | radial tunnel',
  ]),
  OPEN('Bariatric surgery', [
    'bariatric | gastric bypass | gastric sleeve | sleeve gastrectomy | lap band | lapband | gastric band*',
  ]),
  OPEN('Eye surgery', ['cataract | vitrectomy | lasik', 'retina* & surgery | repair']),
  OPEN('Debridement', [
    'debridement | excision | excisional | incision and drainage | i and d | foreign body',
  ]),
  OPEN('Shoulder surgery', [`shoulder | rotator cuff & ${PROCEDURE} | open`]),
  OPEN('Knee surgery', [`knee & ${PROCEDURE}`]),
  OPEN('Hip surgery', [`hip & ${PROCEDURE}`]),
  OPEN('Elbow surgery', [`elbow & ${PROCEDURE}`]),
  OPEN('Hand surgery', [`hand | wrist | finger | fingers | thumb & ${PROCEDURE}`, 'dupuytren*']),
  OPEN('Foot and ankle surgery', [`foot | ankle | toe | heel & ${PROCEDURE}`]),
  ADJUNCT('Inpatient stay', [
    'inpatient stay | inpatient hospital* | hospital stay | overnight stay | length of stay | ' +
      'inpatient admission | hospital admission | hospitalization | admission | observation stay | ' +
      '23 hour | overnight',
    'inpatient & day | days | night | nights | stay',
  ]),
  ADJUNCT('Surgical facility', [
    'surgery center | surgical center | surgicenter | asc | outpatient facility | ' +
      'hospital outpatient | facility fee',
  ]),
  ADJUNCT('Anesthesia', [
    'anesthesia | anaesthesia | anesthesiolog* | sedation | monitored anesthesia | mac',
  ]),
  ADJUNCT('Pain pump', [
    'on q | onq | pain pump | pain ball | painbuster | elastomeric | pain catheter',
  ]),

  OPEN('Surgery', [
    'surgery | surgeries | surgical procedure | operative procedure | operation | *ectomy | ' +
      '*otomy | *plasty | *desis | *orrhaphy | *pexy | repair | reconstruction | release | ' +
      'procedure | surgical intervention | surgical treatment | operative treatment',
  ]),
  // --- Visits and consultations
  SPECIALIST('Medication management', [
    'medication management | med management | pharmacological management | ' +
      'pharmacologic management | medication review | medication monitoring | medication consult*',
  ]),
  SPECIALIST('Internal medicine consultation', [
    'internal medicine | internist | primary care | pcp | general practitioner | family medicine | ' +
      'family practice | family physician | gp',
  ]),
  SPECIALIST('Neurology consultation', ['neurolog* | neuro consult* | neuro eval*']),
  SPECIALIST('Rheumatology consultation', ['rheumatolog*']),
  SPECIALIST('Cardiology consultation', ['cardiolog* | cardiac consult* | cardiac eval*']),
  SPECIALIST('Gastroenterology consultation', [
    'gastro* | gi consult* | gi specialist | gi eval* | hepatolog*',
  ]),
  SPECIALIST('Urology consultation', ['urolog* | nephrolog*']),
  SPECIALIST('Sleep medicine consultation', [
    'sleep & consult* | specialist | medicine | evaluation | disorder*',
  ]),
  SPECIALIST('Ophthalmology consultation', [
    'ophthalm* | optometr* | eye doctor | eye specialist | eye exam* | eye evaluation | ' +
      'vision exam* | vision eval* | retina* | neuro ophthalm*',
  ]),
  SPECIALIST('ENT consultation', ['ent | otolaryngolog* | otorhino* | ear nose']),
  SPECIALIST('Dermatology consultation', ['dermatolog* | derm']),
  SPECIALIST('Endocrinology consultation', ['endocrin*']),
  SPECIALIST('Pulmonology consultation', ['pulmonolog* | pulmonary']),
  SPECIALIST('Infectious disease consultation', ['infectious disease | infectious diseases']),
  SPECIALIST('Podiatry consultation', ['podiatr* | foot specialist']),
  SPECIALIST('Physiatry consultation', [
    'physiatr* | pm r | pmr | physical medicine | rehabilitation medicine',
  ]),
  SPECIALIST('Occupational medicine consultation', ['occupational medicine | occ med']),
  SPECIALIST('Sports medicine consultation', ['sports medicine']),
  SPECIALIST('Nutrition consultation', [
    'nutrition* | dietitian | dietician | dietary | diet & !supplement | supplements',
  ]),
  SPECIALIST('Hematology/oncology consultation', ['hematolog* | oncolog*']),
  SPECIALIST('Medical-legal evaluation', [
    'qme | ame | impairment rating | disability evaluation | permanent and stationary | ' +
      'qualified medical | agreed medical | ' +
      'medical legal | independent medical',
  ]),
  VISIT(
    'Office visit',
    [
      'office visit* | follow up | followup | follow ups | followups | re evaluation | reevaluation | ' +
        're exam* | reexam* | visit | visits | appointment* | return visit | evaluation and management | ' +
        'recheck | check up | checkup | prn | office',
    ],
    { perioperative: true },
  ),
  VISIT('Consultation', [
    'consult* | referral* | refer | specialist | second opinion | opinion | evaluation | eval | ' +
      'evaluate | assessment | toc | transfer of care | physician | doctor | examination | exam',
  ]),

  // --- Drugs named only by kind (a named drug is found by ./drugs.ts first)
  drugKind('Topical Compounds')('Compounded topical', [
    'compound | compounded | compounding | compounds | lipoderm | versapro | pcca | mediderm | ' +
      'pentravan',
  ]),
  drugKind(null)('Nicotine replacement', ['nicotine']),
  drugKind('Topical Analgesics')('Topical analgesic', [
    'cream | creams | gel | gels | ointment | lotion | topical* | patch | patches | rub | balm | ' +
      'liniment | transdermal | roll on | spray',
  ]),
  drugKind('Muscle Relaxant')('Muscle relaxant', [
    'muscle relax* | antispasmodic* | anti spasmodic* | antispasm*',
  ]),
  drugKind('NSAID')('NSAID', ['nsaid* | anti inflammator* | antiinflammator* | non steroidal']),
  drugKind('Opioids')('Opioid', ['opioid* | opiate* | narcotic* | pain pill*']),
  drugKind('Sedative-hypnotics')('Sleep aid', [
    'sleep aid | sleep aids | sleep medication* | sleeping pill* | hypnotic* | insomnia medication*',
  ]),
  drugKind('Antidepressant')('Antidepressant', ['antidepressant* | anti depressant*']),
  drugKind('Anti-epilepsy drugs')('Anti-epilepsy drug', [
    'anticonvulsant* | antiepileptic* | anti epileptic* | anti convulsant*',
  ]),
  drugKind('Proton Pump Inhibitors')('Proton pump inhibitor', ['ppi | ppis | proton pump']),
  drugKind('GI Agents')('Stool softener', ['stool softener* | laxative*']),
  drugKind('Antiemetic')('Antiemetic', ['antiemetic* | anti nausea | nausea medication*']),
  drugKind('Nutritional Products')('Nutritional supplement', [
    'medical food* | nutritional supplement* | supplement | supplements | vitamin | vitamins | ' +
      'nutraceutical*',
  ]),
  drugKind(null)('Medication', [
    'medication* | medicine | medicines | meds | prescription* | rx | refill | refills | ' +
      'pharmacy | drug | drugs | pill | pills | tablet* | capsule* | tabs | tab | oral suspension',
  ]),

  // --- Catch-alls
  // Not over drugs: "Testosterone injection" is the drug.
  INJ('Injection', ['inject* | inj | shot | shots | block | blocks'], { overDrugs: false }),
  PT('Physical therapy', [
    'therapy | therapies | rehabilitation | rehab & !light | oxygen | radiation | music | art | ' +
      'hormone | replacement',
  ]),
  SUPPLY('Medical supplies', ['supplies | supply | kit | kits']),
  DME('Durable medical equipment', [
    'dme | durable medical equipment | equipment | device | devices',
  ]),
  IMAGING('Diagnostic imaging', ['imaging | scan | scans | radiology | radiologic*']),
  TEST('Diagnostic testing', [
    'test | tests | testing | study | studies | screening | diagnostic*',
  ]),
];
