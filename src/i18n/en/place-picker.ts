/** The words of placePicker, in English (the reference catalogue). */
export const placePicker = {};
