import {EntityIndex} from '../../server/src/entities/entity-index.js'
import type {EntityFile} from '../../server/src/entities/types.js'

/** A small list with the seed's hard cases, so linking tests do not depend on the bundled data. */
export const FIXTURE_LIST: EntityFile = {
  posts: [
    {id: 'ua-defence-minister', title: 'Minister of Defence of Ukraine', phrases: ['Ukrainian Defence Minister', 'Defense Minister', 'Defence Minister']},
    {id: 'ua-nsdc-secretary', title: 'Secretary of the National Security and Defense Council of Ukraine', phrases: ['NSDC Secretary']},
    {id: 'tr-foreign-minister', title: 'Minister of Foreign Affairs of Turkey', phrases: ['Turkish Foreign Minister']},
    {id: 'ru-press-secretary', title: 'Press Secretary of the President of Russia', country: 'RU', phrases: ['Kremlin spokesman']},
    {id: 'ru-deputy-foreign-minister', title: 'Deputy Minister of Foreign Affairs of Russia', country: 'RU', single: false, phrases: ['Deputy Foreign Minister', 'Russian Deputy Foreign Minister']},
    {id: 'ua-sbu-head', title: 'Head of the Security Service of Ukraine', country: 'UA', phrases: ['Head of the Security Service of Ukraine', 'head of the SBU']},
    {id: 'cn-premier', title: 'Premier of China', country: 'CN', phrases: ['Chinese Premier']},
    {id: 'qa-head-of-government', title: 'Prime Minister of Qatar', country: 'QA', phrases: ['Qatari Prime Minister', 'Prime Minister']},
    {id: 'hu-head-of-government', title: 'Prime Minister of Hungary', country: 'HU', phrases: ['Hungarian Prime Minister', 'Prime Minister']}
  ],
  entities: [
    {id: 'alexander-fomin', kind: 'person', name: 'Alexander Fomin', aliases: ['Aleksandr Fomin']},
    {id: 'andrei-fomin', kind: 'person', name: 'Andrei Fomin', aliases: ['Andriy Fomin']},
    {id: 'vladimir-putin', kind: 'person', name: 'Vladimir Putin'},
    {id: 'vladimir-medinsky', kind: 'person', name: 'Vladimir Medinsky'},
    {id: 'volodymyr-zelenskyy', kind: 'person', name: 'Volodymyr Zelenskyy', aliases: ['Vladimir Zelensky', 'Volodymyr Zelensky', 'Владимир Зеленский']},
    {
      id: 'rustem-umerov', kind: 'person', name: 'Rustem Umerov',
      roles: [{post: 'ua-defence-minister', from: '2023-09-06', to: '2025-07-17'}, {post: 'ua-nsdc-secretary', from: '2025-07-17'}]
    },
    {id: 'hakan-fidan', kind: 'person', name: 'Hakan Fidan', roles: [{post: 'tr-foreign-minister', from: '2023-06-04'}]},
    {id: 'dmitry-peskov', kind: 'person', name: 'Dmitry Peskov', roles: [{post: 'ru-press-secretary', from: '2012-05-22'}]},
    {id: 'vasyl-maliuk', kind: 'person', name: 'Vasyl Maliuk', country: 'UA', roles: [{post: 'ua-sbu-head', from: '2022-07', to: '2026-01-13'}]},
    {id: 'sergei-ryabkov', kind: 'person', name: 'Sergei Ryabkov', country: 'RU', roles: [{post: 'ru-deputy-foreign-minister', from: '2008'}]},
    {id: 'sergiy-kyslytsya', kind: 'person', name: 'Sergiy Kyslytsya', country: 'UA', roles: [{title: 'First Deputy Minister of Foreign Affairs of Ukraine', from: '2025-05'}]},
    {id: 'li-qiang', kind: 'person', name: 'Li Qiang', country: 'CN', roles: [{post: 'cn-premier', from: '2023-03-11'}]},
    {id: 'wang-yi', kind: 'person', name: 'Wang Yi', country: 'CN'},
    {id: 'xi-jinping', kind: 'person', name: 'Xi Jinping', country: 'CN'},
    {id: 'he-lifeng', kind: 'person', name: 'He Lifeng', country: 'CN'},
    {id: 'khalil-al-hayya', kind: 'person', name: 'Khalil al-Hayya', country: 'PS'},
    {id: 'amina-j-mohammed', kind: 'person', name: 'Amina J. Mohammed'},
    {id: 'mohammed-bin-abdulrahman-al-thani', kind: 'person', name: 'Mohammed bin Abdulrahman Al Thani', country: 'QA', roles: [{post: 'qa-head-of-government', from: '2023-03-07'}]},
    {id: 'viktor-orban', kind: 'person', name: 'Viktor Orbán', aliases: ['Viktor Orban'], country: 'HU', roles: [{post: 'hu-head-of-government', from: '2010-05-29', to: '2026-05-09'}]},
    {id: 'pedro-castillo', kind: 'person', name: 'Pedro Castillo', country: 'PE'},
    {id: 'country-qa', kind: 'place', name: 'Qatar', country: 'QA', demonyms: ['Qatari']},
    {id: 'country-hu', kind: 'place', name: 'Hungary', country: 'HU', demonyms: ['Hungarian']},
    {id: 'kyiv', kind: 'place', name: 'Kyiv', aliases: ['Київ', 'Киев'], deprecated: ['Kiev']},
    {id: 'country-ua', kind: 'place', name: 'Ukraine', country: 'UA', demonyms: ['Ukrainian']},
    {id: 'country-ru', kind: 'place', name: 'Russia', country: 'RU', demonyms: ['Russian']},
    {id: 'country-us', kind: 'place', name: 'United States', aliases: ['US', 'U.S.', 'the US'], country: 'US', demonyms: ['American']},
    {id: 'country-gb', kind: 'place', name: 'United Kingdom', aliases: ['UK', 'U.K.', 'Britain'], country: 'GB', demonyms: ['British']},
    {id: 'country-cn', kind: 'place', name: 'China', country: 'CN', demonyms: ['Chinese']},
    {id: 'country-ir', kind: 'place', name: 'Iran', country: 'IR', demonyms: ['Iranian']},
    {id: 'country-il', kind: 'place', name: 'Israel', country: 'IL', demonyms: ['Israeli']},
    {id: 'kyiv-independent', kind: 'organization', name: 'The Kyiv Independent', country: 'UA'},
    {id: 'ru-gru', kind: 'organization', name: 'Main Directorate of the General Staff of the Armed Forces of Russia', aliases: ['GRU', 'Main Intelligence Directorate'], sharedAliases: ['Main Intelligence Directorate'], country: 'RU'},
    {id: 'ua-hur', kind: 'organization', name: 'Defence Intelligence of Ukraine', aliases: ['HUR', 'Main Intelligence Directorate'], sharedAliases: ['Main Intelligence Directorate'], country: 'UA'},
    {id: 'un-security-council', kind: 'organization', name: 'United Nations Security Council', aliases: ['UN Security Council', 'Security Council'], sharedAliases: ['Security Council']},
    {id: 'ru-security-council', kind: 'organization', name: 'Security Council of Russia', aliases: ['Security Council'], sharedAliases: ['Security Council'], country: 'RU'},
    {id: 'ciragan-palace', kind: 'place', name: 'Çırağan Palace', aliases: ['Chiragan Palace']}
  ]
}

export function fixtureIndex(): EntityIndex {
  return new EntityIndex([{file: FIXTURE_LIST, origin: {bundled: false}}])
}
