/** `npm test` runs the reliability checks at scale 1; `npm run test:reliability` at scale 10. */
export const RELIABILITY_SCALE = process.env.ACCORD_RELIABILITY === 'full' ? 10 : 1;
