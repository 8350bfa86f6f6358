import { Problem } from '../errors/problem';
import { allow, deny, requireAccess } from './access-decision';

function thrown(run: () => void): Problem {
  try {
    run();
  } catch (error) {
    return error as Problem;
  }
  throw new Error('nothing thrown');
}

describe('requireAccess', () => {
  it('lets an allowed decision through', () => {
    expect(() => requireAccess(allow())).not.toThrow();
  });

  it('answers 403 forbidden with the rule’s reason as detail', () => {
    const problem = thrown(() => requireAccess(deny('Réservé aux comptes candidats.')));
    expect(problem).toBeInstanceOf(Problem);
    expect(problem.toBody()).toMatchObject({ type: '/api/problems/forbidden', status: 403, detail: 'Réservé aux comptes candidats.' });
  });

  it('answers 404 not-found when the refusal would reveal that the subject exists', () => {
    const problem = thrown(() => requireAccess(deny('Aucune candidature ne porte cet identifiant.', { hide: true })));
    expect(problem.toBody()).toMatchObject({ type: '/api/problems/not-found', status: 404, detail: 'Aucune candidature ne porte cet identifiant.' });
  });
});
