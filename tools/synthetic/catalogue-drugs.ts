/**
 * Pharmaceuticals of the synthetic corpus: how letters name each drug (brand and generic), its
 * generic name and class (taxonomy.md), strengths, quantities and the guideline sections that
 * address it. Weights are relative within the Pharmaceuticals category.
 */
import type { ServiceSpec } from './service-spec';
import type { CitationSpec } from './citations';

interface DrugClass {
  subcategory: string;
  /** MTUS Chronic Pain Medical Treatment Guidelines sections for the class. */
  sections: readonly string[];
  odgTopic: string;
  guidance: string;
}

const CLASSES = {
  opioid: {
    subcategory: 'Opioids',
    sections: ['Opioids, criteria for use'],
    odgTopic: 'Opioids, criteria for use',
    guidance:
      'The MTUS Opioid Treatment Guidelines recommend continued opioid therapy only with ' +
      'documented improvement in pain and function, monitoring for aberrant drug-taking ' +
      'behavior, and a plan for tapering when these goals are not met.',
  },
  nsaid: {
    subcategory: 'NSAID',
    sections: ['NSAIDs (non-steroidal anti-inflammatory drugs)'],
    odgTopic: 'NSAIDs (non-steroidal anti-inflammatory drugs)',
    guidance:
      'The California MTUS 2016 Chronic Pain Guidelines recommend non-steroidal ' +
      'anti-inflammatory drugs at the lowest dose for the shortest period in patients with ' +
      'moderate to severe pain.',
  },
  relaxant: {
    subcategory: 'Muscle Relaxant',
    sections: ['Muscle relaxants (for pain)'],
    odgTopic: 'Muscle relaxants (for pain)',
    guidance:
      'The California MTUS 2016 Chronic Pain Guidelines recommend non-sedating muscle ' +
      'relaxants with caution as a second-line option for short-term treatment of acute ' +
      'exacerbations in patients with chronic low back pain.',
  },
  ppi: {
    subcategory: 'Proton Pump Inhibitors',
    sections: ['NSAIDs, GI symptoms & cardiovascular risk'],
    odgTopic: 'Proton pump inhibitors (PPIs)',
    guidance:
      'The California MTUS 2016 Chronic Pain Guidelines recommend a proton pump inhibitor ' +
      'for patients taking NSAIDs who are at intermediate or high risk for gastrointestinal ' +
      'events.',
  },
  h2: {
    subcategory: 'H2 Blocker',
    sections: ['NSAIDs, GI symptoms & cardiovascular risk'],
    odgTopic: 'H2-receptor antagonists',
    guidance:
      'The California MTUS 2016 Chronic Pain Guidelines support gastric protection only for ' +
      'patients on NSAIDs with documented risk factors for gastrointestinal events.',
  },
  topical: {
    subcategory: 'Topical Analgesics',
    sections: ['Topical analgesics'],
    odgTopic: 'Topical analgesics',
    guidance:
      'The California MTUS 2016 Chronic Pain Guidelines state that topical analgesics are ' +
      'largely experimental and are primarily recommended for neuropathic pain when trials of ' +
      'antidepressants and anticonvulsants have failed.',
  },
  compound: {
    subcategory: 'Topical Compounds',
    sections: ['Topical analgesics', 'Compound drugs'],
    odgTopic: 'Compound drugs',
    guidance:
      'The California MTUS 2016 Chronic Pain Guidelines state that any compounded product ' +
      'that contains at least one drug or drug class that is not recommended is not ' +
      'recommended.',
  },
  aed: {
    subcategory: 'Anti-epilepsy drugs',
    sections: ['Antiepilepsy drugs (AEDs) for pain'],
    odgTopic: 'Anti-epilepsy drugs (AEDs) for pain',
    guidance:
      'The California MTUS 2016 Chronic Pain Guidelines recommend antiepilepsy drugs for ' +
      'neuropathic pain, with continued use depending on a documented response of at least 30 ' +
      'percent pain relief.',
  },
  antidepressant: {
    subcategory: 'Antidepressant',
    sections: ['Antidepressants for chronic pain'],
    odgTopic: 'Antidepressants for chronic pain',
    guidance:
      'The California MTUS 2016 Chronic Pain Guidelines recommend antidepressants as a first ' +
      'line option for neuropathic pain and as a possibility for non-neuropathic pain.',
  },
  hypnotic: {
    subcategory: 'Sedative-hypnotics',
    sections: ['Insomnia treatment'],
    odgTopic: 'Insomnia treatment',
    guidance:
      'The Official Disability Guidelines recommend short-term use of non-benzodiazepine ' +
      'sedative-hypnotics, generally two to six weeks, for the treatment of insomnia.',
  },
  benzodiazepine: {
    subcategory: 'Benzodiazepine',
    sections: ['Benzodiazepines'],
    odgTopic: 'Benzodiazepines',
    guidance:
      'The California MTUS 2016 Chronic Pain Guidelines do not recommend benzodiazepines for ' +
      'long-term use because long-term efficacy is unproven and there is a risk of dependence.',
  },
  antiemetic: {
    subcategory: 'Antiemetic',
    sections: ['Antiemetics (for opioid nausea)'],
    odgTopic: 'Antiemetics (for opioid nausea)',
    guidance:
      'The Official Disability Guidelines do not recommend antiemetics for nausea and ' +
      'vomiting secondary to chronic opioid use.',
  },
  gi: {
    subcategory: 'GI Agents',
    sections: ['Opioid-induced constipation treatment'],
    odgTopic: 'Opioid-induced constipation treatment',
    guidance:
      'The California MTUS 2016 Chronic Pain Guidelines recommend prophylactic treatment of ' +
      'constipation when opioid therapy is initiated.',
  },
  migraine: {
    subcategory: 'Antimigraine Agent',
    sections: [],
    odgTopic: 'Triptans',
    guidance:
      'The Official Disability Guidelines recommend triptans for migraine sufferers; they are ' +
      'not recommended for other types of headache.',
  },
  impotence: {
    subcategory: 'Impotence Agents',
    sections: [],
    odgTopic: 'Erectile dysfunction',
    guidance:
      'The MTUS Guidelines and ODG do not address this medication, therefore alternative ' +
      'guidelines were consulted.',
  },
} satisfies Record<string, DrugClass>;

