// What other contexts and the apps may use of the prescribers context (issue 13: an explicit surface).
export { PrescribersModule } from './prescribers.module';
export { PrescribersHttpModule } from './http/prescribers-http.module';
export {
  PrescriberOrganizationsService,
  type CreatePrescriberOrganizationInput,
  type PrescriberOrganizationView,
  type PrescriberProfileInput,
} from './prescriber-organizations.service';
export { HabilitationRequestsService, type HabilitationRequestView } from './habilitation-requests.service';
export { reviewRight, type HabilitationRequestStatus, type ReviewRight } from './rules/habilitation-rules';
export { prescriberOrganizationsChanged, type PrescriberOrganizationsChanged } from './events';
export { PrescriberProblems } from './problems';
