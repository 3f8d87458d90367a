/**
 * Drugs as the letters name them, mapped to a generic name and a drug class (taxonomy.md:
 * the Pharmaceuticals subcategories). Workers' comp letters use brands (Norco, Ultram,
 * Prilosec), misspellings, branded oral suspension kits (Synapryn = tramadol) and topical
 * products of several actives (Terocin); all of them resolve to generics here.
 *
 * Rules the matcher (loaders/canonical/service.ts) applies to this data:
 * - A request names one or more *actives* (a brand expands to its actives). One active is
 *   that drug; a set equal to a COMBINATIONS entry is that product (Hydrocodone +
 *   Acetaminophen = 'Hydrocodone/Acetaminophen', whichever order and separator). A strength
 *   like `10/325` adds Acetaminophen ("Hydrocodone 10/325mg" is Norco).
 * - Several actives applied to the skin (any topical word, a `%` strength, or an active that
 *   is only ever topical) make a compound: class 'Topical Compounds', generic = the actives'
 *   generics sorted and joined with '/', e.g. 'Cyclobenzaprine/Flurbiprofen'. Branded
 *   products of several actives (Terocin, LidoPro, Menthoderm, Salonpas) follow the same
 *   rule, so a name never ends up in two classes and the same mixture is one service
 *   however it was written. Compound *bases* (Lipoderm, Versapro) are not actives.
 * - One active in a topical form takes the drug's `topical` class and the name
 *   '<Generic> topical' ('Diclofenac topical'); without `topical` it is a pharmacy compound
 *   ('Gabapentin topical', Topical Compounds). Drugs whose class is already topical
 *   (Lidocaine, Capsaicin) keep their name. `topical: 'systemic'` marks drugs whose patch or
 *   gel acts systemically (fentanyl, buprenorphine, testosterone): the form is ignored.
 * - Medical foods have no generic: the product name is the drug (Nutritional Products).
 *   Co-packs of a prescription drug and a medical food (Theraprofen, Therabenzaprine,
 *   Sentradine) are the prescription drug.
 * - A word not in the tables but ending in a USAN stem of seven letters or more
 *   ('-prazole') is a drug of that class, named as written (DRUG_STEMS).
 *
 * Synonyms are matched on folded tokens (lowercase; letters and digits split apart; all
 * punctuation is a separator), so 'tylenol #3', 'Tylenol-3' and 'tylenol 3' are one key.
 * Single words of six letters or more also match with one typo, unless the word is a
 * known word of another vocabulary.
 */

export const DRUG_CLASSES = [
  'Opioids',
  'NSAID',
  'Muscle Relaxant',
  'Proton Pump Inhibitors',
  'H2 Blocker',
  'Topical Analgesics',
  'Topical Compounds',
  'Antidepressant',
  'Anti-epilepsy drugs',
  'Sedative-hypnotics',
  'Benzodiazepine',
  'Barbiturates',
  'AntiAnxiety',
  'Atypical Antipsychotic',
  'Stimulants',
  'Antihistamine',
  'Antiemetic',
  'Antimigraine Agent',
  'Adrenal Cortical Steroids',
  'Anti-coagulant',
  'Anti-infectives',
  'Antidiabetics',
  'Antihypertensive',
  'Statin',
  'GI Agents',
  'Hormones',
  'Impotence Agents',
  'Nutritional Products',
  'Cannabinoids',
  'Viscosupplementation',
  'Misc Analgesics',
] as const;

export type DrugClass = (typeof DRUG_CLASSES)[number];

export const TOPICAL_CLASSES: ReadonlySet<DrugClass> = new Set<DrugClass>([
  'Topical Analgesics',
  'Topical Compounds',
]);

/** One drug (or one branded product) as written in a drug table below. */
export interface DrugSpec {
  /** Canonical generic name ('Cyclobenzaprine'); a medical food's product name. */
  generic: string;
  /** Brands, abbreviations and misspellings seen in letters. */
  synonyms?: readonly string[];
  /** Synonyms that are topical products by themselves (Flector, Pennsaid). */
  topicalBrands?: readonly string[];
  /** A product of several actives (Terocin): the generics it contains; the name is unused. */
  actives?: readonly string[];
  /** Class of a topical form of this drug; absent: 'Topical Compounds'. */
  topical?: DrugClass | 'systemic';
  /** Only ever injected (Synvisc): the word "injection" does not make it a procedure. */
  injectedOnly?: boolean;
}

/** A drug table row with its class, as the matcher compiles it. */
export interface DrugEntry extends DrugSpec {
  drugClass: DrugClass;
}

/** Fixed-dose combination products: the actives (as generics above) they are made of. */
export interface CombinationSpec {
  generic: string;
  drugClass: DrugClass;
  of: readonly string[];
  synonyms?: readonly string[];
}

