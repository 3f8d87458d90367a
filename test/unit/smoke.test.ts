import { LetterError } from '../../loaders/determination';

test('LetterError carries its code', () => {
  const e = new LetterError('TOO_LARGE', 'x.pdf: 30 MB is over the 20 MB limit');
  expect(e.code).toBe('TOO_LARGE');
  expect(e.message).toContain('x.pdf');
});
