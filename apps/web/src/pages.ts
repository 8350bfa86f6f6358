/**
 * The application's pages loaded when first visited (the public search's first load carries only what it needs), with
 * their addresses. The entry module asks for the chunk of the address being opened while the application's own script
 * is still arriving (no waterfall of lazy chunks); the router (App.tsx) renders them.
 */
export interface PageRoute {
  path: string;
  load: () => Promise<unknown>;
  /** The module's export that is the page. */
  name: string;
  /** Behind a login (RequireSession). */
  session: boolean;
}

const SESSION = true;

function page<T, K extends keyof T & string>(path: string, load: () => Promise<T>, name: K, session = false): PageRoute {
  return { path, load, name, session };
}

export const PAGES: PageRoute[] = [
  page('/structures/:employerId', () => import('./journeys/public/StructurePage'), 'StructurePage'),
  page('/offres/:jobDescriptionId', () => import('./journeys/public/OfferPage'), 'OfferPage'),
  page('/mentions-legales', () => import('./journeys/public/LegalPages'), 'LegalPage'),
  page('/accessibilite', () => import('./journeys/public/LegalPages'), 'AccessibilityPage'),
  page('/donnees-personnelles', () => import('./journeys/public/LegalPages'), 'PrivacyPage'),
  page('/connexion', () => import('./journeys/account/LoginPage'), 'LoginPage'),
  page('/connexion/proconnect', () => import('./journeys/account/ProConnectReturnPage'), 'ProConnectReturnPage'),
  page('/inscription', () => import('./journeys/account/SignUpPage'), 'SignUpPage'),
  page('/confirmer-mon-adresse', () => import('./journeys/account/LinkPages'), 'ConfirmEmailPage'),
  page('/mot-de-passe-oublie', () => import('./journeys/account/LinkPages'), 'ForgotPasswordPage'),
  page('/nouveau-mot-de-passe', () => import('./journeys/account/LinkPages'), 'ResetPasswordPage'),
  page('/invitation', () => import('./journeys/account/InvitationPage'), 'InvitationPage'),
  page('/espace-candidat/invitation', () => import('./journeys/candidate/CandidateInvitationPage'), 'CandidateInvitationPage'),
  page('/compte', () => import('./journeys/account/ProfilePage'), 'ProfilePage', SESSION),
  page('/compte/notifications', () => import('./journeys/account/ProfilePage'), 'NotificationsPage', SESSION),
  page('/organisation/membres', () => import('./journeys/account/MembersPage'), 'MembersPage', SESSION),
  page('/prescripteur/candidats', () => import('./journeys/prescriber/CandidatesPage'), 'CandidatesPage', SESSION),
  page('/prescripteur/candidats/nouveau', () => import('./journeys/prescriber/RegisterCandidatePage'), 'RegisterCandidatePage', SESSION),
  page('/prescripteur/candidats/:candidateId', () => import('./journeys/prescriber/CandidateFilePage'), 'CandidateFilePage', SESSION),
  page('/prescripteur/candidats/:candidateId/diagnostic', () => import('./journeys/prescriber/DiagnosticPage'), 'DiagnosticPage', SESSION),
  page('/prescripteur/candidats/:candidateId/eligibilite', () => import('./journeys/prescriber/EligibilityPage'), 'EligibilityPage', SESSION),
  page('/prescripteur/candidats/:candidateId/candidature', () => import('./journeys/prescriber/SendCandidaturePage'), 'SendCandidaturePage', SESSION),
  page('/prescripteur/candidatures', () => import('./journeys/prescriber/SentCandidaturesPage'), 'SentCandidaturesPage', SESSION),
  page('/prescripteur/prolongations', () => import('./journeys/prescriber/ProlongationRequestsPage'), 'ProlongationRequestsPage', SESSION),
  page('/prescripteur/habilitation', () => import('./journeys/prescriber/HabilitationPage'), 'HabilitationPage', SESSION),
  page('/siae/candidatures', () => import('./journeys/siae/InboxPage'), 'InboxPage', SESSION),
  page('/siae/candidatures/:candidatureId', () => import('./journeys/siae/CandidaturePage'), 'CandidaturePage', SESSION),
  page('/siae/structure', () => import('./journeys/siae/StructurePage'), 'SiaeStructurePage', SESSION),
  page('/siae/pass-iae/:number', () => import('./journeys/siae/PassPage'), 'PassPage', SESSION),
  page('/siae/auto-prescription', () => import('./journeys/siae/AutoPrescriptionPage'), 'AutoPrescriptionStartPage', SESSION),
  page('/siae/candidats/nouveau', () => import('./journeys/prescriber/RegisterCandidatePage'), 'RegisterCandidatePage', SESSION),
  page('/siae/candidats/:candidateId/auto-prescription', () => import('./journeys/siae/AutoPrescriptionPage'), 'AutoPrescriptionPage', SESSION),
  page('/siae/controles', () => import('./journeys/siae/ControlPages'), 'ControlsPage', SESSION),
  page('/siae/controles/:evaluationId', () => import('./journeys/siae/ControlPages'), 'ControlPage', SESSION),
  page('/candidat', () => import('./journeys/candidate/CandidateSpacePage'), 'CandidateSpacePage', SESSION),
  page('/ddets/habilitations', () => import('./journeys/ddets/HabilitationBoardPage'), 'HabilitationBoardPage', SESSION),
  page('/ddets/habilitations/:requestId', () => import('./journeys/ddets/HabilitationRequestPage'), 'HabilitationRequestPage', SESSION),
  page('/ddets/pilotage', () => import('./journeys/ddets/PilotagePage'), 'PilotagePage', SESSION),
  page('/ddets/controles', () => import('./journeys/ddets/ControlPages'), 'ControlCampaignsPage', SESSION),
  page('/ddets/controles/:campaignId', () => import('./journeys/ddets/ControlPages'), 'ControlCampaignPage', SESSION),
  page('/ddets/controles/evaluations/:evaluationId', () => import('./journeys/ddets/ControlPages'), 'ControlReviewPage', SESSION),
  page('/equipe', () => import('./journeys/staff/StaffPages'), 'StaffHomePage', SESSION),
  page('/equipe/structures/nouvelle', () => import('./journeys/staff/StaffPages'), 'StaffEmployerPage', SESSION),
  page('/equipe/prescripteurs', () => import('./journeys/staff/StaffPages'), 'StaffPrescribersToCheckPage', SESSION),
  page('/equipe/prescripteurs/:organizationId', () => import('./journeys/staff/StaffPages'), 'StaffPrescriberPage', SESSION),
  page('/equipe/e-mails', () => import('./journeys/staff/StaffPages'), 'StaffEmailsPage', SESSION),
  page('/equipe/corrections-nir', () => import('./journeys/staff/StaffPages'), 'StaffNirCorrectionsPage', SESSION),
  page('/equipe/personnes/:candidateId', () => import('./journeys/staff/StaffPages'), 'StaffPersonPage', SESSION),
];

const patterns = PAGES.map((p) => ({ page: p, pattern: new RegExp(`^${p.path.replace(/:[^/]+/g, '[^/]+')}/?$`) }));

/** Starts loading the chunk of the page at this address, if it is a lazy page (the router's later import finds it loaded). */
export function preloadPage(pathname: string): void {
  void patterns.find(({ pattern }) => pattern.test(pathname))?.page.load();
}
