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
   * The largest magnitude of a number input (KPI baseline, target, measured
   * value): 2^53 − 1, the last integer a JavaScript number holds exactly, and
   * the SDK's limit for writing a plain number to DynamoDB.
   */
  numberMax: Number.MAX_SAFE_INTEGER,
  /** The smallest non-zero magnitude DynamoDB stores (it refuses anything from 0 to 1e-130). */
  numberMinMagnitude: 1e-130,
  /** The largest integer input: GraphQL's Int is a signed 32-bit integer. */
  intMax: 2_147_483_647,
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
