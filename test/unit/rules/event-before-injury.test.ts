import { markedFixtures } from '../../support/inline';

describe('event-before-injury', () => {
  markedFixtures('event-before-injury');
});