export const COMBINATIONS: readonly CombinationSpec[] = [
  {
    generic: 'Hydrocodone/Acetaminophen',
    drugClass: 'Opioids',
    of: ['Hydrocodone', 'Acetaminophen'],
    synonyms: [
      'norco',
      'vicodin',
      'vicoden',
      'lortab',
      'lorcet',
      'xodol',
      'hycet',
      'zydone',
      'verdrocet',
      'zamicet',
      'maxidone',
      'anexsia',
      'co gesic',
      'norcos',
      'narco',
    ],
  },
  {
    generic: 'Hydrocodone/Ibuprofen',
    drugClass: 'Opioids',
    of: ['Hydrocodone', 'Ibuprofen'],
    synonyms: ['vicoprofen', 'reprexain', 'ibudone', 'xylon'],
  },
  {
    generic: 'Oxycodone/Acetaminophen',
    drugClass: 'Opioids',
    of: ['Oxycodone', 'Acetaminophen'],
    synonyms: [
      'percocet',
      'endocet',
      'roxicet',
      'primlev',
      'tylox',
      'xartemis',
      'nalocet',
      'prolate',
      'magnacet',
      'percocette',
    ],
  },
  {
    generic: 'Oxycodone/Ibuprofen',
    drugClass: 'Opioids',
    of: ['Oxycodone', 'Ibuprofen'],
    synonyms: ['combunox'],
  },
  {
    generic: 'Oxycodone/Naloxone',
    drugClass: 'Opioids',
    of: ['Oxycodone', 'Naloxone'],
    synonyms: ['targiniq'],
  },
  {
    generic: 'Oxycodone/Naltrexone',
    drugClass: 'Opioids',
    of: ['Oxycodone', 'Naltrexone'],
    synonyms: ['troxyca'],
  },
  {
    generic: 'Morphine/Naltrexone',
    drugClass: 'Opioids',
    of: ['Morphine', 'Naltrexone'],
    synonyms: ['embeda'],
  },
  {
    generic: 'Tramadol/Acetaminophen',
    drugClass: 'Opioids',
    of: ['Tramadol', 'Acetaminophen'],
    synonyms: ['ultracet', 'ultracette'],
  },
  {
    generic: 'Acetaminophen/Codeine',
    drugClass: 'Opioids',
    of: ['Acetaminophen', 'Codeine'],
    synonyms: [
      'tylenol 3',
      'tylenol no 3',
      'tylenol 4',
      'tylenol no 4',
      'tylenol with codeine',
      'tylenol codeine',
      'tylenol w codeine',
      'tylenol iii',
      'apap codeine',
    ],
  },
  {
    generic: 'Acetaminophen/Caffeine/Dihydrocodeine',
    drugClass: 'Opioids',
    of: ['Acetaminophen', 'Caffeine', 'Dihydrocodeine'],
    synonyms: ['trezix', 'panlor', 'dvorah'],
  },
  {
    generic: 'Buprenorphine/Naloxone',
    drugClass: 'Opioids',
    of: ['Buprenorphine', 'Naloxone'],
    synonyms: ['suboxone', 'zubsolv', 'bunavail'],
  },
  {
    generic: 'Carisoprodol/Aspirin',
    drugClass: 'Muscle Relaxant',
    of: ['Carisoprodol', 'Aspirin'],
    synonyms: ['soma compound'],
  },
  {
    generic: 'Orphenadrine/Aspirin/Caffeine',
    drugClass: 'Muscle Relaxant',
    of: ['Orphenadrine', 'Aspirin', 'Caffeine'],
    synonyms: ['norgesic', 'orphengesic'],
  },
  {
    generic: 'Butalbital/Acetaminophen/Caffeine',
    drugClass: 'Barbiturates',
    of: ['Butalbital', 'Acetaminophen', 'Caffeine'],
    synonyms: ['fioricet', 'esgic', 'zebutal', 'phrenilin'],
  },
  {
    generic: 'Butalbital/Aspirin/Caffeine',
    drugClass: 'Barbiturates',
    of: ['Butalbital', 'Aspirin', 'Caffeine'],
    synonyms: ['fiorinal'],
  },
  {
    generic: 'Diclofenac/Misoprostol',
    drugClass: 'NSAID',
    of: ['Diclofenac', 'Misoprostol'],
    synonyms: ['arthrotec'],
  },
  {
    generic: 'Ibuprofen/Famotidine',
    drugClass: 'NSAID',
    of: ['Ibuprofen', 'Famotidine'],
    synonyms: ['duexis'],
  },
  {
    generic: 'Naproxen/Esomeprazole',
    drugClass: 'NSAID',
    of: ['Naproxen', 'Esomeprazole'],
    synonyms: ['vimovo'],
  },
  {
    generic: 'Sumatriptan/Naproxen',
    drugClass: 'Antimigraine Agent',
    of: ['Sumatriptan', 'Naproxen'],
    synonyms: ['treximet'],
  },
  {
    generic: 'Lidocaine/Prilocaine',
    drugClass: 'Topical Analgesics',
    of: ['Lidocaine', 'Prilocaine'],
    synonyms: ['emla'],
  },
  {
    generic: 'Amphetamine/Dextroamphetamine',
    drugClass: 'Stimulants',
    of: ['Amphetamine', 'Dextroamphetamine'],
    synonyms: ['adderall'],
  },
  {
    generic: 'Docusate/Senna',
    drugClass: 'GI Agents',
    of: ['Docusate', 'Senna'],
    synonyms: ['senokot s', 'senna s', 'peri colace', 'pericolace', 'senna plus'],
  },
  {
    generic: 'Glucosamine/Chondroitin',
    drugClass: 'Nutritional Products',
    of: ['Glucosamine', 'Chondroitin'],
    synonyms: ['cosamin', 'cosamin ds', 'osteo bi flex', 'osteo biflex'],
  },
];

