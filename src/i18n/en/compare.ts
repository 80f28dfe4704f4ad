/** The words of compare, in English (the reference catalogue). */
export const compare = {};
