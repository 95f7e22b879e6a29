/**
 * Puts Apollo Client in development mode before it loads, as a front-end's
 * dev build would: its cache warnings ("Cache data may be lost…", "Missing
 * field…") are only emitted in development, with their text loaded here.
 * Import this module before anything that imports `@apollo/client`.
 */
import type * as ApolloDev from '@apollo/client/dev';

declare global {
  var __DEV__: boolean | undefined;
}

// Note: Apollo Client reads `globalThis.__DEV__` once, when its environment module first loads.
globalThis.__DEV__ = true;

// eslint-disable-next-line @typescript-eslint/no-require-imports -- must run after the line above
const dev = require('@apollo/client/dev') as typeof ApolloDev;
dev.loadDevMessages();
dev.loadErrorMessages();

export {};
