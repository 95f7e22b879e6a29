import type { MapContents } from '../../../../domain/maps/mapContents';
import { MAP_EDITABLE_FIELDS } from '../../../../domain/maps/journeyMap';
import type { MapPartKind } from '../../../../domain/parts/mapParts';
import { planRestore, type RestorePlan } from '../../../../domain/versions/planRestore';
import { improvementRecord, stageRecord, testId, touchpointRecord } from '../../support/records';
import {
  CART_ABANDONMENT,
  CHECKOUT,
  DEMO,
  DISCOVERY,
  EVALUATION,
  HIDDEN_FEES,
  LONG_FORM,
  MAP,
  MARIE,
  NPS,
  SHORTER_FORM,
  WEBSITE,
  YOUSSEF,
  byId,
  edited,
  improvementId,
  journey,
} from './journey';

const NOW = '2025-06-01T12:00:00.000Z';
const BOTH_PERSONAS = new Set([MARIE, YOUSSEF]);

/** The parts of `contents`, as `kind:id`. */
const partRefs = (contents: MapContents): string[] => [
  ...contents.stages.map((r) => `stage:${r.id}`),
  ...contents.touchpoints.map((r) => `touchpoint:${r.id}`),
  ...contents.painPoints.map((r) => `painPoint:${r.id}`),
  ...contents.kpis.map((r) => `kpi:${r.id}`),
  ...contents.improvements.map((r) => `improvement:${r.id}`),
];
const refs = (list: { part: MapPartKind; record?: { id: string }; id?: string }[]) =>
  list.map(({ part, record, id }) => `${part}:${record?.id ?? id}`);

const plan = (draft: MapContents, version: MapContents, personas = BOTH_PERSONAS): RestorePlan =>
  planRestore(draft, version, personas, NOW);

