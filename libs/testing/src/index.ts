export { candidateActor, memberActor, staffActor } from './actors';
export { notificationEventsHandled, queueResetEmails } from './emails';
export { eventually } from './eventually';
export {
  addMember,
  createCandidate,
  createCandidateAccount,
  createOwnCandidateFile,
  createDdets,
  createHabilitatedPrescriber,
  createOrganization,
  createOrienteur,
  createSiae,
  createStaff,
  createUser,
  login,
  type Member,
  siretOfSameCompany,
  TEST_PASSWORD,
  testNir,
  type TestUser,
  validSiret,
} from './factories';
export { failAnswerRecordOnce } from './faults';
export { TEST_FILES } from './files';
export { linkIn, SmtpCatcher, tokenIn } from './smtp-catcher';
export { createTestApp, type TestApp } from './test-app';
export { clearRedisPrefix, resetWorkerDatabase } from './worker-database';
