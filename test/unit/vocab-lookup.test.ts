/**
 * The synonym tables' matcher (loaders/vocab/lookup.ts): folding, exact and one-typo lookups,
 * and scanning prose for names. Every vocabulary (specialties, states, body regions, guideline
 * documents) reads through it, so each rule is stated on a small table of its own.
 */
import { foldKey, Vocabulary, withinOneEdit } from '../../loaders/vocab/lookup';

describe('foldKey', () => {
  test.each([
    ['Physical Medicine & Rehabilitation', 'physical medicine and rehabilitation'],
    ['  Orthopedic   Surgery. ', 'orthopedic surgery'],
    ['PM&R', 'pm and r'],
    ['L4-5', 'l4 5'],
    ['Ünïcode—dash', 'n code dash'],
    ['', ''],
    ['...', ''],
  ])('%j → %j', (text, key) => {
    expect(foldKey(text)).toBe(key);
  });
});

describe('withinOneEdit', () => {
  test.each([
    ['orthopedic', 'orthopedic', true],
    ['orthopedic', 'orthopedics', true], // insertion at the end
    ['orthopedics', 'orthopedic', true], // deletion at the end
    ['orthopedic', 'orthopaedic', true], // insertion inside
    ['orthopaedic', 'orthopedic', true], // deletion inside
    ['orthopedic', 'orthopedix', true], // substitution
    ['xrthopedic', 'orthopedic', true], // substitution at the start
    ['rthopedic', 'orthopedic', true], // deletion at the start
    ['orthopedic', 'orthopedcs', false], // two substitutions
    ['orthopedic', 'orthoepdic', false], // a swap is two edits
    ['orthopedic', 'orthopedicsx', false], // two insertions
    ['orthopedicsx', 'orthopedic', false],
    ['abc', 'xyz', false],
    ['', 'a', true],
    ['a', '', true],
    ['', '', true],
    ['ab', 'ba', false],
    ['abcd', 'abdc', false],
    ['abcde', 'abxdy', false],
    ['abcdef', 'abcxef', true],
  ])('%s ~ %s: %s', (a, b, expected) => {
    expect(withinOneEdit(a, b)).toBe(expected);
  });
});

describe('Vocabulary.lookup', () => {
  const vocab = new Vocabulary([
    { name: 'Orthopedic Surgery', synonyms: ['Orthopaedic Surgery', 'Ortho'] },
    { name: 'Pain Medicine', synonyms: ['Pain Management'] },
    { name: 'Internal Medicine' },
    // A later entry cannot take over an earlier entry's variant.
    { name: 'Orthopedics', synonyms: ['Orthopedic Surgery', 'Orthopedic'] },
  ]);

  test.each([
    ['Orthopedic Surgery', 'Orthopedic Surgery'],
    ['orthopaedic surgery', 'Orthopedic Surgery'],
    ['ORTHO', 'Orthopedic Surgery'],
    ['Pain management.', 'Pain Medicine'],
    ['Internal Medicine', 'Internal Medicine'],
    ['Orthopedic', 'Orthopedics'],
    // one typo in a key of six characters or more
    ['Orthopedic Surgeryy', 'Orthopedic Surgery'],
    ['Pain Medicin', 'Pain Medicine'],
    ['Internal Medecine', 'Internal Medicine'],
    // nothing close enough
    ['Pain Medic', null],
    ['Internal Medecene', null],
    ['', null],
    ['  .. ', null],
  ])('%j → %j', (text, name) => {
    expect(vocab.lookup(text)).toBe(name);
  });

  test('short keys need an exact match: a typo in a five-letter key is no match', () => {
    const short = new Vocabulary([{ name: 'Texas' }, { name: 'Oregon' }]);
    expect(short.lookup('texas')).toBe('Texas');
    expect(short.lookup('Texaz')).toBeNull();
    expect(short.lookup('Oregom')).toBe('Oregon');
    expect(short.lookup('Oregonn')).toBe('Oregon');
    expect(short.lookup('Oregonnn')).toBeNull();
  });
});

describe('Vocabulary.scan', () => {
  const vocab = new Vocabulary([
    { name: 'Low back', synonyms: ['lumbar spine', 'lumbar'] },
    { name: 'Lumbar spine surgery', synonyms: ['lumbar spine surgery'] },
    { name: 'Knee' },
    { name: 'Oregon', synonyms: ['OR'] },
  ]);

  test('names in order of appearance, the longest variant winning where they overlap', () => {
    expect(vocab.scan('Knee pain after lumbar spine surgery; lumbar strain')).toEqual([
      'Knee',
      'Lumbar spine surgery',
      'Low back',
    ]);
  });

  test('each name once, whole words only, two-letter codes never', () => {
    expect(vocab.scan('knee, KNEE and knees or kneel; lumbar')).toEqual(['Knee', 'Low back']);
    expect(vocab.scan('left OR right')).toEqual([]);
    expect(vocab.scan('')).toEqual([]);
  });

  test('a name at the very start and the very end of the text', () => {
    expect(vocab.scan('knee')).toEqual(['Knee']);
    expect(vocab.scan('lumbar, knee')).toEqual(['Low back', 'Knee']);
  });

  test('a name that overlaps a longer one found first is dropped; one next to it is kept', () => {
    const overlapping = new Vocabulary([
      { name: 'Low back pain' },
      { name: 'Back pain relief' },
      { name: 'Knee' },
      { name: 'Lumbar spine surgery' },
    ]);
    expect(overlapping.scan('low back pain relief')).toEqual(['Back pain relief']);
    expect(overlapping.scan('knee lumbar spine surgery')).toEqual(['Knee', 'Lumbar spine surgery']);
    expect(overlapping.scan('lumbar spine surgery knee')).toEqual(['Lumbar spine surgery', 'Knee']);
  });

  test('an overlap of one short word at either end is still an overlap', () => {
    const short = new Vocabulary([
      { name: 'Hepatitis B' },
      { name: 'B cell' },
      { name: 'B twelve shots' },
      { name: 'Vitamin B' },
    ]);
    // 'hepatitis b' (longer) is found first; 'b cell' would share its last word.
    expect(short.scan('hepatitis b cell')).toEqual(['Hepatitis B']);
    // 'b twelve shots' (longer) is found first; 'vitamin b' would share its first word.
    expect(short.scan('vitamin b twelve shots')).toEqual(['B twelve shots']);
  });

  test('a shorter variant inside a longer match is not found again', () => {
    expect(vocab.scan('lumbar spine surgery')).toEqual(['Lumbar spine surgery']);
  });
});
