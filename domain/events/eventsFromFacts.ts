/**
 * The domain events a fact of the table's stream stands for (pure). A map
 * change gives one JourneyMapChanged per entity it changed; an improvement
 * written with another status, an ImprovementStatusChanged; a KPI written
 * with measurements appended, one KpiMeasured each; a version's description
 * item, a JourneyMapVersionPublished; a review notice, a JourneyMapReviewDue.
 */
import { kpiDirection, targetReached } from '../kpis/kpiDirection';
import type { ChangeFact, KpiUpdatedFact } from './changeFacts';
import type { DomainEvent, EventActor } from './eventDetails';
import { eventId } from './eventId';

const SYSTEM_REVIEWS: EventActor = { kind: 'SYSTEM', id: 'review-schedule' };

/** Measurements a write appended: the new history continues the old one. */
function appended(fact: KpiUpdatedFact) {
  const before = fact.before.history;
  const after = fact.after.history;
  if (after.length <= before.length) return [];
  const kept = before.every((m, i) => JSON.stringify(m) === JSON.stringify(after[i]));
  return kept ? after.slice(before.length) : [];
}

export function eventsFromFact(fact: ChangeFact): DomainEvent[] {
  const { workspaceId, mapId, source } = fact;
  switch (fact.kind) {
    case 'mapChanged': {
      const { change } = fact;
      return change.changes.map((entity, index) => ({
        detailType: 'JourneyMapChanged',
        detail: {
          eventId: eventId('JourneyMapChanged', source, index),
          workspaceId,
          mapId,
          actor: change.actor,
          at: change.at,
          revision: fact.revision,
          changeId: change.id,
          operation: change.operation,
          entity: entity.entity,
          entityId: entity.entityId,
          change: entity.change,
          fields: entity.fields,
          target: { entity: change.entity, entityId: change.entityId },
          changeCount: change.changes.length + change.omitted,
        },
      }));
    }
    case 'versionPublished':
      return [
        {
          detailType: 'JourneyMapVersionPublished',
          detail: {
            eventId: eventId('JourneyMapVersionPublished', source),
            workspaceId,
            mapId,
            actor: fact.publishedBy,
            at: fact.publishedAt,
            version: fact.number,
            label: fact.label,
            hasNotes: fact.hasNotes,
          },
        },
      ];
    case 'improvementUpdated': {
      const { before, after } = fact;
      if (before.status === after.status) return [];
      return [
        {
          detailType: 'ImprovementStatusChanged',
          detail: {
            eventId: eventId('ImprovementStatusChanged', source),
            workspaceId,
            mapId,
            actor: fact.actor,
            at: after.updatedAt,
            improvementId: after.id,
            title: after.title,
            before: before.status,
            after: after.status,
            improvementRevision: after.revision,
          },
        },
      ];
    }
    case 'kpiUpdated': {
      const kpi = fact.after;
      const direction = kpiDirection(kpi);
      return appended(fact).map((measurement, index) => ({
        detailType: 'KpiMeasured',
        detail: {
          eventId: eventId('KpiMeasured', source, index),
          workspaceId,
          mapId,
          actor: fact.actor,
          at: kpi.updatedAt,
          kpiId: kpi.id,
          stageId: kpi.stageId,
          name: kpi.name,
          type: kpi.type,
          unit: kpi.unit,
          value: measurement.value,
          measuredAt: measurement.measuredAt,
          source: measurement.source,
          baseline: kpi.baseline,
          target: kpi.target,
          direction,
          targetReached: targetReached(direction, measurement.value, kpi.target),
          kpiRevision: kpi.revision,
        },
      }));
    }
    case 'reviewDue':
      return [
        {
          detailType: 'JourneyMapReviewDue',
          detail: {
            eventId: eventId('JourneyMapReviewDue', source),
            workspaceId,
            mapId,
            actor: SYSTEM_REVIEWS,
            at: fact.sentAt,
            title: fact.title,
            owner: fact.owner,
            dueAt: fact.dueAt,
            reviewCadenceDays: fact.reviewCadenceDays,
            reminder: fact.reminder,
          },
        },
      ];
  }
}
