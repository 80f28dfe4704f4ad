/** The words of the share controls and the CSV download, in English (the reference catalogue). */
export const share = {
  copyLink: 'Copy link',
  share: 'Share',
  copied: 'Link copied: it opens this view, with these dates and settings.',
  copyByHand: 'The link could not be copied automatically. Copy it from here:',
  downloadCsv: 'Download CSV',
};
