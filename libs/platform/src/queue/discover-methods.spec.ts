import { jobHandlerProblems } from './discover-methods';

describe('job handler check', () => {
  it('PLT-06 every declared job with exactly one handler passes', () => {
    expect(jobHandlerProblems(['a.run', 'b.run'], [{ job: 'a.run', label: 'A.run' }, { job: 'b.run', label: 'B.run' }])).toEqual([]);
  });

  it('PLT-06 a declared job without a handler, one with two, and a handler of an undeclared job are each named', () => {
    const problems = jobHandlerProblems(
      ['lonely.job', 'busy.job'],
      [
        { job: 'busy.job', label: 'First.handle' },
        { job: 'busy.job', label: 'Second.handle' },
        { job: 'ghost.job', label: 'Ghost.handle' },
      ],
    );
    expect(problems).toEqual([
      'job "lonely.job" has no @OnJob handler',
      'job "busy.job" has 2 handlers: First.handle, Second.handle',
      'Ghost.handle handles job "ghost.job", which is not declared',
    ]);
  });
});
