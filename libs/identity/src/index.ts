// What other contexts and the apps may use of identity (issue 13: an explicit surface).
export { AccessControlModule, IdentityModule } from './identity.module';
export { IdentityHttpModule } from './http/identity-http.module';
export { IdentityWorkerModule } from './account-mail.processor';
export { ACCOUNT_MAIL_QUEUE, AccountsService, type ClientInfo, type SessionTokens, type SignUpInput, type SignUpOutcome } from './accounts.service';
export { OrganizationsService, type CreateOrganizationInput, type MemberView, type OrganizationView, type Profile } from './organizations.service';
export { InvitationsService, type InvitationPreview, type InvitationView } from './invitations.service';
export { AccessGuard } from './auth/access.guard';
export { TokenDto } from './http/dto/auth.dto';
export {
  EMPLOYER_KINDS,
  INSTITUTION_KINDS,
  KINDS_BY_FAMILY,
  PRESCRIBER_KINDS,
  SIAE_KINDS,
  initialAuthorizationStatus,
  isHabilitated,
  isHabilitatedByLaw,
  isSiaeKind,
  requiresSiret,
  type AuthorizationStatus,
  type EmployerKind,
  type InstitutionKind,
  type PrescriberKind,
} from './rules/organization-kinds';
export { IdentityProblems } from './problems';
