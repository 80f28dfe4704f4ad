/** The words of page, in English (the reference catalogue). */
export const page = {};
