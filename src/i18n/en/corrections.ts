/** The words of corrections, in English (the reference catalogue). */
export const corrections = {};
