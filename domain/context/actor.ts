/** Who made a change, as history entries and published versions record it. */
export interface Actor {
  kind: 'USER' | 'API_KEY';
  /** The user's id (the token's subject), or the API key's id. */
  id: string;
}
