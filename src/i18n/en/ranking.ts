/** The words of ranking, in English (the reference catalogue). */
export const ranking = {};
