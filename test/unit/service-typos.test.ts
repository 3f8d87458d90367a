/**
 * Requests as the letters misspell them: a typo in a drug or a service still finds it, a dose
 * keeps an unknown name a drug, and a service named with a drug stays the service. Reviewed
 * row by row.
 */
import { canonicaliseService } from '../../loaders/canonical/service';

const ROWS: [string, string, string | null, string | null, string | null][] = [
  // request, name, category, subcategory, drug
  ['Gabapentn 300mg #90', 'Gabapentin', 'Pharmaceuticals', 'Anti-epilepsy drugs', 'Gabapentin'],
  ['Tramadl ER 150mg', 'Tramadol', 'Pharmaceuticals', 'Opioids', 'Tramadol'],
  [
    'Cyclobenzaprin 7.5mg',
    'Cyclobenzaprine',
    'Pharmaceuticals',
    'Muscle Relaxant',
    'Cyclobenzaprine',
  ],
  ['Omeprazol 20mg #30', 'Omeprazole', 'Pharmaceuticals', 'Proton Pump Inhibitors', 'Omeprazole'],
  ['Ibuprofn 800mg', 'Ibuprofen', 'Pharmaceuticals', 'NSAID', 'Ibuprofen'],
  ['hydrocodne', 'Hydrocodone', 'Pharmaceuticals', 'Opioids', 'Hydrocodone'],
  ['Lidoderm patch', 'Lidocaine', 'Pharmaceuticals', 'Topical Analgesics', 'Lidocaine'],
  [
    'Physcial therapy 2x6',
    'Physical therapy',
    'Rehabilitation',
    'Physical Therapy/Occupational Therapy (PT/OT)',
    null,
  ],
  ['Acupunture x6', 'Acupuncture', 'Rehabilitation', 'Acupuncture', null],
  ['TENS unitt', 'TENS unit', 'DMEPOS', 'Electrical Stimulation', null],
  ['MRI lumbr spine', 'MRI', 'Diagnostic Testing', 'Imaging/Radiology', null],
  [
    'Massage therapy 6 sessions with Ketoprofen cream',
    'Massage therapy',
    'Rehabilitation',
    'Other Therapies',
    null,
  ],
  [
    'Compound cream: flurbiprofen 20%',
    'Flurbiprofen topical',
    'Pharmaceuticals',
    'Topical Compounds',
    'Flurbiprofen',
  ],
  ['Pain cream', 'Topical analgesic', 'Pharmaceuticals', 'Topical Analgesics', null],
  ['Muscle relaxant 10mg #30', 'Muscle relaxant', 'Pharmaceuticals', 'Muscle Relaxant', null],
  // an unlisted name with a dose is a drug of unknown class; without one, nothing known
  ['Xyzzy 10mg #30', 'Xyzzy', 'Pharmaceuticals', null, null],
  ['Xyzzy', 'xyzzy', null, null, null],
];

describe('canonicaliseService on misspelled and mixed requests', () => {
  test.each(ROWS)('%s → %s', (request, name, category, subcategory, drug) => {
    expect(canonicaliseService(request)).toEqual({ name, category, subcategory, drug });
  });
});
