import {EntityIndex} from '../../server/src/entities/entity-index.js'
import type {EntityFile} from '../../server/src/entities/types.js'

/** A small list with the seed's hard cases, so linking tests do not depend on the bundled data. */
export const FIXTURE_LIST: EntityFile = {
  posts: [
    {id: 'ua-defence-minister', title: 'Minister of Defence of Ukraine', phrases: ['Ukrainian Defence Minister', 'Defense Minister', 'Defence Minister']},
    {id: 'ua-nsdc-secretary', title: 'Secretary of the National Security and Defense Council of Ukraine', phrases: ['NSDC Secretary']},
    {id: 'tr-foreign-minister', title: 'Minister of Foreign Affairs of Turkey', phrases: ['Turkish Foreign Minister']},
    {id: 'ru-press-secretary', title: 'Press Secretary of the President of Russia', phrases: ['Kremlin spokesman']}
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
    {id: 'kyiv', kind: 'place', name: 'Kyiv', aliases: ['Kiev', 'Київ', 'Киев']},
    {id: 'ciragan-palace', kind: 'place', name: 'Çırağan Palace', aliases: ['Chiragan Palace']}
  ]
}

export function fixtureIndex(): EntityIndex {
  return new EntityIndex([{file: FIXTURE_LIST, origin: {bundled: false}}])
}
