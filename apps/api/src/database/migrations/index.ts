import { InitialSchema1764300000000 } from './1764300000000-initial-schema.js';
import { ClaimRollups1764500000000 } from './1764500000000-claim-rollups.js';
import { RollupBackfillContestedColumns1764600000000 } from './1764600000000-rollup-backfill-contested-columns.js';
import { FramingAndMonthlyRollups1764700000000 } from './1764700000000-framing-and-monthly-rollups.js';
import { ClaimSearchTerms1764800000000 } from './1764800000000-claim-search-terms.js';
import { AnalystStatus1764900000000 } from './1764900000000-analyst-status.js';
import { Feeds1764950000000 } from './1764950000000-feeds.js';
import { ResumableImportJobs1765000000000 } from './1765000000000-resumable-import-jobs.js';
import { RevokedSessions1765100000000 } from './1765100000000-revoked-sessions.js';
import { SymmetricClaimLinks1765200000000 } from './1765200000000-symmetric-claim-links.js';
import { ClaimExtractionWhy1765300000000 } from './1765300000000-claim-extraction-why.js';
import { ClaimExtractionProposal1765500000000 } from './1765500000000-claim-extraction-proposal.js';
import { Conflicts1765600000000 } from './1765600000000-conflicts.js';
import { ClaimBulkActions1765800000000 } from './1765800000000-claim-bulk-actions.js';
import { RejectGenericSourceProposals1765900000000 } from './1765900000000-reject-generic-source-proposals.js';
import { ContestedDismissals1766000000000 } from './1766000000000-contested-dismissals.js';
import { Stories1766100000000 } from './1766100000000-stories.js';
import { ClaimsConflictSourceIndex1766200000000 } from './1766200000000-claims-conflict-source-index.js';
import { RollupsByDatePrecision1766300000000 } from './1766300000000-rollups-by-date-precision.js';
import { PlaceAndSourceMonthlyRollups1766400000000 } from './1766400000000-place-and-source-monthly-rollups.js';
import { CampCountsDaily1766600000000 } from './1766600000000-camp-counts-daily.js';
import { ClaimsDateIndexCoversCreation1766900000000 } from './1766900000000-claims-date-index-covers-creation.js';
import { SourceCountsWeekly1767000000000 } from './1767000000000-source-counts-weekly.js';
import { FramingCountsTotal1767100000000 } from './1767100000000-framing-counts-total.js';
import { ClaimCreationBounds1767400000000 } from './1767400000000-claim-creation-bounds.js';
import { CampCountsWeekly1767500000000 } from './1767500000000-camp-counts-weekly.js';
import { PlaceCountsTotal1767600000000 } from './1767600000000-place-counts-total.js';
import { NarrativeCountsTotal1767700000000 } from './1767700000000-narrative-counts-total.js';
import { NarrativeCountsByMonth1767800000000 } from './1767800000000-narrative-counts-by-month.js';
import { ClaimsSourceIndexCoversCreation1767900000000 } from './1767900000000-claims-source-index-covers-creation.js';
import { DropUnreadClaimsIndexes1768000000000 } from './1768000000000-drop-unread-claims-indexes.js';
import { ClaimsStatusIndexByConflict1768100000000 } from './1768100000000-claims-status-index-by-conflict.js';
import { SourceProposalKey1768200000000 } from './1768200000000-source-proposal-key.js';
import { PlacesAbroad1768300000000 } from './1768300000000-places-abroad.js';
import { PlacesAmbiguousLanguage1768400000000 } from './1768400000000-places-ambiguous-language.js';
import { ClaimTermsArticleStems1768500000000 } from './1768500000000-claim-terms-article-stems.js';

/** Every migration, in order. Listed by class (not a glob) so ESM, Jest and the bundle all see the same set. */
export const MIGRATIONS = [
  InitialSchema1764300000000,
  ClaimRollups1764500000000,
  RollupBackfillContestedColumns1764600000000,
  FramingAndMonthlyRollups1764700000000,
  ClaimSearchTerms1764800000000,
  AnalystStatus1764900000000,
  Feeds1764950000000,
  ResumableImportJobs1765000000000,
  RevokedSessions1765100000000,
  SymmetricClaimLinks1765200000000,
  ClaimExtractionWhy1765300000000,
  ClaimExtractionProposal1765500000000,
  Conflicts1765600000000,
  ClaimBulkActions1765800000000,
  RejectGenericSourceProposals1765900000000,
  ContestedDismissals1766000000000,
  Stories1766100000000,
  ClaimsConflictSourceIndex1766200000000,
  RollupsByDatePrecision1766300000000,
  PlaceAndSourceMonthlyRollups1766400000000,
  CampCountsDaily1766600000000,
  ClaimsDateIndexCoversCreation1766900000000,
  SourceCountsWeekly1767000000000,
  FramingCountsTotal1767100000000,
  ClaimCreationBounds1767400000000,
  CampCountsWeekly1767500000000,
  PlaceCountsTotal1767600000000,
  NarrativeCountsTotal1767700000000,
  NarrativeCountsByMonth1767800000000,
  ClaimsSourceIndexCoversCreation1767900000000,
  DropUnreadClaimsIndexes1768000000000,
  ClaimsStatusIndexByConflict1768100000000,
  SourceProposalKey1768200000000,
  PlacesAbroad1768300000000,
  PlacesAmbiguousLanguage1768400000000,
  ClaimTermsArticleStems1768500000000,
];
