/**
 * The poster's header: title, state, version ("Brouillon" for the draft) and
 * revision, description, personas, and the scope as seed 004's one-page
 * "livrable de cadrage" (objectif, périmètre, segment, horizon, parties
 * prenantes).
 */
import { DRAFT_LABEL, STATE_LABEL } from './frenchLabels';
import { PALETTE } from './palette';
import { asBlock, group, rect, stackBlocks, shiftItems, type Block } from './picture';
import { pillRow } from './pill';
import type { PosterInput, PosterPersona } from './posterInput';
import { POSTER } from './posterStyle';
import { textBox } from './textBox';

const { font, gap } = POSTER;
const READABLE_WIDTH = 1300;

/** "Version 2 · v2 2025", or "Brouillon" for the draft. */
export const versionLabel = (version: PosterInput['version']): string =>
  version === null ? DRAFT_LABEL : `Version ${version.number} · ${version.label}`;

function badges(input: PosterInput): Block {
  const style = (
    fill: string,
    color: string,
    className: string,
    data?: Record<string, string | number>,
  ) => ({
    fill,
    color,
    fontSize: 12,
    className,
    ...(data ? { data } : {}),
  });
  const row = pillRow(
    [
      { text: STATE_LABEL[input.state], style: style(PALETTE.panel, PALETTE.ink, 'map-state') },
      {
        text: versionLabel(input.version),
        style:
          input.version === null
            ? style('#fff3bf', '#7c5800', 'map-version', { version: 'draft' })
            : style('#e7f5ff', '#1864ab', 'map-version', { version: input.version.number }),
      },
      {
        text: `Révision ${input.revision}`,
        style: style(PALETTE.panel, PALETTE.muted, 'map-revision', { revision: input.revision }),
      },
    ],
    0,
    0,
    gap,
  );
  return { items: row.items, height: row.height };
}

function personaCard(persona: PosterPersona, width: number): Block {
  const inner = width - 16;
  const parts: Block[] = [
    asBlock(textBox(persona.name, { x: 12, y: 0, width: inner, fontSize: 14, weight: 'bold' })),
  ];
  if (persona.jobTitle) {
    parts.push(
      asBlock(
        textBox(persona.jobTitle, {
          x: 12,
          y: 0,
          width: inner,
          fontSize: font.body,
          color: PALETTE.muted,
        }),
      ),
    );
  }
  if (persona.quote) {
    parts.push(
      asBlock(
        textBox(persona.quote, {
          x: 12,
          y: 0,
          width: inner,
          fontSize: font.body,
          color: PALETTE.ink,
        }),
      ),
    );
  }
  const content = stackBlocks(parts, 4);
  return {
    height: content.height,
    items: [
      group({ className: 'persona' }, [
        rect({ x: 0, y: 0, width: 4, height: content.height }, PALETTE.stageHeader, { radius: 2 }),
        ...content.items,
      ]),
    ],
  };
}

function scopeRow(input: PosterInput, width: number): Block {
  const { scope } = input;
  const cells: [string, string | null][] = [
    ['Objectif', scope.objective],
    ['Périmètre', scope.perimeter],
    ['Segment', scope.segment],
    ['Horizon', scope.horizon],
    ['Parties prenantes', scope.stakeholders.length > 0 ? scope.stakeholders.join(', ') : null],
  ];
  const cellWidth = (width - gap * (cells.length - 1)) / cells.length;
  const padding = 12;
  const blocks = cells.map(([label, value]) =>
    stackBlocks(
      [
        asBlock(
          textBox(label.toUpperCase(), {
            x: padding,
            y: 0,
            width: cellWidth - 2 * padding,
            fontSize: font.small,
            weight: 'bold',
            color: PALETTE.muted,
          }),
        ),
        asBlock(
          textBox(value ?? 'Non renseigné', {
            x: padding,
            y: 0,
            width: cellWidth - 2 * padding,
            fontSize: 12,
            color: value === null ? PALETTE.faint : PALETTE.ink,
          }),
        ),
      ],
      4,
    ),
  );
  const height = Math.max(...blocks.map((b) => b.height)) + 2 * padding;
  const items = blocks.map((block, index) => {
    const x = index * (cellWidth + gap);
    return group(
      { className: 'scope-field', data: { field: (cells[index]?.[0] ?? '').toLowerCase() } },
      [
        rect({ x, y: 0, width: cellWidth, height }, PALETTE.panel, { radius: 6 }),
        ...shiftItems(block.items, x, padding),
      ],
    );
  });
  return { items, height };
}

/** The header laid out from (0, 0) across `width`. */
export function posterHeader(input: PosterInput, width: number): Block {
  const personasWidth = input.personas.length > 0 ? Math.min(560, width * 0.34) : 0;
  // Note: past ~1 300 units a line of text is too long to read; the personas sit right after it.
  const leftWidth = Math.min(
    READABLE_WIDTH,
    personasWidth > 0 ? width - personasWidth - 2 * POSTER.sectionGap : width,
  );
  const leftParts: Block[] = [
    asBlock(
      textBox(input.title, {
        x: 0,
        y: 0,
        width: leftWidth,
        fontSize: font.title,
        weight: 'bold',
        className: 'map-title',
      }),
    ),
    badges(input),
  ];
  if (input.description) {
    leftParts.push(
      asBlock(
        textBox(input.description, {
          x: 0,
          y: 0,
          width: leftWidth,
          fontSize: font.subtitle,
          color: PALETTE.muted,
          className: 'map-description',
        }),
      ),
    );
  }
  const left = stackBlocks(leftParts, 12);
  const personaHeading = asBlock(
    textBox(input.personas.length > 1 ? 'PERSONAS' : 'PERSONA', {
      x: 0,
      y: 0,
      width: personasWidth,
      fontSize: font.small,
      weight: 'bold',
      color: PALETTE.muted,
    }),
  );
  const right =
    personasWidth > 0
      ? stackBlocks(
          [personaHeading, ...input.personas.map((p) => personaCard(p, personasWidth))],
          10,
        )
      : { items: [], height: 0 };
  const top = Math.max(left.height, right.height);
  const scope = scopeRow(input, width);
  const scopeY = top + POSTER.sectionGap;
  return {
    height: scopeY + scope.height,
    items: [
      group({ className: 'poster-header' }, [
        ...left.items,
        ...shiftItems(right.items, leftWidth + 2 * POSTER.sectionGap, 0),
        group({ className: 'scope' }, shiftItems(scope.items, 0, scopeY)),
      ]),
    ],
  };
}
