/** The words of app, in English (the reference catalogue). */
export const app = {};