describe('planRestore', () => {
  describe('parts', () => {
    it('writes nothing when the draft already holds the version’s content', () => {
      const draft = journey();
      const result = plan(draft, journey());
      expect(result.puts).toEqual([]);
      expect(result.deletes).toEqual([]);
      expect(refs(result.all)).toEqual(partRefs(draft));
    });

    it('keeps the draft’s own records, untouched, for the parts that already match', () => {
      const draft = journey();
      const result = plan(draft, journey());
      expect(result.all.find((p) => p.record.id === DEMO)?.record).toBe(
        byId(draft.touchpoints, DEMO),
      );
    });

    it('does not write a part that differs only in revision and update time', () => {
      const draft = edited((c) => {
        byId(c.stages, DISCOVERY).revision = 7;
        byId(c.stages, DISCOVERY).updatedAt = '2025-05-30T00:00:00.000Z';
      });
      expect(plan(draft, journey()).puts).toEqual([]);
    });

    it('writes back only the parts that differ, with the version’s content', () => {
      const version = journey();
      const draft = edited((c) => {
        byId(c.touchpoints, WEBSITE).emotionScore = 2;
        byId(c.kpis, NPS).history.push({
          value: 44,
          measuredAt: '2025-05-31T00:00:00.000Z',
          source: null,
        });
        byId(c.improvements, SHORTER_FORM).status = 'DONE';
      }, version);
      const result = plan(draft, version);
      expect(refs(result.puts)).toEqual([
        `touchpoint:${WEBSITE}`,
        `kpi:${NPS}`,
        `improvement:${SHORTER_FORM}`,
      ]);
      expect(result.puts[0]?.record).toMatchObject({ emotionScore: -1 });
      expect(result.puts[1]?.record).toMatchObject({ history: byId(version.kpis, NPS).history });
      expect(result.puts[2]?.record).toMatchObject({ status: 'IN_PROGRESS' });
      expect(result.deletes).toEqual([]);
    });

    it('moves a written part’s revision past both the draft’s and the version’s, and stamps it now', () => {
      const version = edited((c) => {
        byId(c.stages, DISCOVERY).revision = 3;
        byId(c.stages, EVALUATION).revision = 5;
      });
      const draft = edited((c) => {
        Object.assign(byId(c.stages, DISCOVERY), { name: 'Renommée', revision: 7 });
        Object.assign(byId(c.stages, EVALUATION), { name: 'Renommée', revision: 2 });
      }, version);
      const result = plan(draft, version);
      const restored = (id: string) => result.puts.find((p) => p.record.id === id)?.record;
      expect(restored(DISCOVERY)).toMatchObject({
        name: 'Découverte',
        revision: 8,
        updatedAt: NOW,
      });
      expect(restored(EVALUATION)).toMatchObject({
        name: 'Évaluation',
        revision: 6,
        updatedAt: NOW,
      });
    });

    it('puts back, past its version revision, a part deleted from the draft since publication', () => {
      const version = edited((c) => (byId(c.painPoints, HIDDEN_FEES).revision = 4));
      const draft = edited((c) => {
        c.painPoints = c.painPoints.filter((p) => p.id !== HIDDEN_FEES);
      }, version);
      const result = plan(draft, version);
      expect(result.puts).toEqual([
        {
          part: 'painPoint',
          record: { ...byId(version.painPoints, HIDDEN_FEES), revision: 5, updatedAt: NOW },
        },
      ]);
    });

    it('deletes every part of the draft the version did not have, of every kind', () => {
      const draft = edited((c) => {
        c.stages.push(stageRecord({ id: testId(14), orderKey: 'd' }));
        c.touchpoints.push(touchpointRecord({ id: testId(29), stageId: DISCOVERY }));
      });
      const version = edited((c) => {
        c.painPoints = c.painPoints.filter((p) => p.id !== LONG_FORM);
        c.kpis = c.kpis.filter((k) => k.id !== CART_ABANDONMENT);
        c.improvements = c.improvements.filter((i) => i.id !== SHORTER_FORM);
      });
      const result = plan(draft, version);
      expect(result.deletes).toEqual([
        { part: 'stage', id: testId(14) },
        { part: 'touchpoint', id: testId(29) },
        { part: 'painPoint', id: LONG_FORM },
        { part: 'kpi', id: CART_ABANDONMENT },
        { part: 'improvement', id: SHORTER_FORM },
      ]);
      expect(result.puts).toEqual([]);
    });

    it('lists in `all` every part of the version, written or kept, and none of the deleted', () => {
      const version = journey();
      const added = improvementRecord({ id: improvementId(59), mapId: MAP });
      const draft = edited((c) => {
        byId(c.touchpoints, CHECKOUT).name = 'Paiement CB';
        c.improvements.push(added);
      }, version);
      const result = plan(draft, version);
      expect(refs(result.all)).toEqual(partRefs(version));
      expect(result.all.find((p) => p.record.id === CHECKOUT)).toBe(result.puts[0]);
      expect(refs(result.all)).not.toContain(`improvement:${added.id}`);
    });

    it('leaves the draft and the version as they were', () => {
      const draft = edited((c) => (byId(c.touchpoints, WEBSITE).emotionScore = 2));
      const version = edited((c) => c.kpis.pop());
      const [draftBefore, versionBefore] = [structuredClone(draft), structuredClone(version)];
      plan(draft, version);
      expect(draft).toEqual(draftBefore);
      expect(version).toEqual(versionBefore);
    });
  });

  describe('the header', () => {
    it('sets back every field a client edits, and the last review', () => {
      const version = edited((c) => {
        c.header.title = 'Souscription SaaS — v1';
        c.header.lastReviewedAt = '2025-03-01T00:00:00.000Z';
      });
      const draft = edited((c) => {
        Object.assign(c.header, {
          title: 'Brouillon',
          description: 'Refonte',
          state: 'FUTURE',
          status: 'ACTIVE',
          owner: 'Léa',
          tags: [],
          reviewCadenceDays: 30,
          lastReviewedAt: null,
        });
      }, version);
      const { header } = plan(draft, version);
      for (const field of [...MAP_EDITABLE_FIELDS, 'lastReviewedAt'] as const) {
        expect(header[field]).toEqual(version.header[field]);
      }
    });

    it('leaves identity and bookkeeping to the store: no id, revision, change counter or version number', () => {
      const { header } = plan(journey(), journey());
      for (const field of ['id', 'revision', 'changeSeq', 'latestVersion', 'createdAt'] as const) {
        expect(header).not.toHaveProperty(field);
      }
    });

    it('drops the personas deleted since the version was published, keeping the version’s order', () => {
      const version = edited((c) => (c.header.personaIds = [YOUSSEF, testId(903), MARIE]));
      const { header } = plan(journey(), version, new Set([MARIE, YOUSSEF]));
      expect(header.personaIds).toEqual([YOUSSEF, MARIE]);
    });

    it('recomputes the next review from the version’s last review and cadence', () => {
      const version = edited((c) => {
        c.header.lastReviewedAt = '2025-03-01T00:00:00.000Z';
        c.header.reviewCadenceDays = 30;
        c.header.nextReviewAt = '1999-01-01T00:00:00.000Z';
      });
      expect(plan(journey(), version).header.nextReviewAt).toBe('2025-03-31T00:00:00.000Z');
    });

    it('counts the next review from the map’s creation when the version was never reviewed', () => {
      const draft = edited((c) => (c.header.createdAt = '2025-01-01T00:00:00.000Z'));
      const version = edited((c) => {
        c.header.lastReviewedAt = null;
        c.header.reviewCadenceDays = 10;
      });
      expect(plan(draft, version).header.nextReviewAt).toBe('2025-01-11T00:00:00.000Z');
    });
  });
});
