// An error thrown inside a generator body escapes through next().
function* numbers() {
  yield 1;
  yield 2;
  throw new RangeError('generator ran out of numbers');
}
const it = numbers();
console.log(it.next().value);
console.log(it.next().value);
console.log('about to fail');
it.next();
console.log('never printed');
