/**
 * Citation readers, alternative by alternative (loaders/extract/guideline-citations.ts): ACOEM
 * chapter numbers (`Chapter`, `Ch.`, `Ch`, with or without ACOEM, a colon, a named document that
 * agrees or not, a chapter title kept whole only when no document is named), page marks
 * (`Page(s):`, `Pages:`, `page`, `pages`, `pg.`, `p.`, `pp.`), section marks, editions (a year, `(May 2009)`,
 * ordinals), the separators between MTUS documents (`, and`, `;`, `&`, `, &`), every ODG front-matter
 * form, ODG dates, merged ODG references, two chapters joined by `and`, ACOEM references. Each
 * row: [paragraph after `Decision based on `, citations as [source, document, edition,
 * sections, pages]]. Written out and reviewed.
 */
import { parseGuidelineParagraph } from '../../loaders/extract/guideline-citations';

type Brief = [string, string, string | null, string[], string | null];

const CITATIONS: [string, Brief[]][] = [
  [
    'MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 303.',
    [['MTUS', 'Low Back Complaints', null, [], '303']],
  ],
  ['MTUS ACOEM Ch. 12 Page(s): 303.', [['MTUS', 'Low Back Complaints', null, [], '303']]],
  ['MTUS ACOEM Ch 12, page 303.', [['MTUS', 'Low Back Complaints', null, [], '303']]],
  [
    'MTUS ACOEM, Chapter 12: Low Back Complaints, pages 303-305.',
    [['MTUS', 'Low Back Complaints', null, [], '303-305']],
  ],
  [
    'MTUS Chapter 12 Low Back Complaints, p. 303.',
    [['MTUS', 'Low Back Complaints', null, [], '303']],
  ],
  ['MTUS Ch. 9 Shoulder Complaints pg. 207.', [['MTUS', 'Shoulder Complaints', null, [], '207']]],
  [
    'MTUS ACOEM Chapter 12 Shoulder Complaints Page(s): 303.',
    [['MTUS', 'Low Back Complaints', null, ['Shoulder Complaints'], '303']],
  ],
  [
    'MTUS ACOEM Chapter 12 Low Back Complaints Imaging, Surgery Page(s): 303.',
    [['MTUS', 'Low Back Complaints', null, ['Imaging', 'Surgery'], '303']],
  ],
  [
    'MTUS ACOEM Chapter 12 Imaging, Surgery Page(s): 303.',
    [['MTUS', 'Low Back Complaints', null, ['Imaging, Surgery'], '303']],
  ],
  [
    'MTUS ACOEM Chapter 6 Pain, Suffering, and the Restoration of Function Page(s): 115.',
    [
      [
        'MTUS',
        'General Approaches',
        null,
        ['Pain, Suffering, and the Restoration of Function'],
        '115',
      ],
    ],
  ],
  [
    'MTUS ACOEM Low Back Complaints,Chapter 12:page 303.',
    [['MTUS', 'Low Back Complaints', null, [], '303']],
  ],
  ['MTUS ACOEM Page(s): 127.', [['MTUS', 'ACOEM Practice Guidelines', null, [], '127']]],
  ['MTUS ACOEM (2004) Page(s): 127.', [['MTUS', 'ACOEM Practice Guidelines', '2004', [], '127']]],
  [
    'MTUS Chronic Pain Medical Treatment 2016, Section(s): Topical analgesics.',
    [['MTUS', 'Chronic Pain Medical Treatment Guidelines', '2016', ['Topical analgesics'], null]],
  ],
  [
    'MTUS Chronic Pain Medical Treatment Guidelines Sections: Opioids, NSAIDs Pages: 46.',
    [['MTUS', 'Chronic Pain Medical Treatment Guidelines', null, ['Opioids', 'NSAIDs'], '46']],
  ],
  [
    'MTUS Chronic Pain Medical Treatment Guidelines Section: Opioids pp. 76-80.',
    [['MTUS', 'Chronic Pain Medical Treatment Guidelines', null, ['Opioids'], '76-80']],
  ],
  [
    'MTUS Chronic Pain Medical Treatment Guidelines (May 2009) Epidural steroid injections Page(s): 46.',
    [
      [
        'MTUS',
        'Chronic Pain Medical Treatment Guidelines',
        '2009',
        ['Epidural steroid injections'],
        '46',
      ],
    ],
  ],
  [
    'MTUS Chronic Pain Treatment Guidelines Epidural steroid injections Page(s): 46.',
    [
      [
        'MTUS',
        'Chronic Pain Medical Treatment Guidelines',
        null,
        ['Epidural steroid injections'],
        '46',
      ],
    ],
  ],
  [
    'MTUS Elbow Complaints 2007, Section(s): 326.',
    [['MTUS', 'Elbow Disorders', '2007', [], '326']],
  ],
  [
    'MTUS Chronic Pain Medical Treatment Guidelines 2009, and ACOEM Chapter 12 Low Back Complaints Page(s): 303.',
    [
      ['MTUS', 'Chronic Pain Medical Treatment Guidelines', '2009', [], null],
      ['MTUS', 'Low Back Complaints', null, [], '303'],
    ],
  ],
  [
    'MTUS Chronic Pain Medical Treatment Guidelines 2009; Acupuncture Medical Treatment Guidelines 2009.',
    [
      ['MTUS', 'Chronic Pain Medical Treatment Guidelines', '2009', [], null],
      ['MTUS', 'Acupuncture Medical Treatment Guidelines', '2009', [], null],
    ],
  ],
  [
    'MTUS Chronic Pain Medical Treatment Guidelines 2009 & Acupuncture Medical Treatment Guidelines.',
    [
      ['MTUS', 'Chronic Pain Medical Treatment Guidelines', '2009', [], null],
      ['MTUS', 'Acupuncture Medical Treatment Guidelines', null, [], null],
    ],
  ],
  [
    'MTUS Chronic Pain Medical Treatment Guidelines 2009, & Opioids Treatment Guidelines 2016.',
    [
      ['MTUS', 'Chronic Pain Medical Treatment Guidelines', '2009', [], null],
      ['MTUS', 'Opioids Treatment Guidelines', '2016', [], null],
    ],
  ],
  ['MTUS Guidelines Page(s): 3.', [['MTUS', 'Other', null, [], null]]],
  [
    'Non-MTUS Citation Official Disability Guidelines (ODG) Low Back Chapter, Preoperative lab testing.',
    [
      [
        'NON_MTUS',
        'Official Disability Guidelines',
        null,
        ['Low Back', 'Preoperative lab testing'],
        null,
      ],
    ],
  ],
  [
    'Non-MTUS Citation ODG-TWC Low Back Chapter, MRI.',
    [['NON_MTUS', 'Official Disability Guidelines', null, ['Low Back', 'MRI'], null]],
  ],
  [
    'Non-MTUS Citation Official Disability Guidelines 14th Edition (web) Pain, Opioids.',
    [['NON_MTUS', 'Official Disability Guidelines', null, ['Pain', 'Opioids'], null]],
  ],
  [
    'Non-MTUS Citation Official Disability Guidelines Web Version, Pain, Opioids.',
    [['NON_MTUS', 'Official Disability Guidelines', null, ['Pain', 'Opioids'], null]],
  ],
  [
    'Non-MTUS Citation Official Disability Guidelines Online Edition Pain, Opioids.',
    [['NON_MTUS', 'Official Disability Guidelines', null, ['Pain', 'Opioids'], null]],
  ],
  [
    'Non-MTUS Citation Official Disability Guidelines Treatment Index, Pain, Opioids.',
    [['NON_MTUS', 'Official Disability Guidelines', null, ['Pain', 'Opioids'], null]],
  ],
  [
    'Non-MTUS Citation Official Disability Guidelines Integrated Treatment/Disability Duration Guidelines Pain, Opioids.',
    [['NON_MTUS', 'Official Disability Guidelines', null, ['Pain', 'Opioids'], null]],
  ],
  [
    "Non-MTUS Citation Official Disability Guidelines Treatment in Workers' Compensation, Pain, Opioids.",
    [['NON_MTUS', 'Official Disability Guidelines', null, ['Pain', 'Opioids'], null]],
  ],
  [
    'Non-MTUS Citation ODG Guidelines, Pain, Opioids.',
    [['NON_MTUS', 'Official Disability Guidelines', null, ['Pain', 'Opioids'], null]],
  ],
  [
    'Non-MTUS Citation ODG Chapter: Pain, Opioids.',
    [['NON_MTUS', 'Official Disability Guidelines', null, ['Pain', 'Opioids'], null]],
  ],
  [
    'Non-MTUS Citation ODG 2016, Pain, Opioids.',
    [['NON_MTUS', 'Official Disability Guidelines', '2016', ['Pain', 'Opioids'], null]],
  ],
  [
    'Non-MTUS Citation ODG (2015) Pain, Opioids.',
    [['NON_MTUS', 'Official Disability Guidelines', '2015', ['Pain', 'Opioids'], null]],
  ],
  [
    'Non-MTUS Citation ODG Pain (updated 11/22/16), Opioids.',
    [['NON_MTUS', 'Official Disability Guidelines', null, ['Pain', 'Opioids'], null]],
  ],
  [
    'Non-MTUS Citation ODG Pain updated 11/22/16, Opioids.',
    [['NON_MTUS', 'Official Disability Guidelines', null, ['Pain', 'Opioids'], null]],
  ],
  [
    'Non-MTUS Citation ODG Shoulder (updated 12/12/16); ODG, Low Back.',
    [['NON_MTUS', 'Official Disability Guidelines', null, ['Low Back', 'Shoulder'], null]],
  ],
  [
    'Non-MTUS Citation ODG Low Back and Neck Chapter, Physical Therapy.',
    [
      [
        'NON_MTUS',
        'Official Disability Guidelines',
        null,
        ['Low Back', 'Neck and Upper Back', 'Physical Therapy'],
        null,
      ],
    ],
  ],
  [
    'Non-MTUS Citation ODG Pain management.',
    [['NON_MTUS', 'Official Disability Guidelines', null, ['Pain management'], null]],
  ],
  [
    'Non-MTUS Citation ACOEM Occupational Medicine Practice Guidelines, 3rd ed., Shoulder Disorders, pg. 64.',
    [['NON_MTUS', 'ACOEM Practice Guidelines', '3rd', ['Shoulder Disorders'], '64']],
  ],
  [
    'Non-MTUS Citation ACOEM Hip and Groin Chapter/Diagnostic and treatment recommendations.',
    [
      [
        'NON_MTUS',
        'ACOEM Practice Guidelines',
        null,
        ['Hip and Groin', 'Diagnostic and treatment recommendations'],
        null,
      ],
    ],
  ],
  [
    'Non-MTUS Citation ACOEM 2nd Edition, Chapter 7, page 127.',
    [['NON_MTUS', 'ACOEM Practice Guidelines', '2nd', ['Chapter 7'], '127']],
  ],
  [
    'Non-MTUS Citation American College of Occupational and Environmental Medicine (ACOEM) Chronic Pain Section/Opioids.',
    [['NON_MTUS', 'ACOEM Practice Guidelines', null, ['Chronic Pain', 'Opioids'], null]],
  ],
  // A section that is a page or a page range is a page (`46-47`, `46 - 47`, several joined
  // by `, `); a Page(s) mark wins over it; a section ending in a number is not a page.
  [
    'MTUS Elbow Complaints 2007, Section(s): Lateral epicondylalgia, 46-47.',
    [['MTUS', 'Elbow Disorders', '2007', ['Lateral epicondylalgia'], '46-47']],
  ],
  [
    'MTUS Elbow Complaints 2007, Section(s): Lateral epicondylalgia, 46 - 47.',
    [['MTUS', 'Elbow Disorders', '2007', ['Lateral epicondylalgia'], '46 - 47']],
  ],
  [
    'MTUS Elbow Complaints 2007, Section(s): Stage 2.',
    [['MTUS', 'Elbow Disorders', '2007', ['Stage 2'], null]],
  ],
  [
    'MTUS Elbow Complaints 2007, Section(s): 326, 327.',
    [['MTUS', 'Elbow Disorders', '2007', [], '326, 327']],
  ],
  [
    'MTUS Elbow Complaints 2007, Section(s): 326 Page(s): 330.',
    [['MTUS', 'Elbow Disorders', '2007', [], '330']],
  ],
  // A topic after a named document is a list; a chapter number is read only at the start.
  [
    'MTUS Chronic Pain Medical Treatment Guidelines Opioids, NSAIDs Page(s): 60.',
    [['MTUS', 'Chronic Pain Medical Treatment Guidelines', null, ['Opioids', 'NSAIDs'], '60']],
  ],
  [
    'MTUS Chronic Pain Medical Treatment 2009, Section(s): Chapter 12.',
    [['MTUS', 'Chronic Pain Medical Treatment Guidelines', '2009', ['Chapter 12'], null]],
  ],
  // `Guideline(s)` and punctuation before a topic are not part of it.
  [
    'MTUS Chronic Pain Medical Treatment 2009, Guidelines Opioids.',
    [['MTUS', 'Chronic Pain Medical Treatment Guidelines', '2009', ['Opioids'], null]],
  ],
  [
    'MTUS Chronic Pain Medical Treatment 2009 , Guideline Opioids.',
    [['MTUS', 'Chronic Pain Medical Treatment Guidelines', '2009', ['Opioids'], null]],
  ],
  [
    'MTUS Chronic Pain Medical Treatment 2009 -- Opioids.',
    [['MTUS', 'Chronic Pain Medical Treatment Guidelines', '2009', ['Opioids'], null]],
  ],
  // `(ACOEM)` after the ACOEM name, spaced; `Section / topic`; two ODG chapters joined by `and`.
  [
    'Non-MTUS Citation ACOEM Practice Guidelines ( ACOEM ), Shoulder Disorders.',
    [['NON_MTUS', 'ACOEM Practice Guidelines', null, ['Shoulder Disorders'], null]],
  ],
  [
    'Non-MTUS Citation ACOEM, Chronic Pain Section / Opioids.',
    [['NON_MTUS', 'ACOEM Practice Guidelines', null, ['Chronic Pain', 'Opioids'], null]],
  ],
  [
    'Non-MTUS Citation ODG Knee and Leg Chapter and Low Back Chapter.',
    [['NON_MTUS', 'Official Disability Guidelines', null, ['Knee & Leg', 'Low Back'], null]],
  ],
  [
    'Non-MTUS Citation ODG Knee (updated 11/22/16) Chapter  and sleep aids.',
    [['NON_MTUS', 'Official Disability Guidelines', null, ['Knee & Leg', 'sleep aids'], null]],
  ],
];

