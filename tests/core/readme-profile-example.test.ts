import { validateProfile } from '../../src/core/profile-validation';
import { readmeProfileText } from '../helpers/readme-profile';

test('the profile example in the README is a valid profile', () => {
  const example = readmeProfileText();
  expect(example).toBeDefined();
  expect(validateProfile(JSON.parse(example as string)).errors).toEqual([]);
});
