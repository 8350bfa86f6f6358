import { mustWaitForAccountBudget } from './login-budget';

describe('the account’s budget of failed logins from unknown addresses', () => {
  it('lets attempts through until the budget is spent, then makes unknown addresses wait', () => {
    expect(mustWaitForAccountBudget({ fromKnownAddress: false, recentFailuresFromUnknownAddresses: 29, limit: 30 })).toBe(false);
    expect(mustWaitForAccountBudget({ fromKnownAddress: false, recentFailuresFromUnknownAddresses: 30, limit: 30 })).toBe(true);
  });

  it('never makes the owner wait at an address they signed in from before', () => {
    expect(mustWaitForAccountBudget({ fromKnownAddress: true, recentFailuresFromUnknownAddresses: 10_000, limit: 30 })).toBe(false);
  });
});