type ClassKey = keyof typeof CLASSES;

interface DrugEntry {
  name: string;
  drug: string | null;
  cls: ClassKey;
  weight: number;
  labels: readonly string[];
  strengths: readonly string[];
  quantities: readonly number[];
  /** Overrides the default templates (patches, creams, suspensions, compounds). */
  templates?: readonly string[];
  /** Sections specific to the drug, cited before the class sections. */
  sections?: readonly string[];
  /** Non-MTUS material the reviewer cites when the MTUS is silent. */
  other?: string;
  /** The template writes the strengths itself (compounds); `strengths` holds them as stated. */
  fixedStrength?: boolean;
}

const PILL_TEMPLATES = [
  '{label} {strength} #{qty}',
  '{label} {strength} #{qty}',
  '{label} {strength} #{qty}',
  '{label} {strength} #{qty}',
  '{label} {strength} #{qty}',
  '{label} {strength} tablets #{qty}',
  '{label} {strength} quantity {qty}',
  '{label} {strength}',
  '{label} #{qty}',
];

const PATCH_TEMPLATES = ['{label} {strength} patch #{qty}', '{label} {strength} patches #{qty}'];

const OPIOID_SECTIONS = [
  '3.3.9 Opioids for Chronic Pain and Chronic Opioid Treatment: Maintenance of Chronic Opioid Treatment',
];

