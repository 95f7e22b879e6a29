/**
 * The closed vocabularies of the domain, as `const` arrays so that zod schemas,
 * TypeScript unions and the SDL enums are checked against one another
 * (tests/unit/resolvers/buildSchema.test.ts fails when they drift apart).
 */

/**
 * Every channel of contact, with its nature: each is online or offline
 * (DOMAIN.md, "Touchpoints"), which a touchpoint's mode defaults to.
 */
export const CHANNEL_NATURE = {
  WEBSITE: 'ONLINE',
  MOBILE_APP: 'ONLINE',
  EMAIL: 'ONLINE',
  SMS: 'ONLINE',
  SOCIAL_MEDIA: 'ONLINE',
  MESSAGING: 'ONLINE',
  SEARCH_ENGINE: 'ONLINE',
  ONLINE_ADS: 'ONLINE',
  MARKETPLACE: 'ONLINE',
  REVIEW_SITE: 'ONLINE',
  CHATBOT: 'ONLINE',
  LIVE_CHAT: 'ONLINE',
  WEBINAR: 'ONLINE',
  CUSTOMER_PORTAL: 'ONLINE',
  COMMUNITY: 'ONLINE',
  E_SIGNATURE: 'ONLINE',
  PHONE: 'OFFLINE',
  STORE: 'OFFLINE',
  EVENT: 'OFFLINE',
  PRINT: 'OFFLINE',
  PRESS: 'OFFLINE',
  WORD_OF_MOUTH: 'OFFLINE',
  SALES_MEETING: 'OFFLINE',
  DELIVERY: 'OFFLINE',
  ON_SITE_VISIT: 'OFFLINE',
  OTHER_ONLINE: 'ONLINE',
  OTHER_OFFLINE: 'OFFLINE',
} as const;

export type Channel = keyof typeof CHANNEL_NATURE;
export const CHANNELS = Object.keys(CHANNEL_NATURE) as [Channel, ...Channel[]];

export const CHANNEL_MODES = [
  'ONLINE',
  'OFFLINE',
] as const satisfies readonly (typeof CHANNEL_NATURE)[Channel][];
export type ChannelMode = (typeof CHANNEL_MODES)[number];

export const EMOTION_COLORS = ['GREEN', 'ORANGE', 'RED'] as const;
export type EmotionColor = (typeof EMOTION_COLORS)[number];

export const SEVERITIES = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const KPI_TYPES = [
  'NPS',
  'CSAT',
  'CES',
  'CONVERSION_RATE',
  'CART_ABANDONMENT_RATE',
  'CHURN_RATE',
  'RETENTION_RATE',
  'RENEWAL_RATE',
  'ACTIVATION_RATE',
  'REPURCHASE_RATE',
  'AVERAGE_ORDER_VALUE',
  'CUSTOMER_LIFETIME_VALUE',
  'ACQUISITION_COST',
  'RESOLUTION_TIME',
  'RESPONSE_TIME',
  'TRAFFIC',
  'CLICK_THROUGH_RATE',
  'CUSTOM',
] as const;
export type KpiType = (typeof KPI_TYPES)[number];

export const KPI_DIRECTIONS = ['HIGHER_IS_BETTER', 'LOWER_IS_BETTER'] as const;
export type KpiDirection = (typeof KPI_DIRECTIONS)[number];

export const MAP_STATES = ['CURRENT', 'FUTURE'] as const;
export type MapState = (typeof MAP_STATES)[number];

export const MAP_STATUSES = ['DRAFT', 'ACTIVE', 'ARCHIVED'] as const;
export type MapStatus = (typeof MAP_STATUSES)[number];

export const MAP_TEMPLATES = [
  'BLANK',
  'FIVE_STAGES',
  'FOUR_STAGES',
  'EIGHT_STAGES',
  'TEN_STAGES',
] as const;
export type MapTemplate = (typeof MAP_TEMPLATES)[number];

export const TEMPLATE_LANGUAGES = ['EN', 'FR'] as const;
export type TemplateLanguage = (typeof TEMPLATE_LANGUAGES)[number];

export const QUADRANTS = ['QUICK_WIN', 'STRATEGIC_PROJECT', 'FILL_IN', 'AVOID'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

export const IMPROVEMENT_STATUSES = ['IDEA', 'PLANNED', 'IN_PROGRESS', 'DONE', 'DROPPED'] as const;
export type ImprovementStatus = (typeof IMPROVEMENT_STATUSES)[number];

export const ROLES = ['VIEWER', 'EDITOR', 'OWNER'] as const;

export type Role = (typeof ROLES)[number];
