import { parseCredentials } from '../../loaders/parse/credentials';

const block = (...lines: string[]) =>
  parseCredentials(['The Expert Reviewer has the following credentials:', ...lines]);

describe('parseCredentials: the 2015-17 block', () => {
  test('comma lists with and without spaces', () => {
    expect(
      block(
        'State(s) of Licensure: California,North Carolina, District of Columbia',
        'Certification(s)/Specialty: Family Practice,Pain Management',
      ),
    ).toEqual({
      licensedStates: ['California', 'North Carolina', 'District of Columbia'],
      specialties: ['Family Practice', 'Pain Management'],
      warnings: [],
    });
  });

  test('a value wrapped onto the next line: `Public Health &` / `General Preventive Medicine`', () => {
    expect(
      block(
        'State(s) of Licensure: California',
        'Certification(s)/Specialty: Preventive Medicine, Occupational Medicine, Public Health &',
        'General Preventive Medicine',
      ).specialties,
    ).toEqual([
      'Preventive Medicine',
      'Occupational Medicine',
      'Public Health & General Preventive Medicine',
    ]);
  });

  test('a name split across lines: `Occupational` / `Medicine`', () => {
    expect(
      block(
        'State(s) of Licensure: Arizona',
        'Certification(s)/Specialty: Internal Medicine, Occupational',
        'Medicine',
      ).specialties,
    ).toEqual(['Internal Medicine', 'Occupational Medicine']);
  });

  test("the letters' typos map to the canonical name (`Sports Medicinea`)", () => {
    expect(
      block(
        'State(s) of Licensure: Texas',
        'Certification(s)/Specialty: Orthopedic Surgery, Sports Medicinea',
      ),
    ).toEqual({
      licensedStates: ['Texas'],
      specialties: ['Orthopedic Surgery', 'Sports Medicine'],
      warnings: [],
    });
  });

  test('a name with a comma of its own: `Endocrinology, Diabetes & Metabolism`', () => {
    expect(
      block(
        'State(s) of Licensure: California',
        'Certification(s)/Specialty: Internal Medicine, Endocrinology, Diabetes & Metabolism',
      ),
    ).toEqual({
      licensedStates: ['California'],
      specialties: ['Internal Medicine', 'Endocrinology'],
      warnings: [],
    });
  });

  test('ABMS subspecialties of PM&R and surgery', () => {
    expect(
      block(
        'State(s) of Licensure: California',
        'Certification(s)/Specialty: Physical Medicine & Rehabilitation, Spinal Cord Injury',
        'Medicine, Brain Injury Medicine, Thoracic Surgery',
      ),
    ).toEqual({
      licensedStates: ['California'],
      specialties: [
        'Physical Medicine & Rehabilitation',
        'Spinal Cord Injury Medicine',
        'Brain Injury Medicine',
        'Thoracic Surgery',
      ],
      warnings: [],
    });
  });

  test('non-physician licences', () => {
    for (const licence of ['Chiropractor', 'Acupuncturist', 'Psychologist'])
      expect(
        block('State(s) of Licensure: California', `Certification(s)/Specialty: ${licence}`)
          .specialties,
      ).toEqual([licence]);
  });

  test('the block ends at the case summary heading', () => {
    expect(
      block(
        'State(s) of Licensure: Maryland',
        'Certification(s)/Specialty: Physical Medicine & Rehabilitation, Neuromuscular Medicine',
        'CLINICAL CASE SUMMARY',
      ).specialties,
    ).toEqual(['Physical Medicine & Rehabilitation', 'Neuromuscular Medicine']);
  });

  test('an unknown specialty is kept as written, with a warning', () => {
    const parsed = block(
      'State(s) of Licensure: California',
      'Certification(s)/Specialty: Family Practice, Underwater Basket Medicine',
    );
    expect(parsed.specialties).toEqual(['Family Practice', 'Underwater Basket Medicine']);
    expect(parsed.warnings).toEqual([expect.stringMatching(/Underwater Basket Medicine/)]);
  });

  test('names joined by `&` or `and` inside one comma-separated value', () => {
    const parsed = block(
      'State(s) of Licensure: California & Nevada, Oregon and Washington',
      'Certification(s)/Specialty: Internal Medicine and Pulmonary Disease, Physical Medicine & Rehabilitation',
    );
    expect(parsed.licensedStates).toEqual(['California', 'Nevada', 'Oregon', 'Washington']);
    expect(parsed.specialties).toEqual([
      'Internal Medicine',
      'Pulmonary Disease',
      'Physical Medicine & Rehabilitation',
    ]);
    expect(parsed.warnings).toEqual([]);
  });

  test('a joined value with a part that is no name is kept whole, with a warning', () => {
    const parsed = block(
      'State(s) of Licensure: California & Ontario',
      'Certification(s)/Specialty: Family Practice & Sports Medicine Fellowship, Physical Medicine & Rehabilitation and Pain Medicine',
    );
    expect(parsed.licensedStates).toEqual(['California & Ontario']);
    expect(parsed.specialties).toEqual([
      'Family Practice & Sports Medicine Fellowship',
      'Physical Medicine & Rehabilitation',
      'Pain Management',
    ]);
    expect(parsed.warnings).toEqual([
      "unrecognised reviewer state 'California & Ontario', kept as written",
      "unrecognised reviewer specialty 'Family Practice & Sports Medicine Fellowship', kept as written",
    ]);
  });

  test('an unknown specialty containing a known one is kept whole', () => {
    const parsed = block(
      'State(s) of Licensure: California',
      'Certification(s)/Specialty: Orthopedic Surgery of the Spine',
    );
    expect(parsed.specialties).toEqual(['Orthopedic Surgery of the Spine']);
  });
});

describe('parseCredentials: the 2014 prose inside the boilerplate', () => {
  test('specialty, subspecialty and `&` between states, wrapped over lines', () => {
    expect(
      parseCredentials([
        'affiliation with the employer, employee, providers or the claims administrator. The expert',
        'reviewer is Board Certified in Occupational Medicine, has a subspecialty in Occupational',
        'Medicine and is licensed to practice in Arizona & Michigan. He/she has been in active clinical',
      ]),
    ).toEqual({
      licensedStates: ['Arizona', 'Michigan'],
      specialties: ['Occupational Medicine'],
      warnings: [],
    });
  });

  test('`and` inside a specialty name is not a list separator', () => {
    expect(
      parseCredentials([
        'The expert reviewer is Board Certified in Physical Medicine and Rehabilitation, has a',
        'subspecialty in Pain Medicine and is licensed to practice in California, Texas and New York.',
      ]),
    ).toEqual({
      licensedStates: ['California', 'Texas', 'New York'],
      specialties: ['Physical Medicine & Rehabilitation', 'Pain Management'],
      warnings: [],
    });
  });

  test('a licensed non-physician', () => {
    expect(
      parseCredentials([
        'The expert reviewer is a Licensed Chiropractor and is licensed to practice in California. He',
      ]),
    ).toMatchObject({ licensedStates: ['California'], specialties: ['Chiropractor'] });
  });

  test('no credentials: empty lists and a warning, never a guess', () => {
    expect(parseCredentials(['MAXIMUS Federal Services sent the complete case file.'])).toEqual({
      licensedStates: [],
      specialties: [],
      warnings: ['reviewer credentials not understood'],
    });
  });
});
