import { companyNameKey } from '../../domain/dedup/normalize';
import { resolveCustomer } from './contact-import-batch';

describe('CUS-04 contacts import: the customer a row names', () => {
  const customer = (id: string, name: string) => ({ id, name, nameKey: companyNameKey(name) });
  const visible = [customer('a', '上海宏达贸易有限公司'), customer('b', '上海宏达贸易公司'), customer('c', '杭州远山茶叶有限公司')];

  it('CUS-04 an exact name wins; else the name key must pick out one visible customer', () => {
    expect(resolveCustomer({ by: 'name', name: '上海宏达贸易有限公司' }, visible)).toEqual({ customer: visible[0] });
    expect(resolveCustomer({ by: 'name', name: '杭州远山茶叶公司' }, visible)).toEqual({ customer: visible[2] });
    const ambiguous = resolveCustomer({ by: 'name', name: '上海宏达贸易' }, visible);
    expect(ambiguous).toEqual({ problem: { field: 'customerName', message: expect.stringContaining('matches 2 customers') } });
  });

  it('CUS-04 a customer not among the visible ones is refused the same way whether it exists or not (naming the column)', () => {
    expect(resolveCustomer({ by: 'name', name: '别人的客户有限公司' }, visible)).toEqual({ problem: { field: 'customerName', message: expect.stringContaining('no customer you may see') } });
    expect(resolveCustomer({ by: 'id', id: 'z' }, visible)).toEqual({ problem: { field: 'customerId', message: expect.stringContaining('no customer you may see') } });
    expect(resolveCustomer({ by: 'id', id: 'b' }, visible)).toEqual({ customer: visible[1] });
  });
});