/** The drug tables, by class. Order inside a class does not matter. */
export const DRUGS_BY_CLASS: Readonly<Record<DrugClass, readonly DrugSpec[]>> = {
  Opioids: [
    { generic: 'Hydrocodone', synonyms: ['zohydro', 'hysingla', 'vantrela', 'hydrocodon'] },
    {
      generic: 'Oxycodone',
      synonyms: [
        'oxycontin',
        'roxicodone',
        'xtampza',
        'oxaydo',
        'roxybond',
        'oxycodon',
        'oxy ir',
        'oxycodone ir',
        'oxecta',
      ],
    },
    {
      generic: 'Tramadol',
      synonyms: [
        'ultram',
        'ultram er',
        'conzip',
        'ryzolt',
        'rybix',
        'synapryn',
        'tramadol er',
        'tramadal',
        'tramidol',
        'ultrum',
        'theratramadol',
      ],
    },
    { generic: 'Tapentadol', synonyms: ['nucynta', 'nucynta er', 'nucenta'] },
    { generic: 'Oxymorphone', synonyms: ['opana', 'opana er'] },
    { generic: 'Hydromorphone', synonyms: ['dilaudid', 'exalgo'] },
    {
      generic: 'Morphine',
      synonyms: [
        'ms contin',
        'mscontin',
        'kadian',
        'avinza',
        'arymo',
        'morphabond',
        'msir',
        'ms ir',
      ],
    },
    { generic: 'Methadone', synonyms: ['dolophine', 'methadose'] },
    {
      generic: 'Fentanyl',
      synonyms: ['duragesic', 'fentora', 'actiq', 'subsys', 'abstral'],
      topical: 'systemic',
    },
    {
      generic: 'Buprenorphine',
      synonyms: ['butrans', 'belbuca', 'subutex', 'buprenex'],
      topical: 'systemic',
    },
    { generic: 'Codeine' },
    { generic: 'Dihydrocodeine' },
    { generic: 'Meperidine', synonyms: ['demerol'] },
    { generic: 'Levorphanol' },
    { generic: 'Pentazocine', synonyms: ['talwin'] },
    { generic: 'Butorphanol', synonyms: ['stadol'] },
    { generic: 'Naloxone', synonyms: ['narcan', 'evzio'] },
    { generic: 'Naltrexone', synonyms: ['revia', 'vivitrol'] },
  ],
  NSAID: [
    {
      generic: 'Ibuprofen',
      synonyms: ['motrin', 'advil', 'ibuprophen', 'ibuprofin', 'midol', 'theraprofen'],
    },
    {
      generic: 'Naproxen',
      synonyms: [
        'naprosyn',
        'anaprox',
        'anaprox ds',
        'naprelan',
        'aleve',
        'naproxen sodium',
        'naproxyn',
        'naproxin',
        'ec naprosyn',
      ],
    },
    {
      generic: 'Diclofenac',
      synonyms: [
        'voltaren',
        'voltaren xr',
        'cataflam',
        'zipsor',
        'zorvolex',
        'cambia',
        'dyloject',
        'diclofenac sodium',
        'diclofenac potassium',
        'diclofenac epolamine',
        'diclofenace',
        'voltarin',
        'dicolfenac',
      ],
      topicalBrands: ['flector', 'pennsaid', 'solaraze'],
      topical: 'Topical Analgesics',
    },
    { generic: 'Celecoxib', synonyms: ['celebrex', 'celecoxib'] },
    { generic: 'Meloxicam', synonyms: ['mobic', 'vivlodex', 'qmiiz'] },
    { generic: 'Etodolac', synonyms: ['lodine', 'etodolac er'] },
    { generic: 'Nabumetone', synonyms: ['relafen'] },
    { generic: 'Ketorolac', synonyms: ['toradol', 'sprix'] },
    { generic: 'Indomethacin', synonyms: ['indocin', 'tivorbex'] },
    { generic: 'Piroxicam', synonyms: ['feldene'] },
    { generic: 'Oxaprozin', synonyms: ['daypro'] },
    { generic: 'Sulindac', synonyms: ['clinoril'] },
    { generic: 'Diflunisal', synonyms: ['dolobid'] },
    { generic: 'Ketoprofen', synonyms: ['orudis'], topicalBrands: ['ketophene'] },
    { generic: 'Fenoprofen', synonyms: ['nalfon', 'fenortho'] },
    {
      generic: 'Flurbiprofen',
      synonyms: ['ansaid', 'flurbiprophen', 'flurbiprofin', 'flubiprofen'],
    },
    { generic: 'Salsalate', synonyms: ['disalcid'] },
    { generic: 'Mefenamic acid', synonyms: ['mefenamic', 'ponstel'] },
    { generic: 'Tolmetin' },
    { generic: 'Aspirin', synonyms: ['asa', 'bayer', 'ecotrin'] },
  ],
  'Muscle Relaxant': [
    {
      generic: 'Cyclobenzaprine',
      synonyms: [
        'flexeril',
        'fexmid',
        'amrix',
        'tabradol',
        'cyclobenzaprin',
        'cyclobenzeprine',
        'cyclobenazprine',
        'cyclobenzapine',
        'flexiril',
        'flexaril',
        'cyclophene',
        'therabenzaprine',
      ],
    },
    { generic: 'Carisoprodol', synonyms: ['soma'] },
    { generic: 'Tizanidine', synonyms: ['zanaflex', 'tizanadine'] },
    { generic: 'Methocarbamol', synonyms: ['robaxin'] },
    { generic: 'Metaxalone', synonyms: ['skelaxin', 'metaxall'] },
    { generic: 'Orphenadrine', synonyms: ['norflex', 'orphenadrine citrate'] },
    { generic: 'Chlorzoxazone', synonyms: ['parafon forte', 'parafon', 'lorzone'] },
    { generic: 'Baclofen', synonyms: ['lioresal', 'gablofen', 'ozobax'] },
    { generic: 'Dantrolene', synonyms: ['dantrium'] },
  ],
  'Proton Pump Inhibitors': [
    { generic: 'Omeprazole', synonyms: ['prilosec', 'omeprazol', 'zegerid', 'prilosac'] },
    { generic: 'Esomeprazole', synonyms: ['nexium'] },
    { generic: 'Pantoprazole', synonyms: ['protonix'] },
    { generic: 'Lansoprazole', synonyms: ['prevacid'] },
    { generic: 'Rabeprazole', synonyms: ['aciphex'] },
    { generic: 'Dexlansoprazole', synonyms: ['dexilant', 'kapidex'] },
  ],
  'H2 Blocker': [
    { generic: 'Ranitidine', synonyms: ['zantac', 'deprizine', 'sentradine'] },
    { generic: 'Famotidine', synonyms: ['pepcid'] },
    { generic: 'Cimetidine', synonyms: ['tagamet'] },
    { generic: 'Nizatidine', synonyms: ['axid'] },
  ],
  'Topical Analgesics': [
    {
      generic: 'Lidocaine',
      synonyms: [
        'lidoderm',
        'xylocaine',
        'lidorx',
        'lido rx',
        'lidocaine hcl',
        'anecream',
        'xolido',
        'xolindo',
        'lidozol',
        'ztlido',
        'lidocream',
        'lidocaine patch',
        'lidocain',
        'lidocane',
        'lidoderm patch',
      ],
    },
    { generic: 'Capsaicin', synonyms: ['zostrix', 'capzasin', 'qutenza', 'capsaisin'] },
    { generic: 'Menthol', synonyms: ['biofreeze', 'bio freeze'] },
    { generic: 'Methyl salicylate', synonyms: ['methylsalicylate', 'methyl salicylic'] },
    { generic: 'Camphor' },
    { generic: 'Trolamine salicylate', synonyms: ['aspercreme', 'aspercream'] },
    { generic: 'Prilocaine' },
    { generic: 'Benzocaine' },
    { generic: 'Tetracaine' },
  ],
  /** Branded products of several actives; each becomes the compound of its actives. */
  'Topical Compounds': [
    { generic: 'Terocin', actives: ['Capsaicin', 'Lidocaine', 'Menthol', 'Methyl salicylate'] },
    {
      generic: 'LidoPro',
      synonyms: ['lido pro'],
      actives: ['Capsaicin', 'Lidocaine', 'Menthol', 'Methyl salicylate'],
    },
    {
      generic: 'Xoten-C',
      synonyms: ['xoten c', 'exoten c', 'xotenc'],
      actives: ['Capsaicin', 'Menthol', 'Methyl salicylate'],
    },
    {
      generic: 'Menthoderm',
      synonyms: ['mentoderm', 'menthaderm'],
      actives: ['Menthol', 'Methyl salicylate'],
    },
    { generic: 'Mentherm', actives: ['Menthol', 'Methyl salicylate'] },
    { generic: 'Medrox', actives: ['Capsaicin', 'Menthol', 'Methyl salicylate'] },
    { generic: 'Ultracin', actives: ['Capsaicin', 'Menthol', 'Methyl salicylate'] },
    { generic: 'Dendracin', actives: ['Benzocaine', 'Menthol', 'Methyl salicylate'] },
    { generic: 'Salonpas', actives: ['Menthol', 'Methyl salicylate'] },
    { generic: 'Bengay', synonyms: ['ben gay'], actives: ['Menthol', 'Methyl salicylate'] },
    { generic: 'Icy Hot', synonyms: ['icyhot'], actives: ['Menthol', 'Methyl salicylate'] },
    {
      generic: 'Kera-Tek',
      synonyms: ['keratek', 'kera tek'],
      actives: ['Menthol', 'Methyl salicylate'],
    },
    { generic: 'Lidothol', actives: ['Lidocaine', 'Menthol'] },
    { generic: 'Fluriflex', synonyms: ['flurflex'], actives: ['Cyclobenzaprine', 'Flurbiprofen'] },
    {
      generic: 'TGHot',
      synonyms: ['tg hot'],
      actives: ['Camphor', 'Capsaicin', 'Gabapentin', 'Menthol', 'Tramadol'],
    },
    {
      generic: 'TGIce',
      synonyms: ['tg ice'],
      actives: ['Camphor', 'Gabapentin', 'Menthol', 'Tramadol'],
    },
  ],
  Antidepressant: [
    { generic: 'Amitriptyline', synonyms: ['elavil', 'amitryptyline', 'amitriptylin'] },
    { generic: 'Nortriptyline', synonyms: ['pamelor', 'aventyl', 'nortryptyline'] },
    { generic: 'Desipramine', synonyms: ['norpramin'] },
    { generic: 'Imipramine', synonyms: ['tofranil'] },
    { generic: 'Doxepin', synonyms: ['silenor', 'sinequan'] },
    { generic: 'Duloxetine', synonyms: ['cymbalta', 'irenka'] },
    { generic: 'Venlafaxine', synonyms: ['effexor', 'effexor xr'] },
    { generic: 'Desvenlafaxine', synonyms: ['pristiq'] },
    { generic: 'Milnacipran', synonyms: ['savella'] },
    { generic: 'Sertraline', synonyms: ['zoloft'] },
    { generic: 'Fluoxetine', synonyms: ['prozac', 'sarafem', 'sentroxatine', 'gaboxetine'] },
    { generic: 'Paroxetine', synonyms: ['paxil', 'pexeva'] },
    { generic: 'Citalopram', synonyms: ['celexa'] },
    { generic: 'Escitalopram', synonyms: ['lexapro'] },
    { generic: 'Bupropion', synonyms: ['wellbutrin', 'zyban', 'aplenzin'] },
    { generic: 'Mirtazapine', synonyms: ['remeron'] },
    { generic: 'Trazodone', synonyms: ['desyrel', 'oleptro', 'trazadone', 'trazamine'] },
    { generic: 'Vortioxetine', synonyms: ['trintellix', 'brintellix'] },
    { generic: 'Vilazodone', synonyms: ['viibryd'] },
    { generic: 'Nefazodone' },
  ],
  'Anti-epilepsy drugs': [
    {
      generic: 'Gabapentin',
      synonyms: [
        'neurontin',
        'gralise',
        'horizant',
        'fanatrex',
        'gabapentin enacarbil',
        'gabapentine',
        'gabapentn',
        'neurontine',
      ],
    },
    { generic: 'Pregabalin', synonyms: ['lyrica', 'lyrica cr', 'pregabaline'] },
    { generic: 'Topiramate', synonyms: ['topamax', 'trokendi', 'qudexy'] },
    { generic: 'Carbamazepine', synonyms: ['tegretol', 'carbatrol'] },
    { generic: 'Oxcarbazepine', synonyms: ['trileptal', 'oxtellar'] },
    { generic: 'Lamotrigine', synonyms: ['lamictal'] },
    { generic: 'Levetiracetam', synonyms: ['keppra'] },
    { generic: 'Divalproex', synonyms: ['depakote', 'valproic acid', 'valproate', 'depakene'] },
    { generic: 'Zonisamide', synonyms: ['zonegran'] },
    { generic: 'Lacosamide', synonyms: ['vimpat'] },
    { generic: 'Phenytoin', synonyms: ['dilantin'] },
    { generic: 'Tiagabine', synonyms: ['gabitril'] },
  ],
  'Sedative-hypnotics': [
    { generic: 'Zolpidem', synonyms: ['ambien', 'ambien cr', 'edluar', 'intermezzo', 'zolpimist'] },
    { generic: 'Eszopiclone', synonyms: ['lunesta'] },
    { generic: 'Zaleplon', synonyms: ['sonata'] },
    { generic: 'Ramelteon', synonyms: ['rozerem'] },
    { generic: 'Suvorexant', synonyms: ['belsomra'] },
  ],
  Benzodiazepine: [
    { generic: 'Diazepam', synonyms: ['valium'] },
    { generic: 'Lorazepam', synonyms: ['ativan'] },
    { generic: 'Alprazolam', synonyms: ['xanax'] },
    { generic: 'Clonazepam', synonyms: ['klonopin'] },
    { generic: 'Temazepam', synonyms: ['restoril'] },
    { generic: 'Chlordiazepoxide', synonyms: ['librium'] },
    { generic: 'Oxazepam', synonyms: ['serax'] },
    { generic: 'Triazolam', synonyms: ['halcion'] },
    { generic: 'Flurazepam', synonyms: ['dalmane'] },
    { generic: 'Estazolam', synonyms: ['prosom'] },
  ],
  Barbiturates: [{ generic: 'Butalbital' }, { generic: 'Phenobarbital' }],
  AntiAnxiety: [{ generic: 'Buspirone', synonyms: ['buspar'] }],
  'Atypical Antipsychotic': [
    { generic: 'Quetiapine', synonyms: ['seroquel', 'seroquel xr'] },
    { generic: 'Olanzapine', synonyms: ['zyprexa'] },
    { generic: 'Aripiprazole', synonyms: ['abilify'] },
    { generic: 'Risperidone', synonyms: ['risperdal'] },
    { generic: 'Ziprasidone', synonyms: ['geodon'] },
    { generic: 'Lurasidone', synonyms: ['latuda'] },
    { generic: 'Brexpiprazole', synonyms: ['rexulti'] },
  ],
  Stimulants: [
    { generic: 'Modafinil', synonyms: ['provigil'] },
    { generic: 'Armodafinil', synonyms: ['nuvigil'] },
    { generic: 'Methylphenidate', synonyms: ['ritalin', 'concerta'] },
    { generic: 'Lisdexamfetamine', synonyms: ['vyvanse'] },
    { generic: 'Amphetamine' },
    { generic: 'Dextroamphetamine', synonyms: ['dexedrine'] },
    { generic: 'Caffeine' },
  ],
  Antihistamine: [
    { generic: 'Diphenhydramine', synonyms: ['benadryl', 'dicopanol'] },
    { generic: 'Hydroxyzine', synonyms: ['vistaril', 'atarax'] },
    { generic: 'Cetirizine', synonyms: ['zyrtec'] },
    { generic: 'Loratadine', synonyms: ['claritin'] },
    { generic: 'Fexofenadine', synonyms: ['allegra'] },
    { generic: 'Cyproheptadine', synonyms: ['periactin'] },
    { generic: 'Doxylamine', synonyms: ['unisom'] },
  ],
  Antiemetic: [
    { generic: 'Ondansetron', synonyms: ['zofran', 'zuplenz', 'ondansteron'] },
    { generic: 'Promethazine', synonyms: ['phenergan'] },
    { generic: 'Prochlorperazine', synonyms: ['compazine'] },
    { generic: 'Meclizine', synonyms: ['antivert', 'bonine'] },
    { generic: 'Trimethobenzamide', synonyms: ['tigan'] },
    { generic: 'Scopolamine', synonyms: ['transderm scop'], topical: 'systemic' },
    { generic: 'Granisetron', synonyms: ['sancuso'] },
  ],
  'Antimigraine Agent': [
    { generic: 'Sumatriptan', synonyms: ['imitrex', 'zembrace', 'onzetra'] },
    { generic: 'Rizatriptan', synonyms: ['maxalt'] },
    { generic: 'Zolmitriptan', synonyms: ['zomig'] },
    { generic: 'Eletriptan', synonyms: ['relpax'] },
    { generic: 'Naratriptan', synonyms: ['amerge'] },
    { generic: 'Frovatriptan', synonyms: ['frova'] },
    { generic: 'Almotriptan', synonyms: ['axert'] },
    { generic: 'Ergotamine', synonyms: ['cafergot'] },
  ],
  'Adrenal Cortical Steroids': [
    { generic: 'Prednisone', synonyms: ['deltasone'] },
    {
      generic: 'Methylprednisolone',
      synonyms: ['medrol', 'medrol dosepak', 'medrol dose pack', 'depo medrol', 'solu medrol'],
    },
    { generic: 'Dexamethasone', synonyms: ['decadron'] },
    { generic: 'Prednisolone', synonyms: ['orapred'] },
    { generic: 'Hydrocortisone', synonyms: ['cortef'] },
    { generic: 'Triamcinolone', synonyms: ['kenalog'] },
    { generic: 'Betamethasone', synonyms: ['celestone'] },
  ],
  'Anti-coagulant': [
    { generic: 'Warfarin', synonyms: ['coumadin', 'jantoven'] },
    { generic: 'Enoxaparin', synonyms: ['lovenox'] },
    { generic: 'Rivaroxaban', synonyms: ['xarelto'] },
    { generic: 'Apixaban', synonyms: ['eliquis'] },
    { generic: 'Dabigatran', synonyms: ['pradaxa'] },
    { generic: 'Clopidogrel', synonyms: ['plavix'] },
    { generic: 'Heparin' },
  ],
  'Anti-infectives': [
    { generic: 'Cephalexin', synonyms: ['keflex'] },
    { generic: 'Ciprofloxacin', synonyms: ['cipro'] },
    { generic: 'Levofloxacin', synonyms: ['levaquin'] },
    { generic: 'Amoxicillin', synonyms: ['amoxil'] },
    { generic: 'Amoxicillin/Clavulanate', synonyms: ['augmentin'] },
    { generic: 'Doxycycline', synonyms: ['vibramycin'] },
    { generic: 'Sulfamethoxazole/Trimethoprim', synonyms: ['bactrim', 'septra', 'smz tmp'] },
    { generic: 'Clindamycin', synonyms: ['cleocin'] },
    { generic: 'Azithromycin', synonyms: ['zithromax', 'z pak', 'zpak'] },
    { generic: 'Mupirocin', synonyms: ['bactroban'] },
    { generic: 'Valacyclovir', synonyms: ['valtrex'] },
    { generic: 'Acyclovir', synonyms: ['zovirax'] },
    { generic: 'Fluconazole', synonyms: ['diflucan'] },
    { generic: 'Nystatin' },
    { generic: 'Metronidazole', synonyms: ['flagyl'] },
    { generic: 'Nitrofurantoin', synonyms: ['macrobid'] },
    { generic: 'Silver sulfadiazine', synonyms: ['silvadene', 'thermazene'] },
  ],
  Antidiabetics: [
    { generic: 'Metformin', synonyms: ['glucophage'] },
    { generic: 'Insulin', synonyms: ['lantus', 'humalog', 'novolog', 'levemir', 'humulin'] },
    { generic: 'Glipizide', synonyms: ['glucotrol'] },
    { generic: 'Glyburide' },
    { generic: 'Sitagliptin', synonyms: ['januvia'] },
    { generic: 'Liraglutide', synonyms: ['victoza', 'saxenda'] },
  ],
  Antihypertensive: [
    { generic: 'Lisinopril', synonyms: ['zestril', 'prinivil'] },
    { generic: 'Amlodipine', synonyms: ['norvasc'] },
    { generic: 'Losartan', synonyms: ['cozaar'] },
    { generic: 'Metoprolol', synonyms: ['lopressor', 'toprol'] },
    { generic: 'Hydrochlorothiazide', synonyms: ['hctz'] },
    { generic: 'Clonidine', synonyms: ['catapres'], topical: 'systemic' },
    { generic: 'Propranolol', synonyms: ['inderal'] },
    { generic: 'Atenolol', synonyms: ['tenormin'] },
    { generic: 'Carvedilol', synonyms: ['coreg'] },
    { generic: 'Furosemide', synonyms: ['lasix'] },
    { generic: 'Verapamil', synonyms: ['calan'] },
    { generic: 'Prazosin', synonyms: ['minipress'] },
  ],
  Statin: [
    { generic: 'Atorvastatin', synonyms: ['lipitor'] },
    { generic: 'Simvastatin', synonyms: ['zocor'] },
    { generic: 'Rosuvastatin', synonyms: ['crestor'] },
    { generic: 'Pravastatin', synonyms: ['pravachol'] },
    { generic: 'Lovastatin', synonyms: ['mevacor'] },
  ],
  'GI Agents': [
    { generic: 'Docusate', synonyms: ['colace', 'docusate sodium', 'dss'] },
    { generic: 'Senna', synonyms: ['senokot', 'sennosides', 'sennoside'] },
    { generic: 'Bisacodyl', synonyms: ['dulcolax'] },
    { generic: 'Polyethylene glycol', synonyms: ['miralax', 'peg 3350'] },
    { generic: 'Lactulose' },
    { generic: 'Lubiprostone', synonyms: ['amitiza'] },
    { generic: 'Linaclotide', synonyms: ['linzess'] },
    { generic: 'Naloxegol', synonyms: ['movantik'] },
    { generic: 'Methylnaltrexone', synonyms: ['relistor'] },
    { generic: 'Naldemedine', synonyms: ['symproic'] },
    { generic: 'Dicyclomine', synonyms: ['bentyl'] },
    { generic: 'Sucralfate', synonyms: ['carafate'] },
    { generic: 'Metoclopramide', synonyms: ['reglan'] },
    { generic: 'Misoprostol', synonyms: ['cytotec'] },
    { generic: 'Simethicone', synonyms: ['gas x'] },
    { generic: 'Loperamide', synonyms: ['imodium'] },
    { generic: 'Antacid', synonyms: ['gaviscon', 'maalox', 'mylanta', 'tums', 'rolaids'] },
  ],
  Hormones: [
    {
      generic: 'Testosterone',
      synonyms: ['androgel', 'testim', 'axiron', 'fortesta', 'depo testosterone', 'aveed'],
      topical: 'systemic',
    },
    { generic: 'Levothyroxine', synonyms: ['synthroid', 'levoxyl', 'unithroid'] },
    { generic: 'Estradiol', synonyms: ['estrace', 'vivelle', 'climara'], topical: 'systemic' },
    { generic: 'Conjugated estrogens', synonyms: ['premarin'] },
    { generic: 'Progesterone', synonyms: ['prometrium'] },
    { generic: 'Calcitonin', synonyms: ['miacalcin', 'fortical'] },
  ],
  'Impotence Agents': [
    { generic: 'Sildenafil', synonyms: ['viagra', 'revatio'] },
    { generic: 'Tadalafil', synonyms: ['cialis'] },
    { generic: 'Vardenafil', synonyms: ['levitra', 'staxyn'] },
    { generic: 'Avanafil', synonyms: ['stendra'] },
    { generic: 'Alprostadil', synonyms: ['caverject', 'edex'] },
  ],
  'Nutritional Products': [
    { generic: 'Theramine', synonyms: ['theremine', 'therameine'] },
    { generic: 'Sentra' },
    { generic: 'Sentra AM', synonyms: ['sentra a m'] },
    { generic: 'Sentra PM', synonyms: ['sentra p m'] },
    { generic: 'Gabadone' },
    { generic: 'Trepadone' },
    { generic: 'Percura' },
    { generic: 'Appetrex' },
    { generic: 'AppTrim', synonyms: ['app trim'] },
    { generic: 'Foltanx' },
    { generic: 'Cerefolin' },
    { generic: 'Hypertensa' },
    { generic: 'Somnicin' },
    { generic: 'Fosteum' },
    { generic: 'Limbrel', synonyms: ['flavocoxid'] },
    { generic: 'Deplin', synonyms: ['l methylfolate', 'methylfolate'] },
    { generic: 'Metanx' },
    { generic: 'Glucosamine', synonyms: ['genicin', 'synovacin', 'glucosamine sulfate'] },
    { generic: 'Chondroitin' },
    {
      generic: 'Vitamin D',
      synonyms: ['vit d', 'vitamin d3', 'cholecalciferol', 'ergocalciferol', 'd3'],
    },
    {
      generic: 'Vitamin B12',
      synonyms: ['b12', 'vitamin b 12', 'cyanocobalamin', 'methylcobalamin'],
    },
    { generic: 'Vitamin C', synonyms: ['ascorbic acid'] },
    { generic: 'Multivitamin', synonyms: ['multivitamins', 'multi vitamin', 'prenatal vitamins'] },
    { generic: 'Omega-3 fatty acids', synonyms: ['fish oil', 'omega 3', 'lovaza'] },
    { generic: 'Melatonin' },
    { generic: 'Calcium', synonyms: ['calcium carbonate', 'caltrate', 'os cal', 'oscal'] },
    { generic: 'Probiotic', synonyms: ['probiotics', 'culturelle'] },
    { generic: 'Turmeric', synonyms: ['curcumin'] },
    { generic: 'Coenzyme Q10', synonyms: ['coq10', 'co q10', 'co q 10', 'coq 10'] },
    { generic: 'Methylsulfonylmethane', synonyms: ['msm'] },
    { generic: 'Protein supplement', synonyms: ['protein shakes', 'protein powder'] },
  ],
  Cannabinoids: [
    { generic: 'Dronabinol', synonyms: ['marinol', 'syndros'] },
    { generic: 'Nabilone', synonyms: ['cesamet'] },
    {
      generic: 'Cannabis',
      synonyms: ['medical marijuana', 'marijuana', 'cannabidiol', 'cbd oil', 'medical cannabis'],
    },
  ],
  Viscosupplementation: [
    {
      generic: 'Hyaluronic acid',
      synonyms: [
        'synvisc',
        'synvisc one',
        'orthovisc',
        'euflexxa',
        'supartz',
        'supartz fx',
        'hyalgan',
        'monovisc',
        'gel one',
        'gelsyn',
        'gelsyn 3',
        'durolane',
        'genvisc',
        'trivisc',
        'hymovis',
        'hyaluronate',
        'sodium hyaluronate',
        'hylan',
        'hylan g f 20',
        'visco 3',
        'viscosupplement',
        'viscosupplementation',
        'synvis',
        'hyalauronic acid',
      ],
      injectedOnly: true,
    },
  ],
  'Misc Analgesics': [
    {
      generic: 'Acetaminophen',
      synonyms: [
        'tylenol',
        'apap',
        'paracetamol',
        'tylenol extra strength',
        'acetaminophen er',
        'ofirmev',
      ],
    },
    { generic: 'Ketamine' },
    { generic: 'Dextromethorphan' },
    { generic: 'Bupivacaine', synonyms: ['marcaine', 'sensorcaine'] },
    { generic: 'Memantine', synonyms: ['namenda'] },
    { generic: 'Ziconotide', synonyms: ['prialt'] },
    { generic: 'Pentoxifylline' },
  ],
};

