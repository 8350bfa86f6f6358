import 'reflect-metadata';
import { IsInt, IsOptional, IsString, MaxLength, getMetadataStorage, validate } from 'class-validator';
import { memoizeValidationMetadata } from './validation-metadata';

class Parent {
  @IsString() name!: string;
}

class Child extends Parent {
  @IsOptional() @IsInt() age?: number;
}

const lookup = () => getMetadataStorage().getTargetValidationMetadatas(Child, '', false, false);
const rules = (metadata: Array<{ propertyName: string; name?: string; type: string }>) => metadata.map((m) => `${m.propertyName}:${m.name ?? m.type}`).sort();

describe('class-validator metadata kept per class', () => {
  const before = rules(lookup());
  memoizeValidationMetadata();
  memoizeValidationMetadata(); // twice: the second call changes nothing

  it('answers what class-validator answers, parents included, and the same array from the second call', () => {
    const first = lookup();
    expect(rules(first)).toEqual(before);
    expect(rules(first)).toEqual(expect.arrayContaining(['name:isString', 'age:isInt']));
    expect(lookup()).toBe(first);
    expect(getMetadataStorage().getTargetValidationMetadatas(Child, '', false, false, ['other'])).not.toBe(first);
    const grouped = getMetadataStorage().groupByPropertyName(first);
    expect(getMetadataStorage().groupByPropertyName(first)).toBe(grouped);
    expect(Object.keys(grouped).sort()).toEqual(['age', 'name']);
  });

  it('drops what it kept when a rule is added afterwards, on the class or a parent', async () => {
    const first = lookup();
    MaxLength(3)(Parent.prototype, 'name');
    const after = lookup();
    expect(after).not.toBe(first);
    expect(rules(after)).toContain('name:maxLength');
    expect(
      getMetadataStorage()
        .groupByPropertyName(after)
        .name.map((m) => m.name),
    ).toContain('maxLength');

    const child = Object.assign(new Child(), { name: 'Dominique', age: 'x' });
    const errors = await validate(child);
    expect(Object.fromEntries(errors.map((e) => [e.property, Object.keys(e.constraints ?? {}).sort()]))).toEqual({
      name: ['maxLength'],
      age: ['isInt'],
    });
  });

  it('knows a class defined after the first validations', async () => {
    await validate(Object.assign(new Child(), { name: 'Léa' }));
    class Later {
      @IsString() title!: string;
    }
    const errors = await validate(Object.assign(new Later(), { title: 4 }));
    expect(errors.map((e) => e.property)).toEqual(['title']);
  });
});
