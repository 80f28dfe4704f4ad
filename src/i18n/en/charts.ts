/** The words of charts, in English (the reference catalogue). */
export const charts = {};
