import { Foundation1763900000000 } from './1763900000000-foundation';
import { Territory1763900000100 } from './1763900000100-territory';
import { Metiers1763900000200 } from './1763900000200-metiers';
import { Employers1763900000300 } from './1763900000300-employers';
import { Prescribers1763900000400 } from './1763900000400-prescribers';
import { Search1763900000500 } from './1763900000500-search';
import { Candidates1763900000600 } from './1763900000600-candidates';
import { Eligibility1763900000700 } from './1763900000700-eligibility';
import { PassIae1763900000800 } from './1763900000800-pass-iae';
import { NotificationPreferences1763900000900 } from './1763900000900-notification-preferences';
import { Candidatures1763900001000 } from './1763900001000-candidatures';
import { Controls1763900001100 } from './1763900001100-controls';
import { Stats1763900001200 } from './1763900001200-stats';
import { CandidatureKinds1763900001300 } from './1763900001300-candidature-kinds';
import { ControlCalendarAndDraw1763900001400 } from './1763900001400-control-calendar-and-draw';
import { FirstAnswers1763900001500 } from './1763900001500-first-answers';
import { SealedIdempotencyKeys1763900002100 } from './1763900002100-sealed-idempotency-keys';
import { MailAndScheduleRecovery1763900002110 } from './1763900002110-mail-and-schedule-recovery';
import { Sessions1763900002200 } from './1763900002200-sessions';
import { CandidateClaims1763900002210 } from './1763900002210-candidate-claims';
import { SuspensionLength1763900002400 } from './1763900002400-suspension-length';
import { ProlongationDenials1763900002410 } from './1763900002410-prolongation-denials';
import { PermanentWithdrawals1763900002420 } from './1763900002420-permanent-withdrawals';
import { PrescriberKinds1763900002430 } from './1763900002430-prescriber-kinds';
import { CandidatureArchive1763900002440 } from './1763900002440-candidature-archive';
import { AccountDeactivation1763900002450 } from './1763900002450-account-deactivation';
import { EndedConventions1763900002460 } from './1763900002460-ended-conventions';
import { Proconnect1763900002600 } from './1763900002600-proconnect';
import { OrganizationsAwaitingAuthorization1763900002610 } from './1763900002610-organizations-awaiting-authorization';
import { PublishedViews1763900002700 } from './1763900002700-published-views';
import { OrganizationReferences1763900002710 } from './1763900002710-organization-references';
import { SearchReads1763900002720 } from './1763900002720-search-reads';
import { NotificationEvents1763900002730 } from './1763900002730-notification-events';
import { CandidatureReads1763900002740 } from './1763900002740-candidature-reads';
import { StatsSnapshots1763900002900 } from './1763900002900-stats-snapshots';
import { CandidateNameTrigrams1763900002910 } from './1763900002910-candidate-name-trigrams';
import { StatsDays1763900002920 } from './1763900002920-stats-days';
import { SearchOfferPlaces1763900002930 } from './1763900002930-search-offer-places';
import { JobDescriptionsKeptByCandidatures1763900002940 } from './1763900002940-job-descriptions-kept-by-candidatures';
import { StrandedProlongationRequests1763900002950 } from './1763900002950-stranded-prolongation-requests';
import { TrackedOutboxMessages1763900002960 } from './1763900002960-tracked-outbox-messages';

/** Every migration, in order. Add new ones at the end; never edit one that has landed. */
export const MIGRATIONS = [
  Foundation1763900000000,
  Territory1763900000100,
  Metiers1763900000200,
  Employers1763900000300,
  Prescribers1763900000400,
  Search1763900000500,
  Candidates1763900000600,
  Eligibility1763900000700,
  PassIae1763900000800,
  NotificationPreferences1763900000900,
  Candidatures1763900001000,
  Controls1763900001100,
  Stats1763900001200,
  CandidatureKinds1763900001300,
  ControlCalendarAndDraw1763900001400,
  FirstAnswers1763900001500,
  SealedIdempotencyKeys1763900002100,
  MailAndScheduleRecovery1763900002110,
  Sessions1763900002200,
  CandidateClaims1763900002210,
  SuspensionLength1763900002400,
  ProlongationDenials1763900002410,
  PermanentWithdrawals1763900002420,
  PrescriberKinds1763900002430,
  CandidatureArchive1763900002440,
  AccountDeactivation1763900002450,
  EndedConventions1763900002460,
  Proconnect1763900002600,
  OrganizationsAwaitingAuthorization1763900002610,
  PublishedViews1763900002700,
  OrganizationReferences1763900002710,
  SearchReads1763900002720,
  NotificationEvents1763900002730,
  CandidatureReads1763900002740,
  StatsSnapshots1763900002900,
  CandidateNameTrigrams1763900002910,
  StatsDays1763900002920,
  SearchOfferPlaces1763900002930,
  JobDescriptionsKeptByCandidatures1763900002940,
  StrandedProlongationRequests1763900002950,
  TrackedOutboxMessages1763900002960,
];