const DRUGS: readonly DrugEntry[] = [
  // Opioids (about a quarter of disputed drugs)
  {
    name: 'Hydrocodone/Acetaminophen',
    drug: 'Hydrocodone/Acetaminophen',
    cls: 'opioid',
    weight: 9,
    labels: ['Norco', 'Norco', 'Hydrocodone/APAP', 'Hydrocodone/acetaminophen'],
    strengths: ['10/325mg', '10/325mg', '5/325mg', '7.5/325mg'],
    quantities: [30, 60, 60, 90, 120, 180],
  },
  {
    name: 'Oxycodone/Acetaminophen',
    drug: 'Oxycodone/Acetaminophen',
    cls: 'opioid',
    weight: 3,
    labels: ['Percocet', 'Oxycodone/APAP'],
    strengths: ['5/325mg', '10/325mg'],
    quantities: [30, 60, 90, 120],
  },
  {
    name: 'Tramadol',
    drug: 'Tramadol',
    cls: 'opioid',
    weight: 6,
    labels: ['Ultram', 'Tramadol', 'Tramadol ER', 'Tramadol HCL'],
    strengths: ['50mg', '50mg', '100mg', '150mg'],
    quantities: [30, 60, 90, 120],
    sections: ['Tramadol (Ultram)'],
  },
  {
    name: 'Tramadol',
    drug: 'Tramadol',
    cls: 'opioid',
    weight: 1,
    labels: ['Synapryn'],
    strengths: ['10mg/1ml'],
    quantities: [],
    templates: ['{label} {strength} oral suspension 500ml'],
    sections: ['Tramadol (Ultram)'],
  },
  {
    name: 'Oxycodone',
    drug: 'Oxycodone',
    cls: 'opioid',
    weight: 2,
    labels: ['Oxycodone', 'OxyContin', 'Oxycodone HCL'],
    strengths: ['10mg', '15mg', '20mg', '30mg'],
    quantities: [60, 90, 120],
  },
  {
    name: 'Tapentadol',
    drug: 'Tapentadol',
    cls: 'opioid',
    weight: 1,
    labels: ['Nucynta', 'Nucynta ER'],
    strengths: ['50mg', '100mg'],
    quantities: [60, 90],
  },
  {
    name: 'Morphine',
    drug: 'Morphine',
    cls: 'opioid',
    weight: 1,
    labels: ['MS Contin', 'Morphine sulfate ER'],
    strengths: ['15mg', '30mg'],
    quantities: [60, 90],
  },
  // NSAIDs
  {
    name: 'Naproxen',
    drug: 'Naproxen',
    cls: 'nsaid',
    weight: 3,
    labels: ['Naproxen', 'Naproxen sodium', 'Anaprox DS'],
    strengths: ['500mg', '550mg'],
    quantities: [60, 90],
  },
  {
    name: 'Ibuprofen',
    drug: 'Ibuprofen',
    cls: 'nsaid',
    weight: 1.5,
    labels: ['Ibuprofen', 'Motrin'],
    strengths: ['600mg', '800mg'],
    quantities: [60, 90],
  },
  {
    name: 'Meloxicam',
    drug: 'Meloxicam',
    cls: 'nsaid',
    weight: 1.5,
    labels: ['Meloxicam', 'Mobic'],
    strengths: ['7.5mg', '15mg'],
    quantities: [30, 60],
  },
  {
    name: 'Diclofenac',
    drug: 'Diclofenac',
    cls: 'nsaid',
    weight: 1,
    labels: ['Diclofenac sodium ER', 'Diclofenac ER'],
    strengths: ['75mg', '100mg'],
    quantities: [60],
  },
  {
    name: 'Celecoxib',
    drug: 'Celecoxib',
    cls: 'nsaid',
    weight: 1,
    labels: ['Celebrex', 'Celecoxib'],
    strengths: ['100mg', '200mg'],
    quantities: [30, 60],
    sections: ['Celebrex (celecoxib)'],
  },
  {
    name: 'Etodolac',
    drug: 'Etodolac',
    cls: 'nsaid',
    weight: 0.8,
    labels: ['Etodolac', 'Etodolac ER'],
    strengths: ['400mg', '500mg'],
    quantities: [60],
  },
  {
    name: 'Nabumetone',
    drug: 'Nabumetone',
    cls: 'nsaid',
    weight: 0.6,
    labels: ['Nabumetone', 'Relafen'],
    strengths: ['500mg', '750mg'],
    quantities: [60, 90],
  },
  // Muscle relaxants
  {
    name: 'Cyclobenzaprine',
    drug: 'Cyclobenzaprine',
    cls: 'relaxant',
    weight: 5,
    labels: ['Cyclobenzaprine', 'Flexeril', 'Fexmid'],
    strengths: ['5mg', '7.5mg', '10mg'],
    quantities: [30, 60, 90],
    sections: ['Cyclobenzaprine (Flexeril)'],
  },
  {
    name: 'Cyclobenzaprine',
    drug: 'Cyclobenzaprine',
    cls: 'relaxant',
    weight: 0.5,
    labels: ['Tabradol'],
    strengths: ['1mg/ml'],
    quantities: [],
    templates: ['{label} {strength} oral suspension 250ml'],
    sections: ['Cyclobenzaprine (Flexeril)'],
  },
  {
    name: 'Tizanidine',
    drug: 'Tizanidine',
    cls: 'relaxant',
    weight: 2,
    labels: ['Tizanidine', 'Zanaflex'],
    strengths: ['2mg', '4mg'],
    quantities: [60, 90],
  },
  {
    name: 'Baclofen',
    drug: 'Baclofen',
    cls: 'relaxant',
    weight: 1,
    labels: ['Baclofen'],
    strengths: ['10mg', '20mg'],
    quantities: [30, 60, 90],
  },
  {
    name: 'Methocarbamol',
    drug: 'Methocarbamol',
    cls: 'relaxant',
    weight: 1,
    labels: ['Methocarbamol', 'Robaxin'],
    strengths: ['500mg', '750mg'],
    quantities: [60, 90],
  },
  {
    name: 'Orphenadrine',
    drug: 'Orphenadrine',
    cls: 'relaxant',
    weight: 1,
    labels: ['Orphenadrine ER', 'Norflex', 'Orphenadrine citrate ER'],
    strengths: ['100mg'],
    quantities: [30, 60],
  },
  {
    name: 'Carisoprodol',
    drug: 'Carisoprodol',
    cls: 'relaxant',
    weight: 0.7,
    labels: ['Soma', 'Carisoprodol'],
    strengths: ['350mg'],
    quantities: [30, 60],
    sections: ['Carisoprodol (Soma)'],
  },
  // Gastric protection
  {
    name: 'Omeprazole',
    drug: 'Omeprazole',
    cls: 'ppi',
    weight: 3,
    labels: ['Omeprazole', 'Prilosec'],
    strengths: ['20mg', '40mg'],
    quantities: [30, 60],
  },
  {
    name: 'Pantoprazole',
    drug: 'Pantoprazole',
    cls: 'ppi',
    weight: 1.5,
    labels: ['Pantoprazole', 'Protonix'],
    strengths: ['20mg', '40mg'],
    quantities: [30, 60],
  },
  {
    name: 'Lansoprazole',
    drug: 'Lansoprazole',
    cls: 'ppi',
    weight: 0.5,
    labels: ['Lansoprazole', 'Prevacid'],
    strengths: ['15mg', '30mg'],
    quantities: [30],
  },
  {
    name: 'Ranitidine',
    drug: 'Ranitidine',
    cls: 'h2',
    weight: 0.5,
    labels: ['Ranitidine', 'Zantac'],
    strengths: ['150mg'],
    quantities: [60],
  },
  {
    name: 'Ranitidine',
    drug: 'Ranitidine',
    cls: 'h2',
    weight: 0.3,
    labels: ['Deprizine'],
    strengths: ['15mg/ml'],
    quantities: [],
    templates: ['{label} {strength} oral suspension 250ml'],
  },
  {
    name: 'Famotidine',
    drug: 'Famotidine',
    cls: 'h2',
    weight: 0.3,
    labels: ['Famotidine', 'Pepcid'],
    strengths: ['20mg', '40mg'],
    quantities: [60],
  },
  // Topical analgesics and compounds
  {
    name: 'Lidocaine',
    drug: 'Lidocaine',
    cls: 'topical',
    weight: 4,
    labels: ['Lidoderm', 'Lidocaine'],
    strengths: ['5%'],
    quantities: [30, 60, 90],
    templates: PATCH_TEMPLATES,
    sections: ['Lidoderm (lidocaine patch)'],
  },
  {
    name: 'Diclofenac topical',
    drug: 'Diclofenac',
    cls: 'topical',
    weight: 1.5,
    labels: ['Voltaren', 'Diclofenac sodium'],
    strengths: ['1%'],
    quantities: [],
    templates: ['{label} {strength} gel 100gm', '{label} gel {strength}'],
  },
  {
    name: 'Diclofenac topical',
    drug: 'Diclofenac',
    cls: 'topical',
    weight: 1,
    labels: ['Flector'],
    strengths: ['1.3%'],
    quantities: [30, 60],
    templates: PATCH_TEMPLATES,
    sections: ['Flector patch (diclofenac epolamine)'],
  },
  {
    name: 'Capsaicin',
    drug: 'Capsaicin',
    cls: 'topical',
    weight: 0.5,
    labels: ['Capsaicin'],
    strengths: ['0.025%', '0.075%'],
    quantities: [],
    templates: ['{label} {strength} cream', '{label} cream {strength} 60gm'],
    sections: ['Capsaicin, topical'],
  },
  // Pharmacy compounds: the generic is the actives sorted and joined by '/', the strength every
  // strength written, joined by ', ' (the parse contract's rules).
  {
    name: 'Flurbiprofen/Lidocaine',
    drug: 'Flurbiprofen/Lidocaine',
    cls: 'compound',
    weight: 0.7,
    labels: [],
    strengths: ['20%, 5%'],
    quantities: [],
    templates: ['Flurbiprofen 20%, Lidocaine 5% cream 180gm'],
    fixedStrength: true,
  },
  {
    name: 'Bupivacaine/Cyclobenzaprine/Gabapentin',
    drug: 'Bupivacaine/Cyclobenzaprine/Gabapentin',
    cls: 'compound',
    weight: 0.7,
    labels: [],
    strengths: ['10%, 6%, 5%'],
    quantities: [],
    templates: ['Gabapentin 10%, Cyclobenzaprine 6%, Bupivacaine 5% in cream base'],
    fixedStrength: true,
  },
  {
    name: 'Cyclobenzaprine/Ketoprofen/Lidocaine',
    drug: 'Cyclobenzaprine/Ketoprofen/Lidocaine',
    cls: 'compound',
    weight: 0.7,
    labels: [],
    strengths: ['10%, 3%, 5%'],
    quantities: [],
    templates: ['Ketoprofen 10%, Cyclobenzaprine 3%, Lidocaine 5% cream 120gm'],
    fixedStrength: true,
  },
  {
    name: 'Baclofen/Flurbiprofen/Lidocaine',
    drug: 'Baclofen/Flurbiprofen/Lidocaine',
    cls: 'compound',
    weight: 0.7,
    labels: [],
    strengths: ['20%, 2%, 5%'],
    quantities: [],
    templates: ['Compound cream: Flurbiprofen 20%, Baclofen 2%, Lidocaine 5% 180gm'],
    fixedStrength: true,
  },
  {
    name: 'Amitriptyline/Dextromethorphan/Gabapentin',
    drug: 'Amitriptyline/Dextromethorphan/Gabapentin',
    cls: 'compound',
    weight: 0.7,
    labels: [],
    strengths: ['4%, 10%, 10%'],
    quantities: [],
    templates: ['Amitriptyline 4%, Dextromethorphan 10%, Gabapentin 10% cream 210gm'],
    fixedStrength: true,
  },
  // Nervous system
  {
    name: 'Gabapentin',
    drug: 'Gabapentin',
    cls: 'aed',
    weight: 3,
    labels: ['Gabapentin', 'Neurontin'],
    strengths: ['300mg', '600mg', '800mg'],
    quantities: [60, 90],
    sections: ['Gabapentin (Neurontin)'],
  },
  {
    name: 'Gabapentin',
    drug: 'Gabapentin',
    cls: 'aed',
    weight: 0.3,
    labels: ['Fanatrex'],
    strengths: ['25mg/ml'],
    quantities: [],
    templates: ['{label} {strength} oral suspension 420ml'],
    sections: ['Gabapentin (Neurontin)'],
  },
  {
    name: 'Pregabalin',
    drug: 'Pregabalin',
    cls: 'aed',
    weight: 1.5,
    labels: ['Lyrica', 'Pregabalin'],
    strengths: ['50mg', '75mg', '150mg'],
    quantities: [60, 90],
    sections: ['Pregabalin (Lyrica)'],
  },
  {
    name: 'Topiramate',
    drug: 'Topiramate',
    cls: 'aed',
    weight: 0.5,
    labels: ['Topiramate', 'Topamax'],
    strengths: ['25mg', '50mg'],
    quantities: [60],
  },
  {
    name: 'Duloxetine',
    drug: 'Duloxetine',
    cls: 'antidepressant',
    weight: 1.2,
    labels: ['Cymbalta', 'Duloxetine'],
    strengths: ['30mg', '60mg'],
    quantities: [30, 60],
    sections: ['Duloxetine (Cymbalta)'],
  },
  {
    name: 'Amitriptyline',
    drug: 'Amitriptyline',
    cls: 'antidepressant',
    weight: 0.8,
    labels: ['Amitriptyline', 'Elavil'],
    strengths: ['10mg', '25mg'],
    quantities: [30, 60],
  },
  {
    name: 'Trazodone',
    drug: 'Trazodone',
    cls: 'antidepressant',
    weight: 1,
    labels: ['Trazodone', 'Desyrel'],
    strengths: ['50mg', '100mg'],
    quantities: [30, 60],
  },
  {
    name: 'Zolpidem',
    drug: 'Zolpidem',
    cls: 'hypnotic',
    weight: 2.5,
    labels: ['Ambien', 'Zolpidem', 'Ambien CR'],
    strengths: ['5mg', '10mg', '12.5mg'],
    quantities: [30],
  },
  {
    name: 'Eszopiclone',
    drug: 'Eszopiclone',
    cls: 'hypnotic',
    weight: 0.8,
    labels: ['Lunesta', 'Eszopiclone'],
    strengths: ['2mg', '3mg'],
    quantities: [30],
  },
  {
    name: 'Diazepam',
    drug: 'Diazepam',
    cls: 'benzodiazepine',
    weight: 1,
    labels: ['Diazepam', 'Valium'],
    strengths: ['5mg', '10mg'],
    quantities: [10, 30, 60],
  },
  {
    name: 'Alprazolam',
    drug: 'Alprazolam',
    cls: 'benzodiazepine',
    weight: 1,
    labels: ['Alprazolam', 'Xanax'],
    strengths: ['0.5mg', '1mg'],
    quantities: [30, 60],
  },
  {
    name: 'Clonazepam',
    drug: 'Clonazepam',
    cls: 'benzodiazepine',
    weight: 0.6,
    labels: ['Clonazepam', 'Klonopin'],
    strengths: ['0.5mg', '1mg'],
    quantities: [30, 60],
  },
  // Other classes
  {
    name: 'Ondansetron',
    drug: 'Ondansetron',
    cls: 'antiemetic',
    weight: 1,
    labels: ['Ondansetron', 'Zofran', 'Ondansetron ODT'],
    strengths: ['4mg', '8mg'],
    quantities: [10, 20, 30],
  },
  {
    name: 'Docusate',
    drug: 'Docusate',
    cls: 'gi',
    weight: 0.8,
    labels: ['Docusate sodium', 'Colace'],
    strengths: ['100mg', '250mg'],
    quantities: [60, 100],
  },
  {
    name: 'Sumatriptan',
    drug: 'Sumatriptan',
    cls: 'migraine',
    weight: 0.5,
    labels: ['Sumatriptan', 'Imitrex'],
    strengths: ['50mg', '100mg'],
    quantities: [9, 18],
  },
  {
    name: 'Sildenafil',
    drug: 'Sildenafil',
    cls: 'impotence',
    weight: 0.3,
    labels: ['Viagra', 'Sildenafil'],
    strengths: ['50mg', '100mg'],
    quantities: [10, 30],
    other: 'Sildenafil: Drug information, accessed from UpToDate.com',
  },
];

