import { defaultChoices, toFieldChoices } from './merge-input';

describe('merge field choices', () => {
  const a = { id: 'a', name: '上海宏达贸易有限公司', industry: null, taxId: '', creditTermsDays: 30 };
  const b = { id: 'b', name: '上海宏达贸易股份有限公司', industry: '批发', taxId: '9131', creditTermsDays: null };

  it('DQ-03 the survivor wins every field it has; an empty one goes to the first record that has it', () => {
    const choices = defaultChoices([a, b], 'a');
    expect(choices.name).toBe('a');
    expect(choices.creditTermsDays).toBe('a');
    expect(choices.industry).toBe('b');
    expect(choices.taxId).toBe('b');
    expect(choices.website).toBe('a'); // empty everywhere: the survivor
  });

  it('DQ-03 choosing the other survivor flips the defaults', () => {
    const choices = defaultChoices([a, b], 'b');
    expect(choices.name).toBe('b');
    expect(choices.creditTermsDays).toBe('a');
    expect(toFieldChoices(choices)).toContainEqual({ field: 'industry', fromAccountId: 'b' });
  });
});
