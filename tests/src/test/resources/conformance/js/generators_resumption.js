let log = [];
function side(x) { log.push(x); return x; }
function* g1() {
  const r = side('a') + (yield 1) + side('b') + (yield 2);
  console.log(r, log.join(','));
  const obj = {};
  obj[side('k')] = yield 3;
  console.log(obj, log.join(','));
  console.log(`t ${yield 4} ${side('c')}`);
  Math.max(side(1), yield 5, side(2));
  console.log(log.join(','));
}
const it = g1();
let v = it.next();
let i = 0;
while (!v.done) { v = it.next('v' + i++); }
function* reent() { it2.next(); yield 1; }
const it2 = reent();
try { it2.next(); } catch (e) { console.log(e.constructor.name, e.message); }
function* closures() { for (let i = 0; i < 3; i++) { yield () => i; } }
console.log([...closures()].map(f => f()));
function* retInTry() { try { return 'r'; } finally { yield 'in finally'; } }
const rt = retInTry(); console.log(rt.next(), rt.next(), rt.next());
const genExpr = function* named() { yield named.name; };
console.log([...genExpr()]);
console.log(Object.getOwnPropertyNames(genExpr).sort(), genExpr.length, 'prototype' in genExpr);
try { new genExpr(); } catch (e) { console.log(e.message); }
function* throwsInside() { yield 1; throw new TypeError('bad'); }
const ti = throwsInside(); ti.next();
try { ti.next(); } catch (e) { console.log('caught', e.message, ti.next()); }
const entries = new Map([[1, 'a'], [2, 'b']]);
function* mapGen() { for (const [k, val] of entries) yield k + val; }
console.log(Array.from(mapGen()));
function* inf() { let n = 0; while (true) yield n++; }
const [a, b, c] = inf();
console.log(a, b, c);
let sum = 0; for (const x of inf()) { if (x >= 1000000) break; sum += x; } console.log(sum);
const gp = Object.getPrototypeOf(function*(){}).prototype;
console.log(Object.getOwnPropertyNames(gp), gp.next.length);
console.log(String(function* foo(a) { yield a; }));
function* yieldStarReturn() { const x = yield* (function*() { yield 'i'; return 'ret'; })(); yield x; }
console.log([...yieldStarReturn()]);
function* nestedLoops() { for (const a of [1,2]) for (const b of [3,4]) yield a*b; }
console.log([...nestedLoops()]);
function* defaults(x = 5, {y} = {y: 6}) { yield x + y; }
console.log([...defaults()], [...defaults(1, {y: 1})]);
function* w() { let x; while ((x = yield) !== 'stop') console.log('recv', x); return 'stopped'; }
const wi = w(); wi.next(); wi.next('a'); wi.next('b'); console.log(wi.next('stop'));
