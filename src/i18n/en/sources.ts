/** The words of sources, in English (the reference catalogue). */
export const sources = {};