describe('citation readers, alternative by alternative', () => {
  test.each(CITATIONS)('%s', (paragraph, expected) => {
    const { citations } = parseGuidelineParagraph(`Decision based on ${paragraph}`);
    expect(citations.map((c) => [c.source, c.document, c.edition, c.sections, c.pages])).toEqual(
      expected,
    );
  });
});

describe('citation text and warnings', () => {
  test('an MTUS sentence naming no document is an Other citation, with a warning saying so', () => {
    const { citations, warnings } = parseGuidelineParagraph('Decision based on MTUS.');
    expect(citations.map((c) => [c.source, c.document, c.text])).toEqual([
      ['MTUS', 'Other', 'MTUS'],
    ]);
    expect(warnings).toEqual(['MTUS cited without naming a document']);
  });

  test('an ODG reference in an MTUS sentence keeps the sentence as its text', () => {
    const { citations } = parseGuidelineParagraph(
      'Decision based on MTUS ODG Low Back Chapter, Lumbar supports.',
    );
    expect(citations.map((c) => [c.source, c.sections, c.text])).toEqual([
      ['NON_MTUS', ['Low Back', 'Lumbar supports'], 'MTUS ODG Low Back Chapter, Lumbar supports.'],
    ]);
  });

  test('each MTUS document keeps its own words as its text, without the separator', () => {
    const { citations } = parseGuidelineParagraph(
      'Decision based on MTUS Chronic Pain Medical Treatment 2009 , Low Back Complaints 2004, Section(s): Surgery.',
    );
    expect(citations.map((c) => [c.document, c.sections, c.text])).toEqual([
      ['Chronic Pain Medical Treatment Guidelines', [], 'MTUS Chronic Pain Medical Treatment 2009'],
      ['Low Back Complaints', ['Surgery'], 'Low Back Complaints 2004, Section(s): Surgery.'],
    ]);
  });

  test('merged ODG references keep their own words as their text, not the whole sentence', () => {
    const { citations } = parseGuidelineParagraph(
      'Decision based on Non-MTUS Citation UpToDate: Opioids; ODG Shoulder (updated 12/12/16); ODG, Low Back.',
    );
    expect(citations.map((c) => [c.document, c.sections, c.text])).toEqual([
      ['Other', [], 'Non-MTUS Citation UpToDate: Opioids'],
      [
        'Official Disability Guidelines',
        ['Low Back', 'Shoulder'],
        'ODG Shoulder (updated 12/12/16); ODG, Low Back.',
      ],
    ]);
  });
});
