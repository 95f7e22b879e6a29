/** A touchpoint's mode defaults to its channel's nature (online or offline). */
import { CHANNEL_NATURE, type Channel, type ChannelMode } from '../shared/enums';

export const defaultMode = (channel: Channel): ChannelMode => CHANNEL_NATURE[channel];
