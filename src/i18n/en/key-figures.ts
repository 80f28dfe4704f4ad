/** The words of keyFigures, in English (the reference catalogue). */
export const keyFigures = {};
