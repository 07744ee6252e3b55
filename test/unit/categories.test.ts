import { strict as assert } from 'node:assert';
import { categoriesOf } from '../../server/src/knowledge';

describe('treatment categories', () => {
  it('reads a drug class by its start: a laxative for opioid constipation is no opioid', () => {
    assert.deepEqual([...categoriesOf('Colace 100mg #60')], []);
    assert.deepEqual([...categoriesOf('Norco 10/325mg #90')], ['opioid']);
    assert.deepEqual([...categoriesOf('Ultram 50mg #60')], ['opioid']);
  });

  it('tells a physical modality from a diagnostic test of the same name', () => {
    assert.deepEqual([...categoriesOf('Infrared heat to the low back')], ['physical therapy']);
    assert.deepEqual([...categoriesOf('Thermography (infrared stress thermography)')], ['imaging']);
    assert.deepEqual([...categoriesOf('Ultrasound, therapeutic')], ['physical therapy']);
  });
});
