/** Who may run mutations: exactly the holder of the configured token, sent as a Bearer token. */
import { isAdminRequest } from '../../src/api/http/admin-auth';

describe('isAdminRequest', () => {
  const token = 's3cret-token';

  test.each([
    ['Bearer s3cret-token', true],
    ['bearer s3cret-token', true],
    ['BEARER s3cret-token', true],
    ['Bearer   s3cret-token', true],
    ['Bearer\ts3cret-token', true],
    ['Bearer s3cret-token  ', true],
    ['Bearer s3cret-toke', false],
    ['Bearer s3cret-token2', false],
    ['Bearer S3CRET-TOKEN', false],
    ['Bearer xs3cret-token', false],
    ['s3cret-token', false],
    ['Basic s3cret-token', false],
    ['Bearers3cret-token', false],
    ['Bearer ', false],
    ['Bearer', false],
    ['Bearer s3cret-token extra', false],
    [' Bearer s3cret-token', false],
    ['xBearer s3cret-token', false],
    ['', false],
  ])('%j with the token configured: %s', (authorization, allowed) => {
    expect(isAdminRequest(authorization, token)).toBe(allowed);
  });

  test('no header is refused', () => {
    expect(isAdminRequest(undefined, token)).toBe(false);
  });

  test('with no token configured nothing is allowed, not even an empty bearer', () => {
    expect(isAdminRequest('Bearer s3cret-token', null)).toBe(false);
    expect(isAdminRequest('Bearer ', '')).toBe(false);
    expect(isAdminRequest('Bearer x', '')).toBe(false);
  });
});
