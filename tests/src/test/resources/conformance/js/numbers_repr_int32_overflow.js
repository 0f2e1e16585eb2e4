// int32 boundaries: results that leave the int32 range must become exact doubles,
// and -0 must survive every operation that can produce it.
const MAX = 2147483647;
const MIN = -2147483648;
console.log('max+1', MAX + 1);
console.log('min-1', MIN - 1);
console.log('max+max', MAX + MAX);
console.log('min+min', MIN + MIN);
console.log('46341*46341', 46341 * 46341);
console.log('46340*46340', 46340 * 46340);
console.log('-46341*46341', -46341 * 46341);
console.log('max*2', MAX * 2);
console.log('min*-1', MIN * -1);
console.log('neg min', -MIN);
console.log('neg min typeof', typeof -MIN);
console.log('neg min === 2147483648', -MIN === 2147483648);
console.log('0x7fffffff|0', 0x7fffffff | 0);
console.log('0x80000000|0', 0x80000000 | 0);
console.log('abs min', Math.abs(MIN));
console.log('min/-1', MIN / -1);
console.log('min%-1', MIN % -1, Object.is(MIN % -1, -0));
let i = MAX - 2;
for (let k = 0; k < 5; k++) { i++; console.log('i++', i, i > MAX); }
let j = MIN + 2;
for (let k = 0; k < 5; k++) { j--; console.log('j--', j, j < MIN); }
let p = MAX; p += 1; console.log('p+=1', p, p - 1 === MAX);
let q = MIN; q -= 1; console.log('q-=1', q, q + 1 === MIN);
let r = MAX; console.log('r++ value', r++, r);
let s = MIN; console.log('--s value', --s, s);
// -0 from multiplication, modulo, negation, division
const z1 = 0 * -5, z2 = -0 * 3, z3 = -4 % 2, z4 = -0, z5 = -(0), z6 = 0 / -3;
const z7 = -5 * 0, z8 = Math.round(-0.4), z9 = -1 % 1, z10 = 4 % -2;
const zs = [z1, z2, z3, z4, z5, z6, z7, z8, z9, z10];
zs.forEach((z, k) => console.log('z' + (k + 1), Object.is(z, -0), 1 / z, z === 0));
let zero = 0;
let negated = -zero;
console.log('neg of int zero', Object.is(negated, -0), 1 / negated);
let m = 5; m *= 0; console.log('5*=0', Object.is(m, 0));
let n = -5; n *= 0; console.log('-5*=0', Object.is(n, -0));
let t = 0; t = t * -1; console.log('t*-1', Object.is(t, -0));
console.log('-0+0', Object.is(-0 + 0, 0), '-0+-0', Object.is(-0 + -0, -0));
console.log('-0-0', Object.is(-0 - 0, -0), '0-0', Object.is(0 - 0, 0));
console.log('-0|0', Object.is(-0 | 0, 0), '-0>>>0', Object.is(-0 >>> 0, 0));
console.log('max-(-1)', MAX - (-1), 'min+(-1)', MIN + (-1));
console.log('min*min', MIN * MIN);
console.log('max*max', MAX * MAX);
console.log('65536*32768', 65536 * 32768, 65536 * -32768);
