// What other contexts and the apps may use of the employers context (issue 13: an explicit surface).
export { EmployersModule } from './employers.module';
export { EmployersHttpModule } from './http/employers-http.module';
export { EmployersService, type CreateEmployerInput, type EmployerForSending, type EmployerProfileInput, type EmployerView } from './employers.service';
export { JobDescriptionsService, type JobDescriptionInput, type JobDescriptionView } from './job-descriptions.service';
export { CONTRACT_TYPES, PROGRAMMES, allowedContractTypes, type ContractType, type Programme } from './rules/contract-types';
export { ENDED_CONVENTIONS_JOB } from './ended-conventions';
export { employersChanged, type EmployersChanged } from './events';
export { EmployerProblems } from './problems';
