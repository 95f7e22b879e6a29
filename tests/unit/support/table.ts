/**
 * The fixed setting of the unit tests: the table and workspace that requests
 * go to, the map they are about, when they happen and who makes them.
 */
import type { Actor } from '../../../domain/context/actor';
import { testId } from './records';

export const TABLE = 'journey-maps-test';
export const WS = 'acme';
export const MAP = testId(1);
export const NOW = '2025-06-01T12:00:00.000Z';
export const ACTOR: Actor = { kind: 'USER', id: 'user-42' };
