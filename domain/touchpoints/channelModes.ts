/** Every channel is online or offline by nature; a touchpoint's mode defaults to its channel's. */
import type { Channel, ChannelMode } from '../shared/enums';

const OFFLINE_CHANNELS: ReadonlySet<Channel> = new Set<Channel>([
  'PHONE',
  'STORE',
  'EVENT',
  'PRINT',
  'PRESS',
  'WORD_OF_MOUTH',
  'SALES_MEETING',
  'DELIVERY',
  'ON_SITE_VISIT',
  'OTHER_OFFLINE',
]);

export const defaultMode = (channel: Channel): ChannelMode =>
  OFFLINE_CHANNELS.has(channel) ? 'OFFLINE' : 'ONLINE';