function toService(d: DrugEntry): ServiceSpec {
  const cls: DrugClass = CLASSES[d.cls];
  const sections = [...(d.sections ?? []), ...cls.sections];
  const isOpioid = d.cls === 'opioid';
  const caMtus: CitationSpec[] = [{ mtus: 'chronicPain', sections: sections.slice(0, 1) }];
  if (isOpioid) caMtus.push({ mtus: 'opioids' });
  const reviewerMtus: CitationSpec[] = isOpioid
    ? [
        { mtus: 'opioids', sections: OPIOID_SECTIONS },
        { mtus: 'chronicPain', sections: sections.slice(0, 1) },
      ]
    : [{ mtus: 'chronicPain', sections: sections.slice(0, 2) }];
  const odg: CitationSpec = { odg: 'Pain', topic: cls.odgTopic };
  const silent = sections.length === 0;
  return {
    name: d.name,
    category: 'Pharmaceuticals',
    subcategory: cls.subcategory,
    drug: d.drug,
    weight: d.weight,
    templates: d.templates ?? PILL_TEMPLATES,
    labels: d.labels,
    strengths: d.strengths,
    statedStrength: d.fixedStrength ? (d.strengths[0] ?? null) : undefined,
    quantities: d.quantities,
    retrospective: 0.06,
    claimsAdministrator: silent ? [odg] : [...caMtus, odg],
    reviewer: d.other ? [{ other: d.other }] : silent ? [odg] : [...reviewerMtus, odg],
    guidance: cls.guidance,
  };
}

export const DRUG_SERVICES: readonly ServiceSpec[] = DRUGS.map(toService);
