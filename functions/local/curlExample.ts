/**
 * The ready-to-paste curl call that `npm start` prints and the explorer page
 * shows: a way to call the API that needs nothing but a terminal.
 */

/** Who the token is, and the first maps of its workspace. */
const CURL_QUERY =
  '{ viewer { userId workspaceId role } journeyMaps(first: 5) { edges { node { id title } } } }';

/** `curl` calling `url` with `token`; its four parts joined by `separator` (one line by default). */
export function curlCommand(url: string, token: string, separator = ' '): string {
  return [
    `curl -s ${url}`,
    `-H 'Content-Type: application/json'`,
    `-H 'Authorization: Bearer ${token}'`,
    `-d '${JSON.stringify({ query: CURL_QUERY })}'`,
  ].join(separator);
}
