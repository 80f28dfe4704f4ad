/** The words of article, in English (the reference catalogue). */
export const article = {};
