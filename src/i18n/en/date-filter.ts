/** The words of dateFilter, in English (the reference catalogue). */
export const dateFilter = {};