/**
 * USAN stems: an unlisted word ending so is a drug of that class ('-prazole' proton pump
 * inhibitors). Checked only for words of seven letters or more that no table names.
 */
export const DRUG_STEMS: readonly { suffix: string; drugClass: DrugClass }[] = [
  { suffix: 'prazole', drugClass: 'Proton Pump Inhibitors' },
  { suffix: 'tidine', drugClass: 'H2 Blocker' },
  { suffix: 'profen', drugClass: 'NSAID' },
  { suffix: 'coxib', drugClass: 'NSAID' },
  { suffix: 'fenac', drugClass: 'NSAID' },
  { suffix: 'oxicam', drugClass: 'NSAID' },
  { suffix: 'codone', drugClass: 'Opioids' },
  { suffix: 'morphone', drugClass: 'Opioids' },
  { suffix: 'triptyline', drugClass: 'Antidepressant' },
  { suffix: 'ipramine', drugClass: 'Antidepressant' },
  { suffix: 'oxetine', drugClass: 'Antidepressant' },
  { suffix: 'faxine', drugClass: 'Antidepressant' },
  { suffix: 'azepam', drugClass: 'Benzodiazepine' },
  { suffix: 'azolam', drugClass: 'Benzodiazepine' },
  { suffix: 'barbital', drugClass: 'Barbiturates' },
  { suffix: 'triptan', drugClass: 'Antimigraine Agent' },
  { suffix: 'setron', drugClass: 'Antiemetic' },
  { suffix: 'piprazole', drugClass: 'Atypical Antipsychotic' },
  { suffix: 'peridone', drugClass: 'Atypical Antipsychotic' },
  { suffix: 'methasone', drugClass: 'Adrenal Cortical Steroids' },
  { suffix: 'nisolone', drugClass: 'Adrenal Cortical Steroids' },
  { suffix: 'xaban', drugClass: 'Anti-coagulant' },
  { suffix: 'parin', drugClass: 'Anti-coagulant' },
  { suffix: 'cillin', drugClass: 'Anti-infectives' },
  { suffix: 'mycin', drugClass: 'Anti-infectives' },
  { suffix: 'floxacin', drugClass: 'Anti-infectives' },
  { suffix: 'conazole', drugClass: 'Anti-infectives' },
  { suffix: 'cycline', drugClass: 'Anti-infectives' },
  { suffix: 'gliptin', drugClass: 'Antidiabetics' },
  { suffix: 'glitazone', drugClass: 'Antidiabetics' },
  { suffix: 'gliflozin', drugClass: 'Antidiabetics' },
  { suffix: 'sartan', drugClass: 'Antihypertensive' },
  { suffix: 'olol', drugClass: 'Antihypertensive' },
  { suffix: 'dipine', drugClass: 'Antihypertensive' },
  { suffix: 'statin', drugClass: 'Statin' },
  { suffix: 'denafil', drugClass: 'Impotence Agents' },
];

