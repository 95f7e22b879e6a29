import type { MapContents } from '../../../../domain/maps/mapContents';
import { MAP_EDITABLE_FIELDS, type MapHeaderRecord } from '../../../../domain/maps/journeyMap';
import { diffMaps, type MapDiff } from '../../../../domain/versions/diffMaps';
import { seededPrng } from '../../support/prng';
import { byId, make, testId } from '../../support/records';
import * as journey from './journey';

const diff = (from: MapContents, to: MapContents): MapDiff =>
  diffMaps(journey.view(from), journey.view(to));
const diffAfter = (edit: (contents: MapContents) => void): MapDiff =>
  diff(journey.contents(), journey.edited(edit));
const ids = (records: { id: string }[]): string[] => records.map((r) => r.id);

const [LOYALTY, SOCIAL, WORD_OF_MOUTH, CHAT] = [testId(14), testId(26), testId(27), testId(28)];

describe('diffMaps', () => {
  describe('between a map and itself', () => {
    it('reports no change at all', () => {
      const v = journey.view(journey.contents());
      const result = diffMaps(v, v);
      expect(result.map).toEqual([]);
      for (const part of ['stages', 'touchpoints', 'painPoints', 'kpis'] as const) {
        expect(result[part]).toEqual({ added: [], removed: [], changed: [] });
      }
      expect(result.improvements).toEqual({
        added: [],
        removed: [],
        statusChanged: [],
        changed: [],
      });
    });

    it('ignores bookkeeping: revisions, update times, change counters and version numbers', () => {
      const result = diffAfter((c) => {
        c.header.revision = 9;
        c.header.updatedAt = '2025-06-01T12:00:00.000Z';
        c.header.changeSeq = 99;
        c.header.latestVersion = 7;
        c.header.nextReviewAt = '2026-01-01T00:00:00.000Z';
        for (const part of [c.stages, c.touchpoints, c.painPoints, c.kpis, c.improvements]) {
          for (const record of part) {
            record.revision += 3;
            record.updatedAt = '2025-06-01T12:00:00.000Z';
          }
        }
      });
      expect(result.map).toEqual([]);
      expect(result.stages.changed).toEqual([]);
      expect(result.touchpoints.changed).toEqual([]);
      expect(result.painPoints.changed).toEqual([]);
      expect(result.kpis.changed).toEqual([]);
      expect(result.improvements.changed).toEqual([]);
    });
  });

  describe('stages', () => {
    it('reports an added stage as it is in the newer side', () => {
      const loyalty = make.stage({ id: LOYALTY, name: 'Fidélisation', orderKey: 'd' });
      const result = diffAfter((c) => c.stages.push(loyalty));
      expect(result.stages).toEqual({ added: [loyalty], removed: [], changed: [] });
    });

    it('reports a removed stage as it was, and its touchpoints as removed with it', () => {
      const before = journey.contents();
      const result = diff(
        before,
        journey.edited((c) => {
          c.stages = c.stages.filter((s) => s.id !== journey.EVALUATION);
        }),
      );
      expect(result.stages.removed).toEqual([byId(before.stages, journey.EVALUATION)]);
      expect(ids(result.touchpoints.removed)).toEqual([journey.DEMO, journey.TRIAL]);
      expect(result.stages.changed).toEqual([]);
    });

    it('reports field-level changes of a stage under its new name', () => {
      const result = diffAfter((c) => {
        const stage = byId(c.stages, journey.DISCOVERY);
        stage.name = 'Prise de conscience';
        stage.customerGoal = 'Trouver un outil simple';
      });
      expect(result.stages.changed).toEqual([
        {
          id: journey.DISCOVERY,
          name: 'Prise de conscience',
          changes: [
            { field: 'name', before: 'Découverte', after: 'Prise de conscience' },
            { field: 'customerGoal', before: null, after: 'Trouver un outil simple' },
          ],
        },
      ]);
    });

    it('reports a stage moved to the front as a change of position, not the stages it jumped over', () => {
      const result = diffAfter((c) => {
        byId(c.stages, journey.PURCHASE).orderKey = '0';
      });
      expect(result.stages.changed).toEqual([
        {
          id: journey.PURCHASE,
          name: 'Achat',
          changes: [{ field: 'position', before: 2, after: 0 }],
        },
      ]);
    });

    it('does not report stages whose positions shifted because a stage was inserted before them', () => {
      const result = diffAfter((c) => {
        c.stages.push(make.stage({ id: LOYALTY, name: 'Besoin', orderKey: '0' }));
      });
      expect(ids(result.stages.added)).toEqual([LOYALTY]);
      expect(result.stages.changed).toEqual([]);
    });

    it('does not report new order keys that keep the same order', () => {
      const result = diffAfter((c) => {
        byId(c.stages, journey.EVALUATION).orderKey = 'bm';
      });
      expect(result.stages.changed).toEqual([]);
    });
  });

  describe('touchpoints', () => {
    it('reports field-level changes, lists as JSON, in declaration order', () => {
      const result = diffAfter((c) => {
        const website = byId(c.touchpoints, journey.WEBSITE);
        website.name = 'Site web (page prix)';
        website.channel = 'CUSTOMER_PORTAL';
        website.actions = ['Compare les offres'];
        website.emotionScore = -2;
      });
      expect(result.touchpoints.changed).toEqual([
        {
          id: journey.WEBSITE,
          name: 'Site web (page prix)',
          changes: [
            { field: 'name', before: 'Site web', after: 'Site web (page prix)' },
            { field: 'channel', before: 'WEBSITE', after: 'CUSTOMER_PORTAL' },
            { field: 'actions', before: '[]', after: '["Compare les offres"]' },
            { field: 'emotionScore', before: -1, after: -2 },
          ],
        },
      ]);
    });

    it('reports added and removed touchpoints', () => {
      const before = journey.contents();
      const chat = make.touchpoint({ id: CHAT, stageId: journey.PURCHASE, orderKey: 'b' });
      const result = diff(
        before,
        journey.edited((c) => {
          c.touchpoints = c.touchpoints.filter((t) => t.id !== journey.DEMO);
          c.touchpoints.push(chat);
        }),
      );
      expect(result.touchpoints.added).toEqual([chat]);
      expect(result.touchpoints.removed).toEqual([byId(before.touchpoints, journey.DEMO)]);
      expect(result.touchpoints.changed).toEqual([]);
    });

    describe('moves', () => {
      /** Discovery with four touchpoints: search, website, social, word of mouth. */
      const fourInDiscovery = () =>
        journey.edited((c) => {
          c.touchpoints.push(
            make.touchpoint({ id: SOCIAL, stageId: journey.DISCOVERY, orderKey: 'c' }),
            make.touchpoint({ id: WORD_OF_MOUTH, stageId: journey.DISCOVERY, orderKey: 'd' }),
          );
        });

      it('reports a touchpoint moved to the end of its stage as a change of position only', () => {
        const result = diff(
          fourInDiscovery(),
          journey.edited((c) => {
            byId(c.touchpoints, journey.SEARCH).orderKey = 'e';
          }, fourInDiscovery()),
        );
        expect(result.touchpoints.changed).toEqual([
          {
            id: journey.SEARCH,
            name: 'Recherche Google',
            changes: [{ field: 'position', before: 0, after: 3 }],
          },
        ]);
      });

      it('does not report touchpoints whose positions shifted because of an insertion', () => {
        const result = diff(
          fourInDiscovery(),
          journey.edited((c) => {
            c.touchpoints.push(
              make.touchpoint({ id: CHAT, stageId: journey.DISCOVERY, orderKey: '0' }),
            );
          }, fourInDiscovery()),
        );
        expect(ids(result.touchpoints.added)).toEqual([CHAT]);
        expect(result.touchpoints.changed).toEqual([]);
      });

      it('does not report touchpoints whose positions shifted because of a removal', () => {
        const result = diff(
          fourInDiscovery(),
          journey.edited((c) => {
            c.touchpoints = c.touchpoints.filter((t) => t.id !== journey.SEARCH);
          }, fourInDiscovery()),
        );
        expect(ids(result.touchpoints.removed)).toEqual([journey.SEARCH]);
        expect(result.touchpoints.changed).toEqual([]);
      });

      it('reports a touchpoint that moved to another stage as a change of stageId and position', () => {
        const result = diffAfter((c) => {
          const website = byId(c.touchpoints, journey.WEBSITE);
          website.stageId = journey.EVALUATION;
          website.orderKey = 'c';
        });
        expect(result.touchpoints.changed).toEqual([
          {
            id: journey.WEBSITE,
            name: 'Site web',
            changes: [
              { field: 'stageId', before: journey.DISCOVERY, after: journey.EVALUATION },
              { field: 'position', before: 1, after: 2 },
            ],
          },
        ]);
      });

      it('reports a touchpoint moved to another stage at the front without reporting the touchpoints it pushed back', () => {
        const result = diffAfter((c) => {
          const checkout = byId(c.touchpoints, journey.CHECKOUT);
          checkout.stageId = journey.EVALUATION;
          checkout.orderKey = '0';
          checkout.emotionScore = -1;
        });
        expect(result.touchpoints.changed).toEqual([
          {
            id: journey.CHECKOUT,
            name: 'Paiement',
            changes: [
              { field: 'emotionScore', before: -2, after: -1 },
              { field: 'stageId', before: journey.PURCHASE, after: journey.EVALUATION },
              { field: 'position', before: 0, after: 0 },
            ],
          },
        ]);
      });
    });
  });

  describe('pain points', () => {
    it('reports field-level changes under the new description', () => {
      const result = diffAfter((c) => {
        const form = byId(c.painPoints, journey.LONG_FORM);
        form.severity = 'MEDIUM';
        form.evidence = ['Ticket #4521'];
      });
      expect(result.painPoints.changed).toEqual([
        {
          id: journey.LONG_FORM,
          name: 'Formulaire de devis de plus de 10 champs',
          changes: [
            { field: 'severity', before: 'HIGH', after: 'MEDIUM' },
            { field: 'evidence', before: '[]', after: '["Ticket #4521"]' },
          ],
        },
      ]);
    });

    it('reports a pain point moved to another touchpoint as a change of touchpointId', () => {
      const result = diffAfter((c) => {
        byId(c.painPoints, journey.LONG_FORM).touchpointId = journey.DEMO;
      });
      expect(result.painPoints.changed).toEqual([
        {
          id: journey.LONG_FORM,
          name: 'Formulaire de devis de plus de 10 champs',
          changes: [{ field: 'touchpointId', before: journey.WEBSITE, after: journey.DEMO }],
        },
      ]);
    });

    it('reports added and removed pain points, and the pain points of a removed touchpoint', () => {
      const before = journey.contents();
      const slowSupport = make.painPoint({
        id: testId(33),
        touchpointId: journey.DEMO,
        description: 'Support qui répond après plus de 48 h',
      });
      const result = diff(
        before,
        journey.edited((c) => {
          c.touchpoints = c.touchpoints.filter((t) => t.id !== journey.CHECKOUT);
          c.painPoints.push(slowSupport);
        }),
      );
      expect(result.painPoints.added).toEqual([slowSupport]);
      expect(result.painPoints.removed).toEqual([byId(before.painPoints, journey.HIDDEN_FEES)]);
    });
  });

  describe('KPIs', () => {
    it('reports a redefined KPI with its field-level changes', () => {
      const result = diffAfter((c) => {
        const nps = byId(c.kpis, journey.NPS);
        nps.unit = 'points';
        nps.target = 60;
      });
      expect(result.kpis.changed).toEqual([
        {
          id: journey.NPS,
          name: 'NPS clients premium',
          changes: [
            { field: 'unit', before: null, after: 'points' },
            { field: 'target', before: 50, after: 60 },
          ],
        },
      ]);
    });

    it('reports a KPI moved to another stage as a change of stageId', () => {
      const result = diffAfter((c) => {
        byId(c.kpis, journey.NPS).stageId = journey.EVALUATION;
      });
      expect(result.kpis.changed).toEqual([
        {
          id: journey.NPS,
          name: 'NPS clients premium',
          changes: [{ field: 'stageId', before: journey.DISCOVERY, after: journey.EVALUATION }],
        },
      ]);
    });

    it('does not count a new measurement as a redefinition', () => {
      const result = diffAfter((c) => {
        byId(c.kpis, journey.NPS).history.push({
          value: 44,
          measuredAt: '2025-06-30T00:00:00.000Z',
          source: 'Enquête',
        });
      });
      expect(result.kpis.changed).toEqual([]);
    });

    it('reports added and removed KPIs', () => {
      const before = journey.contents();
      const csat = make.kpi({ id: testId(43), stageId: journey.EVALUATION, type: 'CSAT' });
      const result = diff(
        before,
        journey.edited((c) => {
          c.kpis = c.kpis.filter((k) => k.id !== journey.CART_ABANDONMENT);
          c.kpis.push(csat);
        }),
      );
      expect(result.kpis.added).toEqual([csat]);
      expect(result.kpis.removed).toEqual([byId(before.kpis, journey.CART_ABANDONMENT)]);
    });
  });

  describe('improvements', () => {
    it('reports a status change apart, without the completion date as a field change', () => {
      const result = diffAfter((c) => {
        const form = byId(c.improvements, journey.SHORTER_FORM);
        form.status = 'DONE';
        form.completedAt = '2025-05-20T10:00:00.000Z';
      });
      expect(result.improvements.statusChanged).toEqual([
        {
          id: journey.SHORTER_FORM,
          title: 'Formulaire en 3 champs',
          before: 'IN_PROGRESS',
          after: 'DONE',
        },
      ]);
      expect(result.improvements.changed).toEqual([]);
    });

    it('reports re-estimates, new owners and new links as field changes', () => {
      const result = diffAfter((c) => {
        const fees = byId(c.improvements, journey.SHOW_FEES);
        fees.effort = 2;
        fees.owner = 'Léa (e-commerce)';
        fees.touchpointIds = [journey.CHECKOUT, journey.WEBSITE];
      });
      expect(result.improvements.changed).toEqual([
        {
          id: journey.SHOW_FEES,
          name: 'Afficher les frais dès la page prix',
          changes: [
            { field: 'effort', before: 1, after: 2 },
            { field: 'owner', before: null, after: 'Léa (e-commerce)' },
            {
              field: 'touchpointIds',
              before: JSON.stringify([journey.CHECKOUT]),
              after: JSON.stringify([journey.CHECKOUT, journey.WEBSITE]),
            },
          ],
        },
      ]);
      expect(result.improvements.statusChanged).toEqual([]);
    });

    it('reports an improvement whose status and fields changed in both lists', () => {
      const result = diffAfter((c) => {
        const form = byId(c.improvements, journey.SHORTER_FORM);
        form.status = 'DROPPED';
        form.title = 'Formulaire court';
      });
      expect(result.improvements.statusChanged).toEqual([
        {
          id: journey.SHORTER_FORM,
          title: 'Formulaire court',
          before: 'IN_PROGRESS',
          after: 'DROPPED',
        },
      ]);
      expect(result.improvements.changed).toEqual([
        {
          id: journey.SHORTER_FORM,
          name: 'Formulaire court',
          changes: [
            { field: 'title', before: 'Formulaire en 3 champs', after: 'Formulaire court' },
          ],
        },
      ]);
    });

    it('reports added improvements in backlog order and removed ones as they were', () => {
      const before = journey.contents();
      const fillIn = make.improvement({
        id: journey.improvementId(53),
        mapId: journey.MAP,
        impact: 1,
        effort: 1,
      });
      const quickWin = make.improvement({
        id: journey.improvementId(54),
        mapId: journey.MAP,
        impact: 5,
        effort: 2,
      });
      const result = diff(
        before,
        journey.edited((c) => {
          c.improvements = c.improvements.filter((i) => i.id !== journey.SHORTER_FORM);
          c.improvements.push(fillIn, quickWin);
        }),
      );
      expect(result.improvements.added).toEqual([quickWin, fillIn]);
      expect(result.improvements.removed).toEqual([
        byId(before.improvements, journey.SHORTER_FORM),
      ]);
    });
  });

  describe("the map's own fields", () => {
    it('reports changed fields, the scope as JSON', () => {
      const result = diffAfter((c) => {
        c.header.title = 'Souscription SaaS v2';
        c.header.scope = { ...c.header.scope, objective: 'Réduire l’abandon de 72 % à 55 %' };
      });
      expect(result.map).toEqual([
        { field: 'title', before: 'Souscription SaaS', after: 'Souscription SaaS v2' },
        {
          field: 'scope',
          before: JSON.stringify(journey.contents().header.scope),
          after: JSON.stringify({
            ...journey.contents().header.scope,
            objective: 'Réduire l’abandon de 72 % à 55 %',
          }),
        },
      ]);
    });

    const changedValue: { [F in (typeof MAP_EDITABLE_FIELDS)[number]]: MapHeaderRecord[F] } = {
      title: 'Autre titre',
      description: 'Parcours B2B',
      state: 'FUTURE',
      status: 'ACTIVE',
      scope: { objective: 'x', perimeter: null, segment: null, horizon: null, stakeholders: [] },
      owner: 'Marie',
      tags: ['saas', 'b2b'],
      personaIds: [journey.MARIE],
      reviewCadenceDays: 30,
    };

    it.each(MAP_EDITABLE_FIELDS.map((field) => [field]))(
      'reports a change of %s and nothing else',
      (field) => {
        const result = diffAfter((c) => {
          Object.assign(c.header, { [field]: changedValue[field] });
        });
        expect(result.map.map((change) => change.field)).toEqual([field]);
      },
    );

    it('does not report a field outside MAP_EDITABLE_FIELDS', () => {
      const result = diffAfter((c) => {
        c.header.lastReviewedAt = '2025-05-01T00:00:00.000Z';
        c.header.createdAt = '2020-01-01T00:00:00.000Z';
      });
      expect(result.map).toEqual([]);
    });
  });

  describe('output order', () => {
    it('lists changed parts in the journey order of the newer side', () => {
      const result = diffAfter((c) => {
        byId(c.stages, journey.PURCHASE).orderKey = '0';
        byId(c.touchpoints, journey.SEARCH).emotionScore = 2;
        byId(c.touchpoints, journey.CHECKOUT).emotionScore = -1;
      });
      expect(result.touchpoints.changed.map((t) => t.id)).toEqual([
        journey.CHECKOUT,
        journey.SEARCH,
      ]);
    });

    it('lists removed parts in the journey order of the older side', () => {
      const result = diffAfter((c) => {
        byId(c.stages, journey.PURCHASE).orderKey = '0';
        c.touchpoints = c.touchpoints.filter(
          (t) => t.id !== journey.CHECKOUT && t.id !== journey.SEARCH,
        );
      });
      expect(ids(result.touchpoints.removed)).toEqual([journey.SEARCH, journey.CHECKOUT]);
    });

    it('is the same whatever order the records were read in', () => {
      const from = journey.contents();
      const to = journey.edited((c) => {
        byId(c.stages, journey.PURCHASE).orderKey = '0';
        c.touchpoints = c.touchpoints.filter((t) => t.id !== journey.DEMO);
        c.touchpoints.push(
          make.touchpoint({ id: SOCIAL, stageId: journey.DISCOVERY, orderKey: 'c' }),
          make.touchpoint({ id: CHAT, stageId: journey.PURCHASE, orderKey: 'b', emotionScore: 1 }),
        );
        for (const t of c.touchpoints) t.emotionScore = t.emotionScore === null ? 0 : null;
        byId(c.kpis, journey.NPS).target = 45;
        byId(c.improvements, journey.SHOW_FEES).status = 'DONE';
        c.improvements.push(
          make.improvement({ id: journey.improvementId(55), mapId: journey.MAP }),
        );
      });
      const expected = diff(from, to);
      const prng = seededPrng(7);
      const shuffle = <T>(list: T[]): T[] =>
        list
          .map((item) => ({ item, rank: prng.next() }))
          .sort((a, b) => a.rank - b.rank)
          .map(({ item }) => item);
      const reordered = (c: MapContents): MapContents => ({
        header: c.header,
        stages: shuffle(c.stages),
        touchpoints: shuffle(c.touchpoints),
        painPoints: shuffle(c.painPoints),
        kpis: shuffle(c.kpis),
        improvements: shuffle(c.improvements),
      });
      for (let round = 0; round < 5; round++) {
        expect(JSON.stringify(diff(reordered(from), reordered(to)))).toBe(JSON.stringify(expected));
      }
    });
  });
});
