/**
 * The page a share link shows: the map's poster (inline SVG), its quick wins,
 * and the whole map as text (for reading on a phone, for screen readers and
 * for search within the page), all of it escaped. It links to nothing and
 * loads nothing: no script, no image, no font, no form, no other map; the
 * headers forbid scripts outright and ask search engines not to index it.
 */
import type { ImprovementRecord } from '../../domain/backlog/improvement';
import { priorityScore, quadrant } from '../../domain/backlog/priority';
import { kpiDirection, latestMeasurement, targetReached } from '../../domain/kpis/kpiDirection';
import { averageColor, emotionColor } from '../../domain/maps/emotion';
import { stageAverageEmotion, type MapView } from '../../domain/maps/mapView';
import { formatNumber, formatScore } from '../../domain/pictures/formatNumber';
import {
  CHANNEL_LABEL,
  DRAFT_LABEL,
  QUADRANT_LABEL,
  SEVERITY_LABEL,
  STATE_LABEL,
  STATUS_LABEL,
} from '../../domain/pictures/frenchLabels';
import type { PosterInput } from '../../domain/pictures/posterInput';
import type { EmotionColor } from '../../domain/shared/enums';

/** The headers of a share page. */
export const SHARE_PAGE_HEADERS: Record<string, string> = {
  'content-type': 'text/html; charset=utf-8',
  // Note: no script-src: nothing may run. Styles are inline (the page's and the SVG's).
  'content-security-policy':
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'x-robots-tag': 'noindex, nofollow, noarchive',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  // Note: a revoke ends the link at once: nobody may keep a copy.
  'cache-control': 'no-store',
};

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text as HTML text or attribute value. */
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

const COLOR_NAME: Record<EmotionColor, string> = {
  GREEN: 'vert',
  ORANGE: 'orange',
  RED: 'rouge',
};

const emotion = (score: number | null, color: EmotionColor | null) =>
  score === null || color === null ? 'non évaluée' : `${formatScore(score)} (${COLOR_NAME[color]})`;

const list = (items: readonly string[]) =>
  items.length === 0 ? '' : `<ul>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;

const field = (label: string, value: string | null) =>
  value ? `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>` : '';

function scopeText(input: PosterInput): string {
  const { scope } = input;
  const rows = [
    field('Objectif', scope.objective),
    field('Périmètre', scope.perimeter),
    field('Segment', scope.segment),
    field('Horizon', scope.horizon),
    field('Parties prenantes', scope.stakeholders.join(', ') || null),
  ].join('');
  return rows ? `<dl class="scope">${rows}</dl>` : '';
}

function stageText(view: MapView, stageId: string, position: number): string {
  const stage = view.stageById.get(stageId);
  if (!stage) return '';
  const average = stageAverageEmotion(view, stageId);
  const touchpoints = (view.touchpointsByStage.get(stageId) ?? []).map((t) => {
    const painPoints = (view.painPointsByTouchpoint.get(t.id) ?? []).map(
      (p) => `${SEVERITY_LABEL[p.severity]} : ${p.description}`,
    );
    return `<li class="touchpoint"><h4>${escapeHtml(t.name)}${
      t.isMomentOfTruth ? ' <span class="mot">★ moment de vérité</span>' : ''
    }</h4><p>${escapeHtml(CHANNEL_LABEL[t.channel])} · ${
      t.mode === 'ONLINE' ? 'en ligne' : 'hors ligne'
    } · émotion ${escapeHtml(emotion(t.emotionScore, emotionColor(t.emotionScore)))}</p>${
      t.actions.length ? `<p>Actions :</p>${list(t.actions)}` : ''
    }${t.thoughts.length ? `<p>Pensées :</p>${list(t.thoughts)}` : ''}${
      painPoints.length ? `<p>Points de douleur :</p>${list(painPoints)}` : ''
    }</li>`;
  });
  const kpis = (view.kpisByStage.get(stageId) ?? []).map((k) => {
    const current = latestMeasurement(k.history)?.value ?? null;
    const reached = targetReached(kpiDirection(k), current, k.target);
    const unit = k.unit ? ` ${k.unit}` : '';
    const value = (v: number | null) => (v === null ? '—' : `${formatNumber(v)}${unit}`);
    return `${k.name} : ${value(current)} (cible ${value(k.target)}${
      reached === null ? '' : reached ? ', atteinte' : ', non atteinte'
    })`;
  });
  return `<section class="stage"><h3>${position + 1}. ${escapeHtml(stage.name)}</h3>${
    stage.customerGoal ? `<p>Objectif client : ${escapeHtml(stage.customerGoal)}</p>` : ''
  }<p>Émotion moyenne : ${escapeHtml(
    average === null ? 'non évaluée' : emotion(average, averageColor(average)),
  )}</p><ol class="touchpoints">${touchpoints.join('')}</ol>${
    kpis.length ? `<p>Indicateurs :</p>${list(kpis)}` : ''
  }</section>`;
}

const quickWin = (i: ImprovementRecord) =>
  `<li>${escapeHtml(i.title)} <span class="meta">impact ${i.impact}, effort ${i.effort}, priorité ${priorityScore(
    i.impact,
    i.effort,
  )} · ${escapeHtml(STATUS_LABEL[i.status])}</span></li>`;

/** An SVG document as an element of an HTML page (its XML declaration dropped). */
const inlineSvg = (svg: string) => svg.replace(/^<\?xml[^>]*\?>\s*/, '');

/** The share page of one map (or version): `posterSvg` is its poster as renderPosterSvg wrote it. */
export function renderSharePage(input: PosterInput, view: MapView, posterSvg: string): string {
  const versionLabel = input.version
    ? `Version ${input.version.number} · ${input.version.label}`
    : DRAFT_LABEL;
  const quickWins = view.improvements.filter((i) => quadrant(i.impact, i.effort) === 'QUICK_WIN');
  const personas = input.personas.map((p) => (p.jobTitle ? `${p.name}, ${p.jobTitle}` : p.name));
  return `<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow, noarchive">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(input.title)} · ${escapeHtml(versionLabel)}</title>
