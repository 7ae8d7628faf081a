/** Strings of the Examples menu: the shipped scenarios (English). */
export const examples = {
  'examples.menu': 'Examples',
  'examples.menuTitle': 'Open one of the scenarios shipped with Kapasim, as a new unsaved document',
  'examples.loadFailed': 'The example could not be loaded: {message}',
  'examples.default.name': 'Default: a mid-sized health trust',
  'examples.default.description': 'About 500,000 inhabitants, calibrated to Norwegian figures; every number has a source note.',
  'examples.fewer-beds.name': 'Fewer beds, stronger outpatient care',
  'examples.fewer-beds.description': 'The default trust with 15 % fewer beds, 20 % more outpatient places and 50 % more aftercare.',
  'examples.norway.name': 'All of Norway',
  'examples.norway.description': 'The whole country as one system: 1,847 beds, 10 years × 100 replications (about 15 s to run on two cores).',
  'examples.mmc.name': 'M/M/c queueing check',
  'examples.mmc.description': 'One service with 20 beds at 90 % load, which queueing theory answers exactly.',
} as const;
