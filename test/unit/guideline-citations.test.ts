import type { GuidelineCitation } from '../../loaders/determination';
import {
  normaliseSectionKey,
  parseGuidelineParagraph,
  splitSectionList,
} from '../../loaders/extract/guideline-citations';

type Brief = Omit<GuidelineCitation, 'text'>;

/** The citations without their text, for compact expectations. */
function briefs(paragraph: string): Brief[] {
  return parseGuidelineParagraph(paragraph).citations.map(({ text: _text, ...rest }) => rest);
}

function mtus(
  document: string,
  edition: string | null,
  sections: string[] = [],
  pages: string | null = null,
): Brief {
  return { source: 'MTUS', document, edition, sections, pages };
}

function odg(sections: string[], edition: string | null = null): Brief {
  return {
    source: 'NON_MTUS',
    document: 'Official Disability Guidelines',
    edition,
    sections,
    pages: null,
  };
}

const CPMTG = 'Chronic Pain Medical Treatment Guidelines';
const OUTSIDE =
  'The Expert Reviewer based their decision on recommendation(s) outside of the MTUS Guidelines.';

describe('parseGuidelineParagraph: 2014-15 shapes', () => {
  it('reads an MTUS document with no section', () => {
    expect(briefs('Decision based on MTUS Acupuncture Treatment Guidelines.')).toEqual([
      mtus('Acupuncture Medical Treatment Guidelines', null),
    ]);
  });

  it('reads the topic as a section and the pages as written', () => {
    expect(
      briefs(
        'Decision based on MTUS Chronic Pain Treatment Guidelines Epidural steroid injections Page(s): 46.',
      ),
    ).toEqual([mtus(CPMTG, null, ['Epidural steroid injections'], '46')]);
    expect(
      briefs(
        'Decision based on MTUS Chronic Pain Treatment Guidelines manual therapy and manipulation Page(s): 58-60.',
      ),
    ).toEqual([mtus(CPMTG, null, ['manual therapy and manipulation'], '58-60')]);
    expect(
      briefs(
        'Decision based on MTUS Chronic Pain Treatment Guidelines Physical therapy Page(s): s 98 and 99.',
      ),
    ).toEqual([mtus(CPMTG, null, ['Physical therapy'], 's 98 and 99')]);
  });

  it('maps ACOEM chapters to documents', () => {
    expect(
      briefs('Decision based on MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 303.'),
    ).toEqual([mtus('Low Back Complaints', null, [], '303')]);
    expect(
      briefs(
        'Decision based on MTUS ACOEM Chapter 8 Neck and Upper Back Complaints Page(s): Table 8-2, page 182.',
      ),
    ).toEqual([mtus('Neck and Upper Back Complaints', null, [], 'Table 8-2, page 182')]);
    expect(briefs('Decision based on MTUS ACOEM Page(s): 127.')).toEqual([
      mtus('ACOEM Practice Guidelines', null, [], '127'),
    ]);
  });

  it('keeps a chapter 1-7 title as one General Approaches section, commas and all', () => {
    expect(
      briefs(
        'Decision based on MTUS ACOEM Chapter 6 Pain, Suffering, and the Restoration of Function Page(s): 115.',
      ),
    ).toEqual([
      mtus('General Approaches', null, ['Pain, Suffering, and the Restoration of Function'], '115'),
    ]);
    expect(
      briefs(
        'Decision based on MTUS ACOEM Practice Guidelines, 2nd Edition (2004), Chapter 7, Independent Medical Examinations and Consultations, page 127',
      ),
    ).toEqual([
      mtus(
        'General Approaches',
        '2004',
        ['Independent Medical Examinations and Consultations'],
        '127',
      ),
    ]);
  });

  it('reads a Claims Administrator line that did not use the MTUS, then its Non-MTUS citation', () => {
    const parsed = parseGuidelineParagraph(
      'The Claims Administrator did not base their decision on the MTUS. Decision based on Non-MTUS Citation Official Disabilities Guidelines -TWC.',
    );
    expect(parsed.citedNoEvidence).toBe(true);
    expect(parsed.citations).toEqual([
      { ...odg([]), text: 'Non-MTUS Citation Official Disabilities Guidelines -TWC.' },
    ]);
    expect(parsed.warnings).toEqual([]);
  });

  it('reads the ACOEM chapter sentence followed by an ODG one', () => {
    expect(
      briefs(
        'Decision based on MTUS ACOEM Chapter 8 Neck and Upper Back Complaints. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Neck chapter, Indications for imaging, Magnetic Resonance Imaging (MRI).',
      ),
    ).toEqual([
      mtus('Neck and Upper Back Complaints', null),
      odg(['Neck and Upper Back', 'Indications for imaging', 'Magnetic Resonance Imaging (MRI)']),
    ]);
  });
});

