/**
 * Why a chart's long paths are cut into pieces a few dozen pixels wide.
 *
 * The browser rasterises the page in tiles of about 256 pixels, and for each tile it replays every
 * drawing whose bounds meet it. One path of 1,100 bars, or a line through 1,100 days, meets every
 * tile of its chart, so each tile strokes all of it. Pieces are skipped by the tiles they miss.
 * Replayed in Chromium (LayerTree.profileSnapshot, the first screen at 1440 × 900 px), the
 * drawing of the first screen took 28 ms with one path each and 11 ms in pieces of 64 px.
 * That time is spent before the first paint, and again on each redraw.
 */
export const PIECE_WIDTH = 64;

/** Which piece a point `x` pixels into the plot belongs to. */
export function pieceOf(xInPlot: number): number {
  return Math.max(0, Math.floor(xInPlot / PIECE_WIDTH));
}
