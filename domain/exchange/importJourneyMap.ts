/**
 * Creates a whole map from an exchange document (exchangeFormat.ts): checked
 * whole first (its shape, then its ids and links), every issue reported with
 * its path in the input, before anything is written. The map appears at
 * once, with the personas it creates: one transaction for a small map, else
 * the steps of a large creation that readers cannot tell from one
 * (store/maps/createMapTransaction.ts); a failed import leaves nothing
 * visible. Without `keepIds` every id is new, so an import can simply be
 * retried; with it, the document's ids are kept and an existing map id is
 * CONFLICT.
 */
import * as z from 'zod';
import { actorOf, type UseCaseContext } from '../context/useCaseContext';
import type { MapContents } from '../maps/mapContents';
import { DomainError, type InputIssue } from '../shared/errors';
import { ULID_PATTERN } from '../shared/ids';
import { rejectionError } from '../shared/rejections';
import { deferred } from '../validation/deferred';
import { documentIssues } from './documentChecks';
import { journeyMapDocument } from './exchangeFormat';
import { planImport } from './planImport';

/** Issues listed in one answer: a broken file can have thousands, the first ones say enough. */
export const ISSUES_LISTED = 100;

/** The input: a document of the exchange format, and whether to keep its ids. */
export const importJourneyMapInput = deferred(() =>
  z.object({
    document: journeyMapDocument,
    keepIds: z
      .boolean()
      .nullish()
      .transform((v) => v ?? false),
  }),
);

function invalid(issues: InputIssue[]): DomainError {
  const listed = issues.slice(0, ISSUES_LISTED);
  const first = listed[0];
  return new DomainError(
    'BAD_USER_INPUT',
    issues.length === 1 && first
      ? `Invalid document at ${first.path.join('.')}: ${first.message}`
      : `Invalid document: ${issues.length} problems${issues.length > listed.length ? ` (the first ${listed.length} listed)` : ''}; nothing was imported.`,
    { issues: listed },
  );
}

export async function importJourneyMap(
  ctx: UseCaseContext,
  rawInput: unknown,
): Promise<MapContents> {
  const parsed = importJourneyMapInput.safeParse(rawInput);
  if (!parsed.success) {
    throw invalid(
      parsed.error.issues.map((issue) => ({
        path: ['input', ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
        message: issue.message,
      })),
    );
  }
  const { document, keepIds } = parsed.data;
  const issues = documentIssues(document, keepIds);
  if (issues.length > 0) throw invalid(issues);

  const workspaceId = ctx.viewer.workspaceId;
  const personaIds = document.map.personas.flatMap((p) =>
    p.id !== undefined && ULID_PATTERN.test(p.id) ? [p.id] : [],
  );
  const existing =
    personaIds.length > 0 ? await ctx.stores.personas.getMany(workspaceId, personaIds) : new Map();
  const { contents, newPersonas } = planImport(document, {
    keepIds,
    now: ctx.clock.now(),
    existingPersonas: new Set(existing.keys()),
  });
  const { header } = contents;
  const counts = [
    `${contents.stages.length} stages`,
    `${contents.touchpoints.length} touchpoints`,
    `${contents.painPoints.length} pain points`,
    `${contents.kpis.length} KPIs`,
    `${contents.improvements.length} improvements`,
  ].join(', ');
  const outcome = await ctx.stores.maps.create(workspaceId, contents, {
    actor: actorOf(ctx.viewer),
    history: {
      operation: 'importJourneyMap',
      entity: 'JourneyMap',
      entityId: header.id,
      summary: `Map "${header.title}" imported (${counts}${newPersonas.length ? `; ${newPersonas.length} personas created` : ''})`,
    },
    newPersonas,
  });
  if (!outcome.ok) throw rejectionError(outcome.rejection);
  return contents;
}