<style>
body{margin:0;font:16px/1.5 "Liberation Sans",Arial,Helvetica,sans-serif;color:#1f2933;background:#f5f7fa}
header,main,footer{max-width:1200px;margin:0 auto;padding:16px}
h1{margin:0 0 4px;font-size:1.6em}
.sub{margin:0;color:#52606d}
figure.poster{margin:0;padding:0 16px 16px;overflow-x:auto}
figure.poster svg{display:block;width:100%;min-width:900px;height:auto;background:#fff;border:1px solid #d9e2ec}
section{background:#fff;border:1px solid #d9e2ec;border-radius:6px;padding:8px 16px;margin:16px 0}
.meta,.mot{color:#52606d;font-size:.9em}
dl.scope{display:grid;grid-template-columns:max-content 1fr;gap:4px 12px}dt{font-weight:bold}dd{margin:0}
li.touchpoint h4{margin:8px 0 0}
footer{color:#52606d;font-size:.85em}
</style>
</head>
<body>
<header>
<h1>${escapeHtml(input.title)}</h1>
<p class="sub">${escapeHtml(versionLabel)} · ${escapeHtml(STATE_LABEL[input.state])}${
    personas.length ? ` · Persona : ${escapeHtml(personas.join(' ; '))}` : ''
  }</p>
</header>
<figure class="poster">
${inlineSvg(posterSvg)}
</figure>
<main>
<section class="quick-wins">
<h2>${escapeHtml(QUADRANT_LABEL.QUICK_WIN.title)} : ${escapeHtml(QUADRANT_LABEL.QUICK_WIN.advice)}</h2>
${quickWins.length ? `<ol>${quickWins.map(quickWin).join('')}</ol>` : '<p>Aucune pour le moment.</p>'}
</section>
<section class="map-text">
<h2>La carte en texte</h2>
${input.description ? `<p>${escapeHtml(input.description)}</p>` : ''}
${scopeText(input)}
${view.stages.map((s, i) => stageText(view, s.id, i)).join('\n')}
</section>
</main>
<footer>Lecture seule. Ce lien donne accès à cette carte uniquement ; il peut être révoqué à tout moment.</footer>
</body>
</html>
`;
}
