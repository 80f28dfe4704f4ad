/** The words of the page's header and of the sources' names, in Russian. */
import type { Messages } from '../messages';

export const page: Messages['page'] = {
  sources: {
    official: {
      name: 'Официальные ежедневные сводки',
      shortName: 'Официальные данные',
    },
    jhu: {
      name: 'CSSE Университета Джонса Хопкинса',
      shortName: 'JHU',
    },
  },

  tabTitle: {
    site: 'COVID-19 в России',
    siteOfPlace: (place: string) => `${place} · COVID-19 в России`,
    beforeData: 'официальные ежедневные сводки',
    allReports: 'все сводки',
    reportOf: (date: string) => `, сводка от ${date}`,
    per100k: 'на 100 000 жителей',
  },
  title: 'Статистика COVID-19 в России',
  latestReport: 'Последняя сводка:',
  latestNotAvailable: 'недоступна',
};
