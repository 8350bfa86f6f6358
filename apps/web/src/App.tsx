import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { ApiProblem, isTransient } from './api/problems';
import { SessionProvider } from './api/session';
import { SearchPage } from './journeys/public/SearchPage';
import { Layout } from './ui/Layout';
import { NotFoundPage, RouteError } from './ui/NotFoundPage';
import { RequireSession } from './ui/RequireSession';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A 503 or a dropped connection is retried (the page says so meanwhile); a 4xx is an answer.
      retry: (count, error) => isTransient(error) && count < 4,
      retryDelay: (count) => Math.min(1000 * 2 ** count, 8000),
      refetchOnWindowFocus: false,
      throwOnError: (error) => error instanceof ApiProblem && error.status === 401,
    },
  },
});

/** A page loaded when first visited: the public search's first load carries only what it needs. */
const page = <T, K extends keyof T>(load: () => Promise<T>, name: K) => lazy(async () => ({ default: (await load())[name] as React.ComponentType }));

const StructurePage = page(() => import('./journeys/public/StructurePage'), 'StructurePage');
const OfferPage = page(() => import('./journeys/public/OfferPage'), 'OfferPage');
const LegalPage = page(() => import('./journeys/public/LegalPages'), 'LegalPage');
const AccessibilityPage = page(() => import('./journeys/public/LegalPages'), 'AccessibilityPage');
const PrivacyPage = page(() => import('./journeys/public/LegalPages'), 'PrivacyPage');

const LoginPage = page(() => import('./journeys/account/LoginPage'), 'LoginPage');
const SignUpPage = page(() => import('./journeys/account/SignUpPage'), 'SignUpPage');
const ConfirmEmailPage = page(() => import('./journeys/account/LinkPages'), 'ConfirmEmailPage');
const ForgotPasswordPage = page(() => import('./journeys/account/LinkPages'), 'ForgotPasswordPage');
const ResetPasswordPage = page(() => import('./journeys/account/LinkPages'), 'ResetPasswordPage');
const InvitationPage = page(() => import('./journeys/account/InvitationPage'), 'InvitationPage');
const ProfilePage = page(() => import('./journeys/account/ProfilePage'), 'ProfilePage');
const NotificationsPage = page(() => import('./journeys/account/ProfilePage'), 'NotificationsPage');
const MembersPage = page(() => import('./journeys/account/MembersPage'), 'MembersPage');
const CandidatesPage = page(() => import('./journeys/prescriber/CandidatesPage'), 'CandidatesPage');
const RegisterCandidatePage = page(() => import('./journeys/prescriber/RegisterCandidatePage'), 'RegisterCandidatePage');
const CandidateFilePage = page(() => import('./journeys/prescriber/CandidateFilePage'), 'CandidateFilePage');
const DiagnosticPage = page(() => import('./journeys/prescriber/DiagnosticPage'), 'DiagnosticPage');
const EligibilityPage = page(() => import('./journeys/prescriber/EligibilityPage'), 'EligibilityPage');
const SendCandidaturePage = page(() => import('./journeys/prescriber/SendCandidaturePage'), 'SendCandidaturePage');
const SentCandidaturesPage = page(() => import('./journeys/prescriber/SentCandidaturesPage'), 'SentCandidaturesPage');
const ProlongationRequestsPage = page(() => import('./journeys/prescriber/ProlongationRequestsPage'), 'ProlongationRequestsPage');
const HabilitationPage = page(() => import('./journeys/prescriber/HabilitationPage'), 'HabilitationPage');
const InboxPage = page(() => import('./journeys/siae/InboxPage'), 'InboxPage');
const SiaeCandidaturePage = page(() => import('./journeys/siae/CandidaturePage'), 'CandidaturePage');
const SiaeStructurePage = page(() => import('./journeys/siae/StructurePage'), 'SiaeStructurePage');
const PassPage = page(() => import('./journeys/siae/PassPage'), 'PassPage');
const AutoPrescriptionStartPage = page(() => import('./journeys/siae/AutoPrescriptionPage'), 'AutoPrescriptionStartPage');
const AutoPrescriptionPage = page(() => import('./journeys/siae/AutoPrescriptionPage'), 'AutoPrescriptionPage');
const SiaeControlsPage = page(() => import('./journeys/siae/ControlPages'), 'ControlsPage');
const SiaeControlPage = page(() => import('./journeys/siae/ControlPages'), 'ControlPage');
const CandidateSpacePage = page(() => import('./journeys/candidate/CandidateSpacePage'), 'CandidateSpacePage');
const ProConnectReturnPage = page(() => import('./journeys/account/ProConnectReturnPage'), 'ProConnectReturnPage');
const CandidateInvitationPage = page(() => import('./journeys/candidate/CandidateInvitationPage'), 'CandidateInvitationPage');
const HabilitationBoardPage = page(() => import('./journeys/ddets/HabilitationBoardPage'), 'HabilitationBoardPage');
const HabilitationRequestPage = page(() => import('./journeys/ddets/HabilitationRequestPage'), 'HabilitationRequestPage');
const PilotagePage = page(() => import('./journeys/ddets/PilotagePage'), 'PilotagePage');
const ControlCampaignsPage = page(() => import('./journeys/ddets/ControlPages'), 'ControlCampaignsPage');
const ControlCampaignPage = page(() => import('./journeys/ddets/ControlPages'), 'ControlCampaignPage');
const ControlReviewPage = page(() => import('./journeys/ddets/ControlPages'), 'ControlReviewPage');
const StaffHomePage = page(() => import('./journeys/staff/StaffPages'), 'StaffHomePage');
const StaffEmployerPage = page(() => import('./journeys/staff/StaffPages'), 'StaffEmployerPage');
const StaffPrescriberPage = page(() => import('./journeys/staff/StaffPages'), 'StaffPrescriberPage');
const StaffPrescribersToCheckPage = page(() => import('./journeys/staff/StaffPages'), 'StaffPrescribersToCheckPage');
const StaffEmailsPage = page(() => import('./journeys/staff/StaffPages'), 'StaffEmailsPage');
const StaffNirCorrectionsPage = page(() => import('./journeys/staff/StaffPages'), 'StaffNirCorrectionsPage');
const StaffPersonPage = page(() => import('./journeys/staff/StaffPages'), 'StaffPersonPage');

