/** The words of common, in English (the reference catalogue). */
export const common = {};
