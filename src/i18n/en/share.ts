/** The words of share, in English (the reference catalogue). */
export const share = {};