describe('parseGuidelineParagraph: 2016-17 MTUS shapes', () => {
  it('reads edition and sections', () => {
    expect(
      briefs(
        'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Manual therapy & manipulation.',
      ),
    ).toEqual([mtus(CPMTG, '2016', ['Manual therapy & manipulation'])]);
    expect(
      briefs(
        'Decision based on MTUS Low Back Complaints 2004, Section(s): Special Studies, Summary.',
      ),
    ).toEqual([mtus('Low Back Complaints', '2004', ['Special Studies', 'Summary'])]);
    expect(briefs('Decision based on MTUS Acupuncture Treatment 2007.')).toEqual([
      mtus('Acupuncture Medical Treatment Guidelines', '2007'),
    ]);
    expect(
      briefs('Decision based on MTUS Elbow Complaints 2007, Section(s): Recommendations.'),
    ).toEqual([mtus('Elbow Disorders', '2007', ['Recommendations'])]);
    expect(
      briefs(
        'Decision based on MTUS Stress-Related Conditions 2004, Section(s): General Approach.',
      ),
    ).toEqual([mtus('Stress Related Conditions', '2004', ['General Approach'])]);
  });

  it('splits numbered Opioid sections only before a number', () => {
    expect(
      briefs(
        'Decision based on MTUS Opioid Treatment 2016, Section(s): 3.3.1.1 Opioids for Chronic Pain and Chronic Opioid Treatment: Screening for Risk of Addiction or Adverse Events, Prior to Chronic Opioid Treatment: Screening for Drug Misuse/Abuse, 3.3.9 Opioids for Chronic Pain and Chronic Opioid Treatment: Maintenance of Chronic Opioid Treatment.',
      ),
    ).toEqual([
      mtus('Opioids Treatment Guidelines', '2016', [
        '3.3.1.1 Opioids for Chronic Pain and Chronic Opioid Treatment: Screening for Risk of Addiction or Adverse Events, Prior to Chronic Opioid Treatment: Screening for Drug Misuse/Abuse',
        '3.3.9 Opioids for Chronic Pain and Chronic Opioid Treatment: Maintenance of Chronic Opioid Treatment',
      ]),
    ]);
  });

  it('gives one citation per document in a sentence', () => {
    const parsed = parseGuidelineParagraph(
      'Decision based on MTUS Low Back Complaints 2004, Section(s): Physical Methods, and Chronic Pain Medical Treatment 2016, Section(s): TENS, chronic pain (transcutaneous electrical nerve stimulation).',
    );
    expect(parsed.citations).toEqual([
      {
        ...mtus('Low Back Complaints', '2004', ['Physical Methods']),
        text: 'MTUS Low Back Complaints 2004, Section(s): Physical Methods',
      },
      {
        ...mtus(CPMTG, '2016', [
          'TENS, chronic pain (transcutaneous electrical nerve stimulation)',
        ]),
        text: 'Chronic Pain Medical Treatment 2016, Section(s): TENS, chronic pain (transcutaneous electrical nerve stimulation).',
      },
    ]);
  });

  it('does not split a document whose own name has ", and"', () => {
    expect(
      briefs(
        'Decision based on MTUS Elbow Complaints 2007, Section(s): Diagnostic Criteria, and Forearm, Wrist, and Hand Complaints 2004, Section(s): Special Studies, Summary.',
      ),
    ).toEqual([
      mtus('Elbow Disorders', '2007', ['Diagnostic Criteria']),
      mtus('Forearm, Wrist, and Hand Complaints', '2004', ['Special Studies', 'Summary']),
    ]);
    expect(
      briefs(
        'Decision based on MTUS Postsurgical Treatment 2009, Section(s): Knee, Forearm, Wrist, & Hand.',
      ),
    ).toEqual([
      mtus('Postsurgical Treatment Guidelines', '2009', ['Knee', 'Forearm, Wrist, & Hand']),
    ]);
  });

  it('reads five documents in one sentence, and a page-number section as pages', () => {
    const docs = briefs(
      'Decision based on MTUS Neck and Upper Back Complaints 2004, Section(s): Special Studies, Summary, and Shoulder Complaints 2004, Section(s): Surgical Considerations, Summary, and Elbow Complaints 2007, Section(s): 326, Diagnostic Criteria, and Forearm, Wrist, and Hand Complaints 2004, Section(s): Special Studies, Diagnostic Criteria, Summary, and Chronic Pain Medical Treatment 2016, Section(s): Diabetic neuropathy, Electrodiagnostic testing (EMG/NCS).',
    );
    expect(docs.map((d) => d.document)).toEqual([
      'Neck and Upper Back Complaints',
      'Shoulder Complaints',
      'Elbow Disorders',
      'Forearm, Wrist, and Hand Complaints',
      CPMTG,
    ]);
    expect(docs[2]).toEqual(mtus('Elbow Disorders', '2007', ['Diagnostic Criteria'], '326'));
  });

  it('reads a second document with no sections', () => {
    expect(
      briefs(
        'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Tramadol (Ultram), and Opioid Treatment 2016.',
      ),
    ).toEqual([
      mtus(CPMTG, '2016', ['Tramadol (Ultram)']),
      mtus('Opioids Treatment Guidelines', '2016'),
    ]);
  });

  it('keeps sections with their own commas and parentheses whole', () => {
    expect(
      briefs(
        'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): NSAIDs (non-steroidal anti-inflammatory drugs), NSAIDs, GI symptoms & cardiovascular risk, NSAIDs, hypertension and renal function, NSAIDs, specific drug list & adverse effects.',
      ),
    ).toEqual([
      mtus(CPMTG, '2016', [
        'NSAIDs (non-steroidal anti-inflammatory drugs)',
        'NSAIDs, GI symptoms & cardiovascular risk',
        'NSAIDs, hypertension and renal function',
        'NSAIDs, specific drug list & adverse effects',
      ]),
    ]);
    expect(
      briefs(
        'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Cyclobenzaprine (Flexeril), Muscle relaxants (for pain).',
      ),
    ).toEqual([mtus(CPMTG, '2016', ['Cyclobenzaprine (Flexeril)', 'Muscle relaxants (for pain)'])]);
  });
});