/** Ingredients of compounding bases and vehicles: named in compounds, never actives. */
export const COMPOUND_BASES: readonly string[] = [
  'lipoderm',
  'versapro',
  'mediderm',
  'pcca',
  'pentravan',
  'ethoxy diglycol',
  'ethoxydiglycol',
  'transdermal base',
  'cream base',
  'gel base',
  'lipobase',
  'glycerin',
  'dmso',
];

/**
 * English words one typo away from a drug name ('ability' / Abilify, 'reflex' / Keflex):
 * never read as misspelt drugs.
 */
export const NOT_DRUG_TYPOS: readonly string[] = [
  'ability',
  'reflex',
  'reflexes',
  'cortex',
  'testis',
  'iodine',
  'lyrical',
  'ambient',
  'concert',
  'bovine',
  'halcyon',
  'unison',
  'embrace',
  'emerge',
  'aspiring',
  'morphing',
  'rental',
  'gambia',
  'insular',
  'sentry',
  'septal',
  'motion',
  'lotion',
  'normal',
  'central',
];

/** Every drug row with its class, in table order (classes as DRUG_CLASSES lists them). */
export function listDrugs(): DrugEntry[] {
  return DRUG_CLASSES.flatMap((drugClass) =>
    DRUGS_BY_CLASS[drugClass].map((spec) => ({ ...spec, drugClass })),
  );
}
