/**
 * A map's pending review reminder: the `ReviewDue` index keys on its header
 * (store/keys.ts). Any write that sets the map's review date arms it at that
 * date; the daily reminder moves it one review cadence on after each
 * reminder, so a map that stays unreviewed is reminded once per period.
 */
import { reviewAlertKey } from '../keys';

/** The header attributes that put a map in the `ReviewDue` index at `alertAt`. */
export const reviewAlertAttributes = (alertAt: string) => reviewAlertKey(alertAt);

/** The header attributes a deletion removes (taking the map off the index). */
export const REVIEW_ALERT_ATTRIBUTES = ['reviewPK', 'reviewAlertAt'] as const;