describe('parseGuidelineParagraph: Non-MTUS', () => {
  it('skips the outside-the-MTUS lead-in and reads the ODG chapter and topic', () => {
    const parsed = parseGuidelineParagraph(
      `${OUTSIDE} Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Low Back Chapter, Preoperative lab testing.`,
    );
    expect(parsed.citedNoEvidence).toBe(false);
    expect(parsed.citations).toEqual([
      {
        ...odg(['Low Back', 'Preoperative lab testing']),
        text: 'Non-MTUS Citation Official Disability Guidelines (ODG) Low Back Chapter, Preoperative lab testing.',
      },
    ]);
    expect(parsed.warnings).toEqual([]);
  });

  it.each([
    [
      'Official Disability Guidelines (ODG), Low Back & Thoracic chapter (Acute & Chronic): Preoperative lab testing and Preoperative testing, general.',
      ['Low Back', 'Preoperative lab testing and Preoperative testing, general'],
    ],
    [
      'Official Disability Guidelines, Low Back - Lumbar & Thoracic (Acute & Chronic), Electrodiagnostic Studies (EDS); Nerve Conduction Studies (NCS).',
      ['Low Back', 'Electrodiagnostic Studies (EDS)', 'Nerve Conduction Studies (NCS)'],
    ],
    [
      'Official Disability Guidelines (ODG), Low Back, Lumbar & Thoracic (Acute & Chronic).',
      ['Low Back'],
    ],
    ['Official Disability Guidelines (ODG) Pain (Chronic), Diclofenac.', ['Pain', 'Diclofenac']],
    [
      'Official Disability Guidelines (ODG) Knee and Leg (Durable medical equipment (DME)).',
      ['Knee & Leg', 'Durable medical equipment (DME)'],
    ],
    ['Official Disability Guidelines (ODG) Shoulder/MR Arthrogram.', ['Shoulder', 'MR Arthrogram']],
    [
      'Official Disability Guidelines (ODG) Pain Section/Voltaren® Gel (diclofenac) Topic.',
      ['Pain', 'Voltaren® Gel (diclofenac)'],
    ],
    [
      'Official Disability Guidelines (ODG) Forearm, wrist and hand, Physical/Occupational therapy.',
      ['Forearm, Wrist & Hand', 'Physical/Occupational therapy'],
    ],
    [
      'Official Disability Guidelines (ODG) Head (trauma, headaches, etc., not including stress & mental disorders) Hearing aids.',
      ['Head', 'Hearing aids'],
    ],
    [
      'Official Disability Guidelines (ODG) physical therapy, elbow chapter.',
      ['Elbow', 'physical therapy'],
    ],
    [
      'Official Disability Guidelines (ODG) Low Back and neck Chapter, Physical Therapy.',
      ['Low Back', 'Neck and Upper Back', 'Physical Therapy'],
    ],
    [
      'Official Disability Guidelines (ODG) Physical therapy/Preface.',
      ['Preface', 'Physical therapy'],
    ],
    [
      'Official Disability Guidelines (ODG), Knee & Leg (updated 11/22/16) Chapter: Skilled nursing facility (SNF) care.',
      ['Knee & Leg', 'Skilled nursing facility (SNF) care'],
    ],
    [
      'Official Disability Guidelines (ODG) Chapter: Low Back-Lumbar & Thoracic (Acute & Chronic) 12/20/2016 MRI (magnetic resonance imaging).',
      ['Low Back', 'MRI (magnetic resonance imaging)'],
    ],
    [
      'Official Disability Guidelines, Elbow Procedure Summary Online Version (updated 11/23/16): Magnetic Resonance Imaging.',
      ['Elbow', 'Magnetic Resonance Imaging'],
    ],
    [
      'Official Disability Guidelines (ODG), Shoulder (Acute and Chronic), Rotator cuff repair, Acromioplasty, Mumford procedure.',
      ['Shoulder', 'Rotator cuff repair', 'Acromioplasty', 'Mumford procedure'],
    ],
    [
      'Official Disability Guidelines (ODG) Hips & Pelvis Chapter, X-Ray.',
      ['Hip & Pelvis', 'X-Ray'],
    ],
    [
      'Official Disability Guidelines (ODG) Fitness for Duty, Functional capacity evaluation (FCE).',
      ['Fitness for Duty', 'Functional capacity evaluation (FCE)'],
    ],
    ['ODG Mental Illness and Stress.', ['Mental Illness & Stress']],
    [
      'Official Disability Guidelines (ODG), Neck and Upper Back Chapter, Physical Therapy (PT), subheading.',
      ['Neck and Upper Back', 'Physical Therapy (PT)'],
    ],
    // an imaging topic named with its chapter is both
    ['Official Disability Guidelines (ODG) MRI Elbow.', ['Elbow', 'MRI']],
    ['Low Back (Hyperstimulation analgesia).', ['Low Back', 'Hyperstimulation analgesia']],
  ])('reads ODG %s', (citation, sections) => {
    expect(briefs(`${OUTSIDE} Decision based on Non-MTUS Citation ${citation}`)).toEqual([
      odg(sections),
    ]);
  });

  it.each([
    [
      'Official Disability Guidelines, 2016, Web Version, Criteria for skilled nursing facility.',
      '2016',
      ['Criteria for skilled nursing facility'],
    ],
    ['ODG Guidelines, 14th Edition, 2016, Knee Chapter.', '2016', ['Knee & Leg']],
    [
      'Official Disability Guidelines (ODG), Work Loss Data Institute (21th Annual Edition), 2016, Neck and Upper Back (Acute & Chronic) Chapter.',
      '2016',
      ['Neck and Upper Back'],
    ],
    [
      'Official Disability Guidelines (ODG), Knee and Leg (Acute and Chronic): Platelet-rich plasma (2016).',
      '2016',
      ['Knee & Leg', 'Platelet-rich plasma'],
    ],
    ['Official Disability Guidelines (ODG), Head (updated 11/22/16).', null, ['Head']],
  ])('reads the ODG edition of %s', (citation, edition, sections) => {
    expect(briefs(`Decision based on Non-MTUS Citation ${citation}`)).toEqual([
      odg(sections, edition),
    ]);
  });

  it('merges ODG mentions in a row into one citation', () => {
    const parsed = parseGuidelineParagraph(
      'Decision based on Non-MTUS Citation Official Disability Guidelines, Shoulder (updated 12/12/16); ODG, Low Back (updated 12/20/16).',
    );
    expect(parsed.citations).toEqual([
      {
        ...odg(['Shoulder', 'Low Back']),
        text: 'Non-MTUS Citation Official Disability Guidelines, Shoulder (updated 12/12/16); ODG, Low Back (updated 12/20/16).',
      },
    ]);
    expect(
      briefs(
        'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Manual therapy & manipulation. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Neck and Upper Back (Acute and Chronic) Manipulation and ODG Chiropractic Guidelines.',
      ),
    ).toEqual([
      mtus(CPMTG, '2016', ['Manual therapy & manipulation']),
      odg(['Neck and Upper Back', 'Manipulation', 'Chiropractic Guidelines']),
    ]);
  });

  it('reads ACOEM 3rd edition with sections and pages', () => {
    expect(
      briefs(
        'Decision based on MTUS Shoulder Complaints 2004, Section(s): Summary. Decision based on Non-MTUS Citation ACOEM Occupational Medicine Practice Guidelines, 3rd ed., Shoulder Disorders, pg. 64.',
      ),
    ).toEqual([
      mtus('Shoulder Complaints', '2004', ['Summary']),
      {
        source: 'NON_MTUS',
        document: 'ACOEM Practice Guidelines',
        edition: '3rd',
        sections: ['Shoulder Disorders'],
        pages: '64',
      },
    ]);
    expect(
      briefs(
        `${OUTSIDE} Decision based on Non-MTUS Citation ACOEM Hip and Groin Chapter/Diagnostic and treatment recommendations.`,
      ),
    ).toEqual([
      {
        source: 'NON_MTUS',
        document: 'ACOEM Practice Guidelines',
        edition: null,
        sections: ['Hip and Groin', 'Diagnostic and treatment recommendations'],
        pages: null,
      },
    ]);
  });

  it('separates ODG from an ACOEM reference with its author', () => {
    expect(
      briefs(
        'Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Low back, Lumbar & Thoracic (Acute & Chronic) - Manipulation Harris J. Occupational medicine practice guidelines, 2nd edition (2004) p 301.',
      ),
    ).toEqual([
      odg(['Low Back', 'Manipulation']),
      {
        source: 'NON_MTUS',
        document: 'ACOEM Practice Guidelines',
        edition: '2nd',
        sections: [],
        pages: '301',
      },
    ]);
    expect(
      briefs(
        'Decision based on Non-MTUS Citation ACOEM guidelines and the Official Disability Guidelines.',
      ).map((c) => c.document),
    ).toEqual(['ACOEM Practice Guidelines', 'Official Disability Guidelines']);
  });

  it('gives one Other citation per URL of a bare URL list, rejoining URLs broken at line ends', () => {
    const parsed = parseGuidelineParagraph(
      `${OUTSIDE} Decision based on Non-MTUS Citation http://www.slideshare.net/julenemcalister/differences-between-inpatient-rehabilitation-skilled- nursing-care, https://medicalinsider.holy-cross.com/acute-inpatient-rehabilitation-versus-skilled- nursing-facility-rehabilitation.`,
    );
    expect(parsed.citations.map((c) => [c.source, c.document, c.text])).toEqual([
      [
        'NON_MTUS',
        'Other',
        'Non-MTUS Citation http://www.slideshare.net/julenemcalister/differences-between-inpatient-rehabilitation-skilled-nursing-care',
      ],
      [
        'NON_MTUS',
        'Other',
        'https://medicalinsider.holy-cross.com/acute-inpatient-rehabilitation-versus-skilled-nursing-facility-rehabilitation',
      ],
    ]);
    expect(parsed.warnings).toEqual([]);
  });

  it('reads an imaging topic named with its chapter (`MRI shoulder`) as chapter and topic', () => {
    const odgSections = (tail: string) =>
      parseGuidelineParagraph(
        `Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) ${tail}`,
      ).citations.map((c) => c.sections);
    expect(odgSections('MRI shoulder.')).toEqual([['Shoulder', 'MRI']]);
    expect(odgSections('MRI Elbow.')).toEqual([['Elbow', 'MRI']]);
    expect(odgSections('X-rays of the knee.')).toEqual([['Knee & Leg', 'X-rays']]);
    expect(odgSections('Shoulder Chapter, MRI shoulder.')).toEqual([['Shoulder', 'MRI']]);
    // other topics that end in a chapter's name keep their words
    expect(odgSections('Antidepressants for Chronic Pain.')).toEqual([
      ['Antidepressants for Chronic Pain'],
    ]);
    expect(odgSections('MRI shoulder arthrogram.')).toEqual([['MRI shoulder arthrogram']]);
  });

  it('reads ODG, then a URL after "Other Medical Treatment Guidelines"', () => {
    const parsed = parseGuidelineParagraph(
      `${OUTSIDE} Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Knee/DME, Low Back Lumbar and Thoracic/Mattress selection and Other Medical Treatment Guidelines https://www.cms.gov/Regulations-and- Guidance/Guidance/Transmittals/downloads/R148CIM.pdf.`,
    );
    expect(parsed.citations.map((c) => [c.document, c.sections, c.text])).toEqual([
      [
        'Official Disability Guidelines',
        ['Knee & Leg', 'Low Back', 'DME', 'Mattress selection'],
        'Non-MTUS Citation Official Disability Guidelines (ODG) Knee/DME, Low Back Lumbar and Thoracic/Mattress selection',
      ],
      [
        'Other',
        [],
        'https://www.cms.gov/Regulations-and-Guidance/Guidance/Transmittals/downloads/R148CIM.pdf',
      ],
    ]);
  });

  it('keeps a prose reference with URLs, UpToDate and articles as one Other citation', () => {
    const sentence =
      'What is an electrocardiogram? National Heart, Lung, and Blood Institute, Department of Health and Human Services. http://www.nhlbi.nih.gov/health/health-topics/topics/ekg, accessed 02/18/2017, Benditt D, et al. Syncope in adults: Clinical manifestations and diagnostic evaluation. Topic 969, version 21.0. UpToDate, accessed 02/18/2017.';
    const parsed = parseGuidelineParagraph(
      `${OUTSIDE} Decision based on Non-MTUS Citation ${sentence}`,
    );
    expect(parsed.citations).toEqual([
      {
        source: 'NON_MTUS',
        document: 'Other',
        edition: null,
        sections: [],
        pages: null,
        text: `Non-MTUS Citation ${sentence}`,
      },
    ]);
    expect(
      briefs(
        'Decision based on Non-MTUS Citation Sildenafil: Drug information, accessed from UpToDate.com on 12/17/2016.',
      ),
    ).toEqual([
      { source: 'NON_MTUS', document: 'Other', edition: null, sections: [], pages: null },
    ]);
  });

  it('reads ODG cited under an MTUS label as ODG', () => {
    expect(briefs('Decision based on MTUS Official Disability Guidelines (ODG), Low Back')).toEqual(
      [odg(['Low Back'])],
    );
  });
});

