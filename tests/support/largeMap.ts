/**
 * A large map, built as records and created through the store's own create
 * path (the one duplicateJourneyMap uses for maps too big for one
 * transaction): `stages` stages of `touchpointsPerStage` touchpoints, each
 * with long, varied French text, a pain point and a score.
 */
import type * as z from 'zod';
import { newId } from '../../domain/shared/ids';
import { keyAfter, appendKey } from '../../domain/ordering/orderKeys';
import { mapHeaderRecord, type MapHeaderRecord } from '../../domain/maps/journeyMap';
import type { MapContents } from '../../domain/maps/mapContents';
import type { PainPointRecord } from '../../domain/painPoints/painPoint';
import type { StageRecord } from '../../domain/stages/stage';
import { touchpointRecord, type TouchpointRecord } from '../../domain/touchpoints/touchpoint';
import type { Stores } from '../../domain/ports/stores';

const WORDS =
  `client parcours achat devis formulaire champ abandon panier paiement frais livraison retour
  support ticket délai réponse humain conseiller chat téléphone email relance onboarding tutoriel essai gratuit
  abonnement renouvellement résiliation fidélité recommandation avis note étoile parrainage campagne publicité
  réseau social article blog recherche comparateur tarif prix remise offre démonstration commercial rendez-vous
  signature contrat facture mobile application notification mise à jour fonctionnalité intégration données
  confiance inquiétude frustration satisfaction surprise attente clarté simplicité rapidité effort promesse
  marque produit service équipe responsable marketing direction financière PME utilisateur collègue`
    .split(/\s+/)
    .filter(Boolean);

/** A deterministic pseudo-random generator (mulberry32). */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function sentenceMaker(seed: number) {
  const next = random(seed);
  return (length: number) => {
    const words: string[] = [];
    let size = 0;
    while (size < length) {
      const word = WORDS[Math.floor(next() * WORDS.length)] as string;
      words.push(word);
      size += word.length + 1;
    }
    const text = words.join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1, length - 1)}.`;
  };
}

/**
 * The header of a map seeded at `now`, active, never published nor reviewed
 * (due now): the declaration gives the fields left out their empty value.
 */
export function seededHeader(
  now: string,
  fields: Pick<MapHeaderRecord, 'id' | 'title'> & Partial<z.input<typeof mapHeaderRecord>>,
): MapHeaderRecord {
  return mapHeaderRecord.parse({
    revision: 1,
    createdAt: now,
    updatedAt: now,
    state: 'CURRENT',
    status: 'ACTIVE',
    scope: {},
    reviewCadenceDays: 90,
    nextReviewAt: now,
    changeSeq: 1,
    latestVersion: 0,
    ...fields,
  });
}

export function largeMapContents(options: {
  stages: number;
  touchpointsPerStage: number;
  textLength: number;
}): MapContents {
  const now = new Date().toISOString();
  const text = sentenceMaker(42);
  const audit = { revision: 1, createdAt: now, updatedAt: now };
  const mapId = newId();
  let stageKey = appendKey();
  const stages: StageRecord[] = [];
  const touchpoints: TouchpointRecord[] = [];
  const painPoints: PainPointRecord[] = [];
  for (let s = 0; s < options.stages; s++) {
    if (s > 0) stageKey = keyAfter(stageKey);
    const stage: StageRecord = {
      ...audit,
      id: newId(),
      name: `Étape ${s + 1}`,
      description: text(400),
      customerGoal: text(200),
      owner: 'Équipe CX',
      orderKey: stageKey,
    };
    stages.push(stage);
    let key = appendKey();
    for (let t = 0; t < options.touchpointsPerStage; t++) {
      if (t > 0) key = keyAfter(key);
      const touchpoint: TouchpointRecord = touchpointRecord.parse({
        ...audit,
        id: newId(),
        stageId: stage.id,
        name: `Point de contact ${s + 1}.${t + 1}`,
        description: text(options.textLength),
        channel: t % 3 === 0 ? 'EMAIL' : t % 3 === 1 ? 'WEBSITE' : 'PHONE',
        mode: t % 3 === 2 ? 'OFFLINE' : 'ONLINE',
        actions: [text(200), text(200), text(200)],
        thoughts: [text(150), text(150)],
        emotionScore: (t % 5) - 2,
        isMomentOfTruth: t % 10 === 0,
        ownerTeam: 'Support',
        orderKey: key,
      });
      touchpoints.push(touchpoint);
      if (t % 4 === 0) {
        painPoints.push({
          ...audit,
          id: newId(),
          touchpointId: touchpoint.id,
          description: text(300),
          severity: 'HIGH',
          evidence: [text(120)],
        });
      }
    }
  }
  return {
    header: seededHeader(now, {
      id: mapId,
      title: 'Grande carte',
      description: text(1000),
      scope: { objective: text(200) },
    }),
    stages,
    touchpoints,
    painPoints,
    kpis: [],
    improvements: [],
  };
}

export async function createLargeMap(
  stores: Stores,
  workspaceId: string,
  contents: MapContents,
): Promise<string> {
  await stores.maps.create(workspaceId, contents, {
    actor: { kind: 'USER', id: 'test' },
    history: {
      operation: 'createJourneyMap',
      entity: 'JourneyMap',
      entityId: contents.header.id,
      summary: 'Large map',
    },
  });
  return contents.header.id;
}
