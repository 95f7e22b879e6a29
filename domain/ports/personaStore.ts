import type { Page, PageRequest } from '../paging/page';
import type { PersonaRecord } from '../personas/persona';
import type { Editable } from './mapWrite';
import type { WriteOutcome } from './writeOutcome';

/** Personas of a workspace. Every method is scoped by a workspace id the caller cannot choose. */
export interface PersonaStore {
  get(workspaceId: string, id: string): Promise<PersonaRecord | null>;
  /** Batched read; missing ids are absent from the result. */
  getMany(workspaceId: string, ids: readonly string[]): Promise<Map<string, PersonaRecord>>;
  list(workspaceId: string, page: PageRequest): Promise<Page<PersonaRecord>>;
  count(workspaceId: string): Promise<number>;
  /** Rejected `alreadyExists` when the id is taken. */
  create(workspaceId: string, record: PersonaRecord): Promise<WriteOutcome>;
  /** The persona after the change; rejected `notFound` or `revisionMismatch`. */
  update(
    workspaceId: string,
    id: string,
    change: {
      set: Partial<Editable<PersonaRecord>>;
      expectedRevision: number | null;
      now: string;
    },
  ): Promise<WriteOutcome<PersonaRecord>>;
  /** Rejected `notFound` or `revisionMismatch`. */
  delete(workspaceId: string, id: string, expectedRevision: number | null): Promise<WriteOutcome>;
}