describe('parseGuidelineParagraph: nothing cited', () => {
  it.each([
    'The Claims Administrator did not cite any medical evidence for its decision.',
    'The Expert Reviewer did not cite any medical evidence for its decision.',
    'The Claims Administrator did not base their decision on the MTUS.',
  ])('%s', (paragraph) => {
    expect(parseGuidelineParagraph(paragraph)).toEqual({
      citedNoEvidence: true,
      citations: [],
      warnings: [],
    });
  });
});

describe('parseGuidelineParagraph: tolerance', () => {
  it('tolerates missing spaces, typos of the letters and leftover hyphen joins', () => {
    expect(
      briefs('Decision based on MTUS LowBack Complaints 2004, Section(s):Special Studies.'),
    ).toEqual([mtus('Low Back Complaints', '2004', ['Special Studies'])]);
    expect(
      briefs(
        'Decision based on Non-MTUS Citation Official Disability Guidelines (ODG)-TWC, Knee & Leg, Platelet- rich plasma',
      ),
    ).toEqual([odg(['Knee & Leg', 'Platelet-rich plasma'])]);
  });

  it('reads a citation without its "Decision based on" lead', () => {
    expect(briefs('MTUS Chronic Pain Medical Treatment 2016.')).toEqual([mtus(CPMTG, '2016')]);
  });

  it('warns about what it does not understand, with a short snippet only', () => {
    const stray = parseGuidelineParagraph(
      'Some words nobody expected here, and a good many of them in a row. Decision based on MTUS Knee Complaints 2004.',
    );
    expect(stray.citations).toEqual([expect.objectContaining({ document: 'Knee Complaints' })]);
    expect(stray.warnings).toHaveLength(1);
    expect(stray.warnings[0].length).toBeLessThan(80);

    const unknown = parseGuidelineParagraph(
      'Decision based on MTUS Medical Treatment Utilization Schedule Definitions.',
    );
    expect(unknown.citations).toEqual([
      expect.objectContaining({ source: 'MTUS', document: 'Other' }),
    ]);
    expect(unknown.warnings).toEqual([expect.stringMatching(/MTUS document not recognised/)]);

    const bare = parseGuidelineParagraph('Decision based on MTUS.');
    expect(bare.citations).toEqual([
      expect.objectContaining({ source: 'MTUS', document: 'Other' }),
    ]);
    expect(bare.warnings).toHaveLength(1);
  });

  it.each([
    ['empty', ''],
    ['blank', '   '],
    ['open parentheses', '((('],
    ['a bare lead', 'Decision based on'],
    ['a bare Non-MTUS label', 'Decision based on Non-MTUS Citation'],
    ['close parentheses', ')'.repeat(50)],
    ['a long run of letters', 'x'.repeat(5000)],
    [
      'a long list',
      `Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): ${'Topical analgesics, '.repeat(300)}`,
    ],
  ])('never throws: %s', (_label, paragraph) => {
    const parsed = parseGuidelineParagraph(paragraph);
    expect(Array.isArray(parsed.citations)).toBe(true);
    parsed.warnings.forEach((w) => expect(w.length).toBeLessThan(100));
  });
});

