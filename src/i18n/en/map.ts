/** The words of map, in English (the reference catalogue). */
export const map = {};
