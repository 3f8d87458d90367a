import {
  narrowChoice,
  taxonomyOptions,
  type TaxonomyService,
} from '../../src/api/http/explorer/client/taxonomy';

/** The explorer's category / subcategory / service controls narrow one another. */
const SERVICES: TaxonomyService[] = [
  { name: 'Chiropractic manipulation', category: 'Rehabilitation', subcategory: 'Chiropractic' },
  { name: 'Physical therapy', category: 'Rehabilitation', subcategory: 'Physical medicine' },
  { name: 'Acupuncture', category: 'Rehabilitation', subcategory: 'Acupuncture' },
  { name: 'Tramadol', category: 'Pharmacy', subcategory: 'Opioids' },
  { name: 'Gabapentin', category: 'Pharmacy', subcategory: 'Anticonvulsants' },
  { name: 'Lumbar MRI', category: 'Diagnostics', subcategory: null },
];
const none = { category: '', subcategory: '', service: '' };

describe('explorer taxonomy controls', () => {
  test('with nothing chosen every level lists everything', () => {
    expect(taxonomyOptions(SERVICES, none)).toEqual({
      categories: ['Diagnostics', 'Pharmacy', 'Rehabilitation'],
      subcategories: [
        'Acupuncture',
        'Anticonvulsants',
        'Chiropractic',
        'Opioids',
        'Physical medicine',
      ],
      services: SERVICES.map((s) => s.name).sort((a, b) => a.localeCompare(b)),
    });
  });

  test('a category narrows the subcategories and the services to its own', () => {
    const offered = taxonomyOptions(SERVICES, { ...none, category: 'Pharmacy' });
    expect(offered.categories).toHaveLength(3);
    expect(offered.subcategories).toEqual(['Anticonvulsants', 'Opioids']);
    expect(offered.services).toEqual(['Gabapentin', 'Tramadol']);
  });

  test('a subcategory narrows the services, with or without its category chosen', () => {
    const alone = taxonomyOptions(SERVICES, { ...none, subcategory: 'Chiropractic' });
    expect(alone.services).toEqual(['Chiropractic manipulation']);
    expect(alone.subcategories).toHaveLength(5);
    const both = { category: 'Rehabilitation', subcategory: 'Acupuncture', service: '' };
    expect(taxonomyOptions(SERVICES, both).services).toEqual(['Acupuncture']);
  });

  test('a new category keeps the levels inside it and clears the others', () => {
    const inside = { category: 'Rehabilitation', subcategory: 'Chiropractic', service: '' };
    expect(narrowChoice(SERVICES, inside, 'category')).toEqual(inside);
    const outside = {
      category: 'Pharmacy',
      subcategory: 'Chiropractic',
      service: 'Chiropractic manipulation',
    };
    expect(narrowChoice(SERVICES, outside, 'category')).toEqual({ ...none, category: 'Pharmacy' });
  });

  test('a new subcategory clears a service outside it and a category it is not in', () => {
    expect(
      narrowChoice(
        SERVICES,
        { category: 'Pharmacy', subcategory: 'Chiropractic', service: 'Tramadol' },
        'subcategory',
      ),
    ).toEqual({ ...none, subcategory: 'Chiropractic' });
    const agreeing = { category: 'Pharmacy', subcategory: 'Opioids', service: 'Tramadol' };
    expect(narrowChoice(SERVICES, agreeing, 'subcategory')).toEqual(agreeing);
    // "any subcategory": the category and service stay.
    const widened = { category: 'Pharmacy', subcategory: '', service: 'Tramadol' };
    expect(narrowChoice(SERVICES, widened, 'subcategory')).toEqual(widened);
  });

  test('a service keeps its own subcategory and category and clears others', () => {
    const own = { category: '', subcategory: 'Chiropractic', service: 'Chiropractic manipulation' };
    expect(narrowChoice(SERVICES, own, 'service')).toEqual(own);
    expect(
      narrowChoice(
        SERVICES,
        { category: 'Pharmacy', subcategory: 'Chiropractic', service: 'Lumbar MRI' },
        'service',
      ),
    ).toEqual({ ...none, service: 'Lumbar MRI' });
  });
});