describe('splitSectionList', () => {
  it.each([
    ['Special Studies, Summary', ['Special Studies', 'Summary']],
    [
      'TENS, chronic pain (transcutaneous electrical nerve stimulation)',
      ['TENS, chronic pain (transcutaneous electrical nerve stimulation)'],
    ],
    [
      'NSAIDs, GI symptoms & cardiovascular risk, Proton Pump Inhibitors (PPIs)',
      ['NSAIDs, GI symptoms & cardiovascular risk', 'Proton Pump Inhibitors (PPIs)'],
    ],
    ['Opioids, Weaning of Medications', ['Opioids', 'Weaning of Medications']],
    [
      'Benzodiazepines, Benzodiazepine dependence, maintenance',
      ['Benzodiazepines', 'Benzodiazepine dependence, maintenance'],
    ],
    [
      'Initial Care, Activity Modification, Special Studies, Summary',
      ['Initial Care', 'Activity Modification', 'Special Studies', 'Summary'],
    ],
    [
      'Capsaicin, topical (chili pepper/cayenne pepper)',
      ['Capsaicin, topical (chili pepper/cayenne pepper)'],
    ],
    ['Forearm, Wrist, & Hand', ['Forearm, Wrist, & Hand']],
    ['Initial Care, and Summary.', ['Initial Care', 'Summary']],
  ])('%s', (list, sections) => {
    expect(splitSectionList(list)).toEqual(sections);
  });
});