const router = createBrowserRouter([
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { path: '/', element: <SearchPage /> },
      { path: '/structures/:employerId', element: <StructurePage /> },
      { path: '/offres/:jobDescriptionId', element: <OfferPage /> },
      { path: '/mentions-legales', element: <LegalPage /> },
      { path: '/accessibilite', element: <AccessibilityPage /> },
      { path: '/donnees-personnelles', element: <PrivacyPage /> },
      { path: '/connexion', element: <LoginPage /> },
      { path: '/connexion/proconnect', element: <ProConnectReturnPage /> },
      { path: '/inscription', element: <SignUpPage /> },
      { path: '/confirmer-mon-adresse', element: <ConfirmEmailPage /> },
      { path: '/mot-de-passe-oublie', element: <ForgotPasswordPage /> },
      { path: '/nouveau-mot-de-passe', element: <ResetPasswordPage /> },
      { path: '/invitation', element: <InvitationPage /> },
      { path: '/espace-candidat/invitation', element: <CandidateInvitationPage /> },
      {
        element: <RequireSession />,
        children: [
          { path: '/compte', element: <ProfilePage /> },
          { path: '/compte/notifications', element: <NotificationsPage /> },
          { path: '/organisation/membres', element: <MembersPage /> },
          { path: '/prescripteur/candidats', element: <CandidatesPage /> },
          { path: '/prescripteur/candidats/nouveau', element: <RegisterCandidatePage /> },
          { path: '/prescripteur/candidats/:candidateId', element: <CandidateFilePage /> },
          { path: '/prescripteur/candidats/:candidateId/diagnostic', element: <DiagnosticPage /> },
          { path: '/prescripteur/candidats/:candidateId/eligibilite', element: <EligibilityPage /> },
          { path: '/prescripteur/candidats/:candidateId/candidature', element: <SendCandidaturePage /> },
          { path: '/prescripteur/candidatures', element: <SentCandidaturesPage /> },
          { path: '/prescripteur/prolongations', element: <ProlongationRequestsPage /> },
          { path: '/prescripteur/habilitation', element: <HabilitationPage /> },
          { path: '/siae/candidatures', element: <InboxPage /> },
          { path: '/siae/candidatures/:candidatureId', element: <SiaeCandidaturePage /> },
          { path: '/siae/structure', element: <SiaeStructurePage /> },
          { path: '/siae/pass-iae/:number', element: <PassPage /> },
          { path: '/siae/auto-prescription', element: <AutoPrescriptionStartPage /> },
          { path: '/siae/candidats/nouveau', element: <RegisterCandidatePage /> },
          { path: '/siae/candidats/:candidateId/auto-prescription', element: <AutoPrescriptionPage /> },
          { path: '/siae/controles', element: <SiaeControlsPage /> },
          { path: '/siae/controles/:evaluationId', element: <SiaeControlPage /> },
          { path: '/candidat', element: <CandidateSpacePage /> },
          { path: '/ddets/habilitations', element: <HabilitationBoardPage /> },
          { path: '/ddets/habilitations/:requestId', element: <HabilitationRequestPage /> },
          { path: '/ddets/pilotage', element: <PilotagePage /> },
          { path: '/ddets/controles', element: <ControlCampaignsPage /> },
          { path: '/ddets/controles/:campaignId', element: <ControlCampaignPage /> },
          { path: '/ddets/controles/evaluations/:evaluationId', element: <ControlReviewPage /> },
          { path: '/equipe', element: <StaffHomePage /> },
          { path: '/equipe/structures/nouvelle', element: <StaffEmployerPage /> },
          { path: '/equipe/prescripteurs', element: <StaffPrescribersToCheckPage /> },
          { path: '/equipe/prescripteurs/:organizationId', element: <StaffPrescriberPage /> },
          { path: '/equipe/e-mails', element: <StaffEmailsPage /> },
          { path: '/equipe/corrections-nir', element: <StaffNirCorrectionsPage /> },
          { path: '/equipe/personnes/:candidateId', element: <StaffPersonPage /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <SessionProvider>
        <RouterProvider router={router} />
      </SessionProvider>
    </QueryClientProvider>
  );
}
