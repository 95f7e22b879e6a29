import type { MapContents } from '../../../../domain/maps/mapContents';
import { MAP_EDITABLE_FIELDS } from '../../../../domain/maps/journeyMap';
import type { MapPartKind } from '../../../../domain/parts/mapParts';
import { planRestore, type RestorePlan } from '../../../../domain/versions/planRestore';
import { byId, make, testId } from '../../support/records';
import { NOW } from '../../support/table';
import * as journey from './journey';

const BOTH_PERSONAS = new Set([journey.MARIE, journey.YOUSSEF]);

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
      const draft = journey.contents();
      const result = plan(draft, journey.contents());
      expect(result.puts).toEqual([]);
      expect(result.deletes).toEqual([]);
      expect(refs(result.all)).toEqual(partRefs(draft));
    });

    it('keeps the draft’s own records, untouched, for the parts that already match', () => {
      const draft = journey.contents();
      const result = plan(draft, journey.contents());
      expect(result.all.find((p) => p.record.id === journey.DEMO)?.record).toBe(
        byId(draft.touchpoints, journey.DEMO),
      );
    });

    it('does not write a part that differs only in revision and update time', () => {
      const draft = journey.edited((c) => {
        byId(c.stages, journey.DISCOVERY).revision = 7;
        byId(c.stages, journey.DISCOVERY).updatedAt = '2025-05-30T00:00:00.000Z';
      });
      expect(plan(draft, journey.contents()).puts).toEqual([]);
    });

    it('writes back only the parts that differ, with the version’s content', () => {
      const version = journey.contents();
      const draft = journey.edited((c) => {
        byId(c.touchpoints, journey.WEBSITE).emotionScore = 2;
        byId(c.kpis, journey.NPS).history.push({
          value: 44,
          measuredAt: '2025-05-31T00:00:00.000Z',
          source: null,
        });
        byId(c.improvements, journey.SHORTER_FORM).status = 'DONE';
      }, version);
      const result = plan(draft, version);
      expect(refs(result.puts)).toEqual([
        `touchpoint:${journey.WEBSITE}`,
        `kpi:${journey.NPS}`,
        `improvement:${journey.SHORTER_FORM}`,
      ]);
      expect(result.puts[0]?.record).toMatchObject({ emotionScore: -1 });
      expect(result.puts[1]?.record).toMatchObject({
        history: byId(version.kpis, journey.NPS).history,
      });
      expect(result.puts[2]?.record).toMatchObject({ status: 'IN_PROGRESS' });
      expect(result.deletes).toEqual([]);
    });

    it('moves a written part’s revision past both the draft’s and the version’s, and stamps it now', () => {
      const version = journey.edited((c) => {
        byId(c.stages, journey.DISCOVERY).revision = 3;
        byId(c.stages, journey.EVALUATION).revision = 5;
      });
      const draft = journey.edited((c) => {
        Object.assign(byId(c.stages, journey.DISCOVERY), { name: 'Renommée', revision: 7 });
        Object.assign(byId(c.stages, journey.EVALUATION), { name: 'Renommée', revision: 2 });
      }, version);
      const result = plan(draft, version);
      const restored = (id: string) => result.puts.find((p) => p.record.id === id)?.record;
      expect(restored(journey.DISCOVERY)).toMatchObject({
        name: 'Découverte',
        revision: 8,
        updatedAt: NOW,
      });
      expect(restored(journey.EVALUATION)).toMatchObject({
        name: 'Évaluation',
        revision: 6,
        updatedAt: NOW,
      });
    });

    it('puts back, past its version revision, a part deleted from the draft since publication', () => {
      const version = journey.edited((c) => (byId(c.painPoints, journey.HIDDEN_FEES).revision = 4));
      const draft = journey.edited((c) => {
        c.painPoints = c.painPoints.filter((p) => p.id !== journey.HIDDEN_FEES);
      }, version);
      const result = plan(draft, version);
      expect(result.puts).toEqual([
        {
          part: 'painPoint',
          record: { ...byId(version.painPoints, journey.HIDDEN_FEES), revision: 5, updatedAt: NOW },
        },
      ]);
    });

    it('deletes every part of the draft the version did not have, of every kind', () => {
      const draft = journey.edited((c) => {
        c.stages.push(make.stage({ id: testId(14), orderKey: 'd' }));
        c.touchpoints.push(make.touchpoint({ id: testId(29), stageId: journey.DISCOVERY }));
      });
      const version = journey.edited((c) => {
        c.painPoints = c.painPoints.filter((p) => p.id !== journey.LONG_FORM);
        c.kpis = c.kpis.filter((k) => k.id !== journey.CART_ABANDONMENT);
        c.improvements = c.improvements.filter((i) => i.id !== journey.SHORTER_FORM);
      });
      const result = plan(draft, version);
      expect(result.deletes).toEqual([
        { part: 'stage', id: testId(14) },
        { part: 'touchpoint', id: testId(29) },
        { part: 'painPoint', id: journey.LONG_FORM },
        { part: 'kpi', id: journey.CART_ABANDONMENT },
        { part: 'improvement', id: journey.SHORTER_FORM },
      ]);
      expect(result.puts).toEqual([]);
    });

    it('lists in `all` every part of the version, written or kept, and none of the deleted', () => {
      const version = journey.contents();
      const added = make.improvement({ id: journey.improvementId(59), mapId: journey.MAP });
      const draft = journey.edited((c) => {
        byId(c.touchpoints, journey.CHECKOUT).name = 'Paiement CB';
        c.improvements.push(added);
      }, version);
      const result = plan(draft, version);
      expect(refs(result.all)).toEqual(partRefs(version));
      expect(result.all.find((p) => p.record.id === journey.CHECKOUT)).toBe(result.puts[0]);
      expect(refs(result.all)).not.toContain(`improvement:${added.id}`);
    });

    it('leaves the draft and the version as they were', () => {
      const draft = journey.edited((c) => (byId(c.touchpoints, journey.WEBSITE).emotionScore = 2));
      const version = journey.edited((c) => c.kpis.pop());
      const [draftBefore, versionBefore] = [structuredClone(draft), structuredClone(version)];
      plan(draft, version);
      expect(draft).toEqual(draftBefore);
      expect(version).toEqual(versionBefore);
    });
  });

  describe('the header', () => {
    it('sets back every field a client edits, and the last review', () => {
      const version = journey.edited((c) => {
        c.header.title = 'Souscription SaaS — v1';
        c.header.lastReviewedAt = '2025-03-01T00:00:00.000Z';
      });
      const draft = journey.edited((c) => {
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
      const { header } = plan(journey.contents(), journey.contents());
      for (const field of ['id', 'revision', 'changeSeq', 'latestVersion', 'createdAt'] as const) {
        expect(header).not.toHaveProperty(field);
      }
    });

    it('drops the personas deleted since the version was published, keeping the version’s order', () => {
      const version = journey.edited(
        (c) => (c.header.personaIds = [journey.YOUSSEF, testId(903), journey.MARIE]),
      );
      const { header } = plan(
        journey.contents(),
        version,
        new Set([journey.MARIE, journey.YOUSSEF]),
      );
      expect(header.personaIds).toEqual([journey.YOUSSEF, journey.MARIE]);
    });

    it('recomputes the next review from the version’s last review and cadence', () => {
      const version = journey.edited((c) => {
        c.header.lastReviewedAt = '2025-03-01T00:00:00.000Z';
        c.header.reviewCadenceDays = 30;
        c.header.nextReviewAt = '1999-01-01T00:00:00.000Z';
      });
      expect(plan(journey.contents(), version).header.nextReviewAt).toBe(
        '2025-03-31T00:00:00.000Z',
      );
    });

    it('counts the next review from the map’s creation when the version was never reviewed', () => {
      const draft = journey.edited((c) => (c.header.createdAt = '2025-01-01T00:00:00.000Z'));
      const version = journey.edited((c) => {
        c.header.lastReviewedAt = null;
        c.header.reviewCadenceDays = 10;
      });
      expect(plan(draft, version).header.nextReviewAt).toBe('2025-01-11T00:00:00.000Z');
    });
  });
});
