import { snakeCase } from './naming.strategy';

describe('snake_case names', () => {
  it.each([
    ['emailConfirmedAt', 'email_confirmed_at'],
    ['id', 'id'],
    ['siret', 'siret'],
    ['passIaeNumber', 'pass_iae_number'],
    ['ASPId', 'asp_id'],
    ['userID', 'user_id'],
  ])('%s → %s', (input, expected) => expect(snakeCase(input)).toBe(expected));
});
