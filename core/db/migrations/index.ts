import { sql as initial } from './0001-initial';
import { sql as recall } from './0002-recall';
import { sql as importProfilesRawBlocks } from './0003-import-profiles-raw-blocks';
import { sql as networkSummaries } from './0004-network-summaries';
import { sql as snapshotDocuments } from './0005-snapshot-documents';
import { sql as batchFields } from './0006-batch-fields';
import { sql as summariesV1Archive } from './0007-summaries-v1-archive';
import { sql as summaryReleases } from './0008-summary-releases';
import { sql as signingKeys } from './0009-signing-keys';
import { sql as contactEventIds } from './0010-contact-event-ids';
import { sql as mailings } from './0011-mailings';
import { sql as decisionOutcomes } from './0012-decision-outcomes';

/**
 * Every migration, in order. Migration N brings the schema from `user_version` N-1 to N.
 * Append only: a released migration is never edited.
 */
export const migrations: readonly string[] = [initial, recall, importProfilesRawBlocks, networkSummaries, snapshotDocuments, batchFields, summariesV1Archive, summaryReleases, signingKeys, contactEventIds, mailings, decisionOutcomes];
