/** Input limits (CONTRACT.md "Input limits"), in one place so the README can quote them. */
export const LIMITS = {
  nameLength: 200,
  textLength: 5_000,
  shortTextLength: 200,
  unitLength: 50,
  listItems: 100,
  listItemLength: 500,
  ageMin: 0,
  ageMax: 130,
  emotionMin: -2,
  emotionMax: 2,
  reviewCadenceMinDays: 1,
  reviewCadenceMaxDays: 730,
  /** A touchpoint's duration: up to 30 days, in minutes. */
  durationMinutesMax: 43_200,
  pageSizeMax: 100,
  /**
   * Measurements kept per KPI, with sources of up to 200 characters: 400 of
   * them stay under DynamoDB's 400 KB item limit even in 3-byte UTF-8 text.
   */
  kpiHistoryMax: 400,
  /** Measurements one recordKpiMeasurements request records. */
  measurementsPerRequest: 100,
  /**
   * KPIs one recordKpiMeasurements request may measure: all of them are
   * appended to in one transaction (100 operations, with the map's header, the
   * history entry and an Idempotency-Key's mark).
   */
  kpisPerMeasurementRequest: 95,
  /** Touchpoints, or pain points, one improvement may link (each link is checked in the write's transaction). */
  improvementLinks: 20,
  /** Personas one map may link (DOMAIN.md: start with 2–3). */

  personasPerMap: 20,
  /**
   * Parts (stages, touchpoints, pain points, KPIs, improvements) one map may
   * hold, so that a map stays a small number of Query pages and one snapshot.
   */
  partsPerMap: 3_000,
} as const;
