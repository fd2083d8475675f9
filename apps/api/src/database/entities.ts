import { ArticleFramingEntity } from '../articles/article-framing.entity.js';
import { ArticleEntity } from '../articles/article.entity.js';
import { AuditEventEntity } from '../audit/audit-event.entity.js';
import { RevokedSessionEntity } from '../auth/revoked-session.entity.js';
import { CampEntity } from '../camps/camp.entity.js';
import { ConflictCampEntity } from '../conflicts/conflict-camp.entity.js';
import { ConflictEntity } from '../conflicts/conflict.entity.js';
import { FeedItemEntity } from '../feeds/feed-item.entity.js';
import { FeedEntity } from '../feeds/feed.entity.js';
import { ClaimBulkActionEntity } from '../claims/claim-bulk-action.entity.js';
import { ClaimBulkChangeEntity } from '../claims/claim-bulk-change.entity.js';
import { ClaimLinkEntity } from '../claims/claim-link.entity.js';
import { ClaimLocationEntity } from '../claims/claim-location.entity.js';
import { ClaimNarrativeEntity } from '../claims/claim-narrative.entity.js';
import { ClaimEntity } from '../claims/claim.entity.js';
import { ImportJobEntity } from '../imports/import-job.entity.js';
import { LocationEntity } from '../locations/location.entity.js';
import { NarrativeEntity } from '../narratives/narrative.entity.js';
import { OutletEntity } from '../outlets/outlet.entity.js';
import { SourceAliasEntity } from '../sources/source-alias.entity.js';
import { SourceEntity } from '../sources/source.entity.js';
import { UserEntity } from '../users/user.entity.js';

export const ENTITIES = [
  ArticleEntity,
  ArticleFramingEntity,
  AuditEventEntity,
  CampEntity,
  ConflictEntity,
  ConflictCampEntity,
  FeedEntity,
  FeedItemEntity,
  ClaimBulkActionEntity,
  ClaimBulkChangeEntity,
  ClaimEntity,
  ClaimLinkEntity,
  ClaimLocationEntity,
  ClaimNarrativeEntity,
  ImportJobEntity,
  LocationEntity,
  NarrativeEntity,
  OutletEntity,
  RevokedSessionEntity,
  SourceAliasEntity,
  SourceEntity,
  UserEntity,
];
