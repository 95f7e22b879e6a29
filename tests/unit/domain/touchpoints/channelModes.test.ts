import { defaultMode } from '../../../../domain/touchpoints/channelModes';
import type { Channel } from '../../../../domain/shared/enums';

describe('The default mode of a channel', () => {
  it.each<Channel>([
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
  ])('is OFFLINE for %s', (channel) => {
    expect(defaultMode(channel)).toBe('OFFLINE');
  });

  it.each<Channel>([
    'WEBSITE',
    'MOBILE_APP',
    'EMAIL',
    'SMS',
    'SOCIAL_MEDIA',
    'CHATBOT',
    'LIVE_CHAT',
    'WEBINAR',
    'E_SIGNATURE',
    'OTHER_ONLINE',
  ])('is ONLINE for %s', (channel) => {
    expect(defaultMode(channel)).toBe('ONLINE');
  });
});
