/**
 * The query of the demo map that local explorers open with: the Apollo
 * Sandbox of the Lambda's landing page (createServer.ts) and the offline
 * GraphiQL that `npm start` serves (local/explorer/). One text, so both show
 * the same thing; its one variable is `id`, the demo map's id.
 */
export const DEMO_MAP_QUERY = `query DemoMap($id: ID!) {
  journeyMap(id: $id) {
    title
    scope { objective perimeter }
    personas { name quote }
    emotionCurve { stageName averageEmotion emotionColor }
    stages {
      position name
      touchpoints { position name channel mode emotionScore emotionColor isMomentOfTruth
        painPoints { severity description } }
      kpis { name type baseline target current targetReached }
    }
  }
}`;
