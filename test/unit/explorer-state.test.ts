import {
  DEFAULT_STATE,
  decisionFilter,
  parseState,
  stateToSearch,
  type ViewState,
} from '../../src/api/http/explorer/client/state';

/** The explorer's view as a URL: what goes in comes back, defaults stay out of the address. */
describe('explorer view state in the URL', () => {
  test('the opening view is the bare address, and the bare address is the opening view', () => {
    expect(stateToSearch(DEFAULT_STATE)).toBe('');
    expect(parseState('')).toEqual(DEFAULT_STATE);
  });

  test('a view survives the round trip, ids with : # | / and spaces included', () => {
    const state: ViewState = {
      filters: {
        category: 'Rehabilitation',
        subcategory: '',
        service: 'Chiropractic manipulation',
        outcome: 'UPHELD',
        citedBy: 'CLAIMS_ADMINISTRATOR',
        minDecisions: 5,
        published: false,
      },
      root: 'Case:CM16-0230651',
      depth: 2,
      limit: 40,
      expanded: [
        'Decision:CM16-0230651#7',
        'Guideline:MTUS|Chronic Pain|manual therapy & manipulation',
      ],
      selected: 'Decision:CM16-0230651#7',
    };
    const search = stateToSearch(state);
    expect(parseState(search)).toEqual(state);
    expect(search).toContain('letters=all');
    expect(search).toContain('limit=40');
    expect(search).toContain('root=Case%3ACM16-0230651');
  });

  test('numbers out of range are passed on for the API to refuse (the page shows why)', () => {
    expect(parseState('?root=Service%3AMRI&depth=9').depth).toBe(9);
    expect(parseState('?depth=deep').depth).toBe(1);
  });

  test('the controls become a DecisionFilter; published letters only by default', () => {
    expect(decisionFilter(DEFAULT_STATE.filters)).toEqual({
      subcategory: 'Chiropractic',
      synthetic: false,
    });
    expect(
      decisionFilter({
        ...DEFAULT_STATE.filters,
        subcategory: '',
        service: 'MRI',
        published: false,
      }),
    ).toEqual({ service: 'MRI' });
  });
});