describe('normaliseSectionKey', () => {
  it.each([
    ['Epidural steroid injections', 'Epidural Steroid Injection'],
    ['Epidural steroid injections', 'Epidural steroid injections (ESIs)'],
    ['Knee & Leg', 'Knee and Leg'],
    ['Manual therapy & manipulation', 'manual therapy and manipulation'],
    ['MRI (magnetic resonance imaging)', "MRI's (magnetic resonance imaging)"],
    ['Special Studies', 'Special  studies.'],
    ['X-Ray', 'x-rays'],
    ['Lidoderm® (lidocaine patch)', 'Lidoderm (Lidocaine patch)'],
    ['Cervical pillows', 'Cervical pillow'],
  ])('%s = %s', (a, b) => {
    expect(normaliseSectionKey(a)).toBe(normaliseSectionKey(b));
  });

  it('keeps different sections apart', () => {
    expect(normaliseSectionKey('Cyclobenzaprine (Flexeril)')).not.toBe(
      normaliseSectionKey('Cyclobenzaprine'),
    );
    expect(normaliseSectionKey('Physical Methods')).not.toBe(
      normaliseSectionKey('Physical medicine treatment'),
    );
  });

  it('is lowercase words separated by single spaces', () => {
    expect(normaliseSectionKey('NSAIDs, GI symptoms & cardiovascular risk')).toBe(
      'nsaid gi symptom and cardiovascular risk',
    );
  });
});
